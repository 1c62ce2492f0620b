"""The rehearsal screen and the checker are made ready on a thread once home has settled."""

from __future__ import annotations

import subprocess
import sys
import threading
from unittest.mock import patch

import pytest

from interview_tui.coaching.wordlists import WordLists
from interview_tui.errors import UserError
from interview_tui.tui import app as app_module
from interview_tui.tui.warm_up import WARM_UP_DELAY, warm_up
from tests.ui.conftest import AppFactory, until


async def test_the_app_warms_up_only_after_home_has_been_shown_for_a_moment(
    make_app: AppFactory,
) -> None:
    started: list[WordLists] = []

    def record(words: object) -> None:
        assert callable(words)
        started.append(words())

    app = make_app()
    with patch.object(app_module, "warm_up", record):
        async with app.run_test(size=(100, 32)) as pilot:
            await pilot.pause()
            assert started == []  # not during start-up: it would slow the first frame
            await until(pilot, lambda: bool(started), timeout=WARM_UP_DELAY + 3)
            assert started == [app.words]


def test_the_warm_up_imports_the_rehearsal_screen_and_loads_the_checker_model() -> None:
    # In a fresh interpreter: in this one, other tests have imported everything already.
    script = """
import sys
from interview_tui.coaching.wordlists import load_word_lists
from interview_tui.tui.warm_up import warm_up
assert "interview_tui.tui.screens.rehearse" not in sys.modules
from interview_tui.coaching.checker_model import shipped
assert shipped.cache_info().currsize == 0
warm_up(load_word_lists).join(30)
assert "interview_tui.tui.screens.rehearse" in sys.modules
assert shipped.cache_info().currsize == 1
print("warm")
"""
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "warm"


def test_a_warm_up_that_fails_is_silent(monkeypatch: pytest.MonkeyPatch) -> None:
    raised: list[BaseException | None] = []
    monkeypatch.setattr(threading, "excepthook", lambda args: raised.append(args.exc_value))

    def broken() -> WordLists:
        raise UserError("config/words/fillers.txt: not UTF-8")

    warm_up(broken).join(30)
    assert raised == []
