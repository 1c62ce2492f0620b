"""The values of the bank format: banks, questions, rubrics, and what can be wrong with them.

A bank is a YAML file (format version 1, see the README). Parsing and validation live in
:mod:`interview_tui.banks.parse`, gathering banks from their sources in
:mod:`interview_tui.banks.sources`; this module imports neither.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, get_args

from interview_tui.banks.clean import visible

Role = Literal["interviewee", "interviewer"]
ROLES: tuple[Role, ...] = get_args(Role)
SourceKind = Literal["bundled", "user", "flag"]

DEFAULT_TIME_LIMIT = 120
BANK_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a bank file, located precisely enough to fix."""

    path: Path
    line: int
    column: int
    message: str
    field: str = ""

    def __str__(self) -> str:
        where = f"{self.field}: " if self.field else ""
        # A file name can hold anything, an escape sequence too: shown, never run.
        return visible(f"{self.path}:{self.line}:{self.column}: error: {where}{self.message}")


class BankError(Exception):
    """Raised by the loader, and only by it, for any bank that cannot be used."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))


@dataclass(frozen=True)
class Criterion:
    """One line of a rubric, scored 1–5."""

    id: str
    label: str
    description: str = ""


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    category: str = ""
    tags: tuple[str, ...] = ()
    time_limit: int | None = None
    tips: tuple[str, ...] = ()
    key_points: tuple[str, ...] = ()
    # Paraphrase cues per key point, aligned with ``key_points`` (empty where none are given).
    key_point_cues: tuple[tuple[str, ...], ...] = ()
    follow_ups: tuple[str, ...] = ()
    listen_for: tuple[str, ...] = ()
    line: int = 0


@dataclass(frozen=True)
class Bank:
    id: str
    title: str
    role: Role
    questions: tuple[Question, ...]
    description: str = ""
    source: str = ""
    license: str = ""
    time_limit: int | None = None
    tags: tuple[str, ...] = ()
    rubric: tuple[Criterion, ...] = ()
    # The bank's own preparation checklist; empty means the role's default one.
    checklist: tuple[str, ...] = ()
    path: Path = field(default_factory=Path)

    @property
    def criteria(self) -> tuple[Criterion, ...]:
        """The bank's own rubric, or the role's default."""
        return self.rubric or DEFAULT_RUBRICS[self.role]

    def time_limit_for(self, question: Question) -> int:
        """Seconds allowed for ``question``: its own limit, the bank's, or the default."""
        return question.time_limit or self.time_limit or DEFAULT_TIME_LIMIT

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)


DEFAULT_RUBRICS: dict[Role, tuple[Criterion, ...]] = {
    "interviewee": (
        Criterion("structure", "Structure", "A clear beginning, middle and end; easy to follow"),
        Criterion("clarity", "Clarity", "Plain words, concrete details, no rambling"),
        Criterion("relevance", "Relevance", "Answers the question that was asked"),
        Criterion("confidence", "Confidence", "Owns the story; calm, direct, no over-hedging"),
    ),
    "interviewer": (
        Criterion("open_endedness", "Open-endedness", "Invites a story or reasoning, not yes/no"),
        Criterion("clarity", "Clarity", "One question at a time, short and unambiguous"),
        Criterion("purpose", "Purpose", "You know what you want to learn from the answer"),
        Criterion("follow_up", "Follow-up", "Builds on what you heard instead of moving on"),
    ),
}


@dataclass(frozen=True)
class BankSource:
    """A place banks are read from: a file or a folder, and where it came from."""

    path: Path
    kind: SourceKind
    required: bool = True


@dataclass(frozen=True)
class LoadResult:
    banks: tuple[Bank, ...]
    problems: tuple[Problem, ...]

    def by_role(self, role: Role) -> tuple[Bank, ...]:
        return tuple(bank for bank in self.banks if bank.role == role)

    def get(self, bank_id: str) -> Bank | None:
        return next((bank for bank in self.banks if bank.id == bank_id), None)

    @property
    def question_count(self) -> int:
        return sum(len(bank.questions) for bank in self.banks)
