"""Backups: made with SQLite's backup API, the last N kept, restored after a check."""

from __future__ import annotations

import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from interview_tui.banks.parse import parse_bank
from interview_tui.cli.main import main
from interview_tui.clock import FakeClock
from interview_tui.paths import Paths
from interview_tui.practice.plan import plan_session
from interview_tui.store.backup import backup_due, backups, make_backup
from interview_tui.store.connection import StoreError
from interview_tui.store.database import Store

BANK = parse_bank("role: interviewee\nquestions: [{text: Why?}]\n", Path("b.yaml"))
NOW = datetime(2026, 3, 1, 9, tzinfo=UTC)


def answer(paths: Paths, text: str) -> None:
    store = Store.open(paths.database, FakeClock(NOW))
    plan = plan_session([BANK], 1, "sequential")
    session = store.start_session(plan)
    store.rate_attempt(store.submit_answer(session, 0, plan.items[0], text, 9), {"structure": 4})
    store.finish_session(session)
    store.close()


def answers(paths: Paths) -> list[str]:
    with sqlite3.connect(paths.database) as db:
        return [row[0] for row in db.execute("SELECT answer FROM attempts ORDER BY id")]


def test_backup_is_private_daily_and_only_the_last_kept(isolated_dirs: Paths) -> None:
    answer(isolated_dirs, "first")
    database = isolated_dirs.database
    assert backup_due(database, NOW)
    made = [make_backup(database, NOW + timedelta(days=day), keep=3) for day in range(5)]
    assert backups(database) == made[-3:]  # the oldest two were pruned
    assert stat.S_IMODE(made[-1].stat().st_mode) == 0o600
    with sqlite3.connect(made[-1]) as copy:
        assert copy.execute("SELECT answer FROM attempts").fetchall() == [("first",)]
    made[-1].touch()  # just made: the next is not due for a day
    assert not backup_due(database, datetime.now(UTC))
    assert backup_due(database, datetime.now(UTC) + timedelta(days=1, minutes=1))


def test_backup_and_restore_commands(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    answer(isolated_dirs, "kept in the backup")
    assert main(["backup"]) == 0
    [backup] = backups(isolated_dirs.database)
    answer(isolated_dirs, "after the backup")
    assert main(["restore", str(backup)]) == 0
    assert answers(isolated_dirs) == ["kept in the backup"]
    # The database as it was before the restore is itself a backup: the restore can be undone.
    before = [path for path in backups(isolated_dirs.database) if "before-restore" in path.name]
    assert len(before) == 1
    assert main(["restore", str(before[0])]) == 0
    assert answers(isolated_dirs) == ["kept in the backup", "after the backup"]


@pytest.mark.parametrize("kind", ["text", "foreign", "missing"])
def test_restore_refuses_a_file_that_is_not_ours(
    isolated_dirs: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    answer(isolated_dirs, "mine")
    other = tmp_path / "other.sqlite3"
    if kind == "text":
        other.write_text("not a database", encoding="utf-8")
    elif kind == "foreign":
        with sqlite3.connect(other) as db:
            db.execute("CREATE TABLE notes (body TEXT)")
    assert main(["restore", str(other)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "interview-tui: error:" in err[0]
    assert answers(isolated_dirs) == ["mine"]  # untouched


def test_a_damaged_database_points_to_the_latest_backup(isolated_dirs: Paths) -> None:
    answer(isolated_dirs, "safe")
    latest = make_backup(isolated_dirs.database, NOW, keep=3)
    data = bytearray(isolated_dirs.database.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the schema page, damaged
    isolated_dirs.database.write_bytes(bytes(data))
    with pytest.raises(StoreError) as caught:
        store = Store.open(isolated_dirs.database, FakeClock(NOW))
        store.sessions()
    assert f"interview-tui restore {latest}" in str(caught.value)
