"""How much one sentence's matches show that an answer addresses a key point.

A key point is met through words: a cue of the bank, or a word of the point widened to its
synonym group. Not every word is evidence. "In the end", "a different way", "my last job",
"I told him" turn up in answers about anything, so a point met only through one such
everyday word (``data/general_words.txt``) is not shown to be addressed: it takes a second,
different word of the point in the same sentence. A word that says only when or how often
(:data:`WEAK_CUE_WORDS`: "since", "sometimes", "better") is weaker still: it is never
enough by itself and only backs another word up.

So each matched word is one of three kinds, and :func:`enough` decides from the words that
matched in one sentence (or one window of sentences).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from interview_tui.coaching.stemming import stem
from interview_tui.coaching.wordlists import tokenise

# Words that say when, how often or how much, or that any answer uses: as the one word of a
# cue they show nothing on their own ("now" in "how you manage commitments now" is met by
# "I'm more careful now"; "sometimes" is no weakness).
WEAK_CUE_WORDS = frozenset(
    stem(word)
    for word in (
        "since", "sometimes", "then", "later", "once", "still", "really", "very",
        "main", "want", "wanted", "matters", "matter", "important", "other", "others",
        "thing", "things", "way", "keen", "better", "balance",
    )
)  # fmt: skip


@functools.lru_cache(maxsize=1)
def general_stems() -> frozenset[str]:
    """The stems of ``data/general_words.txt``: words too common to show a point alone."""
    from importlib import resources

    text = (
        resources.files("interview_tui.coaching")
        .joinpath("data", "general_words.txt")
        .read_text(encoding="utf-8")
    )
    found: set[str] = set()
    for raw in text.splitlines():
        line = raw.split("#", 1)[0]
        found.update(stem(word) for word in tokenise(line).words)
    return frozenset(found)


# Words for numbers, besides digits: "ten days" and "10 days" say as much.
_NUMBER_WORDS = frozenset(
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "hundred",
        "thousand", "million", "half",
    }
)  # fmt: skip


# Everyday words that a number before them makes specific: "ten days", "6 weeks" (but not
# "three different ways").
UNITS = frozenset(
    stem(word)
    for word in (
        "minutes", "hours", "days", "weeks", "months", "years", "times", "people", "mornings",
        "nights", "weekends",
    )
)  # fmt: skip


def is_number(word: str) -> bool:
    """Whether ``word`` gives a quantity ("10", "2,600", "forty")."""
    return word in _NUMBER_WORDS or any(ch.isdigit() for ch in word)


def is_specific(
    stem_: str, own: frozenset[str] = frozenset(), weak: frozenset[str] = WEAK_CUE_WORDS
) -> bool:
    """Whether a matched word (as its stem) shows the point by itself.

    ``own`` holds words vouched for: the key point's own ("the deadline" is shown by
    "deadline", "a decision you made" by "decided", everyday word or not) and words that
    follow a number ("ten days").
    """
    if stem_ in weak:
        return False
    return stem_ in own or stem_ not in general_stems()


def enough(
    groups: Iterable[frozenset[str]],
    own: frozenset[str] = frozenset(),
    weak: frozenset[str] = WEAK_CUE_WORDS,
) -> bool:
    """Whether matches in one sentence show the point.

    ``groups`` holds, for each cue (or each key-point word) that matched, the stems it
    matched. Enough when a match holds a specific word (or a word of ``own``), when a
    several-word cue is met in full, or when two matches hold different words, which then
    vouch for each other: "a different way" alone is not enough, "that's the same job" for
    "the link to this role" (cues "role/job", "same/similar") is.
    """
    groups = [g for g in groups if g]
    if any(is_specific(s, own, weak) for g in groups for s in g):
        return True
    if any(len(g) >= 2 for g in groups):
        return True
    words = frozenset[str]().union(*groups)
    return len(groups) >= 2 and len(words) >= 2
