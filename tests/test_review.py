"""The review queries, on small explicit histories written through the Store with a fake clock.

Every expectation below is worked out by hand from the data the test itself writes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from interview_tui.banks.model import Bank, Question, Role
from interview_tui.clock import FakeClock
from interview_tui.practice.plan import plan_questions
from interview_tui.review.history import (
    Filters,
    GroupStat,
    TrendPoint,
    banks_in_history,
    count_sessions,
    practice_days,
    question_history,
    rating_trend,
    session_summaries,
    stats_by,
    weakest_questions,
)
from interview_tui.store.database import Store
from interview_tui.store.migrations import MIGRATIONS, SCHEMA_VERSION
from interview_tui.store.records import AttemptStatus, Reflection

# A Monday, two hours east of UTC: local midnight is still the day before in UTC.
TZ = timezone(timedelta(hours=2))
START = datetime(2024, 1, 1, 9, 0, tzinfo=TZ)
DAY = 86_400.0


def make_bank(bank_id: str, role: Role = "interviewee", size: int = 6) -> Bank:
    questions = tuple(
        Question(f"q{i}", f"{bank_id} question {i}?", category=f"Cat {i % 2}" if i < 4 else "")
        for i in range(1, size + 1)
    )
    return Bank(bank_id, bank_id.title(), role, questions, time_limit=60)


ALPHA = make_bank("alpha")
BETA = make_bank("beta")
GAMMA = make_bank("gamma", role="interviewer")


@dataclass(frozen=True)
class Answer:
    """One question of a session as the test plays it."""

    question: str
    scores: dict[str, int] = field(default_factory=dict)
    stumped: bool = False
    status: AttemptStatus = "submitted"
    seconds: float = 60.0
    text: str = "an answer"
    bank: Bank = ALPHA
    question_text: str | None = None  # a changed bank text, to check the snapshot


def practise(
    store: Store,
    clock: FakeClock,
    answers: Sequence[Answer],
    finish: bool = True,
    reflection: Reflection | None = None,
) -> int:
    """Run one session: each answer takes ``seconds`` of the fake clock; returns its id."""
    chosen = []
    for answer in answers:
        question = answer.bank.question(answer.question)
        assert question is not None
        if answer.question_text is not None:
            question = Question(question.id, answer.question_text, question.category)
        chosen.append((answer.bank, question))
    plan = plan_questions(chosen, goal="be brief")
    session_id = store.start_session(plan)
    for position, (item, answer) in enumerate(zip(plan.items, answers, strict=True)):
        clock.advance(answer.seconds)
        if answer.status == "draft":
            store.save_draft(session_id, position, item, answer.text, answer.seconds)
        elif answer.status == "skipped":
            store.skip_question(session_id, position, item, answer.text, answer.seconds)
        else:
            attempt = store.submit_answer(session_id, position, item, answer.text, answer.seconds)
            if answer.scores or answer.stumped:
                store.rate_attempt(attempt, answer.scores, answer.stumped)
    if finish:
        store.finish_session(session_id, reflection)
    return session_id


def rated(question: str, overall: int, **kwargs: Any) -> Answer:
    """An answer scored ``overall`` on two criteria (so its overall is exactly that)."""
    return Answer(question, {"structure": overall, "clarity": overall}, **kwargs)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


def raw(store: Store, sql: str, parameters: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """Read the file with a connection of its own: what is really stored."""
    connection = sqlite3.connect(f"file:{store.path}?mode=ro", uri=True)
    try:
        return connection.execute(sql, parameters).fetchall()
    finally:
        connection.close()


# -- session summaries -----------------------------------------------------------------------


def test_summaries_count_mean_seconds_and_unfinished(store: Store, clock: FakeClock) -> None:
    first = practise(
        store,
        clock,
        [
            Answer("q1", {"structure": 4, "clarity": 2}, seconds=70.0),  # overall 3.0
            rated("q2", 5, seconds=50.5),
            Answer("q3", status="skipped", seconds=12.0),
        ],
    )
    clock.advance(DAY)
    second = practise(
        store,
        clock,
        [Answer("q1", seconds=30.0), Answer("q2", status="draft", seconds=8.2)],
        finish=False,
    )
    newest, oldest = session_summaries(store)
    assert (newest.id, oldest.id) == (second, first)
    assert (oldest.answered, oldest.skipped) == (2, 1)
    assert oldest.mean_overall == pytest.approx(4.0)  # (3.0 + 5.0) / 2; the skip is unrated
    assert oldest.seconds == pytest.approx(70.0 + 50.5 + 12.0)
    assert not oldest.unfinished and oldest.ended_at is not None
    assert oldest.banks == ("alpha",) and oldest.role == "interviewee"
    assert oldest.goal == "be brief"
    assert oldest.started_at == "2024-01-01T09:00:00+02:00"
    # The unfinished one: one unrated answer and a draft (counted in time, not as answered).
    assert (newest.answered, newest.skipped, newest.mean_overall) == (1, 0, None)
    assert newest.seconds == pytest.approx(38.2)
    assert newest.unfinished and newest.ended_at is None
    assert count_sessions(store) == 2


def test_summaries_of_an_empty_database(store: Store) -> None:
    assert session_summaries(store) == []
    assert count_sessions(store) == 0
    assert banks_in_history(store) == []


def test_filters_by_role_and_by_bank(store: Store, clock: FakeClock) -> None:
    alpha = practise(store, clock, [rated("q1", 3)])
    clock.advance(DAY)
    beta = practise(store, clock, [rated("q1", 3, bank=BETA)])
    clock.advance(DAY)
    gamma = practise(store, clock, [Answer("q1", {"clarity": 4}, bank=GAMMA)])
    clock.advance(DAY)
    both = practise(store, clock, [rated("q2", 2, bank=BETA), rated("q2", 4)])

    def ids(filters: Filters) -> list[int]:
        return [s.id for s in session_summaries(store, filters)]

    assert ids(Filters()) == [both, gamma, beta, alpha]
    assert ids(Filters(role="interviewee")) == [both, beta, alpha]
    assert ids(Filters(role="interviewer")) == [gamma]
    assert ids(Filters(bank_id="alpha")) == [both, alpha]
    assert ids(Filters(bank_id="beta")) == [both, beta]
    assert ids(Filters(role="interviewer", bank_id="alpha")) == []
    assert ids(Filters(bank_id="nothing")) == []
    assert count_sessions(store, Filters(role="interviewee")) == 3
    assert count_sessions(store, Filters(bank_id="alpha")) == 2
    assert count_sessions(store, Filters(role="interviewer", bank_id="gamma")) == 1
    # A session of two banks lists both, in the order they were asked.
    assert session_summaries(store, Filters(bank_id="alpha"))[0].banks == ("beta", "alpha")
    assert banks_in_history(store) == ["alpha", "beta", "gamma"]


def test_paging_covers_every_session_once_newest_first(store: Store, clock: FakeClock) -> None:
    plan = plan_questions([(ALPHA, ALPHA.questions[0])])
    expected: list[int] = []
    for index in range(8):
        expected.append(store.start_session(plan))
        if index == 4:
            # Two sessions started in the same second: the later id comes first.
            expected.append(store.start_session(plan))
        clock.advance(3600)
    expected.reverse()
    pages = [session_summaries(store, limit=3, offset=offset) for offset in range(0, 12, 3)]
    assert [len(page) for page in pages] == [3, 3, 3, 0]
    paged = [summary.id for page in pages for summary in page]
    assert paged == expected
    assert len(set(paged)) == count_sessions(store) == 9
    started = [summary.started_at for page in pages for summary in page]
    assert started == sorted(started, reverse=True)
    # Filtered pages cover the filtered set the same way.
    filtered = [
        s.id
        for offset in range(0, 9, 2)
        for s in session_summaries(store, Filters(role="interviewee"), limit=2, offset=offset)
    ]
    assert filtered == expected


# -- one question over time ------------------------------------------------------------------


def test_question_history_is_the_latest_submitted_oldest_first(
    store: Store, clock: FakeClock
) -> None:
    practise(store, clock, [rated("q1", 2, text="first"), rated("q2", 5, text="other")])
    clock.advance(DAY)
    practise(store, clock, [Answer("q1", status="skipped", text="skipped")])
    clock.advance(DAY)
    practise(store, clock, [rated("q1", 3, text="second"), rated("q1", 4, text="third")])
    clock.advance(DAY)
    practise(store, clock, [rated("q1", 5, text="fourth", bank=BETA)])  # same id, other bank
    clock.advance(DAY)
    practise(store, clock, [Answer("q1", text="fifth"), Answer("q1", status="draft")], False)

    history = question_history(store, "alpha", "q1")
    assert [a.answer for a in history] == ["first", "second", "third", "fifth"]
    assert [a.overall for a in history] == [2.0, 3.0, 4.0, None]
    assert history[0].ratings == {"structure": 2, "clarity": 2}
    assert history[-1].ratings == {}
    assert {a.status for a in history} == {"submitted"}
    latest_two = question_history(store, "alpha", "q1", limit=2)
    assert [a.answer for a in latest_two] == ["third", "fifth"]
    assert [a.answer for a in question_history(store, "beta", "q1")] == ["fourth"]
    assert question_history(store, "alpha", "q6") == []


# -- trends and statistics -------------------------------------------------------------------


def test_rating_trend_per_week_overall_and_per_criterion(store: Store, clock: FakeClock) -> None:
    # The week of Monday 1 January: overall 3.0 and 5.0 -> 4.0; structure 2 and 5.
    practise(
        store,
        clock,
        [Answer("q1", {"structure": 2, "clarity": 4}), rated("q2", 5), Answer("q3")],
    )
    # The next week: overall 2.0 once.
    clock.advance(7 * DAY)
    practise(store, clock, [rated("q1", 2)])
    # Monday 15 January, 00:30 local time (still Sunday in UTC): its own week.
    clock.advance(datetime(2024, 1, 15, 0, 29, tzinfo=TZ).timestamp() - clock.now().timestamp())
    practise(store, clock, [Answer("q1", {"structure": 1, "clarity": 2})])
    # An interviewer session that week counts overall, but not under an interviewee filter.
    practise(store, clock, [Answer("q1", {"clarity": 5}, bank=GAMMA)])

    assert rating_trend(store, Filters(role="interviewee")) == [
        TrendPoint("2024-01-01", 4.0, 2),
        TrendPoint("2024-01-08", 2.0, 1),
        TrendPoint("2024-01-15", 1.5, 1),
    ]
    overall = rating_trend(store)
    assert overall[-1] == TrendPoint("2024-01-15", 3.25, 2)  # (1.5 + 5.0) / 2
    assert rating_trend(store, criterion="structure") == [
        TrendPoint("2024-01-01", 3.5, 2),
        TrendPoint("2024-01-08", 2.0, 1),
        TrendPoint("2024-01-15", 1.0, 1),
    ]
    assert rating_trend(store, criterion="clarity")[-1] == TrendPoint("2024-01-15", 3.5, 2)
    assert rating_trend(store, Filters(bank_id="gamma"), criterion="structure") == []
    month = rating_trend(store, period="month")
    assert month == [TrendPoint("2024-01", pytest.approx(3.3), 5)]  # type: ignore[arg-type]


def test_the_week_of_new_year_is_one_week(store: Store, clock: FakeClock) -> None:
    def answer_at(moment: datetime, score: int) -> None:
        clock.advance(moment.timestamp() - 60 - clock.now().timestamp())
        practise(store, clock, [rated("q1", score)])  # submitted a minute later: at ``moment``

    answer_at(datetime(2024, 12, 30, 10, 0, tzinfo=TZ), 2)  # Monday
    answer_at(datetime(2025, 1, 2, 10, 0, tzinfo=TZ), 4)  # Thursday, the new year
    answer_at(datetime(2025, 1, 5, 23, 30, tzinfo=TZ), 3)  # Sunday night
    answer_at(datetime(2025, 1, 6, 0, 30, tzinfo=TZ), 5)  # Monday: the next week
    assert rating_trend(store) == [
        TrendPoint("2024-12-30", 3.0, 3),
        TrendPoint("2025-01-06", 5.0, 1),
    ]
    assert rating_trend(store, period="month") == [
        TrendPoint("2024-12", 2.0, 1),
        TrendPoint("2025-01", 4.0, 3),
    ]


def test_rating_trend_per_month_uses_local_time(store: Store, clock: FakeClock) -> None:
    # 1 February, 00:30 at +02:00 is 31 January in UTC; the user practised in February.
    clock.advance(datetime(2024, 2, 1, 0, 29, tzinfo=TZ).timestamp() - clock.now().timestamp())
    practise(store, clock, [rated("q1", 4)])
    assert rating_trend(store, period="month") == [TrendPoint("2024-02", 4.0, 1)]


def test_stats_by_bank_category_and_criterion(store: Store, clock: FakeClock) -> None:
    practise(
        store,
        clock,
        [
            Answer("q1", {"structure": 1, "clarity": 3}, stumped=True),  # Cat 1, overall 2
            rated("q2", 4),  # Cat 0
            rated("q3", 5),  # Cat 1
            Answer("q5"),  # no category, not rated
            Answer("q4", status="skipped"),  # not counted at all
        ],
    )
    practise(store, clock, [rated("q1", 3, bank=BETA, stumped=True)])

    assert stats_by(store, "bank_id") == [
        GroupStat("beta", 3.0, 1, 1),
        GroupStat("alpha", pytest.approx(11 / 3), 4, 1),  # type: ignore[arg-type]
    ]
    by_category = {stat.name: stat for stat in stats_by(store, "category")}
    assert by_category == {
        "Cat 1": GroupStat("Cat 1", pytest.approx(10 / 3), 3, 2),  # type: ignore[arg-type]
        "Cat 0": GroupStat("Cat 0", 4.0, 1, 0),
        "(none)": GroupStat("(none)", None, 1, 0),
    }
    assert stats_by(store, "criterion") == [
        GroupStat("structure", 3.25, 4, 2),  # 1, 4, 5, 3
        GroupStat("clarity", 3.75, 4, 2),  # 3, 4, 5, 3
    ]
    assert stats_by(store, "bank_id", Filters(role="interviewer")) == []


def test_practice_days_cover_the_last_twelve_weeks(store: Store, clock: FakeClock) -> None:
    today = date(2024, 4, 1)
    assert (today - clock.now().date()).days == 91  # the clock starts 13 weeks before today

    def on(day: date, answers: Sequence[Answer]) -> None:
        moment = datetime(day.year, day.month, day.day, 10, 0, tzinfo=TZ)
        clock.advance(moment.timestamp() - clock.now().timestamp())
        practise(store, clock, answers)

    on(clock.now().date(), [Answer("q1")])  # 13 weeks ago: outside the window
    on(today - timedelta(days=84), [Answer("q1")])  # one day before the window
    on(today - timedelta(days=83), [Answer("q1"), Answer("q2")])  # the window's first day
    on(today, [Answer("q1"), Answer("q2", status="skipped"), Answer("q3")])
    late = datetime(2024, 4, 1, 23, 30, tzinfo=TZ)  # 21:30 UTC, same local day
    clock.advance(late.timestamp() - clock.now().timestamp())
    practise(store, clock, [Answer("q4")])

    assert practice_days(store, today) == {
        today - timedelta(days=83): 2,
        today: 3,
    }
    # One more week reaches the day before; the day 13 weeks ago needs a 14th week.
    assert practice_days(store, today, weeks=13) == {
        today - timedelta(days=84): 1,
        today - timedelta(days=83): 2,
        today: 3,
    }
    assert practice_days(store, today, weeks=14)[today - timedelta(days=91)] == 1


# -- weakest questions -----------------------------------------------------------------------


def test_weakest_questions_ordering(store: Store, clock: FakeClock) -> None:
    # Long ago: q6 stumped the user and q5 went badly.
    practise(store, clock, [rated("q6", 2, stumped=True), rated("q5", 1)])
    for _ in range(3):  # since then q5 and q6 went well three times each
        clock.advance(DAY)
        practise(store, clock, [rated("q5", 4), rated("q6", 5)])
    clock.advance(DAY)
    practise(
        store,
        clock,
        [
            rated("q1", 5, stumped=True),  # stumped lately: first, whatever its rating
            rated("q2", 1),
            rated("q3", 3),
            Answer("q4"),  # never rated: last
        ],
    )
    clock.advance(DAY)
    practise(store, clock, [rated("q2", 3, question_text="Question two, reworded?")])

    weakest = weakest_questions(store)
    assert [stat.question_id for stat in weakest] == ["q1", "q2", "q3", "q5", "q6", "q4"]
    by_id = {stat.question_id: stat for stat in weakest}
    assert by_id["q1"].recent_stumped == 1 and by_id["q1"].recent_mean == 5.0
    assert by_id["q2"].recent_mean == 2.0 and by_id["q2"].attempts == 2
    assert by_id["q2"].question_text == "Question two, reworded?"  # the latest snapshot
    # The bad first attempt at q5 is older than its last three: it no longer counts.
    assert by_id["q5"].recent_mean == 4.0 and by_id["q5"].attempts == 4
    # The same holds for being stumped: q6 was, but not in its last three attempts.
    assert (by_id["q6"].recent_stumped, by_id["q6"].stumped) == (0, 1)
    assert by_id["q6"].recent_mean == 5.0
    assert by_id["q4"].recent_mean is None
    assert [stat.question_id for stat in weakest_questions(store, limit=2)] == ["q1", "q2"]
    assert weakest_questions(store, Filters(role="interviewer")) == []


def test_weakest_questions_old_bad_attempt_counts_until_three_newer(
    store: Store, clock: FakeClock
) -> None:
    practise(store, clock, [rated("q1", 1), Answer("q2", {"structure": 3, "clarity": 4})])
    means = []
    for _ in range(3):
        clock.advance(DAY)
        practise(store, clock, [rated("q1", 4)])
        means.append({s.question_id: s.recent_mean for s in weakest_questions(store)})
    assert [m["q1"] for m in means] == [2.5, 3.0, 4.0]
    # While the bad attempt is among the last three, q1 is the weaker; after, q2 is.
    assert [next(iter(m)) for m in means] == ["q1", "q1", "q2"]  # q2 stays at 3.5


# -- deleting --------------------------------------------------------------------------------


def test_delete_session_removes_its_attempts_and_ratings(store: Store, clock: FakeClock) -> None:
    gone = practise(store, clock, [rated("q1", 2), rated("q2", 3)], reflection=Reflection("a"))
    kept = practise(store, clock, [rated("q1", 5)])
    assert raw(store, "SELECT count(*) FROM ratings") == [(6,)]
    store.delete_session(gone)
    assert store.session(gone) is None and store.attempts(gone) == []
    assert raw(store, "SELECT count(*) FROM attempts WHERE session_id = ?", (gone,)) == [(0,)]
    assert raw(store, "SELECT DISTINCT session_id FROM attempts") == [(kept,)]
    assert raw(store, "SELECT count(*) FROM ratings") == [(2,)]
    assert [s.id for s in session_summaries(store)] == [kept]
    assert [a.overall for a in question_history(store, "alpha", "q1")] == [5.0]
    assert raw(store, "PRAGMA foreign_key_check") == []


def test_delete_attempt_removes_it_and_its_ratings(store: Store, clock: FakeClock) -> None:
    session = practise(store, clock, [rated("q1", 2), rated("q2", 4)])
    first, second = store.attempts(session)
    store.delete_attempt(first.id)
    assert store.attempt(first.id) is None
    assert [a.id for a in store.attempts(session)] == [second.id]
    assert raw(store, "SELECT attempt_id, count(*) FROM ratings GROUP BY 1") == [(second.id, 2)]
    summary = session_summaries(store)[0]
    assert (summary.answered, summary.mean_overall) == (1, 4.0)
    assert question_history(store, "alpha", "q1") == []


# -- migration and indexes -------------------------------------------------------------------


def test_a_schema_1_database_is_migrated_with_its_data(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "v1.sqlite3"
    connection = sqlite3.connect(path)
    for statement in MIGRATIONS[0]:
        connection.execute(statement)
    connection.execute(
        "INSERT INTO sessions (id, started_at, ended_at, role, banks, plan) VALUES "
        "(7, '2023-05-01T09:00:00+02:00', '2023-05-01T09:10:00+02:00', 'interviewee', "
        '\'["alpha"]\', \'[{"bank_id": "alpha", "question_id": "q1", '
        '"text": "alpha question 1?", "category": "", "time_limit": 60}]\')'
    )
    connection.execute(
        "INSERT INTO attempts (id, session_id, position, bank_id, question_id, question_text, "
        "answer, status, started_at, submitted_at, seconds_spent, time_limit, overall) VALUES "
        "(3, 7, 0, 'alpha', 'q1', 'alpha question 1?', 'kept', 'submitted', "
        "'2023-05-01T09:01:00+02:00', '2023-05-01T09:02:00+02:00', 61.5, 60, 4.5)"
    )
    connection.execute("INSERT INTO ratings VALUES (3, 'structure', 4), (3, 'clarity', 5)")
    connection.execute("PRAGMA user_version = 1")
    connection.commit()
    connection.close()

    store = Store.open(path, clock)
    try:
        assert store.schema_version == SCHEMA_VERSION >= 2
        indexes = {row[0] for row in store.query("SELECT name FROM sqlite_master")}
        assert {"attempts_submitted_cover", "sessions_role_started"} <= indexes
        assert "attempts_submitted" not in indexes  # superseded by its covering successor
        (attempt,) = store.attempts(7)
        assert (attempt.answer, attempt.overall, attempt.seconds_spent) == ("kept", 4.5, 61.5)
        assert attempt.ratings == {"structure": 4, "clarity": 5}
        (summary,) = session_summaries(store)
        assert (summary.id, summary.answered, summary.mean_overall) == (7, 1, 4.5)
        assert [a.id for a in question_history(store, "alpha", "q1")] == [3]
    finally:
        store.close()
    reopened = Store.open(path, clock)  # a second open has nothing left to do
    try:
        assert reopened.schema_version == SCHEMA_VERSION
        assert len(reopened.attempts(7)) == 1
    finally:
        reopened.close()


class Recorder:
    """Wraps a store to remember the SQL that the review queries send it."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.calls: list[tuple[str, Sequence[Any]]] = []

    def query(self, sql: str, parameters: Sequence[Any] = ()) -> list[Any]:
        self.calls.append((sql, parameters))
        return self.store.query(sql, parameters)

    def attempts_with_ratings(self, rows: list[Any]) -> Any:
        return self.store.attempts_with_ratings(rows)

    def plan(self, index: int = 0) -> str:
        sql, parameters = self.calls[index]
        return "\n".join(
            row[3] for row in self.store.query(f"EXPLAIN QUERY PLAN {sql}", parameters)
        )


