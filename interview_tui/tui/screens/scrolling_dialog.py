"""A modal dialog that scrolls on a short terminal and opens at its top."""

from __future__ import annotations

from typing import TypeVar

from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widget import Widget

ResultType = TypeVar("ResultType")


class ScrollingDialogScreen(ModalScreen[ResultType]):
    """A modal whose ``.dialog`` is a VerticalScroll: its first field, when focused, shows the
    dialog's top (title and introduction) rather than being centred.

    Textual centres a newly focused widget that is not wholly in view. When the dialog opens,
    its layout is not settled yet, so the first field looks out of view, and centring it
    scrolled the title and the first label away on a short terminal, by a different amount
    from run to run. Other fields are still scrolled into view as usual.
    """

    CSS_PATH = "screens.tcss"

    def set_focus(
        self, widget: Widget | None, scroll_visible: bool = True, from_app_focus: bool = False
    ) -> None:
        dialog = next(iter(self.query(".dialog").results(VerticalScroll)), None)
        fields = (field for field in dialog.query("*") if field.focusable) if dialog else ()
        first = scroll_visible and widget is not None and widget is next(iter(fields), None)
        super().set_focus(widget, scroll_visible and not first, from_app_focus)
        if first and dialog is not None:
            dialog.call_after_refresh(dialog.scroll_home, animate=False)
