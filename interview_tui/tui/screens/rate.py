"""Rate: 1–5 on each criterion of the rubric, "stumped me", and a note."""

from __future__ import annotations

from dataclasses import dataclass, field

from textual import on
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.markup import escape
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from interview_tui.banks.model import Criterion
from interview_tui.coaching.report import Insights
from interview_tui.durations import format_duration
from interview_tui.store.records import AttemptRecord
from interview_tui.tui.widgets.criterion_row import CriterionRow
from interview_tui.tui.widgets.key_point_ticks import KeyPointTicks
from interview_tui.tui.widgets.stumped_checkbox import SpaceCheckbox


def insights_markup(insights: Insights) -> str:
    """The insight lines, dimmed, with flags and over-time in the warning colour."""
    lines = []
    for line in insights.summary_lines():
        lines.append(f"[$warning]{escape(line)}[/]" if "⚑" in line else escape(line))
    return "\n".join(lines)


def highlighted_answer(answer: str, insights: Insights, limit: int = 600) -> str:
    """The answer with its filler words and hedges underlined (shortened if long)."""
    parts, cursor = [], 0
    for span in insights.spans:
        if span.start >= limit:
            break
        parts.append(escape(answer[cursor : span.start]))
        style = "u $warning" if span.kind == "filler" else "u $text-muted"
        parts.append(f"[{style}]{escape(answer[span.start : span.end])}[/]")
        cursor = span.end
    parts.append(escape(answer[cursor:limit]) + ("…" if len(answer) > limit else ""))
    return "".join(parts)


@dataclass(frozen=True)
class RatingResult:
    scores: dict[str, int]
    stumped: bool
    note: str
    key_points: dict[str, bool] = field(default_factory=dict)


class RateScreen(ModalScreen[RatingResult | None]):
    CSS_PATH = "screens.tcss"
    BINDINGS = [
        # Scores, moves and ticks are all priority bindings: handled by the app in the order
        # they were typed, so a burst like "4354↑ space" lands where it was meant to.
        *(
            Binding(str(n), f"score({n})", f"Score {n}", show=False, priority=True)
            for n in range(1, 6)
        ),
        # (Without priority the scrolling column around the fields takes ↑↓ to scroll.)
        Binding("up", "app.focus_previous", "Previous", show=False, priority=True),
        Binding("down", "app.focus_next", "Next", show=False, priority=True),
        # Space on a checkbox is handled here too, in key order with ↑↓ (see tick()).
        Binding("space", "tick", "Tick", show=False, priority=True),
        Binding("s", "stumped", "Stumped", show=False),
        Binding("enter", "save", "Save"),
        Binding("escape", "back", "Back to answer"),
    ]

    def __init__(
        self,
        attempt: AttemptRecord,
        criteria: tuple[Criterion, ...],
        insights: Insights | None = None,
    ) -> None:
        super().__init__()
        self.attempt = attempt
        self.criteria = criteria
        self.insights = insights

    def compose(self) -> ComposeResult:
        words = len(self.attempt.answer.split())
        spent = format_duration(self.attempt.seconds_spent)
        limit = format_duration(self.attempt.time_limit)
        with Vertical(id="rate-dialog", classes="dialog"):
            yield Label("Rate your answer", classes="dialog-title")
            yield Static(escape(self.attempt.question_text), id="rate-question")
            with Horizontal(id="rate-body"):
                with VerticalScroll(id="rate-left", can_focus=False):
                    over = " · [b $error]overtime[/]" if self.attempt.overtime else ""
                    yield Static(
                        f"[dim]{spent} of {limit} · {words} words[/dim]{over}", id="rate-facts"
                    )
                    if self.insights is not None:
                        yield Static(insights_markup(self.insights), id="rate-insights")
                        yield Static(
                            highlighted_answer(self.attempt.answer, self.insights),
                            id="rate-answer",
                        )
                with VerticalScroll(id="rate-criteria", can_focus=False):
                    for criterion in self.criteria:
                        yield CriterionRow(criterion)
                    yield SpaceCheckbox("This one stumped me", id="stumped")
                    if self.insights is not None and self.insights.key_points:
                        yield KeyPointTicks(self.insights.key_points, id="key-point-ticks")
                    yield Input(placeholder="A note for next time (optional)", id="note")
            yield Static(
                "[dim]1–5 score and move on · ↑↓ move · s stumped · enter save · "
                "esc back to the answer[/dim]",
                id="rate-help",
            )

    def on_mount(self) -> None:
        self.query(CriterionRow).first().focus()

    def action_score(self, score: int) -> None:
        row = self.focused
        if not isinstance(row, CriterionRow):
            raise SkipAction  # in the note, a digit is typed
        row.score = score
        rows = list(self.query(CriterionRow))
        # set_focus moves focus now, not after a refresh: keys typed in a burst ("4354")
        # must each land on the next criterion.
        if row is rows[-1]:
            # Rubric done: straight to the note, so typing goes where it is meant to.
            self.set_focus(self.query_one("#note", Input))
        else:
            self.set_focus(rows[rows.index(row) + 1])

    def action_tick(self) -> None:
        """Toggle the focused checkbox. A priority binding, like ↑↓, so that "↑ space ↑
        space" typed in a burst ticks the boxes it moved to; anywhere else space types."""
        if not isinstance(self.focused, SpaceCheckbox):
            raise SkipAction
        self.focused.toggle()

    def action_stumped(self) -> None:
        self.query_one("#stumped", SpaceCheckbox).toggle()

    @on(Input.Submitted, "#note")
    def action_save(self) -> None:
        scores = {
            row.criterion.id: row.score for row in self.query(CriterionRow) if row.score is not None
        }
        self.dismiss(
            RatingResult(
                scores=scores,
                stumped=self.query_one("#stumped", SpaceCheckbox).value,
                note=self.query_one("#note", Input).value,
                key_points=next((t.ticks() for t in self.query(KeyPointTicks)), {}),
            )
        )

    def action_back(self) -> None:
        self.dismiss(None)
