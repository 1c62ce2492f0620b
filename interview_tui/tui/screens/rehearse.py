"""Rehearse: the question, the clock and the answer editor."""

from __future__ import annotations

from functools import partial

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Header, Static, TextArea

from interview_tui.banks.model import DEFAULT_RUBRICS, Role
from interview_tui.banks.text import plain_label
from interview_tui.coaching.applies import insights_for, question_kind
from interview_tui.coaching.checker import check_question
from interview_tui.coaching.report import Insights
from interview_tui.errors import UserError
from interview_tui.practice.rehearsal import Rehearsal
from interview_tui.tui.held_keys import HeldKeys
from interview_tui.tui.screens.confirm import ConfirmScreen
from interview_tui.tui.screens.rate import RateScreen, RatingResult
from interview_tui.tui.screens.read_aloud import ReadingAloud
from interview_tui.tui.screens.spoken_text import words_note
from interview_tui.tui.screens.voice_answer import VoiceAnswering
from interview_tui.tui.screens.writing_in_turn import WritingInTurn
from interview_tui.tui.services import UsesServices
from interview_tui.tui.widgets.checker_flags import CheckerFlags
from interview_tui.tui.widgets.countdown import CountdownDisplay
from interview_tui.tui.widgets.footer import AppFooter
from interview_tui.tui.widgets.question_card import QuestionCard
from interview_tui.tui.widgets.voice_meter import VoiceMeter

CHECK_AFTER = 0.4  # seconds of quiet typing before the question checker runs

PLACEHOLDERS: dict[Role, str] = {
    "interviewee": "Type your answer as you would say it. ctrl+s when done.",
    "interviewer": "How would you ask it? Your wording, follow-ups, or notes on the answer.",
}
#: In voice mode the answer is spoken: the editor is for notes, and the transcript lands here.
SPOKEN_PLACEHOLDER = (
    "Answer aloud: you are being recorded. Notes typed here are kept too; ctrl+s when done."
)


