"""Answers: drafts as they are typed, submissions, skips, ratings, and reading attempts back."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from interview_tui.clock import iso
from interview_tui.store.connection import StoreBase
from interview_tui.store.sessions import NotOwnerError

if TYPE_CHECKING:
    from interview_tui.practice.plan import PlannedQuestion
    from interview_tui.store.records import AttemptRecord, AttemptStatus, SessionRecord


class AnswerStore(StoreBase):
    """What the database keeps of each attempt at a question."""

    def _upsert_attempt(
        self,
        db: sqlite3.Connection,
        session_id: int,
        position: int,
        item: PlannedQuestion,
        answer: str,
        seconds: float,
        status: AttemptStatus,
    ) -> int:
        _check_owner(db, session_id, self._pid)
        moment = self._clock.now()
        now = iso(moment)
        submitted = None if status == "draft" else now
        # Kept from the first write: an answer submitted before any draft was saved still
        # starts when its clock did (``seconds`` of clock time before now).
        started = iso(moment - timedelta(seconds=seconds))
        # A draft never overwrites what was already submitted or skipped.
        guard = "WHERE attempts.status = 'draft'" if status == "draft" else ""
        db.execute(
            "INSERT INTO attempts (session_id, position, bank_id, question_id, question_text, "
            "category, answer, status, started_at, submitted_at, seconds_spent, time_limit) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (session_id, position) DO UPDATE SET answer = excluded.answer, "
            "status = excluded.status, submitted_at = excluded.submitted_at, "
            f"seconds_spent = excluded.seconds_spent {guard}",
            (session_id, position, item.bank_id, item.question_id, item.question.text,
             item.question.category, answer, status, started, submitted, round(seconds, 1),
             item.time_limit),
        )  # fmt: skip
        db.execute(
            "UPDATE sessions SET heartbeat_at = ?, owner_pid = ? WHERE id = ?",
            (now, self._pid, session_id),
        )
        row = db.execute(
            "SELECT id FROM attempts WHERE session_id = ? AND position = ?", (session_id, position)
        ).fetchone()
        return int(row[0])

    def save_draft(
        self, session_id: int, position: int, item: PlannedQuestion, answer: str, seconds: float
    ) -> None:
        """Keep the answer being typed, so a crash loses at most a few seconds of it."""
        with self._write() as db:
            self._upsert_attempt(db, session_id, position, item, answer, seconds, "draft")

    def submit_answer(
        self,
        session_id: int,
        position: int,
        item: PlannedQuestion,
        answer: str,
        seconds: float,
        insights: Mapping[str, Any] | None = None,
    ) -> int:
        """Commit a submitted answer (and its insights) durably; returns the attempt id.

        Re-submitting updates the same attempt.
        """
        with self._write() as db:
            attempt = self._upsert_attempt(
                db, session_id, position, item, answer, seconds, "submitted"
            )
            db.execute(
                "UPDATE attempts SET insights = ? WHERE id = ?", (_capped(insights), attempt)
            )
            return attempt

    def skip_question(
        self, session_id: int, position: int, item: PlannedQuestion, answer: str, seconds: float
    ) -> int:
        """Record a skipped question (with whatever was typed) and move the session on."""
        with self._write() as db:
            attempt = self._upsert_attempt(
                db, session_id, position, item, answer, seconds, "skipped"
            )
            db.execute("UPDATE sessions SET position = ? WHERE id = ?", (position + 1, session_id))
            return attempt

    def rate_attempt(
        self,
        attempt_id: int,
        scores: Mapping[str, int],
        stumped: bool = False,
        note: str = "",
        key_points: Mapping[str, bool] | None = None,
    ) -> None:
        """Save the self-ratings of a submitted answer and move its session on.

        ``key_points`` are the key points the user ticked as covered (or not), by text.
        """
        bad = {name: score for name, score in scores.items() if not 1 <= score <= 5}
        if bad:
            raise ValueError(f"scores must be 1-5: {bad}")
        overall = round(sum(scores.values()) / len(scores), 2) if scores else None
        with self._write() as db:
            row = db.execute("SELECT session_id FROM attempts WHERE id = ?", (attempt_id,))
            for (session_id,) in row.fetchall():
                _check_owner(db, session_id, self._pid)
            db.execute("DELETE FROM ratings WHERE attempt_id = ?", (attempt_id,))
            db.executemany(
                "INSERT INTO ratings (attempt_id, criterion, score) VALUES (?, ?, ?)",
                [(attempt_id, name, score) for name, score in scores.items()],
            )
            ticks = json.dumps(dict(key_points)) if key_points else None
            db.execute(
                "UPDATE attempts SET overall = ?, stumped = ?, note = ?, key_point_ticks = ? "
                "WHERE id = ?",
                (overall, int(stumped), note.strip(), ticks, attempt_id),
            )
            db.execute(
                "UPDATE sessions SET position = max(position, "
                "(SELECT position + 1 FROM attempts WHERE id = ?)) "
                "WHERE id = (SELECT session_id FROM attempts WHERE id = ?)",
                (attempt_id, attempt_id),
            )

    def correct_answer(
        self, attempt_id: int, answer: str, insights: Mapping[str, Any] | None
    ) -> None:
        """Replace an answer's words (a transcript the speech model misheard) and the insights
        read from them; its ratings, note and ticks stay as the user gave them."""
        with self._write() as db:
            row = db.execute("SELECT session_id FROM attempts WHERE id = ?", (attempt_id,))
            for (session_id,) in row.fetchall():
                _check_owner(db, session_id, self._pid)
            db.execute(
                "UPDATE attempts SET answer = ?, insights = ? WHERE id = ?",
                (answer, _capped(insights), attempt_id),
            )

    def attempt(self, attempt_id: int) -> AttemptRecord | None:
        rows = self._read(f"SELECT {ATTEMPT_COLUMNS} FROM attempts WHERE id = ?", (attempt_id,))
        return self._with_ratings(rows)[0] if rows else None

    def attempts(self, session_id: int) -> list[AttemptRecord]:
        rows = self._read(
            f"SELECT {ATTEMPT_COLUMNS} FROM attempts WHERE session_id = ? ORDER BY position",
            (session_id,),
        )
        return self._with_ratings(rows)

    def current_attempt(self, session: SessionRecord) -> AttemptRecord | None:
        """The attempt at the question the session stopped on, if one was started."""
        rows = self._read(
            f"SELECT {ATTEMPT_COLUMNS} FROM attempts WHERE session_id = ? AND position = ?",
            (session.id, session.position),
        )
        return self._with_ratings(rows)[0] if rows else None

    def _with_ratings(self, rows: list[Any]) -> list[AttemptRecord]:
        if not rows:
            return []
        ids = [row[0] for row in rows]
        scores: dict[int, dict[str, int]] = {attempt_id: {} for attempt_id in ids}
        marks = ",".join("?" * len(ids))
        for attempt_id, criterion, score in self._read(
            f"SELECT attempt_id, criterion, score FROM ratings WHERE attempt_id IN ({marks})", ids
        ):
            scores[attempt_id][criterion] = score
        return [_attempt(row, scores[row[0]]) for row in rows]

    def attempts_with_ratings(self, rows: list[Any]) -> list[AttemptRecord]:
        """Attempt records from rows selected with :data:`ATTEMPT_COLUMNS`."""
        return self._with_ratings(rows)

    def delete_attempt(self, attempt_id: int) -> None:
        """Delete one attempt and its ratings (the user confirmed it)."""
        with self._write() as db:
            db.execute("DELETE FROM attempts WHERE id = ?", (attempt_id,))

    def count_attempts(self) -> int:
        return int(self._read("SELECT count(*) FROM attempts")[0][0])


#: Insights are a few hundred bytes; more means a pathological bank, not worth keeping.
MAX_INSIGHTS_BYTES = 64 * 1024


def _capped(insights: Mapping[str, Any] | None) -> str | None:
    """The insights as stored: dropped (they are only a record) when absurdly large."""
    if insights is None:
        return None
    text = json.dumps(insights)
    return text if len(text) <= MAX_INSIGHTS_BYTES else None


def _check_owner(db: sqlite3.Connection, session_id: int, pid: int) -> None:
    """Refuse a write to a session another instance owns (it resumed the session)."""
    row = db.execute("SELECT owner_pid FROM sessions WHERE id = ?", (session_id,)).fetchone()
    if row is not None and row[0] is not None and row[0] != pid:
        raise NotOwnerError()


ATTEMPT_COLUMNS = (
    "id, session_id, position, bank_id, question_id, question_text, category, answer, status, "
    "started_at, submitted_at, seconds_spent, time_limit, overall, stumped, note, insights, "
    "key_point_ticks"
)


def _attempt(row: Sequence[Any], ratings: dict[str, int]) -> AttemptRecord:
    from interview_tui.store.records import AttemptRecord

    return AttemptRecord(
        id=row[0],
        session_id=row[1],
        position=row[2],
        bank_id=row[3],
        question_id=row[4],
        question_text=row[5],
        category=row[6],
        answer=row[7],
        status=row[8],
        started_at=row[9],
        submitted_at=row[10],
        seconds_spent=row[11],
        time_limit=row[12],
        overall=row[13],
        stumped=bool(row[14]),
        note=row[15],
        ratings=ratings,
        insights=json.loads(row[16]) if row[16] else None,
        key_point_ticks=json.loads(row[17]) if row[17] else None,
    )
