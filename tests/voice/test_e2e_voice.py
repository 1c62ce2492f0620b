"""A whole voice session in a real terminal (tmux), as a user has it: the question read aloud,
the recording meter moving, submit, the delivery beside the rating, the transcript (a tiny
model the test builds) landing in the editor, the rating saved; then play-back from the
session's detail on a machine with no sound device: one clear line, no traceback.

``--audio-input`` stands in for the microphone, with espeak-ng speech the test makes.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal

import pytest

from interview_tui.paths import Paths
from tests.test_e2e_kill import Tmux, app, behavioral, dirs, poll, query, running, tmux
from tests.voice.audio_tools import RATE, espeak, silence, tone, write

__all__ = ["dirs", "tmux"]  # fixtures, used by name

if shutil.which("espeak-ng") is None:
    pytest.skip("needs espeak-ng ('.ci/run' installs it)", allow_module_level=True)

SAID = "I listened to my colleague first, and then we agreed on one shared goal."


def _answer(dirs: Paths) -> str:
    rows = query(dirs.database, "SELECT answer FROM attempts WHERE position = 0")
    return str(rows[0][0]) if rows else ""


def test_a_spoken_answer_from_question_to_rating_and_play_back(tmux: Tmux, dirs: Paths) -> None:
    from tests.voice.tiny_whisper import build

    build(dirs.data_dir / "models" / "tiny.en")
    folder = dirs.data_dir.parent
    parts = (silence(0.5), espeak(SAID, folder), silence(2.5), tone(1.5))
    speech = write(folder / "answer.wav", *parts)
    seconds = int(sum(len(part) for part in parts) / RATE)
    question = behavioral().questions[0].text
    labels = [criterion.label for criterion in behavioral().criteria]
    tmux.start(
        app(dirs, "practice", "behavioral", "-n", "1", "--order", "sequential",
            "--voice", "--audio-input", str(speech), "--read-aloud"),
    )  # fmt: skip
    tmux.wait_for("Question 1 of 1", question[:40], "f5 Repeat")
    # The meter moves with the recording: seconds counting, bars lit by the speech.
    screen = tmux.wait_for("● REC 0:02", timeout=30)
    assert "▮" in screen
    screen = tmux.wait_for(f"● REC 0:{seconds:02d}", timeout=30)  # all of it said
    tmux.press("C-s")
    screen = tmux.wait_for("Rate your answer", "Delivery", "1 pause ≥ 2s")
    assert re.search(r"Spoke [\d.]+s of [\d.]+s", screen) and "first word" in screen, screen
    assert "no transcript yet" in screen or "word" in screen  # never the placeholder's count

    # The transcript lands (in a worker): the rating dialog counts its words.
    poll(lambda: not _answer(dirs).startswith("(spoken"), 60, lambda: tmux.screen())
    transcript = _answer(dirs)
    tmux.wait_for("word")
    # Back to the answer: the transcript is in the editor, to edit, and submitted again.
    tmux.press("Escape")
    tmux.wait_gone("Rate your answer")
    first_line = transcript.splitlines()[0][:30].strip()
    tmux.wait_for(first_line)
    tmux.press("C-s")
    tmux.wait_for("Rate your answer")
    tmux.rate(list(zip(labels, [4, 3, 4, 3], strict=True)))
    tmux.wait_gone("Rate your answer")
    rated = "SELECT status, overall, answer FROM attempts"
    poll(lambda: query(dirs.database, rated)[0][1], 10, lambda: tmux.screen())
    rows = query(dirs.database, rated)
    assert rows == [("submitted", 3.5, transcript)]
    (delivery,) = query(dirs.database, "SELECT delivery FROM recordings")
    assert delivery[0] and '"transcript"' in delivery[0]
    tmux.assert_alive()

    # Play-back from the session's detail: no sound device here, so one clear line.
    tmux.press("C-q")
    tmux.restart(app(dirs, "review"))
    tmux.wait_for("1 session ", "Resume your unfinished session?")  # quit at reflection
    tmux.press("f")  # finish it: its answers are kept
    tmux.wait_gone("Resume your unfinished session?")
    tmux.press("Enter")
    tmux.wait_for("space Play")
    tmux.press("Space")
    screen = tmux.wait_for("cannot play the recording")
    assert "Traceback" not in screen
    tmux.assert_alive()


def test_killed_mid_answer_the_recording_is_offered_back_and_kept(tmux: Tmux, dirs: Paths) -> None:
    folder = dirs.data_dir.parent
    speech = write(folder / "long.wav", silence(0.5), espeak(SAID, folder), tone(20))
    labels = [criterion.label for criterion in behavioral().criteria]
    pid = tmux.start(
        app(dirs, "practice", "behavioral", "-n", "2", "--order", "sequential",
            "--voice", "--audio-input", str(speech)),
    )  # fmt: skip
    tmux.wait_for("Question 1 of 2", "● REC 0:06", timeout=30)
    (name,) = query(dirs.database, "SELECT audio_path FROM recordings")[0]
    assert (dirs.data_dir / name).stat().st_size > 0  # on disk as it is captured

    os.kill(pid, signal.SIGKILL)  # no handler runs, nothing is flushed
    poll(lambda: not running(pid), 10, lambda: f"process {pid} is still running")
    tmux.restart(app(dirs))  # a plain start, without --voice
    tmux.wait_for("Resume your unfinished session?")
    tmux.press("Enter")
    tmux.wait_for("Your recording of this answer was cut short", "Continue recording", name)
    tmux.press("k")  # keep it as the answer
    screen = tmux.wait_for("Rate your answer", "Spoke")
    assert "no transcript" in screen  # no model here: said, not counted as words
    tmux.rate(list(zip(labels, [3, 3, 3, 3], strict=True)))
    tmux.wait_for("Question 2 of 2")
    rows = query(dirs.database, "SELECT position, status, overall FROM attempts")
    assert rows == [(0, "submitted", 3.0)]
    (kept,) = query(dirs.database, "SELECT audio_path, delivery FROM recordings")
    assert kept[0] == name and '"duration_seconds"' in kept[1]
    spoken = json.loads(kept[1])["duration_seconds"]
    assert spoken >= 5.5  # all but the last block or so before the kill: not a new take
    assert sorted(p.name for p in (dirs.data_dir / name).parent.iterdir()) == ["question-1.flac"]
    tmux.assert_alive()
