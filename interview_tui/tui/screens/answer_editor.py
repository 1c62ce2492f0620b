"""Correct the words of a spoken answer after the session: a transcript can mishear.

The speech model may write "Karen" for "Kieran" or a trade's jargon as nonsense, and when the
transcript lands after the rating the session has moved on. From the session's detail, ``t``
opens the answer here; ctrl+s keeps the corrected words, escape leaves them as they were
(asking first when something was changed, so that an edit is never thrown away by one key).
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static, TextArea

from interview_tui.tui.markup import escape
from interview_tui.tui.screens.confirm import ConfirmScreen
from interview_tui.tui.widgets.footer import AppFooter


class AnswerEditorScreen(ModalScreen[str | None]):
    """The answer's words in an editor; dismissed with the corrected text, or None.

    On a short terminal the dialog scrolls, and the editor, focused, is scrolled into view:
    the words being corrected matter more than the title.
    """

    CSS_PATH = "screens.tcss"
    AUTO_FOCUS = "#answer-text"
    BINDINGS = [
        Binding("ctrl+s", "save", "Save"),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, question: str, answer: str, draft: str | None = None) -> None:
        """``draft``: corrections typed before (a save that failed), shown instead of the
        answer; escape still compares with the answer as stored."""
        super().__init__()
        self.question = question
        self.answer = answer
        self.draft = answer if draft is None else draft

    def compose(self) -> ComposeResult:
        yield AppFooter()  # this dialog's own keys, not those of the screen below
        with VerticalScroll(classes="dialog", id="answer-editor"):
            yield Label("Correct the transcript", classes="dialog-title")
            yield Static(f"[dim]{escape(self.question)}[/dim]", classes="dialog-body")
            yield TextArea(self.draft, id="answer-text", soft_wrap=True)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Save  ctrl+s", id="save", variant="primary")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.move_cursor(area.document.end)  # a word added goes after the answer

    @property
    def text(self) -> str:
        return self.query_one(TextArea).text.strip()

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        if not self.text:
            self.notify(
                "The answer cannot be empty: escape keeps it as it was.", severity="warning"
            )
            return
        self.dismiss(None if self.text == self.answer.strip() else self.text)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        if self.text == self.answer.strip():
            self.dismiss(None)
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss(None)

        self.app.push_screen(
            ConfirmScreen(
                "Discard your corrections?",
                "The answer keeps the words it had.",
                confirm="Discard",
                cancel="Keep editing",
            ),
            answered,
        )
