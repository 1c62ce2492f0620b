"""A spoken answer through the real screens: recording from --audio-input, submit, rating
without waiting, then the transcript (tiny test model) landing in the stored answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from interview_tui.paths import Paths
from interview_tui.tui.app import PracticeRequest
from interview_tui.tui.screens.rate import RateScreen
from interview_tui.voice.extra import missing
from tests.ui.conftest import AppFactory, until

pytestmark = pytest.mark.skipif(
    bool(missing()), reason="the voice extra is not installed ('make test' installs it)"
)


async def test_a_spoken_answer_is_recorded_rated_and_transcribed(
    make_app: AppFactory, isolated_dirs: Paths, tmp_path: Path
) -> None:
    from interview_tui.voice.options import VoiceOptions
    from tests.voice.audio_tools import silence, tone, write
    from tests.voice.tiny_whisper import build

    build(isolated_dirs.data_dir / "models" / "tiny.en")
    source = write(tmp_path / "answer.wav", silence(0.5), tone(1), silence(2.5), tone(0.5))
    app = make_app(practice=PracticeRequest("mini", 1, "sequential"))
    app.voice = VoiceOptions(audio_input=source)
    async with app.run_test(size=(100, 32)) as pilot:
        screen: object = None
        await until(pilot, lambda: getattr(app.screen, "_recorder", None) is not None)
        screen = app.screen
        recorder = screen._recorder  # type: ignore[attr-defined]
        # The editor asks for the spoken answer, not for typing one.
        from textual.widgets import TextArea

        placeholder = str(app.screen.query_one("#answer", TextArea).placeholder)
        assert "aloud" in placeholder and "Type your answer" not in placeholder
        await until(pilot, lambda: recorder.seconds >= 4.4, timeout=15)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, RateScreen))
        session = app.store.session_ids()[0]
        recording = app.store.recording(session, 0)
        assert recording is not None and recording.delivery is not None
        assert [round(p["start"]) for p in recording.delivery["pauses"]] == [2]
        assert (isolated_dirs.data_dir / recording.audio_path).is_file()

        def transcribed() -> bool:
            answer = app.store.attempts(session)[0].answer
            return not answer.startswith("(spoken answer")

        await until(pilot, transcribed, timeout=30)
        done = app.store.recording(session, 0)
        assert done is not None and done.delivery is not None
        assert done.delivery["transcript"] is not None

        # Listen back from the session's detail: on a machine with no sound device, one line.
        from interview_tui.tui.screens.session_detail import SessionDetailScreen

        detail = SessionDetailScreen(session)
        await app.push_screen(detail)
        await pilot.press("space")
        await until(
            pilot,
            lambda: (
                detail._playing or any("cannot play" in str(n.message) for n in app._notifications)
            ),
            timeout=10,
        )
