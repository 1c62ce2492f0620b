"""Resuming an abandoned session, bad banks and config, a locked database, tiny terminals."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from textual.widgets import Input, TextArea

from interview_tui.banks.model import BankSource
from interview_tui.clock import FakeClock
from interview_tui.paths import Paths
from interview_tui.practice.plan import plan_session
from interview_tui.settings import Settings
from interview_tui.store.connection import StoreError
from interview_tui.store.database import Store
from interview_tui.tui.app import PracticeRequest
from interview_tui.tui.screens.home import HomeScreen
from interview_tui.tui.screens.rate import RateScreen
from interview_tui.tui.screens.reflect import ReflectScreen
from interview_tui.tui.screens.rehearse import RehearseScreen
from interview_tui.tui.screens.resume import ResumeScreen
from interview_tui.tui.screens.setup import SetupScreen
from tests.helpers import dead_pid
from tests.ui.conftest import AppFactory, footer_keys, until


def abandoned_session(paths: Paths, clock: FakeClock, app: object) -> Store:
    """A session left by a process that died: one answer rated, a draft of the second."""
    store = Store.open(paths.database, clock, pid=dead_pid())
    bank = app.banks.get("mini")  # type: ignore[attr-defined]
    plan = plan_session([bank], 2, "sequential", goal="be brief")
    session_id = store.start_session(plan)
    first = store.submit_answer(session_id, 0, plan.items[0], "first, submitted", 40)
    store.rate_attempt(first, {"structure": 4})
    store.save_draft(session_id, 1, plan.items[1], "second, half typed", 25)
    return store


async def test_resume_names_a_key_for_every_choice_where_its_buttons_do_not_fit(
    make_app: AppFactory, clock: FakeClock, isolated_dirs: Paths
) -> None:
    app = make_app()
    abandoned_session(isolated_dirs, clock, app).close()
    async with app.run_test(size=(40, 12)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, ResumeScreen))
        await until(pilot, lambda: {"Resume", "Finish it", "Not now"} <= footer_keys(app))
        await pilot.press("r")
        await until(pilot, lambda: isinstance(app.screen, RehearseScreen))


async def test_resume_offers_and_restores_the_draft(
    make_app: AppFactory, clock: FakeClock, isolated_dirs: Paths
) -> None:
    app = make_app()
    abandoned_session(isolated_dirs, clock, app).close()
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ResumeScreen)
        await pilot.press("enter")  # "Resume" has focus
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RehearseScreen)
        assert screen.rehearsal.position == 1
        assert screen.query_one("#answer", TextArea).text == "second, half typed"
        assert screen.rehearsal.countdown.elapsed == 25
        assert screen.rehearsal.plan.goal == "be brief"
        await pilot.press(*" and finished")  # the cursor waits at the end of the draft
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("5", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ReflectScreen)
    store = Store.open(isolated_dirs.database, clock)
    attempts = store.attempts(store.sessions()[0].id)
    assert [a.answer for a in attempts] == ["first, submitted", "second, half typed and finished"]
    assert [a.status for a in attempts] == ["submitted", "submitted"]


async def test_resume_after_submit_before_rating_asks_for_the_rating(
    make_app: AppFactory, clock: FakeClock, isolated_dirs: Paths
) -> None:
    app = make_app()
    store = Store.open(isolated_dirs.database, clock, pid=dead_pid())
    plan = plan_session([app.banks.get("mini")], 1, "sequential")  # type: ignore[list-item]
    session_id = store.start_session(plan)
    store.submit_answer(session_id, 0, plan.items[0], "submitted, not rated", 30)
    store.close()
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, RateScreen)


async def test_finish_it_closes_the_session_and_keeps_answers(
    make_app: AppFactory, clock: FakeClock, isolated_dirs: Paths
) -> None:
    app = make_app()
    abandoned_session(isolated_dirs, clock, app).close()
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        await pilot.press("f")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
    store = Store.open(isolated_dirs.database, clock)
    assert store.sessions()[0].finished
    assert store.orphaned_sessions() == []
    assert len(store.attempts(store.sessions()[0].id)) == 2


async def test_broken_bank_is_a_notification_not_a_crash(
    make_app: AppFactory, small_banks: list[BankSource], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("role: interviewee\nquestions: [{txt: Q}]\n", encoding="utf-8")
    app = make_app(sources=[*small_banks, BankSource(bad, "flag")])
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any(f"{bad}:2:" in m and "did you mean 'text'" in m for m in messages)
        assert app.banks.get("mini") is not None


async def test_config_warnings_are_shown(make_app: AppFactory) -> None:
    app = make_app(warnings=("config.yaml: questions must be a whole number from 1 to 100",))
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        assert any("questions must be" in n.message for n in app._notifications)


async def test_the_interview_date_comes_from_config_and_the_setup_keeps_it(
    make_app: AppFactory,
) -> None:
    app = make_app(settings=Settings(interview_date=date(2026, 12, 1)))
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, SetupScreen))
        field = app.screen.query_one("#interview-date", Input)
        assert field.value == "2026-12-01"  # from config.yaml
        field.value = "2026-11-24"
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, RehearseScreen))
        assert app.setup.interview_date == date(2026, 11, 24)


async def test_settings_fill_the_setup(make_app: AppFactory) -> None:
    app = make_app(settings=Settings(role="interviewer", questions=7, time_limit=90, order="due"))
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        assert app.role == "interviewer"
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, SetupScreen))
        assert app.screen.query_one("#count").value == "7"  # type: ignore[attr-defined]
        assert app.screen.query_one("#time-limit").value == "90"  # type: ignore[attr-defined]
        assert app.screen.query_one("#order").value == "due"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("#time-limit", "soon", "Time per question"),
        ("#interview-date", "next tuesday", "Interview date: must be a date written YYYY-MM-DD"),
        ("#count", "0", "Questions: a number from 1 to 100"),
        ("#count", "", "Questions: a number from 1 to 100"),
    ],
)
async def test_bad_setup_values_are_refused_with_a_message(
    make_app: AppFactory, field: str, value: str, message: str
) -> None:
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, SetupScreen))
        app.screen.query_one(field).value = value  # type: ignore[attr-defined]
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SetupScreen)  # still there, nothing started
        assert app.focused is not None and f"#{app.focused.id}" == field
        assert any(message in n.message for n in app._notifications)
        assert app.store.sessions() == []


async def test_locked_database_while_submitting_keeps_the_answer(
    make_app: AppFactory, clock: FakeClock, isolated_dirs: Paths
) -> None:
    app = make_app(practice=PracticeRequest("mini", 1, "sequential"))
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        app.store._db.execute("PRAGMA busy_timeout = 100")
        await pilot.press(*"precious words")
        blocker = sqlite3.connect(isolated_dirs.database, isolation_level=None)
        blocker.execute("BEGIN IMMEDIATE")
        await pilot.press("ctrl+s")
        # The write waits in a worker: the refusal arrives when the busy timeout is over.
        await until(pilot, lambda: any("locked" in n.message for n in app._notifications))
        assert isinstance(app.screen, RehearseScreen)
        assert app.screen.query_one("#answer", TextArea).text == "precious words"
        blocker.execute("ROLLBACK")
        blocker.close()
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, RateScreen))


def test_foreign_database_stops_the_app_with_one_line(
    make_app: AppFactory, isolated_dirs: Paths
) -> None:
    isolated_dirs.data_dir.mkdir(parents=True)
    isolated_dirs.database.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not an interview-tui database"):
        make_app()


@pytest.mark.parametrize("size", [(40, 12), (80, 24)])
async def test_small_terminals_do_not_crash(
    make_app: AppFactory, clock: FakeClock, size: tuple[int, int]
) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+r", "ctrl+r", "enter")
        await until(pilot, lambda: isinstance(app.screen, SetupScreen))
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, RehearseScreen)
        await pilot.press(*"tiny", "ctrl+s")
        await pilot.pause()
        await pilot.press("1", "2", "3", "4", "enter")
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        await pilot.press("escape", "escape", "y")  # end the session, deliberately
        await pilot.pause()
        assert isinstance(app.screen, ReflectScreen)
        await pilot.resize_terminal(40, 12)  # type: ignore[attr-defined]
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
