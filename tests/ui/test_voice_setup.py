"""The setup dialog's "answer by: typing / speaking": chosen with the keys, remembered between
launches, used when the session starts; without the voice extra, one line and a typed session."""

from __future__ import annotations

import json

import pytest
from textual.widgets import Label, Select

from interview_tui.paths import Paths
from interview_tui.practice.remembered import choices_path
from interview_tui.tui.app import InterviewApp
from interview_tui.tui.screens.rehearse import RehearseScreen
from interview_tui.tui.screens.setup import SetupScreen
from interview_tui.tui.widgets.voice_meter import VoiceMeter
from interview_tui.voice import extra
from tests.ui.conftest import AppFactory, until

SIZE = (80, 24)


async def _choose_speaking(app: InterviewApp, pilot: object) -> SetupScreen:
    """Open the setup dialog and pick "Speaking" from its dropdown as a person would."""
    from textual.pilot import Pilot

    assert isinstance(pilot, Pilot)
    await pilot.press("enter")
    await until(pilot, lambda: isinstance(app.screen, SetupScreen) and app.screen.focused)
    screen = app.screen
    assert isinstance(screen, SetupScreen)
    select = screen.query_one("#answer-by", Select)
    assert select.value == "typing"
    assert select.region.bottom <= SIZE[1] and select.region.right <= SIZE[0]  # fits 80x24
    select.focus()
    await pilot.press("down")  # opens the dropdown
    await pilot.press("down", "enter")  # the second choice
    await until(pilot, lambda: select.value == "speaking")
    return screen


@pytest.mark.skipif(bool(extra.missing()), reason="the voice extra is not installed")
async def test_speaking_chosen_in_setup_starts_a_voice_session_and_is_remembered(
    make_app: AppFactory, isolated_dirs: Paths
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await _choose_speaking(app, pilot)
        assert not screen.query_one("#voice-hint", Label).display  # the extra is here
        await pilot.press("enter")  # enter on the dropdown starts
        await until(pilot, lambda: isinstance(app.screen, RehearseScreen))
        assert app.voice is not None and app.voice.audio_input is None  # the microphone
        assert app.screen.query(VoiceMeter)
        await until(pilot, lambda: choices_path(isolated_dirs.data_dir).exists())
    saved = json.loads(choices_path(isolated_dirs.data_dir).read_text(encoding="utf-8"))
    assert saved["answer_by"] == "speaking"

    again = make_app()
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(again.screen, SetupScreen) and again.screen.focused)
        assert again.screen.query_one("#answer-by", Select).value == "speaking"


async def test_speaking_without_the_extra_says_how_to_install_it_and_types(
    make_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(extra, "missing", lambda: ["sounddevice"])
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await _choose_speaking(app, pilot)
        hint = screen.query_one("#voice-hint", Label)
        await until(pilot, lambda: hint.display)
        text = str(hint.render())
        assert "pip install 'interview-tui[voice]'" in text
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, RehearseScreen))
        assert app.voice is None
        assert not app.screen.query(VoiceMeter)
        assert any("interview-tui[voice]" in str(n.message) for n in app._notifications)
