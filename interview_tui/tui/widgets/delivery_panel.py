"""A spoken answer's delivery, in a few lines: speaking time, long pauses and where they fall,
time to the first word, and, once there is a transcript, words per minute and fillers.

It reads the measures as stored (``Delivery.as_dict()``, the ``recordings`` table), so showing
them never imports the voice extra.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from textual.widgets import Static

#: Pauses listed by where they fall; more are counted, not listed.
SHOWN_PAUSES = 4


def _at(seconds: float) -> str:
    minutes, rest = divmod(int(seconds), 60)
    return f"{minutes}:{rest:02d}"


def _seconds(value: float) -> str:
    """Tenths for a short answer, where they matter; whole seconds beyond."""
    return f"{value:.1f}s" if value < 10 else f"{value:.0f}s"


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def delivery_lines(delivery: Mapping[str, Any]) -> list[str]:
    """The measures as plain lines (no markup), tolerant of missing or odd values."""
    speaking = _number(delivery.get("speaking_seconds")) or 0.0
    duration = _number(delivery.get("duration_seconds")) or 0.0
    first = _number(delivery.get("first_word_seconds"))
    head = f"Spoke {_seconds(speaking)} of {_seconds(duration)}"
    head += f" · first word at {first:.1f}s" if first is not None else " · no speech found"
    pauses = [p for p in delivery.get("pauses") or [] if isinstance(p, Mapping)]
    if pauses:
        where = ", ".join(
            f"{_at(_number(p.get('start')) or 0.0)} ({_number(p.get('seconds')) or 0.0:.1f}s)"
            for p in pauses[:SHOWN_PAUSES]
        )
        more = f", +{len(pauses) - SHOWN_PAUSES} more" if len(pauses) > SHOWN_PAUSES else ""
        plural = "s" if len(pauses) != 1 else ""
        lines = [head, f"{len(pauses)} pause{plural} ≥ 2s: at {where}{more}"]
    else:
        lines = [head, "No pauses ≥ 2s"]
    wpm = _number(delivery.get("words_per_minute"))
    if wpm is None:
        lines.append("Pace and fillers: once there is a transcript")
        return lines
    fillers = delivery.get("hesitations") or {}
    counted = {str(k): v for k, v in fillers.items() if isinstance(v, int)}
    said = ", ".join(f"{word} ×{count}" for word, count in counted.items())
    lines.append(f"{wpm:.0f} words a minute · " + (f"fillers: {said}" if said else "no um/uh"))
    return lines


class DeliveryPanel(Static):
    """Delivery of one spoken answer; hidden while there is none (a typed answer)."""

    DEFAULT_CSS = """
    DeliveryPanel { height: auto; color: $text-muted; margin-top: 1; }
    """

    def __init__(self, delivery: Mapping[str, Any] | None = None, **kwargs: Any) -> None:
        super().__init__(markup=False, **kwargs)
        self.show(delivery)

    def show(self, delivery: Mapping[str, Any] | None, absent: str | None = None) -> None:
        """Show these measures; without any, say ``absent``, or hide when it is ``None``."""
        self.display = delivery is not None or absent is not None
        if delivery is not None:
            self.update("Delivery · " + "\n".join(delivery_lines(delivery)))
        else:
            self.update(absent or "")
