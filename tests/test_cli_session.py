"""`practice` and `export` from the command line: one-line errors, and the JSON export format."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from interview_tui.banks.model import Bank, BankSource
from interview_tui.banks.sources import load_banks
from interview_tui.cli.main import main
from interview_tui.clock import FakeClock, iso
from interview_tui.paths import Paths, bundled_banks_dir
from interview_tui.practice.plan import plan_session
from interview_tui.review.export import FORMAT
from interview_tui.store.database import Store
from interview_tui.store.migrations import SCHEMA_VERSION
from interview_tui.store.records import Reflection

START = datetime(2026, 3, 2, 9, 30, tzinfo=timezone(timedelta(hours=-5)))

# DESIGN.md's keys, plus what issue 5 adds: the interviewer's checklist and thank-you note
# on the session, and the insights on each attempt.
SESSION_KEYS = {
    "id", "started_at", "ended_at", "role", "banks", "goal", "reflection", "attempts",
    "checklist", "thank_you",
}  # fmt: skip
REFLECTION_KEYS = {"went_well", "improve", "next_goals"}
ATTEMPT_KEYS = {
    "insights",
    # The key points the user ticked in the rate dialog ({point: covered}), or null.
    "key_point_ticks",
    # A spoken answer's recording (relative to the data folder) and delivery, or null.
    "audio",
    "delivery",
    "bank_id",
    "question_id",
    "question_text",
    "answer",
    "started_at",
    "submitted_at",
    "seconds_spent",
    "time_limit",
    "overtime",
    "status",
    "ratings",
    "overall",
    "stumped",
    "note",
}


def run(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "interview_tui", *argv], capture_output=True, text=True, timeout=60
    )


def one_error_line(stderr: str) -> str:
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("interview-tui: error: ")
    return lines[0]


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# -- practice: mistakes are one line ------------------------------------------------------


def test_practice_with_a_misspelt_bank_suggests_the_right_one(isolated_dirs: Paths) -> None:
    done = run("practice", "behavorial", "-n", "3")
    assert done.returncode == 1
    line = one_error_line(done.stderr)
    assert "no bank 'behavorial'" in line
    assert "did you mean 'behavioral'?" in line
    assert done.stdout == ""
    # A mistake on the command line leaves nothing behind.
    assert not isolated_dirs.data_dir.exists()


def test_practice_with_an_unknown_bank_points_to_the_list(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["practice", "qwertyuiop"]) == 1
    line = one_error_line(capsys.readouterr().err)
    assert "no bank 'qwertyuiop'" in line
    assert "'interview-tui banks'" in line
    assert "did you mean" not in line


@pytest.mark.parametrize(
    "argv",
    [
        ["-n", "0"],
        ["-n", "101"],
        ["-n", "abc"],
        ["-n", "-3"],
        ["-n", "2.5"],
        ["-n", ""],
        ["--time-limit", "soon"],
        ["--time-limit", "0"],
        ["--time-limit", "1"],
        ["--time-limit", "3h"],
        ["--time-limit", "1.5m"],
        ["--order", "alphabetical"],
        ["--interview-date", "soon"],
        ["--interview-date", "2026-13-01"],
    ],
)
def test_practice_with_a_bad_option_exits_2_with_one_line(
    argv: list[str], capsys: pytest.CaptureFixture[str], isolated_dirs: Paths
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["practice", "behavioral", *argv])
    assert exit_info.value.code == 2
    captured = capsys.readouterr()
    line = one_error_line(captured.err)
    assert argv[0] in line  # names the option that is wrong
    assert captured.out == ""
    assert not isolated_dirs.data_dir.exists()


def test_practice_interview_date_reaches_the_app(
    monkeypatch: pytest.MonkeyPatch, isolated_dirs: Paths
) -> None:
    from datetime import date

    from interview_tui.cli import tui

    requests = []
    monkeypatch.setattr(
        tui, "run_app", lambda context, banks, practice, **_: requests.append(practice) or 0
    )
    assert main(["practice", "behavioral", "--interview-date", "2026-12-01"]) == 0
    (request,) = requests
    assert request.interview_date == date(2026, 12, 1)


# -- export: a fresh install --------------------------------------------------------------


def export(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["export", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_export_on_a_fresh_data_dir_is_empty_and_creates_nothing(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = export(capsys, "--all", "--format", "json")
    assert (code, err) == (0, "")
    document = json.loads(out)
    assert document["format"] == FORMAT == "interview-tui/1"
    assert document["sessions"] == []
    assert not isolated_dirs.database.exists()
    assert not isolated_dirs.data_dir.exists()


def test_export_of_a_session_on_a_fresh_data_dir_is_an_unknown_session(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = export(capsys, "--session", "1")
    assert code == 1
    assert out == ""
    assert "no session 1" in one_error_line(err)
    assert not isolated_dirs.data_dir.exists()


# -- export: seeded sessions ----------------------------------------------------------------


def bundled(bank_id: str) -> Bank:
    bank = load_banks([BankSource(bundled_banks_dir(), "bundled")]).get(bank_id)
    assert bank is not None
    return bank


@pytest.fixture
def seeded(isolated_dirs: Paths) -> Iterator[list[dict[str, Any]]]:
    """Two sessions written through the Store; yields the export they must give."""
    clock = FakeClock(START)
    store = Store.open(isolated_dirs.database, clock)
    try:
        yield _seed(store, clock)
    finally:
        store.close()


def _seed(store: Store, clock: FakeClock) -> list[dict[str, Any]]:
    def at(seconds: float) -> str:
        return iso(START + timedelta(seconds=seconds))

    # Session 1: finished, interviewee; one rated answer, one skip, one answer in overtime.
    plan = plan_session([bundled("behavioral")], 3, "sequential", goal="  Under two minutes ")
    first = store.start_session(plan)
    items = plan.items
    clock.advance(30)  # t=30
    store.save_draft(first, 0, items[0], "A draft that grows", 25.0)
    clock.advance(60)  # t=90
    answer_0 = store.submit_answer(first, 0, items[0], "Situation, task, action — résumé ✓.", 85.04)
    store.rate_attempt(
        answer_0,
        {"structure": 4, "specificity": 3, "impact": 5, "reflection": 2},
        stumped=True,
        note="  Shorter setup next time. ",
    )
    clock.advance(10)  # t=100
    store.skip_question(first, 1, items[1], "", 4.0)
    clock.advance(200)  # t=300
    long_seconds = items[2].time_limit + 20.26
    answer_2 = store.submit_answer(first, 2, items[2], "A long one.\nTwo lines.", long_seconds)
    store.rate_attempt(answer_2, {"structure": 1, "specificity": 2, "impact": 2, "reflection": 2})
    clock.advance(60)  # t=360
    store.finish_session(first, Reflection("Clear stories", "Get to the point", "Failures next"))

    # Session 2: interviewer, unfinished, with only a draft.
    clock.advance(3600)  # t=3960
    asks = plan_session([bundled("informational")], 2, "sequential")
    second = store.start_session(asks)
    clock.advance(5)  # t=3965
    store.save_draft(second, 0, asks.items[0], "How did you get started?", 5.0)

    def attempt(item_index: int, plan_items: Any, **values: Any) -> dict[str, Any]:
        item = plan_items[item_index]
        return {
            "bank_id": item.bank_id,
            "question_id": item.question_id,
            "question_text": item.question.text,
            "time_limit": item.time_limit,
            "insights": None,  # written by the app when it submits; none through the bare store
            "audio": None,  # typed: no recording
            "delivery": None,
            "key_point_ticks": None,  # rated through the bare store, with no ticks
            **values,
        }

    return [
        {
            "id": first,
            "started_at": at(0),
            "ended_at": at(360),
            "role": "interviewee",
            "banks": ["behavioral"],
            "goal": "Under two minutes",
            "reflection": {
                "went_well": "Clear stories",
                "improve": "Get to the point",
                "next_goals": "Failures next",
            },
            "checklist": {},
            "thank_you": "",
            "attempts": [
                attempt(
                    0,
                    items,
                    answer="Situation, task, action — résumé ✓.",
                    started_at=at(30 - 25.0),  # the first write (a draft), less its clock
                    submitted_at=at(90),
                    seconds_spent=85.0,
                    overtime=0.0,
                    status="submitted",
                    ratings={"structure": 4, "specificity": 3, "impact": 5, "reflection": 2},
                    overall=3.5,
                    stumped=True,
                    note="Shorter setup next time.",
                ),
                attempt(
                    1,
                    items,
                    answer="",
                    started_at=at(100 - 4.0),
                    submitted_at=at(100),
                    seconds_spent=4.0,
                    overtime=0.0,
                    status="skipped",
                    ratings={},
                    overall=None,
                    stumped=False,
                    note="",
                ),
                attempt(
                    2,
                    items,
                    answer="A long one.\nTwo lines.",
                    started_at=at(300 - long_seconds),
                    submitted_at=at(300),
                    seconds_spent=round(long_seconds, 1),
                    overtime=20.3,
                    status="submitted",
                    ratings={"structure": 1, "specificity": 2, "impact": 2, "reflection": 2},
                    overall=1.75,
                    stumped=False,
                    note="",
                ),
            ],
        },
        {
            "id": second,
            "started_at": at(3960),
            "ended_at": None,
            "role": "interviewer",
            "banks": ["informational"],
            "goal": "",
            "reflection": {"went_well": "", "improve": "", "next_goals": ""},
            "checklist": {},
            "thank_you": "",
            "attempts": [
                attempt(
                    0,
                    asks.items,
                    answer="How did you get started?",
                    started_at=at(3965 - 5.0),
                    submitted_at=None,
                    seconds_spent=5.0,
                    overtime=0.0,
                    status="draft",
                    ratings={},
                    overall=None,
                    stumped=False,
                    note="",
                )
            ],
        },
    ]


def assert_times_have_offsets(document: dict[str, Any]) -> None:
    moments = [document["exported_at"]]
    for session in document["sessions"]:
        moments += [session["started_at"], session["ended_at"]]
        for attempt in session["attempts"]:
            moments += [attempt["started_at"], attempt["submitted_at"]]
    for moment in moments:
        if moment is None:  # unfinished session, unsubmitted draft
            continue
        parsed = datetime.fromisoformat(moment)
        assert parsed.tzinfo is not None, moment


def test_export_all_matches_the_documented_format(
    seeded: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = export(capsys, "--all", "--format", "json")
    assert (code, err) == (0, "")
    document = json.loads(out)
    assert document["format"] == "interview-tui/1"
    assert set(document) <= {"format", "exported_at", "sessions"}
    for session in document["sessions"]:
        assert set(session) == SESSION_KEYS
        assert set(session["reflection"]) == REFLECTION_KEYS
        for attempt in session["attempts"]:
            assert set(attempt) == ATTEMPT_KEYS
            assert attempt["status"] in {"submitted", "skipped", "draft"}
            assert all(1 <= score <= 5 for score in attempt["ratings"].values())
    assert document["sessions"] == seeded
    assert document["sessions"][0]["started_at"] == "2026-03-02T09:30:00-05:00"
    assert_times_have_offsets(document)


def test_export_keeps_text_as_text(
    seeded: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = export(capsys)
    assert "résumé ✓" in out  # not \u-escaped


def test_export_one_session(
    seeded: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    wanted = seeded[1]
    code, out, err = export(capsys, "--session", str(wanted["id"]))
    assert (code, err) == (0, "")
    assert json.loads(out)["sessions"] == [wanted]


def test_export_unknown_session_is_one_line(
    seeded: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = export(capsys, "--session", "999")
    assert (code, out) == (1, "")
    assert "no session 999" in one_error_line(err)


def test_export_session_and_all_together_is_a_usage_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["export", "--all", "--session", "1"])
    assert exit_info.value.code == 2
    one_error_line(capsys.readouterr().err)


# -- export -o FILE ----------------------------------------------------------------------------


def test_export_to_a_file_is_complete_with_a_confirmation(
    seeded: list[dict[str, Any]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "sessions.json"
    target.write_text("an older export", encoding="utf-8")
    code, out, err = export(capsys, "--all", "-o", str(target))
    assert (code, out) == (0, "")
    assert err.strip().splitlines() == [f"exported 2 sessions to {target}"]
    assert json.loads(target.read_text(encoding="utf-8"))["sessions"] == seeded
    assert files_in(folder) == ["sessions.json"]  # no temporary file left beside it


def test_export_to_a_new_folder_creates_it(
    seeded: list[dict[str, Any]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "new" / "deeper" / "one.json"
    code, _, _ = export(capsys, "--session", str(seeded[0]["id"]), "-o", str(target))
    assert code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["sessions"] == [seeded[0]]
    assert files_in(target.parent) == ["one.json"]


def test_a_failed_export_leaves_the_old_file_whole(
    seeded: list[dict[str, Any]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The disk fills up before the new file is safe: the previous export stays as it was."""

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "sessions.json"
    target.write_text("the previous export", encoding="utf-8")
    code, out, err = export(capsys, "-o", str(target))
    assert (code, out) == (1, "")
    line = one_error_line(err)
    assert f"cannot write {target}" in line and "No space left on device" in line
    assert target.read_text(encoding="utf-8") == "the previous export"
    assert files_in(folder) == ["sessions.json"]  # the temporary file is gone


