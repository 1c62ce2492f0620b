"""One rehearsal from first question to reflection: the session state the screens drive.

It owns the countdown of the current question and writes every step to the store at once,
so the screens only show state and forward the user's actions.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from interview_tui.banks.model import LoadResult, Question
from interview_tui.clock import Clock
from interview_tui.practice.plan import Countdown, PlannedQuestion, SessionPlan
from interview_tui.store.database import Store
from interview_tui.store.records import AttemptRecord, Reflection, SessionRecord


class Rehearsal:
    def __init__(
        self,
        store: Store,
        plan: SessionPlan,
        session_id: int,
        clock: Clock,
        position: int = 0,
        elapsed: float = 0.0,
        draft: str = "",
        pending: AttemptRecord | None = None,
    ) -> None:
        self.store = store
        self.plan = plan
        self.session_id = session_id
        self.clock = clock
        self.position = position
        self.draft = draft
        #: A submitted answer still waiting for its ratings (after a resume).
        self.pending = pending
        self.countdown = Countdown(self.current.time_limit if not self.done else 1, clock, elapsed)
        if pending is not None:
            self.countdown.pause()

    @classmethod
    def start(cls, store: Store, plan: SessionPlan, clock: Clock) -> Rehearsal:
        return cls(store, plan, store.start_session(plan), clock)

    @classmethod
    def resume(
        cls, store: Store, session: SessionRecord, banks: LoadResult, clock: Clock
    ) -> Rehearsal:
        """Pick up an unfinished session where it stopped, with its draft answer."""
        items = []
        for entry in session.plan:
            bank = banks.get(entry.bank_id)
            live = bank.question(entry.question_id) if bank else None
            # The bank may have changed or gone: the stored snapshot is enough to go on.
            question = live or Question(entry.question_id, entry.text, entry.category)
            items.append(PlannedQuestion(entry.bank_id, question, entry.time_limit))
        plan = SessionPlan(session.role, tuple(items), session.goal)
        store.claim_session(session)
        current = store.current_attempt(session)
        pending = current if current is not None and current.status == "submitted" else None
        return cls(
            store,
            plan,
            session.id,
            clock,
            position=session.position,
            elapsed=current.seconds_spent if current else 0.0,
            draft=current.answer if current else "",
            pending=pending,
        )

    # -- where we are --------------------------------------------------------------------

    @property
    def total(self) -> int:
        return len(self.plan.items)

    @property
    def done(self) -> bool:
        return self.position >= self.total

    @property
    def current(self) -> PlannedQuestion:
        return self.plan.items[min(self.position, self.total - 1)]

    # -- what the user does --------------------------------------------------------------

    def save_draft(self, answer: str) -> None:
        if not self.done:
            self.store.save_draft(
                self.session_id, self.position, self.current, answer, self.countdown.elapsed
            )

    def submit(self, answer: str, insights: Mapping[str, Any] | None = None) -> int:
        """Commit the answer (with its insights); the clock stops until the user edits again."""
        if self.done:
            raise ValueError("the session has no question left to answer")
        self.countdown.pause()
        attempt_id = self.store.submit_answer(
            self.session_id,
            self.position,
            self.current,
            answer,
            self.countdown.elapsed,
            insights,
        )
        self.pending = self.store.attempt(attempt_id)
        return attempt_id

    def reopen(self) -> None:
        """Back from rating to the answer: the clock runs again."""
        self.countdown.resume()

    def rate(
        self,
        scores: Mapping[str, int],
        stumped: bool,
        note: str,
        key_points: Mapping[str, bool] | None = None,
    ) -> None:
        assert self.pending is not None, "rate() needs a submitted answer"
        self.store.rate_attempt(self.pending.id, scores, stumped, note, key_points)
        self._advance()

    def skip(self, answer: str) -> None:
        if self.done:
            raise ValueError("the session has no question left to skip")
        self.store.skip_question(
            self.session_id, self.position, self.current, answer, self.countdown.elapsed
        )
        self._advance()

    def _advance(self) -> None:
        self.position += 1
        self.pending = None
        self.draft = ""
        if not self.done:
            self.countdown = Countdown(self.current.time_limit, self.clock)

    def end_early(self) -> None:
        """Stop asking questions; the reflection still follows."""
        self.countdown.pause()
        self.position = self.total

    def finish(self, reflection: Reflection) -> None:
        self.store.finish_session(self.session_id, reflection)

    def attempts(self) -> list[AttemptRecord]:
        return self.store.attempts(self.session_id)
