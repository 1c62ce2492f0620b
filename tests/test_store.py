"""The SQLite store, against a real file: what is written is read back, from a new connection.

Failure modes end in a one-line StoreError and leave the file exactly as it was.
"""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3
import subprocess
import sys
import textwrap
import threading
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from interview_tui.banks.model import Bank, Question
from interview_tui.clock import FakeClock, iso
from interview_tui.practice.plan import PlannedQuestion, SessionPlan, plan_session
from interview_tui.store.connection import StoreError
from interview_tui.store.database import Store
from interview_tui.store.migrations import SCHEMA_VERSION
from interview_tui.store.records import PlanEntry, Reflection
from interview_tui.store.sessions import STALE_AFTER, NotOwnerError
from tests.conftest import OpenStore
from tests.helpers import dead_pid

START = datetime(2024, 5, 1, 9, 0, tzinfo=timezone(timedelta(hours=2)))


def make_bank(bank_id: str = "behavioral", size: int = 5) -> Bank:
    questions = tuple(
        Question(f"q{i}", f"{bank_id} question {i}?", category=f"Cat {i % 2}", time_limit=60 + i)
        for i in range(size)
    )
    return Bank(bank_id, bank_id.title(), "interviewee", questions)


def make_plan(bank_id: str = "behavioral", size: int = 5) -> SessionPlan:
    return plan_session([make_bank(bank_id, size)], size, "sequential", goal="be brief")


