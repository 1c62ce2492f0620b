"""`export --audio DIR`: the recordings of the exported sessions, copied for a mentor.

They keep their path relative to the data folder, the one the JSON export names, so
``DIR/<audio>`` is each attempt's recording. The copies are private (0600, folders 0700), as
the recordings and every export are: they are the user's voice.
"""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Iterable
from pathlib import Path

from interview_tui.store.database import Store


def copy_audio(store: Store, session_ids: Iterable[int], target: Path) -> int:
    """Copy the sessions' recordings under ``target``; returns how many were copied."""
    data_dir = store.path.parent.resolve()
    copied = 0
    for session_id in session_ids:
        for recording in store.recordings(session_id).values():
            source = (data_dir / recording.audio_path).resolve()
            # The path came from the database: only files inside the data folder are ours.
            if data_dir not in source.parents or not source.is_file():
                continue  # deleted by hand: the export still names it, there is nothing to copy
            _private_copy(source, target, source.relative_to(data_dir))
            copied += 1
    return copied


def _private_copy(source: Path, target: Path, name: Path) -> None:
    """Copy ``source`` to ``target/name``, making the folders in between private."""
    target.mkdir(parents=True, exist_ok=True)
    folder = target
    for part in name.parent.parts:
        folder /= part
        folder.mkdir(mode=0o700, exist_ok=True)
    destination = folder / name.name
    if destination.is_symlink() or (destination.exists() and not destination.is_file()):
        raise OSError(errno.EEXIST, f"{destination} is in the way (not a plain file)")
    descriptor = os.open(destination, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(descriptor, 0o600)  # a file already there keeps its mode through O_CREAT
    with open(source, "rb") as reader, os.fdopen(descriptor, "wb") as writer:
        shutil.copyfileobj(reader, writer)
