"""The SQLite database: every session, answer, rating and reflection.

One file, WAL, ``synchronous=FULL``: each call that writes commits before it returns, so a
submitted answer survives a crash the moment :meth:`Store.submit_answer` returns. The store
is safe to share between the UI thread and a worker thread (one lock), and two processes may
use one file at the same time (SQLite's own locking, with a busy timeout).

Every SQLite failure leaves this module as a :class:`StoreError` whose message is one line
that says what happened and what to do.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from interview_tui.clock import Clock, iso
from interview_tui.errors import UserError
from interview_tui.migrations import MIGRATIONS, SCHEMA_VERSION
from interview_tui.session import PlannedQuestion, SessionPlan

if TYPE_CHECKING:
    from interview_tui.records import AttemptRecord, AttemptStatus, Reflection, SessionRecord

# A session whose owner has not saved for this long is taken to be abandoned, even if a
# process with the same pid happens to be alive.
STALE_AFTER = timedelta(minutes=2)


class StoreError(UserError):
    """The database could not be used; the message says why and what to do."""


def _translate(error: sqlite3.Error, path: Path) -> StoreError:
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return StoreError(
            f"the database {path} is locked by another program; "
            "close it or wait a moment, then try again"
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return StoreError(
            f"{path} is not an interview-tui database or is damaged; move it aside "
            "(or use --data-dir) and start again"
        )
    if "readonly" in text or "read-only" in text:
        return StoreError(f"the database {path} is read-only; check its permissions")
    if "unable to open" in text:
        return StoreError(
            f"cannot open the database {path}; check the folder exists and is writable"
        )
    return StoreError(f"database error in {path}: {error}")


def _pid_alive(pid: int) -> bool:
    if sys.platform == "win32":  # os.kill(pid, 0) would not merely probe there
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A killed process can linger as a zombie until its parent reaps it: it is gone.
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return stat.rpartition(")")[2].split()[:1] != ["Z"]


class Store:
    """The app's database. Open with :meth:`open`; close with :meth:`close`."""

    def __init__(
        self,
        connection: sqlite3.Connection,
        path: Path,
        clock: Clock,
        pid: int,
        busy_timeout: float = 5.0,
    ) -> None:
        self._db = connection
        self.path = path
        self._clock = clock
        self._pid = pid
        self._lock = threading.RLock()
        self._reader: sqlite3.Connection | None = None
        self._reader_lock = threading.Lock()
        self._busy_timeout = busy_timeout

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(
        cls, path: Path, clock: Clock, busy_timeout: float = 5.0, pid: int | None = None
    ) -> Store:
        """Open (creating if needed) and migrate the database at ``path``.

        A file that is not a database, or was written by a newer version, is left untouched.
        """
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(f"cannot create the folder {path.parent}: {error.strerror}") from None
        try:
            connection = sqlite3.connect(
                path, timeout=busy_timeout, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as error:
            raise _translate(error, path) from None
        try:
            # Read before anything writes: a foreign or future file must stay as it is.
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            if (
                version == 0
                and connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            ):
                raise StoreError(
                    f"{path} is a database of another program, not interview-tui's; "
                    "move it aside (or use --data-dir) and start again"
                )
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"{path} was written by a newer interview-tui (schema {version}, this "
                    f"version knows {SCHEMA_VERSION}); upgrade interview-tui to open it"
                )
            connection.execute("PRAGMA foreign_keys = ON")
            if connection.execute("PRAGMA journal_mode = WAL").fetchone()[0] != "wal":
                raise StoreError(
                    f"cannot switch {path} to WAL mode; is the folder on a network drive?"
                )
            connection.execute("PRAGMA synchronous = FULL")
            store = cls(connection, path, clock, os.getpid() if pid is None else pid, busy_timeout)
            store._migrate(version)
        except sqlite3.Error as error:
            connection.close()
            raise _translate(error, path) from None
        except StoreError:
            connection.close()
            raise
        return store

    def _migrate(self, version: int) -> None:
        for number, statements in enumerate(MIGRATIONS[version:], start=version + 1):
            with self._write() as db:
                # Re-read inside the write lock: another process may have migrated meanwhile.
                if db.execute("PRAGMA user_version").fetchone()[0] >= number:
                    continue
                for statement in statements:
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {number}")

    def close(self) -> None:
        with self._reader_lock:
            if self._reader is not None:
                self._reader.close()
                self._reader = None
        with self._lock:
            self._db.close()

    @property
    def schema_version(self) -> int:
        return int(self._read("PRAGMA user_version")[0][0])

    # -- plumbing ------------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, committed (durably) on leaving the block."""
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    yield self._db
                except BaseException:
                    # SQLite may have rolled back already (disk full, I/O error): a second
                    # ROLLBACK would fail and hide the real cause.
                    if self._db.in_transaction:
                        self._db.execute("ROLLBACK")
                    raise
                self._db.execute("COMMIT")
            except sqlite3.Error as error:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise _translate(error, self.path) from None

    def _read(self, sql: str, parameters: Sequence[Any] | Mapping[str, Any] = ()) -> list[Any]:
        with self._lock:
            try:
                return self._db.execute(sql, parameters).fetchall()
            except sqlite3.Error as error:
                raise _translate(error, self.path) from None

    def _now(self) -> str:
        return iso(self._clock.now())

    # -- sessions ------------------------------------------------------------------------

    def start_session(self, plan: SessionPlan) -> int:
        entries = [
            {
                "bank_id": item.bank_id,
                "question_id": item.question_id,
                "text": item.question.text,
                "category": item.question.category,
                "time_limit": item.time_limit,
            }
            for item in plan.items
        ]
        now = self._now()
        with self._write() as db:
            cursor = db.execute(
                "INSERT INTO sessions (started_at, role, banks, goal, plan, owner_pid, "
                "heartbeat_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (now, plan.role, json.dumps(plan.bank_ids), plan.goal, json.dumps(entries),
                 self._pid, now),
            )  # fmt: skip
            assert cursor.lastrowid is not None
            return cursor.lastrowid

    def claim_session(self, session_id: int) -> None:
        """Take over an unfinished session (when resuming it)."""
        with self._write() as db:
            db.execute(
                "UPDATE sessions SET owner_pid = ?, heartbeat_at = ? WHERE id = ?",
                (self._pid, self._now(), session_id),
            )

    def save_checklist(self, session_id: int, checklist: Mapping[str, bool]) -> None:
        with self._write() as db:
            db.execute(
                "UPDATE sessions SET checklist = ? WHERE id = ?",
                (json.dumps(dict(checklist)), session_id),
            )

    def save_thank_you(self, session_id: int, note: str) -> None:
        with self._write() as db:
            db.execute("UPDATE sessions SET thank_you = ? WHERE id = ?", (note, session_id))

    def heartbeat(self, session_id: int) -> None:
        """Mark a session as still in use by this process (see :meth:`orphaned_sessions`)."""
        with self._write() as db:
            db.execute(
                "UPDATE sessions SET heartbeat_at = ?, owner_pid = ? WHERE id = ? "
                "AND ended_at IS NULL",
                (self._now(), self._pid, session_id),
            )

    def finish_session(self, session_id: int, reflection: Reflection | None = None) -> None:
        """End a session, with its reflection if there is one; its attempts are kept."""
        with self._write() as db:
            if reflection is not None:
                db.execute(
                    "UPDATE sessions SET went_well = ?, improve = ?, next_goals = ? WHERE id = ?",
                    (reflection.went_well, reflection.improve, reflection.next_goals, session_id),
                )
            db.execute(
                "UPDATE sessions SET ended_at = coalesce(ended_at, ?), owner_pid = NULL "
                "WHERE id = ?",
                (self._now(), session_id),
            )

    def session(self, session_id: int) -> SessionRecord | None:
        rows = self._read(f"SELECT {_SESSION_COLUMNS} FROM sessions WHERE id = ?", (session_id,))
        return _session(rows[0]) if rows else None

    def sessions(self, limit: int | None = None, offset: int = 0) -> list[SessionRecord]:
        """Sessions, newest first, one page at a time."""
        rows = self._read(
            f"SELECT {_SESSION_COLUMNS} FROM sessions ORDER BY started_at DESC, id DESC "
            "LIMIT ? OFFSET ?",
            (-1 if limit is None else limit, offset),
        )
        return [_session(row) for row in rows]

    def session_ids(self) -> list[int]:
        return [row[0] for row in self._read("SELECT id FROM sessions ORDER BY started_at, id")]

    def orphaned_sessions(self) -> list[SessionRecord]:
        """Unfinished sessions whose app is gone (crashed, killed, closed): resumable."""
        rows = self._read(
            f"SELECT {_SESSION_COLUMNS} FROM sessions WHERE ended_at IS NULL "
            "ORDER BY started_at DESC, id DESC"
        )
        now = self._clock.now()
        orphans = []
        for session in map(_session, rows):
            if session.owner_pid is None or session.heartbeat_at is None:
                orphans.append(session)
                continue
            stale = now - datetime.fromisoformat(session.heartbeat_at) > STALE_AFTER
            if stale or (session.owner_pid != self._pid and not _pid_alive(session.owner_pid)):
                orphans.append(session)
        return orphans

    # -- answers -------------------------------------------------------------------------

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
                "UPDATE attempts SET insights = ? WHERE id = ?",
                (json.dumps(insights) if insights is not None else None, attempt),
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
        self, attempt_id: int, scores: Mapping[str, int], stumped: bool = False, note: str = ""
    ) -> None:
        """Save the self-ratings of a submitted answer and move its session on."""
        bad = {name: score for name, score in scores.items() if not 1 <= score <= 5}
        if bad:
            raise ValueError(f"scores must be 1-5: {bad}")
        overall = round(sum(scores.values()) / len(scores), 2) if scores else None
        with self._write() as db:
            db.execute("DELETE FROM ratings WHERE attempt_id = ?", (attempt_id,))
            db.executemany(
                "INSERT INTO ratings (attempt_id, criterion, score) VALUES (?, ?, ?)",
                [(attempt_id, name, score) for name, score in scores.items()],
            )
            db.execute(
                "UPDATE attempts SET overall = ?, stumped = ?, note = ? WHERE id = ?",
                (overall, int(stumped), note.strip(), attempt_id),
            )
            db.execute(
                "UPDATE sessions SET position = max(position, "
                "(SELECT position + 1 FROM attempts WHERE id = ?)) "
                "WHERE id = (SELECT session_id FROM attempts WHERE id = ?)",
                (attempt_id, attempt_id),
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

    def last_practised(self) -> dict[str, str]:
        """For each bank id, when an answer from it was last submitted."""
        rows = self._read(
            "SELECT bank_id, max(submitted_at) FROM attempts "
            "WHERE status = 'submitted' GROUP BY bank_id"
        )
        return {bank_id: when for bank_id, when in rows}

    def query(self, sql: str, parameters: Sequence[Any] | Mapping[str, Any] = ()) -> list[Any]:
        """Run a read-only query (the review, schedule and history queries).

        These run in worker threads and can be long on a big history, so they use a
        connection of their own: in WAL mode they never hold up the UI thread's reads and
        writes, which go through the main connection.
        """
        with self._reader_lock:
            try:
                if self._reader is None:
                    self._reader = sqlite3.connect(
                        self.path, timeout=self._busy_timeout, check_same_thread=False
                    )
                    self._reader.execute("PRAGMA query_only = ON")
                return self._reader.execute(sql, parameters).fetchall()
            except sqlite3.Error as error:
                raise _translate(error, self.path) from None

    def attempts_with_ratings(self, rows: list[Any]) -> list[AttemptRecord]:
        """Attempt records from rows selected with :data:`ATTEMPT_COLUMNS`."""
        return self._with_ratings(rows)

    def delete_session(self, session_id: int) -> None:
        """Delete a session with all its attempts and ratings (the user confirmed it)."""
        with self._write() as db:
            db.execute("DELETE FROM sessions WHERE id = ?", (session_id,))

    def delete_attempt(self, attempt_id: int) -> None:
        """Delete one attempt and its ratings (the user confirmed it)."""
        with self._write() as db:
            db.execute("DELETE FROM attempts WHERE id = ?", (attempt_id,))

    def count_attempts(self) -> int:
        return int(self._read("SELECT count(*) FROM attempts")[0][0])


_SESSION_COLUMNS = (
    "id, started_at, ended_at, role, banks, goal, plan, position, went_well, improve, "
    "next_goals, owner_pid, heartbeat_at, checklist, thank_you"
)
ATTEMPT_COLUMNS = (
    "id, session_id, position, bank_id, question_id, question_text, category, answer, status, "
    "started_at, submitted_at, seconds_spent, time_limit, overall, stumped, note, insights"
)


# The records are built only when read back, not at start-up: their module loads then.


def _session(row: Sequence[Any]) -> SessionRecord:
    from interview_tui.records import PlanEntry, Reflection, SessionRecord

    plan = tuple(PlanEntry(**entry) for entry in json.loads(row[6]))
    return SessionRecord(
        id=row[0],
        started_at=row[1],
        ended_at=row[2],
        role=row[3],
        banks=tuple(json.loads(row[4])),
        goal=row[5],
        plan=plan,
        position=row[7],
        reflection=Reflection(row[8], row[9], row[10]),
        owner_pid=row[11],
        heartbeat_at=row[12],
        checklist=json.loads(row[13]),
        thank_you=row[14],
    )


def _attempt(row: Sequence[Any], ratings: dict[str, int]) -> AttemptRecord:
    from interview_tui.records import AttemptRecord

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
    )
