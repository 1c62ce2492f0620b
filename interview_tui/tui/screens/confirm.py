"""A yes/no question in a dialog."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, Label, Static

from interview_tui.tui.markup import escape
from interview_tui.tui.widgets.footer import AppFooter
from interview_tui.tui.writes import write_in_background


class ConfirmScreen(ModalScreen[bool]):
    CSS_PATH = "screens.tcss"
    BINDINGS = [
        # "y" is in the footer: the dialog's safe default is the focused button, so enter
        # cancels and a person needs to see the deliberate key that confirms.
        Binding("y", "dismiss(True)", "Yes"),
        Binding("escape", "dismiss(False)", "Cancel"),
        Binding("n", "dismiss(False)", "No", show=False),
    ]

    def __init__(self, title: str, body: str, confirm: str = "Yes", cancel: str = "Cancel") -> None:
        super().__init__()
        self._title, self._body, self._confirm, self._cancel = title, body, confirm, cancel

    def compose(self) -> ComposeResult:
        yield AppFooter()  # this dialog's own keys, not those of the screen below
        with Vertical(classes="dialog"):
            yield Label(escape(self._title), classes="dialog-title")
            yield Static(escape(self._body), classes="dialog-body")
            with Horizontal(classes="dialog-buttons"):
                yield Button(self._confirm, id="yes", variant="warning")
                yield Button(self._cancel, id="no")

    def on_mount(self) -> None:
        # The safe choice is the default: `x` then enter must not delete anything.
        self.query_one("#no", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")


def confirm_delete(
    screen: Screen[Any],
    what: str,
    body: str,
    delete: Callable[[], None],
    after: Callable[[], None],
) -> None:
    """Ask before deleting; on yes, delete, say so, then call ``after`` to show the change.

    ``what`` names the thing ("session", "attempt"). Nothing else in the app deletes data.
    """

    def deleted(_: None) -> None:
        screen.notify(f"{what.capitalize()} deleted.")
        after()

    def answered(yes: bool | None) -> None:
        if yes:
            # Off the UI thread: a database locked by another program must not freeze the keys.
            write_in_background(
                screen, delete, deleted, lambda error: screen.notify(str(error), severity="error")
            )

    screen.app.push_screen(
        ConfirmScreen(f"Delete this {what}?", f"{body} This cannot be undone.", confirm="Delete"),
        answered,
    )
