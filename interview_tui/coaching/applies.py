"""Which coaching applies to a question, decided from its bank and tags, in one place."""

from __future__ import annotations

from dataclasses import dataclass

from interview_tui.banks.model import Bank, Question, Role
from interview_tui.coaching.insights import analyse
from interview_tui.coaching.report import Insights
from interview_tui.coaching.wordlists import WordLists

BEHAVIORAL_TAGS = frozenset({"star", "behavioral", "behavioural"})
INFORMATIONAL_TAGS = frozenset({"informational", "exploratory"})


@dataclass(frozen=True)
class QuestionKind:
    behavioral: bool  # the STAR check applies
    informational: bool  # asking for a job defeats the purpose


def question_kind(question: Question, bank: Bank | None) -> QuestionKind:
    tags = {t.lower() for t in question.tags} | {t.lower() for t in (bank.tags if bank else ())}
    ids = {bank.id} if bank else set()
    return QuestionKind(
        behavioral=bool(tags & BEHAVIORAL_TAGS or ids & BEHAVIORAL_TAGS),
        informational=bool(tags & INFORMATIONAL_TAGS or ids & INFORMATIONAL_TAGS),
    )


def insights_for(
    answer: str,
    question: Question,
    bank: Bank | None,
    role: Role,
    time_limit: int | None,
    words: WordLists,
) -> Insights:
    """The insights for an answer to ``question`` (of ``bank``, if it is still loaded)."""
    kind = question_kind(question, bank)
    return analyse(
        answer,
        question.key_points,
        time_limit,
        kind.behavioral,
        words,
        role=role,
        informational=kind.informational,
    )
