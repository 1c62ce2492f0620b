"""`interview-tui check` and `interview-tui feedback`, run as a user would, in a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def cli(tmp_path: Path, *argv: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "interview_tui",
            "--data-dir",
            str(tmp_path / "data"),
            "--config-dir",
            str(tmp_path / "config"),
            *argv,
        ],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_check_arguments_exit_1_when_flagged_and_json_keeps_input_order(tmp_path: Path) -> None:
    result = cli(
        tmp_path,
        "check",
        "--informational",
        "--json",
        "What does a typical week look like?",
        "Are you hiring at the moment?",
    )
    assert result.returncode == 1, result.stderr
    data = json.loads(result.stdout)
    assert [item["text"] for item in data] == [
        "What does a typical week look like?",
        "Are you hiring at the moment?",
    ]
    assert data[0]["flags"] == []
    (flag,) = data[1]["flags"]  # a job ask, and no yes/no rewording with it
    assert flag["rule"] == "job_ask"
    assert data[1]["text"][flag["start"] : flag["end"]] == "Are you hiring"
    assert flag["why"] and flag["suggestion"]


def test_check_reads_stdin_one_question_per_line_and_exits_0_when_clean(tmp_path: Path) -> None:
    questions = "How did you get started?\n\nWhat would you do differently?\n"
    result = cli(tmp_path, "check", stdin=questions)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert [line[:2] for line in lines[:2]] == ["· ", "· "]  # silence, not a tick
    assert lines[2].startswith("0 of 2 flagged.") and "can still be" in lines[2]


def test_check_hiring_flags_protected_topics(tmp_path: Path) -> None:
    result = cli(tmp_path, "check", "--hiring", "--json", "-", stdin="Are you pregnant?\n")
    assert result.returncode == 1
    assert [f["rule"] for f in json.loads(result.stdout)[0]["flags"]] == ["illegal"]


def test_check_usage_error_is_exit_2(tmp_path: Path) -> None:
    result = cli(tmp_path, "check", "--hiring", "--informational", "x")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_feedback_json_for_an_answer_on_stdin(tmp_path: Path) -> None:
    answer = "We did it together, we always do. We shipped it and we were pleased, we said."
    result = cli(
        tmp_path, "feedback", "behavioral", "helped_struggling_teammate", "--json", stdin=answer
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data["star"]) == {"situation", "task", "action", "result"}
    assert all(set(k) == {"text", "covered"} for k in data["key_points"])
    assert {n["id"] for n in data["nudges"]} == {"we_heavy", "too_short"}
    assert data["words"] == 16


def test_feedback_star_is_null_where_it_does_not_apply(tmp_path: Path) -> None:
    answer = tmp_path / "answer.txt"
    answer.write_text("Is the team hiring, and how do people get in?", encoding="utf-8")
    # An interviewer bank tagged "behavioral": STAR and key points are for the interviewee.
    result = cli(
        tmp_path, "feedback", "hiring_probes", "walk_through_recent_work", str(answer), "--json"
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["star"] is None and data["key_points"] == []


def test_feedback_unknown_bank_or_unreadable_file_is_one_line(tmp_path: Path) -> None:
    result = cli(tmp_path, "feedback", "nope", "x")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "feedback: no bank 'nope'; 'interview-tui banks' lists them"
    ]
    missing = tmp_path / "missing.txt"
    result = cli(tmp_path, "feedback", "behavioral", "helped_struggling_teammate", str(missing))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "cannot read" in result.stderr
