"""The Textual application: screens over the domain, with everything it needs injected."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property, partial
from pathlib import Path
from random import Random
from typing import TYPE_CHECKING, Literal

from textual import work
from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen

from interview_tui.banks.model import Bank, BankSource, LoadResult, Role
from interview_tui.banks.sources import load_banks, load_cached_banks
from interview_tui.clock import Clock, SystemClock
from interview_tui.errors import UserError
from interview_tui.paths import Paths
from interview_tui.practice.plan import Order, SessionPlan, plan_questions
from interview_tui.practice.remembered import remembered_choices
from interview_tui.settings import LoadedSettings, Settings
from interview_tui.store.database import Store
from interview_tui.tui.due_prefetch import DuePrefetch
from interview_tui.tui.keeping import KeepingApp
from interview_tui.tui.keys import OwnCommandsApp
from interview_tui.tui.screens.home import HomeScreen
from interview_tui.tui.warm_up import WARM_UP_DELAY, warm_up

if TYPE_CHECKING:
    # The other screens are imported when first shown: start-up pays only for home.
    from interview_tui.banks.personal import QuestionDraft
    from interview_tui.coaching.wordlists import WordLists
    from interview_tui.practice.rehearsal import Rehearsal
    from interview_tui.store.records import SessionRecord
    from interview_tui.tui.screens.resume import ResumeChoice
    from interview_tui.tui.services import AppServices
    from interview_tui.voice.options import VoiceOptions


HEARTBEAT_SECONDS = 30
#: Every screen's styles but home's, which are in app.tcss with what all screens share.
SCREEN_STYLES = Path(__file__).parent / "screens" / "screens.tcss"
StartScreen = Literal["home", "history"]


@dataclass(frozen=True)
class PracticeRequest:
    """Start straight into a session (``interview-tui practice``)."""

    bank_id: str
    count: int
    order: Order
    time_limit: int | None = None
    interview_date: date | None = None
    read_aloud: bool = False


class BanksLoaded(Message):
    def __init__(self, result: LoadResult) -> None:
        super().__init__()
        self.result = result


class InterviewApp(KeepingApp, OwnCommandsApp):
    CSS_PATH = "app.tcss"
    TITLE = "interview-tui"
    BINDINGS = [
        Binding("f1,question_mark", "help", "Help"),
        Binding("ctrl+q", "quit", "Quit", priority=True),
    ]

    role: reactive[Role] = reactive[Role]("interviewee")

    def __init__(
        self,
        paths: Paths,
        bank_sources: Sequence[BankSource] = (),
        clock: Clock | None = None,
        settings: LoadedSettings | None = None,
        banks: LoadResult | None = None,
        practice: PracticeRequest | None = None,
        rng: Random | None = None,
        start: StartScreen = "home",
        voice: VoiceOptions | None = None,
    ) -> None:
        super().__init__()
        self.paths = paths
        self.bank_sources = list(bank_sources)
        self.clock: Clock = clock or SystemClock()
        loaded = settings or LoadedSettings(Settings())
        self.settings = loaded.settings
        self._warnings = list(loaded.warnings)
        self.practice = practice
        self.start = start
        self.rng = rng
        # Opening the store first means a locked or foreign database stops us before any UI.
        self.store = Store.open(paths.database, self.clock)
        self.banks = banks or LoadResult((), ())
        # Banks unchanged since the last run come from the cache (a few ms), so home is
        # composed full; otherwise they are parsed in a worker once the app runs.
        self.banks_ready = banks is not None or self._load_cached_banks()
        #: What the setup dialog offers next: the last choices, else the settings.
        remembered = remembered_choices(paths.data_dir, self.settings)
        self.setup = remembered.setup
        self.set_reactive(InterviewApp.role, remembered.role)
        self._show_role(self.role)  # before the first frame: no restyle once it is drawn
        #: Home's due counts, counted while Textual starts (cached banks only: else later).
        self.due_prefetch = (
            DuePrefetch(self.store, self.banks.banks, self.clock.now())
            if self.banks_ready
            else None
        )
        #: The session being rehearsed or reflected on, kept marked as alive.
        self.active_session: int | None = None
        self.voice = voice

    # -- start-up ------------------------------------------------------------------------

    def on_mount(self) -> None:
        if self.settings.theme == self.theme:
            pass  # assigning a theme re-parses every stylesheet: only do it for a change
        elif self.settings.theme in self.available_themes:
            self.theme = self.settings.theme
        else:
            self._warnings.append(f"unknown theme {self.settings.theme!r}; using the default")
        # A session open for longer than the store's stale limit must not look abandoned
        # to a second instance, even while paused or on the reflection screen.
        self.set_interval(HEARTBEAT_SECONDS, self._heartbeat)
        self.call_after_refresh(self._read_screen_styles)
        if self.start == "history":
            self.action_open_history()
        for warning in self._warnings:
            self.notify(warning, title="config.yaml", severity="warning", timeout=8)
        if self.banks_ready:
            self.call_after_refresh(self._after_banks)
        else:
            self._load_banks()
        self.set_timer(WARM_UP_DELAY, lambda: warm_up(lambda: self.words))

    def get_default_screen(self) -> Screen[None]:
        """Home is the bottom of the stack: no blank screen is drawn before it."""
        return HomeScreen()

    def _read_screen_styles(self) -> None:
        """Parse the other screens' styles once home is drawn, so that none waits for them.

        Those screens name the file in their CSS_PATH. Read here first, Textual finds it
        loaded when one opens; a screen opened before this (``--start history``) has Textual
        read it then, and this does nothing.
        """
        path = str(SCREEN_STYLES.resolve())
        if not self.stylesheet.has_source(path):
            css = SCREEN_STYLES.read_text(encoding="utf-8")
            self.stylesheet.add_source(css, read_from=(path, ""))
            self.stylesheet.parse()

    def _load_cached_banks(self) -> bool:
        """Take the banks from the cache if none changed: the home screen is full at once."""
        from interview_tui.banks.cache import BankCache

        cached = load_cached_banks(self.bank_sources, BankCache(self.paths.bank_cache))
        if cached is None:
            return False
        self.banks, self.banks_ready = cached, True
        return True

    @work(thread=True, exclusive=True, group="banks")
    def _load_banks(self) -> None:
        from interview_tui.banks.cache import BankCache

        cache = BankCache(self.paths.bank_cache)
        self.post_message(BanksLoaded(load_banks(self.bank_sources, cache)))

    def on_banks_loaded(self, message: BanksLoaded) -> None:
        first = not self.banks_ready
        self.banks = message.result
        self.banks_ready = True
        if isinstance(self.screen, HomeScreen):
            self.screen.refresh_banks()
        if first:
            self._after_banks()

    def reload_banks(self) -> None:
        """Load the banks again (after the user changed one of theirs)."""
        self._load_banks()

    def add_own_question(self, after: Callable[[], None] | None = None) -> None:
        """Write a new question into the personal bank of the current role."""
        from interview_tui.banks.personal import add_question, personal_bank_path
        from interview_tui.tui.screens.question_editor import QuestionEditorScreen

        role = self.role
        path = personal_bank_path(self.paths.user_banks_dir, role)

        def save(draft: QuestionDraft | None) -> None:
            if draft is None:
                return
            try:
                add_question(path, role, draft)
            except UserError as error:
                self.notify(str(error), severity="error", timeout=12)
                return
            self.notify(f"Added to “My questions ({role})”: pick it on the home screen.")
            if after is not None:
                after()
            else:
                self.reload_banks()

        self.push_screen(QuestionEditorScreen(role), save)

    def action_add_own_question(self) -> None:
        self.add_own_question()

    def action_my_questions(self) -> None:
        from interview_tui.tui.screens.my_questions import MyQuestionsScreen

        self.push_screen(MyQuestionsScreen())

    def _after_banks(self) -> None:
        for problem in self.banks.problems[:5]:
            self.notify(str(problem), title="Bank not loaded", severity="error", timeout=12)
        if len(self.banks.problems) > 5:
            self.notify(
                f"{len(self.banks.problems) - 5} more problems: run 'interview-tui validate'",
                severity="error",
            )
        if self.practice is not None:
            self._start_practice(self.practice)
        else:
            self._offer_resume()

    def _start_practice(self, request: PracticeRequest) -> None:
        bank = self.banks.get(request.bank_id)
        if bank is None:
            self.notify(f"No bank {request.bank_id!r}.", severity="error")
            return
        self.role = bank.role
        if request.interview_date is not None:
            self.setup = replace(self.setup, interview_date=request.interview_date)
        self.setup = replace(self.setup, read_aloud=request.read_aloud)
        self.start_session(bank, request.count, request.order, request.time_limit)

    def _offer_resume(self) -> None:
        try:
            orphans = self.store.orphaned_sessions()
            current = self.store.current_attempt(orphans[0]) if orphans else None
        except UserError as error:
            self.notify(str(error), severity="error")
            return
        if not orphans:
            return
        session = orphans[0]
        titles = ", ".join(
            bank.title if (bank := self.banks.get(bank_id)) else bank_id
            for bank_id in session.banks
        )
        words = len(current.answer.split()) if current else 0
        from interview_tui.tui.screens.resume import ResumeScreen

        self.push_screen(ResumeScreen(session, titles, words), partial(self._resume, session))

    def _resume(self, session: SessionRecord, choice: ResumeChoice | None) -> None:
        """What the user chose for an unfinished session: resume, finish, or later."""
        if choice == "finish":
            try:
                self.store.claim_session(session)  # not one another window has taken since
                self.store.finish_session(session.id)
            except UserError as error:
                self.notify(f"Not closed: {error}.", severity="warning", timeout=10)
                return
            self.notify("Session closed; its answers are kept.")
        elif choice == "resume":
            from interview_tui.practice.rehearsal import Rehearsal
            from interview_tui.tui.screens.rehearse import RehearseScreen

            try:
                # Claimed as it was when offered: another window may have taken it meanwhile.
                rehearsal = Rehearsal.resume(self.store, session, self.banks, self.clock)
            except UserError as error:
                self.notify(f"Not resumed: {error}.", severity="warning", timeout=10)
                return
            self.recover_draft(rehearsal)
            self.active_session = session.id
            self.role = session.role
            if rehearsal.done:
                self.reflect(rehearsal, replace=False)
            else:
                self.push_screen(RehearseScreen(rehearsal))

    @work(thread=True, exclusive=True, group="heartbeat")
    def _heartbeat(self) -> None:
        session_id = self.active_session
        if session_id is not None:
            # A busy database is no matter: the next beat will do.
            with suppress(UserError):
                self.store.heartbeat(session_id)

    # -- the cycle -----------------------------------------------------------------------

    def start_session(
        self, bank: Bank, count: int, order: Order, time_limit: int | None, goal: str = ""
    ) -> None:
        from interview_tui.coaching.schedule import Cadence, plan_for

        cadence = Cadence(self.settings.max_interval_days, self.setup.interview_date)
        try:
            plan = plan_for(
                self.store,
                bank,
                count,
                order,
                self.clock.now(),
                time_limit,
                goal,
                self.rng,
                cadence,
            )
        except UserError as error:
            self.notify(str(error), severity="error")
            return
        self._begin(plan)

    def _begin(self, plan: SessionPlan, prepare: bool = True) -> None:
        if prepare and plan.role == "interviewer" and self.settings.checklist:
            # The bank's own checklist, or the one for its kind of conversation.
            first = self.banks.get(plan.bank_ids[0]) if plan.items else None
            from interview_tui.practice.checklists import checklist_for
            from interview_tui.tui.screens.prepare import PrepareScreen

            def prepared(checklist: dict[str, bool] | None) -> None:
                if checklist is not None:
                    self._begin(plan, prepare=False)
                    if self.active_session is not None:
                        self.store.save_checklist(self.active_session, checklist)

            self.push_screen(PrepareScreen(checklist_for(first)), prepared)
            return
        try:
            from interview_tui.practice.rehearsal import Rehearsal

            rehearsal = Rehearsal.start(self.store, plan, self.clock)
        except UserError as error:
            self.notify(str(error), severity="error", timeout=12)
            return
        self.active_session = rehearsal.session_id
        from interview_tui.tui.screens.rehearse import RehearseScreen

        self.push_screen(RehearseScreen(rehearsal))

    def reflect(self, rehearsal: Rehearsal, replace: bool = True) -> None:
        from interview_tui.tui.screens.reflect import ReflectScreen

        screen = ReflectScreen(rehearsal)
        if replace:
            self.switch_screen(screen)
        else:
            self.push_screen(screen)

    @property
    def services(self) -> AppServices:
        """The door the screens use (see :mod:`interview_tui.tui.services`)."""
        return self

    @cached_property
    def words(self) -> WordLists:
        """Filler, hedge and cue lists: bundled, extended from ``<config>/words/``."""
        from interview_tui.coaching.wordlists import load_word_lists

        return load_word_lists(self.paths.config_dir)

    def criterion_labels(self) -> dict[str, str]:
        """Every criterion id known from the loaded banks and the defaults, with its label."""
        from interview_tui.review.ratings import criterion_labels

        return criterion_labels(self.banks.banks)

    def practise_questions(self, keys: Sequence[tuple[str, str]]) -> None:
        """A session on exactly these questions (those of the first one's role)."""
        chosen = []
        for bank_id, question_id in keys:
            bank = self.banks.get(bank_id)
            question = bank.question(question_id) if bank else None
            if bank is not None and question is not None:
                chosen.append((bank, question))
        if not chosen:
            self.notify("Those questions are no longer in any loaded bank.", severity="warning")
            return
        role = chosen[0][0].role
        plan = plan_questions([pair for pair in chosen if pair[0].role == role], goal="")
        self.role = role
        self._begin(plan)

    # -- review --------------------------------------------------------------------------

    def action_open_history(self) -> None:
        from interview_tui.tui.screens.history import HistoryScreen

        self.push_screen(HistoryScreen())

    def action_open_progress(self) -> None:
        from interview_tui.tui.screens.progress import ProgressScreen

        self.push_screen(ProgressScreen())

    def open_compare(self, bank_id: str, question_id: str) -> None:
        from interview_tui.tui.screens.compare import CompareScreen

        self.push_screen(CompareScreen(bank_id, question_id))

    def resume_session(self, session_id: int) -> None:
        """Resume an unfinished session from the history, unless another app has it open."""
        session = next((s for s in self.store.orphaned_sessions() if s.id == session_id), None)
        if session is None:
            self.notify("That session is open in another window.", severity="warning")
            return
        self._resume(session, "resume")

    # -- role ----------------------------------------------------------------------------

    def watch_role(self, role: Role) -> None:
        self._show_role(role)

    def _show_role(self, role: Role) -> None:
        self.set_class(role == "interviewer", "-interviewer")
        self.set_class(role == "interviewee", "-interviewee")

    # -- app-wide actions ----------------------------------------------------------------

    def action_help(self) -> None:
        from interview_tui.tui.screens.help import HelpScreen, keys_markdown

        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(keys_markdown(self.screen)))

    def on_unmount(self) -> None:
        self.store.close()