def query(path: Path, sql: str, parameters: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Read with a fresh connection of its own, read-only: what is really in the file."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute(sql, parameters).fetchall()
    finally:
        connection.close()


def folder_state(folder: Path) -> dict[str, str]:
    """Every file in ``folder`` with the hash of its bytes."""
    return {
        entry.name: hashlib.sha256(entry.read_bytes()).hexdigest()
        for entry in sorted(folder.iterdir())
    }


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


# -- schema ------------------------------------------------------------------------------


def test_new_database_is_migrated_and_in_wal_mode(store: Store, db: Path) -> None:
    assert db.is_file()
    assert store.schema_version == SCHEMA_VERSION
    assert query(db, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    assert query(db, "PRAGMA journal_mode") == [("wal",)]
    tables = {row[0] for row in query(db, "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"sessions", "attempts", "ratings"} <= tables


def test_reopening_keeps_the_data_and_the_schema(open_store: OpenStore, db: Path) -> None:
    first = open_store()
    session_id = first.start_session(make_plan())
    first.close()
    again = open_store()
    assert again.schema_version == SCHEMA_VERSION
    assert again.session_ids() == [session_id]


def test_folder_is_created(open_store: OpenStore, tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "db.sqlite3"
    open_store(path)
    assert path.is_file()


def test_folder_that_cannot_be_created_is_a_store_error(tmp_path: Path, clock: FakeClock) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("in the way", encoding="utf-8")
    with pytest.raises(StoreError, match="cannot create the folder") as info:
        Store.open(blocker / "db.sqlite3", clock)
    assert "\n" not in str(info.value)


# -- sessions and answers ----------------------------------------------------------------


def test_start_session_stores_the_plan_as_a_snapshot(store: Store, db: Path) -> None:
    plan = make_plan(size=3)
    session_id = store.start_session(plan)
    record = store.session(session_id)
    assert record is not None
    assert record.role == "interviewee"
    assert record.banks == ("behavioral",)
    assert record.goal == "be brief"
    assert record.position == 0
    assert record.started_at == "2024-05-01T09:00:00+02:00"
    assert record.ended_at is None and not record.finished
    assert record.owner_pid == os.getpid()
    assert record.plan == (
        PlanEntry("behavioral", "q0", "behavioral question 0?", "Cat 0", 60),
        PlanEntry("behavioral", "q1", "behavioral question 1?", "Cat 1", 61),
        PlanEntry("behavioral", "q2", "behavioral question 2?", "Cat 0", 62),
    )
    assert query(db, "SELECT count(*) FROM sessions") == [(1,)]


def test_submitted_answer_is_found_by_a_new_store_on_the_same_file(
    open_store: OpenStore, clock: FakeClock, db: Path
) -> None:
    writer = open_store()
    plan = make_plan()
    session_id = writer.start_session(plan)
    clock.advance(95)
    attempt_id = writer.submit_answer(session_id, 0, plan.items[0], "My answer.", 94.96)
    # The writer stays open, as if the app had crashed: nothing may wait for close().
    reader = open_store(pid=12345)
    (attempt,) = reader.attempts(session_id)
    assert attempt.id == attempt_id
    assert attempt.answer == "My answer."
    assert attempt.status == "submitted"
    assert attempt.submitted_at == "2024-05-01T09:01:35+02:00"
    assert attempt.seconds_spent == 95.0
    assert attempt.time_limit == 60
    assert query(db, "SELECT answer, status FROM attempts") == [("My answer.", "submitted")]


def test_answer_keeps_a_snapshot_of_the_question(store: Store) -> None:
    plan = make_plan()
    session_id = store.start_session(plan)
    item = plan.items[1]
    store.save_draft(session_id, 1, item, "draft", 3)
    edited = PlannedQuestion("behavioral", Question("q1", "Edited text?", "Other"), 999)
    store.submit_answer(session_id, 1, edited, "final", 9)
    (attempt,) = store.attempts(session_id)
    assert (attempt.bank_id, attempt.question_id) == ("behavioral", "q1")
    assert attempt.question_text == "behavioral question 1?"
    assert attempt.category == "Cat 1"
    assert attempt.time_limit == 61
    assert attempt.answer == "final"


def test_draft_is_upserted(store: Store, clock: FakeClock, db: Path) -> None:
    plan = make_plan()
    session_id = store.start_session(plan)
    store.save_draft(session_id, 0, plan.items[0], "I once", 4)
    clock.advance(5)
    store.save_draft(session_id, 0, plan.items[0], "I once had a colleague", 9.04)
    assert query(db, "SELECT answer, status, submitted_at, seconds_spent FROM attempts") == [
        ("I once had a colleague", "draft", None, 9.0)
    ]
    record = store.session(session_id)
    assert record is not None and record.heartbeat_at == iso(clock.now())


def test_draft_never_overwrites_a_submitted_answer(store: Store, db: Path) -> None:
    plan = make_plan()
    session_id = store.start_session(plan)
    store.submit_answer(session_id, 0, plan.items[0], "Submitted.", 30)
    store.save_draft(session_id, 0, plan.items[0], "a later draft", 40)
    assert query(db, "SELECT answer, status, seconds_spent FROM attempts") == [
        ("Submitted.", "submitted", 30.0)
    ]


def test_an_attempt_starts_when_its_clock_did_whichever_write_comes_first(
    store: Store, clock: FakeClock, db: Path
) -> None:
    plan = make_plan()
    session_id = store.start_session(plan)
    start = clock.now()
    clock.advance(40)
    store.submit_answer(session_id, 0, plan.items[0], "No draft was saved first.", 40)
    clock.advance(10)
    store.save_draft(session_id, 1, plan.items[1], "a", 4)
    clock.advance(6)
    store.submit_answer(session_id, 1, plan.items[1], "a draft was", 10)
    assert query(db, "SELECT started_at, submitted_at FROM attempts ORDER BY position") == [
        (iso(start), iso(start + timedelta(seconds=40))),
        (iso(start + timedelta(seconds=46)), iso(start + timedelta(seconds=56))),
    ]


def test_draft_never_overwrites_a_skipped_question(store: Store, db: Path) -> None:
    plan = make_plan()
    session_id = store.start_session(plan)
    store.skip_question(session_id, 0, plan.items[0], "half", 12)
    store.save_draft(session_id, 0, plan.items[0], "a later draft", 40)
    assert query(db, "SELECT answer, status FROM attempts") == [("half", "skipped")]


def test_submit_turns_the_draft_into_the_answer(store: Store, db: Path) -> None:
    plan = make_plan()
    session_id = store.start_session(plan)
    store.save_draft(session_id, 0, plan.items[0], "typing", 5)
    store.submit_answer(session_id, 0, plan.items[0], "typed", 7)
    assert query(db, "SELECT answer, status, seconds_spent FROM attempts") == [
        ("typed", "submitted", 7.0)
    ]


def test_resubmit_updates_the_same_attempt(store: Store, clock: FakeClock, db: Path) -> None:
    plan = make_plan()
    session_id = store.start_session(plan)
    first = store.submit_answer(session_id, 0, plan.items[0], "First go.", 30)
    clock.advance(60)
    second = store.submit_answer(session_id, 0, plan.items[0], "Second go.", 150)
    assert first == second
    assert query(
        db, "SELECT id, answer, seconds_spent, submitted_at, started_at FROM attempts"
    ) == [(first, "Second go.", 150.0, "2024-05-01T09:01:00+02:00", "2024-05-01T08:59:30+02:00")]
    attempt = store.attempt(first)
    assert attempt is not None and attempt.overtime == 90.0


def test_rate_attempt_stores_scores_and_moves_the_session_on(store: Store, db: Path) -> None:
    plan = make_plan()
    session_id = store.start_session(plan)
    attempt_id = store.submit_answer(session_id, 0, plan.items[0], "Answer.", 30)
    store.rate_attempt(
        attempt_id,
        {"structure": 4, "clarity": 5, "relevance": 3, "confidence": 5},
        stumped=True,
        note="  forgot the result  ",
    )
    assert query(
        db,
        "SELECT criterion, score FROM ratings WHERE attempt_id = ? ORDER BY criterion",
        (attempt_id,),
    ) == [("clarity", 5), ("confidence", 5), ("relevance", 3), ("structure", 4)]
    assert query(db, "SELECT overall, stumped, note FROM attempts") == [
        (4.25, 1, "forgot the result")
    ]
    assert query(db, "SELECT position FROM sessions") == [(1,)]
    attempt = store.attempt(attempt_id)
    assert attempt is not None
    assert attempt.ratings == {"structure": 4, "clarity": 5, "relevance": 3, "confidence": 5}
    assert attempt.overall == 4.25 and attempt.stumped and attempt.note == "forgot the result"


def test_overall_is_the_mean_rounded(store: Store) -> None:
    plan = make_plan()
    session_id = store.start_session(plan)
    attempt_id = store.submit_answer(session_id, 0, plan.items[0], "Answer.", 30)
    store.rate_attempt(attempt_id, {"a": 1, "b": 2, "c": 2})
    attempt = store.attempt(attempt_id)
    assert attempt is not None and attempt.overall == 1.67 and not attempt.stumped


def test_rerating_replaces_the_ratings(store: Store, db: Path) -> None:
    plan = make_plan()
    session_id = store.start_session(plan)
    attempt_id = store.submit_answer(session_id, 0, plan.items[0], "Answer.", 30)
    store.rate_attempt(attempt_id, {"structure": 1, "clarity": 1}, stumped=True, note="bad")
    store.rate_attempt(attempt_id, {"clarity": 5})
    assert query(db, "SELECT criterion, score FROM ratings") == [("clarity", 5)]
    assert query(db, "SELECT overall, stumped, note FROM attempts") == [(5.0, 0, "")]
    assert query(db, "SELECT position FROM sessions") == [(1,)]


def test_rating_an_earlier_answer_does_not_move_the_session_back(store: Store, db: Path) -> None:
    plan = make_plan()
    session_id = store.start_session(plan)
    first = store.submit_answer(session_id, 0, plan.items[0], "A.", 1)
    store.rate_attempt(first, {"clarity": 3})
    second = store.submit_answer(session_id, 1, plan.items[1], "B.", 1)
    store.rate_attempt(second, {"clarity": 3})
    store.rate_attempt(first, {"clarity": 4})
    assert query(db, "SELECT position FROM sessions") == [(2,)]


@pytest.mark.parametrize("bad", [0, 6, -1])
def test_rate_attempt_rejects_scores_outside_one_to_five(store: Store, db: Path, bad: int) -> None:
    plan = make_plan()
    session_id = store.start_session(plan)
    attempt_id = store.submit_answer(session_id, 0, plan.items[0], "Answer.", 30)
    with pytest.raises(ValueError, match="1-5"):
        store.rate_attempt(attempt_id, {"clarity": 3, "structure": bad})
    assert query(db, "SELECT count(*) FROM ratings") == [(0,)]
    assert query(db, "SELECT overall FROM attempts") == [(None,)]
    assert query(db, "SELECT position FROM sessions") == [(0,)]


def test_rating_a_missing_attempt_is_a_store_error(store: Store, db: Path) -> None:
    store.start_session(make_plan())
    with pytest.raises(StoreError) as info:
        store.rate_attempt(999, {"clarity": 3})
    assert "\n" not in str(info.value)
    assert query(db, "SELECT count(*) FROM ratings") == [(0,)]


def test_skip_records_what_was_typed_and_moves_on(store: Store, clock: FakeClock, db: Path) -> None:
    plan = make_plan()
    session_id = store.start_session(plan)
    clock.advance(20)
    store.skip_question(session_id, 0, plan.items[0], "no idea", 20)
    assert query(
        db, "SELECT position, answer, status, submitted_at, seconds_spent FROM attempts"
    ) == [(0, "no idea", "skipped", "2024-05-01T09:00:20+02:00", 20.0)]
    assert query(db, "SELECT position FROM sessions") == [(1,)]


def test_finish_session_with_reflection(store: Store, clock: FakeClock, db: Path) -> None:
    session_id = store.start_session(make_plan())
    clock.advance(600)
    store.finish_session(session_id, Reflection("calm", "be shorter", "two minutes max"))
    clock.advance(60)
    store.finish_session(session_id)  # a second finish keeps the first end and the reflection
    assert query(
        db, "SELECT ended_at, went_well, improve, next_goals, owner_pid FROM sessions"
    ) == [("2024-05-01T09:10:00+02:00", "calm", "be shorter", "two minutes max", None)]
    record = store.session(session_id)
    assert record is not None and record.finished
    assert record.reflection == Reflection("calm", "be shorter", "two minutes max")


def test_finish_session_without_reflection_keeps_attempts(store: Store, db: Path) -> None:
    plan = make_plan()
    session_id = store.start_session(plan)
    store.submit_answer(session_id, 0, plan.items[0], "kept", 3)
    store.finish_session(session_id)
    record = store.session(session_id)
    assert record is not None and record.finished and record.reflection.empty
    assert query(db, "SELECT answer FROM attempts") == [("kept",)]


def test_sessions_are_paged_newest_first(store: Store, clock: FakeClock) -> None:
    ids = []
    for _ in range(4):
        ids.append(store.start_session(make_plan()))
        clock.advance(3600)
    assert [s.id for s in store.sessions()] == ids[::-1]
    assert [s.id for s in store.sessions(limit=2, offset=1)] == [ids[2], ids[1]]
    assert store.session_ids() == ids
    assert store.session(12345) is None


def test_attempts_are_in_position_order_with_their_ratings(store: Store) -> None:
    plan = make_plan()
    session_id = store.start_session(plan)
    for position in (2, 0, 1):
        attempt_id = store.submit_answer(
            session_id, position, plan.items[position], f"a{position}", 1
        )
        store.rate_attempt(attempt_id, {"clarity": position + 1})
    attempts = store.attempts(session_id)
    assert [(a.position, a.answer, a.ratings) for a in attempts] == [
        (0, "a0", {"clarity": 1}),
        (1, "a1", {"clarity": 2}),
        (2, "a2", {"clarity": 3}),
    ]
    assert store.count_attempts() == 3
    assert store.attempts(999) == []


def test_last_practised_is_the_latest_submitted_answer_per_bank(
    store: Store, clock: FakeClock
) -> None:
    behavioral = make_plan("behavioral")
    technical = make_plan("technical")
    untouched = make_plan("untouched")
    one = store.start_session(behavioral)
    store.submit_answer(one, 0, behavioral.items[0], "a", 1)
    clock.advance(30)
    two = store.start_session(technical)
    store.submit_answer(two, 0, technical.items[0], "b", 1)
    clock.advance(30)
    store.submit_answer(one, 1, behavioral.items[1], "c", 1)
    three = store.start_session(untouched)
    clock.advance(30)
    # A draft or a skip is not practice.
    store.save_draft(three, 0, untouched.items[0], "typing", 1)
    store.skip_question(three, 1, untouched.items[1], "", 1)
    assert store.last_practised() == {
        "behavioral": "2024-05-01T09:01:00+02:00",
        "technical": "2024-05-01T09:00:30+02:00",
    }


def test_times_keep_their_offset() -> None:
    moment = datetime(2024, 5, 1, 9, 0, 7, 999_999, tzinfo=timezone(timedelta(hours=-5)))
    assert iso(moment) == "2024-05-01T09:00:07-05:00"
    assert iso(datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)) == "2024-01-02T03:04:05+00:00"


# -- orphaned sessions -------------------------------------------------------------------


def test_orphaned_sessions(open_store: OpenStore, clock: FakeClock) -> None:
    crashed = open_store(pid=dead_pid())
    other_app = open_store(pid=os.getppid())  # a live process that is not us
    mine = open_store()
    orphan = crashed.start_session(make_plan())
    running_elsewhere = other_app.start_session(make_plan())
    running_here = mine.start_session(make_plan())
    finished = crashed.start_session(make_plan())
    crashed.finish_session(finished)

    assert [s.id for s in mine.orphaned_sessions()] == [orphan]

    clock.advance(STALE_AFTER.total_seconds() - 1)
    assert [s.id for s in mine.orphaned_sessions()] == [orphan]

    clock.advance(2)  # nobody saved for longer than STALE_AFTER: even live owners are gone
    stale = {s.id for s in mine.orphaned_sessions()}
    assert stale == {orphan, running_elsewhere, running_here}

    plan = make_plan()
    mine.save_draft(running_here, 0, plan.items[0], "back", 1)  # a save is a heartbeat
    assert {s.id for s in mine.orphaned_sessions()} == {orphan, running_elsewhere}


def test_claiming_an_orphan_makes_it_ours(open_store: OpenStore, db: Path) -> None:
    crashed = open_store(pid=dead_pid())
    orphan = crashed.start_session(make_plan())
    mine = open_store()
    assert [s.id for s in mine.orphaned_sessions()] == [orphan]
    mine.claim_session(mine.orphaned_sessions()[0])
    assert mine.orphaned_sessions() == []
    assert query(db, "SELECT owner_pid FROM sessions") == [(os.getpid(),)]


# -- failure modes: one line, and the file is left exactly as it was ---------------------


@pytest.mark.parametrize(
    "content",
    [
        random.Random(0).randbytes(8192),
        b"These are my interview notes, not a database.\n" * 100,
        b"short text\n",
    ],
    ids=["random-bytes", "text-file", "short-text"],
)
def test_a_file_that_is_not_a_database_is_left_untouched(
    db: Path, clock: FakeClock, content: bytes
) -> None:
    db.parent.mkdir(parents=True)
    db.write_bytes(content)
    before = folder_state(db.parent)
    with pytest.raises(StoreError, match="is not an interview-tui database") as info:
        Store.open(db, clock)
    assert "\n" not in str(info.value) and str(db) in str(info.value)
    assert folder_state(db.parent) == before
    assert db.read_bytes() == content


def test_a_database_from_a_newer_version_is_left_untouched(db: Path, clock: FakeClock) -> None:
    db.parent.mkdir(parents=True)
    other = sqlite3.connect(db)
    other.execute("CREATE TABLE future (x)")
    other.execute("INSERT INTO future VALUES ('from the future')")
    other.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    other.commit()
    other.close()
    before = folder_state(db.parent)
    with pytest.raises(StoreError, match="written by a newer interview-tui") as info:
        Store.open(db, clock)
    message = str(info.value)
    assert "\n" not in message and f"schema {SCHEMA_VERSION + 1}" in message
    assert folder_state(db.parent) == before
    assert query(db, "PRAGMA journal_mode") == [("delete",)]


def test_our_own_database_bumped_to_a_newer_schema_is_left_untouched(
    open_store: OpenStore, db: Path, clock: FakeClock
) -> None:
    store = open_store()
    store.start_session(make_plan())
    store.close()
    bump = sqlite3.connect(db)
    bump.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    bump.commit()
    bump.close()
    before = folder_state(db.parent)
    with pytest.raises(StoreError, match="written by a newer interview-tui"):
        Store.open(db, clock)
    assert folder_state(db.parent) == before


def test_a_database_locked_beyond_the_busy_timeout(
    open_store: OpenStore, db: Path, clock: FakeClock
) -> None:
    # Our database, switched to a rollback journal, where an exclusive lock blocks even readers.
    store = open_store()
    session_id = store.start_session(make_plan())
    store.close()
    setup = sqlite3.connect(db, isolation_level=None)
    assert setup.execute("PRAGMA journal_mode = DELETE").fetchone() == ("delete",)
    setup.close()
    before = folder_state(db.parent)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError, match="is locked by another program") as info:
            Store.open(db, clock, busy_timeout=0.2)
        assert "\n" not in str(info.value)
        assert folder_state(db.parent) == before
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert folder_state(db.parent) == before
    # Once the lock is gone the same file opens and nothing was lost.
    assert open_store(busy_timeout=0.2).session_ids() == [session_id]


def test_a_write_lock_held_elsewhere_fails_the_submit_and_the_retry_succeeds(
    open_store: OpenStore, db: Path
) -> None:
    store = open_store(busy_timeout=0.2)
    plan = make_plan()
    session_id = store.start_session(plan)
    store.submit_answer(session_id, 0, plan.items[0], "before the lock", 10)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreError, match="is locked by another program") as info:
            store.submit_answer(session_id, 1, plan.items[1], "during the lock", 20)
        assert "\n" not in str(info.value) and str(db) in str(info.value)
        assert store.attempts(session_id)[-1].answer == "before the lock"  # reads still work
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    store.submit_answer(session_id, 1, plan.items[1], "during the lock", 20)
    assert query(db, "SELECT position, answer, status FROM attempts ORDER BY position") == [
        (0, "before the lock", "submitted"),
        (1, "during the lock", "submitted"),
    ]


def test_disk_full_is_reported_as_such_and_the_store_recovers(store: Store, db: Path) -> None:
    plan = make_plan()
    session_id = store.start_session(plan)
    store.submit_answer(session_id, 0, plan.items[0], "small", 1)
    # Stand-in for a full disk: cap the file at its current size (a per-connection pragma).
    pages = store._db.execute("PRAGMA page_count").fetchone()[0]
    store._db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StoreError, match="database or disk is full") as info:
        store.submit_answer(session_id, 1, plan.items[1], "x" * 200_000, 2)
    assert "\n" not in str(info.value) and "rollback" not in str(info.value)
    store._db.execute("PRAGMA max_page_count = 1073741823")
    store.submit_answer(session_id, 1, plan.items[1], "fits now", 2)
    assert query(db, "SELECT answer FROM attempts ORDER BY position") == [("small",), ("fits now",)]


# -- concurrency -------------------------------------------------------------------------

ANSWERS = 50


def _write_answers(store: Store, session_id: int, plan: SessionPlan, tag: str) -> None:
    for position, item in enumerate(plan.items):
        store.save_draft(session_id, position, item, f"{tag} typing {position}", position)
        attempt_id = store.submit_answer(session_id, position, item, f"{tag} {position}", position)
        store.rate_attempt(attempt_id, {"clarity": position % 5 + 1})


@pytest.mark.parametrize("shared", [False, True], ids=["two-stores", "one-shared-store"])
def test_two_writers_in_threads_lose_nothing(open_store: OpenStore, db: Path, shared: bool) -> None:
    first = open_store()
    second = first if shared else open_store(pid=os.getppid())
    plans = [make_plan("left", ANSWERS), make_plan("right", ANSWERS)]
    sessions = [first.start_session(plans[0]), second.start_session(plans[1])]
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []

    def run(store: Store, index: int) -> None:
        try:
            barrier.wait(timeout=5)
            _write_answers(store, sessions[index], plans[index], ["left", "right"][index])
        except BaseException as error:
            errors.append(error)

    threads = [
        threading.Thread(target=run, args=(store, index))
        for index, store in enumerate([first, second])
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    for session_id, tag in zip(sessions, ["left", "right"], strict=True):
        rows = query(
            db,
            "SELECT a.position, a.answer, a.status, r.score FROM attempts a "
            "JOIN ratings r ON r.attempt_id = a.id WHERE a.session_id = ? ORDER BY a.position",
            (session_id,),
        )
        assert rows == [(p, f"{tag} {p}", "submitted", p % 5 + 1) for p in range(ANSWERS)]
        assert query(db, "SELECT position FROM sessions WHERE id = ?", (session_id,)) == [
            (ANSWERS,)
        ]


WRITER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from interview_tui.banks.model import Bank, Question
    from interview_tui.clock import SystemClock
    from interview_tui.practice.plan import plan_session
    from interview_tui.store.database import Store

    path, tag, go, count = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]), int(sys.argv[4])
    questions = tuple(Question(f"q{i}", f"{tag} question {i}?") for i in range(count))
    plan = plan_session([Bank(tag, tag, "interviewee", questions)], count, "sequential")
    store = Store.open(path, SystemClock())
    session_id = store.start_session(plan)
    print(session_id, flush=True)
    deadline = time.monotonic() + 20
    while not go.exists():  # start writing together with the other process
        if time.monotonic() > deadline:
            sys.exit("never told to go")
        time.sleep(0.002)
    for position, item in enumerate(plan.items):
        attempt = store.submit_answer(session_id, position, item, f"{tag} {position}", position)
        store.rate_attempt(attempt, {"clarity": position % 5 + 1})
    store.finish_session(session_id)
    store.close()
    """
)


def test_two_processes_writing_at_once_lose_nothing(db: Path, tmp_path: Path) -> None:
    go = tmp_path / "go"
    tags = ["alpha", "beta", "gamma"]
    # All three open (and race to create and migrate) the same fresh file.
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db), tag, str(go), str(ANSWERS)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag in tags
    ]
    try:
        session_ids = []
        for process in processes:
            assert process.stdout is not None
            line = process.stdout.readline()
            assert line.strip().isdigit(), process.communicate(timeout=20)[1]
            session_ids.append(int(line))
        go.touch()
        for process in processes:
            _, stderr = process.communicate(timeout=60)
            assert process.returncode == 0, stderr
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
                process.wait()
    assert len(set(session_ids)) == len(tags)
    for session_id, tag in zip(session_ids, tags, strict=True):
        rows = query(
            db,
            "SELECT a.position, a.answer, a.status, r.score FROM attempts a "
            "JOIN ratings r ON r.attempt_id = a.id WHERE a.session_id = ? ORDER BY a.position",
            (session_id,),
        )
        assert rows == [(p, f"{tag} {p}", "submitted", p % 5 + 1) for p in range(ANSWERS)]
    assert query(db, "SELECT count(*) FROM sessions WHERE ended_at IS NOT NULL") == [(len(tags),)]
    assert query(db, "PRAGMA user_version") == [(SCHEMA_VERSION,)]


def test_sqlite_file_of_another_program_is_refused_untouched(
    tmp_path: Path, clock: FakeClock
) -> None:
    other = tmp_path / "data" / "interview.sqlite3"
    other.parent.mkdir()
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE notes (body TEXT)")
    connection.commit()
    connection.close()
    before = folder_state(other.parent)
    with pytest.raises(StoreError, match="database of another program"):
        Store.open(other, clock)
    assert folder_state(other.parent) == before


def test_heartbeat_keeps_a_long_open_session_from_looking_abandoned(
    db: Path, clock: FakeClock
) -> None:
    owner = Store.open(db, clock)  # this process: alive
    session_id = owner.start_session(make_plan())
    clock.advance(STALE_AFTER.total_seconds() + 1)
    other = Store.open(db, clock, pid=os.getpid() + 1)
    assert [s.id for s in other.orphaned_sessions()] == [session_id]
    owner.heartbeat(session_id)
    assert other.orphaned_sessions() == []
    owner.finish_session(session_id)
    owner.heartbeat(session_id)  # a finished session is not revived
    assert owner.session(session_id).owner_pid is None  # type: ignore[union-attr]


def test_background_queries_never_block_the_main_connection(store: Store) -> None:
    """A long review query in a worker must not hold up the UI thread's reads and writes."""
    store.query("SELECT 1")  # opens the reader connection
    started, release = threading.Event(), threading.Event()

    def slow(value: int) -> int:
        started.set()
        release.wait(10)
        return value

    assert store._reader is not None
    store._reader.create_function("slow", 1, slow)
    worker = threading.Thread(target=store.query, args=("SELECT slow(1)",))
    worker.start()
    try:
        assert started.wait(5)
        results: list[object] = []
        main = threading.Thread(target=lambda: results.append(store.last_practised()))
        main.start()
        main.join(timeout=3)
        assert not main.is_alive() and results == [{}]
        session_id = store.start_session(make_plan())  # and writes go through too
        assert store.session(session_id) is not None
    finally:
        release.set()
        worker.join()


