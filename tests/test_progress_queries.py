"""The progress screen's fast queries give what the former, straightforward ones gave.

The former SQL is kept here as the reference: one GROUP BY over the whole history for each
trend, each criterion's trend queried alone, a window over every attempt for the weakest
questions. Both run on the same seeded history (both roles, every criterion, stumped answers,
skipped answers, answers just after local midnight), on a real SQLite file.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from random import Random
from typing import Any

import pytest

from interview_tui.banks.model import ROLES, BankSource, Role
from interview_tui.banks.sources import load_banks
from interview_tui.clock import FakeClock
from interview_tui.paths import DATABASE_NAME, bundled_banks_dir
from interview_tui.practice.plan import plan_questions
from interview_tui.practice.seed import seed_history
from interview_tui.review.history import (
    RECENT,
    Filters,
    GroupStat,
    Period,
    QuestionStat,
    TrendPoint,
    criterion_trends,
    rating_trend,
    stats_by,
    weakest_questions,
)
from interview_tui.review.progress import WEAKEST, read_progress
from interview_tui.store.database import Store

# Late in the evening, an hour east of UTC: many answers fall just after local midnight,
# where the UTC date (and at times the UTC week) is the day before.
START = datetime(2024, 12, 2, 23, 52, tzinfo=timezone(timedelta(hours=1)))
FILTERS = [Filters(), Filters(role="interviewee"), Filters(role="interviewer")]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    loaded = load_banks([BankSource(bundled_banks_dir(), "bundled")])
    banks = [
        b for b in loaded.banks if b.id in {"behavioral", "informational", "software_engineering"}
    ]
    assert len(banks) == 3 and {b.role for b in banks} == set(ROLES)
    clock = FakeClock(START)
    opened = Store.open(tmp_path_factory.mktemp("progress") / DATABASE_NAME, clock)
    seed_history(opened, clock, banks, weeks=14, sessions_per_week=3, rng=Random(7))
    # A skipped answer and an unrated one: neither has ratings; the first is not submitted.
    bank = banks[0]
    plan = plan_questions([(bank, q) for q in bank.questions[:2]])
    session = opened.start_session(plan)
    opened.skip_question(session, 0, plan.items[0], "", 12.0)
    opened.submit_answer(session, 1, plan.items[1], "no rating", 30.0)
    yield opened
    opened.close()


# -- the former queries --------------------------------------------------------------------

OLD_BUCKET = {
    "week": "date(substr(a.submitted_at, 1, 19), 'weekday 0', '-6 days')",
    "month": "strftime('%Y-%m', substr(a.submitted_at, 1, 19))",
}


def old_rating_trend(
    store: Store, filters: Filters, period: Period, criterion: str | None = None
) -> list[TrendPoint]:
    where, parameters = filters.sql()
    bucket = OLD_BUCKET[period]
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
    return [TrendPoint(*row) for row in store.query(sql, parameters)]


def old_stats_by(store: Store, column: str, filters: Filters) -> list[GroupStat]:
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
    return [GroupStat(row[0] or "(none)", *row[1:]) for row in store.query(sql, parameters)]


def old_weakest(store: Store, filters: Filters, limit: int) -> list[QuestionStat]:
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
        "ORDER BY recent_stumped DESC, recent_mean IS NULL, recent_mean, last_at LIMIT ?",
        [*parameters, limit],
    )
    return [QuestionStat(*row) for row in rows]


def close(new: list[Any], old: list[Any]) -> None:
    """Equal, but for the last bits of a mean of decimals summed in another order."""
    assert len(new) == len(old)
    for one, other in zip(new, old, strict=True):
        assert type(one) is type(other)
        for field, value in vars(one).items():
            if isinstance(value, float):
                assert value == pytest.approx(vars(other)[field], rel=1e-12), field
            else:
                assert value == vars(other)[field], field


# -- the comparisons -------------------------------------------------------------------------


def test_the_history_is_big_enough_to_compare(store: Store) -> None:
    assert len(old_rating_trend(store, Filters(), "week")) >= 14
    assert {row[0] for row in store.query("SELECT DISTINCT role FROM sessions")} == set(ROLES)
    assert store.query("SELECT sum(stumped) FROM attempts")[0][0] > 5
    # Answers after local midnight, whose UTC date is the day before: the week must be local.
    late = "SELECT count(*) FROM attempts WHERE date(submitted_at) < substr(submitted_at, 1, 10)"
    assert store.query(late)[0][0] > 0


@pytest.mark.parametrize("period", ["week", "month"])
@pytest.mark.parametrize("filters", FILTERS)
def test_overall_trend_is_unchanged(store: Store, filters: Filters, period: Period) -> None:
    close(rating_trend(store, filters, period), old_rating_trend(store, filters, period))


@pytest.mark.parametrize("period", ["week", "month"])
@pytest.mark.parametrize("filters", [*FILTERS, Filters(bank_id="software_engineering")])
def test_every_criterion_trend_from_one_query_is_unchanged(
    store: Store, filters: Filters, period: Period
) -> None:
    expected: dict[tuple[Role, str], list[TrendPoint]] = {}
    for role in (filters.role,) if filters.role else ROLES:
        of_role = replace(filters, role=role)
        for stat in old_stats_by(store, "criterion", of_role):
            expected[(role, stat.name)] = old_rating_trend(store, of_role, period, stat.name)
            # Each criterion alone still answers the same as before, too.
            assert rating_trend(store, of_role, period, stat.name) == expected[(role, stat.name)]
    found = criterion_trends(store, filters, period)
    assert found == expected  # whole-number scores: exact means
    # In each role, from the lowest mean to the highest, as the screen lists them.
    means = [sum(p.mean * p.count for p in ps) / sum(p.count for p in ps) for ps in found.values()]
    roles = [role for role, _ in found]
    assert roles == sorted(roles, key=ROLES.index)
    pairs = zip(means, means[1:], roles, roles[1:], strict=False)
    assert all(a <= b for a, b, r, s in pairs if r == s)


@pytest.mark.parametrize("column", ["bank_id", "category"])
@pytest.mark.parametrize("filters", FILTERS)
def test_stats_per_bank_and_category_are_unchanged(
    store: Store, filters: Filters, column: str
) -> None:
    new = stats_by(store, column, filters)  # type: ignore[arg-type]
    old = old_stats_by(store, column, filters)
    close(sorted(new, key=lambda s: s.name), sorted(old, key=lambda s: s.name))


@pytest.mark.parametrize("limit", [3, 8, 1000])
@pytest.mark.parametrize("filters", [*FILTERS, Filters(bank_id="behavioral")])
def test_weakest_questions_are_unchanged(store: Store, filters: Filters, limit: int) -> None:
    close(weakest_questions(store, filters, limit), old_weakest(store, filters, limit))


def test_an_empty_history_has_no_trends(tmp_path: Path) -> None:
    empty = Store.open(tmp_path / DATABASE_NAME, FakeClock(START))
    try:
        assert rating_trend(empty) == [] and rating_trend(empty, period="month") == []
        assert criterion_trends(empty) == {} and weakest_questions(empty) == []
    finally:
        empty.close()


class Recorder:
    """Passes queries on to the store and keeps their SQL, to ask SQLite for its plan."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.calls: list[tuple[str, list[Any]]] = []

    def query(self, sql: str, parameters: list[Any]) -> list[Any]:
        self.calls.append((sql, parameters))
        return self.store.query(sql, parameters)

    def plan(self) -> list[str]:
        (call,) = self.calls
        return [row[3] for row in self.store.query(f"EXPLAIN QUERY PLAN {call[0]}", call[1])]


