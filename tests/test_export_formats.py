"""Export as Markdown, CSV and JSON: through write_sessions and through `interview-tui export`.

The history is a few weeks of seeded practice plus one session written by hand whose answer
holds commas, quotes and line breaks, which every format must carry through unchanged.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from random import Random
from typing import Any

import pytest

from interview_tui.banks.model import BankSource
from interview_tui.banks.sources import load_banks
from interview_tui.clock import FakeClock
from interview_tui.paths import DATABASE_NAME, bundled_banks_dir
from interview_tui.practice.plan import plan_session
from interview_tui.practice.seed import seed_history
from interview_tui.review import export as export_module
from interview_tui.review.export import FORMAT, ExportFormat, export_to_file, iter_sessions
from interview_tui.review.export import write_sessions as write_sessions_to
from interview_tui.review.export_text import CSV_COLUMNS
from interview_tui.store.database import Store
from interview_tui.store.records import AttemptRecord, Reflection, SessionRecord

TZ = timezone(timedelta(hours=1))
START = datetime(2025, 3, 3, 9, 0, tzinfo=TZ)
EXPORTED_AT = "2025-04-01T12:00:00+01:00"

TRICKY = 'He said, "no way" — then:\n\n  we shipped, on time; "twice"\nend, with a comma,'
TRICKY_NOTE = 'opening, "too long"'
REFLECTION = Reflection("stayed calm, mostly", 'fewer "um"s', "time every answer")

# The keys DESIGN.md (Storage, Export) promises.
SESSION_KEYS = {"id", "started_at", "ended_at", "role", "banks", "goal", "reflection", "attempts"}
ATTEMPT_KEYS = {
    "bank_id", "question_id", "question_text", "answer", "started_at", "submitted_at",
    "seconds_spent", "time_limit", "overtime", "status", "ratings", "overall", "stumped", "note",
}  # fmt: skip


@dataclass(frozen=True)
class History:
    data_dir: Path
    sessions: list[tuple[SessionRecord, list[AttemptRecord]]]
    tricky_session: int

    @property
    def attempts(self) -> list[AttemptRecord]:
        return [attempt for _, attempts in self.sessions for attempt in attempts]

    def only(self, session_id: int) -> History:
        chosen = [pair for pair in self.sessions if pair[0].id == session_id]
        return History(self.data_dir, chosen, self.tricky_session)


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> History:
    """Two weeks of seeded practice on two bundled banks, then the hand-written session."""
    data_dir = tmp_path_factory.mktemp("export") / "data"
    clock = FakeClock(START)
    loaded = load_banks([BankSource(bundled_banks_dir(), "bundled")])
    banks = [bank for bank in loaded.banks if bank.id in {"behavioral", "informational"}]
    store = Store.open(data_dir / DATABASE_NAME, clock)
    try:
        seeded = seed_history(store, clock, banks, weeks=2, sessions_per_week=2,
                              questions_per_session=3, rng=Random(5))  # fmt: skip
        assert seeded == 4
        plan = plan_session([banks[0]], 3, "sequential", goal="say the result first")
        tricky = store.start_session(plan)
        clock.advance(95)
        first = store.submit_answer(tricky, 0, plan.items[0], TRICKY, 95.0)
        store.rate_attempt(first, {"structure": 2, "specificity": 4}, True, TRICKY_NOTE)
        clock.advance(10)
        store.skip_question(tricky, 1, plan.items[1], "", 10.0)
        clock.advance(200)
        store.submit_answer(tricky, 2, plan.items[2], "Over time, unrated.", 200.0)
        store.finish_session(tricky, REFLECTION)
        sessions = list(iter_sessions(store, store.session_ids()))
    finally:
        store.close()
    return History(data_dir, sessions, tricky)


def written(history: History, fmt: ExportFormat) -> str:
    out = io.StringIO(newline="")
    count = write_sessions_to(iter(history.sessions), fmt, out, EXPORTED_AT)
    assert count == len(history.sessions)
    return out.getvalue()


def run(history: History, *argv: str) -> tuple[int, str, str]:
    """`python -m interview_tui --data-dir DIR export ...`; output as bytes, decoded as is."""
    done = subprocess.run(
        [sys.executable, "-m", "interview_tui", "--data-dir", str(history.data_dir), "export",
         *argv],
        capture_output=True,
        timeout=60,
    )  # fmt: skip
    return done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8")


def read(path: Path) -> str:
    """The file's text with its line ends as written (CSV fields may hold newlines)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return handle.read()


def files_in(folder: Path) -> list[str]:
    return sorted(entry.name for entry in folder.iterdir())


# -- what each format must hold --------------------------------------------------------------


