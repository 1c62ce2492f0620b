"""Every key does what it says: in a burst, in dialogs, in the footer, help and palette."""

from __future__ import annotations

from typing import Any

import pytest
from textual import events
from textual.widgets import DataTable, Input

from interview_tui.banks.model import BankSource, LoadResult
from interview_tui.clock import FakeClock
from interview_tui.paths import Paths
from interview_tui.settings import Settings
from interview_tui.store.database import Store
from interview_tui.tui.app import InterviewApp, PracticeRequest
from interview_tui.tui.screens.confirm import ConfirmScreen
from interview_tui.tui.screens.help import HelpScreen, keys_markdown
from interview_tui.tui.screens.home import HomeScreen
from interview_tui.tui.screens.prepare import PrepareScreen
from interview_tui.tui.screens.rate import RateScreen
from interview_tui.tui.screens.reflect import ReflectScreen
from interview_tui.tui.screens.rehearse import RehearseScreen
from interview_tui.tui.screens.setup import SetupScreen
from interview_tui.tui.widgets.bank_list import BankList
from interview_tui.tui.widgets.footer import AppFooter
from tests.ui.conftest import AppFactory, footer_keys, until

SIZE = (80, 24)


def burst(app: InterviewApp, *keys: str) -> None:
    """Keys arriving at once, as from a fast typist or a paste: no pause between them."""
    for key in keys:
        character = " " if key == "space" else key if len(key) == 1 else None
        app.post_message(events.Key(key, character))


async def _submit_first(pilot, app: InterviewApp, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    await pilot.pause()
    await pilot.press(*"An answer")
    clock.advance(20)
    await pilot.press("ctrl+s")
    await until(pilot, lambda: isinstance(app.screen, RateScreen))


async def test_s_after_the_scores_marks_stumped_and_enter_saves(
    make_app: AppFactory, clock: FakeClock, isolated_dirs: Paths
) -> None:
    app = make_app(practice=PracticeRequest("mini", 1, "sequential"))
    async with app.run_test(size=SIZE) as pilot:
        await _submit_first(pilot, app, clock)
        await pilot.press("4", "3", "4", "3", "s", "enter")
        await until(pilot, lambda: not isinstance(app.screen, RateScreen))
    store = Store.open(isolated_dirs.database, clock)
    (attempt,) = store.attempts(store.sessions()[0].id)
    assert attempt.stumped and attempt.note == ""
    assert sorted(attempt.ratings.values()) == [3, 3, 4, 4]


async def test_the_rate_dialog_shows_its_own_keys_in_its_footer(
    make_app: AppFactory, clock: FakeClock
) -> None:
    app = make_app(practice=PracticeRequest("mini", 1, "sequential"))
    async with app.run_test(size=SIZE) as pilot:
        await _submit_first(pilot, app, clock)
        await pilot.pause()
        shown = footer_keys(app)
        assert {"Score", "Stumped", "Save", "Back"} <= shown
        assert "Submit" not in shown and "Guidance" not in shown
        footer = app.screen.query_one(AppFooter)
        assert footer.region.bottom == SIZE[1]  # on screen, at the bottom


async def test_the_setup_dialog_shows_its_keys_and_enter_on_order_starts(
    make_app: AppFactory,
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, SetupScreen))
        await pilot.pause()
        shown = footer_keys(app)
        assert "Start" in shown and "History" not in shown
        app.screen.query_one("#order").focus()
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, RehearseScreen))


async def test_arrows_move_through_the_preparation_checklist(make_app: AppFactory) -> None:
    app = make_app(practice=PracticeRequest("asks", 1, "sequential"), settings=Settings())
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, PrepareScreen) and app.screen.focused)
        first = app.screen.focused
        await pilot.press("down")
        assert app.screen.focused is not first
        await pilot.press("up")
        assert app.screen.focused is first


async def test_keys_in_a_burst_after_switching_role_reach_the_fourth_bank(
    make_app: AppFactory, bundled_sources: list[BankSource]
) -> None:
    app = make_app(sources=bundled_sources)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        burst(app, "ctrl+r", "down", "down", "down", "enter")
        await until(pilot, lambda: isinstance(app.screen, SetupScreen))
        expected = app.banks.by_role("interviewer")[3]
        assert app.screen.bank.id == expected.id  # type: ignore[attr-defined]


