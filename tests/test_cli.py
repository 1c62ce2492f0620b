"""The command line: exits, output and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from interview_tui import __version__
from interview_tui.cli.main import main


def run(*argv: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "interview_tui", *argv], capture_output=True, text=True, cwd=cwd
    )


def test_version() -> None:
    done = run("--version")
    assert done.returncode == 0
    assert done.stdout.strip() == f"interview-tui {__version__}"


@pytest.mark.parametrize(
    "argv",
    [["--nope"], ["banks", "--role", "boss"], ["validate", "--json"], ["frobnicate"]],
)
def test_wrong_usage_is_one_line_and_exit_2(argv: list[str]) -> None:
    done = run(*argv)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("interview-tui: error:")
    assert "Traceback" not in done.stderr


def test_banks_json_lists_bundled(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["banks", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {"id", "title", "role", "questions", "path"} <= set(listed[0])
    by_id = {b["id"]: b for b in listed}
    assert by_id["behavioral"]["role"] == "interviewee"
    assert (
        isinstance(by_id["behavioral"]["questions"], int) and by_id["behavioral"]["questions"] > 0
    )


def test_banks_role_filter_and_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["banks", "--role", "interviewer"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split()[:4] == ["ID", "TITLE", "ROLE", "QUESTIONS"]
    assert all(" interviewer " in line for line in out[1:])
    assert len(out) > 1


def test_bank_flag_before_or_after_the_command(
    tmp_path: Path,
    write_bank,
    capsys: pytest.CaptureFixture[str],  # type: ignore[no-untyped-def]
) -> None:
    one = write_bank("role: interviewer\nquestions: [{text: A?}]\n", "one.yaml")
    two = write_bank("role: interviewer\nquestions: [{text: B?}]\n", "two.yaml")
    assert main(["--bank", str(one), "banks", "--json", "--bank", str(two)]) == 0
    ids = [b["id"] for b in json.loads(capsys.readouterr().out)]
    assert ids[-2:] == ["one", "two"]


def test_user_banks_folder_is_read(isolated_dirs, write_bank, capsys) -> None:  # type: ignore[no-untyped-def]
    write_bank(
        "role: interviewee\nquestions: [{text: Mine?}]\n", "mine.yaml", isolated_dirs.user_banks_dir
    )
    assert main(["banks", "--json"]) == 0
    assert "mine" in [b["id"] for b in json.loads(capsys.readouterr().out)]


def test_banks_reports_broken_bank_on_stderr_and_lists_the_rest(
    write_bank,
    capsys: pytest.CaptureFixture[str],  # type: ignore[no-untyped-def]
) -> None:
    bad = write_bank("role: interviewee\nquestions: [{txt: Q}]\n", "bad.yaml")
    assert main(["--bank", str(bad), "banks"]) == 0
    captured = capsys.readouterr()
    assert "behavioral" in captured.out
    assert f"{bad}:2:" in captured.err and "did you mean 'text'?" in captured.err


def test_validate_all_bundled_is_clean(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate"]) == 0
    assert capsys.readouterr().out.startswith("ok: ")


def test_validate_reports_every_problem_and_exits_1(write_bank) -> None:  # type: ignore[no-untyped-def]
    bad = write_bank("role: boss\nquestions:\n  - text: Q\n    time_limit: forever\n", "bad.yaml")
    good = write_bank("role: interviewee\nquestions: [{text: Q}]\n", "good.yaml")
    done = run("validate", str(bad), str(good))
    assert done.returncode == 1
    assert done.stdout.splitlines() == [
        f"{bad}:1:7: error: role: 'boss' is not a role: use interviewee or interviewer",
        f"{bad}:4:17: error: questions[0].time_limit: cannot read 'forever' as a duration; "
        "write seconds or '90s', '2m', '1m30s'",
    ]
    assert "1 bank," in done.stderr


def test_validate_missing_path(tmp_path: Path) -> None:
    done = run("validate", str(tmp_path / "nope.yaml"))
    assert done.returncode == 1
    assert "no such file" in done.stdout


def test_locate_honours_flags_and_env(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["locate", "--data-dir", str(tmp_path / "d")]) == 0
    out = capsys.readouterr().out
    assert f"database       {tmp_path / 'd' / 'interview.sqlite3'}" in out
    assert str(tmp_path / "config" / "banks") in out  # from INTERVIEW_TUI_CONFIG_DIR
