"""Home: the side of the table, its banks, and the setup of the next session."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Header, Static

from interview_tui.banks.model import Bank, Role
from interview_tui.errors import UserError
from interview_tui.practice.plan import SessionSetup
from interview_tui.timefmt import ago
from interview_tui.tui.held_keys import HeldKeys
from interview_tui.tui.markup import escape
from interview_tui.tui.services import UsesServices
from interview_tui.tui.widgets.bank_list import BankList
from interview_tui.tui.widgets.footer import AppFooter
from interview_tui.tui.widgets.role_badge import RoleBadge

if TYPE_CHECKING:
    from interview_tui.voice.options import VoiceOptions

#: The bank list's column of questions due for review.
DUE = 3


class DueCounts(Message):
    def __init__(self, counts: dict[str, int]) -> None:
        super().__init__()
        self.counts = counts


class HomeScreen(UsesServices, Screen[None]):
    BINDINGS = [
        # Not a priority binding: enter must wait its turn behind the ↓ typed before it,
        # or a burst "↓ ↓ enter" opens the bank the list was on. The focused list's own
        # enter (BankList) reads the same, so the footer does not change when it takes over.
        Binding("enter", "start", "Start session"),
        Binding(
            "ctrl+r", "switch_role", "Role", tooltip="Switch between interviewee and interviewer"
        ),
        # In help (f1) and the palette; the footer keeps to what fits in 80 columns.
        Binding("ctrl+n", "app.add_own_question", "New question", show=False),
        Binding("ctrl+e", "app.my_questions", "My questions", show=False),
        Binding("f2", "app.open_history", "History"),
        Binding("f3", "app.open_progress", "Progress"),
    ]

    def compose(self) -> ComposeResult:
        # Only what the first frame needs: the setup dialog is built when a bank is chosen.
        yield Header()
        with Vertical(id="bank-pane"):
            yield RoleBadge(id="role-badge")
            yield BankList(id="banks")
            yield Static("Loading question banks…", id="bank-info")
        yield AppFooter()

    def on_mount(self) -> None:
        self._due: dict[str, int] = {}
        self._start_when_loaded = False  # enter typed while the banks were still loading
        self._held = HeldKeys()  # a goal typed in the same burst as the enter
        self._show_role(self.services.role)
        # The list itself is filled on resume, which Textual also sends when the screen is
        # first shown: filling it here too would read the database twice.
        self.watch(self.app, "role", self._role_changed, init=False)

    def on_screen_resume(self) -> None:
        self.refresh_banks()

    def _show_role(self, role: Role) -> None:
        self.query_one(RoleBadge).show(role)
        self.sub_title = f"{role} · {'answer' if role == 'interviewee' else 'ask'}"

    def _role_changed(self, role: Role) -> None:
        self._show_role(role)
        self.refresh_banks()

    # -- the bank list -------------------------------------------------------------------

    def refresh_banks(self) -> None:
        """Fill the list with the current role's banks and when each was last practised."""
        if not self.is_mounted:
            return
        listing = self.query_one(BankList)
        if not self.services.banks_ready:
            listing.show([])
            return
        if self._start_when_loaded:
            self._start_when_loaded = False
            self.call_after_refresh(self.action_start)
        prefetch, fresh = self.services.due_prefetch, None
        if prefetch is not None:
            # Counted since launch: the first frame shows the numbers, not "…" then numbers.
            self.services.due_prefetch = None
            fresh = prefetch.counts(wait=0.25)
            self._due.update(fresh or {})
        try:
            last = self.services.store.last_practised()
        except UserError as error:  # a damaged database: the banks are still worth showing
            last = {}
            self.notify(str(error), severity="error", timeout=15)
        now = self.services.clock.now()
        banks = self.services.banks.by_role(self.services.role)
        rows = []
        for bank in banks:
            # Nothing is due in a bank never practised: no need to wait for the worker.
            due = self._due.get(bank.id, None if bank.id in last else 0)
            cells = (bank.title, str(len(bank.questions)), ago(last.get(bank.id), now))
            rows.append((bank.id, (*cells, "…" if due is None else str(due or ""))))
        listing.show(rows)
        practised = tuple(bank for bank in banks if bank.id in last)
        if practised and fresh is None:
            # After the first frame: the list is there at once, the counts follow.
            self.call_after_refresh(self._count_due, practised)
        self._show_bank_info()

    @work(thread=True, exclusive=True, group="due")
    def _count_due(self, banks: tuple[Bank, ...]) -> None:
        """Questions due for review per bank (FSRS over the history): off the UI thread."""
        from interview_tui.coaching.schedule import Cadence, due_counts

        services = self.services
        cadence = Cadence(services.settings.max_interval_days, services.setup.interview_date)
        try:
            counts = due_counts(services.store, banks, services.clock.now(), cadence)
        except UserError:
            return  # a busy database: the column stays as it was
        self.post_message(DueCounts(counts))

    def on_due_counts(self, message: DueCounts) -> None:
        self._due.update(message.counts)
        listing = self.query_one(BankList)
        for bank_id, count in message.counts.items():
            listing.set_cell(bank_id, DUE, str(count or ""))

    def selected_bank(self) -> Bank | None:
        bank_id = self.query_one(BankList).highlighted_id
        return self.services.banks.get(bank_id) if bank_id else None

    @on(BankList.OptionHighlighted, "#banks")
    def _show_bank_info(self) -> None:
        bank = self.selected_bank()
        if bank is None:
            text = (
                f"No {self.services.role} banks loaded. Add one with --bank PATH or in "
                f"{escape(str(self.services.paths.user_banks_dir))}."
                if self.services.banks_ready
                else "Loading question banks…"
            )
        else:
            rubric = ", ".join(criterion.label for criterion in bank.criteria)
            limit = f"{bank.time_limit}s" if bank.time_limit else "per question"
            text = (
                f"[b]{escape(bank.title)}[/b]  [dim]{escape(bank.id)}[/dim]\n"
                f"{escape(bank.description)}\n"
                f"[dim]Rubric:[/dim] {escape(rubric)}   [dim]Time:[/dim] {limit}"
            )
        # The list highlights its first bank once filled, after home is drawn: the same text
        # again must not lay the screen out a second time.
        if text != self._info_shown:
            self._info_shown = text
            self.query_one("#bank-info", Static).update(text)

    _info_shown = ""

    # -- actions -------------------------------------------------------------------------

    def action_switch_role(self) -> None:
        self.services.role = "interviewer" if self.services.role == "interviewee" else "interviewee"
        self._remember()

    @on(BankList.OptionSelected, "#banks")
    def action_start(self) -> None:
        """Set up a session on the highlighted bank; the dialog starts it."""
        from interview_tui.tui.screens.setup import SetupScreen

        bank = self.selected_bank()
        if bank is None and not self.services.banks_ready:
            # A new user's first launch parses the banks: the enter is kept, not lost, and
            # so is the goal typed after it.
            self._start_when_loaded = True
            self._held.start()
            return
        if bank is None:
            self._held.release(self.app)
            self.notify("Pick a bank first.", severity="warning")
            return
        setup = self.services.setup
        if self.services.voice is not None:
            # Started with `practice --voice [--audio-input FILE]`: speaking, in those terms.
            self._spoken = self.services.voice
            setup = replace(setup, answer_by="speaking")
        self._held.start()  # a click starts here, not with an enter
        self.app.push_screen(SetupScreen(bank, setup), partial(self._set_up, bank))
        self.app.call_after_refresh(self._held.release, self.app)

    def on_key(self, event: events.Key) -> None:
        # Textual runs the enter binding only once the key has bubbled up to the app, after
        # the keys typed behind it have reached the list: from the enter on, they are held
        # here for the setup dialog ("enter Goal" in one burst), until it has drawn.
        if not self._held.hold(event, every=True) and event.key == "enter":
            self._held.start()

    @work(thread=True, exclusive=True, group="choices")
    def _remember(self) -> None:
        """Keep the side of the table and the setup for the next launch (not the goal)."""
        from interview_tui.practice.remembered import Choices, choices_path, save_choices

        choices = Choices(self.services.role, self.services.setup)
        with suppress(OSError):  # a read-only data folder: the choices are merely forgotten
            save_choices(choices_path(self.services.paths.data_dir), choices)

    def _set_up(self, bank: Bank, setup: SessionSetup | None) -> None:
        if setup is None:
            return
        self.services.setup = replace(setup, goal="")  # the next session sets its own goal
        self._remember()
        self.services.voice = self._voice_for(setup)
        self.services.start_session(bank, setup.count, setup.order, setup.time_limit, setup.goal)

    _spoken: VoiceOptions | None = None

    def _voice_for(self, setup: SessionSetup) -> VoiceOptions | None:
        """How the session takes answers: typed, unless speaking is chosen and possible."""
        if setup.answer_by == "typing":
            return None
        from interview_tui.voice.extra import INSTALL_HINT, missing

        if missing():
            message = f"Answers are typed: to speak them, {INSTALL_HINT}."
            self.notify(message, severity="warning", markup=False)
            return None
        from interview_tui.voice.options import VoiceOptions

        return self._spoken or VoiceOptions()
