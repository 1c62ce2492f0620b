"""What kind of key point a point is, from its wording alone.

A point about method ("how you prioritised") can be met by an approach, the others need the
real episode; a point that names a STAR part ("the outcome") is covered exactly when the
story tells that part; a point about a lesson ("what you learned about mentoring") is met
only where the answer looks back (see :mod:`~interview_tui.coaching.key_points`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from interview_tui.coaching.stemming import stem

# Key points about method ("how you…", "what you did…", "finding the cause") can be met by
# an answer that describes an approach; the others need the real episode a past-behaviour
# question asks for.
_METHOD = re.compile(
    r"^(?:how you|what you did|the action you|the change you|the evidence or argument you"
    # Ways of working are described as well by a habit as by a story: "the two working styles".
    r"|(?:the two|both|your|their) (?:\w+ )?styles?\b"
    # A point named by what one does ("finding the cause", "offering support") is a method.
    r"|(?!(?:some|any|no|every)?thing\b)[a-z]{2,}ing"
    # A practice said in the passive is a method too: "how work was handed over", "how
    # progress was tracked" (not "how it was resolved", which is the episode's).
    r"|how (?!(?:it|things|the|that|this|they)\b)\w+ (?:was|were|is|are) \w+(?:ed|en)\b)\b"
)


def is_method(point: str) -> bool:
    """Whether ``point`` is about how something is done (an approach can meet it)."""
    return _METHOD.match(point.strip().lower()) is not None


# A point about what the speaker took from the episode ("what you learned about mentoring",
# "what you would do differently") is met only in a sentence that looks back or ahead: a
# step of the story that happens to hold a cue word ("just listening at first") is no lesson.
_LESSON_POINT = re.compile(
    r"^(?:what you (?:learned|learnt|took into|took away|would do differently|do differently)"
    r"|the lessons?\b)"
)
LOOKING_BACK = frozenset(
    stem(word)
    for word in (
        "learned", "learnt", "learn", "learning", "lesson", "lessons", "realised", "realized",
        "taught", "teaches", "now", "since", "next", "differently", "again", "would", "i'd",
        "always", "never", "hindsight", "future", "today", "anymore", "nowadays", "changed",
        "away", "takeaway",
    )
)  # fmt: skip


_I_WOULD = stem("i'd")
# "I'd" followed by a past participle is "I had", a step of the story ("I'd taken the list
# from last year's file"), not "I would" looking ahead.
_PARTICIPLE = re.compile(
    r"(?:ed|en|wn)$|^(?:been|had|done|gone|seen|made|got|left|told|said|put|set|found|thought"
    r"|known|brought|bought|kept|lost|spent|sent|met|run|heard|felt|paid|taught|built|read"
    r"|held|forgot|forgotten|missed)$"
)
_ADVERBS = frozenset(
    stem(word) for word in ("never", "already", "just", "only", "not", "always", "ever", "all")
)


def looks_back(order: Sequence[str], words: Mapping[str, str]) -> bool:
    """Whether a sentence (its stems in the order said, and the word each stem was first said
    as) looks back or ahead, as a lesson does: "I'd" does only as "I would"."""
    if frozenset(order) & (LOOKING_BACK - {_I_WOULD}):
        return True
    for index, stem_ in enumerate(order):
        if stem_ != _I_WOULD:
            continue
        after = [s for s in order[index + 1 :] if s not in _ADVERBS][:1]
        if not after or not _PARTICIPLE.search(words.get(after[0], after[0])):
            return True
    return False


def is_lesson(point: str) -> bool:
    """Whether ``point`` asks what the speaker took from the episode."""
    return _LESSON_POINT.match(point.strip().lower()) is not None


# Key points that name a STAR part of the story: on a past-behaviour question they are
# covered exactly when the story tells that part, however it is worded ("He came back a
# month later" is how things ended; "I learned a lot" is not).
_STAR_POINTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "result",
        re.compile(
            r"^(?:the (?:(?:final|delivery|measurable|measured|actual|real|end) )?(?:results?"
            r"|outcomes?|effects?|impacts?|difference|improvement|(?:decision or )?change"
            r" that followed)(?: (?:of|for|it|once|after)[\w ]*| and who (?:benefited|gained))?"
            # What the other side ended up with: "what they got in the end".
            r"|what (?:they|he|she|the \w+) got in the end"
            # ... not "how it was resolved for the future", which asks for a lasting fix.
            r"|how (?:it|things) (?:ended|turned out|was resolved|went)(?: for (?!the future)"
            r"[\w ]+)?"
            r"|whether you met it|what happened (?:next|afterwards|in the end)"
            # How the story's change showed: "how the team changed afterwards", "how the hire
            # worked out", "how you knew it worked".
            r"|how the (?:team|hire|change|relationship|plan) (?:changed afterwards|worked out)"
            r"|how you knew (?:it|that it|this) (?:had )?worked|what changed afterwards)$"
        ),
    ),
    ("action", re.compile(r"^(?:the (?:action|actions|steps?) you took|what you did)$")),
)


def star_part_of(point: str) -> str | None:
    """The STAR part a key point names ("the outcome" → "result"), or None."""
    text = point.strip().lower()
    return next((part for part, pattern in _STAR_POINTS if pattern.match(text)), None)
