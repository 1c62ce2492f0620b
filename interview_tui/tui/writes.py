"""Database writes off the UI thread: a locked database never freezes the screen.

SQLite waits up to its busy timeout (5 s) for a lock another program holds. Run on the UI
thread, that wait froze every key; run here, the screen stays live, says it is waiting when
the write takes longer than a moment, and hears back on the UI thread when it is done.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from textual.widget import Widget
from textual.widgets import TextArea

from interview_tui.errors import UserError

T = TypeVar("T")

#: A write slower than this is waiting for a lock: say so.
PATIENCE = 0.4


def write_in_background(
    widget: Widget,
    write: Callable[[], T],
    done: Callable[[T], None],
    failed: Callable[[UserError], None],
) -> None:
    """Run ``write`` in a thread; then ``done(result)`` or ``failed(error)`` on the UI thread."""
    app = widget.app
    notice = widget.set_timer(
        PATIENCE,
        lambda: widget.notify(
            "Waiting for the database (another program holds it); keep going, your text is safe.",
            timeout=4,
        ),
    )

    def finish(callback: Callable[[], None]) -> None:
        notice.stop()
        callback()

    def work() -> None:
        try:
            result = write()
        except UserError as error:
            caught = error  # the name `error` is gone once the except block ends
            app.call_from_thread(finish, lambda: failed(caught))
            return
        app.call_from_thread(finish, lambda: done(result))

    widget.run_worker(work, thread=True, group="store-write")


class TextSave:
    """Saves what is typed in some text areas, once at a time, off the UI thread.

    The areas are read-only while the write waits (what is saved is what is on screen: no key
    typed after ctrl+s is lost); a second ctrl+s meanwhile does nothing; a failed write gives
    the areas back, with the text still in them, and says why.
    """

    def __init__(self, widget: Widget) -> None:
        self.widget = widget
        self.busy = False

    def __call__(
        self, areas: Iterable[TextArea], write: Callable[[], T], saved: Callable[[T], None]
    ) -> None:
        if self.busy:
            return  # the first ctrl+s is still waiting for the database
        self.busy = True
        held = list(areas)
        for area in held:
            area.read_only = True

        def failed(error: UserError) -> None:
            self.busy = False
            for area in held:
                area.read_only = False
            self.widget.notify(f"Not saved: {error}. Your text is still here.", severity="error")

        write_in_background(self.widget, write, saved, failed)
