"""The questions the review screens ask of the database, answered a page at a time.

Every query here is served by an index and returns a bounded number of rows, so the screens
stay fast and memory stays flat however long the history grows.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal

from interview_tui.banks.model import Role
from interview_tui.store.answers import ATTEMPT_COLUMNS
from interview_tui.store.database import Store
from interview_tui.store.records import AttemptRecord

PAGE_SIZE = 100
HISTORY_LIMIT = 500  # attempts of one question shown on the compare screen
RECENT = 3  # how many of a question's latest attempts make its "recent" rating


@dataclass(frozen=True)
class SessionSummary:
    id: int
    started_at: str
    ended_at: str | None
    role: Role
    banks: tuple[str, ...]
    goal: str
    answered: int
    skipped: int
    mean_overall: float | None
    seconds: float

    @property
    def unfinished(self) -> bool:
        return self.ended_at is None


@dataclass(frozen=True)
class Filters:
    role: Role | None = None
    bank_id: str | None = None

    def sql(self, alias: str = "s") -> tuple[str, list[Any]]:
        clauses: list[str] = []
        parameters: list[Any] = []
        if self.role:
            clauses.append(f"{alias}.role = ?")
            parameters.append(self.role)
        if self.bank_id:
            clauses.append(f"EXISTS (SELECT 1 FROM json_each({alias}.banks) WHERE value = ?)")
            parameters.append(self.bank_id)
        return (" AND ".join(clauses) or "1"), parameters


def session_summaries(
    store: Store, filters: Filters = Filters(), limit: int = PAGE_SIZE, offset: int = 0
) -> list[SessionSummary]:
    """One page of sessions, newest first, with their counts and mean rating."""
    where, parameters = filters.sql()
    rows = store.query(
        "SELECT s.id, s.started_at, s.ended_at, s.role, s.banks, s.goal, "
        "  (SELECT count(*) FROM attempts a WHERE a.session_id = s.id "
        "     AND a.status = 'submitted'), "
        "  (SELECT count(*) FROM attempts a WHERE a.session_id = s.id "
        "     AND a.status = 'skipped'), "
        "  (SELECT avg(a.overall) FROM attempts a WHERE a.session_id = s.id), "
        "  (SELECT coalesce(sum(a.seconds_spent), 0) FROM attempts a WHERE a.session_id = s.id) "
        f"FROM sessions s WHERE {where} "
        "ORDER BY s.started_at DESC, s.id DESC LIMIT ? OFFSET ?",
        [*parameters, limit, offset],
    )
    return [
        SessionSummary(
            id=row[0],
            started_at=row[1],
            ended_at=row[2],
            role=row[3],
            banks=tuple(json.loads(row[4])),
            goal=row[5],
            answered=row[6],
            skipped=row[7],
            mean_overall=row[8],
            seconds=row[9],
        )
        for row in rows
    ]


def count_sessions(store: Store, filters: Filters = Filters()) -> int:
    where, parameters = filters.sql()
    return int(store.query(f"SELECT count(*) FROM sessions s WHERE {where}", parameters)[0][0])


def banks_in_history(store: Store) -> list[str]:
    """Every bank id that has at least one attempt, for the bank filter."""
    return [row[0] for row in store.query("SELECT DISTINCT bank_id FROM attempts ORDER BY 1")]


def question_history(
    store: Store, bank_id: str, question_id: str, limit: int = HISTORY_LIMIT
) -> list[AttemptRecord]:
    """The latest ``limit`` submitted attempts at one question, oldest first."""
    rows = store.query(
        f"SELECT {ATTEMPT_COLUMNS} FROM attempts WHERE bank_id = ? AND question_id = ? "
        "AND status = 'submitted' ORDER BY submitted_at DESC, id DESC LIMIT ?",
        (bank_id, question_id, limit),
    )
    rows.reverse()
    return store.attempts_with_ratings(rows)


# -- progress ---------------------------------------------------------------------------

Period = Literal["week", "month"]
_PERIOD_SQL: dict[Period, str] = {
    # A week is named by its Monday ("2024-12-30"): "%Y-W%W" cut the week of New Year in two.
    "week": "date({moment}, 'weekday 0', '-6 days')",
    "month": "strftime('%Y-%m', {moment})",
}


@dataclass(frozen=True)
class TrendPoint:
    period: str  # a week by its Monday ("2024-12-30"), or a month ("2024-12")
    mean: float
    count: int


def rating_trend(
    store: Store,
    filters: Filters = Filters(),
    period: Period = "week",
    criterion: str | None = None,
) -> list[TrendPoint]:
    """Mean rating per week or month: overall, or of one criterion."""
    where, parameters = filters.sql()
    # Group by the user's own wall-clock time: given the stored offset, SQLite would work in
    # UTC and put an answer from just after local midnight in the day (week, month) before.
    bucket = _PERIOD_SQL[period].format(moment="substr(a.submitted_at, 1, 19)")
    if criterion is None:
        sql = (
            f"SELECT {bucket} AS p, avg(a.overall), count(*) "
            "FROM attempts a JOIN sessions s ON s.id = a.session_id "
            f"WHERE a.status = 'submitted' AND a.overall IS NOT NULL AND {where} "
            "GROUP BY p ORDER BY p"
        )
    else:
        sql = (
            f"SELECT {bucket} AS p, avg(r.score), count(*) "
            "FROM ratings r JOIN attempts a ON a.id = r.attempt_id "
            "JOIN sessions s ON s.id = a.session_id "
            f"WHERE r.criterion = ? AND a.status = 'submitted' AND {where} "
            "GROUP BY p ORDER BY p"
        )
        parameters = [criterion, *parameters]
    return [TrendPoint(row[0], row[1], row[2]) for row in store.query(sql, parameters)]


@dataclass(frozen=True)
class GroupStat:
    name: str
    mean: float | None
    attempts: int
    stumped: int


def stats_by(
    store: Store, column: Literal["bank_id", "category", "criterion"], filters: Filters = Filters()
) -> list[GroupStat]:
    """Mean rating, attempt count and stumped count per bank, category or criterion."""
    where, parameters = filters.sql()
    if column == "criterion":
        sql = (
            "SELECT r.criterion, avg(r.score), count(*), sum(a.stumped) FROM ratings r "
            "JOIN attempts a ON a.id = r.attempt_id JOIN sessions s ON s.id = a.session_id "
            f"WHERE a.status = 'submitted' AND {where} GROUP BY r.criterion ORDER BY 2"
        )
    else:
        sql = (
            f"SELECT a.{column}, avg(a.overall), count(*), sum(a.stumped) FROM attempts a "
            f"JOIN sessions s ON s.id = a.session_id "
            f"WHERE a.status = 'submitted' AND {where} GROUP BY a.{column} ORDER BY 2"
        )
    return [
        GroupStat(row[0] or "(none)", row[1], row[2], row[3])
        for row in store.query(sql, parameters)
    ]


def practice_days(store: Store, today: date, weeks: int = 12) -> dict[date, int]:
    """Submitted answers per day for the last ``weeks`` weeks (days with none are absent)."""
    since = today - timedelta(days=weeks * 7 - 1)
    rows = store.query(
        "SELECT substr(submitted_at, 1, 10), count(*) FROM attempts "
        "WHERE status = 'submitted' AND submitted_at >= ? GROUP BY 1",
        (since.isoformat(),),
    )
    return {date.fromisoformat(day): count for day, count in rows}


@dataclass(frozen=True)
class QuestionStat:
    bank_id: str
    question_id: str
    question_text: str
    attempts: int
    recent_mean: float | None
    recent_stumped: int
    stumped: int
    last_at: str

    @property
    def key(self) -> tuple[str, str]:
        return (self.bank_id, self.question_id)


def weakest_questions(
    store: Store, filters: Filters = Filters(), limit: int = 10
) -> list[QuestionStat]:
    """Questions to practise again: stumped lately first, then the lowest recent rating.

    "Recent" is a question's last :data:`RECENT` submitted attempts.
    """
    where, parameters = filters.sql()
    rows = store.query(
        "WITH ranked AS ("
        "  SELECT a.bank_id, a.question_id, a.question_text, a.overall, a.stumped, "
        "    a.submitted_at, row_number() OVER ("
        "      PARTITION BY a.bank_id, a.question_id ORDER BY a.submitted_at DESC, a.id DESC"
        "    ) AS rn "
        "  FROM attempts a JOIN sessions s ON s.id = a.session_id "
        f"  WHERE a.status = 'submitted' AND {where}"
        ") "
        "SELECT bank_id, question_id, max(CASE WHEN rn = 1 THEN question_text END), count(*), "
        f"  avg(CASE WHEN rn <= {RECENT} THEN overall END) AS recent_mean, "
        f"  sum(CASE WHEN rn <= {RECENT} THEN stumped ELSE 0 END) AS recent_stumped, "
        "  sum(stumped), max(submitted_at) AS last_at "
        "FROM ranked GROUP BY bank_id, question_id "
        # Unrated questions say nothing about weakness: they come after the rated ones.
        "ORDER BY recent_stumped DESC, recent_mean IS NULL, recent_mean, last_at LIMIT ?",
        [*parameters, limit],
    )
    return [QuestionStat(*row) for row in rows]
