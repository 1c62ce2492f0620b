"""History: past sessions, newest first, a page at a time, filtered by role and bank."""

from __future__ import annotations

from functools import partial

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static

from interview_tui.banks.model import ROLES
from interview_tui.durations import format_duration
from interview_tui.errors import UserError
from interview_tui.review.history import (
    PAGE_SIZE,
    Filters,
    SessionSummary,
    banks_in_history,
    count_sessions,
    session_summaries,
)
from interview_tui.timefmt import counted, moment
from interview_tui.tui.cells import fit_cells
from interview_tui.tui.screens.confirm import confirm_delete
from interview_tui.tui.services import UsesServices
from interview_tui.tui.widgets.footer import AppFooter
from interview_tui.tui.widgets.table import Table


class PageLoaded(Message):
    def __init__(
        self,
        filters: Filters,
        rows: list[SessionSummary],
        offset: int,
        total: int | None,
        reload: int,
    ) -> None:
        super().__init__()
        self.filters, self.rows, self.offset, self.total = filters, rows, offset, total
        self.reload = reload  # which reload asked for it


#: Columns but the banks: their widest cells, and 2 cells of padding each (+2 scrollbar).
FIXED_WIDTH = 17 + 11 + 9 + 4 + 6 + 1 + 2 * 7 + 2
BANKS_WIDTH = (12, 34)


def banks_width(screen_width: int) -> int:
    """The banks column gets what the others leave, so Mean and Time stay in view."""
    return max(BANKS_WIDTH[0], min(BANKS_WIDTH[1], screen_width - FIXED_WIDTH))


def summary_cells(
    summary: SessionSummary, titles: dict[str, str], width: int = BANKS_WIDTH[1]
) -> tuple[str | Text, ...]:
    """A session's row: the banks cut to ``width`` cells; "●" marks an unfinished one."""
    banks = ", ".join(titles.get(b, b) for b in summary.banks)
    mean = f"{summary.mean_overall:.1f}" if summary.mean_overall is not None else "–"
    answered = f"{summary.answered}" + (f" +{summary.skipped} skip" if summary.skipped else "")
    return (
        moment(summary.started_at),
        summary.role,
        Text(fit_cells(banks, width)),  # a bank's title is text from a file, not markup
        answered,
        mean,
        format_duration(summary.seconds),
        "[b $warning]●[/]" if summary.unfinished else "",
    )


