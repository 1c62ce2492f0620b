"""A hostile bank on every screen: its text shows as written and never acts."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from textual.app import App

from interview_tui.banks.model import BankSource
from interview_tui.paths import Paths
from interview_tui.tui.app import PracticeRequest
from interview_tui.tui.screens.compare import CompareScreen
from interview_tui.tui.screens.history import HistoryScreen
from interview_tui.tui.screens.progress import ProgressScreen
from interview_tui.tui.screens.rate import RateScreen
from interview_tui.tui.screens.reflect import ReflectScreen
from interview_tui.tui.screens.rehearse import RehearseScreen
from interview_tui.tui.screens.session_detail import SessionDetailScreen
from tests.trust.hostile import MARKUP, write_hostile_banks
from tests.ui.conftest import AppFactory, until


def shown(app: App[None]) -> str:
    """The text on the screen, as drawn (the SVG screenshot without its markup)."""
    svg = app.export_screenshot()
    return html.unescape(svg).replace("\xa0", " ")


async def assert_inert(pilot: Any) -> None:
    await pilot.pause()  # the screen is composed and drawn
    app = pilot.app
    text = shown(app)
    assert app.is_running, "the app quit"
    assert "\x1b" not in text and "\x9b" not in text and "\u202e" not in text
    # Markup is shown as written, not run (nor dropped, as `[v2=draft]` once was).
    assert MARKUP in text, text[-3000:]


async def test_hostile_bank_on_every_screen(
    make_app: AppFactory, tmp_path: Path, isolated_dirs: Paths
) -> None:
    folder = write_hostile_banks(tmp_path / "hostile")
    app = make_app(
        practice=PracticeRequest("hostile", 2, "sequential"),
        sources=[BankSource(folder, "flag")],
        warnings=("unknown key '[x=1]' in config.yaml \x1b]0;t\x07",),
    )
    async with app.run_test(size=(100, 32)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, RehearseScreen))
        await assert_inert(pilot)
        await pilot.press(*"an answer", "ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, RateScreen))
        await assert_inert(pilot)
        await pilot.press("4", "enter")
        await until(pilot, lambda: isinstance(app.screen, RehearseScreen))
        await pilot.press(*"second", "ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, RateScreen))
        await pilot.press("3", "enter")
        await until(pilot, lambda: isinstance(app.screen, ReflectScreen))
        await assert_inert(pilot)
        await pilot.press("ctrl+s")
        await pilot.pause()
        app.action_open_history()
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen))
        await pilot.pause(0.2)
        await assert_inert(pilot)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, SessionDetailScreen))
        await pilot.pause(0.2)
        await assert_inert(pilot)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, CompareScreen))
        await pilot.pause(0.2)
        await assert_inert(pilot)
        app.action_open_progress()
        await until(pilot, lambda: isinstance(app.screen, ProgressScreen))
        await pilot.pause(0.3)
        assert app.is_running
        # The bank's problems and the config warning were notified as plain text.
        messages = [n.message for n in app._notifications]
        assert any("[x=1]" in m for m in messages), messages