def test_a_transcript_goes_above_the_answer_it_finds_and_replaces_a_placeholder(
    store: Store,
) -> None:
    plan = make_plan(size=2)
    session = store.start_session(plan)
    store.submit_answer(session, 0, plan.items[0], "(placeholder)", 30)
    store.submit_answer(session, 1, plan.items[1], "Notes typed beside it.", 30)
    said = "I listened first."
    assert store.add_transcript(session, 0, said, ["(placeholder)"], "(none)") == said
    both = f"{said}\n\nNotes typed beside it."
    assert store.add_transcript(session, 1, said, ["(placeholder)"], "(none)") == both
    assert store.add_transcript(session, 1, said, ["(placeholder)"], "(none)") == both  # once
    assert [a.answer for a in store.attempts(session)] == [said, both]
    # Nothing recognised: typed notes stay as they are, a placeholder says so.
    other = store.start_session(plan)
    store.submit_answer(other, 0, plan.items[0], "(placeholder)", 30)
    assert store.add_transcript(other, 0, "", ["(placeholder)"], "(none)") == "(none)"
    assert store.add_transcript(other, 1, said, ["(placeholder)"], "(none)") == ""  # no attempt


def test_a_corrected_answer_is_refused_while_another_instance_owns_the_session(
    store: Store, db: Path
) -> None:
    plan = make_plan()
    session_id = store.start_session(plan)
    attempt = store.submit_answer(session_id, 0, plan.items[0], "heard wrong", 3)
    store.correct_answer(attempt, "heard right", None)
    assert query(db, "SELECT answer, insights FROM attempts") == [("heard right", None)]
    with sqlite3.connect(db) as other:
        other.execute("UPDATE sessions SET owner_pid = ?", (os.getpid() + 1,))
    with pytest.raises(NotOwnerError):
        store.correct_answer(attempt, "overwritten", {"words": 1})
    assert query(db, "SELECT answer FROM attempts") == [("heard right",)]
