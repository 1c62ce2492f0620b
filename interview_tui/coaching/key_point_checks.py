"""Kinds of key point whose wording says more than their cues can: checked on the answer.

A point about the speaker's own part ("your own part in the work", "your personal
contribution", "what you did yourself") is met by a step the speaker says they took
themselves: "I did all the gilding myself", "I built the three cost models myself", "I
personally rang each family", "my part was the costings". Cues find the work, not whose it
was, and "we did it ourselves" is still not the speaker's own part.

A point of the form "X without Y" ("listening without leading or promising secrecy", "how
you reflect without dwelling") is not met by an answer that does Y, however well it says X:
"I'd reassure them it'll stay between me and them" promises the secrecy the point rules out.
Y is done when its head word (or, for a few, the everyday phrases for it) is said with no
denial just before it ("I'd never blame the customers", "I try not to dwell on it",
"without pointing fingers" do not do it).

A point that asks for a real example ("a real example", "a recent example") is not met by an
answer that tells no real occasion ("I've had a few of these over the years"); one that asks
for something exact ("the exact notice period") is not met by a hedged figure ("about a month,
I think").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from interview_tui.coaching.nudges import tells_an_episode
from interview_tui.coaching.report import KeyPointCoverage
from interview_tui.coaching.stemming import stem
from interview_tui.coaching.wordlists import tokenise

_OWN_POINT = re.compile(
    r"^(?:your (?:own |personal |individual )?(?:part|contribution)\b"
    r"|what you (?:did|built|made|delivered) yourself\b"
    r"|(?:the )?(?:concrete )?(?:steps|actions) you took yourself\b)"
)


def is_own_part(point: str) -> bool:
    """Whether ``point`` asks for the speaker's own part in the work."""
    return _OWN_POINT.match(point.strip().lower()) is not None


# Wants, tries and offers are not steps taken: "I wanted to do it myself".
_NOT_DONE = (
    r"(?!(?:wanted|needed|hoped|wished|offered|meant|expected|tried|used|seemed|liked|loved"
    r"|preferred|promised|asked|told|reminded|kept|forced|pushed|allowed|felt|found|got)\b)"
)
OWN_STEP = re.compile(
    # A step and "myself" after what was done: "I did all the gilding myself", "I wrote it up
    # by myself" (not "I told myself", "I set a goal for myself").
    rf"\bi (?:\w+ly |just |also |then |even |actually )?{_NOT_DONE}(?:did|built|wrote|made"
    r"|ran|drew|took|cut|set|put|rebuilt|rewrote|sent|led|taught|sold|paid|rang|dug|fitted"
    r"|laid|read|\w+ed) (?:[\w'-]+,? ){1,8}?(?<!\bfor )(?<!\bto )(?<!\babout )(?<!\bof )"
    r"(?<!\bwith )(?<!\bat )(?<!\bin )(?:myself|on my own|single-handed(?:ly)?)\b"
    # "I personally rang each family" (not "I personally think").
    r"|\bi personally (?!(?:think|thought|feel|felt|believe|believed|reckon|prefer|preferred"
    r"|like|liked|love|loved|hate|hated|find|found|want|wanted|wish|hope|hoped|would|was|am"
    r"|had|have)\b)\w+"
    # "My part was the costings", "my bit was the drainage", "my job was to…".
    r"|\bmy (?:own )?(?:part|bit|contribution|share of the work) (?:in it |in that )?(?:was"
    r"|were)\b|\bmy (?:own )?(?:job|role) (?:in it |in that |there )?was to\b"
)


def own_step(answer: str) -> tuple[str, ...]:
    """The words by which the answer says a step was the speaker's own (as the answer says
    them), or none."""
    lowered = answer.lower().replace("\u2019", "'")
    found = OWN_STEP.search(lowered)
    if found is None:
        return ()
    same_offsets = len(lowered) == len(answer)  # lower() may change a few letters' length
    return (answer[found.start() : found.end()] if same_offsets else found.group(),)


_WITHOUT = re.compile(r"\bwithout (.+)$")
# Words of Y that name no act ("blaming others": the act is blaming).
_NOT_THE_ACT = frozenset(
    stem(word) for word in ("others", "other", "people", "anyone", "someone", "them", "things")
)
# A denial a few words before Y: "I'd never blame…", "I try not to dwell…", "without
# pointing fingers", "rather than dwelling", "I avoided leading questions", "I hate
# micromanaging", "I stopped micromanaging".
_DENIALS = frozenset(
    stem(word)
    for word in (
        "not", "no", "never", "without", "don't", "didn't", "doesn't", "won't", "wouldn't",
        "can't", "cannot", "couldn't", "shouldn't", "mustn't", "avoid", "avoided", "avoiding",
        "instead", "rather", "refuse", "refused", "resist", "resisted", "nor", "hate",
        "hated", "dislike", "stop", "stopped", "quit",
    )
)  # fmt: skip
_DENIAL_REACH = 6


