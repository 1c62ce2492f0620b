"""The demo seeder: weeks of plausible practice, written through the Store."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from random import Random

import pytest

from interview_tui.banks.model import Bank, BankSource
from interview_tui.banks.sources import load_banks
from interview_tui.clock import FakeClock
from interview_tui.paths import DATABASE_NAME, bundled_banks_dir
from interview_tui.practice.seed import seed_history
from interview_tui.review.history import count_sessions, rating_trend, session_summaries
from interview_tui.store.database import Store

START = datetime(2025, 1, 6, 9, 0, tzinfo=timezone(timedelta(hours=-3)))


@pytest.fixture(scope="module")
def banks() -> list[Bank]:
    loaded = load_banks([BankSource(bundled_banks_dir(), "bundled")])
    return [bank for bank in loaded.banks if bank.id in {"behavioral", "informational"}]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def store(tmp_path: Path, clock: FakeClock) -> Iterator[Store]:
    """The seeder moves the clock that the store reads: they must share it."""
    opened = Store.open(tmp_path / DATABASE_NAME, clock)
    yield opened
    opened.close()


def test_seed_writes_the_requested_sessions_and_attempts(
    store: Store, clock: FakeClock, banks: list[Bank]
) -> None:
    written = seed_history(store, clock, banks, weeks=4, sessions_per_week=3,
                           questions_per_session=4, rng=Random(2))  # fmt: skip
    assert written == 12
    assert count_sessions(store) == 12 and store.count_attempts() == 12 * 4
    summaries = session_summaries(store)
    assert all(s.answered == 4 and s.skipped == 0 and not s.unfinished for s in summaries)
    assert all(s.mean_overall is not None for s in summaries)
    # The banks take turns, and a session keeps to the role of its bank.
    roles = {bank.id: bank.role for bank in banks}
    assert {s.banks for s in summaries} == {("behavioral",), ("informational",)}
    assert all(s.role == roles[s.banks[0]] for s in summaries)
    for session_id in store.session_ids():
        session = store.session(session_id)
        assert session is not None and not session.reflection.empty
        for attempt in store.attempts(session_id):
            assert attempt.status == "submitted" and attempt.answer
            bank = next(b for b in banks if b.id == attempt.bank_id)
            assert set(attempt.ratings) == {c.id for c in bank.criteria}
            assert all(1 <= score <= 5 for score in attempt.ratings.values())
    # Four weeks of practice from the clock's start; the clock has moved on past them.
    started = sorted(s.started_at for s in summaries)
    assert started[0] == "2025-01-06T09:00:00-03:00"
    last = datetime.fromisoformat(started[-1])
    assert timedelta(weeks=3) < last - START < timedelta(weeks=4)
    assert clock.now() > last


def test_seed_ratings_trend_upwards(store: Store, clock: FakeClock, banks: list[Bank]) -> None:
    seed_history(store, clock, banks, weeks=6, sessions_per_week=3,
                 questions_per_session=4, rng=Random(11))  # fmt: skip
    weeks = rating_trend(store)
    assert len(weeks) == 6
    assert all(point.count == 12 for point in weeks)  # three sessions of four a week
    assert weeks[0].mean < weeks[-1].mean
    assert weeks[-1].mean - weeks[0].mean > 1.0  # a clear trend, not noise


def test_seed_is_repeatable_with_the_same_rng(tmp_path: Path, banks: list[Bank]) -> None:
    answers = []
    for name in ("one", "two"):
        clock = FakeClock(START)
        store = Store.open(tmp_path / name / DATABASE_NAME, clock)
        try:
            seed_history(store, clock, banks, weeks=1, rng=Random(4))
            answers.append(
                [(a.question_id, a.answer, a.ratings) for a in store.attempts(1)]
            )  # fmt: skip
        finally:
            store.close()
    assert answers[0] == answers[1] and answers[0]


def test_seed_command(tmp_path: Path) -> None:
    data_dir = tmp_path / "demo"
    done = subprocess.run(
        [sys.executable, "-m", "interview_tui.practice.seed", "--data-dir", str(data_dir),
         "--weeks", "2", "--per-week", "2"],
        capture_output=True,
        text=True,
        timeout=120,
    )  # fmt: skip
    assert (done.returncode, done.stderr) == (0, "")
    database = data_dir / DATABASE_NAME
    assert done.stdout.strip() == f"seeded 4 sessions into {database}"
    listed = subprocess.run(
        [sys.executable, "-m", "interview_tui", "--data-dir", str(data_dir), "history", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert listed.returncode == 0
    items = json.loads(listed.stdout)
    assert len(items) == 4 and not any(item["unfinished"] for item in items)
    # The demo history ends about now: it starts two weeks back.
    oldest = datetime.fromisoformat(items[-1]["started_at"])
    assert timedelta(days=13) < datetime.now().astimezone() - oldest < timedelta(days=15)


def test_seed_command_needs_a_data_dir() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "interview_tui.practice.seed"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "--data-dir" in done.stderr and "Traceback" not in done.stderr
