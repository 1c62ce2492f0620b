"""`interview-tui history`: the session list as a table or JSON, and its one-line mistakes."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import datetime, timedelta, timezone

import pytest

from interview_tui.banks.model import Bank, Question, Role
from interview_tui.cli.main import main
from interview_tui.clock import FakeClock
from interview_tui.paths import Paths
from interview_tui.practice.plan import plan_session
from interview_tui.store.database import Store
from interview_tui.store.records import Reflection

START = datetime(2024, 5, 1, 9, 0, tzinfo=timezone(timedelta(hours=2)))
HEADER = ["ID", "STARTED", "ROLE", "ANSWERED", "MEAN", "TIME", "BANKS"]
JSON_KEYS = {
    "id", "started_at", "ended_at", "role", "banks", "goal", "answered", "skipped",
    "mean_overall", "seconds", "unfinished",
}  # fmt: skip


def bank(bank_id: str, role: Role = "interviewee") -> Bank:
    questions = tuple(Question(f"q{i}", f"{bank_id} question {i}?") for i in range(3))
    return Bank(bank_id, bank_id.title(), role, questions, time_limit=90)


def history(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["history", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def cells(line: str) -> list[str]:
    """A table row's cells: columns are at least two spaces apart, cells hold single spaces."""
    return re.split(r" {2,}", line.rstrip())


@pytest.fixture
def sessions(isolated_dirs: Paths) -> list[int]:
    """Three sessions a day apart: finished, finished (interviewer), unfinished. Oldest first."""
    clock = FakeClock(START)
    store = Store.open(isolated_dirs.database, clock)
    try:
        plan = plan_session([bank("behavioral")], 3, "sequential", goal="be brief")
        first = store.start_session(plan)
        clock.advance(100)
        one = store.submit_answer(first, 0, plan.items[0], "first answer", 100.0)
        store.rate_attempt(one, {"structure": 3, "clarity": 4})  # 3.5
        clock.advance(50)
        two = store.submit_answer(first, 1, plan.items[1], "second answer", 50.0)
        store.rate_attempt(two, {"structure": 4, "clarity": 3})  # 3.5
        store.skip_question(first, 2, plan.items[2], "", 5.0)
        store.finish_session(first, Reflection("calm"))

        clock.advance(86_400)
        plan = plan_session([bank("informational", "interviewer")], 1, "sequential")
        second = store.start_session(plan)
        clock.advance(3725)
        store.submit_answer(second, 0, plan.items[0], "asked well", 3725.0)
        store.finish_session(second)

        clock.advance(86_400)
        plan = plan_session([bank("behavioral")], 2, "sequential")
        third = store.start_session(plan)
        clock.advance(30)
        store.save_draft(third, 0, plan.items[0], "half an ans", 30.0)
    finally:
        store.close()
    return [first, second, third]


def test_history_on_a_fresh_install_creates_no_database(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = history(capsys)
    assert (code, err) == (0, "")
    assert out.strip().splitlines() == ["No sessions yet. Start one with 'interview-tui'."]
    assert not isolated_dirs.data_dir.exists()


def test_history_json_on_a_fresh_install_is_an_empty_list(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = history(capsys, "--json", "--limit", "5")
    assert (code, err) == (0, "")
    assert json.loads(out) == []
    assert not isolated_dirs.data_dir.exists()


def test_history_in_a_fresh_process_with_data_dir(isolated_dirs: Paths) -> None:
    data_dir = isolated_dirs.data_dir.parent / "elsewhere"
    done = subprocess.run(
        [sys.executable, "-m", "interview_tui", "history", "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.startswith("No sessions yet.")
    assert not data_dir.exists()


def test_history_table_newest_first(
    sessions: list[int], capsys: pytest.CaptureFixture[str]
) -> None:
    first, second, third = sessions
    code, out, err = history(capsys)
    assert code == 0
    lines = out.splitlines()
    assert cells(lines[0]) == HEADER
    rows = [cells(line) for line in lines[1:]]
    assert rows == [
        [str(third), "2024-05-03 10:04 *", "interviewee", "0", "-", "0:30", "behavioral"],
        [str(second), "2024-05-02 09:02", "interviewer", "1", "-", "1:02:05", "informational"],
        [str(first), "2024-05-01 09:00", "interviewee", "2", "3.5", "2:35", "behavioral"],
    ]
    # Columns line up: every cell starts where its header does.
    starts = [lines[0].index(name) for name in HEADER]
    for line, row in zip(lines[1:], rows, strict=True):
        assert [line.index(cell, start) for cell, start in zip(row, starts, strict=True)] == starts
    # The unfinished one is marked, and stderr says what the mark means.
    assert err.strip().splitlines() == ["* unfinished: 'interview-tui' offers to resume it"]


def test_history_limit(sessions: list[int], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = history(capsys, "--limit", "2")
    assert code == 0
    ids = [cells(line)[0] for line in out.splitlines()[1:]]
    assert ids == [str(sessions[2]), str(sessions[1])]


def test_history_json(sessions: list[int], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = history(capsys, "--json")
    assert (code, err) == (0, "")
    items = json.loads(out)
    assert [item["id"] for item in items] == sessions[::-1]
    assert all(set(item) == JSON_KEYS for item in items)
    oldest = items[-1]
    assert oldest == {
        "id": sessions[0],
        "started_at": "2024-05-01T09:00:00+02:00",
        "ended_at": "2024-05-01T09:02:30+02:00",
        "role": "interviewee",
        "banks": ["behavioral"],
        "goal": "be brief",
        "answered": 2,
        "skipped": 1,
        "mean_overall": 3.5,
        "seconds": 155.0,
        "unfinished": False,
    }
    assert (items[0]["unfinished"], items[0]["ended_at"], items[0]["answered"]) == (True, None, 0)
    code, out, _ = history(capsys, "--json", "--limit", "1")
    assert [item["id"] for item in json.loads(out)] == [sessions[2]]


@pytest.mark.parametrize("value", ["0", "-1", "abc", "2.5", "", "1e3"])
def test_a_bad_limit_exits_2_with_one_line(
    value: str, isolated_dirs: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["history", "--limit", value])
    assert exit_info.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "Traceback" not in captured.err
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("interview-tui: error: argument --limit: ")
    assert repr(value) in lines[0]
    assert not isolated_dirs.data_dir.exists()
