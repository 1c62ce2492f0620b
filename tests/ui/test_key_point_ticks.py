"""The rate dialog's key-point ticks (stored and exported), and no verdicts for interviewers."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from textual.content import Content
from textual.widgets import Static

from interview_tui.banks.model import BankSource
from interview_tui.clock import FakeClock
from interview_tui.paths import Paths
from interview_tui.review.export import session_dict
from interview_tui.review.export_text import session_markdown, write_csv
from interview_tui.store.database import Store
from interview_tui.tui.app import PracticeRequest
from interview_tui.tui.screens.compare import CompareScreen
from interview_tui.tui.screens.home import HomeScreen
from interview_tui.tui.screens.rate import RateScreen
from interview_tui.tui.screens.session_detail import attempt_markup
from interview_tui.tui.widgets.key_point_ticks import KeyPointTicks
from interview_tui.tui.widgets.stumped_checkbox import SpaceCheckbox
from tests.ui.conftest import AppFactory, until

STORY = (
    "At my last job the release process was slow, and my goal was weekly releases. I "
    "disagreed with our lead about the database schema, because his plan meant a month of "
    "migration work. I wrote both options down, we went through them with the team, and we "
    "agreed on a smaller change. In the end we shipped weekly from March."
)


async def test_ticked_key_points_are_stored_exported_and_shown_beside_detection(
    make_app: AppFactory, clock: FakeClock, isolated_dirs: Paths
) -> None:
    app = make_app(practice=PracticeRequest("mini", 1, "sequential"))
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        await pilot.press(*STORY, "ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, RateScreen))
        ticks = app.screen.query_one(KeyPointTicks)
        boxes = list(ticks.query(SpaceCheckbox))
        assert len(boxes) == 3  # the disagreement, what you did, the outcome
        labels = [Content.from_markup(str(b.label)).plain for b in boxes]
        assert all("detected" in label for label in labels)
        # The user ticks the first two: focus each box and press space, as a person would.
        for box in boxes[:2]:
            box.focus()
            await pilot.press("space")
        await pilot.press("enter")
        await until(pilot, lambda: not isinstance(app.screen, RateScreen))
        await pilot.press("ctrl+s")  # the reflection
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        app.open_compare("mini", "conflict")
        await until(
            pilot, lambda: isinstance(app.screen, CompareScreen) and bool(app.screen.attempts)
        )
        head = Content.from_markup(str(app.screen.query_one("#new-insights", Static).content)).plain
        assert "- what you did: you ticked covered · detected" in head
    store = Store.open(isolated_dirs.database, clock)
    (session,) = store.sessions()
    (attempt,) = store.attempts(session.id)
    assert attempt.key_point_ticks == {
        "the disagreement": True,
        "what you did": True,
        "the outcome": False,
    }
    data = session_dict(session, [attempt])
    assert json.loads(json.dumps(data))["attempts"][0]["key_point_ticks"] == (
        attempt.key_point_ticks
    )
    markdown = session_markdown(session, [attempt])
    assert "- the outcome: you ticked not covered · detected" in markdown
    out = io.StringIO()
    write_csv([(session, [attempt])], out)
    (row,) = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert row["key_points"] == "the disagreement=1;what you did=1;the outcome=0"
    shown = Content.from_markup(attempt_markup(attempt, {})).plain
    assert "the disagreement: you ticked covered · detected" in shown


BEHAVIORAL_PROBES = """\
id: probes
title: Probes
role: interviewer
tags: [hiring, behavioral]
questions:
  - id: conflict
    text: Tell me about a time you disagreed with a colleague.
    key_points: [the disagreement, what you did, the outcome]
"""


async def test_interviewer_sessions_show_no_star_or_key_point_verdicts(
    make_app: AppFactory, tmp_path: Path
) -> None:
    bank = tmp_path / "probes.yaml"
    bank.write_text(BEHAVIORAL_PROBES, encoding="utf-8")
    app = make_app(
        practice=PracticeRequest("probes", 1, "sequential"),
        sources=[BankSource(bank, "flag")],
    )
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        # The interviewer types the question they would ask, worded like a STAR story.
        await pilot.press(*"Tell me about a time you disagreed. As a result what happened?")
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, RateScreen))
        shown = Content.from_markup(
            str(app.screen.query_one("#rate-insights", Static).content)
        ).plain
        assert "STAR" not in shown
        assert "Key points" not in shown
        assert not app.screen.query(KeyPointTicks)
