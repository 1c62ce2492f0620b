"""Beside the clock in voice mode: recording or not, for how long, and a live level meter,
so that a silent microphone is obvious at once."""

from __future__ import annotations

from textual.widgets import Static

BARS = 12


class VoiceMeter(Static):
    """``● REC 0:12 ▮▮▮▮▮▯▯▯▯▯▯▯`` (``level`` is 0 to 1)."""

    DEFAULT_CSS = """
    VoiceMeter { width: 20; height: 4; padding: 0 1; border: round $error; }
    VoiceMeter.-paused, VoiceMeter.-stopped { border: round $panel; color: $text-muted; }
    """

    def show(self, seconds: float, level: float, state: str) -> None:
        """Redraw: ``state`` is recording, paused, stopped or reading (the question, aloud:
        the recording starts after it)."""
        lit = round(max(0.0, min(1.0, level)) * BARS)
        minutes, rest = divmod(int(seconds), 60)
        mark = {
            "recording": "● REC",
            "paused": "‖ paused",
            "stopped": "■ kept",
            "reading": "◌ listen",
        }[state]
        self.update(f"{mark} {minutes}:{rest:02d}\n{'▮' * lit}{'▯' * (BARS - lit)}")
        self.set_class(state == "paused", "-paused")
        self.set_class(state in ("stopped", "reading"), "-stopped")
