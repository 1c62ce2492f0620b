"""The look of the key screens, pinned at 100x32 (pytest-textual-snapshot).

Update after an intended change with `pytest tests/ui/test_snapshots.py --snapshot-update`.
"""

from __future__ import annotations

from typing import Any

from textual.pilot import Pilot

from interview_tui.clock import FakeClock
from interview_tui.tui.app import PracticeRequest
from tests.ui.conftest import AppFactory

SIZE = (100, 32)


def test_home(snap_compare: Any, make_app: AppFactory) -> None:
    assert snap_compare(make_app(), terminal_size=SIZE)


def test_home_interviewer(snap_compare: Any, make_app: AppFactory) -> None:
    assert snap_compare(make_app(), terminal_size=SIZE, press=["ctrl+r"])


def test_rehearse(snap_compare: Any, make_app: AppFactory, clock: FakeClock) -> None:
    async def typed(pilot: Pilot[None]) -> None:
        await pilot.pause()
        clock.advance(37)
        await pilot.press(*"I was the one who raised it first.")
        await pilot.pause(0.3)

    app = make_app(practice=PracticeRequest("mini", 2, "sequential"))
    assert snap_compare(app, terminal_size=SIZE, run_before=typed)


def test_rehearse_overtime_interviewer(
    snap_compare: Any, make_app: AppFactory, clock: FakeClock
) -> None:
    async def late(pilot: Pilot[None]) -> None:
        await pilot.pause()
        clock.advance(75)
        await pilot.pause(0.3)

    app = make_app(practice=PracticeRequest("asks", 2, "sequential"))
    assert snap_compare(app, terminal_size=SIZE, run_before=late)


def test_rate(snap_compare: Any, make_app: AppFactory, clock: FakeClock) -> None:
    async def rating(pilot: Pilot[None]) -> None:
        await pilot.pause()
        await pilot.press(*"We disagreed about the schema; I wrote both options down.")
        clock.advance(64)
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("4", "3")
        await pilot.pause()

    app = make_app(practice=PracticeRequest("mini", 2, "sequential"))
    assert snap_compare(app, terminal_size=SIZE, run_before=rating)


def test_reflect(snap_compare: Any, make_app: AppFactory, clock: FakeClock) -> None:
    async def reflect(pilot: Pilot[None]) -> None:
        await pilot.pause()
        for text, seconds in (("A clear story.", 50), ("Ran long.", 130)):
            await pilot.press(*text)
            clock.advance(seconds)
            await pilot.press("ctrl+s")
            await pilot.pause()
            await pilot.press("4", "4", "3", "5", "enter")
            await pilot.pause()
        await pilot.press(*"Specific examples")
        await pilot.pause()

    app = make_app(practice=PracticeRequest("mini", 2, "sequential"))
    assert snap_compare(app, terminal_size=SIZE, run_before=reflect)
