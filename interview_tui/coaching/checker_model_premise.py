"""Premise-structure features for the learned ``leading`` head.

Word n-grams tie the head to the topics of the sets it was trained on: "thankless" in a care
question teaches it nothing about "dreadful" in a question about publishing. These features
name the class of each judgement word (:mod:`interview_tui.coaching.checker_judgement`) and
where it sits, so that what the head learns of one verdict carries to the others: "J:verdict"
(a condemning word), "J:the+verdict" (after a determiner), "J:so+mild" (a degree settled),
"J:how+feeling" (a feeling whose size is asked), "J:why>verdict" (the question's first word,
then the class).
"""

from __future__ import annotations

from collections.abc import Sequence

from interview_tui.coaching.checker_judgement import (
    BAD_MANNER,
    DECLINE,
    FEELINGS,
    GIFTS,
    JUDGING_VERBS,
    MILD,
    PRAISE,
    VERDICT_NOUNS,
    VERDICTS,
    WH_WORDS,
    Entry,
    first_word,
    longest,
)

_CLASSES: tuple[tuple[str, frozenset[Entry]], ...] = (
    ("verdict", VERDICTS),
    ("burden", VERDICT_NOUNS),
    ("praise", PRAISE),
    ("judging", JUDGING_VERBS),
    ("manner", BAD_MANNER),
    ("decline", DECLINE),
    ("mild", MILD),
)
_SINGLE: tuple[tuple[str, frozenset[str]], ...] = (("feeling", FEELINGS), ("gift", GIFTS))
_BEFORE = {
    **dict.fromkeys(("the", "that", "those", "this", "these", "such", "all"), "the"),
    **dict.fromkeys(("your", "our", "their", "its"), "whose"),
    **dict.fromkeys(("so", "too", "as"), "so"),
    **dict.fromkeys(("most", "least", "more", "less"), "most"),
    "how": "how",
}


def premise_features(words: Sequence[str]) -> list[str]:
    """The judgement classes in ``words``, alone, after the word before them, and after the
    question's first word."""
    part = tuple(words)
    if not part:
        return []
    head = part[first_word(part)]
    opener = head if head in WH_WORDS else "other"
    found: list[str] = []
    for index, word in enumerate(part):
        kind = next((name for name, entries in _CLASSES if longest(entries, part, index)), None)
        if kind is None:
            kind = next((name for name, group in _SINGLE if word in group), None)
        if kind is None:
            continue
        before = _BEFORE.get(part[index - 1], "other") if index else "start"
        found.extend((f"J:{kind}", f"J:{before}+{kind}", f"J:{opener}>{kind}"))
    return found
