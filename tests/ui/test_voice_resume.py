"""A recording cut short by a crash is offered back when its session is resumed: continued
(what is said next is added after it, in one file) or kept as the answer; never orphaned by
a new take."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import TextArea

from interview_tui.clock import FakeClock
from interview_tui.paths import Paths
from interview_tui.practice.plan import plan_session
from interview_tui.store.database import Store
from interview_tui.tui.app import InterviewApp
from interview_tui.tui.screens.rate import RateScreen
from interview_tui.tui.screens.recording_found import RecordingFoundScreen
from interview_tui.tui.screens.rehearse import RehearseScreen
from interview_tui.tui.screens.resume import ResumeScreen
from interview_tui.tui.screens.spoken_text import NO_MODEL
from interview_tui.voice.extra import missing
from tests.helpers import dead_pid
from tests.ui.conftest import AppFactory, until

pytestmark = pytest.mark.skipif(
    bool(missing()), reason="the voice extra is not installed ('make test' installs it)"
)


def _crashed_mid_answer(
    app: InterviewApp, clock: FakeClock, dirs: Paths, tmp_path: Path
) -> tuple[int, str, float]:
    """A session whose first answer was being spoken (and noted) when the app was killed."""
    from interview_tui.voice.audio import duration
    from interview_tui.voice.files import recording_name
    from tests.voice.audio_tools import killed_recording, tone, write

    store = Store.open(dirs.database, clock, pid=dead_pid())
    plan = plan_session([app.banks.get("mini")], 2, "sequential")  # type: ignore[list-item]
    session_id = store.start_session(plan)
    store.save_draft(session_id, 0, plan.items[0], "my notes", 5)
    name = recording_name(session_id, 0)
    killed_recording(write(tmp_path / "said.wav", tone(20)), dirs.data_dir / name)
    store.save_recording(session_id, 0, name)
    store.close()
    return session_id, name, duration(dirs.data_dir / name)


async def _offered(app: InterviewApp, pilot: object, name: str) -> RecordingFoundScreen:
    await until(pilot, lambda: isinstance(app.screen, ResumeScreen))
    await pilot.press("enter")  # type: ignore[attr-defined]
    await until(pilot, lambda: isinstance(app.screen, RecordingFoundScreen))
    found = app.screen
    assert isinstance(found, RecordingFoundScreen) and found.recording == name
    return found


async def test_continue_recording_adds_to_what_was_kept(
    make_app: AppFactory, clock: FakeClock, isolated_dirs: Paths, tmp_path: Path
) -> None:
    from interview_tui.voice.audio import duration
    from interview_tui.voice.options import VoiceOptions
    from tests.voice.audio_tools import silence, tone, write

    app = make_app()
    session_id, name, kept = _crashed_mid_answer(app, clock, isolated_dirs, tmp_path)
    assert kept > 1
    app.voice = VoiceOptions(audio_input=write(tmp_path / "more.wav", silence(1), tone(1)))
    async with app.run_test(size=(80, 24)) as pilot:
        await _offered(app, pilot, name)
        await pilot.press("enter")  # the default: continue
        await until(pilot, lambda: isinstance(app.screen, RehearseScreen))
        screen = app.screen
        assert isinstance(screen, RehearseScreen)
        await until(pilot, lambda: screen._recorder is not None)
        recorder = screen._recorder
        assert recorder is not None and recorder.seconds >= kept  # it starts with what was kept
        await until(pilot, lambda: recorder.seconds >= kept + 1.9, timeout=15)
        assert screen.query_one("#answer", TextArea).text == "my notes"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, RateScreen))
        found = app.store.recording(session_id, 0)
        assert found is not None and found.audio_path != name
        assert not (isolated_dirs.data_dir / name).exists()  # one file holds it all
        assert duration(isolated_dirs.data_dir / found.audio_path) == pytest.approx(
            kept + 2, abs=0.3
        )
        assert found.delivery is not None
        assert found.delivery["duration_seconds"] == pytest.approx(kept + 2, abs=0.3)
        assert app.store.attempts(session_id)[0].answer == "my notes"


async def test_keep_as_answer_submits_it_for_rating(
    make_app: AppFactory, clock: FakeClock, isolated_dirs: Paths, tmp_path: Path
) -> None:
    app = make_app()  # resumed from a plain start: no --voice
    session_id, name, kept = _crashed_mid_answer(app, clock, isolated_dirs, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _offered(app, pilot, name)
        await pilot.press("k")
        await until(pilot, lambda: isinstance(app.screen, RateScreen))
        assert "Spoke" in str(app.screen.query_one("#rate-delivery").render())
        await pilot.press("4", "4", "4", "4", "enter")
        await until(pilot, lambda: app.store.attempts(session_id)[0].overall == 4)
        attempt = app.store.attempts(session_id)[0]
        assert attempt.status == "submitted" and attempt.answer == "my notes"
        found = app.store.recording(session_id, 0)
        assert found is not None and found.audio_path == name
        assert found.delivery is not None
        assert found.delivery["duration_seconds"] == pytest.approx(kept, abs=0.2)
        assert NO_MODEL not in attempt.answer  # typed notes are the answer, not a placeholder


async def test_without_a_microphone_continuing_keeps_what_was_said(
    make_app: AppFactory,
    clock: FakeClock,
    isolated_dirs: Paths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from interview_tui.voice import recorder
    from interview_tui.voice.extra import VoiceError

    def no_microphone(self: object, push: object) -> None:
        raise VoiceError("cannot record from the microphone: no input device")

    monkeypatch.setattr(recorder.MicrophoneSource, "start", no_microphone)
    app = make_app()  # resumed from a plain start: continuing would use the microphone
    session_id, name, _ = _crashed_mid_answer(app, clock, isolated_dirs, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _offered(app, pilot, name)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, RehearseScreen))
        await until(
            pilot, lambda: any("no input device" in str(n.message) for n in app._notifications)
        )
        assert (isolated_dirs.data_dir / name).exists()
        await pilot.press("ctrl+s")  # the notes and the recording, submitted together
        await until(pilot, lambda: isinstance(app.screen, RateScreen))
        assert "Spoke" in str(app.screen.query_one("#rate-delivery").render())
        found = app.store.recording(session_id, 0)
        assert found is not None and found.audio_path == name and found.delivery is not None
        assert app.voice is None  # the session stays typed
