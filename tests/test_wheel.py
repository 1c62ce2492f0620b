"""The wheel carries the bundled banks and works from any folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (found,) = out.glob("interview_tui-*.whl")
    return found


def test_wheel_contains_the_banks(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "interview_tui/question_banks/interviewee/behavioral.yaml" in names
    assert "interview_tui/question_banks/interviewer/informational.yaml" in names
    assert "interview_tui/coaching/data/fillers.txt" in names  # the insights' word lists


def test_installed_wheel_lists_banks_from_another_folder(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target)}
    done = subprocess.run(
        [sys.executable, "-m", "interview_tui", "banks", "--json"],
        capture_output=True, text=True, cwd=elsewhere, env=env, check=True,
    )  # fmt: skip
    banks = json.loads(done.stdout)
    assert len(banks) >= 8
    assert all(b["path"].startswith(str(target)) for b in banks)
    probe = (
        "from interview_tui.coaching.wordlists import load_word_lists\n"
        "import interview_tui\n"
        f"assert interview_tui.__file__.startswith({str(target)!r})\n"
        "print(sorted(load_word_lists().fillers)[:1])"
    )
    words = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=elsewhere, env=env
    )
    assert words.returncode == 0, words.stderr
    assert words.stdout.strip() != "[]"
