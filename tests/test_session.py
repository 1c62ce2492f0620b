"""The session plan and the countdown: pure logic, driven by a fake clock."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest

from interview_tui.banks.model import DEFAULT_TIME_LIMIT, Bank, Question, Role
from interview_tui.clock import FakeClock
from interview_tui.practice.plan import Countdown, plan_session


def make_bank(
    bank_id: str, size: int, role: Role = "interviewee", time_limit: int | None = None
) -> Bank:
    questions = tuple(Question(f"{bank_id}-q{i}", f"{bank_id} question {i}?") for i in range(size))
    return Bank(bank_id, bank_id.title(), role, questions, time_limit=time_limit)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2024, 5, 1, 9, 0, tzinfo=UTC))


# -- plan_session ------------------------------------------------------------------------


def test_plan_takes_count_questions() -> None:
    plan = plan_session([make_bank("a", 10)], 4, "sequential")
    assert len(plan) == 4
    assert len(plan.items) == 4


def test_plan_count_larger_than_the_pool_takes_every_question_once() -> None:
    plan = plan_session([make_bank("a", 3), make_bank("b", 2)], 50, "random", rng=random.Random(1))
    ids = [item.question_id for item in plan.items]
    assert sorted(ids) == ["a-q0", "a-q1", "a-q2", "b-q0", "b-q1"]


def test_plan_sequential_keeps_bank_then_question_order() -> None:
    plan = plan_session([make_bank("a", 3), make_bank("b", 3)], 5, "sequential")
    assert [(item.bank_id, item.question_id) for item in plan.items] == [
        ("a", "a-q0"),
        ("a", "a-q1"),
        ("a", "a-q2"),
        ("b", "b-q0"),
        ("b", "b-q1"),
    ]
    assert plan.bank_ids == ("a", "b")


def test_plan_random_is_reproducible_with_a_seeded_rng() -> None:
    banks = [make_bank("a", 20), make_bank("b", 20)]
    first = plan_session(banks, 10, "random", rng=random.Random(42))
    second = plan_session(banks, 10, "random", rng=random.Random(42))
    other = plan_session(banks, 10, "random", rng=random.Random(7))
    ids = [item.question_id for item in first.items]
    assert ids == [item.question_id for item in second.items]
    assert ids != [item.question_id for item in other.items]
    assert len(set(ids)) == 10


def test_plan_random_is_the_seeded_shuffle_of_the_pool() -> None:
    bank = make_bank("a", 12)
    expected = [q.id for q in bank.questions]
    random.Random(3).shuffle(expected)
    plan = plan_session([bank], 12, "random", rng=random.Random(3))
    assert [item.question_id for item in plan.items] == expected
    assert expected != [q.id for q in bank.questions]


def test_plan_time_limit_overrides_every_question() -> None:
    bank = Bank(
        "a",
        "A",
        "interviewee",
        (Question("own", "Own limit?", time_limit=30), Question("plain", "Plain?")),
        time_limit=90,
    )
    plan = plan_session([bank], 2, "sequential", time_limit=45)
    assert [item.time_limit for item in plan.items] == [45, 45]


def test_plan_limits_default_to_question_then_bank_then_global() -> None:
    with_limit = Bank(
        "a",
        "A",
        "interviewee",
        (Question("own", "Own limit?", time_limit=30), Question("plain", "Plain?")),
        time_limit=90,
    )
    without = make_bank("b", 1)
    plan = plan_session([with_limit, without], 3, "sequential")
    assert [item.time_limit for item in plan.items] == [30, 90, DEFAULT_TIME_LIMIT]


def test_plan_carries_role_and_stripped_goal() -> None:
    plan = plan_session([make_bank("a", 2, role="interviewer")], 2, goal="  ask open questions \n")
    assert plan.role == "interviewer"
    assert plan.goal == "ask open questions"


def test_plan_rejects_banks_of_two_roles() -> None:
    with pytest.raises(ValueError, match="one role"):
        plan_session([make_bank("a", 2), make_bank("b", 2, role="interviewer")], 2)


def test_plan_rejects_no_banks() -> None:
    with pytest.raises(ValueError, match="at least one bank"):
        plan_session([], 3)


# -- Countdown ---------------------------------------------------------------------------


def test_countdown_counts_elapsed_and_remaining(clock: FakeClock) -> None:
    countdown = Countdown(60, clock)
    assert countdown.elapsed == 0
    clock.advance(12.5)
    assert countdown.elapsed == pytest.approx(12.5)
    assert countdown.remaining == pytest.approx(47.5)
    assert countdown.overtime == 0
    assert countdown.fraction == pytest.approx(12.5 / 60)
    assert not countdown.paused


def test_countdown_pause_stops_the_clock(clock: FakeClock) -> None:
    countdown = Countdown(60, clock)
    clock.advance(10)
    countdown.pause()
    countdown.pause()  # twice is harmless
    clock.advance(100)
    assert countdown.paused
    assert countdown.elapsed == pytest.approx(10)
    assert countdown.remaining == pytest.approx(50)


def test_countdown_resume_continues_from_where_it_paused(clock: FakeClock) -> None:
    countdown = Countdown(60, clock)
    clock.advance(10)
    countdown.pause()
    clock.advance(30)
    countdown.resume()
    countdown.resume()  # twice does not restart the running span
    clock.advance(5)
    assert not countdown.paused
    assert countdown.elapsed == pytest.approx(15)


def test_countdown_toggle_pauses_and_resumes(clock: FakeClock) -> None:
    countdown = Countdown(60, clock)
    clock.advance(4)
    countdown.toggle()
    clock.advance(50)
    assert countdown.paused and countdown.elapsed == pytest.approx(4)
    countdown.toggle()
    clock.advance(1)
    assert not countdown.paused and countdown.elapsed == pytest.approx(5)


def test_countdown_goes_into_overtime_and_never_stops(clock: FakeClock) -> None:
    countdown = Countdown(60, clock)
    clock.advance(75)
    assert countdown.elapsed == pytest.approx(75)
    assert countdown.remaining == pytest.approx(-15)
    assert countdown.overtime == pytest.approx(15)
    assert countdown.fraction == 1.0
    clock.advance(1000)
    assert countdown.overtime == pytest.approx(1015)
    assert countdown.fraction == 1.0


def test_countdown_exactly_at_the_limit(clock: FakeClock) -> None:
    countdown = Countdown(30, clock)
    clock.advance(30)
    assert countdown.remaining == pytest.approx(0)
    assert countdown.overtime == 0
    assert countdown.fraction == pytest.approx(1.0)


def test_countdown_starts_from_a_resumed_elapsed(clock: FakeClock) -> None:
    countdown = Countdown(60, clock, elapsed=50)
    assert countdown.elapsed == pytest.approx(50)
    clock.advance(20)
    assert countdown.elapsed == pytest.approx(70)
    assert countdown.overtime == pytest.approx(10)
    countdown.pause()
    clock.advance(10)
    assert countdown.elapsed == pytest.approx(70)


def test_countdown_zero_limit_is_full(clock: FakeClock) -> None:
    assert Countdown(0, clock).fraction == 1.0


def test_fake_clock_needs_a_timezone() -> None:
    with pytest.raises(ValueError, match="timezone"):
        FakeClock(datetime(2024, 5, 1, 9, 0))


def test_fake_clock_moves_wall_and_monotonic_time_together(clock: FakeClock) -> None:
    start, mono = clock.now(), clock.monotonic()
    clock.advance(90)
    assert (clock.now() - start).total_seconds() == 90
    assert clock.monotonic() - mono == 90
