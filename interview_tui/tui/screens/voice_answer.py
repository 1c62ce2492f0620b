"""Answering aloud, mixed into the rehearse screen: the recording starts when the question is
shown, pauses with the clock, and is kept on submit; delivery is measured at once (it takes
milliseconds) and the transcript follows in a worker, so rating never waits for it.

The voice package is imported only here and only in voice mode: typed practice never loads it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual import work
from textual.timer import Timer

from interview_tui.errors import UserError
from interview_tui.tui.screens.spoken_text import NO_MODEL, NO_WORDS, PLACEHOLDERS, SPOKEN
from interview_tui.tui.widgets.voice_meter import VoiceMeter

if TYPE_CHECKING:
    from textual.widgets import TextArea

    from interview_tui.practice.rehearsal import Rehearsal
    from interview_tui.tui.services import AppServices
    from interview_tui.voice.delivery import Delivery
    from interview_tui.voice.recorder import Recorder


class VoiceAnswering:
    """Needs ``self.rehearsal``, ``self.services`` and a :class:`VoiceMeter` when voice is on."""

    rehearsal: Rehearsal
    services: AppServices
    _recorder: Recorder | None = None
    _recording_name: str | None = None
    _meter_timer: Timer | None = None
    delivery: Delivery | None = None
    #: The current question's recording once stopped: a second submit (back from the
    #: rating) still has it, and its transcript is not asked for twice.
    _kept: str | None = None
    _transcribing: str | None = None

    @property
    def voice_on(self) -> bool:
        return self.services.voice is not None

    def voice_start(self, continuing: str | None = None) -> None:
        """Start recording the current question (voice mode only); ``continuing``: the name
        of a recording cut short, which the new one starts with (and then replaces)."""
        options = self.services.voice
        if self._recorder is None:
            self._kept = self._transcribing = None  # a new question: nothing kept yet
        if options is None or self._recorder is not None:
            return
        screen: Any = self
        try:
            from interview_tui.voice.audio import read_audio
            from interview_tui.voice.files import new_recording
            from interview_tui.voice.recorder import FileSource, MicrophoneSource, Recorder

            data_dir = self.services.paths.data_dir
            position = self.rehearsal.position
            name = new_recording(data_dir, self.rehearsal.session_id, position)
            source = FileSource(options.audio_input) if options.audio_input else MicrophoneSource()
            before = read_audio(data_dir / continuing) if continuing else None
            recorder = Recorder(data_dir / name, source, before)
            recorder.start()
            self.services.store.save_recording(self.rehearsal.session_id, position, name)
        except UserError as error:
            screen.notify(f"Not recording: {error}. Type your answer instead.", severity="error")
            return
        if continuing:
            # The new file holds all of it, on disk before the database named it.
            (data_dir / continuing).unlink(missing_ok=True)
        self._recorder, self._recording_name = recorder, name
        if self._meter_timer is None:
            self._meter_timer = screen.set_interval(0.1, self._show_level)
        self._show_level()

    def voice_interrupted(self) -> tuple[str, float] | None:
        """A recording of the current question that a crash or a quit cut short (a resumed
        session), with its length in seconds; None when there is none to offer back."""
        rehearsal = self.rehearsal
        if rehearsal.pending is not None or self._recorder is not None:
            return None
        try:
            found = self.services.store.recording(rehearsal.session_id, rehearsal.position)
            # Typed practice stops here: nothing of voice is loaded for it.
            if found is None:
                return None
            from interview_tui.voice.extra import missing

            if missing():
                return None  # it stays with the answer, for an install of the extra to play
            from interview_tui.voice.audio import duration

            return found.audio_path, duration(self.services.paths.data_dir / found.audio_path)
        except UserError:
            return None  # gone or unreadable: nothing to offer, a new take starts

    def voice_found(self, name: str, choice: str | None) -> None:
        """What the user chose for a recording cut short: continue it, or keep it as is."""
        from interview_tui.voice.options import VoiceOptions

        screen: Any = self
        if choice == "keep":
            self._adopt(name)
            screen.action_submit()
            return
        typed = self.services.voice is None
        if typed:
            # Resumed without --voice: the session takes spoken answers from here on.
            self.services.voice = VoiceOptions()
        self.voice_start(continuing=name)
        if self._recorder is None:
            # It could not go on (no microphone): what was kept is the recording still.
            self.services.voice = None if typed else self.services.voice
            self._adopt(name)
        elif not screen.query(VoiceMeter):
            screen.query_one("#rehearse-top").mount(VoiceMeter(id="voice-meter"))

    def _adopt(self, name: str) -> None:
        """Make a recording cut short this answer's, as it is: measured, submitted with it."""
        from interview_tui.voice.audio import read_audio
        from interview_tui.voice.delivery import measure

        screen: Any = self
        try:
            self.delivery = measure(read_audio(self.services.paths.data_dir / name))
            self.services.store.save_recording(
                self.rehearsal.session_id, self.rehearsal.position, name, self.delivery.as_dict()
            )
        except UserError as error:
            screen.notify(f"Recording: {error}", severity="error", timeout=10)
        self._kept = name

    def voice_waiting(self) -> None:
        """The meter says the recording waits for the question to be read aloud."""
        meter = self._meter()
        if meter is not None and self._recorder is None:
            meter.show(0, 0, "reading")

    def _show_level(self) -> None:
        recorder = self._recorder
        meter = self._meter()
        if meter is None:
            return
        if recorder is None:
            meter.show(self.delivery.duration_seconds if self.delivery else 0, 0, "stopped")
            return
        meter.show(recorder.seconds, recorder.level, "paused" if recorder.paused else "recording")

    def _meter(self) -> VoiceMeter | None:
        found = getattr(self, "query")(VoiceMeter)  # noqa: B009 - the mixin has no query
        return found.first() if found else None

    def voice_pause(self, paused: bool) -> None:
        if self._recorder is not None:
            self._recorder.pause(paused)
            self._show_level()

    def voice_stop(self) -> str | None:
        """Stop and keep the recording; measure its delivery. Returns its name, if any (also
        when it was stopped before: the user came back from the rating to submit again)."""
        recorder, name = self._recorder, self._recording_name
        self._recorder = self._recording_name = None
        if recorder is None or name is None:
            return self._kept
        self._kept = name
        screen: Any = self
        try:
            from interview_tui.voice.audio import read_audio
            from interview_tui.voice.delivery import measure

            recorder.stop()
            self.delivery = measure(read_audio(recorder.path))
            self.services.store.save_recording(
                self.rehearsal.session_id, self.rehearsal.position, name, self.delivery.as_dict()
            )
        except UserError as error:
            screen.notify(f"Recording: {error}", severity="error", timeout=10)
        self._show_level()
        return name

    def voice_delivery(self) -> dict[str, Any] | None:
        """The current answer's delivery measures, also after a resume (read from the store)."""
        if self.delivery is not None:
            return self.delivery.as_dict()
        try:
            rehearsal = self.rehearsal
            found = self.services.store.recording(rehearsal.session_id, rehearsal.position)
        except UserError:
            return None  # a busy database: the rating goes on without them
        return found.delivery if found is not None else None

    def voice_placeholder(self) -> str:
        """What the answer says until the transcript is in."""
        from interview_tui.voice.models import pick

        options = self.services.voice
        model = pick(self.services.paths.data_dir, options.model if options else None)
        return SPOKEN if model is not None else NO_MODEL

    def voice_submitted(self, recording: str | None) -> None:
        """After a submit: transcribe the recording, unless that is already under way or done."""
        if recording is not None and recording != self._transcribing:
            self._transcribing = recording
            self.voice_transcribe(recording, self.rehearsal.position)

    @work(thread=True, group="transcribe")
    def voice_transcribe(self, name: str, position: int) -> None:
        """Transcribe the recording; put the text in the answer; measure pace and fillers."""
        from interview_tui.voice.analyse import analyse
        from interview_tui.voice.models import pick
        from interview_tui.voice.transcribe import Transcriber

        screen: Any = self
        options = self.services.voice
        model = pick(self.services.paths.data_dir, options.model if options else None)
        if model is None:
            return
        session_id = self.rehearsal.session_id
        try:
            delivery = analyse(self.services.paths.data_dir / name, Transcriber(model.path))
            store = self.services.store
            store.save_recording(session_id, position, name, delivery.as_dict())
            # Merged with what the answer holds now, in one transaction: notes typed since
            # the submit are kept.
            transcript = (delivery.transcript or "").strip()
            answer = store.add_transcript(session_id, position, transcript, PLACEHOLDERS, NO_WORDS)
        except UserError as error:
            screen.app.call_from_thread(screen.notify, f"Transcript: {error}", severity="error")
            return
        screen.app.call_from_thread(
            screen.notify, f"Transcript of question {position + 1} saved: {delivery.summary()}"
        )
        screen.app.call_from_thread(self._transcript_landed, position, transcript, answer, delivery)

    def _transcript_landed(
        self, position: int, transcript: str, answer: str, delivery: Delivery
    ) -> None:
        """Show the transcript where the user can edit it: the answer editor, if this is still
        the question on screen; the rate dialog shows its word count and pace."""
        screen: Any = self
        rehearsal = self.rehearsal
        if screen.is_attached and rehearsal.position == position and not rehearsal.done:
            editor: TextArea = screen.editor
            if screen.app.screen is screen:
                # Back from the rating and editing: the transcript goes on top of the notes.
                if transcript and transcript not in editor.text:
                    editor.insert(f"{transcript}\n\n" if editor.text else transcript, (0, 0))
            else:
                # Being rated: going back to the answer shows it, transcript and notes.
                editor.load_text("" if answer in PLACEHOLDERS else answer)
                screen._saved_text = editor.text
        _show_in_rating(screen.app, rehearsal.session_id, position, answer, delivery)


def _show_in_rating(
    app: Any, session_id: int, position: int, answer: str, delivery: Delivery
) -> None:
    """The rate dialog of that answer, if it is still open, shows the words, pace and fillers."""
    from interview_tui.tui.screens.rate import RateScreen

    screen = app.screen
    if isinstance(screen, RateScreen) and (
        screen.attempt.session_id,
        screen.attempt.position,
    ) == (session_id, position):
        screen.show_transcript(answer, delivery.as_dict())