@pytest.mark.parametrize(
    ("filters", "outer"),
    [
        (Filters(), "SCAN s USING INDEX sessions_started"),
        (Filters(role="interviewer"), "SEARCH s USING INDEX sessions_role_started (role=?)"),
        (Filters(bank_id="alpha"), "SCAN s USING INDEX sessions_started"),
    ],
)
def test_the_summaries_page_query_uses_indexes(
    store: Store, clock: FakeClock, filters: Filters, outer: str
) -> None:
    practise(store, clock, [rated("q1", 3)])
    recorder = Recorder(store)
    session_summaries(recorder, filters, limit=100, offset=200)  # type: ignore[arg-type]
    plan = recorder.plan()
    assert outer in plan
    # Newest first comes straight from the index: no sort of the whole table.
    assert "TEMP B-TREE" not in plan
    # Each count reads one session's attempts through the (session_id, position) index.
    assert plan.count("SEARCH a USING INDEX sqlite_autoindex_attempts_1 (session_id=?)") == 4
    assert "SCAN a" not in plan


def test_question_history_uses_the_question_index(store: Store, clock: FakeClock) -> None:
    practise(store, clock, [rated("q1", 3)])
    recorder = Recorder(store)
    question_history(recorder, "alpha", "q1")  # type: ignore[arg-type]
    plan = recorder.plan()
    assert "SEARCH attempts USING INDEX attempts_question (bank_id=? AND question_id=?)" in plan
    assert "SCAN attempts" not in plan
    assert "TEMP B-TREE" not in plan  # the index gives submitted_at order already


def test_practice_days_reads_the_submitted_index(store: Store) -> None:
    recorder = Recorder(store)
    practice_days(recorder, date(2024, 6, 3))  # type: ignore[arg-type]
    assert "USING COVERING INDEX attempts_submitted_cover (submitted_at>?)" in recorder.plan()
