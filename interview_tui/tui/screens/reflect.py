"""Reflect: how the session went, then three questions to carry into the next one."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Header, Label, Static, TextArea

from interview_tui.banks.model import Role
from interview_tui.durations import format_duration
from interview_tui.errors import UserError
from interview_tui.practice.rehearsal import Rehearsal
from interview_tui.store.records import AttemptRecord, Reflection
from interview_tui.timefmt import counted
from interview_tui.tui.cells import fit_cells
from interview_tui.tui.markup import escape
from interview_tui.tui.services import UsesServices
from interview_tui.tui.widgets.footer import AppFooter
from interview_tui.tui.widgets.table import Table
from interview_tui.tui.writes import TextSave

PROMPTS = (
    ("went_well", "What went well?"),
    ("improve", "What would you do better?"),
    ("next_goals", "Goals for next time"),
)


#: Every column but the question's at its widest, with 2 cells of padding each (+2 scrollbar).
FIXED_WIDTH = 2 + 14 + 7 + 7 + 7 + 2 * 6 + 4


def summary_columns(role: Role) -> tuple[str, ...]:
    """The columns of :func:`summary_row`, in the words of the side of the table."""
    return ("#", "Question", "Time", "Overall", STRUGGLED[role], "")


#: What the rate dialog's "stumped" box is called in a table, per side of the table.
STRUGGLED: dict[Role, str] = {"interviewee": "Stumped", "interviewer": "Struggled"}


def summary_row(attempt: AttemptRecord, width: int = 100) -> tuple[str | Text, ...]:
    """An attempt's row in a table ``width`` cells wide: the question takes what is left."""
    spent = format_duration(attempt.seconds_spent)
    limit = format_duration(attempt.time_limit)
    time = f"{spent}/{limit}" + (" over" if attempt.overtime else "")
    overall = f"{attempt.overall:.1f}" if attempt.overall is not None else "–"
    status = {"submitted": "", "skipped": "skipped", "draft": "unsent"}[attempt.status]
    text = attempt.question_text
    return (
        str(attempt.position + 1),
        Text(fit_cells(text, max(16, min(48, width - FIXED_WIDTH)))),  # bank text is data
        time,
        overall,
        "yes" if attempt.stumped else "",
        status,
    )


class ReflectScreen(UsesServices, Screen[None]):
    CSS_PATH = "screens.tcss"

    BINDINGS = [
        Binding("ctrl+s", "save", "Save and finish"),
        Binding("escape", "save", "Finish", show=False),
    ]

    def __init__(self, rehearsal: Rehearsal) -> None:
        super().__init__()
        self._save = TextSave(self)
        self.rehearsal = rehearsal

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="reflect"):
            yield Label("Session done: look back before you move on", classes="screen-title")
            goal = self.rehearsal.plan.goal
            yield Static(f"[dim]Your goal:[/dim] {escape(goal)}" if goal else "", id="reflect-goal")
            yield Table(id="summary", cursor_type="none", zebra_stripes=True)
            for key, prompt in PROMPTS:
                yield Label(prompt, classes="field-label")
                yield TextArea(id=key, classes="reflection", soft_wrap=True)
        yield AppFooter()

    def on_mount(self) -> None:
        self.sub_title = f"{self.rehearsal.plan.role} · reflect"
        table = self.query_one("#summary", DataTable)
        for label in summary_columns(self.rehearsal.plan.role):
            table.add_column(label)
        for attempt in self.rehearsal.attempts():
            table.add_row(*summary_row(attempt, self.app.size.width))
        # Resumed after a quit: what was written of the reflection is back.
        session = self.services.store.session(self.rehearsal.session_id)
        if session is not None:
            for key, _ in PROMPTS:
                self.query_one(f"#{key}", TextArea).load_text(getattr(session.reflection, key))
        self.query_one("#went_well", TextArea).focus()

    def _texts(self) -> dict[str, str]:
        return {key: self.query_one(f"#{key}", TextArea).text.strip() for key, _ in PROMPTS}

    def save_before_quit(self) -> str | None:
        """Keep the reflection written so far (the session stays open); None to stay open."""
        texts = self._texts()
        if not any(texts.values()):
            return ""
        try:
            self.services.store.save_reflection(self.rehearsal.session_id, Reflection(**texts))
        except UserError as error:
            self.notify(
                f"Not quitting: your reflection could not be saved ({error}). "
                "Try again in a moment.",
                severity="error",
                timeout=30,
            )
            return None
        return ""

    def action_save(self) -> None:
        reflection = Reflection(**self._texts())
        self._save(self.query(TextArea), lambda: self.rehearsal.finish(reflection), self._saved)

    def _saved(self, _: None) -> None:
        answered = sum(a.status == "submitted" for a in self.rehearsal.attempts())
        self.services.active_session = None
        if self.rehearsal.plan.role == "interviewer":
            # After an informational conversation comes the thank-you (INTERVIEWING.md),
            # drafted from what the real conversation gave, never from this reflection.
            from interview_tui.tui.screens.thank_you import ThankYouScreen

            self.app.switch_screen(ThankYouScreen(self.rehearsal.session_id))
            return
        self.app.pop_screen()
        self.notify(f"Session saved: {counted(answered, 'answer')}. See you next time.", timeout=4)
