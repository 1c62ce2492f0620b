"""Where an answer's sentences end: at a full stop, a question or exclamation mark, a
semicolon, or a line break that ends a line of its own.

An answer pasted from notes or an email is often wrapped by hand, every line broken near
the same width whatever the sentence: "I also ask the front of\\nhouse team what's coming
back". Such a break is not the end of a sentence, and taking it for one cuts a sentence in
two, so that neither half says what the whole does. A single line break followed by a word
that starts in lower case (or with a digit) continues the sentence; a blank line, or a line
that starts with a capital or a bullet, begins a new one, as in a list typed line by line.
"""

from __future__ import annotations

import re

from interview_tui.coaching.wordlists import Tokens

_STOPS = re.compile(r"[.!?;]")
_BREAK = re.compile(r"\n")
_BLANK_LINE = re.compile(r"\n\s*\n")


def ends_sentence(tokens: Tokens, index: int, gap: str | None = None) -> bool:
    """Whether a sentence ends between word ``index - 1`` and word ``index`` (``gap``: the
    characters between them, when already read)."""
    gap = tokens.gap(index) if gap is None else gap
    if _STOPS.search(gap) or _BLANK_LINE.search(gap):
        return True
    if not _BREAK.search(gap):
        return False
    if not gap.isspace():
        return True  # a bullet or a dash starts the line
    first = tokens.text[tokens.starts[index]] if index < len(tokens.words) else ""
    return not (first.islower() or first.isdigit())