async def test_delete_is_not_the_default_of_the_confirmation(
    make_app: AppFactory, clock: FakeClock
) -> None:
    app = make_app(practice=PracticeRequest("mini", 1, "sequential"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("escape")  # "end this session now?"
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        # Enter cancels, so the key that confirms is shown: a person can see how to end.
        await until(pilot, lambda: {"Yes", "Cancel"} <= footer_keys(app))
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, RehearseScreen))
        assert not app.screen.rehearsal.done  # type: ignore[attr-defined]


async def test_palette_and_help_list_the_apps_own_actions_first_each_once(
    make_app: AppFactory,
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen.focused, BankList)
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert len(titles) == len(set(titles))
        assert titles[0] == "Start session"
        assert {"Role", "History", "Progress", "New question", "Help"} <= set(titles)
        assert not {"Down", "Scroll Left", "Page Right", "Select"} & set(titles)
        help_text = keys_markdown(app.screen)
        rows = [line for line in help_text.splitlines() if line.startswith("| `")]
        assert rows[0].startswith("| `⏎` | Start session") and "Scroll" not in help_text
        await pilot.press("f1")
        await until(pilot, lambda: isinstance(app.screen, HelpScreen))


async def test_history_delete_needs_a_deliberate_key(
    make_app: AppFactory, clock: FakeClock, isolated_dirs: Paths
) -> None:
    app = make_app(practice=PracticeRequest("mini", 1, "sequential"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+n")  # skip: the session ends with one attempt
        await pilot.pause()
        await pilot.press("ctrl+s")  # save the reflection
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        await pilot.press("f2")
        table = app.screen.query_one("#sessions", DataTable)
        await until(pilot, lambda: table.row_count == 1)
        await pilot.press("x")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("enter")
        await pilot.pause()
        assert len(app.store.sessions()) == 1
        assert isinstance(app.screen.query_one("#sessions"), DataTable)
        assert not isinstance(app.screen.focused, Input)


async def test_enter_while_the_banks_are_still_loading_opens_the_setup_once_they_are(
    isolated_dirs: Paths,
    clock: FakeClock,
    small_banks: list[BankSource],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A new user's first launch parses the banks in a worker: an enter typed meanwhile is
    kept and acted on when they arrive, not dropped by the empty list."""
    import threading

    from interview_tui.tui import app as app_module

    release = threading.Event()
    real_load = app_module.load_banks

    def slow_load(*args: Any, **kwargs: Any) -> LoadResult:
        release.wait(10)
        return real_load(*args, **kwargs)

    monkeypatch.setattr(app_module, "load_banks", slow_load)
    app = InterviewApp(paths=isolated_dirs, bank_sources=small_banks, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not app.banks_ready
        await pilot.press("enter")
        release.set()
        await until(pilot, lambda: isinstance(app.screen, SetupScreen))
        await until(pilot, lambda: app.screen.query_one("#goal").has_focus)


async def test_the_setup_dialog_opens_at_its_top_on_a_short_terminal(make_app: AppFactory) -> None:
    """The goal has the focus and its title and label stay in view, also after tabbing back."""
    app = make_app()
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, SetupScreen))
        dialog = app.screen.query_one("#setup-dialog")
        await until(pilot, lambda: app.screen.focused is app.screen.query_one("#goal"))
        await pilot.pause()
        assert dialog.scroll_y == 0
        await pilot.press("tab", "tab", "tab", "tab", "tab")  # down to the read-aloud box
        await until(pilot, lambda: dialog.scroll_y > 0)
        await pilot.press("shift+tab", "shift+tab", "shift+tab", "shift+tab", "shift+tab")
        await until(pilot, lambda: app.screen.focused is app.screen.query_one("#goal"))
        await until(pilot, lambda: dialog.scroll_y == 0)


async def test_the_next_answer_typed_in_a_burst_after_a_skip_is_kept(
    make_app: AppFactory,
) -> None:
    """Keys typed while the skip is written are typed again into the next question's editor."""
    app = make_app(practice=PracticeRequest("mini", 2, "sequential"))
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, RehearseScreen))
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RehearseScreen)
        burst(app, "ctrl+n", *"Next one")
        await until(pilot, lambda: screen.rehearsal.position == 1)
        await until(pilot, lambda: screen.editor.text == "Next one")


