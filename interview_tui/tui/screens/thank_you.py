"""After an interviewer session: a thank-you note to edit, copy and keep with the session.

Three short questions about the real conversation come first (what it taught you, who they
suggested you talk to, your next step); the note below is drafted from them as you type,
until you edit the note yourself.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, Input, Label, Static, TextArea

from interview_tui.coaching.followup import FOLLOW_UP_PROMPTS, FollowUp, draft_thank_you
from interview_tui.tui.services import UsesServices
from interview_tui.tui.widgets.footer import AppFooter
from interview_tui.tui.writes import TextSave


class ThankYouScreen(UsesServices, Screen[None]):
    CSS_PATH = "screens.tcss"

    BINDINGS = [
        Binding("ctrl+s", "save", "Save and finish"),
        Binding("ctrl+o", "copy", "Copy to clipboard"),
        Binding("escape", "save", "Finish", show=False),
    ]

    def __init__(self, session_id: int, draft: str | None = None) -> None:
        super().__init__()
        self._save = TextSave(self)
        self.session_id = session_id
        self.draft = draft if draft is not None else draft_thank_you(FollowUp())

    def compose(self) -> ComposeResult:
        yield Header()
        # Scrolls on a small terminal, so the note keeps room to be read and edited.
        with VerticalScroll(id="thank-you"):
            yield Label("A thank-you note", classes="screen-title")
            yield Static(
                "Thank them the same day, and again in a short note or email. Answer three "
                "questions about the conversation; the note drafts itself. Then make it yours.",
                classes="dialog-body",
            )
            for key, prompt, example in FOLLOW_UP_PROMPTS:
                yield Label(prompt, classes="field-label")
                yield Input(placeholder=example, id=f"follow-{key}")
            yield TextArea(self.draft, id="note-text", soft_wrap=True)
        yield AppFooter()

    def on_mount(self) -> None:
        self.sub_title = "interviewer · follow up"
        self.query_one(f"#follow-{FOLLOW_UP_PROMPTS[0][0]}", Input).focus()

    @on(Input.Changed)
    def _redraft(self) -> None:
        note = self.query_one("#note-text", TextArea)
        if note.text != self.draft:
            return  # edited by hand: the user's words win
        answers = {
            key: self.query_one(f"#follow-{key}", Input).value for key, _, _ in FOLLOW_UP_PROMPTS
        }
        self.draft = draft_thank_you(FollowUp(**answers))
        note.load_text(self.draft)

    @on(Input.Submitted)
    def _next_field(self) -> None:
        self.focus_next()

    def action_copy(self) -> None:
        self.app.copy_to_clipboard(self.query_one("#note-text", TextArea).text)
        self.notify("Copied. (Your terminal must allow clipboard access.)", timeout=4)

    def action_save(self) -> None:
        note = self.query_one("#note-text", TextArea)
        text = note.text
        self._save(
            [note], lambda: self.services.store.save_thank_you(self.session_id, text), self._saved
        )

    def _saved(self, _: None) -> None:
        self.app.pop_screen()
        self.notify("Session saved, with your thank-you note.", timeout=4)
