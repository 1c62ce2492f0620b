"""Home: the side of the table, its banks, and the setup of the next session."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.lazy import Lazy
from textual.markup import escape
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Button, DataTable, Footer, Header, Input, Label, Select, Static

from interview_tui.banks import Bank, Role
from interview_tui.durations import DurationError, parse_duration
from interview_tui.errors import UserError
from interview_tui.session import ORDERS, Order
from interview_tui.timefmt import ago
from interview_tui.tui.widgets.role_badge import RoleBadge

if TYPE_CHECKING:
    from interview_tui.tui.app import InterviewApp

ORDER_LABELS: dict[Order, str] = {
    "random": "Random",
    "sequential": "As written",
    "weakest": "Weakest first",
    "new": "Never practised first",
    "due": "Due (spaced repetition)",
}


class DueCounts(Message):
    def __init__(self, counts: dict[str, int]) -> None:
        super().__init__()
        self.counts = counts


class HomeScreen(Screen[None]):
    app: InterviewApp

    BINDINGS = [
        Binding("ctrl+r", "switch_role", "Switch role"),
        Binding("ctrl+o", "start", "Start session", show=False),  # enter starts too
        Binding("ctrl+n", "app.add_own_question", "New question"),
        Binding("ctrl+e", "app.my_questions", "My questions"),
        Binding("f2", "app.open_history", "History"),
        Binding("f3", "app.open_progress", "Progress"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="home"):
            with Vertical(id="bank-pane"):
                yield RoleBadge(id="role-badge")
                yield DataTable(id="banks", cursor_type="row", zebra_stripes=True)
                yield Static("Loading question banks…", id="bank-info")
            # The setup form mounts just after the first frame: the bank list comes first.
            yield Lazy(self._setup_form())
        yield Footer()

    def _setup_form(self) -> VerticalScroll:
        settings = self.app.settings
        limit = str(settings.time_limit) if settings.time_limit else ""
        return VerticalScroll(
            Label("Questions", classes="field-label"),
            Input(str(settings.questions), id="count", type="integer", max_length=3),
            Label("Order", classes="field-label"),
            Select(
                [(ORDER_LABELS[order], order) for order in ORDERS],
                value=settings.order,
                allow_blank=False,
                id="order",
            ),
            Label("Time per question", classes="field-label"),
            Input(limit, placeholder="bank's own (e.g. 90s, 2m)", id="time-limit"),
            Label("Goal for this session", classes="field-label"),
            Input(placeholder="e.g. answer in under two minutes", id="goal"),
            Button("Start ⏎", id="start", variant="primary"),
            id="setup",
            can_focus=False,  # tab from the bank list goes straight to the first field
        )

    def on_mount(self) -> None:
        self._due: dict[str, int] = {}
        table = self.query_one("#banks", DataTable)
        table.add_column("Bank", key="title")
        table.add_column("Qs", key="count")
        table.add_column("Practised", key="last")
        table.add_column("Due", key="due")
        self._show_role(self.app.role)
        # The list itself is filled on resume, which Textual also sends when the screen is
        # first shown: filling it here too would read the database twice.
        self.watch(self.app, "role", self._role_changed, init=False)
        table.focus()

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
        table = self.query_one("#banks", DataTable)
        selected = self.selected_bank()
        table.clear()
        if not self.app.banks_ready:
            return
        last = self.app.store.last_practised()
        now = self.app.clock.now()
        banks = self.app.banks.by_role(self.app.role)
        for bank in banks:
            # Nothing is due in a bank never practised: no need to wait for the worker.
            due = self._due.get(bank.id, None if bank.id in last else 0)
            table.add_row(
                bank.title,
                str(len(bank.questions)),
                ago(last.get(bank.id), now),
                "…" if due is None else str(due or ""),
                key=bank.id,
            )
        self._count_due(banks)
        if selected is not None and selected.role == self.app.role:
            table.move_cursor(row=table.get_row_index(selected.id))
        self._show_bank_info()

    @work(thread=True, exclusive=True, group="due")
    def _count_due(self, banks: tuple[Bank, ...]) -> None:
        """Questions due for review per bank (FSRS over the history): off the UI thread."""
        from interview_tui.schedule import due_counts

        try:
            counts = due_counts(self.app.store, banks, self.app.clock.now())
        except UserError:
            return  # a busy database: the column stays as it was
        self.post_message(DueCounts(counts))

    def on_due_counts(self, message: DueCounts) -> None:
        self._due.update(message.counts)
        table = self.query_one("#banks", DataTable)
        for bank_id, count in message.counts.items():
            if bank_id in table.rows:
                table.update_cell(bank_id, "due", str(count or ""))

    def selected_bank(self) -> Bank | None:
        table = self.query_one("#banks", DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return self.app.banks.get(key) if key else None

    @on(DataTable.RowHighlighted, "#banks")
    def _show_bank_info(self) -> None:
        info = self.query_one("#bank-info", Static)
        bank = self.selected_bank()
        if bank is None:
            info.update(
                f"No {self.app.role} banks loaded. Add one with --bank PATH or in "
                f"{escape(str(self.app.paths.user_banks_dir))}."
                if self.app.banks_ready
                else "Loading question banks…"
            )
            return
        rubric = ", ".join(criterion.label for criterion in bank.criteria)
        limit = f"{bank.time_limit}s" if bank.time_limit else "per question"
        info.update(
            f"[b]{escape(bank.title)}[/b]  [dim]{escape(bank.id)}[/dim]\n"
            f"{escape(bank.description)}\n"
            f"[dim]Rubric:[/dim] {escape(rubric)}   [dim]Time:[/dim] {limit}"
        )

    # -- actions -------------------------------------------------------------------------

    def action_switch_role(self) -> None:
        self.app.role = "interviewer" if self.app.role == "interviewee" else "interviewee"

    @on(DataTable.RowSelected, "#banks")
    @on(Input.Submitted)
    @on(Button.Pressed, "#start")
    def action_start(self) -> None:
        bank = self.selected_bank()
        if bank is None:
            self.notify("Pick a bank first.", severity="warning")
            return
        count_input = self.query_one("#count", Input)
        try:
            count = int(count_input.value or "0")
        except ValueError:
            count = 0
        if not 1 <= count <= 100:
            self.notify("Questions: a number from 1 to 100.", severity="error")
            count_input.focus()
            return
        time_input = self.query_one("#time-limit", Input)
        time_limit = None
        if time_input.value.strip():
            try:
                time_limit = parse_duration(time_input.value)
            except DurationError as error:
                self.notify(f"Time per question: {error}", severity="error")
                time_input.focus()
                return
        order = self.query_one("#order", Select).value
        self.app.start_session(
            bank,
            count=count,
            order=next((o for o in ORDERS if o == order), "random"),
            time_limit=time_limit,
            goal=self.query_one("#goal", Input).value,
        )