@pytest.mark.parametrize(
    ("query", "index"),
    [
        (lambda s: rating_trend(s), "attempts_submitted_cover"),
        (lambda s: rating_trend(s, Filters(role="interviewer")), "attempts_submitted_cover"),
        (lambda s: criterion_trends(s), "attempts_submitted_cover"),
        (lambda s: criterion_trends(s, Filters(role="interviewee")), "attempts_submitted_cover"),
        (lambda s: stats_by(s, "bank_id"), "attempts_question_cover"),
        (lambda s: stats_by(s, "category"), "attempts_question_cover"),
        (lambda s: weakest_questions(s), "attempts_question_cover"),
    ],
)
def test_progress_reads_indexes_not_the_answers(store: Store, query: Any, index: str) -> None:
    recorder = Recorder(store)
    query(recorder)
    plan = recorder.plan()
    # The answers' rows (large: they hold the answers) are never walked; the index is.
    assert any(f"USING COVERING INDEX {index}" in step for step in plan), plan
    assert not [s for s in plan if s.startswith("SCAN a") and "COVERING INDEX" not in s], plan
    # Periods are index ranges: no sort of the whole history.
    assert not [s for s in plan if s.startswith("SCAN attempts") or s == "SCAN r"], plan


def test_read_progress_reads_everything_or_stops_between_queries(store: Store) -> None:
    today = START.date() + timedelta(weeks=15)
    data = read_progress(store, Filters(role="interviewee"), today)
    assert data is not None
    assert data.criteria == criterion_trends(store, Filters(role="interviewee"))
    assert data.weakest == weakest_questions(store, Filters(role="interviewee"), limit=WEAKEST)
    recorder = Recorder(store)
    asks = iter([False, False, True])
    assert read_progress(recorder, Filters(), today, stopped=lambda: next(asks)) is None
    assert len(recorder.calls) == 2  # stopped before the third query, not after the last
