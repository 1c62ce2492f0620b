"""Insights after submitting, the interviewer's question checker, insights on compare."""

from __future__ import annotations

import pytest
from textual.content import Content
from textual.widgets import Static

from interview_tui.clock import FakeClock
from interview_tui.paths import Paths
from interview_tui.store.database import Store
from interview_tui.tui.app import PracticeRequest
from interview_tui.tui.screens import rehearse
from interview_tui.tui.screens.compare import CompareScreen
from interview_tui.tui.screens.rate import RateScreen
from tests.ui.conftest import AppFactory, until

ANSWER = "Um, so basically we had, like, a disagreement about the outcome. I guess I listened."


def plain(widget: Static) -> str:
    return Content.from_markup(str(widget.content)).plain


async def test_insights_are_shown_with_the_rating_and_stored(
    make_app: AppFactory, clock: FakeClock, isolated_dirs: Paths
) -> None:
    app = make_app(practice=PracticeRequest("mini", 1, "sequential"))
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        await pilot.press(*ANSWER)
        await pilot.press("ctrl+s")
        await pilot.pause()
        rate = app.screen
        assert isinstance(rate, RateScreen)
        shown = plain(rate.query_one("#rate-insights", Static))
        assert "Fillers: basically ×1, like ×1, um ×1" in shown
        assert "Hedges: I guess ×1" in shown
        # One line naming the disagreement and the outcome is not the story the question asks
        # for: the key points need a real episode, so none is detected.
        assert (
            "Key points: 0 of 3 (not detected: the disagreement; what you did; the outcome)"
            in shown
        )
        answer = str(rate.query_one("#rate-answer", Static).content)
        assert "[u $warning]Um[/]" in answer  # fillers are highlighted
        await pilot.press("3", "3", "3", "3", "enter")
        await pilot.pause()
    store = Store.open(isolated_dirs.database, clock)
    (attempt,) = store.attempts(store.sessions()[0].id)
    assert attempt.insights is not None
    assert dict(attempt.insights["fillers"]) == {"um": 1, "basically": 1, "like": 1}
    assert attempt.insights["words"] == len(ANSWER.split())


async def test_the_checker_flags_as_the_interviewer_types(
    make_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A long pause before checking, so that even a slow machine types faster than it.
    monkeypatch.setattr(rehearse, "CHECK_AFTER", 2.0)
    app = make_app(practice=PracticeRequest("asks", 1, "sequential"))
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        checker = app.screen.query_one("#checker", Static)
        assert not checker.display
        await pilot.press(*"Do you enjoy it?")
        assert not checker.display  # debounced: nothing while typing
        await until(pilot, lambda: checker.display)
        assert "Yes/no question" in plain(checker)
        await pilot.press("ctrl+u", *"What do you enjoy most about it?")
        await until(pilot, lambda: not checker.display)


async def test_the_checker_is_off_for_the_interviewee(make_app: AppFactory) -> None:
    app = make_app(practice=PracticeRequest("mini", 1, "sequential"))
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        await pilot.press(*"Do you enjoy it?")
        await pilot.pause(0.6)
        assert not app.screen.query_one("#checker", Static).display


async def test_compare_shows_insights_for_both_sides(
    make_app: AppFactory, clock: FakeClock
) -> None:
    app = make_app(practice=PracticeRequest("mini", 1, "sequential"))
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        for text in (ANSWER, "We disagreed on the outcome; I proposed a test and it worked."):
            await pilot.press(*text, "ctrl+s")
            await pilot.pause()
            await pilot.press("4", "4", "4", "4", "enter")
            await pilot.pause()
            await pilot.press("ctrl+s")  # reflection
            await pilot.pause()
            if text == ANSWER:
                app._start_practice(PracticeRequest("mini", 1, "sequential"))
                await pilot.pause()
        app.open_compare("mini", "conflict")
        for _ in range(50):
            await pilot.pause(0.02)
            if isinstance(app.screen, CompareScreen) and app.screen.attempts:
                break
        old = plain(app.screen.query_one("#old-insights", Static))
        new = plain(app.screen.query_one("#new-insights", Static))
        assert "Fillers: basically ×1, like ×1, um ×1" in old
        assert "Fillers: none" in new


def test_a_long_flagged_span_is_quoted_up_to_a_word_with_an_ellipsis() -> None:
    from interview_tui.tui.cells import quoted as _quoted

    quoted = _quoted("Do you enjoy working in nursing, and what made you choose it?")
    assert quoted == "Do you enjoy working in nursing, and…"
    assert _quoted("What surprised you?") == "What surprised you?"
