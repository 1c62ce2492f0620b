"""Text the database could not take (locked, disk full) kept in a file until it can.

When quitting finds the draft cannot be saved, the answer is written to
``<data dir>/recovery/session-<id>-<question>.json`` and offered back when the session is
resumed. A plain file needs far less than SQLite does to be written, and is readable by hand
if all else fails. The folder is private, like the database.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

FOLDER = "recovery"


def recovery_path(data_dir: Path, session_id: int, position: int) -> Path:
    return data_dir / FOLDER / f"session-{session_id}-{position + 1}.json"


def write_recovery(data_dir: Path, session_id: int, position: int, text: str) -> Path:
    """Keep ``text`` for the question at ``position`` of a session; raises OSError if not."""
    path = recovery_path(data_dir, session_id, position)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    body = json.dumps({"session": session_id, "position": position, "answer": text})
    partial = path.with_suffix(".part")
    # Written whole then renamed: a failure half-way never leaves a cut answer behind.
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            file.write(body)
            file.flush()
            os.fsync(file.fileno())
    except OSError:
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, path)
    return path


def read_recovery(data_dir: Path, session_id: int, position: int) -> str | None:
    """The text kept for that question, if any (an unreadable file counts as none)."""
    try:
        data = json.loads(recovery_path(data_dir, session_id, position).read_text("utf-8"))
        answer = data["answer"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return answer if isinstance(answer, str) else None


def discard_recovery(data_dir: Path, session_id: int, position: int) -> None:
    """Forget the kept text once the database has it."""
    recovery_path(data_dir, session_id, position).unlink(missing_ok=True)
