"""Private by default, exports that cannot hurt, and a data path that is a file."""

from __future__ import annotations

import csv
import io
import os
import stat
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from interview_tui.banks.parse import parse_bank
from interview_tui.cli.main import main
from interview_tui.clock import FakeClock
from interview_tui.paths import Paths
from interview_tui.practice.plan import plan_session
from interview_tui.store.database import Store
from interview_tui.store.records import Reflection

EVIL_QUESTION = '=HYPERLINK("http://evil.example","click") <img src=x onerror=alert(1)>'
EVIL_BANK = f"""\
id: evil
role: interviewee
questions:
  - text: '{EVIL_QUESTION}'
    category: "+cmd|' /C calc'!A0"
  - text: "@SUM(1+1) # not a heading [link](http://evil.example)"
"""


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def evil_history(isolated_dirs: Paths) -> Paths:
    bank = parse_bank(EVIL_BANK, Path("evil.yaml"))
    store = Store.open(isolated_dirs.database, FakeClock(datetime(2026, 1, 1, tzinfo=UTC)))
    plan = plan_session([bank], 2, "sequential", goal="-1+1 <b>goal</b>")
    session = store.start_session(plan)
    attempt = store.submit_answer(session, 0, plan.items[0], "=1+1\n<script>x</script>", 30)
    store.rate_attempt(attempt, {"structure": 3}, note="@note # <i>")
    store.skip_question(session, 1, plan.items[1], "", 1)
    store.finish_session(session, Reflection("# big", "<u>u</u>", "- item"))
    store.close()
    return isolated_dirs


def test_data_folder_and_database_are_private_under_umask_022(
    umask_022: None, isolated_dirs: Paths, tmp_path: Path
) -> None:
    store = Store.open(isolated_dirs.database, FakeClock(datetime(2026, 1, 1, tzinfo=UTC)))
    store.start_session(plan_session([parse_bank(EVIL_BANK, Path("e.yaml"))], 1, "sequential"))
    try:
        assert mode(isolated_dirs.data_dir) == 0o700
        for name in ("", "-wal", "-shm"):
            file = Path(f"{isolated_dirs.database}{name}")
            assert mode(file) == 0o600, (file, oct(mode(file)))
    finally:
        store.close()


def test_an_older_database_readable_by_others_is_made_private(
    umask_022: None, isolated_dirs: Paths
) -> None:
    clock = FakeClock(datetime(2026, 1, 1, tzinfo=UTC))
    Store.open(isolated_dirs.database, clock).close()
    isolated_dirs.database.chmod(0o644)  # as an older version left it
    Store.open(isolated_dirs.database, clock).close()
    assert mode(isolated_dirs.database) == 0o600


def test_export_file_is_private(
    umask_022: None, evil_history: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out.json"
    assert main(["export", "-o", str(target)]) == 0
    assert mode(target) == 0o600


def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(
    evil_history: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    cells = [value for row in rows for value in row.values()]
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert rows[0]["question_text"] == "'" + EVIL_QUESTION  # the text is kept, inert
    assert rows[0]["answer"] == "'=1+1\n<script>x</script>"
    assert rows[0]["category"].startswith("'+cmd")


def test_markdown_renders_outside_text_as_text(
    evil_history: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "--format", "md"]) == 0
    out = capsys.readouterr().out
    for raw in ("<img", "<script>", "<b>", "<i>", "<u>", "[link](http"):
        assert raw not in out, raw
    assert "&lt;script&gt;" in out and "&lt;img src=x onerror=alert(1)&gt;" in out
    assert "\\# not a heading" in out  # a `#` inside a question does not make a heading
    assert "\\# big" in out and "\\- item" in out  # the reflection stays one list item
    headings = [line for line in out.splitlines() if line.startswith("#")]
    assert all(line.startswith(("# Interview", "## ", "### ")) for line in headings), headings


def test_output_must_be_a_regular_file(
    evil_history: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A FIFO of our own stands for a device: a test must never aim at a real one (a broken
    # export running as root would replace /dev/null for the whole machine).
    special = tmp_path / "special"
    os.mkfifo(special)
    assert main(["export", "-o", str(special)]) == 1
    err = capsys.readouterr().err
    assert "not a regular file" in err and len(err.strip().splitlines()) == 1
    assert stat.S_ISFIFO(os.stat(special).st_mode)  # left as it was, not replaced


def test_output_through_a_symlink_writes_its_target_and_keeps_the_link(
    evil_history: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "real.json"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    assert main(["export", "-o", str(link)]) == 0
    assert link.is_symlink() and link.resolve() == target
    assert '"format": "interview-tui/1"' in target.read_text(encoding="utf-8")


def test_empty_output_name_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["export", "-o", ""])
    assert exited.value.code == 2
    assert "-o needs a file name" in capsys.readouterr().err


@pytest.mark.parametrize("command", [["history"], ["export"]])
def test_data_path_that_is_a_file_is_one_line_not_an_empty_history(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    isolated_dirs.data_dir.parent.mkdir(parents=True, exist_ok=True)
    isolated_dirs.data_dir.write_text("not a folder", encoding="utf-8")
    assert main(command) == 1
    captured = capsys.readouterr()
    assert "No sessions" not in captured.out
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and "is a file, not a folder" in lines[0]
