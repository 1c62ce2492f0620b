"""`export --audio DIR`: the recordings of the exported sessions, copied for a mentor.

They keep their path relative to the data folder, the one the JSON export names, so
``DIR/<audio>`` is each attempt's recording.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from pathlib import Path

from interview_tui.store.database import Store


def copy_audio(store: Store, session_ids: Iterable[int], target: Path) -> int:
    """Copy the sessions' recordings under ``target``; returns how many were copied."""
    data_dir = store.path.parent
    copied = 0
    for session_id in session_ids:
        for recording in store.recordings(session_id).values():
            source = data_dir / recording.audio_path
            if not source.is_file():
                continue  # deleted by hand: the export still names it, there is nothing to copy
            destination = target / recording.audio_path
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, destination)
            copied += 1
    return copied
