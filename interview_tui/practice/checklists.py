"""The preparation checklist before a session: the bank's own, or one for its kind of talk.

An informational conversation, a hiring interview and the questions a candidate asks at the
end of their own interview are prepared differently; a bank may also bring its own list
(``checklist:`` in its YAML), which wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from interview_tui.banks.model import Bank

Items = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Checklist:
    """What the dialog says first, and the items as ``(key, label)``; keys are stored."""

    intro: str
    items: Items


INFORMATIONAL = Checklist(
    "An informational conversation goes best when you come prepared.",
    (
        ("research", "I have read up on the person, their organisation and their field"),
        ("goal", "I know what I want to learn from this conversation"),
        ("questions", "I have chosen my questions, and the order I would ask them in"),
        ("time", "I know how long they have given me, and I will keep to it"),
    ),
)
HIRING = Checklist(
    "A fair hiring interview asks every candidate the same way, about the job.",
    (
        ("requirements", "I know what the job needs, and what good looks like for each need"),
        ("cv", "I have read the candidate's CV and know what I want to hear more about"),
        ("questions", "I have chosen my questions, and I ask every candidate the same ones"),
        ("notes", "I will take notes on what they say, not on my impression of them"),
    ),
)
CANDIDATE = Checklist(
    "The questions you ask at the end of your interview show what you care about.",
    (
        ("research", "I have read up on the organisation, the team and the role"),
        ("unanswered", "My questions are ones the job advert and website do not answer"),
        ("priorities", "I know which two or three questions matter most to me"),
        ("listen", "I will leave room to follow up on what the interviewer says"),
    ),
)
INTERVIEWEE = Checklist(
    "Before you answer, know what you want them to remember about you.",
    (
        ("research", "I have read up on the organisation and the role"),
        ("stories", "I have short stories ready that show my strengths"),
        ("weaknesses", "I can talk honestly about a weakness and what I do about it"),
        ("goal", "I know what I want to show in this session"),
    ),
)
_KINDS: tuple[tuple[frozenset[str], Checklist], ...] = (
    (frozenset({"hiring"}), HIRING),
    (frozenset({"candidate", "candidate_questions", "end_of_interview"}), CANDIDATE),
    (frozenset({"informational", "exploratory"}), INFORMATIONAL),
)


def _key(label: str, index: int) -> str:
    slug = re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_")[:40]
    return slug or f"item_{index + 1}"


def checklist_for(bank: Bank | None) -> Checklist:
    """The bank's own checklist if it has one, else the default for its kind of talk."""
    if bank is not None and bank.checklist:
        items = tuple((_key(label, i), label) for i, label in enumerate(bank.checklist))
        keys = [key for key, _ in items]
        if len(set(keys)) != len(keys):  # two labels with one slug: number them instead
            items = tuple((f"item_{i + 1}", label) for i, (_, label) in enumerate(items))
        return Checklist("This bank suggests these steps.", items)
    if bank is None or bank.role == "interviewee":
        return INTERVIEWEE
    marks = {tag.lower() for tag in bank.tags} | {bank.id.lower()}
    for kind_marks, checklist in _KINDS:
        if marks & kind_marks:
            return checklist
    return INFORMATIONAL
