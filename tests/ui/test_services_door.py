"""Screens reach the program only through ``services``: a screen runs against a fake one."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from textual.app import App

from interview_tui.banks.model import Bank, LoadResult, Role
from interview_tui.banks.sources import load_banks
from interview_tui.clock import FakeClock
from interview_tui.paths import Paths
from interview_tui.practice.plan import SessionSetup
from interview_tui.settings import Settings
from interview_tui.tui.screens.home import HomeScreen
from tests.ui.conftest import START


class FakeStore:
    """Only what the home screen reads."""

    def last_practised(self) -> dict[str, str]:
        return {}


@dataclass
class FakeServices:
    banks: LoadResult
    role: Role = "interviewee"
    setup: SessionSetup = field(default_factory=lambda: SessionSetup(5, "random", None))
    active_session: int | None = None
    due_prefetch: Any = None
    voice: Any = None
    paths: Any = None
    banks_ready: bool = True
    clock: FakeClock = field(default_factory=lambda: FakeClock(START))
    store: Any = field(default_factory=FakeStore)
    settings: Settings = field(default_factory=Settings)
    started: list[tuple[str, int, str]] = field(default_factory=list)

    def start_session(
        self, bank: Bank, count: int, order: str, time_limit: int | None, goal: str = ""
    ) -> None:
        self.started.append((bank.id, count, goal))


class DoorApp(App[None]):
    def __init__(self, services: FakeServices) -> None:
        super().__init__()
        self.services = services

    def on_mount(self) -> None:
        self.push_screen(HomeScreen())


async def test_home_starts_a_session_through_the_door(
    small_banks: list[Any], tmp_path: Path
) -> None:
    services = FakeServices(load_banks(small_banks), paths=Paths(tmp_path / "d", tmp_path / "c"))
    app = DoorApp(services)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        assert "Mini behavioral" in str(app.screen.query_one("#bank-info").render())
        await pilot.press("enter")  # the setup dialog
        await pilot.pause()
        await pilot.press("ctrl+s")  # start from it
        await pilot.pause()
    assert services.started == [("mini", 5, "")]
    assert services.voice is None  # typed, as the setup said
