"""Questions read aloud in a session: chosen in setup (remembered), config or `practice
--read-aloud`; spoken by the system's voice in a subprocess that never holds the screen,
silenced when the user moves on or pauses, f5 to hear it again; in voice mode the recording
waits for the end of the reading; no voice installed is said once and the session goes on."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input, TextArea

import interview_tui.voice.readaloud as readaloud
from interview_tui.paths import Paths
from interview_tui.practice.remembered import choices_path
from interview_tui.settings import Settings, load_settings
from interview_tui.tui.app import InterviewApp, PracticeRequest
from interview_tui.tui.screens.rate import RateScreen
from interview_tui.tui.screens.rehearse import RehearseScreen
from interview_tui.tui.screens.setup import SetupScreen
from interview_tui.tui.widgets.stumped_checkbox import SpaceCheckbox
from interview_tui.voice.extra import missing
from tests.ui.conftest import AppFactory, until

ALOUD = PracticeRequest("mini", 2, "sequential", read_aloud=True)


class FakeVoice:
    """A voice that 'speaks' until the test lets it finish, and logs what it was given."""

    def __init__(self, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.done = folder / "done"
        self.log = folder / "said.txt"
        script = (
            "import os, sys, time\n"
            f"open({str(self.log)!r}, 'a').write(sys.argv[1] + '\\n')\n"
            f"while not os.path.exists({str(self.done)!r}): time.sleep(0.02)\n"
        )
        monkeypatch.setattr(readaloud, "voice_command", lambda: [sys.executable, "-c", script])

    def said(self) -> list[str]:
        return self.log.read_text().splitlines() if self.log.exists() else []

    def finish(self) -> None:
        self.done.touch()


def _notes(app: InterviewApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def _rehearse(app: InterviewApp, pilot: Any) -> RehearseScreen:
    await until(pilot, lambda: isinstance(app.screen, RehearseScreen))
    screen = app.screen
    assert isinstance(screen, RehearseScreen)
    return screen


async def test_each_question_is_read_and_moving_on_silences_it(
    make_app: AppFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    voice = FakeVoice(tmp_path, monkeypatch)
    app = make_app(practice=ALOUD)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _rehearse(app, pilot)
        await until(
            pilot, lambda: voice.said() == ["Tell me about a time you disagreed with a colleague."]
        )
        speech = screen._speech
        assert speech is not None and speech.poll() is None  # still speaking, screen answering
        await pilot.press(*"typed while it speaks")
        assert screen.query_one("#answer", TextArea).text == "typed while it speaks"
        shown = {
            str(key.render()).split()[-1]: key.region
            for key in screen.query("FooterKey")
            if key.region.width
        }
        # Both fit at 80 columns, whole: nothing drawn over them (the palette's key was).
        for name in ("Repeat", "Help"):
            assert shown[name].right <= 80, shown
            assert not any(shown[name].overlaps(r) for n, r in shown.items() if n != name)
        from interview_tui.tui.screens.help import keys_markdown

        assert "Repeat" in keys_markdown(screen)  # and in help (f1)
        await pilot.press("ctrl+s")  # moving on silences the voice
        await until(pilot, lambda: isinstance(app.screen, RateScreen))
        assert speech.poll() is not None and screen._speech is None
        await pilot.press("3", "3", "3", "3", "enter")
        await until(pilot, lambda: len(voice.said()) == 2)  # the next question, read too
        assert voice.said()[1] == "Tell me about a project that failed."
        second = screen._speech
        assert second is not None
        await pilot.press("ctrl+t")  # pausing silences it too
        await until(pilot, lambda: second.poll() is not None)
        await pilot.press("ctrl+t", "f5")  # and f5 reads it again
        await until(pilot, lambda: len(voice.said()) == 3)
        assert voice.said()[2] == voice.said()[1]
        voice.finish()
        await until(pilot, lambda: not screen.reading)


async def test_typed_practice_without_it_reads_nothing_and_hides_the_key(
    make_app: AppFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    voice = FakeVoice(tmp_path, monkeypatch)
    app = make_app(practice=PracticeRequest("mini", 1, "sequential"))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _rehearse(app, pilot)
        await pilot.press("f5")
        await pilot.pause()
        assert not screen.reading and voice.said() == []
        assert "f5" not in {k for k, b in screen.active_bindings.items() if b.enabled}


async def test_no_voice_installed_is_said_once_and_the_session_goes_on(
    make_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(readaloud, "voice_command", lambda: None)
    app = make_app(practice=ALOUD)
    async with app.run_test(size=(100, 32)) as pilot:
        await _rehearse(app, pilot)
        await until(pilot, lambda: any("espeak-ng" in n for n in _notes(app)))
        await pilot.press(*"An answer.", "ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, RateScreen))
        await pilot.press("3", "3", "3", "3", "enter")
        screen = await _rehearse(app, pilot)
        await until(pilot, lambda: screen.rehearsal.position == 1)
        await pilot.press("f5")
        await pilot.pause()
        told = [n for n in _notes(app) if "not read aloud" in n]
        assert told == [
            "Questions are not read aloud: no voice to read questions aloud: install espeak-ng "
            "(Linux) or use macOS's say."
        ]


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")
async def test_espeak_ng_reads_the_question(
    make_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[subprocess.Popen[bytes]] = []
    real = readaloud.speak

    def speak(text: str) -> subprocess.Popen[bytes] | None:
        process = real(text)
        if process is not None:
            started.append(process)
        return process

    monkeypatch.setattr(readaloud, "speak", speak)
    app = make_app(practice=ALOUD)
    async with app.run_test(size=(100, 32)) as pilot:
        screen = await _rehearse(app, pilot)
        await until(pilot, lambda: bool(started))
        assert started[0].args == ["espeak-ng", screen.rehearsal.current.question.text]
        await until(pilot, lambda: not screen.reading)  # ended (no sound device: at once)
        assert started[0].returncode is not None
        assert not any("not read aloud" in n for n in _notes(app))


@pytest.mark.skipif(bool(missing()), reason="the voice extra is not installed")
async def test_in_voice_mode_the_recording_waits_for_the_reading(
    make_app: AppFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from interview_tui.voice.options import VoiceOptions
    from tests.voice.audio_tools import silence, tone, write

    voice = FakeVoice(tmp_path, monkeypatch)
    app = make_app(practice=ALOUD)
    app.voice = VoiceOptions(audio_input=write(tmp_path / "a.wav", silence(0.5), tone(3)))
    async with app.run_test(size=(100, 32)) as pilot:
        screen = await _rehearse(app, pilot)
        await until(pilot, lambda: len(voice.said()) == 1)
        assert screen._recorder is None  # not while the question is read
        assert "listen" in str(screen.query_one("#voice-meter").render())
        voice.finish()
        await until(pilot, lambda: screen._recorder is not None)
        recorder = screen._recorder
        assert recorder is not None and not recorder.paused
        voice.done.unlink()
        await pilot.press("f5")  # read again: the recording waits meanwhile
        await until(pilot, lambda: len(voice.said()) == 2)
        assert recorder.paused and screen._recorder is recorder
        voice.finish()
        await until(pilot, lambda: not recorder.paused)


async def test_chosen_in_setup_and_remembered(make_app: AppFactory, isolated_dirs: Paths) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, SetupScreen))
        await until(pilot, lambda: isinstance(app.screen.focused, Input))
        box = app.screen.query_one("#read-aloud", SpaceCheckbox)
        assert box.value is False  # off by default
        box.focus()
        await pilot.press("space", "enter")
        await until(pilot, lambda: isinstance(app.screen, RehearseScreen))
        assert app.setup.read_aloud
        await until(pilot, lambda: choices_path(isolated_dirs.data_dir).exists())
    again = make_app()
    assert again.setup.read_aloud


def test_config_and_command_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "config.yaml"
    config.write_text("read_aloud: true\n")
    assert load_settings(config).settings.read_aloud
    assert Settings().read_aloud is False
    config.write_text("read_aloud: loud\n")
    (warning,) = load_settings(config).warnings
    assert "read_aloud must be true or false" in warning

    from interview_tui.cli import tui
    from interview_tui.cli.main import main

    requests: list[PracticeRequest] = []
    monkeypatch.setattr(
        tui, "run_app", lambda context, banks, practice, **_: requests.append(practice) or 0
    )
    assert main(["practice", "behavioral", "--read-aloud"]) == 0
    assert main(["practice", "behavioral"]) == 0
    assert [r.read_aloud for r in requests] == [True, False]


async def test_the_clock_starts_once_the_question_has_been_read(
    make_app: AppFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clock: Any
) -> None:
    """The time to answer begins when the question has been asked, as in an interview."""
    from interview_tui.tui.widgets.countdown import CountdownDisplay

    voice = FakeVoice(tmp_path, monkeypatch)
    app = make_app(practice=ALOUD)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _rehearse(app, pilot)
        await until(pilot, lambda: screen.reading)
        clock.advance(20)  # the voice takes 20 s to read it
        await pilot.pause()
        assert screen.rehearsal.countdown.elapsed == 0
        state = str(screen.query_one(CountdownDisplay).query_one("#clock-state").render())
        assert "read" in state and "paused" not in state
        voice.finish()
        await until(pilot, lambda: not screen.reading)
        clock.advance(5)
        assert screen.rehearsal.countdown.elapsed == pytest.approx(5)
