"""Export sessions as JSON (format ``interview-tui/1``), Markdown or CSV.

Sessions are streamed one at a time, so an export of years of practice needs little memory;
a file is written beside its target and moved into place only when complete.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, Literal, TextIO, get_args

from interview_tui.paths import atomic_writer
from interview_tui.review.ratings import RubricLabels
from interview_tui.store.database import Store
from interview_tui.store.records import AttemptRecord, SessionRecord

FORMAT = "interview-tui/1"
ExportFormat = Literal["json", "md", "csv"]
FORMATS: tuple[ExportFormat, ...] = get_args(ExportFormat)


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
        "insights": attempt.insights,
        "audio": attempt.audio_path,
        "delivery": attempt.delivery,
        "key_point_ticks": attempt.key_point_ticks,
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
        "checklist": dict(session.checklist),
        "thank_you": session.thank_you,
        "attempts": [attempt_dict(attempt) for attempt in attempts],
    }


def iter_sessions(
    store: Store, session_ids: Iterable[int]
) -> Iterator[tuple[SessionRecord, list[AttemptRecord]]]:
    """Each session with its attempts, read one at a time."""
    for session_id in session_ids:
        session = store.session(session_id)
        if session is not None:
            yield session, with_recordings(store, session_id, store.attempts(session_id))


def with_recordings(
    store: Store, session_id: int, attempts: list[AttemptRecord]
) -> list[AttemptRecord]:
    """The attempts, each with its recording's path and delivery measures when it has one."""
    recordings = store.recordings(session_id)
    return [
        replace(a, audio_path=r.audio_path, delivery=r.delivery)
        if (r := recordings.get(a.position))
        else a
        for a in attempts
    ]


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


def write_sessions(
    sessions: Iterable[tuple[SessionRecord, list[AttemptRecord]]],
    fmt: ExportFormat,
    out: TextIO,
    exported_at: str,
    labels: RubricLabels | None = None,
) -> int:
    """Write ``sessions`` to ``out`` in ``fmt``; returns how many were written.

    ``labels`` (each bank's rubric labels, in order) names the ratings in Markdown.
    """
    from interview_tui.review.export_text import write_csv, write_markdown

    if fmt == "md":
        return write_markdown(sessions, out, exported_at, labels)
    if fmt == "csv":
        return write_csv(sessions, out)
    return write_json(sessions, out, exported_at)


def export_to_file(
    store: Store,
    session_ids: list[int] | None,
    fmt: ExportFormat,
    path: Path,
    exported_at: str,
    labels: RubricLabels | None = None,
) -> int:
    """Export the given sessions (all when None) to ``path``, atomically."""
    ids = store.session_ids() if session_ids is None else session_ids
    with atomic_writer(path) as out:
        return write_sessions(iter_sessions(store, ids), fmt, out, exported_at, labels)
