"""Delivery, measured from the audio: speaking time, long pauses, time to the first word;
and from the transcript's word timestamps: words per minute and hesitation sounds.

Speech is found by energy: 20 ms frames above a threshold set between the recording's own
noise floor and its loud frames, with gaps shorter than a breath bridged. A pure tone counts
as speech, so tests can place "speech" and silence exactly; a neural VAD would not.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from interview_tui.timefmt import counted
from interview_tui.voice.audio import RATE

if TYPE_CHECKING:
    from interview_tui.voice.audio import Samples

FRAME = 0.02  # seconds per analysis frame
LONG_PAUSE = 2.0  # a silence this long (seconds) is a pause worth showing
BRIDGE = 0.35  # gaps shorter than this are within speech (stops, breaths between words)
MIN_SPEECH = 0.1  # louder islands shorter than this are clicks, not words
SILENT_DB = -50.0  # loudest frames below this: nothing was said
#: The sounds Whisper leaves out unless prompted to keep them (see transcribe.FILLER_PROMPT).
HESITATIONS = frozenset({"um", "umm", "uh", "uhh", "uhm", "er", "erm", "ah", "hmm", "mm"})


@dataclass(frozen=True)
class Pause:
    start: float
    end: float

    @property
    def seconds(self) -> float:
        return round(self.end - self.start, 2)

    def as_dict(self) -> dict[str, float]:
        return {"start": round(self.start, 2), "end": round(self.end, 2), "seconds": self.seconds}


@dataclass(frozen=True)
class Word:
    """A word of the transcript with its place in the recording (seconds)."""

    start: float
    end: float
    text: str


@dataclass(frozen=True)
class Delivery:
    duration_seconds: float
    speaking_seconds: float
    first_word_seconds: float | None
    pauses: tuple[Pause, ...]
    transcript: str | None = None
    words_per_minute: float | None = None
    hesitations: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """The measures as JSON values (the shape ``voice analyse --json`` prints)."""
        return {
            "duration_seconds": round(self.duration_seconds, 2),
            "speaking_seconds": round(self.speaking_seconds, 2),
            "first_word_seconds": (
                None if self.first_word_seconds is None else round(self.first_word_seconds, 2)
            ),
            "pauses": [pause.as_dict() for pause in self.pauses],
            "transcript": self.transcript,
            "words_per_minute": self.words_per_minute,
            "hesitations": dict(self.hesitations),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Delivery:
        return cls(
            duration_seconds=float(data.get("duration_seconds", 0.0)),
            speaking_seconds=float(data.get("speaking_seconds", 0.0)),
            first_word_seconds=data.get("first_word_seconds"),
            pauses=tuple(Pause(p["start"], p["end"]) for p in data.get("pauses", [])),
            transcript=data.get("transcript"),
            words_per_minute=data.get("words_per_minute"),
            hesitations=dict(data.get("hesitations") or {}),
        )

    def summary(self) -> str:
        """One line for the rate dialog and compare: pace, pauses, first word."""
        parts = [f"spoke {self.speaking_seconds:.0f}s of {self.duration_seconds:.0f}s"]
        if self.words_per_minute is not None:
            parts.append(f"{self.words_per_minute:.0f} wpm")
        longest = max((pause.seconds for pause in self.pauses), default=0.0)
        parts.append(
            f"{counted(len(self.pauses), 'pause')} ≥{LONG_PAUSE:.0f}s"
            + (f", longest {longest:.1f}s" if self.pauses else "")
        )
        if self.first_word_seconds is not None:
            parts.append(f"first word at {self.first_word_seconds:.1f}s")
        if self.hesitations:
            parts.append(f"{sum(self.hesitations.values())} um/uh")
        return " · ".join(parts)


def frame_levels(samples: Samples, rate: int = RATE) -> Samples:
    """Loudness of each :data:`FRAME` in dBFS."""
    import numpy as np

    size = round(FRAME * rate)
    count = len(samples) // size
    frames = samples[: count * size].reshape(count, size).astype(np.float64)
    rms = np.sqrt(np.mean(frames * frames, axis=1))
    levels: Samples = (20 * np.log10(np.maximum(rms, 1e-6))).astype(np.float32)
    return levels


def speech_regions(samples: Samples, rate: int = RATE) -> list[tuple[float, float]]:
    """The stretches of speech in ``samples``, as (start, end) seconds."""
    import numpy as np

    levels = frame_levels(samples, rate)
    if len(levels) == 0:
        return []
    floor, loud = float(np.percentile(levels, 10)), float(np.percentile(levels, 95))
    if loud < SILENT_DB:
        return []
    # Closer to the floor than to the loud frames: quiet consonants still count as speech.
    threshold = max(SILENT_DB, floor + 0.3 * (loud - floor)) if loud - floor > 6 else SILENT_DB
    regions: list[list[float]] = []
    for index in np.flatnonzero(levels > threshold):
        start = float(index) * FRAME
        if regions and start - regions[-1][1] < BRIDGE:
            regions[-1][1] = start + FRAME
        else:
            regions.append([start, start + FRAME])
    return [(start, end) for start, end in regions if end - start >= MIN_SPEECH]


def measure(
    samples: Samples,
    rate: int = RATE,
    words: Sequence[Word] | None = None,
    transcript: str | None = None,
) -> Delivery:
    """The delivery measures of one recording (with its transcript's words, if there is one)."""
    regions = speech_regions(samples, rate)
    pauses = tuple(
        Pause(before[1], after[0])
        for before, after in itertools.pairwise(regions)
        if after[0] - before[1] >= LONG_PAUSE
    )
    speaking = sum(end - start for start, end in regions)
    wpm = None
    hesitations: dict[str, int] = {}
    if words:
        spoken = [word for word in words if _bare(word.text)]
        for word in spoken:
            if (bare := _bare(word.text)) in HESITATIONS:
                hesitations[bare] = hesitations.get(bare, 0) + 1
        # Pace over the time spent speaking: long pauses are measured on their own.
        if speaking > 0:
            wpm = round(len(spoken) / (speaking / 60), 1)
    return Delivery(
        duration_seconds=len(samples) / rate,
        speaking_seconds=speaking,
        first_word_seconds=regions[0][0] if regions else None,
        pauses=pauses,
        transcript=transcript,
        words_per_minute=wpm,
        hesitations=dict(sorted(hesitations.items(), key=lambda item: -item[1])),
    )


def _bare(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum() or ch == "'")
