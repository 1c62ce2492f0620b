"""Rate: 1–5 on each criterion of the rubric, "stumped me", and a note."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from textual import events
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from interview_tui.banks.model import Criterion, Role
from interview_tui.coaching.report import Insights
from interview_tui.durations import format_duration
from interview_tui.store.records import AttemptRecord
from interview_tui.tui.held_keys import HeldKeys
from interview_tui.tui.markup import escape
from interview_tui.tui.screens.spoken_text import words_note
from interview_tui.tui.widgets.criterion_row import CriterionRow
from interview_tui.tui.widgets.delivery_panel import DeliveryPanel
from interview_tui.tui.widgets.footer import AppFooter
from interview_tui.tui.widgets.key_point_ticks import KeyPointTicks
from interview_tui.tui.widgets.stumped_checkbox import SpaceCheckbox

#: What the dialog calls things, in the words of each side of the table.
WORDING: dict[Role, tuple[str, str]] = {
    "interviewee": ("Rate your answer", "This one stumped me"),
    "interviewer": ("Rate your question", "I struggled to phrase this"),
}


def insights_markup(insights: Insights) -> str:
    """The insight lines, dimmed, with flags and over-time in the warning colour.

    The first line (words, time aloud) is left out: the facts line above says it once.
    """
    lines = []
    for line in insights.summary_lines()[1:]:
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


class Column(VerticalScroll, inherit_bindings=False, can_focus=False):
    """A column that scrolls with the mouse but leaves ↑↓ to the dialog (and its footer)."""


@dataclass(frozen=True)
class RatingResult:
    scores: dict[str, int]
    stumped: bool
    note: str
    key_points: dict[str, bool] = field(default_factory=dict)


class RateScreen(ModalScreen[RatingResult | None]):
    CSS_PATH = "screens.tcss"
    BINDINGS = [
        # Scores, moves and ticks are priority bindings: handled by the app in the order they
        # were typed, so a burst like "4354↑ space" lands where it was meant to. One key shows
        # for all five scores in the footer; the others work the same, unshown.
        Binding("1", "score(1)", "Score", key_display="1–5", priority=True),
        *(
            Binding(str(n), f"score({n})", f"Score {n}", show=False, priority=True)
            for n in range(2, 6)
        ),
        Binding("up", "app.focus_previous", "Previous", show=False, priority=True),
        Binding("down", "app.focus_next", "Move", key_display="↑↓", priority=True),
        # Space on a checkbox is handled here too, in key order with ↑↓ (see tick()).
        Binding("space", "tick", "Tick", show=False, priority=True),
        # s and enter too, so that "4 3 4 3 s enter" is taken in that order; after enter, what
        # is typed belongs to the next question and is held for it (see action_save).
        Binding("s", "stumped", "Stumped", priority=True),
        Binding("enter", "save", "Save", priority=True),
        Binding("escape", "back", "Back"),
    ]

    def __init__(
        self,
        attempt: AttemptRecord,
        criteria: tuple[Criterion, ...],
        insights: Insights | None = None,
        role: Role = "interviewee",
        delivery: Mapping[str, Any] | None = None,
        *,
        on_save: Callable[[], HeldKeys],
    ) -> None:
        super().__init__()
        # Called as the rating is saved, before the dialog closes: the screen below holds
        # the keys typed from then on (into what it returns) until the rating is written.
        self.on_save = on_save
        self._held: HeldKeys | None = None  # set once saved
        self.role = role
        self.delivery = delivery  # a spoken answer's measures (voice mode)
        self.attempt = attempt
        self.criteria = criteria
        self.insights = insights

    def _facts(self, answer: str) -> str:
        """Time spent, words (or why there are none yet), for an answer its time aloud, and
        overtime; as markup."""
        insights = self.insights
        spent = format_duration(self.attempt.seconds_spent)
        limit = format_duration(self.attempt.time_limit)
        missing = words_note(answer)
        if missing is not None:
            # A spoken answer whose transcript is not in: its placeholder is not its words.
            return self._with_overtime(f"{spent} of {limit} · {missing}")
        # One count of words, the insights' own, so that no two numbers disagree.
        words = insights.words if insights else len(answer.split())
        facts = f"{spent} of {limit} · {words} word{'s' if words != 1 else ''}"
        if insights is not None and self.role == "interviewee":
            # How long it takes to say matters for an answer, not for a question.
            facts += f" · about {format_duration(insights.speaking_seconds)} aloud"
            facts += " (over time)" if insights.over_time else ""
        return self._with_overtime(facts)

    def _with_overtime(self, facts: str) -> str:
        over = " · [b $error]overtime[/]" if self.attempt.overtime else ""
        return f"[dim]{escape(facts)}[/dim]{over}"

    def compose(self) -> ComposeResult:
        facts = self._facts(self.attempt.answer)
        title, stumped = WORDING[self.role]
        with Vertical(id="rate-dialog", classes="dialog"):
            yield Label(title, classes="dialog-title")
            yield Static(escape(self.attempt.question_text), id="rate-question")
            with Horizontal(id="rate-body"):
                with Column(id="rate-left"):
                    yield Static(facts, id="rate-facts")
                    if self.delivery is not None:
                        yield DeliveryPanel(self.delivery, id="rate-delivery")
                    if self.insights is not None:
                        yield Static(insights_markup(self.insights), id="rate-insights")
                        yield Static(
                            highlighted_answer(self.attempt.answer, self.insights),
                            id="rate-answer",
                        )
                with Column(id="rate-criteria"):
                    for criterion in self.criteria:
                        yield CriterionRow(criterion)
                    yield SpaceCheckbox(stumped, id="stumped")
                    if self.insights is not None and self.insights.key_points:
                        yield KeyPointTicks(self.insights.key_points, id="key-point-ticks")
                    yield Input(placeholder="A note for next time (optional)", id="note")
        yield AppFooter()

    def on_mount(self) -> None:
        self.query(CriterionRow).first().focus()

    def show_transcript(self, answer: str, delivery: Mapping[str, Any]) -> None:
        """The transcript came in while rating: count its words, show pace and fillers."""
        self.insights = None  # they were of the typed notes alone
        self.query_one("#rate-facts", Static).update(self._facts(answer))
        for panel in self.query("#rate-delivery").results(DeliveryPanel):
            panel.show(delivery)
        shown = escape(answer[:600]) + ("…" if len(answer) > 600 else "")
        found = self.query("#rate-answer").results(Static)
        if (static := next(found, None)) is not None:
            static.update(shown)
        elif words_note(answer) is None:
            self.query_one("#rate-left", Column).mount(Static(shown, id="rate-answer"))

    def action_score(self, score: int) -> None:
        row = self.focused
        if not isinstance(row, CriterionRow):
            raise SkipAction  # in the note, a digit is typed
        row.score = score
        rows = list(self.query(CriterionRow))
        # set_focus moves focus now, not after a refresh: keys typed in a burst ("4354")
        # must each land on the next criterion.
        if row is rows[-1]:
            # Rubric done: to "stumped", not the note, so that `s` and enter typed next
            # still mark and save; the note takes text once the user moves into it.
            self.set_focus(self.query_one("#stumped", SpaceCheckbox))
        else:
            self.set_focus(rows[rows.index(row) + 1])

    def action_tick(self) -> None:
        """Toggle the focused checkbox. A priority binding, like ↑↓, so that "↑ space ↑
        space" typed in a burst ticks the boxes it moved to; anywhere else space types."""
        if not isinstance(self.focused, SpaceCheckbox):
            raise SkipAction
        self.focused.toggle()

    def action_stumped(self) -> None:
        if isinstance(self.focused, Input):
            raise SkipAction  # in the note, s is typed
        self.query_one("#stumped", SpaceCheckbox).toggle()

    def action_save(self) -> None:
        """Save, in the order the keys were typed. Enter is taken by the app as it arrives,
        while the field with the focus may still have keys typed before it to handle (a note
        typed in a burst): the rating is read once they are in. Keys typed after enter are
        held from now on, for the screen below (see :meth:`on_key`)."""
        if self._held is not None:
            return  # saving already
        self._held = self.on_save()
        last = self.focused or self
        self.set_focus(None)  # what is typed next comes to this screen, to be held
        last.call_later(self._save)

    def _save(self) -> None:
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

    def on_key(self, event: events.Key) -> None:
        if self._held is not None:
            self._held.hold(event, every=True)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Once saved, the dialog's keys are the next question's: none of them act here.
        return self._held is None

    def action_back(self) -> None:
        self.dismiss(None)
