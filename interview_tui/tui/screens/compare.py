"""Compare: every attempt at one question, and two of them side by side, word by word."""

from __future__ import annotations

from rich.cells import cell_len
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Header, Label, Sparkline, Static

from interview_tui.banks.model import Question
from interview_tui.coaching.applies import insights_for
from interview_tui.durations import format_duration
from interview_tui.errors import UserError
from interview_tui.review.analysis import Segment, word_count, word_diff
from interview_tui.review.delivery import with_question_recordings
from interview_tui.review.history import question_history
from interview_tui.review.ratings import criterion_label, ordered_criteria
from interview_tui.review.ticks import key_point_lines
from interview_tui.store.records import AttemptRecord
from interview_tui.timefmt import moment
from interview_tui.tui.cells import fit_cells
from interview_tui.tui.markup import escape
from interview_tui.tui.screens.playback import PlaysRecordings
from interview_tui.tui.screens.rate import insights_markup
from interview_tui.tui.services import UsesServices
from interview_tui.tui.widgets.delivery_panel import DeliveryPanel
from interview_tui.tui.widgets.footer import AppFooter
from interview_tui.tui.widgets.table import Table

NO_RECORDING = "No recording: this attempt was typed."
NOT_MEASURED = "Recorded (space plays it); its delivery was not measured."
STYLE = {"same": "", "removed": "strike $error", "added": "b $success"}


def verdict(attempts: list[AttemptRecord]) -> str:
    """One line that answers "am I getting better at this?"."""
    rated = [a.overall for a in attempts if a.overall is not None]
    if len(rated) < 2:
        return "Only one rated attempt so far: practise it again to see a trend."
    first, last, previous = rated[0], rated[-1], rated[-2]
    change = last - first
    if change > 0.25:
        head = f"[b $success]Getting better[/]: {first:.1f} → {last:.1f}"
    elif change < -0.25:
        head = f"[b $error]Slipping[/]: {first:.1f} → {last:.1f}"
    else:
        head = f"[b]Steady[/]: {first:.1f} → {last:.1f}"
    return (
        f"{head} over {len(rated)} rated attempts (latest {last - previous:+.1f} vs the one before)"
    )


def diff_markup(segments: tuple[Segment, ...]) -> str:
    return " ".join(
        f"[{STYLE[s.change]}]{escape(s.text)}[/]" if STYLE[s.change] else escape(s.text)
        for s in segments
    )


#: Cells for a criterion's label beside its score.
LABEL_CELLS = 16


def side_markup(
    title: str, attempt: AttemptRecord, other: AttemptRecord | None, labels: dict[str, str]
) -> str:
    """An attempt's facts and ratings, each criterion with its change against ``other``."""
    overall = f"{attempt.overall:.1f}" if attempt.overall is not None else "–"
    head = (
        f"[b]{title}[/b] · {moment(attempt.submitted_at or attempt.started_at)}\n"
        f"[dim]overall[/dim] [b]{overall}[/b] · {format_duration(attempt.seconds_spent)} of "
        f"{format_duration(attempt.time_limit)} · {word_count(attempt.answer)} words"
        + (" · stumped" if attempt.stumped else "")
    )
    rows = []
    # The rubric's order, not the store's (alphabetical by id).
    for name in ordered_criteria(attempt.ratings, labels):
        score = attempt.ratings[name]
        delta = ""
        if other is not None and name in other.ratings:
            change = score - other.ratings[name]
            color = "$success" if change > 0 else "$error" if change < 0 else "$text-muted"
            delta = f" [{color}]{change:+d}[/]" if change else " [dim]=[/dim]"
        # A column of 16 cells: half of an 80-column screen keeps its scores in line.
        label = fit_cells(criterion_label(name, labels), LABEL_CELLS)
        pad = " " * (LABEL_CELLS - cell_len(label))
        rows.append(f"{escape(label)}{pad} {score}{delta}")
    return head + "\n" + ("\n".join(rows) or "[dim]not rated[/dim]")


def pace_cell(attempt: AttemptRecord) -> str:
    """The attempts table's "wpm": the pace once transcribed, "rec" for a recording without
    it yet, "–" for a typed attempt. Short: at 80 columns the table has 5 cells left for it."""
    if attempt.audio_path is None:
        return "–"
    wpm = (attempt.delivery or {}).get("words_per_minute")
    if isinstance(wpm, int | float) and not isinstance(wpm, bool):
        return f"{wpm:.0f}"
    return "rec"


