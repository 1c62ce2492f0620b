"""One rubric criterion in the rating dialog: its label and a 1–5 score."""

from __future__ import annotations

from rich.cells import cell_len
from textual.binding import Binding
from textual.reactive import reactive
from textual.widget import Widget

from interview_tui.banks.model import Criterion
from interview_tui.tui.markup import escape


class CriterionRow(Widget, can_focus=True):
    BINDINGS = [
        Binding("left", "nudge(-1)", "Lower", show=False),
        Binding("right", "nudge(1)", "Higher", show=False),
    ]

    score: reactive[int | None] = reactive(None)

    def __init__(self, criterion: Criterion) -> None:
        super().__init__(classes="criterion")
        self.criterion = criterion

    def render(self) -> str:
        pips = "".join(f"[reverse b] {n} [/]" if n == self.score else f" {n} " for n in range(1, 6))
        label = self.criterion.label
        pad = " " * max(0, 16 - cell_len(label))  # cells, not characters: CJK is two wide
        line = f"[b]{escape(label)}{pad}[/b] {pips}"
        # Only the criterion being scored explains itself: the rubric stays short.
        if self.has_focus and self.criterion.description:
            return f"{line}\n[dim]{escape(self.criterion.description)}[/dim]"
        return line

    def on_focus(self) -> None:
        self.refresh(layout=True)

    def on_blur(self) -> None:
        self.refresh(layout=True)

    def action_nudge(self, step: int) -> None:
        self.score = 3 if self.score is None else min(5, max(1, self.score + step))
