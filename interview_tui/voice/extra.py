"""Is the voice extra installed? Found without importing it, so start-up stays light."""

from __future__ import annotations

import importlib.util
import sys

from interview_tui.errors import UserError

#: Import name of each library of the extra.
LIBRARIES = ("numpy", "soundfile", "sounddevice", "faster_whisper")

INSTALL_HINT = "install the voice extra: pip install 'interview-tui[voice]'" + (
    " (and PortAudio, the libportaudio2 package)" if sys.platform.startswith("linux") else ""
)


class VoiceError(UserError):
    """Something about audio the user can fix; the message says what to do."""


def missing() -> list[str]:
    """The libraries of the extra that are not installed (empty when all are)."""
    return [name for name in LIBRARIES if importlib.util.find_spec(name) is None]


def require(*names: str) -> None:
    """Raise a one-line :class:`VoiceError` unless ``names`` (default: all) are installed."""
    absent = [name for name in missing() if not names or name in names]
    if absent:
        raise VoiceError(f"speaking answers needs {', '.join(absent)}: {INSTALL_HINT}")
