"""Smart practice order: the weakest questions, the new ones, or the ones due for review.

``due`` is spaced repetition driven by the self-ratings, with FSRS (the ``fsrs`` package, the
scheduler Anki uses). Nothing about it is stored: each question's FSRS card is rebuilt by
replaying its submitted attempts, oldest first, so a re-rated or deleted attempt changes the
schedule at once and the database needs no second source of truth.

The scheduler is FSRS-6 with its default parameters and 90 % desired retention, with two
choices of ours:

- **No (re)learning steps.** FSRS's default steps (1 and 10 minutes) are for flash cards
  drilled again within one sitting; a rehearsed answer is not. Every review schedules whole
  days: after a first review, Again and Hard come back in 1 day, Good in 2, Easy in 8, and the
  intervals grow from there.
- **No fuzzing**, so the same history always gives the same order.
- **Interview-sized intervals** (:class:`Cadence`): FSRS plans for remembering a card for
  months, so three Good ratings put a question 46 days out. Interview preparation works to a
  date, so no question is scheduled more than ``max_days`` (default 14) after its last
  review, and when the user gives the date of their interview everything is due by then.

Skipped and draft attempts are not reviews and are ignored, as are attempts at questions that
are no longer in the bank.

Cost: one SQL query per call, served by the ``attempts (bank_id, question_id, submitted_at)``
index in its own order (no sort step), reading five small columns of each submitted attempt
of the bank(s), then one ``Scheduler.review_card`` per attempt. That call is nearly all of
the cost (15–20 µs each on a slow machine): the first call in a process stays within 10 % of
the bare query plus that many fsrs reviews. Replays are memoised per question in this process,
keyed by the question's full review history, so a later call replays only what is new
(typically the last session's answers) and is never stale. ``python -m bench.schedule``
measures it: 2,000 answers over five banks, about 50 ms for the first ``due_counts`` and 13 ms
after that; ranking one bank of 850 answers, 23 ms first and 3 ms after.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Literal, get_args

from fsrs import Card, Rating, Scheduler

from interview_tui.banks.model import Bank, Question
from interview_tui.practice.plan import Order, SessionPlan, plan_questions, plan_session
from interview_tui.review.history import RECENT
from interview_tui.store.database import Store

SmartOrder = Literal["weakest", "new", "due"]
SMART_ORDERS: tuple[SmartOrder, ...] = get_args(SmartOrder)

# Self-rating bands, on the mean of the criteria (1–5); see fsrs_rating. Below 3 the answer
# needs work, and it should come back soon: Again.
_AGAIN_BELOW = 3.0
_HARD_BELOW = 3.0  # a mean of 3 or more is at least Good; Hard comes from nothing today
_EASY_FROM = 4.5

_SCHEDULER = Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False)

# One FSRS review: when (UTC, as FSRS requires) and how it went.
_Review = tuple[datetime, Rating]


def fsrs_rating(overall: float | None, stumped: bool) -> Rating:
    """The FSRS rating of one submitted answer, from its self-ratings.

    ============================================  ========
    self-rating                                   FSRS
    ============================================  ========
    "this one stumped me" (whatever the scores)   Again
    overall < 3                                   Again
    3 ≤ overall < 4.5                             Good
    overall ≥ 4.5                                 Easy
    not rated (``overall`` is None)               Good
    ============================================  ========

    A mean below 3 needs practice again even without "stumped". Easy needs
    mostly 5s, because FSRS quadruples the first interval for it. An answer that was given but
    never rated shows no sign of trouble, so it counts as the ordinary outcome, Good.
    """
    if stumped:
        return Rating.Again
    if overall is None:
        return Rating.Good
    if overall < _AGAIN_BELOW:
        return Rating.Again
    if overall < _HARD_BELOW:
        return Rating.Hard
    if overall < _EASY_FROM:
        return Rating.Good
    return Rating.Easy


DEFAULT_MAX_DAYS = 14


@dataclass(frozen=True)
class Cadence:
    """How far ahead reviews may be scheduled: a cap, and the date of the interview."""

    max_days: int = DEFAULT_MAX_DAYS
    interview: date | None = None

    def cap(self, due: datetime, last_review: datetime) -> datetime:
        """``due``, brought forward to the cap and to the start of the interview day (UTC)."""
        capped = min(due, last_review + timedelta(days=self.max_days))
        if self.interview is not None:
            capped = min(capped, datetime.combine(self.interview, time(), tzinfo=UTC))
        return capped


@dataclass(frozen=True)
class QuestionState:
    """What the submitted attempts at one question say about practising it next."""

    question_id: str
    attempts: int
    last_at: datetime | None
    """When it was last submitted, with the offset it was stored with."""
    recent_mean: float | None
    """Mean overall rating of the last :data:`~interview_tui.review.history.RECENT` (3) submitted
    attempts, leaving out unrated ones; None if none of them is rated."""
    recently_stumped: bool
    """Stumped in any of the last 3 submitted attempts."""
    due: datetime | None
    """When FSRS schedules the next review (UTC); None if never practised."""


def question_states(
    store: Store, bank: Bank, now: datetime, cadence: Cadence = Cadence()
) -> dict[str, QuestionState]:
    """The state of every question of ``bank``, in bank order. One query.

    ``now`` must be timezone-aware; the states themselves do not depend on it.
    """
    _check_aware(now)
    rows = _submitted(store, [bank.id])
    return _states(bank, rows.get(bank.id, {}), cadence)


def rank_questions(
    store: Store,
    bank: Bank,
    order: SmartOrder,
    now: datetime,
    rng: random.Random | None = None,
    cadence: Cadence = Cadence(),
) -> list[Question]:
    """All of ``bank``'s questions, best to practise first. One query.

    - ``weakest``: stumped in one of the last 3 attempts first, then the lowest recent mean
      rating; practised but never rated after those, never practised last.
    - ``new``: never practised first, then the least recently practised.
    - ``due``: due now (most overdue first), then never practised (a new card is due), then
      the rest by when they come due.

    Ties keep bank order, or with ``rng`` a shuffle of it (the same seed, the same order).
    """
    if order not in SMART_ORDERS:
        raise ValueError(f"unknown order {order!r}; expected one of {', '.join(SMART_ORDERS)}")
    _check_aware(now)
    states = question_states(store, bank, now, cadence)
    ids = list(states)
    if rng is not None:
        rng.shuffle(ids)
    tiebreak = {question_id: index for index, question_id in enumerate(ids)}
    by_id = {question.id: question for question in bank.questions}

    def key(state: QuestionState) -> tuple[Any, ...]:
        tie = tiebreak[state.question_id]
        if order == "weakest":
            if state.attempts == 0:
                return (3, 0.0, tie)
            if state.recently_stumped:
                return (0, 0.0, tie)
            if state.recent_mean is None:
                return (2, 0.0, tie)
            return (1, state.recent_mean, tie)
        if order == "new":
            if state.last_at is None:
                return (0, tie)
            return (1, state.last_at, tie)
        if state.due is None:
            return (1, now, tie)
        return (0 if state.due <= now else 2, state.due, tie)

    return [by_id[state.question_id] for state in sorted(states.values(), key=key)]


def due_count(store: Store, bank: Bank, now: datetime, cadence: Cadence = Cadence()) -> int:
    """How many of ``bank``'s practised questions FSRS says are due at ``now``. One query.

    Never-practised questions are not counted: they are what the ``new`` order is for, and
    counting them would make every untouched bank look like a backlog.
    """
    return due_counts(store, [bank], now, cadence)[bank.id]


def due_counts(
    store: Store, banks: Sequence[Bank], now: datetime, cadence: Cadence = Cadence()
) -> dict[str, int]:
    """:func:`due_count` for each bank, keyed by bank id, from one query for all of them."""
    _check_aware(now)
    if not banks:
        return {}
    rows = _submitted(store, [bank.id for bank in banks])
    return {
        bank.id: sum(
            1
            for state in _states(bank, rows.get(bank.id, {}), cadence).values()
            if state.due is not None and state.due <= now
        )
        for bank in banks
    }


# -- reading and replaying ------------------------------------------------------------------

# (submitted_at in UTC, as stored, overall, stumped)
_Attempt = tuple[datetime, datetime, float | None, bool]


def _check_aware(now: datetime) -> None:
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")


def _parse(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    # Every time is stored with its offset; a bare one can only have come from outside.
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _submitted(store: Store, bank_ids: Sequence[str]) -> dict[str, dict[str, list[_Attempt]]]:
    """Submitted attempts per bank and question, oldest first."""
    marks = ", ".join("?" * len(bank_ids))
    rows: Iterable[tuple[str, str, str, float | None, int]] = store.query(
        "SELECT bank_id, question_id, submitted_at, overall, stumped FROM attempts "
        f"WHERE bank_id IN ({marks}) AND status = 'submitted' AND submitted_at IS NOT NULL "
        "ORDER BY bank_id, question_id, submitted_at, id",
        list(bank_ids),
    )
    found: dict[str, dict[str, list[_Attempt]]] = {}
    for bank_id, question_id, submitted_at, overall, stumped in rows:
        local = _parse(submitted_at)
        attempts = found.setdefault(bank_id, {}).setdefault(question_id, [])
        attempts.append((local.astimezone(UTC), local, overall, bool(stumped)))
    for questions in found.values():
        for attempts in questions.values():
            # Text order is time order except across an offset change (a DST switch, travel);
            # sorted() is stable and linear on the already sorted common case.
            attempts.sort(key=lambda attempt: attempt[0])
    return found


def _states(
    bank: Bank, attempts: dict[str, list[_Attempt]], cadence: Cadence
) -> dict[str, QuestionState]:
    states: dict[str, QuestionState] = {}
    for question in bank.questions:
        history = attempts.get(question.id)
        if not history:
            states[question.id] = QuestionState(question.id, 0, None, None, False, None)
            continue
        recent = history[-RECENT:]
        rated = [overall for _, _, overall, _ in recent if overall is not None]
        reviews = tuple((at, fsrs_rating(overall, stumped)) for at, _, overall, stumped in history)
        states[question.id] = QuestionState(
            question_id=question.id,
            attempts=len(history),
            last_at=history[-1][1],
            recent_mean=sum(rated) / len(rated) if rated else None,
            recently_stumped=any(stumped for _, _, _, stumped in recent),
            due=cadence.cap(_replay((bank.id, question.id), reviews).due, reviews[-1][0]),
        )
    return states


# Per question: the reviews last replayed and the card they gave. Checked against the full
# history on every use, so an entry from another database or an edited history is simply
# not reused. Bounded; a few hundred bytes per attempt.
_MEMO_LIMIT = 10_000
_memo: dict[tuple[str, str], tuple[tuple[_Review, ...], Card]] = {}
_memo_lock = threading.Lock()


def _replay(key: tuple[str, str], reviews: tuple[_Review, ...]) -> Card:
    """The FSRS card after ``reviews`` (non-empty, oldest first)."""
    with _memo_lock:
        cached = _memo.get(key)
    if cached is not None and reviews[: len(cached[0])] == cached[0]:
        done, card = len(cached[0]), cached[1]
    else:
        # Explicit id and due: Card() would read the real clock (and sleep 1 ms for the id).
        done, card = 0, Card(card_id=1, due=reviews[0][0])
    for when, rating in reviews[done:]:
        card, _ = _SCHEDULER.review_card(card, rating, when)
    with _memo_lock:
        if len(_memo) >= _MEMO_LIMIT and key not in _memo:
            _memo.clear()
        _memo[key] = (reviews, card)
    return card


def _forget() -> None:
    """Drop the memo (benchmarks time the first call with it)."""
    with _memo_lock:
        _memo.clear()


def plan_for(
    store: Store,
    bank: Bank,
    count: int,
    order: Order,
    now: datetime,
    time_limit: int | None = None,
    goal: str = "",
    rng: random.Random | None = None,
    cadence: Cadence = Cadence(),
) -> SessionPlan:
    """The session for ``order``: random or as written, or ranked by the practice history."""
    smart = next((o for o in SMART_ORDERS if o == order), None)
    if smart is not None:
        ranked = rank_questions(store, bank, smart, now, rng, cadence)
        return plan_questions([(bank, q) for q in ranked[: max(1, count)]], time_limit, goal)
    return plan_session([bank], count, order, time_limit, goal, rng=rng)
