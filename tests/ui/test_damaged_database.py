"""A database with damaged pages (page 1 intact): every screen says so in one line."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from interview_tui.clock import FakeClock
from interview_tui.paths import Paths
from interview_tui.practice.seed import seed_history
from interview_tui.store.database import Store
from interview_tui.tui.screens.history import HistoryScreen
from interview_tui.tui.screens.home import HomeScreen
from interview_tui.tui.screens.progress import ProgressScreen
from tests.ui.conftest import START, AppFactory, until

PAGE = 4096


def damage(database: Path) -> None:
    """Overwrite every page after the first with garbage, as a failing disk might."""
    data = bytearray(database.read_bytes())
    assert len(data) > 4 * PAGE, "the history should span several pages"
    for offset in range(PAGE, len(data), PAGE):
        data[offset + 8 : offset + 64] = b"\xde\xad\xbe\xef" * 14
    database.write_bytes(bytes(data))


async def test_damaged_database_is_one_line_on_every_screen(
    make_app: AppFactory, isolated_dirs: Paths
) -> None:
    probe = make_app()
    clock = FakeClock(START - timedelta(weeks=8))
    store = Store.open(isolated_dirs.database, clock)
    seed_history(store, clock, list(probe.banks.banks), weeks=4)
    store._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    probe.store.close()
    damage(isolated_dirs.database)

    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause(0.3)
        assert isinstance(app.screen, HomeScreen)
        app.action_open_history()
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen))
        await pilot.pause(0.3)
        await pilot.press("escape")
        app.action_open_progress()
        await until(pilot, lambda: isinstance(app.screen, ProgressScreen))
        await pilot.pause(0.3)
        messages = [n.message for n in app._notifications]
        assert any("damaged" in m for m in messages), messages
        assert all("\n" not in m for m in messages)
