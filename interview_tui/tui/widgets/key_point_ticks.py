"""The rate dialog's key-point checklist: the user ticks what they covered.

Each key point of the question is a checkbox the user ticks themselves (the seeds'
self-evaluation); beside it, dimmed, whether the insights detected it. Detection is a hint,
the tick is the user's judgement, and both are kept.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Label

from interview_tui.coaching.report import KeyPointCoverage
from interview_tui.tui.widgets.stumped_checkbox import SpaceCheckbox


class KeyPointTicks(Vertical):
    """One checkbox per key point, unticked until the user says it was covered."""

    DEFAULT_CSS = """
    KeyPointTicks { height: auto; }
    KeyPointTicks > SpaceCheckbox { border: none; padding: 0; height: auto; width: 1fr; }
    """

    def __init__(self, points: Sequence[KeyPointCoverage], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.points = tuple(points)

    def compose(self) -> ComposeResult:
        yield Label("Key points you covered", classes="field-label")
        for point in self.points:
            hint = "detected" if point.covered else "not detected"
            # The verdict first, so a narrow dialog cuts the point's text, not the verdict.
            # Bank text is data: Content keeps any [brackets] in it literal.
            label = Content.styled(f"{hint} · ", "dim") + Content(point.point)
            yield SpaceCheckbox(label)

    def ticks(self) -> dict[str, bool]:
        """``{key point: ticked}``, in the question's order."""
        boxes = list(self.query(SpaceCheckbox))
        return {p.point: box.value for p, box in zip(self.points, boxes, strict=True)}
