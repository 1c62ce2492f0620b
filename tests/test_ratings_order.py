"""Ratings read in the rubric's order under its labels: on screen and in Markdown."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from interview_tui.banks.model import BankSource
from interview_tui.banks.sources import load_banks
from interview_tui.clock import FakeClock
from interview_tui.paths import DATABASE_NAME, bundled_banks_dir
from interview_tui.practice.plan import plan_session
from interview_tui.practice.rehearsal import Rehearsal
from interview_tui.review.export import iter_sessions, write_sessions
from interview_tui.review.ratings import ordered_ratings, rubric_labels
from interview_tui.store.database import Store
from tests.ui.conftest import START


def test_ratings_follow_the_rubric_then_unknown_ids_readably() -> None:
    labels = {"structure": "Structure", "impact": "Impact / result", "clarity": "Clarity"}
    ratings = {"clarity": 3, "impact": 5, "structure": 4, "follow_up": 2}
    assert ordered_ratings(ratings, labels) == [
        ("Structure", 4), ("Impact / result", 5), ("Clarity", 3), ("Follow up", 2),
    ]  # fmt: skip


def _one_rated_session(data_dir: Path) -> Store:
    loaded = load_banks([BankSource(bundled_banks_dir(), "bundled")])
    bank = loaded.get("behavioral")
    assert bank is not None
    clock = FakeClock(START)
    store = Store.open(data_dir / DATABASE_NAME, clock)
    plan = plan_session([bank], 1, "sequential")
    rehearsal = Rehearsal.start(store, plan, clock)
    rehearsal.submit("An answer.", {})
    rubric = [c.id for c in bank.criteria]
    rehearsal.rate({cid: 5 - i for i, cid in enumerate(rubric)}, False, "")
    return store


def test_markdown_names_ratings_as_the_rubric_does(tmp_path: Path) -> None:
    store = _one_rated_session(tmp_path)
    loaded = load_banks([BankSource(bundled_banks_dir(), "bundled")])
    bank = loaded.get("behavioral")
    assert bank is not None
    out = io.StringIO()
    sessions = iter_sessions(store, store.session_ids())
    write_sessions(sessions, "md", out, "2026-01-01", rubric_labels(loaded.banks))
    store.close()
    expected = ", ".join(f"{c.label} {5 - i}/5" for i, c in enumerate(bank.criteria))
    assert f"\n{expected}\n" in out.getvalue()
    assert "Impact / result 3/5" in expected  # the label, not the id "impact"
    # The command line does the same.
    done = subprocess.run(
        [sys.executable, "-m", "interview_tui", "--data-dir", str(tmp_path),
         "--config-dir", str(tmp_path / "config"), "export", "--format", "md"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0 and f"\n{expected}\n" in done.stdout
