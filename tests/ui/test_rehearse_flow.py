"""The whole cycle through the real screens, asserted on what lands in the database."""

from __future__ import annotations

import pytest
from textual.widgets import TextArea

from interview_tui.clock import FakeClock
from interview_tui.paths import Paths
from interview_tui.settings import Settings
from interview_tui.store.database import Store
from interview_tui.tui.app import PracticeRequest
from interview_tui.tui.screens.home import HomeScreen
from interview_tui.tui.screens.prepare import PrepareScreen
from interview_tui.tui.screens.rate import RateScreen
from interview_tui.tui.screens.reflect import ReflectScreen
from interview_tui.tui.screens.rehearse import RehearseScreen
from interview_tui.tui.screens.setup import SetupScreen
from interview_tui.tui.screens.thank_you import ThankYouScreen
from interview_tui.tui.widgets.bank_list import BankList
from interview_tui.tui.widgets.countdown import CountdownDisplay
from tests.ui.conftest import AppFactory, until

SIZE = (100, 32)


async def into_note(pilot) -> None:  # type: ignore[no-untyped-def]
    """Move down through the dialog's fields, as a person would, until the note has focus."""
    for _ in range(12):
        if getattr(pilot.app.focused, "id", None) == "note":
            return
        await pilot.press("down")
    raise AssertionError("the note never took focus")


async def answer(pilot, text: str, scores: str, clock: FakeClock, seconds: float) -> None:  # type: ignore[no-untyped-def]
    await pilot.press(*text)
    clock.advance(seconds)
    await pilot.press("ctrl+s")
    await pilot.pause()
    assert isinstance(pilot.app.screen, RateScreen)
    await pilot.press(*scores)


@pytest.mark.parametrize(
    ("role_keys", "bank_id", "criteria"),
    [
        ((), "mini", {"structure", "clarity", "relevance", "confidence"}),
        (("ctrl+r",), "asks", {"open_endedness", "clarity", "purpose", "follow_up"}),
    ],
)
async def test_two_answers_rated_reflected_and_saved(
    make_app: AppFactory,
    clock: FakeClock,
    isolated_dirs: Paths,
    role_keys: tuple[str, ...],
    bank_id: str,
    criteria: set[str],
) -> None:
    app = make_app(settings=Settings())  # the real defaults: checklist included
    interviewer = bool(role_keys)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        await pilot.press(*role_keys)
        await pilot.pause()
        expected_role = "interviewer" if role_keys else "interviewee"
        assert app.role == expected_role
        assert app.screen.query_one(BankList).option_count == 1
        await pilot.press("enter")  # the setup dialog, its goal field focused
        await until(pilot, lambda: isinstance(app.screen, SetupScreen))
        await pilot.press(*"stay under the limit")
        app.screen.query_one("#count").value = "2"  # type: ignore[attr-defined]
        await pilot.press("enter")
        await pilot.pause()
        if interviewer:
            assert isinstance(app.screen, PrepareScreen)
            await pilot.press("space", "ctrl+s")  # research done; start
            await pilot.pause()
        assert isinstance(app.screen, RehearseScreen)

        await answer(pilot, "First answer", "4", clock, 30)
        await pilot.press("5", "3", "2")  # the rest of the rubric; focus is now on "stumped"
        await into_note(pilot)  # on purpose, past the key points to tick
        await pilot.press(*"more detail")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, RehearseScreen)
        assert app.screen.rehearsal.position == 1
        assert app.screen.query_one("#answer", TextArea).text == ""

        await answer(pilot, "Second", "1", clock, 200)  # past the limit: overtime
        await pilot.press("tab", "tab", "tab", "tab")  # focus past the rubric to the checkbox
        app.screen.query_one("#stumped").value = True  # type: ignore[attr-defined]
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReflectScreen)
        await pilot.press(*"clear stories")
        await pilot.press("tab")
        await pilot.press(*"shorter setup")
        await pilot.press("tab", *"meet two more people")
        await pilot.press("ctrl+s")
        await pilot.pause()
        if interviewer:
            assert isinstance(app.screen, ThankYouScreen)
            # What the real conversation gave, typed as a person would, enter between fields.
            await pilot.press(*"Nights are the hardest part", "enter")
            await pilot.press(*"Sam Patel in planning", "enter")
            await pilot.press(*"Apply for the spring open day")
            await pilot.pause()
            note = app.screen.query_one(TextArea).text
            assert (
                "One thing I am taking away from our conversation: nights are the hardest part."
                in note
            )
            assert "Thank you too for suggesting I talk to Sam Patel in planning;" in note
            assert "My next step: apply for the spring open day." in note
            # The practice reflection and the goal are notes to self, never pasted in.
            assert "shorter setup" not in note and "stay under the limit" not in note
            await pilot.press("ctrl+s")
            await pilot.pause()
        assert isinstance(app.screen, HomeScreen)

    store = Store.open(isolated_dirs.database, clock)
    (session,) = store.sessions()
    assert session.role == expected_role
    assert session.goal == "stay under the limit"
    assert session.banks == (bank_id,)
    assert session.finished
    assert session.reflection.went_well == "clear stories"
    assert session.reflection.improve == "shorter setup"
    if interviewer:
        assert session.checklist == {
            "research": True, "goal": False, "questions": False, "time": False,
        }  # fmt: skip
        assert "Thank you for taking the time" in session.thank_you
        assert "Sam Patel in planning" in session.thank_you
    else:
        assert session.checklist == {} and session.thank_you == ""
    first, second = store.attempts(session.id)
    assert (first.answer, first.status, first.seconds_spent) == ("First answer", "submitted", 30)
    assert set(first.ratings) == criteria
    assert sorted(first.ratings.values()) == [2, 3, 4, 5]
    assert first.overall == 3.5
    assert first.note == "more detail"
    assert not first.stumped
    assert second.stumped and second.overtime > 0
    assert list(second.ratings.values()) == [1]


