"""One session, one owner: two instances offered one orphan cannot both write to it."""

from __future__ import annotations

from pathlib import Path

import pytest

from interview_tui.clock import FakeClock
from interview_tui.paths import Paths
from interview_tui.practice.plan import plan_session
from interview_tui.store.database import Store
from interview_tui.store.sessions import NotOwnerError
from interview_tui.tui.screens.rehearse import RehearseScreen
from interview_tui.tui.screens.resume import ResumeScreen
from tests.helpers import dead_pid
from tests.ui.conftest import AppFactory, until


def orphan(db: Path, clock: FakeClock, bank: object) -> int:
    """A session whose app crashed with a draft of its first answer."""
    crashed = Store.open(db, clock, pid=dead_pid())
    plan = plan_session([bank], 2, "sequential")  # type: ignore[list-item]
    session_id = crashed.start_session(plan)
    crashed.save_draft(session_id, 0, plan.items[0], "half typed", 10)
    crashed.close()
    return session_id


def test_second_claim_of_one_orphan_is_refused_and_cannot_overwrite(
    make_app: AppFactory, isolated_dirs: Paths, clock: FakeClock
) -> None:
    bank = make_app().banks.get("mini")
    session_id = orphan(isolated_dirs.database, clock, bank)
    first = Store.open(isolated_dirs.database, clock, pid=dead_pid() + 100_000)
    second = Store.open(isolated_dirs.database, clock, pid=dead_pid() + 200_000)
    # Both were offered the orphan (both started before either resumed it).
    seen_first, seen_second = first.orphaned_sessions()[0], second.orphaned_sessions()[0]
    first.claim_session(seen_first)
    with pytest.raises(NotOwnerError, match="open in another window"):
        second.claim_session(seen_second)
    plan = plan_session([bank], 2, "sequential")  # type: ignore[list-item]
    attempt = first.submit_answer(session_id, 0, plan.items[0], "rated four", 30)
    first.rate_attempt(attempt, {"structure": 4})
    # The loser's writes are refused: the answer rated 4 stays.
    with pytest.raises(NotOwnerError):
        second.submit_answer(session_id, 0, plan.items[0], "rated two", 30)
    with pytest.raises(NotOwnerError):
        second.rate_attempt(attempt, {"structure": 2})
    with pytest.raises(NotOwnerError):
        second.save_draft(session_id, 0, plan.items[0], "draft", 31)
    second.heartbeat(session_id)  # a heartbeat never takes the session over
    kept = first.attempt(attempt)
    assert kept is not None and kept.answer == "rated four" and kept.ratings == {"structure": 4}
    assert first.session(session_id).owner_pid == first._pid  # type: ignore[union-attr]


async def test_two_windows_race_for_one_orphan_only_one_resumes(
    make_app: AppFactory, isolated_dirs: Paths, clock: FakeClock
) -> None:
    one, two = make_app(), make_app()
    orphan(isolated_dirs.database, clock, one.banks.get("mini"))
    for app, pid in ((one, dead_pid() + 100_000), (two, dead_pid() + 200_000)):
        app.store.close()  # two processes: two owners the store can tell apart
        app.store = Store.open(isolated_dirs.database, clock, pid=pid)
    async with one.run_test(size=(100, 32)) as first, two.run_test(size=(100, 32)) as second:
        await until(first, lambda: isinstance(one.screen, ResumeScreen))
        await until(second, lambda: isinstance(two.screen, ResumeScreen))
        await first.press("enter")
        await until(first, lambda: isinstance(one.screen, RehearseScreen))
        await second.press("enter")  # resumed after the dialog: re-checked, refused
        await second.pause()
        assert not isinstance(two.screen, RehearseScreen)
        assert any("open in another window" in n.message for n in two._notifications)
