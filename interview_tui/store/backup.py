"""Backups of the database, like Anki's: daily, the last few kept, restorable in one command.

A backup is a consistent copy made with SQLite's online backup API (safe while the app is
writing), named by its time, private (0600), in ``<data dir>/backups``. Restoring checks the
file is an interview-tui database that SQLite finds intact, and keeps the current database
as a backup first, so a restore can itself be undone.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from interview_tui.errors import UserError
from interview_tui.store.migrations import SCHEMA_VERSION

FOLDER = "backups"
PREFIX = "interview-"
SUFFIX = ".sqlite3"
EVERY = timedelta(days=1)


def backup_folder(database: Path) -> Path:
    return database.parent / FOLDER


def backups(database: Path) -> list[Path]:
    """The backups of ``database``, oldest first (their names sort by time)."""
    try:
        found = backup_folder(database).glob(f"{PREFIX}*{SUFFIX}")
        return sorted(path for path in found if path.is_file())
    except OSError:
        return []


def latest_backup(database: Path) -> Path | None:
    found = backups(database)
    return found[-1] if found else None


def backup_due(database: Path, now: datetime) -> bool:
    """Whether the newest backup is older than a day (or there is none)."""
    latest = latest_backup(database)
    if latest is None:
        return True
    try:
        made = datetime.fromtimestamp(latest.stat().st_mtime, tz=now.tzinfo)
    except OSError:
        return True
    return now - made >= EVERY


def make_backup(database: Path, now: datetime, keep: int) -> Path:
    """Copy ``database`` into the backups folder and keep only the newest ``keep`` copies."""
    target = _new_name(database, now, "")
    _copy(database, target)
    for old in backups(database)[: -max(keep, 1)]:
        old.unlink(missing_ok=True)
    return target


def check_ours(path: Path) -> None:
    """Raise :class:`UserError` unless ``path`` is an intact interview-tui database."""
    if not path.is_file():
        raise UserError(f"{path} is not a file; give the path of a backup")
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
            intact = db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            db.close()
    except sqlite3.Error:
        raise UserError(f"{path} is not an interview-tui database") from None
    if not 1 <= version <= SCHEMA_VERSION or not {"sessions", "attempts"} <= tables:
        raise UserError(f"{path} is not an interview-tui database this version can use")
    if not intact:
        raise UserError(f"{path} is damaged; try an older backup")


def restore(source: Path, database: Path, now: datetime) -> Path | None:
    """Put the backup ``source`` in place of ``database``; returns where the old one went.

    Close the app first: another open connection would keep writing to the file replaced.
    """
    check_ours(source)
    kept = None
    if database.exists():
        kept = _new_name(database, now, "-before-restore")
        try:
            _copy(database, kept)
        except (sqlite3.Error, OSError):
            # Too damaged for SQLite to read: keep its bytes as they are.
            kept = kept.with_name(kept.stem + "-raw" + SUFFIX)
            _raw_copy(database, kept)
    partial = database.with_name(database.name + ".restoring")
    partial.unlink(missing_ok=True)
    _copy(source, partial)
    for stale in (Path(f"{database}-wal"), Path(f"{database}-shm")):
        stale.unlink(missing_ok=True)  # they belong to the database being replaced
    os.replace(partial, database)
    return kept


def _new_name(database: Path, now: datetime, tag: str) -> Path:
    """A backup name by time that no backup has yet (two in one second never collide)."""
    stem = f"{PREFIX}{now.strftime('%Y%m%d-%H%M%S')}{tag}"
    folder, number = backup_folder(database), 1
    target = folder / f"{stem}{SUFFIX}"
    while target.exists():
        number += 1
        target = folder / f"{stem}-{number}{SUFFIX}"
    return target


def _copy(source: Path, target: Path) -> None:
    """A consistent copy with SQLite's backup API, private, complete or not at all."""
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
    if not source.is_file():
        raise UserError(f"{source} is not a file")
    # Not read-only: a WAL database needs its shared-memory file, which a reader may create.
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            dst.close()
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    os.replace(partial, target)


def _raw_copy(source: Path, target: Path) -> None:
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(source.read_bytes())
