"""Recordings in the store: kept with the session, exported, deleted with it."""

from __future__ import annotations

import json
import stat
from pathlib import Path

from interview_tui.banks.model import Bank, Question
from interview_tui.cli.main import main
from interview_tui.practice.plan import plan_session
from interview_tui.review.export import attempt_dict, iter_sessions
from interview_tui.store.database import Store
from interview_tui.voice.delivery import measure
from interview_tui.voice.files import new_recording
from interview_tui.voice.recorder import record_file
from tests.conftest import OpenStore
from tests.voice.audio_tools import silence, tone, write


def _session(store: Store, data: Path, tmp_path: Path) -> tuple[int, str]:
    bank = Bank("b", "B", "interviewee", (Question("q1", "Why us?", time_limit=60),))
    plan = plan_session([bank], 1, "sequential")
    session = store.start_session(plan)
    name = new_recording(data, session, 0)
    samples = record_file(write(tmp_path / "in.wav", tone(1), silence(2.5), tone(1)), data / name)
    store.save_recording(session, 0, name)
    attempt = store.submit_answer(session, 0, plan.items[0], "(spoken)", 5.0)
    store.rate_attempt(attempt, {"clarity": 4})
    store.save_recording(session, 0, name, measure(samples).as_dict())
    return session, name


def test_recording_kept_exported_and_deleted(
    open_store: OpenStore, db: Path, tmp_path: Path
) -> None:
    store = open_store()
    data = db.parent
    session, name = _session(store, data, tmp_path)
    assert name == "recordings/session-1/question-1.flac"
    assert stat.S_IMODE((data / name).stat().st_mode) == 0o600
    # Every folder on the way is private too, "recordings/" as well as the session's.
    assert stat.S_IMODE((data / name).parent.stat().st_mode) == 0o700
    assert stat.S_IMODE((data / "recordings").stat().st_mode) == 0o700
    recording = store.recording(session, 0)
    assert recording is not None and recording.delivery is not None
    assert len(recording.delivery["pauses"]) == 1
    exported = [
        attempt_dict(a) for _, attempts in iter_sessions(store, [session]) for a in attempts
    ]
    assert exported[0]["audio"] == name
    assert exported[0]["delivery"]["pauses"][0]["seconds"] >= 2.2
    # A retake of the same question gets its own file.
    assert new_recording(data, session, 0).endswith("question-1-take2.flac")
    store.delete_session(session)
    assert not (data / name).exists() and not (data / name).parent.exists()
    assert store.recordings(session) == {}


def test_export_audio_copies_the_recordings(
    open_store: OpenStore, db: Path, tmp_path: Path
) -> None:
    store = open_store()
    _session_id, name = _session(store, db.parent, tmp_path)
    store.close()
    out = tmp_path / "mentor"
    code = main(["--data-dir", str(db.parent), "export", "-o", str(out / "x.json"),
                 "--audio", str(out)])  # fmt: skip
    assert code == 0
    exported = json.loads((out / "x.json").read_text())
    audio = exported["sessions"][0]["attempts"][0]["audio"]
    assert audio == name
    assert (out / audio).read_bytes() == (db.parent / name).read_bytes()
