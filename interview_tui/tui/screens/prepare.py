"""Before an interviewer session: a short preparation checklist (optional)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widgets import Button, Checkbox, Label, Static

from interview_tui.practice.checklists import Checklist
from interview_tui.tui.markup import escape
from interview_tui.tui.screens.scrolling_dialog import ScrollingDialogScreen
from interview_tui.tui.widgets.footer import AppFooter
from interview_tui.tui.widgets.wrapping_checkbox import WrappingCheckbox


class PrepareScreen(ScrollingDialogScreen[dict[str, bool] | None]):
    """Dismisses with the checklist (even if not all ticked), or None to go back."""

    CSS_PATH = "screens.tcss"

    BINDINGS = [
        Binding("ctrl+s", "start", "Start"),
        Binding("escape", "dismiss(None)", "Back"),
        # Priority: the scrolling dialog would otherwise take ↑ ↓ to scroll itself; moving
        # the focus scrolls it too, to the item or button focused.
        Binding("up", "app.focus_previous", "Previous", show=False, priority=True),
        Binding("down", "app.focus_next", "Move", key_display="↑↓", priority=True),
    ]

    def __init__(self, checklist: Checklist) -> None:
        super().__init__()
        self.checklist = checklist

    def compose(self) -> ComposeResult:
        yield AppFooter()  # this dialog's own keys, not those of the screen below
        # Scrolls: a bank's own items can be long, and the buttons must stay reachable at 80×24.
        with VerticalScroll(classes="dialog", id="prepare-dialog") as dialog:
            dialog.can_focus = False  # ↑ ↓ move between the items and buttons, not onto this
            yield Label("Before you start", classes="dialog-title")
            yield Static(
                f"{escape(self.checklist.intro)} "
                "Tick what is done (space); you can start either way (ctrl+s).",
                classes="dialog-body",
            )
            for key, label in self.checklist.items:
                # The label is text from a bank: shown as written, never as markup.
                yield WrappingCheckbox(Content(label), id=f"check-{key}")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Start", id="start", variant="primary")
                yield Button("Back", id="back")

    def on_mount(self) -> None:
        self.query_one(Checkbox).focus()

    @on(Button.Pressed, "#start")
    def action_start(self) -> None:
        items = self.checklist.items
        self.dismiss({key: self.query_one(f"#check-{key}", Checkbox).value for key, _ in items})

    @on(Button.Pressed, "#back")
    def _back(self) -> None:
        self.dismiss(None)
