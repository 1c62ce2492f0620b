"""Every screen fits 80x24, and the interviewer is spoken to in the interviewer's words."""

from __future__ import annotations

import re
from pathlib import Path
from random import Random

from textual.widgets import Checkbox, DataTable, Label, Static, TextArea

from interview_tui.banks.model import BankSource
from interview_tui.clock import FakeClock
from interview_tui.paths import Paths
from interview_tui.practice.seed import seed_history
from interview_tui.settings import Settings
from interview_tui.store.database import Store
from interview_tui.tui.app import InterviewApp, PracticeRequest
from interview_tui.tui.screens.prepare import PrepareScreen
from interview_tui.tui.screens.progress import ProgressScreen
from interview_tui.tui.screens.rate import RateScreen
from interview_tui.tui.screens.reflect import ReflectScreen
from interview_tui.tui.widgets.footer import AppFooter
from interview_tui.tui.widgets.question_card import QuestionCard
from tests.ui.conftest import AppFactory, until

SMALL = (80, 24)
LONG_QUESTION = """\
id: long
role: interviewee
time_limit: 60
questions:
  - id: essay
    text: "{text}"
    follow_ups: [What would you change?, Who else was involved?, What did it cost?]
    key_points: [one, two, three, four, five, six, seven]
"""


def footer_fits(app: InterviewApp) -> bool:
    keys = list(app.screen.query_one(AppFooter).query("FooterKey"))
    return bool(keys) and all(key.region.right <= app.size.width for key in keys)


async def test_the_rehearse_footer_fits_80_columns_and_the_pause_label_fits(
    make_app: AppFactory,
) -> None:
    app = make_app(practice=PracticeRequest("mini", 1, "sequential"))
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        await until(pilot, lambda: footer_fits(app))
        await pilot.press("ctrl+t")
        state = app.screen.query_one("#clock-state", Label)
        assert str(state.content) == "paused · ^t resumes"
        assert state.region.width >= len("paused · ^t resumes")


async def test_the_question_card_scrolls_from_the_keyboard(
    make_app: AppFactory, tmp_path: Path
) -> None:
    folder = tmp_path / "long"
    folder.mkdir()
    text = " ".join(f"Part {n} of a long question about a design review." for n in range(30))
    (folder / "long.yaml").write_text(LONG_QUESTION.format(text=text), encoding="utf-8")
    app = make_app(
        practice=PracticeRequest("long", 1, "sequential"),
        sources=[BankSource(folder, "flag")],
    )
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        card = app.screen.query_one(QuestionCard)
        assert card.max_scroll_y > 0  # longer than it can show
        await pilot.press("shift+tab")
        assert app.screen.focused is card
        await pilot.press("end")
        await until(pilot, lambda: card.scroll_y == card.max_scroll_y)
        await pilot.press("home")
        await until(pilot, lambda: card.scroll_y == 0)
        await pilot.press("pagedown")
        await until(pilot, lambda: card.scroll_y > 0)
        await pilot.press("tab")
        assert app.screen.focused is app.screen.query_one("#answer", TextArea)


async def test_checker_flags_leave_the_interviewer_three_lines_to_type_in(
    make_app: AppFactory,
) -> None:
    app = make_app(practice=PracticeRequest("asks", 1, "sequential"))
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        await pilot.press(*"Do you like it, right? And do you have a job for me?")
        checker = app.screen.query_one("#checker", Static)
        await until(pilot, lambda: checker.display and checker.region.height > 1)
        await pilot.pause()
        editor = app.screen.query_one("#answer", TextArea)
        assert editor.content_region.height >= 3
        assert footer_fits(app)


async def test_the_interviewer_rates_a_question_in_their_own_words(
    make_app: AppFactory, clock: FakeClock
) -> None:
    app = make_app(practice=PracticeRequest("asks", 1, "sequential"))
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        await pilot.press(*"What does a day-to-day week look like for you?")
        clock.advance(9)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, RateScreen))
        dialog = app.screen
        text = " ".join(str(widget.render()) for widget in dialog.query("Label, Static"))
        assert "Rate your question" in text and "Rate your answer" not in text
        assert "I struggled to phrase this" in str(dialog.query_one("#stumped").label)  # type: ignore[attr-defined]
        assert "aloud" not in text and "stumped me" not in text
        facts = str(dialog.query_one("#rate-facts", Static).content)
        insights = dialog.insights  # type: ignore[attr-defined]
        assert f"{insights.words} words" in facts  # one count, the insights' own
        assert text.count(" words") == 1
        # ... and the session's summary says "Struggled", not "Stumped".
        await pilot.press("4", "4", "4", "4", "enter")
        await until(pilot, lambda: isinstance(app.screen, ReflectScreen))
        labels = [str(c.label) for c in app.screen.query_one(DataTable).columns.values()]
        assert "Struggled" in labels and "Stumped" not in labels


async def test_the_interviewee_still_sees_time_aloud_once(
    make_app: AppFactory, clock: FakeClock
) -> None:
    app = make_app(practice=PracticeRequest("mini", 1, "sequential"))
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        await pilot.press(*"I kept the day-to-day work moving.")
        clock.advance(9)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, RateScreen))
        text = " ".join(str(w.render()) for w in app.screen.query("Label, Static"))
        # Once each: the count of words and the time aloud (a tip may mention either).
        assert "Rate your answer" in text
        assert len(re.findall(r"about \d+:\d\d aloud", text)) == 1
        assert len(re.findall(r"· \d+ words? ·", text)) == 1


HIRING_BANK = """\
id: my_hiring
role: interviewer
tags: [hiring]
questions:
  - text: Walk me through a hard trade-off you made.
"""


