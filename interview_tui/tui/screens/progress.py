"""Progress: ratings over time, per bank, category and criterion; practice days; weak spots."""

from __future__ import annotations

from datetime import date

from rich.cells import cell_len
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Header, Label, Sparkline, Static
from textual.worker import get_current_worker

from interview_tui.banks.model import ROLES, Role
from interview_tui.banks.text import plain_label
from interview_tui.errors import UserError
from interview_tui.review.history import Filters, TrendPoint
from interview_tui.review.progress import ProgressData, read_progress
from interview_tui.tui.cells import fit_cells
from interview_tui.tui.markup import escape
from interview_tui.tui.services import UsesServices
from interview_tui.tui.widgets.calendar import PracticeCalendar
from interview_tui.tui.widgets.delivery_trend import DeliveryTrend
from interview_tui.tui.widgets.footer import AppFooter
from interview_tui.tui.widgets.table import Table

LOADING = "Loading…"


class ProgressLoaded(Message):
    """The progress of ``filters``, read in the loading worker."""

    def __init__(self, filters: Filters, today: date, data: ProgressData) -> None:
        super().__init__()
        self.filters, self.today, self.data = filters, today, data


class ProgressFailed(Message):
    """Reading the progress of ``filters`` failed; ``error`` says why in one line."""

    def __init__(self, filters: Filters, error: str) -> None:
        super().__init__()
        self.filters, self.error = filters, error


def trend_text(points: list[TrendPoint]) -> str:
    if not points:
        return "[dim]no ratings yet[/dim]"
    first, last = points[0].mean, points[-1].mean
    arrow = "↑" if last > first + 0.1 else "↓" if last < first - 0.1 else "→"
    # "wk", not "weeks": a criterion's line must fit its box at 80 columns, on one line.
    return f"{first:.1f} {arrow} {last:.1f} [dim]· {len(points)} wk[/dim]"


def criteria_markup(
    criteria: dict[tuple[Role, str], list[TrendPoint]], labels: dict[str, str]
) -> str:
    """A line per criterion, under its role's name when both roles are shown."""
    width = min(16, max((cell_len(labels.get(c, c)) for _, c in criteria), default=0))
    roles = list(dict.fromkeys(role for role, _ in criteria))
    lines = []
    for role in roles:
        if len(roles) > 1:
            lines.append(f"[b]{role.capitalize()}[/b]")
        for (of, name), points in criteria.items():
            if of == role:
                label = fit_cells(labels.get(name, name), width)
                pad = " " * max(0, width - cell_len(label))
                lines.append(f"{escape(label)}{pad} {trend_text(points)}")
    return "\n".join(lines)


def mean_text(value: float | None) -> str:
    return f"{value:.1f}" if value is not None else "–"


