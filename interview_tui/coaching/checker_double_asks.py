"""A job ask joined to another question: ``double`` as well as ``job_ask``.

"How did you build the business up, and any chance of a place on your crew?" asks about the
listener's path and then for a job; the labelling guide counts it as two questions. The
``double`` rules read how clauses are joined and do not know that "any chance of a place"
or "if your team ever takes people on, would you give me a shout?" is a question of its own,
so a job ask found by :mod:`interview_tui.coaching.checker_asks` after ", and" in a sentence
that opened with a question or a request adds the double flag.
"""

from __future__ import annotations

from collections.abc import Sequence

from interview_tui.coaching.checker_base import WHY, QuestionFlag, Sentence, quote, skip_openers
from interview_tui.coaching.checker_words import AUX, REQUESTS, WH, WH_CONTRACTED
from interview_tui.coaching.wordlists import Tokens

# A first clause shorter than this is an opener ("So, and…"), not a question.
_SHORTEST = 3


def asks_joined(
    tokens: Tokens, found: Sequence[Sentence], flags: Sequence[QuestionFlag]
) -> list[QuestionFlag]:
    """A ``double`` flag for each job ask that follows ", and" after a question of its own."""
    words = tokens.words
    added: list[QuestionFlag] = []
    for flag in flags:
        if flag.rule != "job_ask":
            continue
        sentence = next((s for s in found if s.start <= flag.start < s.end), None)
        if sentence is None or any(
            f.rule == "double" and sentence.start <= f.start < sentence.end for f in flags
        ):
            continue
        opening = skip_openers(words, sentence.first, sentence.stop)
        if not (
            words[opening] in WH
            or words[opening] in WH_CONTRACTED
            or words[opening] in REQUESTS
            or words[opening] in AUX
        ):
            continue
        joins = [
            i
            for i in range(opening + _SHORTEST, sentence.stop - 1)
            if words[i] == "and"
            and "," in tokens.gap(i)
            and tokens.starts[i] < flag.start
            and _new_question(words, i + 1, sentence.stop)
        ]
        if not joins:
            continue
        second = tokens.text[tokens.starts[joins[-1]] : sentence.end]
        added.append(
            QuestionFlag(
                "double",
                tokens.starts[joins[-1]],
                sentence.end,
                WHY["double"],
                f"Ask one thing at a time: '{quote(second)}' is a second question.",
            )
        )
    return added


# What may open the second question after ", and": "and any chance…", "and then, if…".
_OPENS = WH | WH_CONTRACTED | AUX | frozenset({"any", "if", "when", "maybe", "perhaps"})
_LINKS = frozenset({"then", "also", "finally", "lastly"})


def _new_question(words: tuple[str, ...], index: int, stop: int) -> bool:
    """Whether the clause at ``index`` opens a question of its own; "…, and then stay on?"
    goes on with the same ask."""
    while index < stop and words[index] in _LINKS:
        index += 1
    return index < stop and words[index] in _OPENS
