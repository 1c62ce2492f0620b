"""Nudges a coach would give on a behavioural answer, each with the reason behind it.

The first three run only on answers to past-behaviour questions ("Tell me about a time…"),
where the interviewer wants one real story told by the person who lived it; ``cliche`` runs
on every interviewee answer:

``hypothetical``
    The answer says what the speaker would do or usually does ("I would…", "I always…",
    "what I do is…") more often than it tells what they did: at least two such phrases, and
    no more past-tense "I/we did" narration than that. A real story with one habit in it
    ("I always look at the rota first") is not nudged.
``we_heavy``
    "we" (we, us, our…) used at least :data:`WE_AT_LEAST` times and at least three times as
    often as "I": the listener cannot tell what the speaker did.
``too_short``
    Under :data:`STORY_WORDS` words, about a minute aloud: too short to set the scene, say
    what you did and how it ended.
``cliche``
    A phrase interview tips warn against ("perfectionist", "team player", "hard worker",
    "think outside the box"…): it claims a quality instead of showing it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, get_args

NudgeId = Literal["hypothetical", "we_heavy", "too_short", "cliche"]
NUDGE_IDS: tuple[NudgeId, ...] = get_args(NudgeId)

STORY_WORDS = 150
# Past-tense narration ("I rang", "we had", "she said") it takes to tell an episode.
EPISODE_PAST = 3
# Past-tense clauses that, with a named occasion, make an episode of a story told mostly in
# the present ("When I start on the floor… Then one day she had a sore").
DATED_PAST = 2
WE_AT_LEAST = 5
WE_RATIO = 3

WHY: dict[NudgeId, str] = {
    "hypothetical": "The question asks what you did once; 'I would' and 'I always' describe "
    "a habit, and interviewers score the real example, not the intention.",
    "we_heavy": "'We' far outweighs 'I', so the listener cannot tell which part was yours; "
    "say 'I' for what you did yourself.",
    "too_short": f"Under {STORY_WORDS} words is about a minute aloud: too short to set the "
    "scene, say what you did and how it ended.",
    "cliche": "Phrases like this are heard in every interview and prove nothing; show the "
    "quality with what you did instead.",
}


@dataclass(frozen=True)
class Nudge:
    """One piece of advice: which, why, and the words that set it off (if any)."""

    id: NudgeId
    why: str
    words: tuple[str, ...] = ()


_HABIT = re.compile(
    r"\b(?:i would|i'd|i will|i'll|i always|i usually|i normally|i generally|i tend to"
    r"|i try to|i like to|what i do is|what i always do|i've always|i have always"
    r"|i never|i don't|i make|i get|i'm used to|generally|usually)\b"
)
_PAST = re.compile(
    r"\b(?:i|we|he|she|they|i'd|we'd)\s+(?:(?:only|just|then|also|once|finally|eventually|"
    r"still|never|actually|quickly|absolutely|really|all|both|\w+ly)\s+)?(?:was|were|had|did|went|got|made|took|told|said|sat|saw|"
    r"found|kept|spent|put|ran|set|sent|built|wrote|gave|came|thought|felt|knew|left|"
    r"brought|began|chose|met|paid|taught|rang|lost|won|spoke|drove|fell|grew|bought|sold|held|"
    r"led|heard|stood|broke|forgot|stuck|shut|cut|hit|let|woke|caught|threw|dealt|meant|\w+ed)\b"
)
CLICHES = (
    "perfectionist",
    "team player",
    "hard worker",
    "hard-working",
    "work too hard",
    "care too much",
    "caring too much",
    "outside the box",
    "go-getter",
    "natural leader",
    "people person",
    "self-starter",
    "best version of myself",
    "great opportunity",
    "passionate about",
    "give 110",
    "results-driven",
)
_CLICHE = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in CLICHES) + r")\b")


@dataclass(frozen=True)
class Story:
    """How an answer is told: its habit or hypothetical phrases and its past-tense narration,
    found once and shared by the nudges, the STAR parts and the key points."""

    habits: tuple[str, ...]
    past: int


def read_story(answer: str) -> Story:
    """The :class:`Story` of ``answer``."""
    text = answer.lower().replace("\u2019", "'")
    return Story(tuple(_HABIT.findall(text)), len(_PAST.findall(text)))


def story_counts(answer: str) -> tuple[int, int]:
    """``(habit or hypothetical phrases, past-tense narration)`` in ``answer``."""
    story = read_story(answer)
    return len(story.habits), story.past


# Terse narration that tells a story as surely as "I rang", but that the hypothetical nudge
# leaves out, so as never to excuse a habit: what a named someone or something did ("our
# tests all ran", "a handful turned up", "Fitters started Saturday", "Job was signed off").
# A state ("the impact was real", "it was") or a vague "the recovery went well" tells nothing,
# but a measure that moved ("median time went down") or what was going on ("samples were
# sitting in a rack") does.
_NAMED_PAST = re.compile(
    r"(?:\b(?:our|my|their|his|her|a|the) |(?:^|[.!?]\s+))((?:\w+ )?\w+) (?:(?:all|both|then"
    r"|just|also|finally) )?(?:took|told|said|ran|came|gave|sent|(?:was|were) \w+(?:ed|ing)"
    r"|(?:went|came|fell|rose|grew) (?:up|down|back|from|to|by)|\w+ed)\b"
)
_NOT_NAMED = frozenset(
    {
        "i", "we", "he", "she", "they", "you", "it", "there", "this", "that", "which", "what",
        "then", "so", "and", "but", "when", "if", "who", "one", "someone", "something", "thing",
        "things", "everyone", "everything", "nobody", "nothing",
    }
)  # fmt: skip


def _named_past(text: str) -> int:
    return sum(not _NOT_NAMED & set(m.split()) for m in _NAMED_PAST.findall(text))


# When a real occasion was: "I once forgot…", "last year at the care home…".
OCCASION = re.compile(
    r"\b(?:once|last (?:year|week|month|spring|summer|autumn|winter|christmas|term)|one (?:day"
    r"|morning|afternoon|evening|night|time|shift|weekend)|in (?:19|20)\d\d|when i was"
    r"|years? ago)\b"
)


def tells_an_episode(answer: str, story: Story | None = None) -> bool:
    """Whether the answer narrates one real past episode rather than a habit or a plan.

    It takes :data:`EPISODE_PAST` past-tense clauses, counting the terse narration of
    :data:`_NAMED_PAST` too, or :data:`DATED_PAST` of them, no habit and a named
    :data:`OCCASION` (a story told partly in the present); an answer that earns the
    hypothetical nudge never tells one. ``story`` is the answer's own, when already read.
    """
    story = story or read_story(answer)
    habits, past = len(story.habits), story.past
    if habits >= 2 and past <= habits:
        return False
    if not habits and past >= DATED_PAST and OCCASION.search(answer.lower()) is not None:
        return True
    return past >= EPISODE_PAST or past + _named_past(answer.lower()) >= EPISODE_PAST


def nudges_for(
    answer: str,
    words: int,
    i_count: int,
    we_count: int,
    past_behaviour: bool,
    story: Story | None = None,
) -> tuple[Nudge, ...]:
    """The nudges for an interviewee's answer (see the module docstring).

    ``cliche`` applies to every answer; the others only when ``past_behaviour``. ``story``
    is the answer's own, when already read.
    """
    text = answer.lower().replace("\u2019", "'")
    found: list[Nudge] = []
    # Each cliché is a fixed string: a text holding none of them needs no scan.
    cliches = _CLICHE.findall(text) if any(c in text for c in CLICHES) else []
    if not past_behaviour:
        return (Nudge("cliche", WHY["cliche"], tuple(dict.fromkeys(cliches))),) if cliches else ()
    story = story or read_story(answer)
    habits = story.habits
    if len(habits) >= 2 and story.past <= len(habits):
        found.append(Nudge("hypothetical", WHY["hypothetical"], tuple(dict.fromkeys(habits))))
    if we_count >= WE_AT_LEAST and we_count >= WE_RATIO * i_count:
        found.append(Nudge("we_heavy", WHY["we_heavy"]))
    if words < STORY_WORDS:
        found.append(Nudge("too_short", WHY["too_short"]))
    if cliches:
        found.append(Nudge("cliche", WHY["cliche"], tuple(dict.fromkeys(cliches))))
    return tuple(found)
