"""The review side of spoken answers: delivery over time on the progress screen, delivery and
play-back on compare. The answers are written to the real SQLite file before the app starts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widgets import DataTable
from textual.widgets._footer import FooterKey

from interview_tui.clock import FakeClock
from interview_tui.paths import Paths
from interview_tui.practice.plan import plan_session
from interview_tui.store.database import Store
from interview_tui.tui.screens.compare import CompareScreen
from interview_tui.tui.screens.progress import ProgressScreen
from interview_tui.tui.widgets.delivery_panel import DeliveryPanel
from interview_tui.tui.widgets.delivery_trend import DeliveryTrend
from interview_tui.voice.extra import missing
from tests.ui.conftest import AppFactory, until

SIZE = (80, 24)


def _measures(wpm: float | None, pauses: int, first: float) -> dict[str, Any]:
    return {
        "duration_seconds": 60.0,
        "speaking_seconds": 50.0,
        "first_word_seconds": first,
        "pauses": [
            {"start": 10.0 * i, "end": 10.0 * i + 2.5, "seconds": 2.5} for i in range(pauses)
        ],
        "transcript": None,
        "words_per_minute": wpm,
        "hesitations": {},
    }


def seed(
    paths: Paths, clock: FakeClock, app: Any, spoken: list[dict[str, Any] | None]
) -> list[int]:
    """One finished session per entry, a day apart, answering mini/conflict: spoken (with
    these measures and a recording file) or typed (``None``). Returns the session ids."""
    store = Store.open(paths.database, clock)
    sessions = []
    try:
        bank = app.banks.get("mini")
        for delivery in spoken:
            clock.advance(86_400)
            plan = plan_session([bank], 1, "sequential")
            session = store.start_session(plan)
            attempt = store.submit_answer(session, 0, plan.items[0], "My answer.", 40.0)
            store.rate_attempt(attempt, {"structure": 3, "clarity": 4})
            if delivery is not None:
                name = f"recordings/session-{session}/question-1.flac"
                (paths.data_dir / name).parent.mkdir(parents=True, exist_ok=True)
                (paths.data_dir / name).write_bytes(b"fLaC")
                store.save_recording(session, 0, name, delivery)
            store.finish_session(session)
            sessions.append(session)
    finally:
        store.close()
    return sessions


async def _open_progress(app: Any, pilot: Any) -> ProgressScreen:
    app.action_open_progress()
    await until(pilot, lambda: isinstance(app.screen, ProgressScreen))
    screen = app.screen
    await until(pilot, lambda: screen.data is not None)
    await pilot.pause()
    return screen  # type: ignore[no-any-return]


async def test_progress_shows_pace_and_pauses_over_the_spoken_answers(
    make_app: AppFactory, clock: FakeClock, isolated_dirs: Paths
) -> None:
    app = make_app()
    seed(
        isolated_dirs,
        clock,
        app,
        [_measures(None, 3, 2.0), None, _measures(110.0, 2, 1.5), _measures(140.0, 0, 0.5)],
    )
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_progress(app, pilot)
        trend = screen.query_one(DeliveryTrend)
        assert trend.display
        text = str(trend.render())
        assert "Delivery of your spoken answers (3 answers)" in text
        # Pace from the two transcribed answers; pauses and first word from all three.
        assert "Pace        ▁█  110 ↑ 140 words a minute" in text
        assert "Long pauses █▆▁ 3.0 ↓ 0.0 per answer (≥ 2s)" in text
        assert "First word  █▆▁ 2.0 ↓ 0.5s" in text
        # The interviewer's side has no spoken answers: no delivery, and no empty heading.
        await pilot.press("r", "r")
        await until(pilot, lambda: screen.data is not None and screen.filters.role is not None)
        await until(pilot, lambda: not trend.display)
        assert screen.filters.role == "interviewer"


async def test_progress_without_recordings_shows_no_delivery(
    make_app: AppFactory, clock: FakeClock, isolated_dirs: Paths
) -> None:
    app = make_app()
    seed(isolated_dirs, clock, app, [None, None])
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_progress(app, pilot)
        assert not screen.query_one(DeliveryTrend).display
        assert "Delivery" not in app.export_screenshot()


async def _open_compare(app: Any, pilot: Any, count: int) -> CompareScreen:
    app.open_compare("mini", "conflict")
    await until(pilot, lambda: isinstance(app.screen, CompareScreen))
    screen = app.screen
    await until(pilot, lambda: len(screen.attempts) == count)
    await pilot.pause()
    return screen  # type: ignore[no-any-return]


def _notes(app: Any) -> list[str]:
    return [str(note.message) for note in app._notifications]


async def test_compare_shows_each_attempts_delivery_and_says_which_were_typed(
    make_app: AppFactory, clock: FakeClock, isolated_dirs: Paths
) -> None:
    app = make_app()
    seed(isolated_dirs, clock, app, [_measures(None, 1, 1.0), None, _measures(140.0, 0, 0.5)])
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_compare(app, pilot, 3)
        table = screen.query_one("#tries", DataTable)
        assert [str(table.get_row_at(row)[-1]) for row in range(3)] == ["rec", "–", "140"]
        new = screen.query_one("#new-delivery", DeliveryPanel)
        assert "140 words a minute" in str(new.render())
        assert new.region.bottom <= SIZE[1]  # in view at 80x24, above the insights
        # The typed attempt as the older side: it says so, where delivery would be.
        await pilot.press("up", "o")
        old = screen.query_one("#old-delivery", DeliveryPanel)
        assert str(old.render()) == "No recording: this attempt was typed."
        # Space on it: nothing to hear, said in one line.
        await pilot.press("space")
        await until(pilot, lambda: any("has no recording" in n for n in _notes(app)))
        # Play is in the footer, and Quit and Help still fit beside it at 80 columns.
        keys = {key.description: key for key in app.screen.query(FooterKey)}
        assert {"Play", "Quit", "Help"} <= set(keys)
        assert keys["Help"].region.right <= SIZE[0] - len("^p palette")


async def test_compare_of_a_typed_question_has_no_voice_column_nor_play(
    make_app: AppFactory, clock: FakeClock, isolated_dirs: Paths
) -> None:
    app = make_app()
    seed(isolated_dirs, clock, app, [None, None])
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_compare(app, pilot, 2)
        table = screen.query_one("#tries", DataTable)
        assert [str(c.label) for c in table.columns.values()][-1] == "Words"
        assert not screen.query_one("#old-delivery", DeliveryPanel).display
        assert screen.check_action("play", ()) is False


@pytest.mark.skipif(bool(missing()), reason="the voice extra is not installed")
async def test_space_plays_the_attempt_under_the_cursor_and_again_stops_it(
    make_app: AppFactory,
    clock: FakeClock,
    isolated_dirs: Paths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from interview_tui.voice import playback

    played: list[str] = []
    monkeypatch.setattr(playback, "play", lambda path: played.append(path.name) or 60.0)
    monkeypatch.setattr(playback, "stop", lambda: played.append("stop"))
    app = make_app()
    first, _typed, last = seed(
        isolated_dirs, clock, app, [_measures(None, 1, 1.0), None, _measures(140.0, 0, 0.5)]
    )
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_compare(app, pilot, 3)
        await pilot.press("space")  # the latest attempt: the cursor starts there
        await until(pilot, lambda: played == ["question-1.flac"])
        assert screen._now_playing is not None
        assert f"session-{last}" in screen._now_playing[0]
        await pilot.press("up", "up", "space")  # attempt 1 instead of attempt 3
        await until(pilot, lambda: len(played) == 2)
        assert screen._now_playing is not None and f"session-{first}" in screen._now_playing[0]
        await pilot.press("space")  # the same one again: stop
        await until(pilot, lambda: played[-1] == "stop")
        assert not screen._playing
        await pilot.press("space", "escape")  # leaving the screen stops it too
        await until(pilot, lambda: not isinstance(app.screen, CompareScreen))
        await until(pilot, lambda: played[-1] == "stop" and len(played) == 5)


@pytest.mark.skipif(bool(missing()), reason="the voice extra is not installed")
async def test_without_a_sound_device_play_back_is_one_line(
    make_app: AppFactory, clock: FakeClock, isolated_dirs: Paths, tmp_path: Path
) -> None:
    from interview_tui.voice import playback
    from tests.voice.audio_tools import tone, write

    if playback.output_device() is not None:
        pytest.skip("this machine has a sound output device")
    app = make_app()
    (session,) = seed(isolated_dirs, clock, app, [_measures(None, 0, 0.2)])
    audio = isolated_dirs.data_dir / f"recordings/session-{session}/question-1.flac"
    write(audio, tone(0.5))
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_compare(app, pilot, 1)
        await pilot.press("space")
        await until(pilot, lambda: any("cannot play" in n for n in _notes(app)), timeout=10)
        (line,) = [n for n in _notes(app) if "cannot play" in n]
        assert line == "cannot play the recording: this machine has no sound output device"
        assert not screen._playing
