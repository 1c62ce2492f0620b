"""A checkbox whose label wraps: a checklist item is read in full, not cut with "…"."""

from __future__ import annotations

from textual.geometry import Size
from textual.widget import Widget
from textual.widgets import Checkbox


class WrappingCheckbox(Checkbox):
    """Textual's checkbox is one line tall whatever its label; this one grows to fit it."""

    DEFAULT_CSS = """
    WrappingCheckbox {
        height: auto;
        text-wrap: wrap;
        text-overflow: fold;
    }
    """

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        # Any widget's measure (the rendered label wrapped at ``width``), not the toggle's 1.
        return Widget.get_content_height(self, container, viewport, width)