async def test_the_next_answer_typed_in_the_burst_that_saves_a_rating_is_kept(
    make_app: AppFactory, clock: FakeClock, isolated_dirs: Paths
) -> None:
    """The rating's enter and the next answer in one burst: the dialog is gone before the
    answer's keys arrive, and they wait for the rating's write, then land in the next
    question's editor (before, they fell on the closing dialog or the old answer)."""
    app = make_app(practice=PracticeRequest("mini", 2, "sequential"))
    async with app.run_test(size=SIZE) as pilot:
        await _submit_first(pilot, app, clock)
        screen = app.screen_stack[-2]
        assert isinstance(screen, RehearseScreen)
        burst(app, "4", "3", "4", "3", "enter", *"Next", "space", *"one")
        await until(pilot, lambda: screen.rehearsal.position == 1)
        await until(pilot, lambda: screen.editor.text == "Next one")
    store = Store.open(isolated_dirs.database, clock)
    first = store.attempts(store.sessions()[0].id)[0]
    assert first.answer == "An answer"
    assert sorted(first.ratings.values()) == [3, 3, 4, 4]


async def test_a_skip_pressed_in_the_burst_that_saves_a_rating_skips_the_next_question(
    make_app: AppFactory, clock: FakeClock, isolated_dirs: Paths
) -> None:
    """ctrl+n pressed while the rating is written is pressed again once it is: the next
    question is skipped with what was typed before it (it used to be ignored)."""
    app = make_app(practice=PracticeRequest("mini", 2, "sequential"))
    async with app.run_test(size=SIZE) as pilot:
        await _submit_first(pilot, app, clock)
        screen = app.screen_stack[-2]
        assert isinstance(screen, RehearseScreen)
        burst(app, "4", "3", "4", "3", "enter", *"Later", "ctrl+n")
        await until(pilot, lambda: isinstance(app.screen, ReflectScreen))
        await pilot.pause()
    store = Store.open(isolated_dirs.database, clock)
    attempts = store.attempts(store.sessions()[0].id)
    assert [(a.status, a.answer) for a in attempts[:2]] == [
        ("submitted", "An answer"),
        ("skipped", "Later"),
    ]


async def test_the_preparation_checklist_opens_at_its_top_on_a_short_terminal(
    make_app: AppFactory,
) -> None:
    app = make_app(practice=PracticeRequest("asks", 1, "sequential"), settings=Settings())
    async with app.run_test(size=(40, 12)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, PrepareScreen) and app.screen.focused)
        dialog = app.screen.query_one("#prepare-dialog")
        await pilot.pause()
        assert dialog.max_scroll_y > 0  # it does scroll at this size
        assert dialog.scroll_y == 0  # and shows its title and introduction first


async def test_a_goal_typed_in_the_burst_that_opens_the_setup_dialog_is_kept(
    make_app: AppFactory, bundled_sources: list[BankSource]
) -> None:
    """Textual runs home's enter only once the key has bubbled up to the app, after the keys
    typed behind it have reached the bank list: "↓ enter Goal" in one burst used to open the
    dialog with an empty goal. The keys after the enter now wait for the dialog."""
    app = make_app(sources=bundled_sources)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        burst(app, "down", "enter", *"Goal", "space", *"one")
        await until(pilot, lambda: isinstance(app.screen, SetupScreen))
        await until(pilot, lambda: app.screen.query_one("#goal", Input).value == "Goal one")
        assert app.screen.bank.id == app.banks.by_role("interviewee")[1].id  # type: ignore[attr-defined]


async def test_the_enter_that_ends_a_goal_burst_starts_the_session(
    make_app: AppFactory, isolated_dirs: Paths, clock: FakeClock
) -> None:
    """enter, a goal and enter again in one burst: the session starts with that goal."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        burst(app, "enter", *"Slow", "space", *"down", "enter")
        await until(pilot, lambda: isinstance(app.screen, RehearseScreen))
        await pilot.pause()
    store = Store.open(isolated_dirs.database, clock)
    assert store.sessions()[0].goal == "Slow down"
