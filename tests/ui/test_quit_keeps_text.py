"""Quit never drops text it could not save: a locked database, a full disk, a failed draft."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import TextArea

from interview_tui.clock import FakeClock
from interview_tui.paths import Paths
from interview_tui.practice import recovery
from interview_tui.settings import Settings
from interview_tui.store.connection import StoreError
from interview_tui.store.database import Store
from interview_tui.tui.app import PracticeRequest
from interview_tui.tui.screens.rehearse import RehearseScreen
from interview_tui.tui.screens.resume import ResumeScreen
from tests.helpers import dead_pid
from tests.ui.conftest import AppFactory, until

PRACTICE = PracticeRequest("mini", 2, "sequential")


def impatient(app: object, paths: Paths, clock: FakeClock) -> None:
    """Give the app a store that waits 0.1 s, not 5 s, for a lock, as a process that will
    be gone when the next one starts."""
    app.store.close()  # type: ignore[attr-defined]
    store = Store.open(paths.database, clock, busy_timeout=0.1, pid=dead_pid())
    app.store = store  # type: ignore[attr-defined]


def drafts(paths: Paths) -> list[str]:
    with sqlite3.connect(paths.database) as db:
        return [row[0] for row in db.execute("SELECT answer FROM attempts WHERE status='draft'")]


async def test_quit_while_locked_keeps_the_answer_and_offers_it_back(
    make_app: AppFactory, isolated_dirs: Paths, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(practice=PRACTICE)
    impatient(app, isolated_dirs, clock)
    lock = sqlite3.connect(isolated_dirs.database, isolation_level=None)
    said: list[str] = []
    real_exit = app.exit

    def exit_saying(*args: Any, **kwargs: Any) -> None:
        said.append(str(kwargs.get("message")))
        real_exit(*args, **kwargs)

    monkeypatch.setattr(app, "exit", exit_saying)
    async with app.run_test(size=(100, 32)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, RehearseScreen))
        await pilot.press(*"typed while locked")
        lock.execute("BEGIN EXCLUSIVE")  # another program holds the database
        await pilot.press("ctrl+q")
        await until(pilot, lambda: not app.is_running)
    lock.execute("ROLLBACK")
    lock.close()
    kept = list((isolated_dirs.data_dir / "recovery").iterdir())
    assert len(kept) == 1 and "typed while locked" in kept[0].read_text()
    assert "kept in" in said[0] and str(kept[0]) in said[0]
    assert "typed while locked" not in drafts(isolated_dirs)

    again = make_app()
    async with again.run_test(size=(100, 32)) as pilot:
        await until(pilot, lambda: isinstance(again.screen, ResumeScreen))
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(again.screen, RehearseScreen))
        assert again.screen.query_one("#answer", TextArea).text == "typed while locked"
    assert drafts(isolated_dirs) == ["typed while locked"]
    assert not kept[0].exists()  # the database has it now


async def test_quit_with_a_full_disk_stays_open_until_the_text_is_safe(
    make_app: AppFactory, isolated_dirs: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(practice=PRACTICE)
    async with app.run_test(size=(100, 32)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, RehearseScreen))
        await pilot.press(*"every word counts")
        rehearsal = app.screen.rehearsal  # type: ignore[attr-defined]
        real_save = rehearsal.save_draft

        def disk_full(text: str) -> None:
            raise StoreError("database or disk is full")

        def no_space(*args: object) -> Path:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(rehearsal, "save_draft", disk_full)
        monkeypatch.setattr(recovery, "write_recovery", no_space)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app.is_running  # nowhere to keep the text: the app stays open and says why
        assert any("Not quitting" in n.message for n in app._notifications)
        monkeypatch.setattr(rehearsal, "save_draft", real_save)  # space again
        await pilot.press("ctrl+q")
        await until(pilot, lambda: not app.is_running)
    assert drafts(isolated_dirs) == ["every word counts"]


async def test_a_failed_draft_save_is_retried_without_a_keystroke(
    make_app: AppFactory, isolated_dirs: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(practice=PRACTICE, settings=Settings(checklist=False, autosave_seconds=1))
    async with app.run_test(size=(100, 32)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, RehearseScreen))
        rehearsal = app.screen.rehearsal  # type: ignore[attr-defined]
        real_save = rehearsal.save_draft
        failures: list[str] = []

        def disk_full(text: str) -> None:
            failures.append(text)
            raise StoreError("database or disk is full")

        monkeypatch.setattr(rehearsal, "save_draft", disk_full)
        await pilot.press(*"draft text")
        await until(pilot, lambda: bool(failures), timeout=10)
        monkeypatch.setattr(rehearsal, "save_draft", real_save)  # the disk has room again
        await until(pilot, lambda: drafts(isolated_dirs) == ["draft text"], timeout=10)
        notes = [n.message for n in app._notifications if "Draft not saved" in n.message]
        assert len(notes) == 1  # said once, not at every retry


async def test_quit_while_reflecting_keeps_the_reflection_and_brings_it_back(
    make_app: AppFactory, isolated_dirs: Paths, clock: FakeClock
) -> None:
    app = make_app(practice=PracticeRequest("mini", 1, "sequential"))
    impatient(app, isolated_dirs, clock)
    async with app.run_test(size=(100, 32)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, RehearseScreen))
        await pilot.press(*"an answer", "ctrl+s")
        await until(pilot, lambda: type(app.screen).__name__ == "RateScreen")
        await pilot.press("4", "4", "4", "4", "enter")
        await until(pilot, lambda: type(app.screen).__name__ == "ReflectScreen")
        await pilot.press(*"stayed calm", "ctrl+q")
        await until(pilot, lambda: not app.is_running)
    with sqlite3.connect(isolated_dirs.database) as db:
        assert db.execute("SELECT went_well, ended_at FROM sessions").fetchall() == [
            ("stayed calm", None)
        ]
    again = make_app()
    async with again.run_test(size=(100, 32)) as pilot:
        await until(pilot, lambda: isinstance(again.screen, ResumeScreen))
        await pilot.press("enter")
        await until(pilot, lambda: type(again.screen).__name__ == "ReflectScreen")
        assert again.screen.query_one("#went_well", TextArea).text == "stayed calm"
