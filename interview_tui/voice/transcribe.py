"""Offline transcription with faster-whisper, from a model folder on disk (never a download).

Whisper writes fluent text: it drops "um" and "uh" unless the prompt shows them, so the
transcription is primed with :data:`FILLER_PROMPT`, a sentence full of them (measured in
``bench/voice.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from interview_tui.banks.clean import clean_text
from interview_tui.voice.delivery import Word
from interview_tui.voice.extra import VoiceError, require

if TYPE_CHECKING:
    from interview_tui.voice.audio import Samples

FILLER_PROMPT = "Umm, let me think, like, hmm... Okay, uh, here's what I'm, like, thinking."


@dataclass(frozen=True)
class Transcript:
    text: str
    words: tuple[Word, ...]


class Transcriber:
    """A loaded Whisper model; load once, transcribe many (loading takes a second or two)."""

    def __init__(self, model_dir: Path, threads: int = 0) -> None:
        require("faster_whisper")
        from faster_whisper import WhisperModel

        try:
            self._model: Any = WhisperModel(
                str(model_dir),
                device="cpu",
                compute_type="int8",
                cpu_threads=threads,
                local_files_only=True,
            )
        except Exception as error:  # a damaged folder: CTranslate2 and tokenizers errors
            raise VoiceError(
                f"cannot load the speech model in {model_dir}: {error}; "
                "run 'interview-tui voice setup' to install it again"
            ) from None

    def transcribe(
        self, samples: Samples, keep_fillers: bool = True, vad: bool = True
    ) -> Transcript:
        """The words in ``samples`` (16 kHz mono) with their times.

        ``vad`` skips the silences (Silero VAD, shipped in faster-whisper's wheel) first.
        """
        segments, _info = self._model.transcribe(
            samples,
            language="en",
            beam_size=1,
            word_timestamps=True,
            initial_prompt=FILLER_PROMPT if keep_fillers else None,
            condition_on_previous_text=False,
            vad_filter=vad,
        )
        words: list[Word] = []
        texts: list[str] = []
        # A model's output is text from outside: a control character in it (a damaged or
        # random model writes them) must not reach the terminal, the editor or an export.
        for segment in segments:
            texts.append(clean_text(segment.text).strip())
            words.extend(
                Word(w.start, w.end, clean_text(w.word).strip()) for w in segment.words or ()
            )
        return Transcript(" ".join(t for t in texts if t), tuple(words))