def test_export_onto_a_folder_is_one_line(
    seeded: list[dict[str, Any]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    code, out, err = export(capsys, "-o", str(folder))
    assert (code, out) == (1, "")
    assert f"cannot write {folder}" in one_error_line(err)
    assert files_in(folder) == []
    assert files_in(tmp_path).count("a-folder") == 1
    assert not [name for name in files_in(tmp_path) if name.startswith(".a-folder")]


# -- export from a database that is not ours ------------------------------------------------


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def test_a_file_that_is_not_sqlite_is_refused_and_untouched(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    isolated_dirs.data_dir.mkdir(parents=True)
    isolated_dirs.database.write_bytes(b"these are my notes, not a database\n" * 200)
    before = snapshot(isolated_dirs.data_dir)
    code, out, err = export(capsys)
    assert (code, out) == (1, "")
    assert "not an interview-tui database" in one_error_line(err)
    assert snapshot(isolated_dirs.data_dir) == before  # no -wal, no -shm, same bytes


def test_a_database_from_a_newer_version_is_refused_and_untouched(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    isolated_dirs.data_dir.mkdir(parents=True)
    with closing(sqlite3.connect(isolated_dirs.database)) as db:
        db.execute("CREATE TABLE sessions (id INTEGER PRIMARY KEY, future TEXT)")
        db.execute("INSERT INTO sessions (future) VALUES ('from tomorrow')")
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        db.commit()
    before = snapshot(isolated_dirs.data_dir)
    mtime = os.stat(isolated_dirs.database).st_mtime_ns
    code, out, err = export(capsys, "--all")
    assert (code, out) == (1, "")
    line = one_error_line(err)
    assert "newer interview-tui" in line and f"schema {SCHEMA_VERSION + 1}" in line
    assert snapshot(isolated_dirs.data_dir) == before
    assert os.stat(isolated_dirs.database).st_mtime_ns == mtime
