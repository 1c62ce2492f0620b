"""History in a real terminal (tmux): its rows are drawn at their full width at once.

Rows arrive from a worker; Textual's DataTable could draw them before measuring them and
then keep those lines, cut to the column labels' widths ("Sun 29   inte  Behav"), until
something else changed (see interview_tui/tui/widgets/table.py). It happened on about every
other launch, so the test opens history a few times.
"""

from __future__ import annotations

import re
from random import Random

from interview_tui.banks.model import BankSource
from interview_tui.banks.sources import load_banks
from interview_tui.clock import FakeClock
from interview_tui.paths import Paths, bundled_banks_dir
from interview_tui.practice.seed import seed_history
from interview_tui.store.database import Store
from tests.test_e2e_kill import Tmux, app, dirs, poll, tmux  # noqa: F401
from tests.ui.conftest import START

#: A history row as a person reads it: a whole date and time, then a whole role.
FULL_ROW = re.compile(r"^ \w{3} \d{1,2} \w{3}(?: \d{4})?, \d\d:\d\d +interview(?:ee|er) ", re.M)


def test_history_rows_are_drawn_whole_on_every_launch(
    tmux: Tmux,  # noqa: F811
    dirs: Paths,  # noqa: F811
) -> None:
    clock = FakeClock(START)
    store = Store.open(dirs.database, clock)
    banks = load_banks([BankSource(bundled_banks_dir(), "bundled")]).banks
    seed_history(store, clock, banks[:3], weeks=1, sessions_per_week=3, rng=Random(5))
    store.close()
    for launch in range(4):
        start = tmux.start if launch == 0 else tmux.restart
        start(app(dirs, "review"))
        tmux.wait_for("3 sessions", "Started")
        # Drawn cut for a moment is fine; kept cut is the fault.
        poll(lambda: len(FULL_ROW.findall(tmux.screen())) == 3, 5, tmux.screen)
        tmux.press("C-q")