class RehearseScreen(WritingInTurn, ReadingAloud, VoiceAnswering, UsesServices, Screen[None]):
    CSS_PATH = "screens.tcss"
    AUTO_FOCUS = "#answer"
    # A narrow terminal gets a one-line clock, a short one drops the card's extra lines: at
    # 40x12 the question itself must still be readable above the answer.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (60, "-roomy")]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (18, "-tall")]

    BINDINGS = [
        # Priority, and run from the editor's own queue (see action_submit): in a burst, what
        # was typed before ctrl+s is in the answer and what was typed after it is not. As a
        # plain binding the key bubbled up from the editor, and "ctrl+s 4 3 4 3" typed the
        # scores into the answer before submitting it.
        Binding("ctrl+s", "submit", "Submit", priority=True),
        Binding("ctrl+n", "skip", "Skip", priority=True),
        Binding("ctrl+t", "pause", "Pause", tooltip="Stop the clock; again to go on"),
        Binding("ctrl+g", "guidance", "Guidance"),
        # f5: the editor leaves it free (ctrl+o and the letters type or move).
        Binding("f5", "read_again", "Repeat", tooltip="Read the question aloud again"),
        Binding("escape", "end", "End"),  # short: the footer must fit 80 columns
        Binding("shift+tab", "app.focus_previous", "Scroll the question", show=False),
    ]

    def __init__(self, rehearsal: Rehearsal) -> None:
        super().__init__()
        self.rehearsal = rehearsal
        self._saved_text = rehearsal.draft
        self._draft_failing = False
        self._held = HeldKeys()  # what is typed meanwhile, for the screen that follows
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
            placeholder=SPOKEN_PLACEHOLDER
            if self.voice_on
            else PLACEHOLDERS[self.rehearsal.plan.role],
        )
        yield CheckerFlags(id="checker")
        footer = AppFooter()
        # With "f5 Repeat" too, help's key would not fit 80 columns beside the palette's
        # (ctrl+p still opens it, and help lists it).
        footer.set_reactive(Footer.show_command_palette, not self.read_aloud_on)
        yield footer

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
            part
            for part in (bank.title if bank else item.bank_id, plain_label(item.question.category))
            if part
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
        # At once, not after a refresh: keys typed the moment the question shows go to it.
        self.set_focus(self.editor)
        self._tick()
        if self.rehearsal.pending is not None:
            return  # resumed to rate an answer already given: nothing to read or record
        found = self.voice_interrupted()
        if found is not None:
            # Resumed after a crash mid-answer: its recording is offered back, never orphaned.
            from interview_tui.tui.screens.recording_found import RecordingFoundScreen

            self.app.push_screen(RecordingFoundScreen(*found), partial(self.voice_found, found[0]))
            return
        # The clock and, in voice mode, the recording start once the question has been read
        # aloud: in an interview, the time to answer begins when the question has been asked.
        self._clock_held = False
        self.read_question(then=self._question_read)
        if self.reading:
            self.rehearsal.countdown.pause()
            self._clock_held = True
            self._tick()
            self.voice_waiting()

    _clock_held = False

    def _question_read(self) -> None:
        if self._clock_held:
            self._clock_held = False
            self.rehearsal.countdown.resume()
            self._tick()
        self.voice_start()

    def _set_guidance(self, visible: bool) -> None:
        self._guidance = visible
        self.query_one(QuestionCard).show_guidance(visible)

    def _tick(self) -> None:
        self.query_one(CountdownDisplay).show(
            self.rehearsal.countdown, self._clock_held and self.reading
        )

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
        flags = check_question(text, self.services.words, kind.informational, kind.hiring)
        self.query_one(CheckerFlags).show(text, flags)

    # -- drafts --------------------------------------------------------------------------

    def _autosave(self) -> None:
        text = self.editor.text
        # Not while a submit or skip is being written: it moves the session on.
        if text != self._saved_text and not self.rehearsal.done and not self._writing:
            self._save_draft(text)

    @work(thread=True, exclusive=True, group="draft")
    def _save_draft(self, text: str) -> None:
        try:
            self.rehearsal.save_draft(text)
        except UserError as error:
            # Not marked saved: the next tick tries again, once the disk or lock allows.
            if not self._draft_failing:
                self.app.call_from_thread(self._failed, "Draft not saved", error)
            self._draft_failing = True
            return
        self._saved_text, self._draft_failing = text, False

    def save_before_quit(self) -> str | None:
        """Make the draft safe before the app exits: the database, or else a recovery file.

        Returns what to tell the user after exit, "" if nothing, or None if the text could
        be kept nowhere: then the app must stay open.
        """
        self.stop_reading()
        if self.flush_draft():
            return ""
        from interview_tui.practice.recovery import write_recovery

        rehearsal, data_dir = self.rehearsal, self.services.paths.data_dir
        try:
            path = write_recovery(
                data_dir, rehearsal.session_id, rehearsal.position, self.editor.text
            )
        except OSError as error:
            self.notify(
                f"Not quitting: your answer could not be saved ({error.strerror or error}). "
                "Free some disk space or close the other program, then quit again.",
                severity="error",
                timeout=30,
            )
            return None
        return (
            f"interview-tui: your answer could not be saved in the database; it is kept in "
            f"{path} and offered back when you resume the session."
        )

    def flush_draft(self) -> bool:
        """Save the draft now, on this thread (leaving the screen, quitting); True if safe."""
        if self.rehearsal.done or self.rehearsal.pending is not None:
            return True
        if not self.editor.text.strip() and not self._saved_text:
            return True  # nothing typed: no row, so the question is not listed as unsent
        try:
            self.rehearsal.save_draft(self.editor.text)
            self._saved_text = self.editor.text
        except UserError as error:
            self._failed("Draft not saved", error)
            return False
        return True

    def on_screen_suspend(self) -> None:
        self.flush_draft()

    def on_unmount(self) -> None:
        self.stop_reading()  # leaving the session or quitting silences the voice

    def _failed(self, what: str, error: UserError) -> None:
        self.notify(f"{what}: {error}. Your text is still here.", severity="error", timeout=15)

    # -- actions -------------------------------------------------------------------------

    def action_submit(self) -> None:
        # Behind the keys the editor already has, ahead of those typed after ctrl+s.
        self.editor.call_later(self._submit)

    def _submit(self) -> None:
        if self._writing:
            self._pressed_while_writing("ctrl+s")
            return
        if self.rehearsal.done:
            return
        self.stop_reading()
        text = self.editor.text
        recording = self.voice_stop()
        if not text.strip() and recording is None:
            self.notify("Write an answer first, or skip with ctrl+n.", severity="warning")
            return
        # Spoken with nothing typed: a placeholder until the transcript lands, never analysed
        # (its words are not the user's).
        spoken_only = not text.strip()
        text = self.voice_placeholder() if spoken_only else text
        self.insights = None if spoken_only else self._analyse(text)
        insights = self.insights.as_dict() if self.insights else None
        self._write(
            lambda: self.rehearsal.submit(text, insights),
            lambda: self._submitted(text, recording),
            "Answer not saved",
            self.rehearsal.reopen,
        )

    def _submitted(self, text: str, recording: str | None) -> None:
        self._saved_text = text
        # The rating follows at once; the transcript lands in the answer when ready.
        self.voice_submitted(recording)
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
        if self.insights is None and not words_note(attempt.answer):
            self.insights = self._analyse(attempt.answer)  # resumed: not kept in memory
        role = self.rehearsal.plan.role
        self.app.push_screen(
            RateScreen(
                attempt, criteria, self.insights, role, self.voice_delivery(), on_save=self._hold
            ),
            self._rated,
        )

    def _rated(self, result: RatingResult | None) -> None:
        if result is None:
            self.rehearsal.reopen()
            self.editor.focus()
            return
        self._write(
            lambda: self.rehearsal.rate(
                result.scores, result.stumped, result.note, result.key_points
            ),
            self._next,
            "Rating not saved",
            self._ask_rating_again,
        )

    def _ask_rating_again(self) -> None:
        self.call_after_refresh(self._ask_rating)

    def action_skip(self) -> None:
        self.editor.call_later(self._skip)  # as action_submit: the text typed before ctrl+n

    def _skip(self) -> None:
        if self._writing:
            self._pressed_while_writing("ctrl+n")
            return
        if self.rehearsal.done:
            return
        self.stop_reading()
        self.voice_stop()  # a skipped question keeps what was said
        text = self.editor.text
        self._write(lambda: self.rehearsal.skip(text), self._skipped, "Skip not saved")

    def _skipped(self) -> None:
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
        # Pausing silences the voice; what waited for it (the clock, the recording) starts,
        # and is then paused with the rest.
        self.stop_reading(finish=True)
        countdown = self.rehearsal.countdown
        countdown.toggle()
        self.editor.read_only = countdown.paused
        self.voice_pause(countdown.paused)
        if not countdown.paused:
            self.editor.focus()
        self._tick()

    def action_read_again(self) -> None:
        if self.rehearsal.done or self._writing or self.rehearsal.pending is not None:
            return
        self.voice_pause(True)  # the microphone must not take the voice for the answer
        self.read_again(lambda: self.voice_pause(self.rehearsal.countdown.paused))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # "Repeat" is in the footer only when questions are read aloud.
        return self.read_aloud_on if action == "read_again" else True

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
        self.stop_reading()
        self.voice_stop()
        self.flush_draft()
        self.rehearsal.end_early()
        self.services.reflect(self.rehearsal)
