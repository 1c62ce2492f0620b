"""The countdown: big digits, a bar, and a word on what the time means."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Digits, Label, ProgressBar

from interview_tui.durations import format_duration
from interview_tui.practice.plan import Countdown


class CountdownDisplay(Vertical):
    """Shows a :class:`~interview_tui.practice.plan.Countdown`; past the limit, overtime."""

    def compose(self) -> ComposeResult:
        yield Digits("0:00", id="clock")
        yield ProgressBar(total=1.0, show_eta=False, show_percentage=False, id="clock-bar")
        yield Label("", id="clock-state")
        yield Label("", id="clock-compact")  # in place of the three above when narrow

    def show(self, countdown: Countdown, held: bool = False) -> None:
        """``held``: the clock waits while the question is read aloud."""
        remaining = countdown.remaining
        over = remaining < 0
        text = f"+{format_duration(-remaining)}" if over else format_duration(remaining + 0.999)
        self.query_one(Digits).update(text)
        self.query_one(ProgressBar).update(progress=countdown.fraction)
        if held:
            state = "starts once it is read"  # fits the 22 columns of the clock
        elif countdown.paused:
            state = "paused · ^t resumes"
        elif over:
            state = f"overtime · limit {format_duration(countdown.limit)}"
        else:
            state = f"left of {format_duration(countdown.limit)}"
        self.query_one("#clock-state", Label).update(state)
        compact = "paused" if countdown.paused and not held else "over" if over else "left"
        self.query_one("#clock-compact", Label).update(f"{text} {compact}")
        self.set_class(over, "-overtime")
        self.set_class(countdown.paused and not held, "-paused")
