"""One recording, analysed: delivery measures and, with a model, the transcript."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from interview_tui.voice.audio import RATE, read_audio
from interview_tui.voice.delivery import Delivery, measure

if TYPE_CHECKING:
    from interview_tui.voice.transcribe import Transcriber


def analyse(path: Path, transcriber: Transcriber | None = None) -> Delivery:
    """Measure the recording at ``path``; transcribe it too when a model is given."""
    samples = read_audio(path)
    if transcriber is None:
        return measure(samples, RATE)
    transcript = transcriber.transcribe(samples)
    return measure(samples, RATE, transcript.words, transcript.text)
