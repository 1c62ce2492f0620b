"""Reading recordings: any WAV, FLAC or Ogg file as mono float samples at 16 kHz.

16 kHz mono is what Whisper and the Silero VAD expect, and plenty for the level of speech.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from interview_tui.voice.extra import VoiceError, require

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    # Explicit, so that a light venv (no numpy: ``Any``) still type-checks.
    Samples: TypeAlias = npt.NDArray[np.float32]

RATE = 16_000
#: How recordings are kept: lossless, about half the size of WAV, read by every player.
FORMAT, SUBTYPE, SUFFIX = "FLAC", "PCM_16", ".flac"
# A FLAC cut short by a crash has no frame count; libsndfile reports this for "unknown".
_UNKNOWN_FRAMES = 2**62


def to_mono(samples: Samples) -> Samples:
    """One channel: the mean of the channels of a 2-D block."""
    import numpy as np

    data = np.asarray(samples, dtype=np.float32)
    return data.mean(axis=1, dtype=np.float32) if data.ndim == 2 else data


def resample(samples: Samples, rate: int, target: int = RATE) -> Samples:
    """``samples`` at ``rate`` as ``target`` Hz (linear interpolation: enough for speech)."""
    import numpy as np

    if rate == target or len(samples) == 0:
        return samples.astype(np.float32, copy=False)
    count = round(len(samples) * target / rate)
    positions = np.arange(count, dtype=np.float64) * (rate / target)
    return np.interp(positions, np.arange(len(samples)), samples).astype(np.float32)


def read_audio(path: Path) -> Samples:
    """The recording at ``path`` as mono float32 samples at :data:`RATE`.

    A FLAC file cut short by a crash is read too, up to its last complete frame.
    """
    require("numpy", "soundfile")
    import soundfile

    if not path.is_file():
        raise VoiceError(f"no audio file {path}")
    try:
        with soundfile.SoundFile(path) as sound:
            if sound.frames < _UNKNOWN_FRAMES:
                return resample(to_mono(sound.read(dtype="float32")), sound.samplerate)
    except (soundfile.LibsndfileError, RuntimeError) as error:
        reason = str(error)
    else:
        reason = "its length is unknown"
    return _decode(path, reason)


def _decode(path: Path, reason: str) -> Samples:
    # FFmpeg (PyAV, which faster-whisper brings) reads streams that libsndfile refuses,
    # such as a FLAC whose header was never finished.
    try:
        from faster_whisper.audio import decode_audio
    except ImportError:
        raise VoiceError(f"cannot read {path}: {reason}") from None
    try:
        samples: Samples = decode_audio(str(path), sampling_rate=RATE)
    except Exception as error:  # PyAV raises many kinds; each means "not audio we can read"
        raise VoiceError(f"cannot read {path} as audio (WAV, FLAC or Ogg): {error}") from None
    return samples


def write_audio(path: Path, samples: Samples, rate: int = RATE) -> None:
    """Write ``samples`` as a FLAC file readable only by its owner."""
    require("soundfile")
    import soundfile

    from interview_tui.voice.files import private_file

    with (
        private_file(path) as handle,
        soundfile.SoundFile(
            handle, "w", samplerate=rate, channels=1, format=FORMAT, subtype=SUBTYPE
        ) as sound,
    ):
        sound.write(samples)


def duration(path: Path) -> float:
    """Seconds of audio in the file at ``path``."""
    return len(read_audio(path)) / RATE
