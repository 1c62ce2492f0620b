"""Open the history, compare and progress screens over 100,000 answers, against (almost)
empty databases.

What the user waits for after pressing F2 (history), F3 (progress) or choosing "compare" on
a question: the screen is pushed, its worker runs the review queries, and the rows land in
its tables. Timed
in-process with Textual's headless Pilot; each figure is the median of RUNS openings after a
warm-up opening. Baselines, in the same run and the same app, their openings interleaved with
the big database's: history and progress on an EMPTY database, compare on a database where
that question has exactly one attempt.

Peak Python memory (tracemalloc) from the push until the table is filled is measured in one
more opening of each, as tracemalloc slows everything it watches. It counts Python objects
only, not SQLite's own page cache (which SQLite bounds by itself).

The databases are built by bench/review_db.py (the big one in bulk, in one transaction).
"""

from __future__ import annotations

import asyncio
import gc
import random
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from bench.review_db import (
    ATTEMPTS,
    FIRST_DAY,
    PER_SESSION,
    QUESTIONS_PER_BANK,
    SESSIONS,
    SPAN,
    build_big,
    build_one_attempt,
    bundled,
    most_attempted,
)
from bench.timing import median, report
from interview_tui.banks.model import BankSource, LoadResult
from interview_tui.clock import FakeClock
from interview_tui.paths import DATABASE_NAME, Paths, bundled_banks_dir
from interview_tui.review.history import HISTORY_LIMIT, PAGE_SIZE
from interview_tui.store.database import Store

RUNS = 5
POLL = 0.005  # seconds between checks of the table: the resolution of every figure
TIMEOUT = 30.0
SIZE = (100, 32)
TARGET = 1.0  # seconds: every screen must be filled well under this on the big database


# -- measuring -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """One screen opened on one database, filled once its table holds ``rows`` rows."""

    label: str
    store: Store
    rows: int


@dataclass
class Figures:
    times: dict[str, list[float]] = field(default_factory=dict)
    peaks: dict[str, int] = field(default_factory=dict)


async def _measure(
    big: Path, banks: LoadResult, question: tuple[str, str], baselines: dict[str, Path]
) -> tuple[Figures, Figures]:
    """Time both screens on the big database and on their baselines, interleaved in one app.

    The app runs on the big database; for a baseline opening its ``store`` is pointed at the
    baseline database just before the screen is pushed (the screens read ``app.store`` when
    they load), so both sides share one app, one warm-up and the same machine noise.
    """
    from textual.css.query import NoMatches
    from textual.pilot import Pilot
    from textual.screen import Screen
    from textual.widgets import DataTable, Static

    from interview_tui.tui.app import InterviewApp
    from interview_tui.tui.screens.compare import CompareScreen
    from interview_tui.tui.screens.history import HistoryScreen
    from interview_tui.tui.screens.progress import ProgressScreen

    clock = FakeClock(FIRST_DAY + SPAN + timedelta(days=2))
    app = InterviewApp(
        paths=Paths(big, big.parent / "config"),
        bank_sources=[BankSource(bundled_banks_dir(), "bundled")],
        clock=clock,
        banks=banks,
    )
    own = app.store
    extra = {label: Store.open(path / DATABASE_NAME, clock) for label, path in baselines.items()}
    shown = min(most_attempted(big / DATABASE_NAME)[2], HISTORY_LIMIT)

    def history_filled(rows: int) -> bool:
        screen = app.screen
        if not isinstance(screen, HistoryScreen):
            return False
        try:
            # The count shows in the same handler that adds the page: both, or neither.
            counted = "session(s)" in str(screen.query_one("#history-filters", Static).content)
            return counted and screen.query_one("#sessions", DataTable).row_count == rows
        except NoMatches:  # pushed, not composed yet
            return False

    def compare_filled(rows: int) -> bool:
        screen = app.screen
        if not isinstance(screen, CompareScreen):
            return False
        try:
            return screen.query_one("#tries", DataTable).row_count == rows
        except NoMatches:
            return False

    def progress_filled(_rows: int) -> bool:
        # Every query of the screen (ratings, calendar, weakest, delivery) lands at once.
        screen = app.screen
        return isinstance(screen, ProgressScreen) and screen.data is not None

    async def open_screen(
        pilot: Pilot[None],
        case: Case,
        opener: Callable[[], None],
        filled: Callable[[int], bool],
        trace: bool = False,
    ) -> tuple[float, int]:
        """Push the screen, wait for its rows, pop it: the seconds it took to fill and, when
        ``trace``, the peak of Python memory allocated from the push until then."""
        app.store = case.store
        gc.collect()  # the garbage of the previous opening is not this one's to pay for
        if trace:
            tracemalloc.start()
            before = tracemalloc.get_traced_memory()[0]
        start = time.perf_counter()
        opener()
        while not filled(case.rows):
            if time.perf_counter() - start > TIMEOUT:
                raise RuntimeError(f"{case.label}: not filled within {TIMEOUT:.0f} s")
            await pilot.pause(POLL)
        elapsed = time.perf_counter() - start
        peak = 0
        if trace:
            peak = tracemalloc.get_traced_memory()[1] - before
            tracemalloc.stop()
        app.pop_screen()
        await pilot.pause()
        app.store = own
        return elapsed, peak

    screens = {
        "history": (
            app.action_open_history,
            history_filled,
            Case("big", own, PAGE_SIZE),
            Case("empty", extra["empty"], 0),
        ),
        "compare": (
            lambda: app.open_compare(*question),
            compare_filled,
            Case("big", own, shown),
            Case("one attempt", extra["one"], 1),
        ),
        "progress": (
            app.action_open_progress,
            progress_filled,
            Case("big", own, 0),
            Case("empty", extra["empty"], 0),
        ),
    }
    on_big, on_base = Figures(), Figures()
    try:
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            # Let start-up work finish (the home screen counts what is due in a worker), then
            # open the screens over a blank one: popping them must not resume the home screen,
            # whose own refresh is not what this measures.
            await app.workers.wait_for_complete()
            await app.push_screen(Screen())
            await pilot.pause()
            for name, (opener, filled, big_case, base_case) in screens.items():
                for case in (big_case, base_case):  # warm-up: imports, styles, first queries
                    await open_screen(pilot, case, opener, filled)
                big_times: list[float] = on_big.times.setdefault(name, [])
                base_times: list[float] = []
                on_base.times[name] = base_times
                for run in range(RUNS):  # alternate which goes first
                    pairs = [(big_case, big_times), (base_case, base_times)]
                    for case, times in pairs if run % 2 == 0 else pairs[::-1]:
                        times.append((await open_screen(pilot, case, opener, filled))[0])
                for case, figures in ((big_case, on_big), (base_case, on_base)):
                    _, figures.peaks[name] = await open_screen(pilot, case, opener, filled, True)
    finally:
        app.store = own
        for store in extra.values():
            store.close()
    return on_big, on_base


