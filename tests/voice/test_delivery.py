"""Delivery measured from audio the tests make, through the real capture-to-disk code."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from interview_tui.cli.main import main
from interview_tui.voice.audio import read_audio
from interview_tui.voice.delivery import LONG_PAUSE, Word, measure
from interview_tui.voice.extra import VoiceError
from interview_tui.voice.recorder import FileSource, Recorder, record_file
from tests.voice.audio_tools import RATE, espeak, killed_recording, silence, tone, write

TOLERANCE = 0.3


def test_pauses_and_speaking_time_where_the_test_put_them(tmp_path: Path) -> None:
    # 1.5 s before the first "word", a 2.5 s pause at 4.5 s, a 1 s gap (not a pause), a 3 s
    # pause at 9.5 s, and 2 s of silence at the end (trailing: not a pause between words).
    source = write(
        tmp_path / "answer.wav",
        silence(1.5), tone(3), silence(2.5), tone(1), silence(1), tone(0.5),
        silence(3, seed=1), tone(2), silence(2, seed=2),
    )  # fmt: skip
    samples = record_file(source, tmp_path / "data" / "answer.flac")
    delivery = measure(samples)
    assert delivery.duration_seconds == pytest.approx(16.5, abs=0.05)
    assert delivery.first_word_seconds == pytest.approx(1.5, abs=TOLERANCE)
    assert delivery.speaking_seconds == pytest.approx(3 + 1 + 0.5 + 2, abs=TOLERANCE)
    assert [(p.start, p.end) for p in delivery.pauses] == [
        (pytest.approx(4.5, abs=TOLERANCE), pytest.approx(7.0, abs=TOLERANCE)),
        (pytest.approx(9.5, abs=TOLERANCE), pytest.approx(12.5, abs=TOLERANCE)),
    ]
    assert delivery.words_per_minute is None and delivery.transcript is None


def test_the_recording_is_the_input_and_private(tmp_path: Path) -> None:
    source = write(tmp_path / "in.wav", tone(1.0), silence(0.5))
    target = tmp_path / "data" / "rec.flac"
    recorded = record_file(source, target)
    assert len(recorded) == len(read_audio(source))
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_bytes()[:4] == b"fLaC"


def test_a_44khz_stereo_file_is_read_as_16khz_mono(tmp_path: Path) -> None:
    import numpy as np

    mono = np.concatenate([silence(1), tone(2)])
    stereo = np.stack([mono, mono], axis=1)
    import soundfile

    path = tmp_path / "stereo.flac"
    resampled = np.interp(np.arange(0, len(mono), RATE / 44_100), np.arange(len(mono)), mono)
    soundfile.write(path, np.stack([resampled, resampled], axis=1), 44_100)
    samples = read_audio(path)
    assert samples.ndim == 1 and len(samples) == pytest.approx(3 * RATE, abs=5)
    assert measure(samples).first_word_seconds == pytest.approx(1.0, abs=TOLERANCE)
    assert stereo.shape[1] == 2


def test_pause_stops_the_recording(tmp_path: Path) -> None:
    source = FileSource(write(tmp_path / "in.wav", tone(0.5)), paced=False)
    recorder = Recorder(tmp_path / "rec.flac", source)
    recorder.pause(True)
    recorder.start()
    recorder.wait_until_fed()
    recorder.stop()
    assert recorder.seconds == 0 and len(read_audio(recorder.path)) == 0


def test_espeak_speech_with_a_pause(tmp_path: Path) -> None:
    first = espeak("I led the migration of our billing system.", tmp_path)
    second = espeak("We shipped it on time, and customers stopped complaining.", tmp_path)
    samples = record_file(
        write(tmp_path / "speech.wav", silence(1.0), first, silence(3.0), second),
        tmp_path / "rec.flac",
    )
    delivery = measure(samples)
    spoken_first = measure(first)
    assert delivery.first_word_seconds == pytest.approx(
        1.0 + (spoken_first.first_word_seconds or 0), abs=TOLERANCE
    )
    assert len(delivery.pauses) == 1
    pause = delivery.pauses[0]
    # espeak leaves a little silence around its words; the pause includes it.
    expected_start = 1.0 + (spoken_first.first_word_seconds or 0) + spoken_first.speaking_seconds
    assert pause.start == pytest.approx(expected_start, abs=TOLERANCE)
    assert pause.seconds >= 3.0 - TOLERANCE


def test_words_per_minute_and_hesitations_from_word_times(tmp_path: Path) -> None:
    samples = write(tmp_path / "a.wav", tone(30))
    words = [Word(i * 0.5, i * 0.5 + 0.4, w) for i, w in enumerate(["Um,", "so", "uh", "we"] * 15)]
    delivery = measure(read_audio(samples), RATE, words, "um so uh we")
    assert delivery.words_per_minute == pytest.approx(120, abs=3)
    assert delivery.hesitations == {"um": 15, "uh": 15}
    assert LONG_PAUSE == 2.0


def test_a_crash_keeps_the_recording(tmp_path: Path) -> None:
    """A recorder killed mid-answer leaves a file that reads back, up to the last block."""
    source = write(tmp_path / "in.wav", tone(20))
    target = tmp_path / "rec.flac"
    killed_recording(source, target)
    recovered = read_audio(target)
    assert len(recovered) > RATE  # more than a second of a paced 20 s input survived


def test_analyse_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path / "a.wav", silence(0.5), tone(2), silence(2.5), tone(1))
    assert main(["voice", "analyse", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["duration_seconds"] == pytest.approx(6.0, abs=0.05)
    assert data["speaking_seconds"] == pytest.approx(3.0, abs=TOLERANCE)
    assert data["pauses"] == [
        {"start": pytest.approx(2.5, abs=TOLERANCE), "end": pytest.approx(5.0, abs=TOLERANCE),
         "seconds": pytest.approx(2.5, abs=TOLERANCE)}
    ]  # fmt: skip
    assert data["transcript"] is None and data["words_per_minute"] is None


def test_analyse_bad_input_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = tmp_path / "notes.wav"
    text.write_text("not audio")
    assert main(["voice", "analyse", str(text)]) == 1
    assert main(["voice", "analyse", str(tmp_path / "missing.flac")]) == 1
    errors = capsys.readouterr().err.splitlines()
    assert len(errors) == 2 and all(line.startswith("interview-tui: error: ") for line in errors)
    with pytest.raises(VoiceError):
        read_audio(text)
