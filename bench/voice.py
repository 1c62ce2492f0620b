"""Transcription with an installed speech model: real-time factor and word error rate on
sentences spoken by espeak-ng, with and without the prompt that keeps "um" and "uh".

Needs the voice extra, espeak-ng and a real model (`interview-tui voice setup`); without one
it says so plainly and measures nothing. Delivery (energy VAD) is measured in any case.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from interview_tui.paths import resolve_paths

SENTENCES = (
    "I led the migration of our billing system to the new platform.",
    "Um, the hardest part was agreeing on a date with the payments team.",
    "We shipped it two weeks early and support tickets fell by a third.",
    "Uh, next time I would involve the other team from the very first day.",
)


def word_error_rate(reference: str, hypothesis: str) -> float:
    """Word-level edit distance over the reference's length (lower case, no punctuation)."""

    def words(text: str) -> list[str]:
        return "".join(c if c.isalnum() or c.isspace() else " " for c in text.lower()).split()

    ref, hyp = words(reference), words(hypothesis)
    row = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        previous, row[0] = row[0], i
        for j, h in enumerate(hyp, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (r != h))
    return row[-1] / max(1, len(ref))


def main() -> None:
    from interview_tui.voice.extra import missing

    if missing():
        print(f"voice: the voice extra is not installed ({', '.join(missing())}); nothing measured")
        return
    if shutil.which("espeak-ng") is None:
        print("voice: espeak-ng is not installed; nothing measured")
        return
    from interview_tui.voice import models
    from interview_tui.voice.audio import RATE, read_audio
    from interview_tui.voice.delivery import measure
    from interview_tui.voice.transcribe import Transcriber

    data_dir = resolve_paths().data_dir
    model = models.pick(data_dir)
    with tempfile.TemporaryDirectory() as folder:
        wav = Path(folder) / "speech.wav"
        subprocess.run(["espeak-ng", "-w", str(wav), " ".join(SENTENCES)], check=True)
        samples = read_audio(wav)
        seconds = len(samples) / RATE
        started = time.perf_counter()
        delivery = measure(samples)
        print(
            f"delivery: {seconds:.1f} s of speech measured in {time.perf_counter() - started:.3f} s"
        )
        if model is None:
            print(
                f"voice: no speech model installed in {models.models_dir(data_dir)}; "
                "run 'interview-tui voice setup' to measure transcription speed and accuracy"
            )
            return
        transcriber = Transcriber(model.path)
        reference = " ".join(SENTENCES)
        for keep in (True, False):
            started = time.perf_counter()
            transcript = transcriber.transcribe(samples, keep_fillers=keep)
            spent = time.perf_counter() - started
            wer = word_error_rate(reference, transcript.text)
            kept = sum(1 for w in transcript.words if w.text.strip(",.").lower() in {"um", "uh"})
            print(
                f"{model.name} prompt={'fillers' if keep else 'none'}: "
                f"real-time factor {spent / seconds:.2f}, WER {wer:.1%}, "
                f"um/uh kept {kept} of 2 · pauses {len(delivery.pauses)}"
            )


if __name__ == "__main__":
    main()
