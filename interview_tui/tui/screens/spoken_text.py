"""What a spoken answer says until its transcript is in, and how the rating talks about it.

Its own small module, without the voice package: the rate dialog of a typed answer reads it
too, and typed practice never loads anything of voice.
"""

from __future__ import annotations

SPOKEN = "(spoken answer; the transcript follows when it is ready)"
NO_MODEL = "(spoken answer; no speech model to transcribe it: 'interview-tui voice setup')"
NO_WORDS = "(spoken answer; no words were recognised in the recording)"
#: Texts that stand for a spoken answer with no words yet: never counted, never analysed.
PLACEHOLDERS = (SPOKEN, NO_MODEL, NO_WORDS)

_INSTEAD_OF_WORDS = {
    SPOKEN: "no transcript yet",
    NO_MODEL: "no transcript (no speech model)",
    NO_WORDS: "no words recognised",
}


def words_note(answer: str) -> str | None:
    """What to say in place of a word count for a spoken answer without words; else None."""
    return _INSTEAD_OF_WORDS.get(answer.strip())


def typed_notes(answer: str) -> str:
    """The user's own text in ``answer``: empty for a placeholder."""
    return "" if answer.strip() in PLACEHOLDERS else answer
