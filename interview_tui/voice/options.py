"""How a session takes spoken answers (``practice --voice [--audio-input FILE]``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class VoiceOptions:
    #: A WAV or FLAC file standing in for the microphone; ``None``: the microphone.
    audio_input: Path | None = None
    #: The installed model to transcribe with; ``None``: the largest installed.
    model: str | None = None
