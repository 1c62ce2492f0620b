"""Smart practice order against a real database written through the Store API.

Every FSRS expectation is derived from fsrs itself: the test replays the same reviews with a
scheduler configured as documented in interview_tui.coaching.schedule and compares.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from fsrs import Card, Rating, Scheduler

from interview_tui.banks.model import Bank, Question
from interview_tui.clock import FakeClock
from interview_tui.coaching import schedule
from interview_tui.coaching.schedule import (
    DEFAULT_MAX_DAYS,
    SMART_ORDERS,
    Cadence,
    QuestionState,
    due_count,
    due_counts,
    fsrs_rating,
    question_states,
    rank_questions,
)
from interview_tui.practice.plan import plan_questions
from interview_tui.store.database import Store

START = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)
DAY = 86_400

# As documented in interview_tui.coaching.schedule: FSRS defaults, no (re)learning steps, no fuzz.
SCHEDULER = Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False)


def make_bank(size: int = 5, bank_id: str = "behavioral") -> Bank:
    questions = tuple(Question(f"q{i}", f"Question {i}?") for i in range(size))
    return Bank(bank_id, bank_id.title(), "interviewee", questions)


BANK = make_bank()


def ids(questions: list[Question]) -> list[str]:
    return [question.id for question in questions]


def answer(
    store: Store,
    bank: Bank,
    question_id: str,
    scores: tuple[int, ...] | None = (3,),
    stumped: bool = False,
) -> None:
    """Submit an answer to one question in a session of its own; rate it unless scores is None.

    The overall rating is the mean of ``scores``.
    """
    question = bank.question(question_id)
    assert question is not None
    plan = plan_questions([(bank, question)])
    session_id = store.start_session(plan)
    attempt_id = store.submit_answer(session_id, 0, plan.items[0], "my answer", 60.0)
    if scores is not None:
        store.rate_attempt(attempt_id, {f"c{i}": s for i, s in enumerate(scores)}, stumped)
    store.finish_session(session_id)


def expected_due(reviews: list[tuple[datetime, Rating]]) -> datetime:
    """When fsrs itself schedules the next review after ``reviews``."""
    card = Card(card_id=7, due=reviews[0][0].astimezone(UTC))
    for when, rating in reviews:
        card, _ = SCHEDULER.review_card(card, rating, when.astimezone(UTC))
    return card.due


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


# -- the rating mapping -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("overall", "stumped", "rating"),
    [
        (None, False, Rating.Good),
        (None, True, Rating.Again),
        (1.0, False, Rating.Again),
        (1.99, False, Rating.Again),
        (2.0, False, Rating.Again),  # a mean below 3 is Again (issue 13)
        (2.99, False, Rating.Again),
        (3.0, False, Rating.Good),
        (4.0, False, Rating.Good),
        (4.49, False, Rating.Good),
        (4.5, False, Rating.Easy),
        (5.0, False, Rating.Easy),
        (5.0, True, Rating.Again),
        (3.0, True, Rating.Again),
    ],
)
def test_fsrs_rating_maps_self_ratings(
    overall: float | None, stumped: bool, rating: Rating
) -> None:
    assert fsrs_rating(overall, stumped) == rating


def test_smart_orders() -> None:
    assert SMART_ORDERS == ("weakest", "new", "due")


# -- due: the FSRS schedule ---------------------------------------------------------------------


def test_nothing_practised(store: Store, clock: FakeClock) -> None:
    states = question_states(store, BANK, clock.now())
    assert list(states) == ["q0", "q1", "q2", "q3", "q4"]
    assert states["q2"] == QuestionState("q2", 0, None, None, False, None)
    assert due_count(store, BANK, clock.now() + timedelta(days=365)) == 0
    for order in SMART_ORDERS:
        assert ids(rank_questions(store, BANK, order, clock.now())) == [f"q{i}" for i in range(5)]


def test_good_answer_comes_due_at_the_fsrs_due_time(store: Store, clock: FakeClock) -> None:
    answer(store, BANK, "q0", (3, 3))  # overall 3: Good
    due = expected_due([(START, Rating.Good)])
    assert due >= START + timedelta(days=1)  # whole days: not due again the same day

    state = question_states(store, BANK, clock.now())["q0"]
    assert state.due == due
    assert (state.attempts, state.last_at, state.recent_mean) == (1, START, 3.0)

    # Not due yet: the never-practised questions (due as new cards) come before it.
    assert due_count(store, BANK, clock.now()) == 0
    assert ids(rank_questions(store, BANK, "due", clock.now())) == ["q1", "q2", "q3", "q4", "q0"]

    clock.advance((due - clock.now()).total_seconds() - 1)
    assert due_count(store, BANK, clock.now()) == 0
    assert ids(rank_questions(store, BANK, "due", clock.now()))[-1] == "q0"

    clock.advance(1)  # exactly at the due time
    assert due_count(store, BANK, clock.now()) == 1
    assert ids(rank_questions(store, BANK, "due", clock.now())) == ["q0", "q1", "q2", "q3", "q4"]


def test_stumped_comes_due_sooner_than_good_and_easy_later(store: Store, clock: FakeClock) -> None:
    # Bank order is the reverse of the expected due order, so only the schedule can sort them.
    answer(store, BANK, "q0", (5, 4))  # overall 4.5: Easy
    answer(store, BANK, "q1", (3,))  # Good
    answer(store, BANK, "q2", (5,), stumped=True)  # Again, whatever the scores
    states = question_states(store, BANK, clock.now())
    easy, good, again = (states[q].due for q in ("q0", "q1", "q2"))
    assert again == expected_due([(START, Rating.Again)])
    assert good == expected_due([(START, Rating.Good)])
    assert easy == expected_due([(START, Rating.Easy)])
    assert again is not None and good is not None and easy is not None
    assert START < again < good < easy

    assert due_count(store, BANK, again) == 1
    assert due_count(store, BANK, good) == 2
    assert due_count(store, BANK, easy) == 3
    # At `good`, q2 and q1 are due (most overdue first), then the new ones, then q0.
    assert ids(rank_questions(store, BANK, "due", good)) == ["q2", "q1", "q3", "q4", "q0"]
    assert ids(rank_questions(store, BANK, "due", easy))[:3] == ["q2", "q1", "q0"]


def test_due_replays_the_whole_history_across_offsets(tmp_path: Path) -> None:
    start = datetime(2024, 3, 1, 20, 0, tzinfo=timezone(timedelta(hours=2)))
    clock = FakeClock(start)
    store = Store.open(tmp_path / "db.sqlite3", clock)
    history = [(3,), (2,), (1,), (5, 4), (4,)]  # Good, Again, Again, Easy, Good
    gaps = [0, 2 * DAY, 3 * DAY, 3600, 9 * DAY]
    reviews = []
    for gap, scores in zip(gaps, history, strict=True):
        clock.advance(gap)
        answer(store, BANK, "q3", scores)
        reviews.append((clock.now(), fsrs_rating(sum(scores) / len(scores), False)))
    state = question_states(store, BANK, clock.now())["q3"]
    store.close()
    assert [rating for _, rating in reviews] == [
        Rating.Good,
        Rating.Again,
        Rating.Again,
        Rating.Easy,
        Rating.Good,
    ]
    assert state.due == min(expected_due(reviews), clock.now() + timedelta(days=14))
    assert state.attempts == 5
    assert state.last_at == clock.now() and state.last_at.utcoffset() == timedelta(hours=2)
    assert state.recent_mean == pytest.approx((1 + 4.5 + 4) / 3)
    assert state.recently_stumped is False


def test_attempts_replay_in_time_order_not_text_order(tmp_path: Path) -> None:
    # The night clocks go back: 02:10+01:00 is later than 02:30+02:00 but sorts before it.
    path = tmp_path / "db.sqlite3"
    first = datetime(2024, 10, 27, 2, 30, tzinfo=timezone(timedelta(hours=2)))
    later = datetime(2024, 10, 27, 2, 10, tzinfo=timezone(timedelta(hours=1)))
    assert later > first and later.isoformat() < first.isoformat()
    for moment, scores, stumped in ((first, (5,), True), (later, (5,), False)):
        store = Store.open(path, FakeClock(moment))
        answer(store, BANK, "q0", scores, stumped)
        store.close()
    store = Store.open(path, FakeClock(later))
    state = question_states(store, BANK, later)["q0"]
    store.close()
    assert state.due == expected_due([(first, Rating.Again), (later, Rating.Easy)])
    assert state.due != expected_due([(later, Rating.Easy), (first, Rating.Again)])
    assert state.last_at == later


def test_rerating_and_new_answers_change_the_schedule(store: Store, clock: FakeClock) -> None:
    answer(store, BANK, "q1", (3,))
    assert question_states(store, BANK, clock.now())["q1"].due == expected_due(
        [(START, Rating.Good)]
    )
    # Rated again (same attempt): stumped this time. The memoised replay must not be reused.
    attempt_id = store.query("SELECT id FROM attempts WHERE question_id = 'q1'")[0][0]
    store.rate_attempt(attempt_id, {"c0": 3}, stumped=True)
    assert question_states(store, BANK, clock.now())["q1"].due == expected_due(
        [(START, Rating.Again)]
    )
    clock.advance(4 * DAY)
    answer(store, BANK, "q1", (4,))
    reviews = [(START, Rating.Again), (clock.now(), Rating.Good)]
    assert question_states(store, BANK, clock.now())["q1"].due == expected_due(reviews)
    schedule._forget()
    assert question_states(store, BANK, clock.now())["q1"].due == expected_due(reviews)


# -- weakest and new, on a seeded database -------------------------------------------------------


def seed_weakest(store: Store, clock: FakeClock, bank: Bank) -> None:
    """q0 never; q1 mean 4; q2 2 then 5,5,5; q3 stumped long ago then 3,3,3; q4 stumped lately;
    q5 mean 2; q6 answered, never rated; q7 mean 2 (ties with q5)."""
    plan: list[tuple[str, tuple[int, ...] | None, bool]] = [
        ("q1", (4,), False),
        ("q2", (2,), False),
        ("q3", (4,), True),
        ("q4", (4,), False),
        ("q5", (1, 3), False),
        ("q6", None, False),
        ("q7", (2,), False),
        *[("q2", (5,), False)] * 3,
        *[("q3", (3,), False)] * 3,
        ("q4", (4, 5), True),
    ]
    for question_id, scores, stumped in plan:
        clock.advance(3600)
        answer(store, bank, question_id, scores, stumped)


def test_weakest_order(store: Store, clock: FakeClock) -> None:
    bank = make_bank(8)
    seed_weakest(store, clock, bank)
    states = question_states(store, bank, clock.now())
    assert {q: (s.attempts, s.recent_mean, s.recently_stumped) for q, s in states.items()} == {
        "q0": (0, None, False),
        "q1": (1, 4.0, False),
        "q2": (4, 5.0, False),
        "q3": (4, 3.0, False),
        "q4": (2, 4.25, True),
        "q5": (1, 2.0, False),
        "q6": (1, None, False),
        "q7": (1, 2.0, False),
    }
    assert ids(rank_questions(store, bank, "weakest", clock.now())) == [
        "q4",  # stumped in the last three
        "q5",  # mean 2, before q7 (mean 2) in bank order
        "q7",
        "q3",  # 3
        "q1",  # 4
        "q2",  # 5
        "q6",  # answered but never rated
        "q0",  # never practised
    ]


def test_new_order(store: Store, clock: FakeClock) -> None:
    for question_id in ("q1", "q3", "q0", "q1"):
        answer(store, BANK, question_id)
        clock.advance(DAY)
    assert ids(rank_questions(store, BANK, "new", clock.now())) == [
        "q2",  # never practised, in bank order
        "q4",
        "q3",  # last practised on day 1
        "q0",  # day 2
        "q1",  # day 3 (and day 0)
    ]


# -- what does not count -------------------------------------------------------------------------


def test_skipped_and_draft_attempts_are_ignored(store: Store, clock: FakeClock) -> None:
    plan = plan_questions([(BANK, BANK.questions[0]), (BANK, BANK.questions[1])])
    session_id = store.start_session(plan)
    store.skip_question(session_id, 0, plan.items[0], "no idea", 5.0)
    store.save_draft(session_id, 1, plan.items[1], "half an answ", 30.0)
    answer(store, BANK, "q2", (1,), stumped=True)
    plan = plan_questions([(BANK, BANK.questions[2])])
    session_id = store.start_session(plan)
    store.skip_question(session_id, 0, plan.items[0], "", 1.0)  # a skip after a submission

    states = question_states(store, BANK, clock.now())
    assert states["q0"].attempts == states["q1"].attempts == 0
    assert states["q0"].due is None and states["q1"].due is None
    assert states["q2"].attempts == 1
    assert states["q2"].due == expected_due([(START, Rating.Again)])
    later = clock.now() + timedelta(days=30)
    assert due_count(store, BANK, later) == 1
    assert ids(rank_questions(store, BANK, "new", clock.now()))[:2] == ["q0", "q1"]
    assert ids(rank_questions(store, BANK, "weakest", clock.now()))[0] == "q2"


def test_questions_not_in_the_bank_are_ignored(store: Store, clock: FakeClock) -> None:
    old = make_bank(6)
    other = make_bank(5, "technical")
    answer(store, old, "q5", (1,))  # q5 is later removed from the bank
    answer(store, other, "q0", (1,))  # same question id, another bank
    answer(store, BANK, "q4", (3,))
    later = clock.now() + timedelta(days=30)

    states = question_states(store, BANK, later)
    assert list(states) == ["q0", "q1", "q2", "q3", "q4"]
    assert states["q0"].attempts == 0
    assert due_count(store, BANK, later) == 1
    for order in SMART_ORDERS:
        assert sorted(ids(rank_questions(store, BANK, order, later))) == list(states)
    assert ids(rank_questions(store, BANK, "weakest", later))[0] == "q4"


# -- several banks, cost, determinism ----------------------------------------------------------


def count_queries(store: Store, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    real = store.query

    def query(sql: str, parameters: Any = ()) -> list[Any]:
        calls.append(sql)
        return real(sql, parameters)

    monkeypatch.setattr(store, "query", query)
    return calls


def test_due_counts_for_several_banks_in_one_query(
    store: Store, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    technical = make_bank(3, "technical")
    empty = make_bank(2, "empty")
    answer(store, BANK, "q0", (1,))  # Again: due after a day
    answer(store, BANK, "q1", (5,))  # Easy: due much later
    answer(store, technical, "q0", (3,))  # Good
    answer(store, technical, "q2", (2,))  # Hard
    calls = count_queries(store, monkeypatch)

    assert due_counts(store, [], clock.now()) == {}
    assert calls == []
    banks = [BANK, technical, empty]
    for days, counts in ((0, [0, 0, 0]), (1, [1, 1, 0]), (2, [1, 2, 0]), (30, [2, 2, 0])):
        now = clock.now() + timedelta(days=days)
        calls.clear()
        assert due_counts(store, banks, now) == dict(
            zip(["behavioral", "technical", "empty"], counts, strict=True)
        )
        assert len(calls) == 1
        assert [due_count(store, bank, now) for bank in banks] == counts

    calls.clear()
    rank_questions(store, BANK, "due", clock.now())
    question_states(store, BANK, clock.now())
    assert len(calls) == 2


def test_ranking_is_deterministic(store: Store, clock: FakeClock) -> None:
    bank = make_bank(8)
    seed_weakest(store, clock, bank)
    for order in SMART_ORDERS:
        first = ids(rank_questions(store, bank, order, clock.now()))
        schedule._forget()
        assert ids(rank_questions(store, bank, order, clock.now())) == first
        seeded = ids(rank_questions(store, bank, order, clock.now(), random.Random(3)))
        assert ids(rank_questions(store, bank, order, clock.now(), random.Random(3))) == seeded
        assert sorted(seeded) == sorted(first)


def test_rng_only_breaks_ties(store: Store, clock: FakeClock) -> None:
    bank = make_bank(12)
    answer(store, bank, "q5", (3,))
    orders = {
        tuple(ids(rank_questions(store, bank, "new", clock.now(), random.Random(seed))))
        for seed in range(5)
    }
    assert len(orders) > 1  # the never-practised questions are shuffled...
    assert all(order[-1] == "q5" for order in orders)  # ...but stay before the practised one


def test_bad_arguments(store: Store, clock: FakeClock) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        due_count(store, BANK, datetime(2024, 5, 1))
    with pytest.raises(ValueError, match="timezone-aware"):
        rank_questions(store, BANK, "due", datetime(2024, 5, 1))
    with pytest.raises(ValueError, match="unknown order"):
        rank_questions(store, BANK, "sequential", clock.now())  # type: ignore[arg-type]


def test_intervals_are_capped_at_two_weeks(store: Store, clock: FakeClock) -> None:
    # Three Good answers: FSRS alone would put the next review weeks out.
    for _ in range(3):
        answer(store, BANK, "q0", (4,))
        clock.advance(
            (
                (question_states(store, BANK, clock.now())["q0"].due or START) - clock.now()
            ).total_seconds()
        )
    last = clock.now()
    answer(store, BANK, "q0", (4,))
    uncapped = question_states(store, BANK, last, Cadence(max_days=3650))["q0"].due
    assert uncapped is not None and uncapped > last + timedelta(days=14)
    state = question_states(store, BANK, last)["q0"]
    assert state.due == last + timedelta(days=DEFAULT_MAX_DAYS)
    clock.advance(14 * DAY - 1)
    assert due_count(store, BANK, clock.now()) == 0
    clock.advance(1)
    assert due_count(store, BANK, clock.now()) == 1


def test_everything_is_due_by_the_interview_date(store: Store, clock: FakeClock) -> None:
    answer(store, BANK, "q0", (5,))  # Easy: days out
    interview = (START + timedelta(days=3)).date()
    cadence = Cadence(interview=interview)
    state = question_states(store, BANK, clock.now(), cadence)["q0"]
    assert state.due == datetime.combine(interview, time(), tzinfo=UTC)
    clock.advance((state.due - clock.now()).total_seconds())  # type: ignore[operator]
    assert due_count(store, BANK, clock.now(), cadence) == 1
    assert due_count(store, BANK, clock.now()) == 0  # without the date it would wait
