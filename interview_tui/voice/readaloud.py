"""Questions read aloud by the system's own voice, through a subprocess."""

from __future__ import annotations

import shutil
import subprocess
import sys

#: The speech commands tried, in order, with the arguments before the text.
VOICES: tuple[tuple[str, ...], ...] = (
    ("say",) if sys.platform == "darwin" else ("espeak-ng",),
    ("espeak",),
    ("spd-say", "--wait"),
)


def voice_command() -> list[str] | None:
    """The command that reads text aloud here, or ``None`` when none is installed."""
    for command in VOICES:
        if shutil.which(command[0]):
            return list(command)
    return None


def speak(text: str) -> subprocess.Popen[bytes] | None:
    """Start reading ``text`` aloud; ``None`` when no voice is installed."""
    command = voice_command()
    if command is None:
        return None
    # A question starting with "-" must be read, not taken for an option.
    return subprocess.Popen(
        [*command, text.lstrip("-")], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )


NO_VOICE = "no voice to read questions aloud: install espeak-ng (Linux) or use macOS's say"
