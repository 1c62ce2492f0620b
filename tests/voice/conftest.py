"""The voice tests need the voice extra; `make test` installs it. In a light venv they skip
with the reason, rather than fail on an import."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from interview_tui.clock import FakeClock
from interview_tui.voice.extra import missing

ABSENT = missing()
if ABSENT:
    pytest.skip(
        f"the voice extra is not installed here ({', '.join(ABSENT)} missing); "
        "'make test' installs it (pip install -e '.[test,voice]')",
        allow_module_level=True,
    )

import numpy as np  # noqa: E402
import soundfile  # noqa: E402

RATE = 16_000
Audio = Callable[..., Path]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2025, 6, 2, 10, 0, tzinfo=timezone(timedelta(hours=2))))


def tone(seconds: float, frequency: float = 220.0, amplitude: float = 0.3) -> np.ndarray:
    t = np.arange(round(seconds * RATE)) / RATE
    return (amplitude * np.sin(2 * np.pi * frequency * t)).astype(np.float32)


def silence(seconds: float, seed: int = 0) -> np.ndarray:
    """Room noise, not digital zero: a real microphone never gives exact silence."""
    rng = np.random.default_rng(seed)
    return rng.normal(0, 0.002, round(seconds * RATE)).astype(np.float32)


def write(path: Path, *parts: np.ndarray, rate: int = RATE) -> Path:
    soundfile.write(path, np.concatenate(parts), rate)
    return path


def espeak(text: str, folder: Path) -> np.ndarray:
    """``text`` spoken by espeak-ng, as samples at 16 kHz (skips without espeak-ng)."""
    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed ('.ci/run' installs it with apt-get)")
    from interview_tui.voice.audio import read_audio

    target = folder / f"espeak-{abs(hash(text))}.wav"
    subprocess.run(["espeak-ng", "-w", str(target), text], check=True)
    return read_audio(target)


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny random-weight Whisper, built here: nothing is downloaded."""
    from tests.voice.tiny_whisper import build

    return build(tmp_path_factory.mktemp("models") / "tiny-random")
