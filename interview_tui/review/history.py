"""The questions the review screens ask of the database, answered a page at a time.

Every query here is served by an index and returns a bounded number of rows, so the screens
stay fast and memory stays flat however long the history grows.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal

from interview_tui.banks.model import ROLES, Role
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
# Each period from the one of the first submitted answer to the one of the last: its name
# ("2024-12-30", the week's Monday; or "2024-12"), and the local dates it starts and ends
# before. A week is named by its Monday: "%Y-W%W" cut the week of New Year in two.
_PERIODS_SQL: dict[Period, str] = {
    "week": (
        "periods(p, start, next) AS ("
        "  SELECT first, first, date(first, '+7 days') FROM bounds WHERE first IS NOT NULL "
        "  UNION ALL SELECT next, next, date(next, '+7 days') FROM periods, bounds "
        "  WHERE next <= last)"
    ),
    "month": (
        "periods(p, start, next) AS ("
        "  SELECT strftime('%Y-%m', first), first, date(first, '+1 month') FROM bounds "
        "  WHERE first IS NOT NULL "
        "  UNION ALL SELECT strftime('%Y-%m', next), next, date(next, '+1 month') "
        "  FROM periods, bounds WHERE next <= last)"
    ),
}
_FIRST_SQL: dict[Period, str] = {
    "week": "date(substr({moment}, 1, 19), 'weekday 0', '-6 days')",
    "month": "date(substr({moment}, 1, 19), 'start of month')",
}


def _periods(period: Period) -> str:
    """A ``WITH RECURSIVE`` naming every period (``periods(p, start, next)``).

    The user's own wall-clock time decides an answer's period (given the stored offset,
    SQLite would work in UTC and put an answer from just after local midnight in the day
    before). As times are stored local-first ("2024-01-08T00:30:00+01:00"), an answer is in
    a period exactly when ``start <= submitted_at < next`` as text: each period is a range
    of the index by time, summed on its own, and no query sorts the whole history.
    """
    first = _FIRST_SQL[period].format(
        moment="(SELECT min(submitted_at) FROM attempts WHERE status = 'submitted')"
    )
    return (
        "WITH RECURSIVE bounds(first, last) AS (SELECT "
        f"{first}, (SELECT max(submitted_at) FROM attempts WHERE status = 'submitted')), "
        f"{_PERIODS_SQL[period]} "
    )


# Attempts first (CROSS JOIN keeps that order): by the index by time or by question, not by
# the role's sessions, whose attempts would be read row by row for every period.
_ANSWERS = "FROM attempts a CROSS JOIN sessions s ON s.id = a.session_id "
_RATINGS = f"{_ANSWERS} JOIN ratings r ON r.attempt_id = a.id "


def _answers(filters: Filters) -> str:
    """``FROM`` the attempts, with their session as ``s`` only when the filters ask for it
    (a look-up per answer: a fifth of the time of these queries)."""
    return _ANSWERS if filters != Filters() else "FROM attempts a "


#: The submitted answers of the period in the outer query.
_IN_PERIOD = "WHERE a.status = 'submitted' AND a.submitted_at >= start AND a.submitted_at < next"


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
    if criterion is None:
        mean = f"SELECT avg(a.overall) {_answers(filters)} {_IN_PERIOD} AND {where}"
        count = f"SELECT count(a.overall) {_answers(filters)} {_IN_PERIOD} AND {where}"
    else:
        ratings = f"{_RATINGS} {_IN_PERIOD} AND r.criterion = ? AND {where}"
        mean, count = f"SELECT avg(r.score) {ratings}", f"SELECT count(*) {ratings}"
        parameters = [criterion, *parameters]
    rows = store.query(
        f"{_periods(period)} SELECT p, ({mean}), ({count}) FROM periods ORDER BY p",
        [*parameters, *parameters],
    )
    return [TrendPoint(p, mean, count) for p, mean, count in rows if count]


def criterion_trends(
    store: Store, filters: Filters = Filters(), period: Period = "week"
) -> dict[tuple[Role, str], list[TrendPoint]]:
    """Each criterion's :func:`rating_trend`, per role, from one query.

    Per role ("clarity" of an answer and of a question are different things), in the order
    of the roles, and in a role its criteria from the lowest mean to the highest.
    """
    where, parameters = filters.sql()
    roles = (filters.role,) if filters.role else ROLES
    # A column per role: grouping by criterion alone sorts half the rows that grouping by
    # role and criterion does (measured: 160 ms instead of 390 ms for 100,000 answers).
    per_role = (
        "(SELECT json_group_array(json_array(criterion, total, n)) FROM ("
        "  SELECT r.criterion, sum(r.score) AS total, count(*) AS n "
        f"  {_RATINGS} {_IN_PERIOD} AND s.role = ? AND {where} GROUP BY r.criterion))"
    )
    rows = store.query(
        f"{_periods(period)} SELECT p, {', '.join([per_role] * len(roles))} "
        "FROM periods ORDER BY p",
        [value for role in roles for value in (role, *parameters)],
    )
    points: dict[tuple[Role, str], list[TrendPoint]] = {}
    totals: dict[tuple[Role, str], list[int]] = {}
    for name, *found in rows:
        for role, criteria in zip(roles, found, strict=True):
            for criterion, total, count in json.loads(criteria) if criteria else ():
                points.setdefault((role, criterion), []).append(
                    TrendPoint(name, total / count, count)
                )
                sums = totals.setdefault((role, criterion), [0, 0])
                sums[0] += total
                sums[1] += count

    # Scores are whole numbers: these sums and means are exact, as SQL's avg() gives them.
    def rank(key: tuple[Role, str]) -> tuple[int, float, str]:
        return (ROLES.index(key[0]), totals[key][0] / totals[key][1], key[1])

    return {key: points[key] for key in sorted(points, key=rank)}


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
    elif column == "bank_id":  # the index by question gives each bank's rows together
        sql = (
            f"SELECT a.bank_id, avg(a.overall), count(*), sum(a.stumped) {_answers(filters)} "
            f"WHERE a.status = 'submitted' AND {where} GROUP BY a.bank_id ORDER BY 2, 1"
        )
    else:
        # Summed per question first, in the index's order, so only those few rows are sorted.
        sql = (
            "SELECT category, sum(total) / nullif(sum(rated), 0), sum(n), sum(stumped) FROM ("
            "  SELECT a.category, total(a.overall) AS total, count(a.overall) AS rated, "
            f"    count(*) AS n, sum(a.stumped) AS stumped {_answers(filters)} "
            f"  WHERE a.status = 'submitted' AND {where} "
            "  GROUP BY a.bank_id, a.question_id, a.category"
            ") GROUP BY category ORDER BY 2, 1"
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


def _latest(value: str, of: str, where: str, count: int) -> str:
    """The ``value`` of question ``of``'s latest ``count`` submitted attempts."""
    return (
        f"SELECT {value} AS value {_ANSWERS} WHERE a.status = 'submitted' AND {where} "
        f"AND a.bank_id = {of}.bank_id AND a.question_id = {of}.question_id "
        f"ORDER BY a.submitted_at DESC, a.id DESC LIMIT {count}"
    )


