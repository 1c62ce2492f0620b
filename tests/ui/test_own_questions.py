"""Your own questions from the TUI: written to the personal bank, rehearsable at once."""

from __future__ import annotations

from textual.widgets import DataTable, Input, TextArea

from interview_tui.banks.model import BankSource
from interview_tui.banks.personal import personal_bank_path
from interview_tui.banks.sources import load_banks
from interview_tui.paths import Paths
from interview_tui.tui.screens.home import HomeScreen
from interview_tui.tui.screens.my_questions import MyQuestionsScreen
from interview_tui.tui.screens.question_editor import QuestionEditorScreen
from interview_tui.tui.widgets.bank_list import BankList
from tests.ui.conftest import AppFactory, until


async def wait_for_bank(pilot, app, bank_id: str) -> None:  # type: ignore[no-untyped-def]
    for _ in range(100):
        if app.banks.get(bank_id) is not None:
            return
        await pilot.pause(0.02)


async def test_add_a_question_and_rehearse_it(make_app: AppFactory, isolated_dirs: Paths) -> None:
    app = make_app()
    app.bank_sources.append(BankSource(isolated_dirs.user_banks_dir, "user", required=False))
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+n")
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, QuestionEditorScreen)
        await pilot.press(*"Why do you want to work on payments?")
        editor.query_one("#q-category", Input).value = "Motivation"
        editor.query_one("#q-time", Input).value = "90s"
        editor.query_one("#q-key_points", TextArea).load_text("why payments\nwhat you bring")
        await pilot.press("ctrl+s")
        await wait_for_bank(pilot, app, "my_interviewee")
        assert isinstance(app.screen, HomeScreen)
        bank = app.banks.get("my_interviewee")
        assert bank is not None
        (question,) = bank.questions
        assert question.text == "Why do you want to work on payments?"
        assert (question.category, question.time_limit) == ("Motivation", 90)
        assert question.key_points == ("why payments", "what you bring")
        listing = app.screen.query_one(BankList)
        await until(pilot, lambda: "my_interviewee" in [option.id for option in listing.options])


async def test_edit_and_remove_in_my_questions(make_app: AppFactory, isolated_dirs: Paths) -> None:
    path = personal_bank_path(isolated_dirs.user_banks_dir, "interviewer")
    path.parent.mkdir(parents=True)
    path.write_text(
        "# my notes stay\nrole: interviewer\nquestions:\n"
        "  - id: first\n    text: What surprised you most?\n"
        "  # a comment between\n"
        "  - id: second\n    text: Who else should I talk to?\n",
        encoding="utf-8",
    )
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+r", "ctrl+e")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, MyQuestionsScreen)
        assert screen.query_one("#mine", DataTable).row_count == 2
        await pilot.press("enter")  # edit the first
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, QuestionEditorScreen)
        editor.query_one("#q-text", TextArea).load_text(
            "What surprised you most in your first year?"
        )
        editor.query_one("#q-listen_for", TextArea).load_text("expectations versus reality")
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("down", "x")
        await pilot.pause()
        await pilot.press("y")  # confirm: enter alone would take the safe "Cancel"
        await pilot.pause()
        assert screen.query_one("#mine", DataTable).row_count == 1
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# my notes stay\n")
    assert "Who else should I talk to?" not in text
    (bank,) = load_banks([BankSource(path, "user")]).banks
    (question,) = bank.questions
    assert question.id == "first"
    assert question.text == "What surprised you most in your first year?"
    assert question.listen_for == ("expectations versus reality",)
