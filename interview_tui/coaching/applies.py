"""Which coaching applies to a question, decided from its bank and tags, in one place."""

from __future__ import annotations

from dataclasses import dataclass

from interview_tui.banks.model import Bank, Question, Role
from interview_tui.coaching.insights import analyse
from interview_tui.coaching.past_behaviour import is_past_behaviour
from interview_tui.coaching.report import Insights
from interview_tui.coaching.wordlists import WordLists

BEHAVIORAL_TAGS = frozenset({"star", "behavioral", "behavioural"})
INFORMATIONAL_TAGS = frozenset({"informational", "exploratory"})
HIRING_TAGS = frozenset({"hiring"})

__all__ = ["QuestionKind", "insights_for", "is_past_behaviour", "question_kind"]


@dataclass(frozen=True)
class QuestionKind:
    behavioral: bool  # an interviewee's past-behaviour question: STAR and story nudges apply
    informational: bool  # asking for a job defeats the purpose
    hiring: bool = False  # questions about protected characteristics are flagged


def question_kind(question: Question, bank: Bank | None) -> QuestionKind:
    """What coaching applies to ``question``: from its wording, its tags and its bank's.

    STAR is for the interviewee only: a question in an interviewer bank is never
    behavioural, whatever its tags (the hiring-probes bank is tagged "behavioral" because it
    *asks* behavioural questions).
    """
    tags = {t.lower() for t in question.tags} | {t.lower() for t in (bank.tags if bank else ())}
    ids = {bank.id} if bank else set()
    interviewee = bank is None or bank.role == "interviewee"
    return QuestionKind(
        behavioral=interviewee
        and bool(
            tags & BEHAVIORAL_TAGS or ids & BEHAVIORAL_TAGS or is_past_behaviour(question.text)
        ),
        informational=bool(tags & INFORMATIONAL_TAGS or ids & INFORMATIONAL_TAGS),
        hiring=bool(tags & HIRING_TAGS),
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
    interviewee = role == "interviewee"
    return analyse(
        answer,
        question.key_points if interviewee else (),
        time_limit,
        kind.behavioral and interviewee,
        words,
        role=role,
        informational=kind.informational,
        hiring=kind.hiring,
        cues=question.key_point_cues if interviewee else (),
        question=question.text,
    )