def check_csv(text: str, history: History) -> None:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    assert tuple(reader.fieldnames or ()) == CSV_COLUMNS
    rows = list(reader)
    assert len(rows) == len(history.attempts)  # one row per attempt
    sessions = {session.id: session for session, _ in history.sessions}
    for row, attempt in zip(rows, history.attempts, strict=True):
        assert int(row["session_id"]) == attempt.session_id
        assert row["session_started_at"] == sessions[attempt.session_id].started_at
        assert int(row["position"]) == attempt.position + 1
        assert (row["bank_id"], row["question_id"]) == (attempt.bank_id, attempt.question_id)
        assert row["question_text"] == attempt.question_text
        assert row["answer"] == attempt.answer
        assert row["note"] == attempt.note
        assert row["status"] == attempt.status
        assert float(row["seconds_spent"]) == attempt.seconds_spent
        assert float(row["overtime"]) == pytest.approx(attempt.overtime, abs=0.05)
        assert row["stumped"] == str(int(attempt.stumped))
        assert (float(row["overall"]) if row["overall"] else None) == attempt.overall
        ratings = dict(pair.split("=") for pair in row["ratings"].split(";") if pair)
        assert {name: int(score) for name, score in ratings.items()} == attempt.ratings
    tricky = [row for row in rows if row["answer"] == TRICKY]
    assert len(tricky) == 1 and tricky[0]["note"] == TRICKY_NOTE
    assert sorted(tricky[0]["ratings"].split(";")) == ["specificity=4", "structure=2"]


def check_markdown(text: str, history: History) -> None:
    assert text.startswith("# Interview practice\n")
    assert text.count("\n## ") == len(history.sessions)
    for attempt in history.attempts:
        assert f". {attempt.question_text}\n" in text
        if attempt.answer:
            quoted = "\n".join(f"> {line}" if line else ">" for line in attempt.answer.split("\n"))
            assert f"\n{quoted}\n" in text  # the answer as a block quote, line by line
    assert '\n> He said, "no way" — then:\n>\n>   we shipped, on time; "twice"\n' in text
    assert "> (no answer)" in text  # the skipped question
    assert f"Note: {TRICKY_NOTE}" in text
    assert "### Reflection" in text
    for line in (REFLECTION.went_well, REFLECTION.improve, REFLECTION.next_goals):
        assert line in text
    assert "Goal: say the result first" in text


def check_json(text: str, history: History) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(text)
    assert document["format"] == FORMAT == "interview-tui/1"
    # DESIGN.md's keys must all be there; later issues may add more.
    assert {"format", "exported_at", "sessions"} <= set(document)
    assert [s["id"] for s in document["sessions"]] == [s.id for s, _ in history.sessions]
    assert datetime.fromisoformat(document["exported_at"]).utcoffset() is not None
    moments = []
    for session, (record, attempts) in zip(document["sessions"], history.sessions, strict=True):
        assert set(session) >= SESSION_KEYS
        assert set(session["reflection"]) == {"went_well", "improve", "next_goals"}
        assert session["banks"] == list(record.banks)
        moments += [session["started_at"], session["ended_at"]]
        assert len(session["attempts"]) == len(attempts)
        for item, attempt in zip(session["attempts"], attempts, strict=True):
            assert set(item) >= ATTEMPT_KEYS
            assert item["answer"] == attempt.answer
            assert item["status"] in {"submitted", "skipped", "draft"}
            assert item["ratings"] == attempt.ratings
            assert all(1 <= score <= 5 for score in item["ratings"].values())
            assert isinstance(item["stumped"], bool)
            assert item["overtime"] == round(
                max(0.0, item["seconds_spent"] - item["time_limit"]), 1
            )
            moments += [item["started_at"], item["submitted_at"]]
    for moment in moments:
        assert moment is not None  # finished sessions; a skip has its submitted_at too
        assert datetime.fromisoformat(moment).utcoffset() == timedelta(hours=1), moment
        assert moment.endswith("+01:00")  # as written by the clock, offset included
    tricky = next(s for s in document["sessions"] if s["id"] == history.tricky_session)
    assert tricky["reflection"] == {
        "went_well": REFLECTION.went_well,
        "improve": REFLECTION.improve,
        "next_goals": REFLECTION.next_goals,
    }
    assert tricky["attempts"][0]["answer"] == TRICKY
    assert tricky["attempts"][1]["status"] == "skipped"
    assert tricky["attempts"][2]["overtime"] == 200.0 - tricky["attempts"][2]["time_limit"]
    return document


CHECKS = {"csv": check_csv, "md": check_markdown, "json": check_json}
FORMATS: Sequence[ExportFormat] = ("md", "csv", "json")


# -- write_sessions --------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_write_sessions(history: History, fmt: ExportFormat) -> None:
    CHECKS[fmt](written(history, fmt), history)


def test_json_export_says_when_it_was_made(history: History) -> None:
    assert check_json(written(history, "json"), history)["exported_at"] == EXPORTED_AT
    assert "Exported from interview-tui on 2025-04-01." in written(history, "md")


