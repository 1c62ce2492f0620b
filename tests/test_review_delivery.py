"""Delivery over time, read from a real SQLite store: only spoken, submitted answers in the
scope asked for, oldest first, damaged measures left out; and one question's recordings."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from interview_tui.banks.model import Bank, Question, Role
from interview_tui.clock import FakeClock
from interview_tui.practice.plan import plan_questions
from interview_tui.review.delivery import (
    delivery_over_time,
    ends,
    with_question_recordings,
)
from interview_tui.review.history import Filters, question_history
from interview_tui.store.database import Store
from tests.conftest import OpenStore


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2025, 3, 3, 9, 0, tzinfo=timezone(timedelta(hours=1))))


def _bank(bank_id: str, role: Role = "interviewee") -> Bank:
    questions = (Question("q1", f"{bank_id} one?"), Question("q2", f"{bank_id} two?"))
    return Bank(bank_id, bank_id.title(), role, questions, time_limit=60)


def _measures(wpm: float | None, pauses: int, first: float, speaking: float) -> dict[str, Any]:
    gaps = [{"start": 5.0 * i, "end": 5.0 * i + 2.5, "seconds": 2.5} for i in range(pauses)]
    return {
        "duration_seconds": speaking + 2.5 * pauses + first,
        "speaking_seconds": speaking,
        "first_word_seconds": first,
        "pauses": gaps,
        "transcript": None,
        "words_per_minute": wpm,
        "hesitations": {},
    }


def _answer(
    store: Store,
    clock: FakeClock,
    bank: Bank,
    question: str,
    delivery: dict[str, Any] | str | None,
    status: str = "submitted",
) -> int:
    """A one-question session a day after the last; spoken when ``delivery`` is given."""
    clock.advance(86_400)
    found = bank.question(question)
    assert found is not None
    plan = plan_questions([(bank, found)])
    session = store.start_session(plan)
    if delivery is not None:
        store.save_recording(session, 0, f"recordings/session-{session}/question-1.flac")
    if status == "submitted":
        attempt = store.submit_answer(session, 0, plan.items[0], "An answer.", 40.0)
        store.rate_attempt(attempt, {"clarity": 3})
    else:
        store.skip_question(session, 0, plan.items[0], "", 5.0)
    if isinstance(delivery, dict):
        store.save_recording(session, 0, f"recordings/session-{session}/question-1.flac", delivery)
    elif isinstance(delivery, str):  # damaged by hand: not JSON at all
        with store._write() as db:
            db.execute(
                "UPDATE recordings SET delivery = ? WHERE session_id = ?", (delivery, session)
            )
    return session


def test_delivery_over_time_is_the_spoken_answers_oldest_first(
    open_store: OpenStore, clock: FakeClock
) -> None:
    store = open_store()
    alpha, beta, asks = _bank("alpha"), _bank("beta"), _bank("asks", "interviewer")
    _answer(store, clock, alpha, "q1", _measures(None, 3, 2.0, 30.0))  # before a model
    _answer(store, clock, alpha, "q1", None)  # typed: not in the trend
    _answer(store, clock, alpha, "q2", _measures(120.0, 2, 1.5, 40.0))
    _answer(store, clock, beta, "q1", _measures(135.5, 1, 1.0, 45.0))
    _answer(store, clock, asks, "q1", _measures(150.0, 0, 0.5, 20.0))
    _answer(store, clock, alpha, "q1", "{not json")  # damaged: left out, no error
    _answer(store, clock, alpha, "q2", _measures(99.0, 0, 0.4, 9.0), status="skipped")

    points = delivery_over_time(store)
    assert [p.words_per_minute for p in points] == [None, 120.0, 135.5, 150.0]
    assert [p.pauses for p in points] == [3, 2, 1, 0]
    assert [p.first_word_seconds for p in points] == [2.0, 1.5, 1.0, 0.5]
    assert [p.speaking_seconds for p in points] == [30.0, 40.0, 45.0, 20.0]
    assert points[0].submitted_at < points[-1].submitted_at

    # The progress screen's scope: a role, a bank, or one question.
    assert [p.bank_id for p in delivery_over_time(store, Filters(role="interviewer"))] == ["asks"]
    in_alpha = delivery_over_time(store, Filters(bank_id="alpha"))
    assert [p.question_id for p in in_alpha] == ["q1", "q2"]
    one = delivery_over_time(store, question=("alpha", "q2"))
    assert [p.words_per_minute for p in one] == [120.0]
    # The latest ones when there are more than the screen reads, still oldest first.
    assert [p.bank_id for p in delivery_over_time(store, limit=2)] == ["beta", "asks"]


def test_no_recordings_no_points(open_store: OpenStore, clock: FakeClock) -> None:
    store = open_store()
    _answer(store, clock, _bank("alpha"), "q1", None)
    assert delivery_over_time(store) == []


def test_ends_compare_the_first_answers_with_the_latest() -> None:
    assert ends([]) is None and ends([140.0]) is None
    assert ends([100.0, 130.0]) == (100.0, 130.0)
    # Three at each end once there are six: one odd answer does not make the trend.
    assert ends([100.0, 110.0, 120.0, 200.0, 130.0, 140.0, 150.0]) == (110.0, 140.0)


def test_one_questions_attempts_get_their_recordings_in_one_query(
    open_store: OpenStore, clock: FakeClock
) -> None:
    store = open_store()
    alpha = _bank("alpha")
    spoken = _answer(store, clock, alpha, "q1", _measures(120.0, 1, 1.0, 30.0))
    _answer(store, clock, alpha, "q1", None)
    _answer(store, clock, alpha, "q2", _measures(110.0, 0, 1.0, 30.0))  # another question
    attempts = with_question_recordings(
        store, "alpha", "q1", question_history(store, "alpha", "q1")
    )
    assert [a.audio_path for a in attempts] == [
        f"recordings/session-{spoken}/question-1.flac",
        None,
    ]
    assert attempts[0].delivery is not None and attempts[0].delivery["words_per_minute"] == 120.0
    assert attempts[1].delivery is None
