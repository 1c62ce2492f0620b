"""Every command, given a hostile bank, prints its text as data: no escape reaches the terminal."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC
from pathlib import Path

import pytest

from interview_tui.banks.model import BankSource
from interview_tui.banks.sources import load_banks
from interview_tui.clock import FakeClock
from interview_tui.practice.plan import plan_session
from interview_tui.store.database import Store
from tests.trust.hostile import write_hostile_banks

UNSAFE = ("\x1b", "\x9b", "\x07", "\u202e")


def run(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "interview_tui", *argv], capture_output=True, text=True
    )


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    folder = write_hostile_banks(tmp_path / "hostile")
    # A session on the hostile bank, so that history and export have its text to print.
    from datetime import datetime

    result = load_banks([BankSource(folder, "flag")])
    bank = result.get("hostile")
    assert bank is not None
    store = Store.open(tmp_path / "data" / "interview.sqlite3", FakeClock(datetime.now(UTC)))
    plan = plan_session([bank], 2, "sequential")
    session = store.start_session(plan)
    store.rate_attempt(
        store.submit_answer(session, 0, plan.items[0], "an answer", 30), {"structure": 3}
    )
    store.finish_session(session)
    store.close()
    return folder


@pytest.mark.parametrize(
    "argv",
    [
        ["banks"],
        ["banks", "--json"],
        ["validate"],
        ["history"],
        ["history", "--json"],
        ["export", "--all", "--format", "md"],
        ["export", "--all", "--format", "csv"],
        ["export", "--all", "--format", "json"],
        ["locate"],
    ],
)
def test_every_command_prints_hostile_text_inert(hostile: Path, argv: list[str]) -> None:
    done = run(*argv, "--bank", str(hostile))
    assert "Traceback" not in done.stderr
    for output in (done.stdout, done.stderr):
        assert not any(char in output for char in UNSAFE), output
    assert done.returncode in (0, 1)


def test_a_hostile_file_name_is_shown_escaped(hostile: Path) -> None:
    done = run("validate", str(hostile))
    assert done.returncode == 1
    assert "\\u001b]0;t\\u0007" in done.stdout  # the broken bank's name, visibly
    assert not any(char in done.stdout + done.stderr for char in UNSAFE)
