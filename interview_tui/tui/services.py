"""The one door through which screens reach the rest of the program.

A screen asks :class:`AppServices` for the loaded banks, the clock, the database and the
settings, and for the few moves of the practice cycle that span screens (start, resume,
reflect, compare). The app provides it (``InterviewApp.services``); a test may hand a screen
an app whose ``services`` is a fake. Screens never import the store, the scheduler or the app
module to do these things, so a screen's file shows everything it may ask for.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol, cast

if TYPE_CHECKING:
    from interview_tui.banks.model import Bank, LoadResult, Role
    from interview_tui.clock import Clock
    from interview_tui.coaching.wordlists import WordLists
    from interview_tui.paths import Paths
    from interview_tui.practice.plan import Order, SessionSetup
    from interview_tui.practice.rehearsal import Rehearsal
    from interview_tui.settings import Settings
    from interview_tui.store.database import Store
    from interview_tui.voice.options import VoiceOptions


class AppServices(Protocol):
    """Everything a screen may ask of the program around it."""

    # -- what is loaded and chosen -------------------------------------------------------

    role: Role
    setup: SessionSetup
    active_session: int | None
    #: Spoken answers (``practice --voice``); ``None``: typed.
    voice: VoiceOptions | None

    @property
    def banks(self) -> LoadResult: ...

    @property
    def banks_ready(self) -> bool: ...

    @property
    def clock(self) -> Clock: ...

    @property
    def store(self) -> Store: ...

    @property
    def settings(self) -> Settings: ...

    @property
    def paths(self) -> Paths: ...

    @property
    def words(self) -> WordLists: ...

    def criterion_labels(self) -> dict[str, str]: ...

    # -- moves of the practice cycle -------------------------------------------------------

    def start_session(
        self, bank: Bank, count: int, order: Order, time_limit: int | None, goal: str = ""
    ) -> None: ...

    def resume_session(self, session_id: int) -> None: ...

    def reflect(self, rehearsal: Rehearsal, replace: bool = True) -> None: ...

    def practise_questions(self, keys: Sequence[tuple[str, str]]) -> None: ...

    def open_compare(self, bank_id: str, question_id: str) -> None: ...

    def add_own_question(self, after: Callable[[], None] | None = None) -> None: ...

    def reload_banks(self) -> None: ...


class UsesServices:
    """Mixed into a screen: ``self.services`` is its door to the rest of the program."""

    @property
    def services(self) -> AppServices:
        app = cast("_HasServices", getattr(self, "app"))  # noqa: B009 - the mixin has no app
        return app.services


class _HasServices(Protocol):
    @property
    def services(self) -> AppServices: ...
