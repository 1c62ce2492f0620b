"""Sessions: starting, owning, finishing and reading them back."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from interview_tui.store.connection import StoreBase, StoreError

if TYPE_CHECKING:
    from interview_tui.practice.plan import SessionPlan
    from interview_tui.store.records import Reflection, SessionRecord

# A session whose owner has not saved for this long is taken to be abandoned, even if a
# process with the same pid happens to be alive.
STALE_AFTER = timedelta(minutes=2)

NOT_OWNER = (
    "this session is open in another window; carry on there, or close that window and "
    "resume it here"
)


class NotOwnerError(StoreError):
    """Another instance owns the session: this one must not write to it."""

    def __init__(self) -> None:
        super().__init__(NOT_OWNER)


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


class SessionStore(StoreBase):
    """What the database keeps of a session as a whole."""

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

    def claim_session(self, seen: SessionRecord) -> None:
        """Take over an unfinished session as it was ``seen`` (when resuming it).

        Compare-and-set: the claim holds only if nobody has claimed or written the session
        since it was read (same owner, same heartbeat), so of two instances offered one
        orphan only one gets it; the other gets :class:`NotOwnerError`.
        """
        with self._write() as db:
            cursor = db.execute(
                "UPDATE sessions SET owner_pid = ?, heartbeat_at = ? WHERE id = ? "
                "AND ended_at IS NULL AND owner_pid IS ? AND heartbeat_at IS ?",
                (self._pid, self._now(), seen.id, seen.owner_pid, seen.heartbeat_at),
            )
            if cursor.rowcount != 1:
                raise NotOwnerError()

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
                "UPDATE sessions SET heartbeat_at = ? WHERE id = ? AND ended_at IS NULL "
                "AND owner_pid = ?",  # never takes a session over from another instance
                (self._now(), session_id, self._pid),
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

    def save_reflection(self, session_id: int, reflection: Reflection) -> None:
        """Keep a reflection still being written, without ending the session (quitting)."""
        with self._write() as db:
            db.execute(
                "UPDATE sessions SET went_well = ?, improve = ?, next_goals = ? WHERE id = ?",
                (reflection.went_well, reflection.improve, reflection.next_goals, session_id),
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

    def delete_session(self, session_id: int) -> None:
        """Delete a session with all its attempts and ratings (the user confirmed it)."""
        with self._write() as db:
            db.execute("DELETE FROM sessions WHERE id = ?", (session_id,))


_SESSION_COLUMNS = (
    "id, started_at, ended_at, role, banks, goal, plan, position, went_well, improve, "
    "next_goals, owner_pid, heartbeat_at, checklist, thank_you"
)

# The records are built only when read back, not at start-up: their module loads then.


def _session(row: Sequence[Any]) -> SessionRecord:
    from interview_tui.store.records import PlanEntry, Reflection, SessionRecord

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