async def test_escape_from_rating_goes_back_to_the_answer(
    make_app: AppFactory, clock: FakeClock, isolated_dirs: Paths
) -> None:
    app = make_app(practice=PracticeRequest("mini", 1, "sequential"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await answer(pilot, "Draft one", "", clock, 10)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, RehearseScreen)
        assert not app.screen.rehearsal.countdown.paused
        await pilot.press(*" more")
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("3", "3", "3", "3", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ReflectScreen)
    store = Store.open(isolated_dirs.database, clock)
    (attempt,) = store.attempts(store.sessions()[0].id)
    assert attempt.answer == "Draft one more"
    assert attempt.overall == 3


async def test_skip_pause_and_guidance(
    make_app: AppFactory, clock: FakeClock, isolated_dirs: Paths
) -> None:
    app = make_app(practice=PracticeRequest("mini", 2, "sequential"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RehearseScreen)
        guidance = screen.query_one("#card-guidance")
        assert not guidance.display  # interviewee: hidden until submitted
        await pilot.press("ctrl+g")
        assert guidance.display
        await pilot.press("ctrl+t")
        assert screen.rehearsal.countdown.paused
        assert screen.query_one("#answer", TextArea).read_only
        clock.advance(60)
        await pilot.press("ctrl+t")
        assert screen.rehearsal.countdown.elapsed == 0
        await pilot.press(*"not sure")
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert screen.rehearsal.position == 1
        clock.advance(100)  # past the 90 s limit
        await until(pilot, lambda: screen.query_one(CountdownDisplay).has_class("-overtime"))
    store = Store.open(isolated_dirs.database, clock)
    attempts = store.attempts(store.sessions()[0].id)
    # The second question was never typed in, so it has no row yet.
    assert [(a.status, a.answer) for a in attempts] == [("skipped", "not sure")]


async def test_empty_answer_is_not_submitted(make_app: AppFactory) -> None:
    app = make_app(practice=PracticeRequest("mini", 1, "sequential"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, RehearseScreen)
        assert app.screen.rehearsal.pending is None


async def test_end_early_before_typing_leaves_no_unsent_answer(
    make_app: AppFactory, isolated_dirs: Paths, clock: FakeClock
) -> None:
    app = make_app(practice=PracticeRequest("asks", 2, "sequential"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("escape", "y")
        await pilot.pause()
        assert isinstance(app.screen, ReflectScreen)
    store = Store.open(isolated_dirs.database, clock)
    assert store.attempts(store.sessions()[0].id) == []


async def test_end_early_keeps_the_draft_and_reflects(
    make_app: AppFactory, clock: FakeClock, isolated_dirs: Paths
) -> None:
    app = make_app(practice=PracticeRequest("asks", 2, "sequential"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.role == "interviewer"
        assert app.screen.query_one("#card-guidance").display  # interviewer: shown
        await pilot.press(*"half a question")
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("y")  # "End session" is not the default: it takes a deliberate key
        await pilot.pause()
        assert isinstance(app.screen, ReflectScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ThankYouScreen)  # the interviewer follows up
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
    store = Store.open(isolated_dirs.database, clock)
    session = store.sessions()[0]
    assert session.finished
    (attempt,) = store.attempts(session.id)
    assert (attempt.status, attempt.answer) == ("draft", "half a question")


async def test_quit_mid_answer_saves_the_draft(
    make_app: AppFactory, clock: FakeClock, isolated_dirs: Paths
) -> None:
    app = make_app(practice=PracticeRequest("mini", 1, "sequential"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press(*"typed then quit")
        await pilot.press("ctrl+q")
        await pilot.pause()
    store = Store.open(isolated_dirs.database, clock)
    (attempt,) = store.attempts(store.sessions()[0].id)
    assert (attempt.status, attempt.answer) == ("draft", "typed then quit")


async def test_the_setup_dialog_starts_at_the_goal_and_tabs_through_its_fields(
    make_app: AppFactory,
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.focused is not None and app.focused.id == "banks"
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, SetupScreen))
        order = [app.focused.id if app.focused else None]
        for _ in range(8):
            await pilot.press("tab")
            order.append(app.focused.id if app.focused else None)
        fields = ["goal", "count", "order", "time-limit", "answer-by", "read-aloud"]
        fields.append("interview-date")
        assert order == [*fields, "start", "back"]
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_the_setup_is_remembered_but_the_goal_is_not(
    make_app: AppFactory, isolated_dirs: Paths, clock: FakeClock
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, SetupScreen))
        await pilot.press(*"one clear story", "tab", "1")  # focus selects the old value
        await pilot.press("tab", "tab", *"45s", "enter")
        await until(pilot, lambda: isinstance(app.screen, RehearseScreen))
        assert app.screen.rehearsal.current.time_limit == 45  # type: ignore[attr-defined]
        await pilot.press("escape", "y")  # end the session early
        await until(pilot, lambda: isinstance(app.screen, ReflectScreen))
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, SetupScreen))
        assert app.screen.query_one("#count").value == "1"  # type: ignore[attr-defined]
        assert app.screen.query_one("#time-limit").value == "45"  # type: ignore[attr-defined]
        assert app.screen.query_one("#goal").value == ""  # type: ignore[attr-defined]
    (session,) = Store.open(isolated_dirs.database, clock).sessions()
    assert session.goal == "one clear story"
