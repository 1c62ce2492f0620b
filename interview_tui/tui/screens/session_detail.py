"""One session: its goal, every attempt with ratings, time and note, and the reflection."""

from __future__ import annotations

from functools import partial

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static

from interview_tui.durations import format_duration
from interview_tui.errors import UserError
from interview_tui.review.ratings import ordered_ratings
from interview_tui.review.ticks import key_point_lines
from interview_tui.store.records import AttemptRecord, SessionRecord
from interview_tui.timefmt import moment
from interview_tui.tui.held_keys import HeldKeys
from interview_tui.tui.markup import escape
from interview_tui.tui.screens.confirm import confirm_delete
from interview_tui.tui.screens.playback import PlaysRecordings
from interview_tui.tui.screens.reflect import summary_columns, summary_row
from interview_tui.tui.services import UsesServices
from interview_tui.tui.widgets.footer import AppFooter
from interview_tui.tui.widgets.table import Table
from interview_tui.tui.writes import write_in_background


def attempt_markup(attempt: AttemptRecord, labels: dict[str, str]) -> str:
    """An attempt in full: ratings per criterion, the answer, the note."""
    ratings = "  ".join(
        f"{escape(label)} [b]{score}[/b]"
        for label, score in ordered_ratings(attempt.ratings, labels)
    )
    spent = format_duration(attempt.seconds_spent)
    facts = (
        f"{spent} of {format_duration(attempt.time_limit)} · {len(attempt.answer.split())} words"
    )
    parts = [
        f"[b]{escape(attempt.question_text)}[/b]",
        f"[dim]{facts}{' · stumped' if attempt.stumped else ''}[/dim]",
        ratings or "[dim]not rated[/dim]",
        escape(attempt.answer) or "[dim](no answer)[/dim]",
    ]
    if attempt.key_point_ticks:
        lines = key_point_lines(attempt.key_point_ticks, attempt.insights)
        parts.append("[dim]Key points:[/dim]\n" + escape("\n".join(lines)))
    if attempt.note:
        parts.append(f"[dim]Note:[/dim] {escape(attempt.note)}")
    return "\n\n".join(parts)


def reflection_markup(session: SessionRecord) -> str:
    lines = [
        f"[b]{session.role}[/b] · {moment(session.started_at)}"
        + ("" if session.finished else " · [b $warning]unfinished[/]"),
    ]
    if session.goal:
        lines.append(f"[dim]Goal:[/dim] {escape(session.goal)}")
    lines.extend(
        f"[dim]{title}:[/dim] {escape(text)}" for title, text in session.reflection.labelled()
    )
    return "\n".join(lines)


