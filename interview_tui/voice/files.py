"""Where recordings live (under the data folder) and how they are made private."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

RECORDINGS = "recordings"


def recording_name(session_id: int, position: int, take: int = 1) -> str:
    """The path of a recording relative to the data folder, as the database keeps it."""
    suffix = "" if take == 1 else f"-take{take}"
    return f"{RECORDINGS}/session-{session_id}/question-{position + 1}{suffix}.flac"


def new_recording(data_dir: Path, session_id: int, position: int) -> str:
    """A recording name for this question that no file has yet (a retake gets its own)."""
    take = 1
    while (data_dir / recording_name(session_id, position, take)).exists():
        take += 1
    return recording_name(session_id, position, take)


@contextmanager
def private_file(path: Path) -> Iterator[BinaryIO]:
    """Open ``path`` for writing, created 0600 (like the database): answers are private."""
    # Every folder made on the way is private, not only the last: "recordings/" too.
    missing = [folder for folder in (path.parent, *path.parent.parents) if not folder.exists()]
    for folder in reversed(missing):
        folder.mkdir(mode=0o700, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.chmod(path, 0o600)  # an existing file keeps its mode through O_CREAT
    with os.fdopen(descriptor, "wb") as handle:
        yield handle
