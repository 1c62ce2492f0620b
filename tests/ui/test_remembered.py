"""The side of the table and the session setup are remembered between launches."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import Input, Select

from interview_tui.paths import Paths
from interview_tui.practice.plan import SessionSetup
from interview_tui.practice.remembered import Choices, choices_path, load_choices
from interview_tui.tui.screens.home import HomeScreen
from interview_tui.tui.screens.rehearse import RehearseScreen
from interview_tui.tui.screens.setup import SetupScreen
from tests.ui.conftest import AppFactory, until

SIZE = (80, 24)
DEFAULTS = Choices("interviewee", SessionSetup(5, "random", None))


async def test_choices_survive_a_relaunch(make_app: AppFactory, isolated_dirs: Paths) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+r", "enter")
        await until(pilot, lambda: isinstance(app.screen, SetupScreen))
        await until(pilot, lambda: isinstance(app.screen.focused, Input))
        screen = app.screen
        screen.query_one("#count", Input).value = "2"
        screen.query_one("#order", Select).value = "sequential"
        screen.query_one("#time-limit", Input).value = "90s"
        screen.query_one("#goal", Input).value = "a goal for today only"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, RehearseScreen))
        await until(pilot, lambda: choices_path(isolated_dirs.data_dir).exists())

    again = make_app()
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert again.role == "interviewer"
        assert isinstance(again.screen, HomeScreen)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(again.screen, SetupScreen))
        await until(pilot, lambda: isinstance(again.screen.focused, Input))
        screen = again.screen
        assert screen.query_one("#count", Input).value == "2"
        assert screen.query_one("#order", Select).value == "sequential"
        assert screen.query_one("#time-limit", Input).value == "90"
        assert screen.query_one("#goal", Input).value == ""  # a goal is for one session


@pytest.mark.parametrize(
    "text",
    ["", "{not json", "[1, 2]", '{"role": "boss", "count": "many", "order": 7, "time_limit": -1}'],
)
def test_a_corrupt_file_means_the_defaults(tmp_path: Path, text: str) -> None:
    path = tmp_path / "choices.json"
    path.write_text(text, encoding="utf-8")
    assert load_choices(path, DEFAULTS) == DEFAULTS


def test_a_partly_good_file_keeps_what_is_good(tmp_path: Path) -> None:
    path = tmp_path / "choices.json"
    path.write_text(json.dumps({"role": "interviewer", "count": 0, "order": "new"}), "utf-8")
    assert load_choices(path, DEFAULTS) == Choices("interviewer", SessionSetup(5, "new", None))
