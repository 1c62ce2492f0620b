"""Export sessions as JSON (format ``interview-tui/1``), streamed one session at a time."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from interview_tui.records import AttemptRecord, SessionRecord
from interview_tui.store import Store

FORMAT = "interview-tui/1"


def attempt_dict(attempt: AttemptRecord) -> dict[str, Any]:
    return {
        "bank_id": attempt.bank_id,
        "question_id": attempt.question_id,
        "question_text": attempt.question_text,
        "answer": attempt.answer,
        "started_at": attempt.started_at,
        "submitted_at": attempt.submitted_at,
        "seconds_spent": attempt.seconds_spent,
        "time_limit": attempt.time_limit,
        "overtime": round(attempt.overtime, 1),
        "status": attempt.status,
        "ratings": dict(attempt.ratings),
        "overall": attempt.overall,
        "stumped": attempt.stumped,
        "note": attempt.note,
    }


def session_dict(session: SessionRecord, attempts: Iterable[AttemptRecord]) -> dict[str, Any]:
    return {
        "id": session.id,
        "started_at": session.started_at,
        "ended_at": session.ended_at,
        "role": session.role,
        "banks": list(session.banks),
        "goal": session.goal,
        "reflection": {
            "went_well": session.reflection.went_well,
            "improve": session.reflection.improve,
            "next_goals": session.reflection.next_goals,
        },
        "attempts": [attempt_dict(attempt) for attempt in attempts],
    }


def iter_sessions(
    store: Store, session_ids: Iterable[int]
) -> Iterator[tuple[SessionRecord, list[AttemptRecord]]]:
    """Each session with its attempts, read one at a time."""
    for session_id in session_ids:
        session = store.session(session_id)
        if session is not None:
            yield session, store.attempts(session_id)


def write_json(
    sessions: Iterable[tuple[SessionRecord, list[AttemptRecord]]],
    out: TextIO,
    exported_at: str,
) -> int:
    """Write the JSON export to ``out``; only one session is in memory at a time."""
    count = 0
    out.write("{\n")
    out.write(f'  "format": {json.dumps(FORMAT)},\n  "exported_at": {json.dumps(exported_at)},\n')
    out.write('  "sessions": [')
    for session, attempts in sessions:
        body = json.dumps(session_dict(session, attempts), ensure_ascii=False)
        out.write(("\n    " if count == 0 else ",\n    ") + body)
        count += 1
    out.write("\n  ]\n}\n" if count else "]\n}\n")
    return count


@contextmanager
def atomic_writer(path: Path) -> Iterator[TextIO]:
    """Write to a temporary file beside ``path`` and move it into place only on success."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
