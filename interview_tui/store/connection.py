"""The connection to the SQLite database: opening, migrating, one write transaction at a time.

One file, WAL, ``synchronous=FULL``: each call that writes commits before it returns, so a
submitted answer survives a crash the moment it is written. The store is safe to share
between the UI thread and a worker thread (one lock), and two processes may use one file at
the same time (SQLite's own locking, with a busy timeout). Read-only review queries use a
connection of their own.

Every SQLite failure leaves this package as a :class:`StoreError` whose message is one line
that says what happened and what to do.
"""

from __future__ import annotations

import os as _os
import sqlite3
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, Self

from interview_tui.clock import Clock, iso
from interview_tui.errors import UserError
from interview_tui.store.migrations import MIGRATIONS, SCHEMA_VERSION


class StoreError(UserError):
    """The database could not be used; the message says why and what to do."""


def _translate(error: sqlite3.Error, path: Path) -> StoreError:
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return StoreError(
            f"the database {path} is locked by another program; "
            "close it or wait a moment, then try again"
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        from interview_tui.store.backup import latest_backup

        backup = latest_backup(path)
        remedy = (
            f"restore the latest backup with 'interview-tui restore {backup}'"
            if backup is not None
            else "move it aside (or use --data-dir) and start again"
        )
        return StoreError(f"{path} is not an interview-tui database or is damaged; {remedy}")
    if "readonly" in text or "read-only" in text:
        return StoreError(f"the database {path} is read-only; check its permissions")
    if "unable to open" in text:
        return StoreError(
            f"cannot open the database {path}; check the folder exists and is writable"
        )
    return StoreError(f"database error in {path}: {error}")


def _private_file(path: Path) -> None:
    """Create the data folder (0700) and the database (0600) before SQLite does.

    Answers are private: SQLite creates its WAL and SHM files with the database's mode, so
    a 0600 database keeps them unreadable by other local users too. A database made by an
    older version with the umask's mode is made private once it is known to be ours.
    """
    folder = path.parent
    if folder.exists() and not folder.is_dir():
        raise StoreError(
            f"cannot create the folder {folder}: a file is in the way; move it aside or "
            "give another --data-dir"
        )
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(f"cannot create the folder {folder}: {error.strerror}") from None
    # Read-only or not ours: SQLite's own error says it better.
    with suppress(OSError):
        _os.close(_os.open(path, _os.O_RDWR | _os.O_CREAT, 0o600))


def _tighten(path: Path) -> None:
    """Make an existing database of ours (and so its WAL and SHM) private."""
    for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            if _os.stat(name).st_mode & 0o077:
                _os.chmod(name, 0o600)
        except OSError:
            pass  # not there, or not ours to change


class StoreBase:
    """The connection and its plumbing; :class:`~interview_tui.store.database.Store` adds
    what is stored."""

    def __init__(
        self,
        connection: sqlite3.Connection,
        path: Path,
        clock: Clock,
        pid: int,
        busy_timeout: float = 5.0,
    ) -> None:
        self._db = connection
        self.path = path
        self._clock = clock
        self._pid = pid
        self._lock = threading.RLock()
        self._reader: sqlite3.Connection | None = None
        self._reader_lock = threading.Lock()
        self._busy_timeout = busy_timeout

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(
        cls, path: Path, clock: Clock, busy_timeout: float = 5.0, pid: int | None = None
    ) -> Self:
        """Open (creating if needed) and migrate the database at ``path``.

        A file that is not a database, or was written by a newer version, is left untouched.
        """
        _private_file(path)
        try:
            connection = sqlite3.connect(
                path, timeout=busy_timeout, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as error:
            raise _translate(error, path) from None
        try:
            # Read before anything writes: a foreign or future file must stay as it is.
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            if (
                version == 0
                and connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            ):
                raise StoreError(
                    f"{path} is a database of another program, not interview-tui's; "
                    "move it aside (or use --data-dir) and start again"
                )
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"{path} was written by a newer interview-tui (schema {version}, this "
                    f"version knows {SCHEMA_VERSION}); upgrade interview-tui to open it"
                )
            connection.execute("PRAGMA foreign_keys = ON")
            if connection.execute("PRAGMA journal_mode = WAL").fetchone()[0] != "wal":
                raise StoreError(
                    f"cannot switch {path} to WAL mode; is the folder on a network drive?"
                )
            connection.execute("PRAGMA synchronous = FULL")
            store = cls(connection, path, clock, _os.getpid() if pid is None else pid, busy_timeout)
            store._migrate(version)
            _tighten(path)
        except sqlite3.Error as error:
            connection.close()
            raise _translate(error, path) from None
        except StoreError:
            connection.close()
            raise
        return store

    def _migrate(self, version: int) -> None:
        for number, statements in enumerate(MIGRATIONS[version:], start=version + 1):
            with self._write() as db:
                # Re-read inside the write lock: another process may have migrated meanwhile.
                if db.execute("PRAGMA user_version").fetchone()[0] >= number:
                    continue
                for statement in statements:
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {number}")

    def close(self) -> None:
        with self._reader_lock:
            if self._reader is not None:
                self._reader.close()
                self._reader = None
        with self._lock:
            self._db.close()

    @property
    def schema_version(self) -> int:
        return int(self._read("PRAGMA user_version")[0][0])

    # -- plumbing ------------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, committed (durably) on leaving the block."""
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    yield self._db
                except BaseException:
                    # SQLite may have rolled back already (disk full, I/O error): a second
                    # ROLLBACK would fail and hide the real cause.
                    if self._db.in_transaction:
                        self._db.execute("ROLLBACK")
                    raise
                self._db.execute("COMMIT")
            except sqlite3.Error as error:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise _translate(error, self.path) from None

    def _read(self, sql: str, parameters: Sequence[Any] | Mapping[str, Any] = ()) -> list[Any]:
        with self._lock:
            try:
                return self._db.execute(sql, parameters).fetchall()
            except sqlite3.Error as error:
                raise _translate(error, self.path) from None

    def _now(self) -> str:
        return iso(self._clock.now())

    def query(self, sql: str, parameters: Sequence[Any] | Mapping[str, Any] = ()) -> list[Any]:
        """Run a read-only query (the review, schedule and history queries).

        These run in worker threads and can be long on a big history, so they use a
        connection of their own: in WAL mode they never hold up the UI thread's reads and
        writes, which go through the main connection.
        """
        with self._reader_lock:
            try:
                if self._reader is None:
                    self._reader = sqlite3.connect(
                        self.path, timeout=self._busy_timeout, check_same_thread=False
                    )
                    self._reader.execute("PRAGMA query_only = ON")
                return self._reader.execute(sql, parameters).fetchall()
            except sqlite3.Error as error:
                raise _translate(error, self.path) from None