class CompareScreen(PlaysRecordings, UsesServices, Screen[None]):
    CSS_PATH = "screens.tcss"

    BINDINGS = [
        Binding("o", "pick('old')", "Set as older"),
        Binding("n", "pick('new')", "Set as newer"),
        Binding(
            "space", "play", "Play", tooltip="Listen to the attempt under the cursor; again stops"
        ),
        Binding("escape", "app.pop_screen", "Back"),
    ]

    def __init__(self, bank_id: str, question_id: str) -> None:
        super().__init__()
        self.bank_id, self.question_id = bank_id, question_id
        self.attempts: list[AttemptRecord] = []
        self.old_index = self.new_index = 0

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="compare-title")
        yield Static("", id="compare-verdict")
        with Horizontal(id="compare-top"):
            yield Table(id="tries", cursor_type="row", zebra_stripes=True)
            with Vertical(id="trend"):
                yield Label("Overall, by attempt", classes="field-label")
                yield Sparkline([], id="spark")
        with Horizontal(id="sides"):
            with VerticalScroll(id="old-side", classes="side"):
                yield Static("", id="old-head")
                yield DeliveryPanel(id="old-delivery")
                yield Static("", id="old-insights", classes="side-insights")
                yield Static("", id="old-answer", classes="answer")
            with VerticalScroll(id="new-side", classes="side"):
                yield Static("", id="new-head")
                yield DeliveryPanel(id="new-delivery")
                yield Static("", id="new-insights", classes="side-insights")
                yield Static("", id="new-answer", classes="answer")
        yield AppFooter()

    def on_mount(self) -> None:
        self.sub_title = "compare"
        table = self.query_one("#tries", DataTable)
        for label in ("#", "When", "Overall", "Time", "Words"):
            table.add_column(label)
        self._load()

    @work(thread=True, exclusive=True, group="compare")
    def _load(self) -> None:
        try:
            store = self.services.store
            attempts = question_history(store, self.bank_id, self.question_id)
            # A spoken attempt shows its delivery beside its ratings, and can be heard.
            attempts = with_question_recordings(store, self.bank_id, self.question_id, attempts)
        except UserError as error:
            self.app.call_from_thread(self.notify, str(error), severity="error")
            return
        self.app.call_from_thread(self._show, attempts)

    @property
    def spoken(self) -> bool:
        """Any attempt at this question was spoken."""
        return any(a.audio_path is not None for a in self.attempts)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Play only where there is something to hear: typed questions keep their footer short.
        return self.spoken if action == "play" else True

    def selected(self) -> AttemptRecord | None:
        if not self.attempts:
            return None
        return self.attempts[self.query_one("#tries", DataTable).cursor_row]

    def _show(self, attempts: list[AttemptRecord]) -> None:
        self.attempts = attempts
        self.refresh_bindings()
        if not attempts:
            self.query_one("#compare-title", Static).update("No submitted attempts yet.")
            return
        self.query_one("#compare-title", Static).update(
            f"[b]{escape(attempts[-1].question_text)}[/b]"
        )
        self.query_one("#compare-verdict", Static).update(verdict(attempts))
        self.query_one(Sparkline).data = [a.overall or 0.0 for a in attempts]
        table = self.query_one("#tries", DataTable)
        if self.spoken:
            table.add_column("wpm")
        for number, attempt in enumerate(attempts, start=1):
            overall = f"{attempt.overall:.1f}" if attempt.overall is not None else "–"
            cells = [
                str(number),
                moment(attempt.submitted_at or attempt.started_at),
                overall,
                format_duration(attempt.seconds_spent),
                str(word_count(attempt.answer)),
            ]
            table.add_row(*cells, *([pace_cell(attempt)] if self.spoken else []))
        table.move_cursor(row=len(attempts) - 1)
        table.focus()
        self.new_index = len(attempts) - 1
        self.old_index = max(0, len(attempts) - 2)
        self._show_sides()

    def _show_sides(self) -> None:
        old, new = self.attempts[self.old_index], self.attempts[self.new_index]
        bank = self.services.banks.get(self.bank_id)
        labels = {c.id: c.label for c in bank.criteria} if bank else {}
        labels = labels or self.services.criterion_labels()
        diff = word_diff(old.answer, new.answer)
        # Ratings, then delivery, then insights: what was measured stays in view at 80x24.
        self.query_one("#old-head", Static).update(
            side_markup(f"Attempt {self.old_index + 1}", old, None, labels)
        )
        self.query_one("#new-head", Static).update(
            side_markup(f"Attempt {self.new_index + 1}", new, old, labels)
        )
        self.query_one("#old-insights", Static).update(self._insights(old))
        self.query_one("#new-insights", Static).update(self._insights(new))
        for panel_id, attempt in (("#old-delivery", old), ("#new-delivery", new)):
            self.query_one(panel_id, DeliveryPanel).show(
                attempt.delivery, absent=self._absent(attempt)
            )
        self.query_one("#old-answer", Static).update(diff_markup(diff.old))
        self.query_one("#new-answer", Static).update(diff_markup(diff.new))

    def _absent(self, attempt: AttemptRecord) -> str | None:
        """What the delivery panel says of an attempt without measures (nothing on a typed
        question: every attempt there was typed)."""
        if not self.spoken:
            return None
        return NO_RECORDING if attempt.audio_path is None else NOT_MEASURED

    def _insights(self, attempt: AttemptRecord) -> str:
        """The attempt's insights, against the question as the bank has it now."""
        bank = self.services.banks.get(self.bank_id)
        question = (bank.question(self.question_id) if bank else None) or Question(
            self.question_id, attempt.question_text, attempt.category
        )
        insights = insights_for(
            attempt.answer,
            question,
            bank,
            bank.role if bank else "interviewee",
            attempt.time_limit,
            self.services.words,
        )
        markup = insights_markup(insights)
        if attempt.key_point_ticks:
            # What the user ticked, beside what is detected now.
            lines = key_point_lines(attempt.key_point_ticks, insights.as_dict())
            markup += "\n" + escape("\n".join(lines))
        return markup

    def action_pick(self, side: str) -> None:
        if not self.attempts:
            return
        row = self.query_one("#tries", DataTable).cursor_row
        if side == "old":
            self.old_index = row
        else:
            self.new_index = row
        self._show_sides()