@pytest.mark.parametrize("fmt", FORMATS)
def test_nothing_to_export_is_still_a_valid_file(fmt: ExportFormat) -> None:
    out = io.StringIO(newline="")
    assert write_sessions_to(iter(()), fmt, out, EXPORTED_AT) == 0
    text = out.getvalue()
    if fmt == "json":
        assert json.loads(text)["sessions"] == []
    elif fmt == "csv":
        assert list(csv.reader(io.StringIO(text))) == [list(CSV_COLUMNS)]
    else:
        assert "No sessions yet." in text


def test_export_to_file_replaces_the_old_file_and_leaves_nothing_else(
    history: History, tmp_path: Path
) -> None:
    target = tmp_path / "out" / "practice.csv"
    target.parent.mkdir()
    target.write_text("the previous export", encoding="utf-8")
    store = Store.open(history.data_dir / DATABASE_NAME, FakeClock(START))
    try:
        assert export_to_file(store, None, "csv", target, EXPORTED_AT) == len(history.sessions)
    finally:
        store.close()
    check_csv(read(target), history)
    assert files_in(target.parent) == ["practice.csv"]


def test_a_failure_midway_leaves_the_old_file_and_no_temporary(
    history: History, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def first_then_fail(store: Store, ids: list[int]) -> Iterator[Any]:
        yield history.sessions[0]
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(export_module, "iter_sessions", first_then_fail)
    target = tmp_path / "practice.md"
    target.write_text("the previous export", encoding="utf-8")
    store = Store.open(history.data_dir / DATABASE_NAME, FakeClock(START))
    try:
        with pytest.raises(RuntimeError):
            export_to_file(store, None, "md", target, EXPORTED_AT)
    finally:
        store.close()
    assert target.read_text(encoding="utf-8") == "the previous export"
    assert files_in(tmp_path) == ["practice.md"]


# -- the command line ------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_cli_export_to_stdout(history: History, fmt: ExportFormat) -> None:
    code, out, err = run(history, "--format", fmt)
    assert (code, err) == (0, "")
    CHECKS[fmt](out, history)
    if fmt == "csv":
        assert out == written(history, "csv")  # nothing in CSV depends on the time of export


@pytest.mark.parametrize("fmt", FORMATS)
def test_cli_export_to_a_file(history: History, fmt: ExportFormat, tmp_path: Path) -> None:
    target = tmp_path / "out" / f"practice.{fmt}"
    target.parent.mkdir()
    target.write_text("an older export", encoding="utf-8")
    code, out, err = run(history, "--format", fmt, "-o", str(target))
    assert (code, out) == (0, "")
    assert err.splitlines() == [f"exported {len(history.sessions)} sessions to {target}"]
    CHECKS[fmt](read(target), history)
    assert files_in(target.parent) == [target.name]  # no temporary file left beside it


@pytest.mark.parametrize("fmt", FORMATS)
def test_cli_export_one_session(history: History, fmt: ExportFormat) -> None:
    code, out, err = run(history, "--session", str(history.tricky_session), "--format", fmt)
    assert (code, err) == (0, "")
    CHECKS[fmt](out, history.only(history.tricky_session))


def test_cli_export_a_seeded_session_as_markdown(history: History) -> None:
    first, _ = history.sessions[0]
    code, out, _ = run(history, "--session", str(first.id), "--format", "md")
    assert code == 0
    assert out.count("\n## ") == 1
    for attempt in history.only(first.id).attempts:
        assert f"\n> {attempt.answer}\n" in out
    assert TRICKY not in out


def without_root_powers() -> list[str]:
    """A command prefix under which even root obeys file permissions, as users do."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: no folder is read-only to root")
    # Without capabilities (CAP_DAC_OVERRIDE above all) root is held to the mode bits.
    return [setpriv, "--inh-caps=-all", "--bounding-set=-all", "--"]


def test_cli_export_into_a_read_only_folder_keeps_the_old_file(
    history: History, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "practice.md"
    target.write_text("the previous export", encoding="utf-8")
    before = target.stat().st_mtime_ns
    prefix = without_root_powers()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        done = subprocess.run(
            [*prefix, sys.executable, "-m", "interview_tui", "--data-dir",
             str(history.data_dir), "export", "--format", "md", "-o", str(target)],
            capture_output=True,
            text=True,
            timeout=60,
        )  # fmt: skip
    finally:
        folder.chmod(stat.S_IRWXU)
    assert (done.returncode, done.stdout) == (1, "")
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith(f"interview-tui: error: cannot write {target}: ")
    assert lines[0].endswith("Permission denied")
    assert target.read_text(encoding="utf-8") == "the previous export"
    assert target.stat().st_mtime_ns == before
    assert files_in(folder) == ["practice.md"]  # no temporary file either
