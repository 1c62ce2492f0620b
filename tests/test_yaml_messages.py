"""Bank syntax errors say what to fix and where: tabs, unclosed quotes, and the files by name."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from interview_tui.banks.model import BankError
from interview_tui.banks.parse import parse_bank

TAB = "role: interviewee\nquestions:\n  - text: one\n\t- text: two\n"
QUOTE = 'role: interviewee\nquestions:\n  - text: "never closed\n  - text: two\n  - text: three\n'
SINGLE = "role: interviewee\nquestions:\n  - text: 'never closed\n  - text: two\n"


@pytest.mark.parametrize(
    ("text", "where", "words"),
    [
        (TAB, (4, 1), "YAML indents with spaces only"),
        (QUOTE, (3, 11), 'this " quote is never closed'),
        (SINGLE, (3, 11), "this ' quote is never closed"),
        (TAB.replace("\n", "\r\n"), (4, 1), "a tab"),
    ],
)
def test_yaml_syntax_errors_point_at_what_to_fix(
    text: str, where: tuple[int, int], words: str
) -> None:
    with pytest.raises(BankError) as raised:
        parse_bank(text.encode(), Path("mine.yaml"))
    (problem,) = raised.value.problems
    assert (problem.line, problem.column) == where
    assert words in problem.message and "cannot start any token" not in problem.message


def test_banks_names_the_broken_file_for_validate(tmp_path: Path) -> None:
    broken = tmp_path / "broken bank.yaml"
    broken.write_text(TAB, encoding="utf-8")
    command = [sys.executable, "-m", "interview_tui", "--config-dir", str(tmp_path / "c")]
    listed = subprocess.run(
        [*command, "--bank", str(broken), "banks"], capture_output=True, text=True, timeout=60
    )
    last = listed.stderr.strip().splitlines()[-1]
    assert f"run 'interview-tui validate '{broken}'' for details" in last
    # What it says to run finds the problem, without the --bank of the first command.
    checked = subprocess.run(
        [*command, "validate", str(broken)], capture_output=True, text=True, timeout=60
    )
    assert checked.returncode == 1 and "broken bank.yaml:4:1:" in checked.stdout
