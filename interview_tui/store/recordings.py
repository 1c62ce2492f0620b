"""Spoken answers: where each question's recording is and its delivery measures.

The audio itself is a file in the data folder (``recordings/``); the database keeps its path
relative to that folder, so the folder can move. Deleting a session or an attempt deletes
its recordings too.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from interview_tui.store.connection import StoreBase


@dataclass(frozen=True)
class RecordingRecord:
    session_id: int
    position: int
    #: Relative to the data folder (the database's folder).
    audio_path: str
    delivery: dict[str, Any] | None


class RecordingStore(StoreBase):
    """Recordings of spoken answers, keyed by session and question position."""

    def save_recording(
        self,
        session_id: int,
        position: int,
        audio_path: str,
        delivery: Mapping[str, Any] | None = None,
    ) -> None:
        """Record where the audio of this question is (and, once measured, its delivery)."""
        with self._write() as db:
            db.execute(
                "INSERT INTO recordings (session_id, position, audio_path, delivery) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (session_id, position) DO UPDATE SET "
                "audio_path = excluded.audio_path, "
                "delivery = coalesce(excluded.delivery, recordings.delivery)",
                (session_id, position, audio_path, _dump(delivery)),
            )

    def add_transcript(
        self,
        session_id: int,
        position: int,
        transcript: str,
        placeholders: Collection[str] = (),
        empty: str = "",
    ) -> str:
        """Put a spoken answer's transcript at the top of its answer; returns the new answer.

        Whatever the answer holds when the transcript arrives is read in the same transaction
        and kept below it (notes typed meanwhile are never lost); a ``placeholders`` text is
        replaced. An empty transcript leaves typed notes alone and turns a placeholder into
        ``empty``.
        """
        with self._write() as db:
            row = db.execute(
                "SELECT answer FROM attempts WHERE session_id = ? AND position = ?",
                (session_id, position),
            ).fetchone()
            if row is None:
                return ""
            notes = "" if row[0] in placeholders else str(row[0]).strip()
            if transcript and transcript in notes:
                return str(row[0])  # already there: a second landing adds nothing
            answer = "\n\n".join(part for part in (transcript, notes) if part) or empty
            db.execute(
                "UPDATE attempts SET answer = ? WHERE session_id = ? AND position = ?",
                (answer, session_id, position),
            )
        return answer

    def recordings(self, session_id: int) -> dict[int, RecordingRecord]:
        """The session's recordings by question position."""
        rows = self._read(
            "SELECT session_id, position, audio_path, delivery FROM recordings "
            "WHERE session_id = ?",
            (session_id,),
        )
        return {row[1]: _record(row) for row in rows}

    def recording(self, session_id: int, position: int) -> RecordingRecord | None:
        return self.recordings(session_id).get(position)

    def delete_session(self, session_id: int) -> None:
        """Delete the session (see the sessions part) and its recordings' files."""
        names = [r.audio_path for r in self.recordings(session_id).values()]
        super().delete_session(session_id)  # type: ignore[misc]
        self._remove_files(names)

    def delete_attempt(self, attempt_id: int) -> None:
        """Delete the attempt (see the answers part) and its recording."""
        rows = self._read("SELECT session_id, position FROM attempts WHERE id = ?", (attempt_id,))
        super().delete_attempt(attempt_id)  # type: ignore[misc]
        if rows:
            session_id, position = rows[0]
            found = self.recording(session_id, position)
            with self._write() as db:
                db.execute(
                    "DELETE FROM recordings WHERE session_id = ? AND position = ?",
                    (session_id, position),
                )
            if found is not None:
                self._remove_files([found.audio_path])

    def _remove_files(self, names: list[str]) -> None:
        folder = self.path.parent.resolve()
        for name in names:
            path = (folder / name).resolve()
            # Only files inside the data folder: the path came from the database.
            if folder not in path.parents:
                continue
            for take in _takes(path):
                take.unlink(missing_ok=True)
            # The folder stays while other recordings of the session are in it.
            with contextlib.suppress(OSError):
                path.parent.rmdir()


def _takes(path: Path) -> list[Path]:
    """The recording and the other takes of its question ("question-2.flac",
    "question-2-take3.flac", as :func:`interview_tui.voice.files.recording_name` names them):
    a resumed or retaken answer leaves its earlier takes beside the one the database names."""
    stem = re.sub(r"-take\d+$", "", path.stem)
    pattern = re.compile(re.escape(stem) + r"(-take\d+)?" + re.escape(path.suffix))
    siblings = path.parent.iterdir() if path.parent.is_dir() else iter(())
    return [path, *(p for p in siblings if p != path and pattern.fullmatch(p.name))]


def _dump(delivery: Mapping[str, Any] | None) -> str | None:
    return json.dumps(delivery, ensure_ascii=False) if delivery is not None else None


def _record(row: Any) -> RecordingRecord:
    return RecordingRecord(row[0], row[1], row[2], json.loads(row[3]) if row[3] else None)
