"""Premise clauses and reasons for the ``leading`` rule's premise detector.

:mod:`interview_tui.coaching.checker_presume` finds judgement words inside the question;
this module finds them in what the question rests on:

* a premise clause: "Given how outdated the kit is, …", "With your talent, …", "With hands
  like yours, …", "…, given how hopeless they are?", or a verdict stated before ", so what…"
  ("Your team is brilliant, so what's the secret?");
* the reason asked for a verdict: "Why is retail so badly run?", "How come the trade looks
  down on self-taught carpenters?" (not "Why did the launch go badly?", which asks what
  happened);
* a verdict the listener is said to have realised: "When did you realise it was a dead
  end?";
* praise or a ranking settled, not asked: "…work for the best firm in the city?", "…a team
  that's already the best-run in the region?", "…our first-rate kit?" (not "What's the best
  firm in the city?").
"""

from __future__ import annotations

from interview_tui.coaching.checker_base import Sentence
from interview_tui.coaching.checker_judgement import (
    ARTICLE,
    ASKING,
    BAD_MANNER,
    DECLINE,
    GIFTS,
    INTENSIFIERS,
    JUDGING_VERBS,
    MILD,
    PRAISE,
    VERDICT_NOUNS,
    VERDICTS,
    WH_WORDS,
    Entry,
    Span,
    first_word,
    longest,
)
from interview_tui.coaching.wordlists import Tokens

# A premise opened before the question: "Given how…, why…?", "With your talent, how…?".
OPENING = frozenset({"given", "with", "since", "considering", "seeing", "as", "because"})
OPENING |= frozenset({"after", "knowing"})
# "With hands like yours": the listener's gifts, as flattery.
_ASSETS = frozenset({"hands", "eye", "ear", "voice", "mind", "brain", "touch", "instincts"})
_ASSETS |= GIFTS
# The reason asked for a verdict: "Why is retail so badly managed?".
_WHY: frozenset[Entry] = frozenset({("why",), ("how", "come"), ("why's",)})
_NOBODY = frozenset({("nobody",), ("everyone",), ("everybody",)})
_DOES = frozenset({"does", "do", "did", "is", "are", "was", "were", "has", "have", "will"})
# Verbs that know their complement is true: "When did you realise it was a dead end?".
_FACTIVE = frozenset(
    {"realise", "realize", "realised", "realized", "notice", "noticed", "discover"}
    | {"discovered", "accept", "accepted", "learn", "learned", "learnt"}
)
# Damage a realisation settles: "…realise it would wreck your back?".
_RUIN = frozenset({"wreck", "wrecked", "ruin", "ruined", "destroy", "destroyed", "kill"})
_RUIN |= frozenset({"killed", "crush", "crushed", "break", "broke", "drain", "drained"})
# "…the best firm in the city": a ranking settled where the question asks something else.
_TOP = frozenset({"best", "finest", "greatest", "top", "leading", "foremost", "premier"})
_IN_PLACE = frozenset(
    {"region", "city", "country", "world", "industry", "sector", "trade", "business"}
    | {"county", "town", "area", "field", "market", "land", "uk", "state", "nation"}
    | {"profession", "league", "game", "north", "south", "east", "west", "europe"}
)
_WORK_AT = frozenset({"for", "at", "with", "into", "join", "joining", "joined", "joins"})
_WORK_AT |= frozenset({"run", "running", "lead", "leading", "in"})


# How people or places are treated, run or paid: "Why is retail so badly run?".
_TREATED = frozenset(
    {"treat", "treats", "treated", "run", "runs", "managed", "manage", "manages", "paid"}
    | {"pay", "pays", "organised", "organized", "led", "governed", "staffed", "funded"}
    | {"resourced", "regulated", "supported", "trained", "rewarded", "valued"}
)
_OWN = frozenset({"our", "my", "your", "we", "we're", "i'm"})
_LATER_PREMISE = frozenset({"given", "considering", "seeing"})


def opening_premise(tokens: Tokens, sentence: Sentence, part: tuple[str, ...]) -> Span | None:
    """ "Given how outdated the kit is, …", "With your talent, …", "With hands like
    yours, …", "…, given how hopeless they are?": a judgement or flattery settled in a
    premise of the question."""
    for first, stop in _premises(tokens, sentence, part):
        clause = part[first:stop]
        for index in range(1, len(clause)):
            if _judges(clause, index):
                return (first, stop)
    return None


