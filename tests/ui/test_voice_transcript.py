"""The transcript of a spoken answer lands in the answer where the user can edit it: in the
editor when they went back from the rating, in the answer (and the editor behind the dialog)
while they rate; typed notes are never lost, and the recording is transcribed once."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import TextArea

from interview_tui.paths import Paths
from interview_tui.tui.app import InterviewApp, PracticeRequest
from interview_tui.tui.screens.rate import RateScreen
from interview_tui.tui.screens.rehearse import RehearseScreen
from interview_tui.voice.extra import missing
from tests.ui.conftest import AppFactory, until

pytestmark = pytest.mark.skipif(
    bool(missing()), reason="the voice extra is not installed ('make test' installs it)"
)


def _voice_app(make_app: AppFactory, dirs: Paths, tmp_path: Path) -> InterviewApp:
    from interview_tui.voice.options import VoiceOptions
    from tests.voice.audio_tools import silence, tone, write
    from tests.voice.tiny_whisper import build

    build(dirs.data_dir / "models" / "tiny.en")
    source = write(tmp_path / "answer.wav", silence(0.5), tone(1), silence(2.5), tone(0.5))
    app = make_app(practice=PracticeRequest("mini", 2, "sequential"))
    app.voice = VoiceOptions(audio_input=source)
    return app


class Gate:
    """Holds the transcription until the test opens it, and counts how often it ran."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        import interview_tui.voice.analyse as module

        self.opened = threading.Event()
        self.calls = 0
        real = module.analyse

        def held(path: Path, transcriber: Any = None) -> Any:
            self.calls += 1
            self.opened.wait(30)
            return real(path, transcriber)

        monkeypatch.setattr(module, "analyse", held)


async def _record_and_submit(app: InterviewApp, pilot: Any) -> RehearseScreen:
    await until(pilot, lambda: getattr(app.screen, "_recorder", None) is not None)
    screen = app.screen
    assert isinstance(screen, RehearseScreen)
    recorder = screen._recorder
    assert recorder is not None
    await until(pilot, lambda: recorder.seconds >= 4.4, timeout=15)
    await pilot.press("ctrl+s")
    await until(pilot, lambda: isinstance(app.screen, RateScreen))
    return screen


def _answer(app: InterviewApp) -> str:
    return app.store.attempts(app.store.session_ids()[0])[0].answer


async def test_back_from_the_rating_the_transcript_lands_above_the_notes(
    make_app: AppFactory, isolated_dirs: Paths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = Gate(monkeypatch)
    app = _voice_app(make_app, isolated_dirs, tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        screen = await _record_and_submit(app, pilot)
        facts = str(app.screen.query_one("#rate-facts").render())
        assert "no transcript yet" in facts and "word" not in facts, facts
        await pilot.press("escape")  # back to the answer before the transcript is in
        await until(pilot, lambda: app.screen is screen)
        await pilot.press(*"My notes.")
        editor = screen.query_one("#answer", TextArea)
        assert editor.text == "My notes."
        gate.opened.set()
        await until(pilot, lambda: editor.text != "My notes.", timeout=30)
        transcript = editor.text.removesuffix("\n\nMy notes.")
        assert transcript and transcript != editor.text  # on top, the notes kept below
        # The submitted answer holds the transcript in place of the placeholder; the notes
        # typed since are the editor's until the answer is submitted again.
        assert _answer(app) == transcript

        await pilot.press("end", *" More.", "ctrl+s")  # editable: the user edits and submits
        await until(pilot, lambda: isinstance(app.screen, RateScreen))
        assert "no transcript" not in str(app.screen.query_one("#rate-facts").render())
        await pilot.press("4", "4", "4", "4", "enter")
        await until(pilot, lambda: isinstance(app.screen, RehearseScreen))
        await until(pilot, lambda: app.store.attempts(app.store.session_ids()[0])[0].overall)
        assert _answer(app) == f"{transcript}\n\nMy notes. More."
        assert gate.calls == 1  # the second submit did not transcribe again


async def test_while_rating_the_transcript_becomes_the_answer_and_submits_again(
    make_app: AppFactory, isolated_dirs: Paths, tmp_path: Path
) -> None:
    app = _voice_app(make_app, isolated_dirs, tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        screen = await _record_and_submit(app, pilot)
        rate = app.screen
        await until(pilot, lambda: not _answer(app).startswith("(spoken answer"), timeout=30)
        transcript = _answer(app)
        facts = rate.query_one("#rate-facts")
        await until(pilot, lambda: "no transcript" not in str(facts.render()))
        assert "word" in str(facts.render())
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is screen)
        editor = screen.query_one("#answer", TextArea)
        assert editor.text == transcript  # there to edit, not an empty editor
        # Nothing typed, and the recording was stopped by the first submit: still an answer.
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, RateScreen))
        await pilot.press("3", "3", "3", "3", "enter")
        await until(pilot, lambda: app.store.attempts(app.store.session_ids()[0])[0].overall)
        assert _answer(app) == transcript
