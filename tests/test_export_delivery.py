"""Spoken answers in every export format, and their recordings copied with `export --audio`
(privately); deleting a session or an attempt deletes every take of its audio. The audio here
is a few bytes standing in for FLAC: export and delete never read it."""

from __future__ import annotations

import csv
import io
import json
import stat
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from interview_tui.banks.model import Bank, Question
from interview_tui.cli.main import main
from interview_tui.clock import FakeClock
from interview_tui.practice.plan import plan_session
from interview_tui.store.database import Store
from tests.conftest import OpenStore

MEASURES = {
    "duration_seconds": 41.2,
    "speaking_seconds": 34.4,
    "first_word_seconds": 1.26,
    "pauses": [{"start": 12.3, "end": 15.4, "seconds": 3.1}],
    "transcript": "I listened first.",
    "words_per_minute": 142.4,
    "hesitations": {"um": 2},
}
BANK = Bank(
    "b",
    "B",
    "interviewee",
    (Question("q1", "Why us?", time_limit=60), Question("q2", "Why now?", time_limit=60)),
)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2025, 6, 2, 10, 0, tzinfo=timezone(timedelta(hours=2))))


def _spoken_session(store: Store, takes: int = 1) -> tuple[int, list[str]]:
    """Question 1 spoken (``takes`` files, the last one the database names), question 2 typed."""
    plan = plan_session([BANK], 2, "sequential")
    session = store.start_session(plan)
    data = store.path.parent
    names = [f"recordings/session-{session}/question-1.flac"]
    names += [f"recordings/session-{session}/question-1-take{n}.flac" for n in range(2, takes + 1)]
    for name in names:
        (data / name).parent.mkdir(parents=True, exist_ok=True)
        (data / name).write_bytes(b"fLaC " + name.encode())
    store.save_recording(session, 0, names[-1], MEASURES)
    attempt = store.submit_answer(session, 0, plan.items[0], "I listened first.", 41.0)
    store.rate_attempt(attempt, {"clarity": 4})
    store.submit_answer(session, 1, plan.items[1], "Typed.", 20.0)
    store.finish_session(session)
    return session, names


def _export(db: Path, fmt: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["--data-dir", str(db.parent), "export", "--format", fmt]) == 0
    return capsys.readouterr().out


def test_every_format_carries_the_delivery_of_a_spoken_answer(
    open_store: OpenStore, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = open_store()
    session, names = _spoken_session(store)
    store.close()

    attempts = json.loads(_export(db, "json", capsys))["sessions"][0]["attempts"]
    assert attempts[0]["audio"] == names[0]  # relative to the data folder
    assert attempts[0]["delivery"]["pauses"] == MEASURES["pauses"]
    assert attempts[1]["audio"] is None and attempts[1]["delivery"] is None

    rows = list(csv.DictReader(io.StringIO(_export(db, "csv", capsys))))
    assert {key: rows[0][key] for key in ("audio", "long_pauses", "words_per_minute")} == {
        "audio": names[0],
        "long_pauses": "1",
        "words_per_minute": "142.4",
    }
    assert rows[0]["speaking_seconds"] == "34.4" and rows[0]["first_word_seconds"] == "1.26"
    assert rows[0]["fillers"] == "um=2"
    assert all(rows[1][key] == "" for key in ("audio", "long_pauses", "words_per_minute"))

    markdown = _export(db, "md", capsys)
    assert (
        "Delivery: Spoke 34s of 41s · first word at 1.3s · 1 pause ≥ 2s: at 0:12 (3.1s) · "
        "142 words a minute · fillers: um ×2" in markdown
    )
    assert f"Recording: recordings/session-{session}/question-1.flac" in markdown
    assert markdown.count("Delivery:") == 1  # the typed answer has none


def test_export_audio_copies_privately_and_only_from_the_data_folder(
    open_store: OpenStore, db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = open_store()
    _session, names = _spoken_session(store)
    # A row pointing outside the data folder (a damaged or hand-edited database): not copied.
    outside = tmp_path / "secret.flac"
    outside.write_bytes(b"not yours")
    other, _ = _spoken_session(store)
    store.save_recording(other, 0, "../secret.flac")
    store.close()
    out = tmp_path / "mentor"
    assert main(["--data-dir", str(db.parent), "export", "-o", str(out / "x.json"),
                 "--audio", str(out)]) == 0  # fmt: skip
    assert "copied 1 recording " in capsys.readouterr().err
    copy = out / names[0]
    assert copy.read_bytes() == (db.parent / names[0]).read_bytes()
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE((out / "recordings").stat().st_mode) == 0o700
    assert sorted(p.name for p in out.rglob("*.flac")) == ["question-1.flac"]


def test_deleting_a_session_deletes_every_take_of_its_audio(
    open_store: OpenStore, db: Path
) -> None:
    store = open_store()
    session, names = _spoken_session(store, takes=3)
    kept, kept_names = _spoken_session(store)
    store.delete_session(session)
    assert not any((db.parent / name).exists() for name in names)
    assert not (db.parent / names[0]).parent.exists()
    assert (db.parent / kept_names[0]).exists()  # another session's audio stays
    assert store.recordings(kept)


def test_deleting_an_attempt_deletes_its_takes_not_the_others(
    open_store: OpenStore, db: Path
) -> None:
    store = open_store()
    session, names = _spoken_session(store, takes=2)
    other = db.parent / f"recordings/session-{session}/question-2.flac"
    other.write_bytes(b"fLaC")
    attempt = store.attempts(session)[0]
    store.delete_attempt(attempt.id)
    assert not any((db.parent / name).exists() for name in names)
    assert other.exists()  # question 2's recording is not a take of question 1
    assert store.recording(session, 0) is None