# How an act a point rules out is said, by the act's stem, where its head word alone would
# say too much or too little: promising secrecy is "it'll stay between me and them"; leading
# a child who discloses is asking leading questions, not letting them lead. Synonym groups
# are too wide here ("leading" questions are not leading a team).
_SAID_AS: dict[str, tuple[str, ...]] = {
    stem("secrecy"): (
        "secrecy", "secret", "secrets", "between me and", "between us", "between you and me",
        "between the two of us", "won't tell anyone", "wouldn't tell anyone",
    ),
    stem("leading"): ("leading question", "leading questions", "put words in"),
}  # fmt: skip


def ruled_out(point: str) -> tuple[tuple[str, ...], ...]:
    """What a point "X without Y" rules out: each alternative of Y as the stems it can be
    said in (its head word, and the everyday phrases for it); none for other points."""
    found = _WITHOUT.search(point.strip().lower())
    if found is None:
        return ()
    ruled: list[tuple[str, ...]] = []
    for alternative in re.split(r",? or |, ", found.group(1)):
        acts = [stem(w) for w in tokenise(alternative).words if stem(w) not in _NOT_THE_ACT]
        if not acts:
            continue
        head = acts[-1]  # "promising secrecy" is ruled out by the secrecy
        said_as = _SAID_AS.get(head)
        if said_as is None:
            ruled.append((head,))
        else:
            ruled.extend(tuple(stem(w) for w in tokenise(said).words) for said in said_as)
    return tuple(ruled)


def does_what_is_ruled_out(
    ruled: Sequence[tuple[str, ...]], orders: Sequence[tuple[str, ...]]
) -> bool:
    """Whether a sentence (each as its stems in order) says one of ``ruled`` with no denial
    in the few words before it."""
    return any(_says(ruled, order, undenied=True) for order in orders)


def _says(entries: Sequence[tuple[str, ...]], order: tuple[str, ...], undenied: bool) -> bool:
    """Whether one sentence (its stems in order) says one of ``entries`` in a row (and, if
    ``undenied``, with no denial in the few words before it)."""
    said = frozenset(order)
    for entry in entries:
        if not said.issuperset(entry):
            continue  # cheap, and most sentences say none of it
        size = len(entry)
        for start in range(len(order) - size + 1):
            if order[start : start + size] != entry:
                continue
            if not undenied or not _DENIALS & set(order[max(0, start - _DENIAL_REACH) : start]):
                return True
    return False


# A point that asks for something exact ("the exact notice period") is not met by a hedged
# figure: "about a month, I think, I'd have to check my contract".
_EXACT_POINT = re.compile(r"\b(?:exact|exactly|precise|precisely)\b")
_HEDGES = tuple(
    tuple(stem(w) for w in tokenise(hedge).words)
    for hedge in (
        "i think", "maybe", "probably", "perhaps", "roughly", "approximately", "or so",
        "have to check", "not sure", "i guess", "about a", "about an", "around a", "ish",
    )
)  # fmt: skip


def _hedged(matched: Sequence[str], orders: Sequence[tuple[str, ...]]) -> bool:
    """Whether a sentence that holds the matched words also hedges."""
    stems = {stem(word) for said in matched for word in tokenise(said).words}
    return any(stems & frozenset(order) and _says(_HEDGES, order, False) for order in orders)


# A point that asks for a real example ("a real example", "a recent example") needs one
# real occasion told: "I've had a few of these over the years" is no example.
_REAL_EXAMPLE = re.compile(
    r"^(?:a|an|one) (?:real|recent|concrete|specific|actual|genuine) example\b"
)


def checked(
    point: str, detected: KeyPointCoverage, answer: str, orders: Sequence[tuple[str, ...]]
) -> KeyPointCoverage:
    """``detected`` (the point's coverage by its cues or words), with the two checks above:
    a step of the speaker's own meets a point about their own part; doing what "X without Y"
    rules out unmeets it. ``orders`` holds each sentence's stems in the order said."""
    if not detected.covered and is_own_part(point) and (said := own_step(answer)):
        return KeyPointCoverage(point, True, said)
    if detected.covered and does_what_is_ruled_out(ruled_out(point), orders):
        return KeyPointCoverage(point, False, ())
    exact = _EXACT_POINT.search(point.lower()) is not None
    if detected.covered and exact and _hedged(detected.matched, orders):
        return KeyPointCoverage(point, False, ())
    real_example = _REAL_EXAMPLE.match(point.strip().lower()) is not None
    if detected.covered and real_example and not tells_an_episode(answer):
        return KeyPointCoverage(point, False, ())
    return detected
