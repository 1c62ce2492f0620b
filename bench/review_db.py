"""The databases the review-screen benchmark opens: 100,000 answers, and almost empty ones.

The big database is built FAST: the Store creates the schema (all migrations), then one
transaction of ``executemany`` on a plain sqlite3 connection writes sessions, attempts and
ratings. Seeding 100,000 answers through the Store API would take minutes (each answer is its
own durable commit, which bench/save_answer.py measures). The bulk path writes the same
columns as the Store (``start_session``, ``_upsert_attempt``, ``rate_attempt``,
``finish_session``), plus explicit ids, with values shaped the same way: ISO 8601 times with
offset, banks and plan as JSON, seconds rounded to 0.1, overall the mean of the scores
rounded to 2 places, a skipped answer with its submitted_at and no ratings.
"""

from __future__ import annotations

import json
import random
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from interview_tui.banks.model import Bank, BankSource, LoadResult, Question
from interview_tui.banks.sources import load_banks
from interview_tui.clock import FakeClock, iso
from interview_tui.paths import bundled_banks_dir
from interview_tui.practice.plan import plan_questions
from interview_tui.store.database import Store

ATTEMPTS = 100_000
SESSIONS = 5_000
PER_SESSION = ATTEMPTS // SESSIONS  # 20
QUESTIONS_PER_BANK = 22  # 9 bundled banks x 22 = 198 questions, ~505 attempts each
TZ = timezone(timedelta(hours=1))
FIRST_DAY = datetime(2024, 1, 8, 8, 0, tzinfo=TZ)
SPAN = timedelta(days=730)
SPOKEN = 0.25  # share of answers given aloud: each has a recordings row with its delivery

GOALS = ("", "answer in under two minutes", "say the result first", "ask only open questions")
FILLERS = (
    "I think", "to be honest", "in that situation", "what I did first was", "looking back",
    "the result was that", "we agreed that", "the hard part was",
)  # fmt: skip
NOTES = ("", "", "", "tighten the opening", "too long", "lead with the outcome")


def bundled() -> LoadResult:
    return load_banks([BankSource(bundled_banks_dir(), "bundled")])


def _sentences(question: Question) -> list[str]:
    """Sentences an answer to ``question`` is made of: its talking points, said a few ways."""
    points = [p.rstrip(".") for p in question.key_points or question.listen_for or (question.text,)]
    return [f"{filler.capitalize()}, {point[0].lower()}{point[1:]}." for point in points
            for filler in FILLERS]  # fmt: skip


def _answer(sentences: list[str], progress: float, rng: random.Random) -> str:
    """About 40 to 150 words; answers get longer (and cover more) as practice goes on."""
    count = rng.randint(4, 8) + round(6 * progress)
    return " ".join(rng.choices(sentences, k=count))