class ProgressScreen(UsesServices, Screen[None]):
    CSS_PATH = "screens.tcss"

    BINDINGS = [
        Binding("r", "cycle_role", "Role"),
        Binding("p", "practise", "Practise weakest"),
        Binding("enter", "compare", "Compare", show=False),
        Binding("escape", "app.pop_screen", "Back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.filters = Filters()
        self.data: ProgressData | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="progress-filters")
        # Replaced by the numbers when they are read (or by what went wrong): on a long
        # history that takes a moment, and the keys work meanwhile.
        yield Static(LOADING, id="progress-status", markup=False)
        with VerticalScroll(id="progress"):
            with Horizontal(classes="progress-row"):
                with Vertical(id="overall-box", classes="progress-box"):
                    yield Label("Mean rating per week", classes="box-title")
                    yield Sparkline([], id="overall-spark")
                    yield Static("", id="overall-text")
                    yield Static("", id="criteria-text")
                with Vertical(id="calendar-box", classes="progress-box"):
                    yield Label("Practice days, last 12 weeks", classes="box-title")
                    yield PracticeCalendar(id="calendar")
            yield Label("Weakest and stumped questions (p: practise them)", classes="box-title")
            yield Table(id="weakest", cursor_type="row", zebra_stripes=True)
            yield DeliveryTrend(id="delivery-trend", classes="progress-box")
            with Horizontal(classes="progress-row"):
                yield Table(id="by-bank", cursor_type="none", classes="stat-table")
                yield Table(id="by-category", cursor_type="none", classes="stat-table")
        yield AppFooter()

    def on_mount(self) -> None:
        self.sub_title = "progress"
        for table_id, first in (("#by-bank", "Bank"), ("#by-category", "Category")):
            table = self.query_one(table_id, DataTable)
            for label in (first, "Mean", "Answers", "Stumped"):
                table.add_column(label)
        weakest = self.query_one("#weakest", DataTable)
        for label in ("Question", "Bank", "Recent", "Stumped", "Tries"):
            weakest.add_column(label)
        self.reload()

    def reload(self) -> None:
        """Read the progress of the current filters afresh; the screen says it is loading."""
        role = self.filters.role or "all roles"
        self.query_one("#progress-filters", Static).update(
            f"[b]{role}[/b] [dim](r to change)[/dim]"
        )
        self.data = None  # `p` and `enter` must not act on another role's questions
        status = self.query_one("#progress-status", Static)
        status.update(LOADING)
        status.remove_class("failed")
        status.display = True
        # Exclusive: starting this load cancels the one before, which stops at its next query.
        self._load(self.filters, self.services.clock.now().date())

    @work(thread=True, exclusive=True, group="progress")
    def _load(self, filters: Filters, today: date) -> None:
        worker = get_current_worker()
        try:
            data = read_progress(
                self.services.store, filters, today, stopped=lambda: worker.is_cancelled
            )
        except UserError as error:
            self.post_message(ProgressFailed(filters, str(error)))
            return
        if data is not None and not worker.is_cancelled:
            self.post_message(ProgressLoaded(filters, today, data))

    def on_progress_failed(self, message: ProgressFailed) -> None:
        if message.filters != self.filters:
            return  # a load for a role the user has since left
        status = self.query_one("#progress-status", Static)
        status.update(f"Could not read your progress: {message.error}")
        status.add_class("failed")
        self.notify(message.error, severity="error")

    def on_progress_loaded(self, message: ProgressLoaded) -> None:
        if message.filters != self.filters:
            return
        self.query_one("#progress-status", Static).display = False
        self._show(message.data, message.today)

    def _show(self, data: ProgressData, today: date) -> None:
        self.data = data
        self.query_one("#overall-spark", Sparkline).data = [p.mean for p in data.trend]
        self.query_one("#overall-text", Static).update("Overall  " + trend_text(data.trend))
        labels = self.services.criterion_labels()
        self.query_one("#criteria-text", Static).update(criteria_markup(data.criteria, labels))
        self.query_one(PracticeCalendar).show(data.days, today)
        self.query_one(DeliveryTrend).show(data.delivery)
        titles = {bank.id: bank.title for bank in self.services.banks.banks}
        # Two tables side by side: the names give way so that Mean, Answers, Stumped show.
        name_width = max(10, min(40, self.app.size.width // 2 - 28))
        for table_id, stats, names in (
            ("#by-bank", data.banks, titles),
            ("#by-category", data.categories, {}),
        ):
            table = self.query_one(table_id, DataTable)
            table.clear()
            for stat in stats:
                name = fit_cells(names.get(stat.name) or plain_label(stat.name), name_width)
                cells = (mean_text(stat.mean), str(stat.attempts), str(stat.stumped))
                table.add_row(Text(name), *cells)
        weakest = self.query_one("#weakest", DataTable)
        weakest.clear()
        # The numbers stay in view: question and bank share what they leave, 2:1.
        free = max(24, self.app.size.width - 32)
        text_width, bank_width = min(44, free * 2 // 3), min(22, free // 3)
        for question in data.weakest:
            text = question.question_text
            bank = titles.get(question.bank_id, question.bank_id)
            weakest.add_row(
                Text(fit_cells(text, text_width)),
                Text(fit_cells(bank, bank_width)),
                mean_text(question.recent_mean),
                str(question.stumped),
                str(question.attempts),
            )

    def action_cycle_role(self) -> None:
        options = [None, *ROLES]
        self.filters = Filters(options[(options.index(self.filters.role) + 1) % len(options)])
        self.reload()

    def _still_loading(self) -> bool:
        if self.data is None:
            self.notify("Still loading your progress; a moment.", timeout=2)
        return self.data is None

    def action_compare(self) -> None:
        if self._still_loading():
            return
        if self.data and self.data.weakest:
            stat = self.data.weakest[self.query_one("#weakest", DataTable).cursor_row]
            self.services.open_compare(stat.bank_id, stat.question_id)

    def action_practise(self) -> None:
        if self._still_loading():
            return
        if not self.data or not self.data.weakest:
            self.notify("No rated questions yet.", severity="warning")
            return
        self.services.practise_questions([stat.key for stat in self.data.weakest])
