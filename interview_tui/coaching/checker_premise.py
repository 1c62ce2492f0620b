"""Two phrase rules of the question checker: loaded premises (``leading``) and ``illegal``.

``leading`` (besides the phrase list in ``data/leading.txt`` and tag questions, which
:mod:`interview_tui.coaching.checker` handles): a question that builds its answer into its
premise, with a loaded word ("How much do you hate the paperwork?", "…your useless previous
manager?", "How stressful is it…?") or an opener that supplies the answer ("I guess the
paperwork is the worst part?").

``illegal`` (hiring interviews only): a question about a protected characteristic (age,
family plans and children, pregnancy, health, religion, national origin, marital status and
partners), with why and a lawful alternative that asks about what the job needs. Asking
whether someone has the legal right to work, holds a licence the job needs, or is over a
legal minimum age for a task is lawful and is not flagged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from interview_tui.coaching.checker_base import WHY, QuestionFlag, Sentence
from interview_tui.coaching.wordlists import PhraseIndex, Tokens, entry_words

# Words and phrases that load a premise into an otherwise open question.
LOADED = PhraseIndex.build(
    entry_words(entry)
    for entry in (
        "hate",
        "hated",
        "useless",
        "toxic",
        "a mess",
        "such a mess",
        "survive",
        "survived",
        "put up with",
        "how stressful",
        "how bad",
        "how awful",
        "how boring",
        "how tedious",
        "how annoying",
        "most frustrating",
        "a waste of",
        "given how",
        "since nobody",
        "since everyone",
        "already excellent",
        "already great",
        "terrible",
        "awful",
        "pointless",
        "ridiculous",
        "incompetent",
        "nightmare",
    )
)
# Openers that state the expected answer before asking for it; leading only in a question.
GUESS_OPENERS = frozenset({("i", "guess"), ("i", "suppose"), ("i'm", "guessing")})

LOADED_SUGGESTION = (
    "Drop the loaded word and let them judge: 'What is the paperwork like?' or 'How do you find…?'"
)


def loaded_premises(tokens: Tokens, sentence: Sentence) -> list[QuestionFlag]:
    """``leading`` flags for loaded words and guessing openers in one question."""
    if sentence.mark not in ("?", ""):
        return []
    words = tokens.words
    flags: list[QuestionFlag] = []
    if tuple(words[sentence.first : sentence.first + 2]) in GUESS_OPENERS:
        end = tokens.ends[sentence.first + 1]
        flags.append(
            QuestionFlag("leading", sentence.start, end, WHY["leading"], LOADED_SUGGESTION)
        )
    part = words[sentence.first : sentence.stop]
    for first, stop, _ in LOADED.find_all(part):
        start = tokens.starts[sentence.first + first]
        end = tokens.ends[sentence.first + stop - 1]
        flags.append(QuestionFlag("leading", start, end, WHY["leading"], LOADED_SUGGESTION))
    return flags


@dataclass(frozen=True)
class _Topic:
    name: str
    pattern: re.Pattern[str]
    alternative: str


def _topic(name: str, alternatives: str, pattern: str) -> _Topic:
    return _Topic(name, re.compile(pattern, re.IGNORECASE), alternatives)


TOPICS = (
    _topic(
        "age",
        "Ask about the experience the job needs: 'What experience do you have of…?'; if the "
        "law sets a minimum age for the task, ask only whether they meet it.",
        r"\bhow old\b|\bwhat year were you born\b|\bdate of birth\b|\byour age\b"
        r"|\b(?:older|younger) than the rest\b|\bbefore you retire\b|\bretire(?:ment)?\b"
        r"|\bgraduated in (?:19|20)\d\d\b|\b(?:late|early|mid) (?:twenties|thirties|forties"
        r"|fifties|sixties)\b",
    ),
    _topic(
        "family",
        "State the hours, travel or shifts the job needs and ask whether anything would stop "
        "them meeting them.",
        r"\bstart(?:ing)? a family\b|\b(?:have|having|any) (?:kids|children)\b"
        r"|\byour (?:kids|children)\b|\byoung (?:kids|children)\b|\bchildcare\b"
        r"|\bfamily (?:commitments|plans)\b|\blooks? after your\b",
    ),
    _topic(
        "pregnancy",
        "State the start date and the hours, and ask about availability for those.",
        r"\bpregnan\w*|\bmaternity leave\b|\bpaternity leave\b",
    ),
    _topic(
        "health",
        "Describe the tasks and ask whether they need any adjustments to do them, or to "
        "take part in the interview.",
        r"\bhealth (?:problems|issues|conditions)\b|\bmental health\b|\bmedication\b"
        r"|\bsick days\b|\bsickness\b|\blong-term conditions?\b|\bdisabilit\w*"
        r"|\billness\w*|\bmedical conditions?\b",
    ),
    _topic(
        "religion",
        "State the working pattern and ask whether they can work it; leave beliefs out.",
        r"\breligio\w*|\bramadan\b|\bchurch\b|\bmosque\b|\bsynagogue\b|\btemple\b"
        r"|\bsabbath\b|\bpray\w*",
    ),
    _topic(
        "national origin",
        "Ask whether they have the right to work here, and about the language skills the "
        "job needs.",
        r"\boriginally from\b|\bwhere are you from\b|\bfirst language\b|\bnative (?:speaker"
        r"|language|tongue)\b|\bparents born\b|\baccent\b|\bnationality\b|\bwhat country\b"
        r"|\bborn here\b",
    ),
    _topic(
        "marital status",
        "Leave partners out; if the job needs relocation or travel, state it and ask whether "
        "they can do it.",
        r"\bmarried\b|\b(?:your|a) (?:husband|wife|partner|spouse|girlfriend|boyfriend)\b"
        r"|\bmaiden name\b|\bman or a woman\b|\bare you single\b",
    ),
)


def protected_topics(text: str) -> list[QuestionFlag]:
    """``illegal`` flags: one per protected topic the text asks about, at its first mention."""
    flags: list[QuestionFlag] = []
    for topic in TOPICS:
        match = topic.pattern.search(text)
        if match is None:
            continue
        flags.append(
            QuestionFlag(
                "illegal",
                match.start(),
                match.end(),
                f"It asks about {topic.name}. " + WHY["illegal"],
                topic.alternative,
            )
        )
    return flags
