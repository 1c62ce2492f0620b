"""The real faster-whisper path (features, CTranslate2, tokenizer, word times, Silero VAD) on
a tiny random model the tests build; and the model folder, with nothing downloaded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from interview_tui.banks.clean import visible
from interview_tui.cli.main import main
from interview_tui.voice import models
from interview_tui.voice.analyse import analyse
from interview_tui.voice.audio import RATE, read_audio
from interview_tui.voice.transcribe import Transcriber
from tests.voice.audio_tools import espeak, silence, tone, write


def test_transcribe_runs_the_real_decoder(tiny_model: Path, tmp_path: Path) -> None:
    samples = read_audio(write(tmp_path / "a.wav", tone(3), silence(1)))
    transcript = Transcriber(tiny_model).transcribe(samples, vad=False)
    # Random weights write nonsense, but real nonsense: decoded text with word times.
    assert transcript.text
    assert transcript.words
    assert all(0 <= w.start <= w.end <= len(samples) / RATE + 0.5 for w in transcript.words)


def test_the_transcript_carries_no_control_characters(tiny_model: Path, tmp_path: Path) -> None:
    """The random model writes bytes like \x06 for this audio: they never reach the answer."""
    path = write(tmp_path / "a.wav", silence(0.5), tone(1), silence(2.5), tone(0.5))
    delivery = analyse(path, Transcriber(tiny_model))
    assert delivery.transcript
    assert visible(delivery.transcript) == delivery.transcript


def test_speech_through_the_vad_and_decoder(tiny_model: Path, tmp_path: Path) -> None:
    speech = espeak("Tell me about a time you disagreed with a colleague.", tmp_path)
    path = write(tmp_path / "speech.wav", silence(1), speech, silence(1))
    delivery = analyse(path, Transcriber(tiny_model))
    assert delivery.transcript is not None
    assert delivery.first_word_seconds == pytest.approx(1.0, abs=0.3)


def test_a_model_in_the_data_folder_is_found_and_used(
    tiny_model: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    (data / "models").mkdir(parents=True)
    (data / "models" / "tiny.en").symlink_to(tiny_model, target_is_directory=True)
    assert [m.name for m in models.installed(data)] == ["tiny.en"]
    assert models.pick(data) is not None and models.pick(data, "base.en") is None
    path = write(tmp_path / "a.wav", tone(2), silence(2.5), tone(1))
    assert main(["--data-dir", str(data), "voice", "analyse", str(path), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert isinstance(result["transcript"], str)
    assert len(result["pauses"]) == 1
    assert main(["--data-dir", str(data), "voice", "status"]) == 0
    assert "speech model: tiny.en" in capsys.readouterr().out


def test_an_incomplete_model_folder_is_not_a_model(tiny_model: Path, tmp_path: Path) -> None:
    # Without tokenizer.json faster-whisper would download one: that folder is no model.
    folder = tmp_path / "data" / "models" / "base.en"
    folder.mkdir(parents=True)
    for name in ("model.bin", "config.json"):
        (folder / name).write_bytes((tiny_model / name).read_bytes())
    assert models.installed(tmp_path / "data") == []


def test_setup_asks_before_downloading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin.isatty", lambda: True, raising=False)
    monkeypatch.setattr("builtins.input", lambda prompt: "n")
    assert main(["--data-dir", str(tmp_path), "voice", "setup", "--model", "tiny.en"]) == 1
    out = capsys.readouterr().out
    assert "about 75 MB" in out and "nothing downloaded" in out
    assert not (tmp_path / "models" / "tiny.en").exists()
    assert main(["--data-dir", str(tmp_path), "voice", "setup", "--model", "huge"]) == 1
    assert "choose one of tiny.en" in capsys.readouterr().err


def test_setup_says_so_when_the_model_is_there(
    tiny_model: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "base.en").symlink_to(tiny_model, target_is_directory=True)
    assert main(["--data-dir", str(tmp_path), "voice", "setup"]) == 0
    assert "already installed" in capsys.readouterr().out
