"""A rehearsal from the first question to the reflection, and resuming one after a crash."""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone

import pytest

from interview_tui.banks.model import Bank, LoadResult, Question
from interview_tui.clock import FakeClock
from interview_tui.practice.plan import SessionPlan, plan_session
from interview_tui.practice.rehearsal import Rehearsal
from interview_tui.store.database import Store
from interview_tui.store.records import Reflection, SessionRecord
from tests.conftest import OpenStore
from tests.helpers import dead_pid

START = datetime(2024, 5, 1, 18, 30, tzinfo=timezone(timedelta(hours=1)))

BANK = Bank(
    "behavioral",
    "Behavioral",
    "interviewee",
    (
        Question("conflict", "Tell me about a disagreement.", "Teamwork", time_limit=90),
        Question("failure", "Tell me about a failure.", "Growth", time_limit=120),
        Question("proud", "What are you proud of?", "Motivation", time_limit=60),
    ),
)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def plan() -> SessionPlan:
    return plan_session([BANK], 3, "sequential", goal="under two minutes")


def crashed_session(open_store: OpenStore) -> tuple[Store, SessionRecord]:
    """A fresh store in this process, and the one session a crashed app left behind."""
    store = open_store()
    (orphan,) = store.orphaned_sessions()
    return store, orphan


def test_a_whole_rehearsal_is_written_to_the_store(
    open_store: OpenStore, clock: FakeClock, plan: SessionPlan
) -> None:
    store = open_store()
    rehearsal = Rehearsal.start(store, plan, clock)
    assert (rehearsal.position, rehearsal.total, rehearsal.done) == (0, 3, False)
    assert rehearsal.current.question_id == "conflict"
    assert rehearsal.countdown.limit == 90

    clock.advance(30)
    rehearsal.save_draft("I once")
    (draft,) = store.attempts(rehearsal.session_id)
    assert (draft.status, draft.answer, draft.seconds_spent) == ("draft", "I once", 30.0)

    clock.advance(70)
    attempt_id = rehearsal.submit("I once disagreed about the schema.")
    assert rehearsal.countdown.paused
    assert rehearsal.pending is not None and rehearsal.pending.id == attempt_id
    assert rehearsal.pending.status == "submitted"
    clock.advance(300)  # time spent rating is not time spent answering
    rehearsal.rate({"structure": 4, "clarity": 3}, stumped=True, note="too long")
    assert rehearsal.position == 1 and rehearsal.pending is None
    assert rehearsal.current.question_id == "failure"
    assert rehearsal.countdown.limit == 120 and rehearsal.countdown.elapsed == 0

    clock.advance(12)
    rehearsal.skip("not this one")
    assert rehearsal.position == 2 and rehearsal.current.question_id == "proud"

    clock.advance(5)
    rehearsal.end_early()
    assert rehearsal.done and rehearsal.countdown.paused
    rehearsal.save_draft("ignored once the questions are over")
    clock.advance(60)
    rehearsal.finish(Reflection("stayed calm", "shorter answers", "90 seconds each"))

    # Read it all back through a second store on the same file.
    reader = open_store(pid=1)
    session = reader.session(rehearsal.session_id)
    assert session is not None
    assert session.finished and session.ended_at == "2024-05-01T18:37:57+01:00"
    assert session.goal == "under two minutes"
    assert session.position == 2
    assert session.reflection == Reflection("stayed calm", "shorter answers", "90 seconds each")
    first, second = reader.attempts(rehearsal.session_id)
    assert (first.question_id, first.status, first.answer) == (
        "conflict",
        "submitted",
        "I once disagreed about the schema.",
    )
    assert first.seconds_spent == 100.0 and first.overtime == 10.0
    assert first.ratings == {"structure": 4, "clarity": 3}
    assert (first.overall, first.stumped, first.note) == (3.5, True, "too long")
    assert (second.question_id, second.status, second.answer) == (
        "failure",
        "skipped",
        "not this one",
    )
    assert second.seconds_spent == 12.0 and second.overall is None
    assert rehearsal.attempts() == reader.attempts(rehearsal.session_id)
    assert reader.orphaned_sessions() == []


def test_going_back_from_rating_runs_the_clock_again(
    open_store: OpenStore, clock: FakeClock, plan: SessionPlan
) -> None:
    store = open_store()
    rehearsal = Rehearsal.start(store, plan, clock)
    clock.advance(40)
    first_id = rehearsal.submit("First try.")
    clock.advance(100)
    rehearsal.reopen()
    clock.advance(20)
    second_id = rehearsal.submit("Second, better try.")
    assert first_id == second_id
    (attempt,) = store.attempts(rehearsal.session_id)
    assert (attempt.answer, attempt.seconds_spent) == ("Second, better try.", 60.0)


