"""After an interviewer session: a thank-you note to edit, copy and keep with the session."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Header, Label, Static, TextArea

from interview_tui.errors import UserError
from interview_tui.tui.services import UsesServices
from interview_tui.tui.widgets.footer import AppFooter


class ThankYouScreen(UsesServices, Screen[None]):
    CSS_PATH = "screens.tcss"

    BINDINGS = [
        Binding("ctrl+s", "save", "Save and finish"),
        Binding("ctrl+o", "copy", "Copy to clipboard"),
        Binding("escape", "save", "Finish", show=False),
    ]

    def __init__(self, session_id: int, draft: str) -> None:
        super().__init__()
        self.session_id = session_id
        self.draft = draft

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="thank-you"):
            yield Label("A thank-you note", classes="screen-title")
            yield Static(
                "Thank them the same day, and again in a short note or email. This draft comes "
                "from your goal and reflection: make it yours, then copy it.",
                classes="dialog-body",
            )
            yield TextArea(self.draft, id="note-text", soft_wrap=True)
        yield AppFooter()

    def on_mount(self) -> None:
        self.sub_title = "interviewer · follow up"
        self.query_one(TextArea).focus()

    def action_copy(self) -> None:
        self.app.copy_to_clipboard(self.query_one(TextArea).text)
        self.notify("Copied. (Your terminal must allow clipboard access.)", timeout=4)

    def action_save(self) -> None:
        try:
            self.services.store.save_thank_you(self.session_id, self.query_one(TextArea).text)
        except UserError as error:
            self.notify(f"Not saved: {error}. Your text is still here.", severity="error")
            return
        self.app.pop_screen()
        self.notify("Session saved, with your thank-you note.", timeout=4)
