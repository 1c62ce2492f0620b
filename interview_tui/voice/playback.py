"""Playing a recording back through the default output device."""

from __future__ import annotations

from pathlib import Path

from interview_tui.voice.audio import RATE, read_audio
from interview_tui.voice.extra import VoiceError
from interview_tui.voice.recorder import import_sounddevice


def play(path: Path) -> float:
    """Start playing ``path`` (returns at once, with its length in seconds); a second call
    replaces the first."""
    samples = read_audio(path)
    sounddevice = import_sounddevice()
    try:
        sounddevice.play(samples, RATE)
    except Exception as error:  # PortAudio: no output device, device busy
        # PortAudio's own words ("Error querying device -1") say little to a person.
        reason = "this machine has no sound output device" if output_device() is None else error
        raise VoiceError(f"cannot play the recording: {reason}") from None
    return len(samples) / RATE


def stop() -> None:
    """Stop what is playing (nothing happens when nothing is)."""
    try:
        import_sounddevice().stop()
    except Exception:  # nothing was playing, or there is no device: either way it is quiet
        return


def output_device() -> str | None:
    """The name of the default output device, or ``None`` when there is none."""
    return _default_device(1)


def input_device() -> str | None:
    """The name of the default microphone, or ``None`` when there is none."""
    return _default_device(0)


def _default_device(kind: int) -> str | None:
    try:
        sounddevice = import_sounddevice()
        index = sounddevice.default.device[kind]
        if index is None or index < 0:
            return None
        return str(sounddevice.query_devices(index)["name"])
    except Exception:  # no PortAudio, no devices: there is no such device to name
        return None
