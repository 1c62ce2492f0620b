"""`interview-tui import`: a text file of questions becomes a bank in the user's folder."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from interview_tui.cli.registry import COMMANDS

QUESTIONS = """\
# From the Acme posting
- Why do you want to work at Acme?
* How would you approach your first month?

1. Tell me about a time you shipped under pressure.
2) What is your biggest weakness?
"""


def run(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "interview_tui", *argv], capture_output=True, text=True
    )


@pytest.fixture
def config(tmp_path: Path) -> Path:
    return tmp_path / "config"


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "acme-posting.txt"
    path.write_text(QUESTIONS, encoding="utf-8")
    return path


def one_line_error(done: subprocess.CompletedProcess[str], code: int) -> str:
    assert done.returncode == code, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("interview-tui: error:"), done.stderr
    assert "Traceback" not in done.stderr
    return lines[0]


def test_the_command_is_registered() -> None:
    assert "import" in [command.name for command in COMMANDS]


def test_import_then_banks_lists_it_and_validate_accepts_it(config: Path, source: Path) -> None:
    done = run("--config-dir", str(config), "import", str(source), "--role", "interviewee")
    assert done.returncode == 0, done.stderr
    written = config / "banks" / "acme_posting.yaml"
    assert done.stdout.strip() == (
        f"imported 4 questions as bank 'acme_posting': {written.absolute()}"
    )
    listed = run("--config-dir", str(config), "banks", "--json")
    assert listed.returncode == 0, listed.stderr
    bank = {b["id"]: b for b in json.loads(listed.stdout)}["acme_posting"]
    assert bank["questions"] == 4 and bank["role"] == "interviewee"
    assert bank["title"] == "Acme posting"
    assert Path(bank["path"]) == written.absolute()
    checked = run("--config-dir", str(config), "validate")
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_import_with_id_title_and_category(config: Path, source: Path) -> None:
    done = run(
        "--config-dir", str(config), "import", str(source), "--role", "interviewer",
        "--id", "acme", "--title", "Acme: the call", "--category", "Acme",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    listed = run("--config-dir", str(config), "banks", "--json", "--role", "interviewer")
    bank = {b["id"]: b for b in json.loads(listed.stdout)}["acme"]
    assert (bank["title"], bank["questions"]) == ("Acme: the call", 4)
    assert "category: Acme" in (config / "banks" / "acme.yaml").read_text(encoding="utf-8")


def test_importing_twice_is_refused_and_the_bank_kept(config: Path, source: Path) -> None:
    argv = ("--config-dir", str(config), "import", str(source), "--role", "interviewee")
    assert run(*argv).returncode == 0
    written = config / "banks" / "acme_posting.yaml"
    before = written.read_bytes()
    assert "already exists" in one_line_error(run(*argv), 1)
    assert written.read_bytes() == before


def test_an_id_taken_by_a_bundled_bank_is_refused(config: Path, source: Path) -> None:
    done = run(
        "--config-dir", str(config), "import", str(source), "--role", "interviewee",
        "--id", "behavioral",
    )  # fmt: skip
    assert "'behavioral' already exists" in one_line_error(done, 1)
    assert not (config / "banks").exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "does not exist"),
        (b"", "no questions"),
        (b"# only comments\n\n   \n", "no questions"),
        (b"caf\xe9 latte?\n", "not UTF-8"),
    ],
)
def test_unusable_files_are_one_line_errors(
    config: Path, tmp_path: Path, content: bytes | None, message: str
) -> None:
    path = tmp_path / "questions.txt"
    if content is not None:
        path.write_bytes(content)
    done = run("--config-dir", str(config), "import", str(path), "--role", "interviewee")
    assert message in one_line_error(done, 1)
    assert not (config / "banks").exists()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["import"], "required: FILE, --role"),
        (["import", "FILE"], "required: --role"),
        (["import", "FILE", "--role", "boss"], "invalid choice: 'boss'"),
        (["import", "FILE", "--role", "interviewee", "--nope"], "unrecognized arguments: --nope"),
    ],
)
def test_wrong_usage_exits_2(config: Path, source: Path, argv: list[str], message: str) -> None:
    argv = [str(source) if arg == "FILE" else arg for arg in argv]
    assert message in one_line_error(run("--config-dir", str(config), *argv), 2)
    assert not (config / "banks").exists()


def test_the_refusal_speaks_to_the_options_given_and_replace_overwrites(
    config: Path, source: Path
) -> None:
    argv = ("--config-dir", str(config), "import", str(source), "--role", "interviewee")
    assert run(*argv, "--id", "mine").returncode == 0
    written = config / "banks" / "mine.yaml"
    message = one_line_error(run(*argv, "--id", "mine"), 1)
    assert "choose another with --id" not in message  # --id was given
    assert "choose another id, or add --replace" in message
    bundled = one_line_error(run(*argv, "--id", "behavioral", "--replace"), 1)
    assert "'behavioral' already exists" in bundled  # never overwrites a bundled bank
    source.write_text("Only this question now?\n", encoding="utf-8")
    done = run(*argv, "--id", "mine", "--replace", "--title", "Mine")
    assert done.returncode == 0, done.stderr
    text = written.read_text(encoding="utf-8")
    assert "Only this question now?" in text and "title: Mine" in text
