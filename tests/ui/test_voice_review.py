"""The review side of spoken answers: delivery over time on the progress screen, delivery and
play-back on compare. The answers are written to the real SQLite file before the app starts."""

from __future__ import annotations

from typing import Any

from interview_tui.clock import FakeClock
from interview_tui.paths import Paths
from interview_tui.practice.plan import plan_session
from interview_tui.store.database import Store
from interview_tui.tui.screens.progress import ProgressScreen
from interview_tui.tui.widgets.delivery_trend import DeliveryTrend
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