def _premises(tokens: Tokens, sentence: Sentence, part: tuple[str, ...]) -> list[Span]:
    """The premise clauses of a question: an opening "Given…,", "With…," or "Since…," and
    a later ", given…" or ", considering…"."""
    spans: list[Span] = []
    first = first_word(part)
    if part[first] not in WH_WORDS and part[first] not in OPENING:
        # "Your team is brilliant, so what's the secret?": a verdict stated, then asked on.
        stop = next(
            (
                i
                for i in range(first + 2, len(part) - 2)
                if "," in tokens.gap(sentence.first + i)
                and part[i] in ("so", "and", "but")
                and (part[i + 1] in WH_WORDS or part[i + 1] in OPENING)
            ),
            None,
        )
        return [(first, stop)] if stop is not None else []
    if part[first] in OPENING:
        stop = next(
            (
                i
                for i in range(first + 1, len(part))
                if "," in tokens.gap(sentence.first + i) or (part[i] in WH_WORDS and i > first + 1)
            ),
            len(part),
        )
        if stop < len(part) - 1:
            spans.append((first, stop))
    for index in range(first + 2, len(part) - 2):
        if part[index] in _LATER_PREMISE and (
            "," in tokens.gap(sentence.first + index) or part[index + 1] in ("how", "that")
        ):
            stop = next(
                (i for i in range(index + 1, len(part)) if "," in tokens.gap(sentence.first + i)),
                len(part),
            )
            spans.append((index, stop))
    return spans


def _judges(clause: tuple[str, ...], index: int) -> bool:
    """Whether a premise clause passes a verdict or flatters at ``index``."""
    before = clause[index - 1]
    return bool(
        longest(VERDICTS, clause, index)
        or longest(PRAISE, clause, index)
        or longest(BAD_MANNER, clause, index)
        or longest(VERDICT_NOUNS, clause, index)
        or longest(DECLINE, clause, index)
        or (before in ("how", "so", "this", "that") and longest(MILD, clause, index))
        or (before in ("how", "so") and clause[index] == "little")
        # "Given our reports are the finest in the region, …": one's own side ranked.
        or (before == "the" and clause[index] in _TOP and not _OWN.isdisjoint(clause))
        or (
            clause[index] in _ASSETS
            and (before == "your" or clause[index + 1 : index + 3] == ("like", "yours"))
        )
    )


def why_verdict(tokens: Tokens, sentence: Sentence, part: tuple[str, ...]) -> Span | None:
    """ "Why is retail badly managed?", "How come the firms undervalue juniors?": the
    question asks for the reason of a verdict it takes as fact."""
    first = first_word(part)
    size = longest(_WHY, part, first)
    if not size:
        return None
    if part[first + size : first + size + 1] in _NOBODY or (
        part[first + size + 1 : first + size + 2] in _NOBODY and part[first + size] in _DOES
    ):
        # "How come nobody listens to the floor?": a sweeping verdict, its reason asked.
        return (first, first + size + 2)
    for index in range(first + size, len(part)):
        if part[index] in ASKING:
            return None
        manner = longest(BAD_MANNER, part, index)
        if manner and not _TREATED.intersection(part[index - 1 : index + 2]):
            manner = 0  # "Why did the launch go badly?" asks what happened
        found = (
            longest(VERDICTS, part, index)
            or manner
            or longest(JUDGING_VERBS, part, index)
            or (longest(VERDICT_NOUNS, part, index) if part[index - 1] in ARTICLE else 0)
        )
        if found:
            return (first, index + found)
    return None


def realised(tokens: Tokens, sentence: Sentence, part: tuple[str, ...]) -> Span | None:
    """ "When did you realise the job was a dead end?": the verdict is what was realised."""
    for index, word in enumerate(part):
        if word not in _FACTIVE or "you" not in part[max(0, index - 3) : index]:
            continue
        for later in range(index + 1, min(len(part), index + 8)):
            found = (
                longest(VERDICTS, part, later)
                or longest(VERDICT_NOUNS, part, later)
                or (1 if part[later] in _RUIN else 0)
            )
            if found:
                return (index, later + found)
    return None


def ranked(tokens: Tokens, sentence: Sentence, part: tuple[str, ...]) -> Span | None:
    """ "…work for the best firm in the city?", "…a team that's already the best-run…",
    "…our first-rate kit?": a ranking or praise settled, not asked."""
    for index in range(1, len(part) - 1):
        word = part[index]
        if word == "already" and (
            longest(PRAISE, part, index + 1)
            or (part[index + 1] == "the" and index + 2 < len(part) and part[index + 2] in _TOP)
        ):
            return (index, index + 3)
        if word == "our" and part[index + 1] not in ASKING:
            at = index + 2 if part[index + 1] in INTENSIFIERS else index + 1
            size = longest(PRAISE, part, at)
            if size:
                return (index, at + size)
        joined = part[index - 1] in _WORK_AT or part[max(0, index - 2) : index] == ("part", "of")
        if word == "the" and joined and part[index + 1] in _TOP:
            place = next(
                (
                    i
                    for i in range(index + 2, min(len(part) - 1, index + 6))
                    if part[i] == "in" and part[i + 1] in ("the", "this", "our")
                ),
                None,
            )
            if place is not None and place + 2 < len(part) and part[place + 2] in _IN_PLACE:
                return (index, place + 3)
    return None
