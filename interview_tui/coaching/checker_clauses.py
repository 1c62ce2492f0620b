"""Clauses around a question that do not change what it asks.

* An inverted condition before the question proper: "Were you starting again today, where
  would you train?", "Had you stayed on, what would you be doing now?", "Should the post
  come up, how would you prepare?". The question starts after the comma; the condition is
  neither a yes/no question nor a second question.
* An aside that asks for their opinion of the question just asked: "What share is admin,
  would you say?", "…, do you think?". It adds no yes/no question of its own.
* A frame that sets the scene before the question proper: "For trainee controllers, where
  does the course happen…?", "When a complaint comes in, how do you…?". The question starts
  after the comma. So does a lead-in before a colon: "Two things I'm curious about: how
  long…, and how…?" starts at "how".
"""

from __future__ import annotations

import dataclasses

from interview_tui.coaching.checker_base import Sentence
from interview_tui.coaching.checker_words import AUX, CLAUSE_BREAK, SUBJECTS, WH, WH_CONTRACTED
from interview_tui.coaching.wordlists import Tokens

_INVERTED = frozenset({"were", "had", "should"})
_CONSEQUENCE = frozenset({"would", "could", "might", "'d", "should"})
_ASIDES = frozenset(
    {("would", "you", "say"), ("do", "you", "think"), ("would", "you", "guess")}
    | {("do", "you", "reckon"), ("would", "you", "reckon"), ("do", "you", "find")}
)


def after_condition(tokens: Tokens, sentence: Sentence) -> Sentence:
    """``sentence`` from its main clause on, when it opens with an inverted condition."""
    words = tokens.words
    first, stop = sentence.first, sentence.stop
    if stop - first < 5 or words[first] not in _INVERTED or words[first + 1] not in SUBJECTS:
        return sentence
    for index in range(first + 2, stop - 1):
        if "," not in tokens.gap(index):
            continue
        opener = words[index]
        # The main clause is a wh-question with a conditional verb: "where would you…".
        if (opener in WH or opener in WH_CONTRACTED) and _CONSEQUENCE.intersection(
            words[index + 1 : index + 4]
        ):
            return dataclasses.replace(sentence, first=index, start=tokens.starts[index])
        return sentence
    return sentence


def is_aside(words: tuple[str, ...], index: int, stop: int, openers: list[str]) -> bool:
    """Whether the clause at ``index`` only asks their view of a wh-question before it;
    ``openers`` are the first words of the clauses before it."""
    return tuple(words[index:stop]) in _ASIDES and any(
        opener in WH or opener in WH_CONTRACTED for opener in openers
    )


# A frame before the question proper: "For trainee controllers, where does the course
# happen, what does it cost…?" The question starts after the comma.
_FRAME = frozenset({"for", "in", "at", "on", "among", "as", "outside", "inside", "within"})
_FRAME |= frozenset({"during", "across", "over", "throughout", "out", "up", "down", "back"})
_SUBORDINATE = frozenset({"when", "whenever", "if", "once", "while", "after", "before"})


def after_frame(tokens: Tokens, opening: int, stop: int) -> int:
    """Where the question starts after a framing phrase, or ``opening`` if there is none."""
    words = tokens.words
    for index in range(opening + 1, min(stop, opening + 8)):
        if ":" in tokens.gap(index) and (words[index] in WH or words[index] in WH_CONTRACTED):
            return index  # "One thing I wondered: how…?"
    # "When a complaint comes in, how…": a clause that sets the scene, not "When did you…".
    subordinate = (
        words[opening] in _SUBORDINATE and opening + 1 < stop and words[opening + 1] not in AUX
    )
    if words[opening] not in _FRAME and not subordinate:
        return opening
    for index in range(opening + 1, min(stop, opening + 8)):
        if "," in tokens.gap(index):
            return index if words[index] in WH or words[index] in WH_CONTRACTED else opening
    return opening


_ASIDE_WORDS = 4


def aside_after_wh(tokens: Tokens, opening: int, stop: int) -> frozenset[int]:
    """Where a short aside cut in right after a question word begins and ends: "How, if at
    all, has the work changed?", "Why, in your view, did it fail?". The question word still
    governs the clause after the aside, so neither comma starts a closed question."""
    words = tokens.words
    if words[opening] not in WH or opening + 1 >= stop:
        return frozenset()
    if not CLAUSE_BREAK.search(tokens.gap(opening + 1)):
        return frozenset()
    for index in range(opening + 2, min(stop, opening + 2 + _ASIDE_WORDS)):
        if CLAUSE_BREAK.search(tokens.gap(index)):
            return frozenset({opening + 1, index})
    return frozenset()