def weakest_questions(
    store: Store, filters: Filters = Filters(), limit: int = 10
) -> list[QuestionStat]:
    """Questions to practise again: stumped lately first, then the lowest recent rating.

    "Recent" is a question's last :data:`RECENT` submitted attempts.
    """
    where, parameters = filters.sql()
    # One walk of the index by question counts every question; its latest attempts are a
    # short seek back in the same index, and the text is read only for the rows returned.
    order = "recent_stumped DESC, recent_mean IS NULL, recent_mean, last_at, bank_id, question_id"
    rows = store.query(
        "WITH q AS ("
        "  SELECT a.bank_id, a.question_id, count(*) AS attempts, sum(a.stumped) AS stumped, "
        f"    max(a.submitted_at) AS last_at {_answers(filters)} "
        f"  WHERE a.status = 'submitted' AND {where} GROUP BY a.bank_id, a.question_id), "
        "weakest AS ("
        "  SELECT *, "
        f"    (SELECT avg(value) FROM ({_latest('a.overall', 'q', where, RECENT)})) "
        "      AS recent_mean, "
        f"    (SELECT coalesce(sum(value), 0) FROM ({_latest('a.stumped', 'q', where, RECENT)})) "
        "      AS recent_stumped "
        # Unrated questions say nothing about weakness: they come after the rated ones.
        f"  FROM q ORDER BY {order} LIMIT ?) "
        f"SELECT bank_id, question_id, ({_latest('a.question_text', 'w', where, 1)}), "
        "  attempts, recent_mean, recent_stumped, stumped, last_at "
        f"FROM weakest w ORDER BY {order}",
        [*parameters, *parameters, *parameters, limit, *parameters],
    )
    return [QuestionStat(*row) for row in rows]
