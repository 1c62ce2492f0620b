"""A checkbox that leaves enter alone, so enter can save the dialog it is in."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import Checkbox


class SpaceCheckbox(Checkbox, inherit_bindings=False):
    BINDINGS = [Binding("space", "toggle_button", "Toggle", show=False)]
