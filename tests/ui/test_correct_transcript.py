"""A spoken answer's transcript can be corrected from the session's detail, and only there."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from unittest.mock import patch

from textual import events
from textual.widgets import DataTable, TextArea

from interview_tui.clock import FakeClock
from interview_tui.errors import UserError
from interview_tui.paths import Paths
from interview_tui.practice.plan import plan_session
from interview_tui.store.database import Store
from interview_tui.tui.screens.answer_editor import AnswerEditorScreen
from interview_tui.tui.screens.confirm import ConfirmScreen
from interview_tui.tui.screens.session_detail import SessionDetailScreen
from tests.ui.conftest import AppFactory, until

SIZE = (80, 24)
HEARD = "I spoke to Karen about the rotor and we agreed a fix."


def _record(paths: Paths, store: Store, session: int, position: int) -> None:
    """The answer at ``position`` was spoken: its recording file and row."""
    name = f"recordings/session-{session}/question-{position + 1}.flac"
    (paths.data_dir / name).parent.mkdir(parents=True, exist_ok=True)
    (paths.data_dir / name).write_bytes(b"fLaC")
    store.save_recording(session, position, name, {"transcript": HEARD})


def _finished_session(
    paths: Paths, clock: FakeClock, app: Any, answer: Callable[[Store, int, Any], None]
) -> int:
    """A finished two-question session of mini, its answers given by ``answer``."""
    store = Store.open(paths.database, clock)
    try:
        plan = plan_session([app.banks.get("mini")], 2, "sequential")
        session = store.start_session(plan)
        answer(store, session, plan)
        store.finish_session(session)
    finally:
        store.close()
    return session


def seed(paths: Paths, clock: FakeClock, app: Any) -> int:
    """A finished session of mini: question 1 spoken (with its recording), question 2 typed."""

    def answer(store: Store, session: int, plan: Any) -> None:
        spoken = store.submit_answer(session, 0, plan.items[0], HEARD, 40.0, {"words": 0})
        store.rate_attempt(spoken, {"structure": 3}, note="slow start", key_points={"x": True})
        _record(paths, store, session, 0)
        typed = store.submit_answer(session, 1, plan.items[1], "Typed answer.", 30.0)
        store.rate_attempt(typed, {"structure": 4})

    return _finished_session(paths, clock, app, answer)


def _stored(paths: Paths, clock: FakeClock, session: int) -> list[Any]:
    store = Store.open(paths.database, clock)
    try:
        return store.attempts(session)
    finally:
        store.close()


async def _open(app: Any, pilot: Any, session: int) -> SessionDetailScreen:
    detail = SessionDetailScreen(session)
    app.push_screen(detail)
    await until(pilot, lambda: detail.is_current and bool(detail.attempts))
    return detail


async def test_a_corrected_transcript_is_stored_with_fresh_insights_and_the_ratings_kept(
    make_app: AppFactory, clock: FakeClock, isolated_dirs: Paths
) -> None:
    app = make_app()
    session = seed(isolated_dirs, clock, app)
    async with app.run_test(size=SIZE) as pilot:
        detail = await _open(app, pilot, session)
        assert detail.check_action("correct", ()) is True
        await pilot.press("t")
        await until(pilot, lambda: isinstance(app.screen, AnswerEditorScreen))
        editor = app.screen.query_one(TextArea)
        assert editor.text == HEARD
        editor.load_text(HEARD.replace("Karen", "Kieran"))
        await pilot.press("ctrl+s")
        await until(pilot, lambda: app.screen is detail)
        await until(pilot, lambda: "Kieran" in detail.attempts[0].answer)
    spoken, typed = _stored(isolated_dirs, clock, session)
    assert spoken.answer == HEARD.replace("Karen", "Kieran")
    assert spoken.ratings == {"structure": 3}
    assert spoken.note == "slow start"
    assert spoken.key_point_ticks == {"x": True}
    # Read again from the corrected words, through the real coaching.
    assert spoken.insights is not None and spoken.insights != {"words": 0}
    assert spoken.insights["words"] == 12
    assert [k["point"] for k in spoken.insights["key_points"]] == [
        "the disagreement",
        "what you did",
        "the outcome",
    ]
    assert typed.answer == "Typed answer."


async def test_a_typed_answer_offers_no_transcript_to_fix(
    make_app: AppFactory, clock: FakeClock, isolated_dirs: Paths
) -> None:
    app = make_app()
    session = seed(isolated_dirs, clock, app)
    async with app.run_test(size=SIZE) as pilot:
        detail = await _open(app, pilot, session)
        detail.query_one(DataTable).move_cursor(row=1)
        await until(pilot, lambda: detail.check_action("correct", ()) is False)
        await pilot.press("t")
        await pilot.pause()
        assert app.screen is detail
    assert _stored(isolated_dirs, clock, session)[1].answer == "Typed answer."


async def test_escape_after_an_edit_asks_before_throwing_it_away(
    make_app: AppFactory, clock: FakeClock, isolated_dirs: Paths
) -> None:
    app = make_app()
    session = seed(isolated_dirs, clock, app)
    async with app.run_test(size=SIZE) as pilot:
        detail = await _open(app, pilot, session)
        await pilot.press("t")
        await until(pilot, lambda: isinstance(app.screen, AnswerEditorScreen))
        editor_screen = app.screen
        await pilot.press("!", "escape")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("enter")  # the focused, safe choice: keep editing
        await until(pilot, lambda: app.screen is editor_screen)
        assert editor_screen.query_one(TextArea).text.endswith("fix.!")
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")
        await until(pilot, lambda: app.screen is detail)
    assert _stored(isolated_dirs, clock, session)[0].answer == HEARD


def _seed_two_spoken(paths: Paths, clock: FakeClock, app: Any) -> int:
    """A finished session of mini with both answers spoken."""

    def answer(store: Store, session: int, plan: Any) -> None:
        for position in (0, 1):
            attempt = store.submit_answer(session, position, plan.items[position], HEARD, 40.0)
            store.rate_attempt(attempt, {"structure": 3})
            _record(paths, store, session, position)

    return _finished_session(paths, clock, app, answer)


async def test_after_a_correction_the_same_answer_stays_selected(
    make_app: AppFactory, clock: FakeClock, isolated_dirs: Paths
) -> None:
    app = make_app()
    session = _seed_two_spoken(isolated_dirs, clock, app)
    async with app.run_test(size=SIZE) as pilot:
        detail = await _open(app, pilot, session)
        detail.query_one(DataTable).move_cursor(row=1)
        await pilot.press("t")
        await until(pilot, lambda: isinstance(app.screen, AnswerEditorScreen))
        app.screen.query_one(TextArea).load_text("Second answer, corrected.")
        await pilot.press("ctrl+s")
        await until(pilot, lambda: detail.attempts[1].answer == "Second answer, corrected.")
        await pilot.pause()
        assert detail.query_one(DataTable).cursor_row == 1
        assert detail.selected() is detail.attempts[1]


async def test_a_correction_the_database_refuses_is_kept_in_the_editor(
    make_app: AppFactory, clock: FakeClock, isolated_dirs: Paths
) -> None:
    app = make_app()
    session = seed(isolated_dirs, clock, app)

    def locked(*_: object) -> None:
        raise UserError("the database is locked by another program")

    async with app.run_test(size=SIZE) as pilot:
        detail = await _open(app, pilot, session)
        await pilot.press("t")
        await until(pilot, lambda: isinstance(app.screen, AnswerEditorScreen))
        app.screen.query_one(TextArea).load_text("Kieran, not Karen.")
        with patch.object(app.store, "correct_answer", locked):
            await pilot.press("ctrl+s")
            await until(pilot, lambda: isinstance(app.screen, AnswerEditorScreen))
            reopened = app.screen
            await until(pilot, lambda: reopened.query_one(TextArea).text == "Kieran, not Karen.")
        await pilot.press("ctrl+s")  # the database is back: the same words are saved
        await until(pilot, lambda: app.screen is detail)
        await until(pilot, lambda: detail.attempts[0].answer == "Kieran, not Karen.")
    assert _stored(isolated_dirs, clock, session)[0].answer == "Kieran, not Karen."


async def test_a_correction_typed_in_the_burst_that_opens_the_editor_is_kept(
    make_app: AppFactory, clock: FakeClock, isolated_dirs: Paths
) -> None:
    app = make_app()
    session = seed(isolated_dirs, clock, app)
    async with app.run_test(size=SIZE) as pilot:
        detail = await _open(app, pilot, session)
        # As a terminal sends a burst: every key queued before the first is handled.
        for key, character in [("t", "t"), ("space", " "), ("o", "o"), ("k", "k")]:
            app.post_message(events.Key(key, character))
        await until(pilot, lambda: isinstance(app.screen, AnswerEditorScreen))
        editor = app.screen
        area = editor.query_one(TextArea)
        await until(pilot, lambda: area.text == HEARD + " ok")
        await pilot.press("ctrl+s")
        await until(pilot, lambda: app.screen is detail)
    assert _stored(isolated_dirs, clock, session)[0].answer == HEARD + " ok"