def build_big(path: Path, banks: list[Bank], rng: random.Random) -> int:
    """SESSIONS finished sessions of PER_SESSION answers over two years, in one transaction.
    Returns how many of the answers were spoken."""
    Store.open(path, FakeClock(FIRST_DAY)).close()  # the schema, by the Store's migrations
    sessions: list[tuple[Any, ...]] = []
    attempts: list[tuple[Any, ...]] = []
    ratings: list[tuple[int, str, int]] = []
    recordings: list[tuple[int, int, str, str]] = []
    gap = SPAN / SESSIONS
    sentences = {(b.id, q.id): _sentences(q) for b in banks for q in b.questions}
    attempt_id = 0
    for number in range(1, SESSIONS + 1):
        progress = number / SESSIONS
        bank = rng.choice(banks)
        pool = list(bank.questions[:QUESTIONS_PER_BANK])
        chosen = rng.sample(pool, PER_SESSION)
        started = FIRST_DAY + gap * (number - 1) + timedelta(minutes=rng.randint(0, 90))
        plan = [
            {"bank_id": bank.id, "question_id": q.id, "text": q.text, "category": q.category,
             "time_limit": bank.time_limit_for(q)}
            for q in chosen
        ]  # fmt: skip
        moment = started
        for position, question in enumerate(chosen):
            attempt_id += 1
            limit = bank.time_limit_for(question)
            seconds = round(limit * rng.uniform(1.4 - 0.6 * progress, 1.6 - 0.7 * progress), 1)
            begun = moment
            moment += timedelta(seconds=seconds)
            if rng.random() < 0.03:
                attempts.append(
                    (attempt_id, number, position, bank.id, question.id, question.text,
                     question.category, "", "skipped", iso(begun), iso(moment), seconds, limit,
                     None, 0, "")
                )  # fmt: skip
            else:
                base = 1.8 + 2.6 * progress
                scores = {c.id: max(1, min(5, round(base + rng.uniform(-1.2, 1.2))))
                          for c in bank.criteria}  # fmt: skip
                overall = round(sum(scores.values()) / len(scores), 2)
                stumped = int(rng.random() < 0.3 * (1 - progress) + 0.03)
                answer = _answer(sentences[bank.id, question.id], progress, rng)
                attempts.append(
                    (attempt_id, number, position, bank.id, question.id, question.text,
                     question.category, answer, "submitted", iso(begun), iso(moment), seconds,
                     limit, overall, stumped, rng.choice(NOTES))
                )  # fmt: skip
                ratings.extend((attempt_id, name, score) for name, score in scores.items())
                if rng.random() < SPOKEN:
                    recordings.append(_recording(number, position, seconds, progress, rng))
            moment += timedelta(seconds=rng.randint(5, 40))  # reading the rubric, rating
        ended = iso(moment + timedelta(minutes=2))
        sessions.append(
            (number, iso(started), ended, bank.role, json.dumps([bank.id]), rng.choice(GOALS),
             json.dumps(plan), PER_SESSION, "kept calm", "open with the result",
             "time every answer", None, iso(moment))
        )  # fmt: skip
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("BEGIN")
        connection.executemany(
            "INSERT INTO sessions (id, started_at, ended_at, role, banks, goal, plan, position, "
            "went_well, improve, next_goals, owner_pid, heartbeat_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            sessions,
        )
        connection.executemany(
            "INSERT INTO attempts (id, session_id, position, bank_id, question_id, "
            "question_text, category, answer, status, started_at, submitted_at, seconds_spent, "
            "time_limit, overall, stumped, note) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            attempts,
        )
        connection.executemany(
            "INSERT INTO ratings (attempt_id, criterion, score) VALUES (?, ?, ?)", ratings
        )
        connection.executemany(
            "INSERT INTO recordings (session_id, position, audio_path, delivery) "
            "VALUES (?, ?, ?, ?)",
            recordings,
        )
        connection.execute("COMMIT")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    return len(recordings)


def _recording(
    session: int, position: int, seconds: float, progress: float, rng: random.Random
) -> tuple[int, int, str, str]:
    """A spoken answer's row: the measures shaped as ``Delivery.as_dict()`` writes them."""
    pauses = [{"start": 10.0 * i, "end": 10.0 * i + 2.4, "seconds": 2.4}
              for i in range(rng.randint(0, round(4 * (1 - progress))))]  # fmt: skip
    delivery = {
        "duration_seconds": seconds,
        "speaking_seconds": round(seconds * 0.8, 2),
        "first_word_seconds": round(rng.uniform(0.3, 3.0), 2),
        "pauses": pauses,
        "transcript": None,
        "words_per_minute": round(rng.uniform(110, 170), 1),
        "hesitations": {"um": rng.randint(0, 4)},
    }
    name = f"recordings/session-{session}/question-{position + 1}.flac"
    return (session, position, name, json.dumps(delivery))


def most_attempted(path: Path) -> tuple[str, str, int]:
    connection = sqlite3.connect(path)
    try:
        row = connection.execute(
            "SELECT bank_id, question_id, count(*) FROM attempts WHERE status = 'submitted' "
            "GROUP BY bank_id, question_id ORDER BY 3 DESC, 1, 2 LIMIT 1"
        ).fetchone()
    finally:
        connection.close()
    return str(row[0]), str(row[1]), int(row[2])


def build_one_attempt(path: Path, bank: Bank, question_id: str) -> None:
    """One finished session with one rated answer to the question, through the Store."""
    clock = FakeClock(FIRST_DAY)
    store = Store.open(path, clock)
    try:
        question = bank.question(question_id)
        assert question is not None
        plan = plan_questions([(bank, question)])
        session = store.start_session(plan)
        clock.advance(95)
        attempt = store.submit_answer(session, 0, plan.items[0], "A short answer.", 95.0)
        store.rate_attempt(attempt, {c.id: 3 for c in bank.criteria})
        store.finish_session(session)
    finally:
        store.close()