class HistoryScreen(UsesServices, Screen[None]):
    CSS_PATH = "screens.tcss"

    BINDINGS = [
        Binding("enter", "open", "Open", show=False),
        Binding("r", "cycle_role", "Role"),
        Binding("b", "cycle_bank", "Bank"),
        Binding("u", "resume", "Resume"),
        Binding("e", "export", "Export"),
        Binding("delete,x", "delete", "Delete"),
        Binding("escape", "app.pop_screen", "Back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.filters = Filters()
        self._loaded: list[SessionSummary] = []
        self._total: int | None = None
        self._loading = False

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="history-filters")
        yield Table(id="sessions", cursor_type="row", zebra_stripes=True)
        yield Static("", id="history-hint")
        yield AppFooter()

    def on_mount(self) -> None:
        self.sub_title = "history"
        table = self.query_one("#sessions", DataTable)
        for label in ("Started", "Role", "Banks", "Answered", "Mean", "Time", " "):
            table.add_column(label)

    def on_screen_resume(self) -> None:
        # Also sent when the screen is first shown: the one place it loads.
        self.reload()

    # -- loading -------------------------------------------------------------------------

    _reloads = 0

    def reload(self) -> None:
        # Counted: a page read before a delete can arrive after the reload that follows it,
        # and must not fill the list with the deleted session.
        self._reloads += 1
        self._loaded = []
        self._total = None
        self.query_one("#sessions", DataTable).clear()
        self._show_filters()
        self._load_page(0, self._reloads)

    @work(thread=True, exclusive=True, group="history")
    def _load_page(self, offset: int, reload: int) -> None:
        self._loading = True
        store, filters = self.services.store, self.filters
        try:
            total = count_sessions(store, filters) if offset == 0 else None
            rows = session_summaries(store, filters, PAGE_SIZE, offset)
        except UserError as error:
            self.app.call_from_thread(self.notify, str(error), severity="error")
            return
        self.post_message(PageLoaded(filters, rows, offset, total, reload))

    def on_page_loaded(self, message: PageLoaded) -> None:
        self._loading = False
        stale = message.reload != self._reloads or message.filters != self.filters
        if stale or message.offset != len(self._loaded):
            return  # a page for an older filter or an older reload
        if message.total is not None:
            self._total = message.total
        titles = {bank.id: bank.title for bank in self.services.banks.banks}
        table = self.query_one("#sessions", DataTable)
        width = banks_width(self.size.width or self.app.size.width)
        for summary in message.rows:
            table.add_row(*summary_cells(summary, titles, width), key=str(summary.id))
        self._loaded.extend(message.rows)
        self._show_filters()

    @on(DataTable.RowHighlighted, "#sessions")
    def _maybe_load_more(self, event: DataTable.RowHighlighted) -> None:
        more = self._total is not None and len(self._loaded) < self._total
        if more and not self._loading and event.cursor_row >= len(self._loaded) - 10:
            self._loading = True
            self._load_page(len(self._loaded), self._reloads)

    def _show_filters(self) -> None:
        role = self.filters.role or "all roles"
        bank = self.filters.bank_id or "all banks"
        count = "…" if self._total is None else counted(self._total, "session")
        self.query_one("#history-filters", Static).update(
            f"[b]{count}[/b]  ·  {role} [dim](r)[/dim]  ·  {bank} [dim](b)[/dim]"
        )
        empty = self._total == 0
        self.query_one("#history-hint", Static).update(
            "Nothing here yet: rehearse a few questions and they will show up."
            if empty
            else "[dim]enter open · [b $warning]●[/] unfinished: u resumes · +n skip: skipped[/dim]"
        )

    def selected(self) -> SessionSummary | None:
        table = self.query_one("#sessions", DataTable)
        if not table.row_count:
            return None
        return self._loaded[table.cursor_row] if table.cursor_row < len(self._loaded) else None

    # -- actions -------------------------------------------------------------------------

    def action_cycle_role(self) -> None:
        options = [None, *ROLES]
        self.filters = Filters(
            options[(options.index(self.filters.role) + 1) % len(options)], self.filters.bank_id
        )
        self.reload()

    def action_cycle_bank(self) -> None:
        options: list[str | None] = [None, *banks_in_history(self.services.store)]
        current = self.filters.bank_id if self.filters.bank_id in options else None
        self.filters = Filters(
            self.filters.role, options[(options.index(current) + 1) % len(options)]
        )
        self.reload()

    @on(DataTable.RowSelected, "#sessions")
    def action_open(self) -> None:
        summary = self.selected()
        if summary is not None:
            from interview_tui.tui.screens.session_detail import SessionDetailScreen

            self.app.push_screen(SessionDetailScreen(summary.id))

    def action_resume(self) -> None:
        summary = self.selected()
        if summary is None or not summary.unfinished:
            self.notify("Only an unfinished session can be resumed.", severity="warning")
            return
        self.services.resume_session(summary.id)

    def action_export(self) -> None:
        from interview_tui.tui.screens.export import ExportScreen

        summary = self.selected()
        self.app.push_screen(ExportScreen(summary.id if summary else None))

    def action_delete(self) -> None:
        summary = self.selected()
        if summary is None:
            return
        confirm_delete(
            self,
            "session",
            f"{moment(summary.started_at)}: {counted(summary.answered, 'answer')} with their "
            "ratings and the reflection.",
            partial(self.services.store.delete_session, summary.id),
            self.reload,
        )
