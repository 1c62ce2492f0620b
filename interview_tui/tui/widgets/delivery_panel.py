"""A spoken answer's delivery, in a few lines: speaking time, long pauses and where they fall,
time to the first word, and, once there is a transcript, words per minute and fillers.

It reads the measures as stored (``Delivery.as_dict()``, the ``recordings`` table), so showing
them never imports the voice extra.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from textual.widgets import Static

from interview_tui.review.delivery import delivery_lines


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
