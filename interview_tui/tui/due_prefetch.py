"""Questions due per bank, counted on a thread from launch so home's first frame has them.

Counting is quick, but importing the scheduler (FSRS) takes a tenth of a second; done while
Textual starts, the bank list is drawn once, complete, instead of "…" and then the numbers.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from datetime import datetime

from interview_tui.banks.model import Bank
from interview_tui.errors import UserError
from interview_tui.store.database import Store


class DuePrefetch:
    """One count of the due questions of the practised banks, started at once."""

    def __init__(self, store: Store, banks: Sequence[Bank], now: datetime) -> None:
        self._counts: dict[str, int] | None = None
        self._thread = threading.Thread(
            target=self._run, args=(store, tuple(banks), now), name="due-prefetch", daemon=True
        )
        self._thread.start()

    def _run(self, store: Store, banks: tuple[Bank, ...], now: datetime) -> None:
        try:
            last = store.last_practised()
            practised = [bank for bank in banks if bank.id in last]
            if not practised:  # a new user: nothing is due, and FSRS need not load at all
                self._counts = {}
                return
            from interview_tui.coaching.schedule import due_counts

            self._counts = due_counts(store, practised, now)
        except UserError:
            self._counts = None  # a busy database: home counts them itself

    def counts(self, wait: float) -> dict[str, int] | None:
        """The counts, waiting at most ``wait`` seconds; None if not (yet) known."""
        self._thread.join(wait)
        return None if self._thread.is_alive() else self._counts
