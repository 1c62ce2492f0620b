"""Audio the tests make: tones, room noise, espeak-ng speech. Needs the voice extra; the
voice tests call :func:`require_extra` first, so that a light venv skips them with the reason.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from interview_tui.voice.extra import missing


def require_extra() -> None:
    """Skip the calling test module unless the voice extra is installed."""
    absent = missing()
    if absent:
        pytest.skip(
            f"the voice extra is not installed here ({', '.join(absent)} missing); "
            "'make test' installs it (pip install -e '.[test,voice]')",
            allow_module_level=True,
        )


require_extra()

import numpy as np  # noqa: E402
import soundfile  # noqa: E402

RATE = 16_000


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


def killed_recording(source: Path, target: Path, size: int = 40_000) -> None:
    """Record ``source`` (paced like a microphone) into ``target`` in another process, and
    kill it (SIGKILL) once ``size`` bytes are on disk: a recording cut short by a crash."""
    script = (
        "import sys, time\nfrom pathlib import Path\n"
        "from interview_tui.voice.recorder import FileSource, Recorder\n"
        f"r = Recorder(Path({str(target)!r}), FileSource(Path({str(source)!r})))\n"
        "r.start()\nprint('recording', flush=True)\ntime.sleep(60)\n"
    )
    process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stdout.readline() == "recording\n"
    deadline = time.monotonic() + 30
    while (not target.exists() or target.stat().st_size < size) and time.monotonic() < deadline:
        time.sleep(0.1)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    process.stdout.close()
