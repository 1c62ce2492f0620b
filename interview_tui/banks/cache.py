"""A cache of parsed banks, so start-up does not re-parse YAML that has not changed.

Entries are keyed by the file's path, size and modification time, and the whole cache by the
app's version: any change to a bank file or to the app invalidates what it affects. The cache
is plain JSON (never pickle), and a missing, unreadable or foreign cache file is ignored.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict
from pathlib import Path
from typing import Any

from interview_tui import __version__
from interview_tui.banks.model import Bank, Criterion, Question

CACHE_FORMAT = f"interview-tui-banks/{__version__}/2"  # 2: text cleaned of controls


def _key(path: Path) -> str | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    # absolute(), not resolve(): no system call per folder of the path, for every bank at
    # start-up; a file reached through a symlink is merely cached under that name too.
    return f"{path.absolute()}|{stat.st_size}|{stat.st_mtime_ns}"


def _to_json(bank: Bank) -> dict[str, Any]:
    data = asdict(bank)
    data["path"] = str(bank.path)
    return data


def _from_json(data: dict[str, Any]) -> Bank:
    return Bank(
        id=data["id"],
        title=data["title"],
        role=data["role"],
        questions=tuple(_question(q) for q in data["questions"]),
        description=data["description"],
        source=data["source"],
        license=data["license"],
        time_limit=data["time_limit"],
        tags=tuple(data["tags"]),
        rubric=tuple(Criterion(**c) for c in data["rubric"]),
        checklist=tuple(data["checklist"]),
        path=Path(data["path"]),
    )


def _question(data: dict[str, Any]) -> Question:
    return Question(
        id=data["id"],
        text=data["text"],
        category=data["category"],
        tags=tuple(data["tags"]),
        time_limit=data["time_limit"],
        tips=tuple(data["tips"]),
        key_points=tuple(data["key_points"]),
        key_point_cues=tuple(tuple(cues) for cues in data["key_point_cues"]),
        follow_ups=tuple(data["follow_ups"]),
        listen_for=tuple(data["listen_for"]),
        line=data["line"],
    )


class BankCache:
    """Read once at start, consulted per file, written back only if something changed."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._entries: dict[str, dict[str, Any]] = {}
        self._used: set[str] = set()
        self._dirty = False
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(data, dict) and data.get("format") == CACHE_FORMAT:
                self._entries = data.get("banks", {})
        except (OSError, ValueError):
            pass

    def get(self, path: Path) -> Bank | None:
        key = _key(path)
        entry = self._entries.get(key) if key else None
        if key is None or entry is None:
            return None
        try:
            bank = _from_json(entry)
        except (KeyError, TypeError, ValueError):
            return None
        self._used.add(key)
        return bank

    def put(self, path: Path, bank: Bank) -> None:
        key = _key(path)
        if key is not None:
            self._entries[key] = _to_json(bank)
            self._used.add(key)
            self._dirty = True

    def save(self) -> None:
        """Write the entries used this time (stale ones drop out); errors are ignored."""
        if not self._dirty and self._used == set(self._entries):
            return
        entries = {key: self._entries[key] for key in self._used if key in self._entries}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=".banks.", dir=self.path.parent)
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump({"format": CACHE_FORMAT, "banks": entries}, out)
            os.replace(temporary, self.path)
        except OSError:
            pass  # a cache that cannot be written only costs time
