"""Clauses around a question that do not change what it asks.

* An inverted condition before the question proper: "Were you starting again today, where
  would you train?", "Had you stayed on, what would you be doing now?", "Should the post
  come up, how would you prepare?". The question starts after the comma; the condition is
  neither a yes/no question nor a second question.
* An aside that asks for their opinion of the question just asked: "What share is admin,
  would you say?", "…, do you think?". It adds no yes/no question of its own.
"""

from __future__ import annotations

import dataclasses

from interview_tui.coaching.checker_base import Sentence
from interview_tui.coaching.checker_words import SUBJECTS, WH, WH_CONTRACTED
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
