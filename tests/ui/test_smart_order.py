"""weakest / new / due through the real app, on a history written through the store."""

from __future__ import annotations

from random import Random

import pytest

from interview_tui.clock import FakeClock
from interview_tui.coaching.schedule import rank_questions
from interview_tui.paths import Paths
from interview_tui.practice.seed import seed_history
from interview_tui.store.database import Store
from interview_tui.tui.app import PracticeRequest
from interview_tui.tui.screens.home import DUE
from interview_tui.tui.screens.rehearse import RehearseScreen
from interview_tui.tui.widgets.bank_list import BankList
from tests.ui.conftest import AppFactory, until


@pytest.mark.parametrize("order", ["weakest", "new", "due"])
async def test_practice_in_a_smart_order(
    make_app: AppFactory, clock: FakeClock, isolated_dirs: Paths, order: str
) -> None:
    probe = make_app()
    store = Store.open(isolated_dirs.database, clock)
    seed_history(store, clock, [probe.banks.get("mini")], weeks=2, sessions_per_week=1,  # type: ignore[list-item]
                 questions_per_session=1, rng=Random(5))  # fmt: skip
    clock.advance(30 * 24 * 3600)
    expected = [q.id for q in rank_questions(store, probe.banks.get("mini"), order, clock.now())]  # type: ignore[arg-type]
    store.close()
    app = make_app(practice=PracticeRequest("mini", 2, order))  # type: ignore[arg-type]
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RehearseScreen)
        assert [item.question_id for item in screen.rehearsal.plan.items] == expected[:2]


async def test_home_shows_questions_due(
    make_app: AppFactory, clock: FakeClock, isolated_dirs: Paths
) -> None:
    probe = make_app()
    store = Store.open(isolated_dirs.database, clock)
    seed_history(store, clock, [probe.banks.get("mini")], weeks=1, sessions_per_week=1,  # type: ignore[list-item]
                 rng=Random(5))  # fmt: skip
    store.close()
    clock.advance(60 * 24 * 3600)  # two months later, both questions are due
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        listing = app.screen.query_one(BankList)
        await until(pilot, lambda: listing.cell("mini", DUE) not in ("…", ""))
        assert listing.cell("mini", DUE) == "2"
