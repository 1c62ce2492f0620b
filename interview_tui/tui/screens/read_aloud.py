"""Questions read aloud, mixed into the rehearse screen: the system's own voice speaks each
question in a subprocess (the screen never waits for it), stops when the user moves on,
pauses or quits, and f5 reads it again. In voice mode the recording starts once the question
has been read, so the microphone does not take the computer's voice for the answer.

Only :mod:`interview_tui.voice.readaloud` (the standard library's subprocess) is loaded, and
only when reading aloud is on: typed practice without it loads nothing of voice.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from textual.timer import Timer

if TYPE_CHECKING:
    from interview_tui.practice.rehearsal import Rehearsal
    from interview_tui.tui.services import AppServices

POLL = 0.1  # seconds between looks at whether the voice has finished


class ReadingAloud:
    """Needs ``self.rehearsal`` and ``self.services``; the screen calls :meth:`read_question`
    for each question and :meth:`stop_reading` when the user moves on."""

    rehearsal: Rehearsal
    services: AppServices
    _speech: subprocess.Popen[bytes] | None = None
    _speech_timer: Timer | None = None
    #: What waits for the end of the reading (in voice mode: starting the recording).
    _after_speech: Callable[[], None] | None = None
    _told_no_voice = False

    @property
    def read_aloud_on(self) -> bool:
        return self.services.setup.read_aloud

    @property
    def reading(self) -> bool:
        return self._speech is not None

    def read_question(self, then: Callable[[], None] | None = None) -> None:
        """Read the current question aloud, then run ``then`` (at once when nothing is read:
        reading aloud is off, or no voice is installed)."""
        self.stop_reading(finish=False)
        self._after_speech = then
        if self.read_aloud_on:
            self._speech = self._speak(self.rehearsal.current.question.text)
        if self._speech is None:
            self._spoken()
            return
        if self._speech_timer is None:
            screen: Any = self
            self._speech_timer = screen.set_interval(POLL, self._check_speech)

    def _speak(self, text: str) -> subprocess.Popen[bytes] | None:
        from interview_tui.voice.readaloud import NO_VOICE, speak

        screen: Any = self
        try:
            speech = speak(text)
            problem = None if speech is not None else NO_VOICE
        except OSError as error:  # found on the PATH but cannot run
            speech, problem = None, f"the voice could not start: {error.strerror or error}"
        if problem is not None and not self._told_no_voice:
            # Once a session: the questions go on in writing.
            self._told_no_voice = True
            screen.notify(f"Questions are not read aloud: {problem}.", severity="warning")
        return speech

    def _check_speech(self) -> None:
        if self._speech is not None and self._speech.poll() is not None:
            self._speech = None
            self._spoken()

    def _spoken(self) -> None:
        then, self._after_speech = self._after_speech, None
        if then is not None:
            then()

    def stop_reading(self, finish: bool = False) -> None:
        """Silence the voice now. ``finish`` still runs what waited for the end of the
        reading (pausing: the recording starts, paused); otherwise it is dropped."""
        speech, self._speech = self._speech, None
        if speech is not None and speech.poll() is None:
            speech.kill()
            speech.wait()  # killed: returns at once, and leaves no zombie behind
        if finish:
            self._spoken()
        else:
            self._after_speech = None

    def read_again(self, resume: Callable[[], None]) -> None:
        """Read the question once more. What waited for the first reading still waits;
        otherwise ``resume`` runs after it (in voice mode, the recording goes on)."""
        waiting = self._after_speech if self.reading else None
        self.read_question(waiting or resume)
