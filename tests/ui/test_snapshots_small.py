"""The screens of a small terminal, pinned at 80x24 in both roles (pytest-textual-snapshot).

Update after an intended change with `pytest tests/ui/test_snapshots_small.py --snapshot-update`,
after looking at the new pictures.
"""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Static

from interview_tui.clock import FakeClock
from interview_tui.paths import Paths
from interview_tui.settings import Settings
from interview_tui.tui.app import PracticeRequest
from interview_tui.tui.screens.prepare import PrepareScreen
from interview_tui.tui.screens.rate import RateScreen
from interview_tui.tui.screens.reflect import ReflectScreen
from tests.ui.conftest import AppFactory, until
from tests.ui.test_snapshots import _home_ready, _seeded, _wait_rows

SIZE = (80, 24)
BANK = {"interviewee": "mini", "interviewer": "asks"}
#: Keys of the role filter on history and progress: all roles, then each in turn.
ROLE_FILTERS = [(), ("r",), ("r", "r")]


@pytest.mark.parametrize("role", ["interviewee", "interviewer"])
def test_rehearse_small(
    snap_compare: Any, make_app: AppFactory, clock: FakeClock, role: str
) -> None:
    async def typed(pilot: Pilot[None]) -> None:
        await pilot.pause()
        clock.advance(20)
        # The interviewer's draft trips the checker: the editor must keep its lines.
        await pilot.press(*"Do you like the work, right?")
        if role == "interviewer":
            checker = pilot.app.screen.query_one("#checker", Static)
            await until(pilot, lambda: checker.display and checker.region.height > 1)
        await pilot.pause(0.3)

    app = make_app(practice=PracticeRequest(BANK[role], 2, "sequential"))
    assert snap_compare(app, terminal_size=SIZE, run_before=typed)


@pytest.mark.parametrize("role", ["interviewee", "interviewer"])
def test_rate_small(snap_compare: Any, make_app: AppFactory, clock: FakeClock, role: str) -> None:
    async def rating(pilot: Pilot[None]) -> None:
        await pilot.pause()
        await pilot.press(*"What does a day-to-day week look like for you, in practice?")
        clock.advance(40)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(pilot.app.screen, RateScreen))
        await pilot.press("4", "3")
        await pilot.pause(0.2)

    app = make_app(practice=PracticeRequest(BANK[role], 2, "sequential"))
    assert snap_compare(app, terminal_size=SIZE, run_before=rating)


@pytest.mark.parametrize("role", ["interviewee", "interviewer"])
def test_reflect_small(
    snap_compare: Any, make_app: AppFactory, clock: FakeClock, role: str
) -> None:
    async def reflect(pilot: Pilot[None]) -> None:
        await pilot.pause()
        for text, seconds in (("A clear story.", 50), ("Ran long.", 130)):
            await pilot.press(*text)
            clock.advance(seconds)
            await pilot.press("ctrl+s")
            await until(pilot, lambda: isinstance(pilot.app.screen, RateScreen))
            await pilot.press("4", "4", "3", "5", "s", "enter")
            await pilot.pause()
        await until(pilot, lambda: isinstance(pilot.app.screen, ReflectScreen))
        await pilot.pause(0.2)

    app = make_app(practice=PracticeRequest(BANK[role], 2, "sequential"))
    assert snap_compare(app, terminal_size=SIZE, run_before=reflect)


def test_prepare_small(snap_compare: Any, make_app: AppFactory) -> None:
    async def prepared(pilot: Pilot[None]) -> None:
        await until(pilot, lambda: isinstance(pilot.app.screen, PrepareScreen))
        await pilot.pause(0.2)

    app = make_app(practice=PracticeRequest("asks", 1, "sequential"), settings=Settings())
    assert snap_compare(app, terminal_size=SIZE, run_before=prepared)


@pytest.mark.parametrize(
    "keys", [(), ("r",), ("r", "r")], ids=["all", "interviewee", "interviewer"]
)
def test_history_small(
    snap_compare: Any,
    make_app: AppFactory,
    clock: FakeClock,
    isolated_dirs: Paths,
    keys: tuple[str, ...],
) -> None:
    async def open_history(pilot: Pilot[None]) -> None:
        await _home_ready(pilot)
        await pilot.press("f2")
        await _wait_rows(pilot, "#sessions")
        await pilot.press(*keys)
        await _wait_rows(pilot, "#sessions")

    app = _seeded(make_app, clock, isolated_dirs)
    assert snap_compare(app, terminal_size=SIZE, run_before=open_history)


def test_session_detail_small(
    snap_compare: Any, make_app: AppFactory, clock: FakeClock, isolated_dirs: Paths
) -> None:
    async def open_session(pilot: Pilot[None]) -> None:
        await _home_ready(pilot)
        await pilot.press("f2")
        await _wait_rows(pilot, "#sessions")
        await pilot.press("enter")
        await _wait_rows(pilot, "#attempts")

    app = _seeded(make_app, clock, isolated_dirs)
    assert snap_compare(app, terminal_size=SIZE, run_before=open_session)


def test_export_dialog_small(
    snap_compare: Any, make_app: AppFactory, clock: FakeClock, isolated_dirs: Paths
) -> None:
    async def open_export(pilot: Pilot[None]) -> None:
        await _home_ready(pilot)
        await pilot.press("f2")
        await _wait_rows(pilot, "#sessions")
        await pilot.press("e")
        await until(pilot, lambda: pilot.app.screen.query("#export-path"))
        pilot.app.screen.query_one("#export-path").value = "/tmp/practice.md"  # type: ignore[attr-defined]
        await pilot.pause(0.2)

    app = _seeded(make_app, clock, isolated_dirs)
    assert snap_compare(app, terminal_size=SIZE, run_before=open_export)


@pytest.mark.parametrize(
    "keys", [(), ("r",), ("r", "r")], ids=["all", "interviewee", "interviewer"]
)
def test_progress_small(
    snap_compare: Any,
    make_app: AppFactory,
    clock: FakeClock,
    isolated_dirs: Paths,
    keys: tuple[str, ...],
) -> None:
    async def open_progress(pilot: Pilot[None]) -> None:
        await _home_ready(pilot)
        await pilot.press("f3")
        await _wait_rows(pilot, "#weakest")
        for key in keys:
            await pilot.press(key)
            await pilot.pause(0.2)
        await _wait_rows(pilot, "#weakest")

    app = _seeded(make_app, clock, isolated_dirs)
    assert snap_compare(app, terminal_size=SIZE, run_before=open_progress)