class SessionDetailScreen(PlaysRecordings, UsesServices, Screen[None]):
    CSS_PATH = "screens.tcss"

    BINDINGS = [
        Binding("enter", "compare", "Compare attempts"),
        Binding("u", "resume", "Resume"),
        Binding("e", "export", "Export"),
        Binding("space", "play", "Play", tooltip="Listen to the selected answer; again stops"),
        # A priority binding runs in key order, so the keys typed after it are held for the
        # editor it opens (an ordinary one ran after the whole burst had gone by).
        Binding(
            "t",
            "correct",
            "Fix transcript",
            tooltip="Correct the words the speech model heard",
            priority=True,
        ),
        Binding("delete,x", "delete", "Delete attempt"),
        Binding("escape", "app.pop_screen", "Back"),
    ]

    def __init__(self, session_id: int) -> None:
        super().__init__()
        self.session_id = session_id
        self.attempts: list[AttemptRecord] = []
        self._recorded: frozenset[int] = frozenset()  # positions of the spoken answers
        self._unfinished = False
        # Keys typed straight after ``t`` (the correction, in one burst) arrive here before
        # the editor is up: held, then typed into it.
        self._held = HeldKeys()

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="detail-head")
        yield Table(id="attempts", cursor_type="row", zebra_stripes=True)
        yield Static(
            "[dim]enter: every attempt at this question, side by side · x: delete it[/dim]",
            id="detail-hint",
        )
        with VerticalScroll(id="attempt-view"):
            yield Static("", id="attempt-body")
        yield AppFooter()

    def on_mount(self) -> None:
        self.sub_title = "session"
        # The columns wait for the session: their words depend on its side of the table.

    def on_screen_resume(self) -> None:
        # Also sent when the screen is first shown: the one place it loads.
        self.reload()

    def reload(self) -> None:
        session = self.services.store.session(self.session_id)
        if session is None:
            self.app.pop_screen()
            return
        self.session = session
        self._unfinished = not session.finished
        self.query_one("#detail-head", Static).update(reflection_markup(session))
        self.attempts = self.services.store.attempts(self.session_id)
        table = self.query_one("#attempts", DataTable)
        table.clear(columns=True)
        for label in summary_columns(session.role):
            table.add_column(label)
        for attempt in self.attempts:
            table.add_row(*summary_row(attempt, self.app.size.width), key=str(attempt.id))
        self._recorded = frozenset(self.services.store.recordings(self.session_id))
        self._show_attempt()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Play only where there is something to hear: typed sessions keep their footer short.
        if action == "play":
            return bool(self._recorded)
        if action == "correct":  # only a spoken answer has a transcript to correct
            attempt = self.selected()
            return attempt is not None and attempt.position in self._recorded
        if action == "resume":  # only an unfinished session resumes: say so only there
            return self._unfinished
        return True

    def selected(self) -> AttemptRecord | None:
        table = self.query_one("#attempts", DataTable)
        return self.attempts[table.cursor_row] if self.attempts else None

    @on(DataTable.RowHighlighted, "#attempts")
    def _show_attempt(self) -> None:
        attempt = self.selected()
        body = self.query_one("#attempt-body", Static)
        self.refresh_bindings()  # play and resume by session, "Fix transcript" by answer
        if attempt is None:
            body.update("[dim]No attempts in this session.[/dim]")
            return
        bank = self.services.banks.get(attempt.bank_id)
        # The rubric's order and labels; a bank gone since: every known label.
        labels = (
            {c.id: c.label for c in bank.criteria} if bank else self.services.criterion_labels()
        )
        body.update(attempt_markup(attempt, labels))

    @on(DataTable.RowSelected, "#attempts")
    def action_compare(self) -> None:
        attempt = self.selected()
        if attempt is not None:
            self.services.open_compare(attempt.bank_id, attempt.question_id)

    def action_resume(self) -> None:
        if self.session.finished:
            self.notify("This session is finished.", severity="warning")
            return
        self.services.resume_session(self.session_id)

    def action_correct(self) -> None:
        attempt = self.selected()
        if attempt is not None and attempt.position in self._recorded:
            self._edit_answer(attempt)

    def _edit_answer(self, attempt: AttemptRecord, draft: str | None = None) -> None:
        """The editor for ``attempt``'s words; a save that fails reopens it with the words
        typed, so a locked database loses no correction."""
        from interview_tui.tui.screens.answer_editor import AnswerEditorScreen

        def failed(error: UserError, answer: str) -> None:
            self.notify(f"{error} Your corrections are still in the editor.", severity="error")
            self._edit_answer(attempt, answer)

        def corrected(answer: str | None) -> None:
            if answer is not None:
                write_in_background(
                    self,
                    partial(self._save_correction, attempt, answer),
                    partial(self._correction_saved, self.query_one(DataTable).cursor_row),
                    partial(failed, answer=answer),
                )

        editor = AnswerEditorScreen(attempt.question_text, attempt.answer, draft)
        self._held.start()
        self.app.push_screen(editor, corrected)
        self.app.call_after_refresh(self._held.release, self.app)

    def on_key(self, event: events.Key) -> None:
        self._held.hold(event, every=True)  # only while the editor opens

    def _save_correction(self, attempt: AttemptRecord, answer: str) -> None:
        """Store the corrected words with the insights read from them (on a thread)."""
        from interview_tui.coaching.applies import insights_for

        insights = None
        bank = self.services.banks.get(attempt.bank_id)
        question = (
            next((q for q in bank.questions if q.id == attempt.question_id), None) if bank else None
        )
        if question is not None:
            found = insights_for(
                answer, question, bank, self.session.role, attempt.time_limit, self.services.words
            )
            insights = found.as_dict()
        self.services.store.correct_answer(attempt.id, answer, insights)

    def _correction_saved(self, row: int, _: None) -> None:
        self.notify("Transcript corrected.")
        self.reload()
        self.query_one(DataTable).move_cursor(row=row)  # still on the answer corrected

    def action_export(self) -> None:
        from interview_tui.tui.screens.export import ExportScreen

        self.app.push_screen(ExportScreen(self.session_id))

    def action_delete(self) -> None:
        attempt = self.selected()
        if attempt is None:
            return
        confirm_delete(
            self,
            "attempt",
            f"Your answer to “{attempt.question_text}” and its ratings.",
            partial(self.services.store.delete_attempt, attempt.id),
            self.reload,
        )
