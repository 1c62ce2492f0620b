"""Fixtures for Pilot and snapshot tests: the real app on temporary paths with a fixed clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from random import Random
from typing import Any

import pytest
from textual.widgets import Input, TextArea

from interview_tui.banks.model import BankSource, LoadResult
from interview_tui.banks.sources import default_sources, load_banks
from interview_tui.clock import FakeClock
from interview_tui.paths import Paths
from interview_tui.settings import LoadedSettings, Settings
from interview_tui.tui.app import InterviewApp, PracticeRequest
from interview_tui.tui.widgets.footer import AppFooter

START = datetime(2026, 11, 20, 9, 30, tzinfo=timezone(timedelta(hours=1)))

SMALL_BANKS = {
    "interviewee/mini.yaml": """\
id: mini
title: Mini behavioral
role: interviewee
description: Two short stories.
time_limit: 90
questions:
  - id: conflict
    text: Tell me about a time you disagreed with a colleague.
    category: Teamwork
    key_points: [the disagreement, what you did, the outcome]
    tips: [Keep the setup short.]
  - id: failure
    text: Tell me about a project that failed.
    category: Failure
    key_points: [what failed, your part, what you learned]
""",
    "interviewer/asks.yaml": """\
id: asks
title: Informational asks
role: interviewer
description: Questions for someone in the field.
time_limit: 60
questions:
  - id: typical_week
    text: What does a typical week look like for you?
    category: Day-to-day
    listen_for: [meetings versus deep work]
    follow_ups: [What surprised you most?]
  - id: path_in
    text: How did you get into this field?
    category: Paths in
    listen_for: [planned or accidental]
    follow_ups: [What would you do differently?]
""",
}


@pytest.fixture(autouse=True)
def no_cursor_blink(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cursor stays drawn: a snapshot must not depend on where its blink cycle is."""
    monkeypatch.setattr(TextArea, "_toggle_cursor_blink_visible", lambda self: None)
    monkeypatch.setattr(Input, "_toggle_cursor", lambda self: None)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def small_banks(tmp_path: Path) -> list[BankSource]:
    folder = tmp_path / "small-banks"
    for name, text in SMALL_BANKS.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return [BankSource(folder, "flag")]


AppFactory = Callable[..., InterviewApp]


@pytest.fixture
def make_app(isolated_dirs: Paths, clock: FakeClock, small_banks: list[BankSource]) -> AppFactory:
    """Build the app on temporary paths; banks preloaded so tests need not wait for a worker."""

    def make(
        practice: PracticeRequest | None = None,
        settings: Settings | None = None,
        sources: list[BankSource] | None = None,
        warnings: tuple[str, ...] = (),
    ) -> InterviewApp:
        chosen = small_banks if sources is None else sources
        banks: LoadResult = load_banks(chosen)
        return InterviewApp(
            paths=isolated_dirs,
            bank_sources=chosen,
            clock=clock,
            # The interviewer's checklist is tested on its own; elsewhere it would only add
            # a dialog to click through.
            settings=LoadedSettings(settings or Settings(checklist=False), warnings),
            banks=banks,
            practice=practice,
            rng=Random(7),
        )

    return make


@pytest.fixture
def bundled_sources(isolated_dirs: Paths) -> list[BankSource]:
    return default_sources(isolated_dirs.user_banks_dir)


def footer_keys(app: InterviewApp) -> set[str]:
    """The descriptions the footer at the bottom of the current screen shows."""
    footer = app.screen.query_one(AppFooter)
    return {str(key.description) for key in footer.query("FooterKey")}  # type: ignore[attr-defined]


async def until(pilot: Any, condition: Callable[[], object], timeout: float = 5.0) -> None:
    """Wait until ``condition()`` is true: timers and workers finish when they finish.

    Tests wait for the state they check, never a fixed time, so a busy machine cannot
    make them fail.
    """
    for _ in range(int(timeout / 0.02)):
        if condition():
            return
        await pilot.pause(0.02)
    raise AssertionError(f"condition not met within {timeout} s")
