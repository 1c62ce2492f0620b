"""What the store gives back: plain, frozen values read from the database."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, get_args

from interview_tui.banks.model import Role

AttemptStatus = Literal["draft", "submitted", "skipped"]
ATTEMPT_STATUSES: tuple[AttemptStatus, ...] = get_args(AttemptStatus)


@dataclass(frozen=True)
class PlanEntry:
    """One planned question as stored with the session, enough to show it without its bank."""

    bank_id: str
    question_id: str
    text: str
    category: str
    time_limit: int


@dataclass(frozen=True)
class Reflection:
    went_well: str = ""
    improve: str = ""
    next_goals: str = ""

    @property
    def empty(self) -> bool:
        return not (self.went_well or self.improve or self.next_goals)

    def labelled(self) -> tuple[tuple[str, str], ...]:
        """The parts that were filled in, each with the title it is shown under."""
        parts = (
            ("What went well", self.went_well),
            ("What to improve", self.improve),
            ("Goals for next time", self.next_goals),
        )
        return tuple((title, text) for title, text in parts if text)


@dataclass(frozen=True)
class AttemptRecord:
    id: int
    session_id: int
    position: int
    bank_id: str
    question_id: str
    question_text: str
    category: str
    answer: str
    status: AttemptStatus
    started_at: str
    submitted_at: str | None
    seconds_spent: float
    time_limit: int
    overall: float | None
    stumped: bool
    note: str
    ratings: dict[str, int] = field(default_factory=dict)
    #: The insights shown when the answer was submitted (:mod:`interview_tui.coaching.insights`).
    insights: dict[str, Any] | None = None
    #: A spoken answer's recording, relative to the data folder, and its delivery measures
    #: (:mod:`interview_tui.voice.delivery`); filled in where they are needed (export).
    audio_path: str | None = None
    delivery: dict[str, Any] | None = None
    #: The key points the user ticked in the rate dialog: {key point: covered}, or None.
    key_point_ticks: dict[str, bool] | None = None

    @property
    def overtime(self) -> float:
        return max(0.0, self.seconds_spent - self.time_limit)


@dataclass(frozen=True)
class SessionRecord:
    id: int
    started_at: str
    ended_at: str | None
    role: Role
    banks: tuple[str, ...]
    goal: str
    plan: tuple[PlanEntry, ...]
    position: int
    reflection: Reflection
    owner_pid: int | None
    heartbeat_at: str | None
    #: The interviewer's preparation checklist: item → done.
    checklist: dict[str, bool] = field(default_factory=dict)
    thank_you: str = ""

    @property
    def finished(self) -> bool:
        return self.ended_at is not None
