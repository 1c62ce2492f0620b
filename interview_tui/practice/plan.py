"""A session's plan and the countdown of one question. No I/O, no UI."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal, get_args

from interview_tui.banks.model import Bank, Question, Role
from interview_tui.clock import Clock

Order = Literal["random", "sequential", "weakest", "new", "due"]
ORDERS: tuple[Order, ...] = get_args(Order)
AnswerBy = Literal["typing", "speaking"]
ANSWER_BY: tuple[AnswerBy, ...] = get_args(AnswerBy)


@dataclass(frozen=True)
class SessionSetup:
    """What the user chose before a session. ``time_limit`` None keeps each question's own."""

    count: int
    order: Order
    time_limit: int | None = None
    goal: str = ""
    interview_date: date | None = None  # the next real interview, for the "due" order
    answer_by: AnswerBy = "typing"  # "speaking" needs the voice extra
    read_aloud: bool = False  # each question read aloud by the system's voice


@dataclass(frozen=True)
class PlannedQuestion:
    """One question of a session, with everything needed to show it and to store it."""

    bank_id: str
    question: Question
    time_limit: int

    @property
    def question_id(self) -> str:
        return self.question.id


@dataclass(frozen=True)
class SessionPlan:
    role: Role
    items: tuple[PlannedQuestion, ...]
    goal: str = ""

    @property
    def bank_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(item.bank_id for item in self.items))

    def __len__(self) -> int:
        return len(self.items)


def plan_session(
    banks: Sequence[Bank],
    count: int,
    order: Order = "random",
    time_limit: int | None = None,
    goal: str = "",
    rng: random.Random | None = None,
) -> SessionPlan:
    """Pick ``count`` questions from ``banks`` (all of one role) in the given order.

    ``time_limit`` overrides the banks' own limits for every question.
    """
    if order not in ("random", "sequential"):
        # weakest, new and due rank by the practice history: see schedule.plan_for.
        raise ValueError(f"order {order!r} needs the history: use schedule.plan_for")
    if not banks:
        raise ValueError("a session needs at least one bank")
    roles = {bank.role for bank in banks}
    if len(roles) != 1:
        raise ValueError("all banks of a session must be of one role")
    pool = [(bank, question) for bank in banks for question in bank.questions]
    if order == "random":
        (rng or random.Random()).shuffle(pool)
    chosen = pool[: max(1, count)]
    items = tuple(
        PlannedQuestion(bank.id, question, time_limit or bank.time_limit_for(question))
        for bank, question in chosen
    )
    return SessionPlan(role=banks[0].role, items=items, goal=goal.strip())


class Countdown:
    """Time spent on one question against its limit. Pausing stops it; nothing ever ends it.

    ``elapsed`` may start above zero when a session is resumed.
    """

    def __init__(self, limit: float, clock: Clock, elapsed: float = 0.0) -> None:
        self.limit = limit
        self._clock = clock
        self._banked = elapsed
        self._started: float | None = clock.monotonic()

    @property
    def paused(self) -> bool:
        return self._started is None

    @property
    def elapsed(self) -> float:
        running = self._clock.monotonic() - self._started if self._started is not None else 0.0
        return self._banked + running

    @property
    def remaining(self) -> float:
        """Seconds left; negative once the limit has passed."""
        return self.limit - self.elapsed

    @property
    def overtime(self) -> float:
        return max(0.0, -self.remaining)

    @property
    def fraction(self) -> float:
        """How much of the limit is used, 0..1 (stays at 1 in overtime)."""
        return min(1.0, self.elapsed / self.limit) if self.limit > 0 else 1.0

    def pause(self) -> None:
        if self._started is not None:
            self._banked = self.elapsed
            self._started = None

    def resume(self) -> None:
        if self._started is None:
            self._started = self._clock.monotonic()

    def toggle(self) -> None:
        self.resume() if self.paused else self.pause()


def plan_questions(
    chosen: Sequence[tuple[Bank, Question]], time_limit: int | None = None, goal: str = ""
) -> SessionPlan:
    """A session on exactly these questions, in this order (all of one role)."""
    if not chosen:
        raise ValueError("a session needs at least one question")
    if len({bank.role for bank, _ in chosen}) != 1:
        raise ValueError("all questions of a session must be of one role")
    items = tuple(
        PlannedQuestion(bank.id, question, time_limit or bank.time_limit_for(question))
        for bank, question in chosen
    )
    return SessionPlan(role=chosen[0][0].role, items=items, goal=goal.strip())
