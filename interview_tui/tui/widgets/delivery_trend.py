"""Delivery over time on the progress screen: a text sparkline per measure (pace, long
pauses, first word, speaking time) over the spoken answers, and where it went from and to.

Hidden, heading and all, while there are no spoken answers in the scope.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from rich.cells import cell_len
from textual.content import Content
from textual.widgets import Static

from interview_tui.review.delivery import DeliveryPoint, ends

BARS = "▁▂▃▄▅▆▇█"
#: The latest answers drawn in a sparkline: it fits beside its label at 80 columns.
SPARK_WIDTH = 24
LABEL_WIDTH = 12


def spark(values: Sequence[float], width: int = SPARK_WIDTH) -> str:
    """The last ``width`` values as bars, lowest to highest of those shown."""
    shown = list(values)[-width:]
    if not shown:
        return ""
    low, high = min(shown), max(shown)
    if high - low < 1e-9:
        return BARS[3] * len(shown)
    top = len(BARS) - 1
    return "".join(BARS[round((value - low) / (high - low) * top)] for value in shown)


def _line(
    label: str, values: list[float], say: Callable[[float], str], unit: str, width: int
) -> str:
    pad = " " * max(1, LABEL_WIDTH - cell_len(label))
    bars = spark(values).ljust(width)  # the figures of every line start in one column
    span = ends(values)
    if span is None:
        return f"{label}{pad}{bars} {say(values[-1])}{unit}"
    first, last = span
    arrow = "→" if say(first) == say(last) else "↑" if last > first else "↓"
    return f"{label}{pad}{bars} {say(first)} {arrow} {say(last)}{unit}"


def trend_lines(points: Sequence[DeliveryPoint]) -> list[str]:
    """A heading and a line per measure (plain text); no lines at all without points."""
    if not points:
        return []
    count = len(points)
    width = min(SPARK_WIDTH, count)
    lines = [f"Delivery of your spoken answers ({count} answer{'s' if count != 1 else ''})"]
    pace = [p.words_per_minute for p in points if p.words_per_minute is not None]
    if pace:
        lines.append(_line("Pace", pace, lambda v: f"{v:.0f}", " words a minute", width))
    else:
        lines.append(f"{'Pace':<{LABEL_WIDTH}}with a transcript: 'interview-tui voice setup'")
    pauses = [float(p.pauses) for p in points]
    lines.append(_line("Long pauses", pauses, lambda v: f"{v:.1f}", " per answer (≥ 2s)", width))
    first = [p.first_word_seconds for p in points if p.first_word_seconds is not None]
    if first:
        lines.append(_line("First word", first, lambda v: f"{v:.1f}", "s", width))
    speaking = [p.speaking_seconds for p in points if p.speaking_seconds is not None]
    if speaking:
        lines.append(_line("Speaking", speaking, lambda v: f"{v:.0f}", "s", width))
    return lines


class DeliveryTrend(Static):
    """Pace and pauses over time; hidden while there are no spoken answers."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.display = False

    def show(self, points: Sequence[DeliveryPoint]) -> None:
        """Draw these answers' delivery, or hide when there are none."""
        lines = trend_lines(points)
        self.display = bool(lines)
        if lines:
            # Plain text: nothing in it is markup. The heading as the other boxes have theirs.
            self.update(
                Content.assemble((lines[0], "bold $text-muted"), "\n" + "\n".join(lines[1:]))
            )
