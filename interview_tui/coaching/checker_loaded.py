"""More loaded premises for the ``leading`` rule: verdicts and flattery stated as fact.

:mod:`interview_tui.coaching.checker_premise` finds loaded words and settled verdicts; this
module adds the ways a premise is put as fact that a coach still hears as leading:

* a verdict adjective on the listener's field or its pay, before a noun: "How do you live
  on the measly wages?", "…those pitiful budgets"; not a superlative that asks for an
  example ("What's the most shocking thing you've seen?");
* "What makes … so <bad>?", which settles the verdict as "why … so" does ("What makes the
  night shifts so grim?"); "What makes it so rewarding?" only asks for the good side;
* "What makes this the best…?", a ranking settled on a thing pointed at or one's own ("What
  makes your bakery the best in town?"); not "What makes someone the best fit?";
* the asker's contempt for how the field treats people ("cheap labour", "dogsbodies");
* flattery as settled fact, in the question or in a statement before it on its line:
  "Someone with your obvious talent…", "the incredible reputation your bakery has", "our
  induction is the best in the sector. What…?".
"""

from __future__ import annotations

import itertools

from interview_tui.coaching.checker_base import WHY, QuestionFlag, Sentence
from interview_tui.coaching.wordlists import Tokens

SUGGESTION = "Drop the verdict and let them judge: 'What is the pay like?' or 'How do you find…?'"

_VERDICT = frozenset(
    {"shocking", "pitiful", "measly", "paltry", "dire", "lousy", "abysmal", "derisory"}
    | {"laughable", "miserable", "rubbish", "crummy", "poxy", "meagre", "meager", "insulting"}
)
_BAD = _VERDICT | frozenset(
    {"grim", "awful", "terrible", "hard", "tough", "stressful", "miserable", "bad", "draining"}
    | {"exhausting", "brutal", "thankless", "boring", "tedious", "chaotic", "toxic", "low"}
    | {"unbearable", "intolerable", "gruelling", "grueling", "horrible", "depressing"}
)
_BEFORE_VERDICT = frozenset({"the", "your", "those", "these", "their", "such", "its", "this"})
_CONTEMPT = frozenset(
    {("cheap", "labour"), ("cheap", "labor"), ("slave", "labour"), ("slave", "labor")}
    | {("glorified", "babysitters"), ("dogsbodies",), ("dogsbody",), ("skivvies",)}
)
_FLATTERY = frozenset(
    {"obvious", "undoubted", "evident", "incredible", "amazing", "phenomenal", "stellar"}
    | {"legendary", "fantastic", "brilliant", "outstanding", "superb", "wonderful", "remarkable"}
)
_WHOSE = frozenset({"the", "your", "this", "its", "their", "our"})
_OWN = frozenset({"our", "my"})
_BEST = frozenset({"best", "finest", "leading", "envy", "unrivalled", "unmatched"})
_IS = frozenset({"is", "are", "'s"})
# What "What makes … the best…?" may settle a verdict on: a thing pointed at or one's own, not
# someone in general ("What makes someone the best fit?") nor the listener ("What makes you
# the best person for it?", which asks them to argue their case).
_THIS = frozenset({"this", "that", "it", "these", "those", "them"})
_OWN_OR_YOURS = frozenset({"our", "your", "my"})
_TOP = frozenset({"best", "worst", "finest", "greatest", "top", "leading", "number"})


def verdicts_as_fact(tokens: Tokens, sentence: Sentence) -> list[QuestionFlag]:
    """``leading`` flags for a verdict, contempt or flattery stated as fact in a question."""
    part = tokens.words[sentence.first : sentence.stop]
    spans = [_span(part, i) for i in range(len(part))]
    return [
        QuestionFlag(
            "leading",
            tokens.starts[sentence.first + first],
            tokens.ends[sentence.first + stop - 1],
            WHY["leading"],
            SUGGESTION,
        )
        for first, stop in (s for s in spans if s is not None)
    ][:1]


def _span(part: tuple[str, ...], i: int) -> tuple[int, int] | None:
    word = part[i]
    before = part[i - 1] if i else ""
    if word in _VERDICT and before in _BEFORE_VERDICT and i + 1 < len(part):
        return (i, i + 1)  # "the shocking wages"
    if word == "so" and part[:2] in (("what", "makes"), ("what", "made")) and i + 1 < len(part):
        return (i, i + 2) if part[i + 1] in _BAD else None  # "What makes X so grim?"
    if word == "the" and part[:2] in (("what", "makes"), ("what", "made")) and i + 1 < len(part):
        # "What makes this the best salon in town?": the verdict settled, only its cause asked.
        named = part[2] in _THIS or (part[2] in _OWN_OR_YOURS and i <= 5)
        return (i, i + 2) if named and part[i + 1] in _TOP else None
    for size in (1, 2):
        if tuple(part[i : i + size]) in _CONTEMPT:
            return (i, i + size)
    if word in _FLATTERY and before in _WHOSE and i + 1 < len(part):
        return (i - 1, i + 2)  # "your obvious gifts", "the amazing reputation"
    return None


def praise_before(tokens: Tokens, found: list[Sentence]) -> list[QuestionFlag]:
    """``leading`` flags for a statement of flattery or self-praise just before a question on
    its line: "Someone with your obvious gifts could fix it. Where would you start?", "Our
    training is the best in the sector. What…?"."""
    flags: list[QuestionFlag] = []
    words = tokens.words
    for sentence, nxt in itertools.pairwise(found):
        if sentence.mark not in (".", "!") or nxt.line != sentence.line or nxt.mark != "?":
            continue
        part = words[sentence.first : sentence.stop]
        span = next(
            (
                (i - 1, i + 2)
                for i in range(1, len(part) - 1)
                if part[i] in _FLATTERY and part[i - 1] == "your"
            ),
            None,
        ) or _own_best(part)
        if span is not None:
            start = tokens.starts[sentence.first + span[0]]
            end = tokens.ends[sentence.first + min(span[1], len(part)) - 1]
            flags.append(QuestionFlag("leading", start, end, WHY["leading"], SUGGESTION))
    return flags


def _own_best(part: tuple[str, ...]) -> tuple[int, int] | None:
    """ "our onboarding is the best in the sector": one's own side praised as settled."""
    for i, word in enumerate(part):
        if word not in _OWN:
            continue
        for j in range(i + 1, min(len(part) - 2, i + 5)):
            if part[j] in _IS and part[j + 1] == "the" and part[j + 2] in _BEST:
                return (i, j + 3)
    return None