def test_resume_restores_position_draft_and_elapsed(
    open_store: OpenStore, clock: FakeClock, plan: SessionPlan
) -> None:
    crashed = Rehearsal.start(open_store(pid=dead_pid()), plan, clock)
    clock.advance(50)
    crashed.submit("About the schema.")
    crashed.rate({"clarity": 4}, stumped=False, note="")
    clock.advance(42)
    crashed.save_draft("The launch slipped because")
    # The app dies here: nothing more is saved.

    store, orphan = crashed_session(open_store)
    assert orphan.id == crashed.session_id and orphan.position == 1
    resumed = Rehearsal.resume(store, orphan, LoadResult((BANK,), ()), clock)
    assert resumed.position == 1
    assert resumed.current.question == BANK.questions[1]
    assert resumed.draft == "The launch slipped because"
    assert resumed.pending is None
    assert resumed.countdown.elapsed == pytest.approx(42)
    assert not resumed.countdown.paused
    assert resumed.plan.goal == "under two minutes" and resumed.plan.role == "interviewee"
    assert store.orphaned_sessions() == []  # claimed by this process now

    clock.advance(8)
    resumed.submit("The launch slipped because I misjudged the estimate.")
    resumed.rate({"clarity": 5}, stumped=False, note="")
    assert resumed.position == 2
    attempts = store.attempts(crashed.session_id)
    assert [(a.position, a.status, a.seconds_spent) for a in attempts] == [
        (0, "submitted", 50.0),
        (1, "submitted", 50.0),
    ]
    assert attempts[1].answer == "The launch slipped because I misjudged the estimate."


def test_resume_with_a_submitted_but_unrated_answer_is_pending(
    open_store: OpenStore, clock: FakeClock, plan: SessionPlan
) -> None:
    crashed = Rehearsal.start(open_store(pid=dead_pid()), plan, clock)
    clock.advance(75)
    attempt_id = crashed.submit("We talked it through.")
    # The app dies on the rating screen.

    store, orphan = crashed_session(open_store)
    assert orphan.position == 0
    resumed = Rehearsal.resume(store, orphan, LoadResult((BANK,), ()), clock)
    assert resumed.pending is not None
    assert resumed.pending.id == attempt_id and resumed.pending.answer == "We talked it through."
    assert resumed.draft == "We talked it through."
    assert resumed.countdown.paused and resumed.countdown.elapsed == pytest.approx(75)
    clock.advance(30)
    assert resumed.countdown.elapsed == pytest.approx(75)

    resumed.rate({"structure": 2}, stumped=True, note="")
    assert resumed.position == 1 and resumed.current.question_id == "failure"
    attempt = store.attempt(attempt_id)
    assert attempt is not None and attempt.ratings == {"structure": 2} and attempt.stumped
    session = store.session(orphan.id)
    assert session is not None and session.position == 1


@pytest.mark.parametrize(
    "banks",
    [
        LoadResult((), ()),
        LoadResult((Bank("behavioral", "Behavioral", "interviewee", BANK.questions[:1]),), ()),
    ],
    ids=["bank-gone", "question-removed"],
)
def test_resume_uses_the_snapshot_when_the_bank_lost_the_question(
    open_store: OpenStore, clock: FakeClock, plan: SessionPlan, banks: LoadResult
) -> None:
    crashed = Rehearsal.start(open_store(pid=dead_pid()), plan, clock)
    crashed.skip("")
    clock.advance(15)
    crashed.save_draft("I failed at")

    store, orphan = crashed_session(open_store)
    resumed = Rehearsal.resume(store, orphan, banks, clock)
    assert resumed.position == 1 and resumed.total == 3
    current = resumed.current
    assert (current.bank_id, current.question_id) == ("behavioral", "failure")
    assert current.question.text == "Tell me about a failure."
    assert current.question.category == "Growth"
    assert current.time_limit == 120 and resumed.countdown.limit == 120
    assert resumed.draft == "I failed at"
    assert resumed.countdown.elapsed == pytest.approx(15)

    resumed.submit("I failed at estimating.")
    (_, attempt) = store.attempts(orphan.id)
    assert attempt.question_text == "Tell me about a failure."
    assert attempt.answer == "I failed at estimating."


def test_resume_after_the_last_question_goes_straight_to_the_reflection(
    open_store: OpenStore, clock: FakeClock
) -> None:
    short = plan_session([BANK], 1, "sequential")
    crashed = Rehearsal.start(open_store(pid=dead_pid()), short, clock)
    crashed.skip("pass")

    store, orphan = crashed_session(open_store)
    resumed = Rehearsal.resume(store, orphan, LoadResult((BANK,), ()), clock)
    assert resumed.done and resumed.pending is None and resumed.draft == ""
    resumed.finish(Reflection(next_goals="answer something"))
    session = store.session(orphan.id)
    assert session is not None and session.finished
    assert session.reflection.next_goals == "answer something"
    assert store.orphaned_sessions() == []


def test_resume_claims_the_session_for_this_process(
    open_store: OpenStore, clock: FakeClock, plan: SessionPlan
) -> None:
    Rehearsal.start(open_store(pid=dead_pid()), plan, clock)
    store, orphan = crashed_session(open_store)
    Rehearsal.resume(store, orphan, LoadResult((BANK,), ()), clock)
    session = store.session(orphan.id)
    assert session is not None and session.owner_pid == os.getpid()
