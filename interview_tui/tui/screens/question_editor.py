"""Write or edit one of your own questions: a form that becomes a question in your bank."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Input, Label, TextArea

from interview_tui.banks.model import Role
from interview_tui.banks.personal import QuestionDraft
from interview_tui.durations import DurationError, parse_duration
from interview_tui.tui.screens.scrolling_dialog import ScrollingDialogScreen
from interview_tui.tui.widgets.footer import AppFooter

# The guidance each side of the table fills in, one item per line.
LIST_FIELDS: dict[Role, tuple[tuple[str, str], ...]] = {
    "interviewee": (
        ("key_points", "Points a strong answer covers (one per line)"),
        ("tips", "Tips (one per line)"),
    ),
    "interviewer": (
        ("listen_for", "What to listen for (one per line)"),
        ("follow_ups", "Follow-up questions (one per line)"),
        ("tips", "Tips on asking it (one per line)"),
    ),
}


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


class QuestionEditorScreen(ScrollingDialogScreen[QuestionDraft | None]):
    CSS_PATH = "screens.tcss"
    BINDINGS = [
        Binding("ctrl+s", "save", "Save"),
        Binding("escape", "dismiss(None)", "Cancel"),
    ]

    def __init__(self, role: Role, draft: QuestionDraft | None = None) -> None:
        super().__init__()
        self.role = role
        self.draft = draft or QuestionDraft(text="")

    def compose(self) -> ComposeResult:
        yield AppFooter()  # this dialog's own keys, not those of the screen below
        draft = self.draft
        title = "Edit your question" if draft.text else f"A question of your own ({self.role})"
        with VerticalScroll(classes="dialog", id="editor-dialog"):
            yield Label(title, classes="dialog-title")
            yield Label("The question, as it would be asked", classes="field-label")
            yield TextArea(draft.text, id="q-text", soft_wrap=True, classes="short-area")
            with Horizontal(classes="editor-row"):
                yield Input(draft.category, placeholder="Category (optional)", id="q-category")
                limit = str(draft.time_limit) if draft.time_limit else ""
                yield Input(limit, placeholder="Time: 90s, 2m (optional)", id="q-time")
            for name, label in LIST_FIELDS[self.role]:
                yield Label(label, classes="field-label")
                yield TextArea(
                    "\n".join(getattr(draft, name)), id=f"q-{name}", classes="short-area"
                )
            with Horizontal(classes="dialog-buttons"):
                yield Button("Save  ctrl+s", id="save", variant="primary")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#q-text", TextArea).focus()

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        text = " ".join(self.query_one("#q-text", TextArea).text.split())
        if not text:
            self.notify("Write the question first.", severity="warning")
            return
        limit_text = self.query_one("#q-time", Input).value.strip()
        time_limit = None
        if limit_text:
            try:
                time_limit = parse_duration(limit_text)
            except DurationError as error:
                self.notify(f"Time: {error}", severity="error")
                return
        lists = {
            name: _lines(self.query_one(f"#q-{name}", TextArea).text)
            for name, _ in LIST_FIELDS[self.role]
        }
        self.dismiss(
            QuestionDraft(
                text=text,
                category=self.query_one("#q-category", Input).value.strip(),
                time_limit=time_limit,
                tags=self.draft.tags,
                **lists,
            )
        )
