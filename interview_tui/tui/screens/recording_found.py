"""Offer back a recording cut short by a crash or a quit, when its session is resumed.

The choice, and why: **continue recording** is the default (enter), because the user was in
the middle of the answer; what they say next is added after what was kept, in one file.
**Keep as the answer** (k) submits the recording as it is and goes to the rating. The kept
audio is never thrown away and never silently replaced by a new take.
"""

from __future__ import annotations

from typing import Literal

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static

from interview_tui.durations import format_duration
from interview_tui.tui.widgets.footer import AppFooter

RecordingChoice = Literal["continue", "keep"]


class RecordingFoundScreen(ModalScreen[RecordingChoice]):
    CSS_PATH = "screens.tcss"
    BINDINGS = [
        Binding("k", "dismiss('keep')", "Keep as answer"),
        Binding("escape", "dismiss('continue')", "Continue"),
    ]

    def __init__(self, name: str, seconds: float) -> None:
        super().__init__()
        self.recording = name
        self.seconds = seconds

    def compose(self) -> ComposeResult:
        yield AppFooter()
        with Vertical(classes="dialog"):
            yield Label("Your recording of this answer was cut short", classes="dialog-title")
            yield Static(
                f"{format_duration(round(self.seconds))} of it is kept ({self.recording}).\n"
                "Continue recording: what you say next is added after it.\n"
                "Keep as the answer: it is submitted as it is, and you rate it.",
                classes="dialog-body",
                markup=False,
            )
            with Horizontal(classes="dialog-buttons"):
                yield Button("Continue recording", id="continue", variant="primary")
                yield Button("Keep as answer (k)", id="keep")

    def on_mount(self) -> None:
        self.query_one("#continue", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss("keep" if event.button.id == "keep" else "continue")
