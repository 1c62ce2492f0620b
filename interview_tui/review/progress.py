"""Everything the progress screen shows, read in one go, and stoppable between its queries."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from interview_tui.banks.model import Role
from interview_tui.review.delivery import DeliveryPoint, delivery_over_time
from interview_tui.review.history import (
    Filters,
    GroupStat,
    QuestionStat,
    TrendPoint,
    criterion_trends,
    practice_days,
    rating_trend,
    stats_by,
    weakest_questions,
)
from interview_tui.store.database import Store

T = TypeVar("T")

#: Weakest questions the screen lists (and `p` practises).
WEAKEST = 8


@dataclass(frozen=True)
class ProgressData:
    """Ratings over time, per criterion, bank and category; practice days; weak spots."""

    trend: list[TrendPoint]
    criteria: dict[tuple[Role, str], list[TrendPoint]]
    banks: list[GroupStat]
    categories: list[GroupStat]
    days: dict[date, int]
    weakest: list[QuestionStat]
    delivery: list[DeliveryPoint]


def read_progress(
    store: Store, filters: Filters, today: date, stopped: Callable[[], bool] = lambda: False
) -> ProgressData | None:
    """Read the progress of ``filters`` as of ``today``; ``None`` once ``stopped()`` says so.

    ``stopped`` is asked before each query: a reader whose result is no longer wanted (the
    user left, or chose another role) gives the database back at once.
    """

    def read(query: Callable[[], T]) -> T:
        if stopped():
            raise _Stopped
        return query()

    try:
        return ProgressData(
            trend=read(lambda: rating_trend(store, filters)),
            criteria=read(lambda: criterion_trends(store, filters)),
            banks=read(lambda: stats_by(store, "bank_id", filters)),
            categories=read(lambda: stats_by(store, "category", filters)),
            days=read(lambda: practice_days(store, today)),
            weakest=read(lambda: weakest_questions(store, filters, limit=WEAKEST)),
            delivery=read(lambda: delivery_over_time(store, filters)),
        )
    except _Stopped:
        return None


class _Stopped(Exception):
    """Raised between two queries when their result is no longer wanted."""