async def test_each_kind_of_bank_gets_its_own_checklist(
    make_app: AppFactory, bundled_sources: list[BankSource], tmp_path: Path
) -> None:
    (tmp_path / "mine.yaml").write_text(HIRING_BANK, encoding="utf-8")
    sources = [*bundled_sources, BankSource(tmp_path / "mine.yaml", "flag")]
    expected = {
        "my_hiring": ("I know what the job needs", "hiring"),  # no list of its own: the kind's
        "hiring_probes": ("Agree with the other interviewers", "this bank suggests"),
    }
    for bank_id, (item, words) in expected.items():
        app = make_app(
            practice=PracticeRequest(bank_id, 1, "sequential"),
            settings=Settings(),
            sources=sources,
        )
        async with app.run_test(size=SMALL) as pilot:
            await until(pilot, lambda: isinstance(pilot.app.screen, PrepareScreen))
            await until(pilot, lambda: pilot.app.screen.query(".dialog-body"))
            body = str(app.screen.query_one(".dialog-body", Static).content).lower()
            assert "informational" not in body and words in body
            first = app.screen.query_one(Checkbox)
            assert str(first.label).startswith(item)
            await until(pilot, lambda: footer_fits(pilot.app))  # type: ignore[arg-type]


async def test_a_long_checklist_is_read_in_full_and_its_buttons_stay_reachable(
    make_app: AppFactory, bundled_sources: list[BankSource]
) -> None:
    """At 80×24 a bank's own items wrap (not "…") and the dialog scrolls to its buttons."""
    app = make_app(
        practice=PracticeRequest("hiring_probes", 1, "sequential"),
        settings=Settings(),
        sources=bundled_sources,
    )
    async with app.run_test(size=SMALL) as pilot:
        await until(pilot, lambda: isinstance(pilot.app.screen, PrepareScreen))
        await pilot.pause()
        boxes = list(app.screen.query(Checkbox))
        width = boxes[0].content_region.width
        long_items = [box for box in boxes if len(str(box.label)) + 6 > width]
        assert long_items, "the test needs an item longer than the dialog is wide"
        assert all(box.region.height >= 2 for box in long_items)
        start = app.screen.query_one("#start")
        await pilot.press(*["down"] * len(boxes))
        await pilot.pause()
        assert app.screen.focused is start
        assert app.screen.region.contains_region(start.region)


async def test_progress_groups_the_criteria_by_role(
    make_app: AppFactory, clock: FakeClock, isolated_dirs: Paths
) -> None:
    seeder = make_app()
    store = Store.open(isolated_dirs.database, clock)
    seed_history(store, clock, seeder.banks.banks, weeks=2, sessions_per_week=2, rng=Random(3))
    store.close()
    app = make_app()
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        await pilot.press("f3")
        await until(pilot, lambda: isinstance(app.screen, ProgressScreen) and app.screen.data)
        await pilot.pause()
        lines = str(app.screen.query_one("#criteria-text", Static).content).splitlines()
        heads = [
            i
            for i, line in enumerate(lines)
            if line in ("[b]Interviewee[/b]", "[b]Interviewer[/b]")
        ]
        assert len(heads) == 2
        interviewer = lines[heads[1] + 1 :] if "Interviewer" in lines[heads[1]] else []
        assert any(line.startswith("Open-endedness") for line in interviewer)
        assert all("(" not in line for line in lines)
        # One line per criterion at 80 columns: none wraps its trend onto a second line.
        await pilot.pause()
        shown = app.screen.query_one("#criteria-text", Static)
        assert shown.region.height == len(lines), (shown.region, lines)


def test_a_criterion_trend_fits_its_box_at_80_columns() -> None:
    """The criteria box is 36 cells wide at 80 columns: a long label and many weeks fit."""
    from rich.cells import cell_len
    from textual.content import Content

    from interview_tui.review.history import TrendPoint
    from interview_tui.tui.screens.progress import criteria_markup

    points = [TrendPoint(f"2026-{week:02d}", 1.2 + week / 10, 2) for week in range(1, 13)]
    markup = criteria_markup(
        {("interviewee", "business_question"): points}, {"business_question": "Business question"}
    )
    for line in markup.splitlines():
        assert cell_len(Content.from_markup(line).plain) <= 36, line


def test_a_criterion_label_cut_to_fit_is_shown_as_written() -> None:
    """A bank's label like "[@click=app.quit]…" cut mid-tag stays text, never markup."""
    from textual.content import Content

    from interview_tui.review.history import TrendPoint
    from interview_tui.tui.screens.progress import criteria_markup

    label = "[@click=app.quit]boom[/] \\[b]x\\"
    markup = criteria_markup({("interviewee", "c"): [TrendPoint("2026-01", 3.0, 1)]}, {"c": label})
    assert Content.from_markup(markup).plain.startswith("[@click=app.qui…")


async def test_at_40x12_the_question_is_readable_and_the_clock_is_one_line(
    make_app: AppFactory,
) -> None:
    app = make_app(practice=PracticeRequest("mini", 1, "sequential"))
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        screen = app.screen
        card = screen.query_one(QuestionCard)
        compact = screen.query_one("#clock-compact", Label)
        await until(pilot, lambda: compact.display and str(compact.content).endswith(" left"))
        assert not screen.query_one("#clock").display
        assert not screen.query_one("#card-progress").display
        text = screen.query_one("#card-text")
        assert text.region.height > 0 and card.max_scroll_y == 0  # all of it, no scrolling
        assert screen.query_one(TextArea).region.height >= 5
        await pilot.resize_terminal(80, 24)
        await until(pilot, lambda: screen.query_one("#clock").display)
        assert not compact.display and screen.query_one("#card-progress").display