def _mb(size: int) -> str:
    return f"{size / 1_048_576:5.2f} MB"


def main() -> None:
    loaded = bundled()
    # Sessions of PER_SESSION distinct questions need banks at least that big.
    banks = [bank for bank in loaded.banks if len(bank.questions) >= PER_SESSION]
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        big, empty, one = root / "big", root / "empty", root / "one"
        started = time.perf_counter()
        spoken = build_big(big / DATABASE_NAME, banks, random.Random(2024))
        building = time.perf_counter() - started
        bank_id, question_id, count = most_attempted(big / DATABASE_NAME)
        store = Store.open(big / DATABASE_NAME, FakeClock(FIRST_DAY))
        try:
            assert store.count_attempts() == ATTEMPTS
            assert len(store.session_ids()) == SESSIONS
        finally:
            store.close()
        Store.open(empty / DATABASE_NAME, FakeClock(FIRST_DAY)).close()
        bank = loaded.get(bank_id)
        assert bank is not None
        build_one_attempt(one / DATABASE_NAME, bank, question_id)
        size = (big / DATABASE_NAME).stat().st_size
        questions = len({(b.id, q.id) for b in banks for q in b.questions[:QUESTIONS_PER_BANK]})
        print(
            f"big database: {ATTEMPTS:,} answers in {SESSIONS:,} sessions over two years, "
            f"{questions} questions, {spoken:,} of them spoken, {size / 1_048_576:.0f} MB, "
            f"bulk-built in {building:.1f} s"
        )
        shown = min(count, HISTORY_LIMIT)
        print(
            f"compare question: {bank_id}/{question_id}, {count} submitted attempts "
            f"(the screen shows the latest {shown})"
        )
        on_big, on_base = asyncio.run(
            _measure(big, loaded, (bank_id, question_id), {"empty": empty, "one": one})
        )
    print(
        f"headless Pilot {SIZE[0]}x{SIZE[1]}, one app, big and baseline openings interleaved; "
        f"median of {RUNS} after a warm-up, table polled every {POLL * 1000:.0f} ms"
    )
    history_big, history_empty = median(on_big.times["history"]), median(on_base.times["history"])
    compare_big, compare_one = median(on_big.times["compare"]), median(on_base.times["compare"])
    report("history: first page (100 rows) vs empty db", history_big, history_empty,
           target="< 1 s")  # fmt: skip
    report(f"compare: {shown} attempts vs 1 attempt", compare_big, compare_one, target="< 1 s")
    for name, base in (("history", "empty db"), ("compare", "1 attempt"), ("progress", "empty db")):
        big_peak, base_peak = on_big.peaks[name], on_base.peaks[name]
        print(
            f"peak Python memory opening {name}: {_mb(big_peak)} big db vs {_mb(base_peak)} "
            f"{base} = {big_peak / base_peak:4.2f}x"
        )
    progress_big, progress_empty = (
        median(on_big.times["progress"]),
        median(on_base.times["progress"]),
    )
    report(f"progress: all roles, {spoken:,} spoken vs empty db", progress_big, progress_empty,
           target="< 1 s")  # fmt: skip
    worst = max(history_big, compare_big, progress_big)
    verdict = "met" if worst < TARGET else "MISSED"
    print(
        f"target all three under {TARGET:.0f} s with {ATTEMPTS:,} answers: {verdict} "
        f"(slowest median {worst * 1000:.0f} ms)"
    )


if __name__ == "__main__":
    main()
