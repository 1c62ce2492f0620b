"""Delivery beside the rating and on compare: a spoken attempt (from --audio-input, with a
pause the test put at 1.5–4 s) shows its speaking time, pause and first word; a typed one
shows nothing new."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from interview_tui.clock import FakeClock
from interview_tui.paths import Paths
from interview_tui.practice.plan import plan_session
from interview_tui.review.delivery import delivery_lines
from interview_tui.store.database import Store
from interview_tui.tui.app import PracticeRequest
from interview_tui.tui.screens.compare import CompareScreen
from interview_tui.tui.screens.rate import RateScreen
from interview_tui.tui.screens.reflect import ReflectScreen
from interview_tui.tui.screens.resume import ResumeScreen
from interview_tui.tui.widgets.delivery_panel import DeliveryPanel
from interview_tui.voice.extra import missing
from tests.helpers import dead_pid
from tests.ui.conftest import AppFactory, until

SIZE = (80, 24)


def test_lines_say_pace_and_fillers_once_there_is_a_transcript() -> None:
    measured = {
        "duration_seconds": 41.2,
        "speaking_seconds": 34.4,
        "first_word_seconds": 1.26,
        "pauses": [{"start": 12.3, "end": 15.4, "seconds": 3.1}],
        "words_per_minute": None,
    }
    assert delivery_lines(measured) == [
        "Spoke 34s of 41s · first word at 1.3s",
        "1 pause ≥ 2s: at 0:12 (3.1s)",
        "Pace and fillers: once there is a transcript",
    ]
    transcribed = measured | {"words_per_minute": 142.4, "hesitations": {"um": 2, "uh": 1}}
    assert delivery_lines(transcribed)[-1] == "142 words a minute · fillers: um ×2, uh ×1"
    assert delivery_lines({"pauses": "junk", "words_per_minute": "x"})[1] == "No pauses ≥ 2s"


@pytest.mark.skipif(bool(missing()), reason="the voice extra is not installed")
async def test_delivery_shows_in_the_rate_dialog_and_on_compare(
    make_app: AppFactory, tmp_path: Path
) -> None:
    from interview_tui.voice.options import VoiceOptions
    from tests.voice.audio_tools import silence, tone, write

    source = write(tmp_path / "answer.wav", silence(0.5), tone(1), silence(2.5), tone(0.5))
    app = make_app(practice=PracticeRequest("mini", 1, "sequential"))
    app.voice = VoiceOptions(audio_input=source)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: getattr(app.screen, "_recorder", None) is not None)
        recorder = app.screen._recorder  # type: ignore[attr-defined]
        await until(pilot, lambda: recorder.seconds >= 4.4, timeout=15)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, RateScreen))
        rate = app.screen
        assert isinstance(rate, RateScreen)
        panel = rate.query_one("#rate-delivery", DeliveryPanel)
        text = str(panel.render())
        spoke = re.search(r"Spoke ([\d.]+)s of ([\d.]+)s · first word at ([\d.]+)s", text)
        assert spoke is not None, text
        # Where the test put them: 1.5 s of tone in 4.5 s, the first at 0.5 s.
        assert [float(n) for n in spoke.groups()] == pytest.approx([1.5, 4.5, 0.5], abs=0.3)
        assert "1 pause ≥ 2s: at 0:01 (2.5s)" in text
        assert panel.region.bottom <= SIZE[1]  # on screen at 80x24
        # No model here, so no transcript: the placeholder's words are not counted as the answer's.
        facts = str(rate.query_one("#rate-facts").render())
        assert "no transcript (no speech model)" in facts and "word" not in facts, facts
        assert not rate.query("#rate-insights")  # nothing analysed of a placeholder
        # The transcript lands while the dialog is open: pace and fillers join the panel.
        from interview_tui.tui.screens.voice_answer import _show_in_rating
        from interview_tui.voice.delivery import Delivery

        recording = app.store.recording(app.store.session_ids()[0], 0)
        assert recording is not None and recording.delivery is not None
        heard = recording.delivery | {"words_per_minute": 130.0, "hesitations": {"um": 1}}
        said = "Um I listened first and then we agreed."
        _show_in_rating(app, rate.attempt.session_id, 0, said, Delivery.from_dict(heard))
        assert "130 words a minute · fillers: um ×1" in str(panel.render())
        assert "8 words" in str(rate.query_one("#rate-facts").render())
        assert said in str(rate.query_one("#rate-answer").render())
        await pilot.press("4", "4", "4", "4", "enter")
        await until(pilot, lambda: isinstance(app.screen, ReflectScreen))

        # The same question again, typed this time: nothing new beside its rating.
        app.voice = None
        bank = app.banks.get("mini")
        assert bank is not None
        app.start_session(bank, 1, "sequential", None)
        await until(pilot, lambda: not isinstance(app.screen, ReflectScreen))
        await pilot.pause()
        await pilot.press(*"A typed answer this time.", "ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, RateScreen))
        assert not app.screen.query("#rate-delivery")
        await pilot.press("3", "3", "3", "3", "enter")
        await until(pilot, lambda: isinstance(app.screen, ReflectScreen))

        app.open_compare("mini", "conflict")
        await until(pilot, lambda: isinstance(app.screen, CompareScreen))
        compare = app.screen
        assert isinstance(compare, CompareScreen)
        await until(pilot, lambda: len(compare.attempts) == 2)
        spoken = compare.query_one("#old-delivery", DeliveryPanel)
        assert spoken.display and "1 pause ≥ 2s: at 0:01" in str(spoken.render())
        # The typed attempt says it has no recording (the question has a spoken one).
        typed = compare.query_one("#new-delivery", DeliveryPanel)
        assert typed.display and "No recording: this attempt was typed." in str(typed.render())


async def test_a_resumed_spoken_answer_shows_its_delivery_beside_the_rating(
    make_app: AppFactory, clock: FakeClock, isolated_dirs: Paths
) -> None:
    app = make_app()
    store = Store.open(isolated_dirs.database, clock, pid=dead_pid())
    plan = plan_session([app.banks.get("mini")], 1, "sequential")  # type: ignore[list-item]
    session_id = store.start_session(plan)
    store.submit_answer(session_id, 0, plan.items[0], "(spoken answer)", 30)
    measured = {"duration_seconds": 4.5, "speaking_seconds": 1.5, "first_word_seconds": 0.5}
    pause = {"start": 1.5, "end": 4.0, "seconds": 2.5}
    store.save_recording(session_id, 0, "recordings/1/0.flac", measured | {"pauses": [pause]})
    store.close()
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, ResumeScreen))
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, RateScreen))
        panel = app.screen.query_one("#rate-delivery", DeliveryPanel)
        assert "1 pause ≥ 2s: at 0:01 (2.5s)" in str(panel.render())
