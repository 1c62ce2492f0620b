"""Rehearse: the question, the clock and the answer editor."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.markup import escape
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Header, Static, TextArea

from interview_tui.banks.model import DEFAULT_RUBRICS, Role
from interview_tui.coaching.applies import insights_for, question_kind
from interview_tui.coaching.checker import RULE_LABELS, check_question
from interview_tui.coaching.report import Insights
from interview_tui.errors import UserError
from interview_tui.practice.rehearsal import Rehearsal
from interview_tui.tui.screens.confirm import ConfirmScreen
from interview_tui.tui.screens.rate import RateScreen, RatingResult
from interview_tui.tui.screens.voice_answer import VoiceAnswering
from interview_tui.tui.services import UsesServices
from interview_tui.tui.widgets.countdown import CountdownDisplay
from interview_tui.tui.widgets.footer import AppFooter
from interview_tui.tui.widgets.question_card import QuestionCard
from interview_tui.tui.widgets.voice_meter import VoiceMeter

CHECK_AFTER = 0.4  # seconds of quiet typing before the question checker runs
FLAG_PRIORITY = ("illegal", "job_ask", "leading", "double", "yes_no")

PLACEHOLDERS: dict[Role, str] = {
    "interviewee": "Type your answer as you would say it. ctrl+s when done.",
    "interviewer": "How would you ask it? Your wording, follow-ups, or notes on the answer.",
}


class RehearseScreen(VoiceAnswering, UsesServices, Screen[None]):
    CSS_PATH = "screens.tcss"

    BINDINGS = [
        Binding("ctrl+s", "submit", "Submit"),
        Binding("ctrl+n", "skip", "Skip"),
        Binding("ctrl+t", "pause", "Pause", tooltip="Stop the clock; again to go on"),
        Binding("ctrl+g", "guidance", "Guidance"),
        Binding("escape", "end", "End session"),
    ]

    def __init__(self, rehearsal: Rehearsal) -> None:
        super().__init__()
        self.rehearsal = rehearsal
        self._saved_text = rehearsal.draft
        self._guidance = False
        self.insights: Insights | None = None
        self._check_timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="rehearse-top"):
            yield QuestionCard(id="card")
            yield CountdownDisplay(id="countdown")
            if self.voice_on:
                yield VoiceMeter(id="voice-meter")
        yield TextArea(
            self.rehearsal.draft,
            id="answer",
            soft_wrap=True,
            show_line_numbers=False,
            placeholder=PLACEHOLDERS[self.rehearsal.plan.role],
        )
        yield Static("", id="checker")
        yield AppFooter()

    @property
    def editor(self) -> TextArea:
        return self.query_one("#answer", TextArea)

    def on_mount(self) -> None:
        self.sub_title = self.rehearsal.plan.role
        self.set_interval(0.25, self._tick)
        self.set_interval(self.services.settings.autosave_seconds, self._autosave)
        self._show_question()
        if self.rehearsal.draft:
            # Resumed: carry on typing where the draft ends.
            self.editor.move_cursor(self.editor.document.end)
        if self.rehearsal.pending is not None:
            # Resumed after a crash between submitting and rating: rate it now.
            self.call_after_refresh(self._ask_rating)

    def _show_question(self) -> None:
        rehearsal = self.rehearsal
        item = rehearsal.current
        bank = self.services.banks.get(item.bank_id)
        where = " · ".join(
            part for part in (bank.title if bank else item.bank_id, item.question.category) if part
        )
        self.query_one(QuestionCard).show(
            item.question,
            rehearsal.plan.role,
            f"Question {rehearsal.position + 1} of {rehearsal.total} · {where}",
            rehearsal.plan.goal,
        )
        # Guidance helps the interviewer prepare; for the interviewee it is the answer key.
        self._set_guidance(rehearsal.plan.role == "interviewer")
        self.editor.read_only = False
        self.editor.focus()
        self._tick()
        self.voice_start()

    def _set_guidance(self, visible: bool) -> None:
        self._guidance = visible
        self.query_one(QuestionCard).show_guidance(visible)

    def _tick(self) -> None:
        self.query_one(CountdownDisplay).show(self.rehearsal.countdown)

    # -- the interviewer's question checker ----------------------------------------------

    @on(TextArea.Changed, "#answer")
    def _typed(self) -> None:
        if self.rehearsal.plan.role != "interviewer":
            return
        # Debounced: checking waits for a pause in typing, so keystrokes never wait for it.
        if self._check_timer is not None:
            self._check_timer.stop()
        self._check_timer = self.set_timer(CHECK_AFTER, self._check_question)

    def _check_question(self) -> None:
        item = self.rehearsal.current
        kind = question_kind(item.question, self.services.banks.get(item.bank_id))
        text = self.editor.text
        # The flag that matters most first: asking for a job defeats the conversation.
        flags = sorted(
            check_question(text, self.services.words, kind.informational, kind.hiring),
            key=lambda f: (FLAG_PRIORITY.index(f.rule), f.start),
        )
        checker = self.query_one("#checker", Static)
        checker.update(
            "\n".join(
                f"[b $warning]⚑ {RULE_LABELS[f.rule]}[/] “{escape(text[f.start : f.end][:40])}”: "
                f"{escape(f.why)} [dim]{escape(f.suggestion)}[/dim]"
                for f in flags[:3]
            )
        )
        checker.display = bool(flags)

    # -- drafts --------------------------------------------------------------------------

    def _autosave(self) -> None:
        text = self.editor.text
        if text != self._saved_text and not self.rehearsal.done:
            self._saved_text = text
            self._save_draft(text)

    @work(thread=True, exclusive=True, group="draft")
    def _save_draft(self, text: str) -> None:
        try:
            self.rehearsal.save_draft(text)
        except UserError as error:
            self.app.call_from_thread(self._failed, "Draft not saved", error)

    def flush_draft(self) -> None:
        """Save the draft now, on this thread (leaving the screen, quitting)."""
        if self.rehearsal.done or self.rehearsal.pending is not None:
            return
        try:
            self.rehearsal.save_draft(self.editor.text)
            self._saved_text = self.editor.text
        except UserError as error:
            self._failed("Draft not saved", error)

    def on_screen_suspend(self) -> None:
        self.flush_draft()

    def _failed(self, what: str, error: UserError) -> None:
        self.notify(f"{what}: {error}. Your text is still here.", severity="error", timeout=15)

    # -- actions -------------------------------------------------------------------------

    def action_submit(self) -> None:
        if self.rehearsal.done:
            return
        text = self.editor.text
        recording = self.voice_stop()
        if not text.strip() and recording is None:
            self.notify("Write an answer first, or skip with ctrl+n.", severity="warning")
            return
        notes, text = text, text if text.strip() else self.voice_placeholder()
        self.insights = self._analyse(text)
        try:
            self.rehearsal.submit(text, self.insights.as_dict())
        except UserError as error:
            self.rehearsal.reopen()
            self._failed("Answer not saved", error)
            return
        self._saved_text = text
        if recording is not None:
            # The rating follows at once; the transcript lands in the answer when ready.
            self.voice_transcribe(recording, self.rehearsal.position, notes.strip())
        self._ask_rating()

    def _analyse(self, answer: str) -> Insights:
        item = self.rehearsal.current
        return insights_for(
            answer,
            item.question,
            self.services.banks.get(item.bank_id),
            self.rehearsal.plan.role,
            item.time_limit,
            self.services.words,
        )

    def _ask_rating(self) -> None:
        attempt = self.rehearsal.pending
        assert attempt is not None
        bank = self.services.banks.get(attempt.bank_id)
        # A bank that is gone since the session started: the role's default rubric.
        criteria = bank.criteria if bank else DEFAULT_RUBRICS[self.rehearsal.plan.role]
        if self.rehearsal.plan.role == "interviewee":
            self._set_guidance(True)  # now the key points help judge the answer
        if self.insights is None:  # resumed: the insights were not kept in memory
            self.insights = self._analyse(attempt.answer)
        self.app.push_screen(RateScreen(attempt, criteria, self.insights), self._rated)
        if self.delivery is not None:
            self.notify(f"Delivery: {self.delivery.summary()}", title="Spoken", timeout=20)

    def _rated(self, result: RatingResult | None) -> None:
        if result is None:
            self.rehearsal.reopen()
            self.editor.focus()
            return
        try:
            self.rehearsal.rate(result.scores, result.stumped, result.note, result.key_points)
        except UserError as error:
            self._failed("Rating not saved", error)
            self.call_after_refresh(self._ask_rating)
            return
        self._next()

    def action_skip(self) -> None:
        if self.rehearsal.done:
            return
        self.voice_stop()  # a skipped question keeps what was said
        try:
            self.rehearsal.skip(self.editor.text)
        except UserError as error:
            self._failed("Skip not saved", error)
            return
        self.notify("Skipped; it is kept in the session as skipped.", timeout=3)
        self._next()

    def _next(self) -> None:
        if self.rehearsal.done:
            self.services.reflect(self.rehearsal)
            return
        self.editor.load_text("")
        self._saved_text = ""
        self.insights = None
        self.delivery = None
        self.query_one("#checker", Static).display = False
        self._show_question()

    def action_pause(self) -> None:
        countdown = self.rehearsal.countdown
        countdown.toggle()
        self.editor.read_only = countdown.paused
        self.voice_pause(countdown.paused)
        if not countdown.paused:
            self.editor.focus()
        self._tick()

    def action_guidance(self) -> None:
        self._set_guidance(not self._guidance)

    def action_end(self) -> None:
        answered = self.rehearsal.position
        self.app.push_screen(
            ConfirmScreen(
                "End this session now?",
                f"{answered} of {self.rehearsal.total} questions done. What you typed for this "
                "one is kept as a draft. Reflection comes next.",
                confirm="End session",
            ),
            self._end_confirmed,
        )

    def _end_confirmed(self, confirmed: bool | None) -> None:
        if not confirmed:
            self.editor.focus()
            return
        self.voice_stop()
        self.flush_draft()
        self.rehearsal.end_early()
        self.services.reflect(self.rehearsal)
