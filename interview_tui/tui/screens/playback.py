"""Listening back, mixed into screens that show attempts (session detail, compare): ``space``
plays the selected attempt's recording; again, while it plays, stops it; on another attempt,
plays that one instead. Leaving the screen stops it. The voice package is imported only when
asked to play."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from textual import work

from interview_tui.errors import UserError

if TYPE_CHECKING:
    from interview_tui.store.records import AttemptRecord
    from interview_tui.tui.services import AppServices


class PlaysRecordings:
    """Needs ``self.services`` and ``self.selected()`` (the attempt under the cursor)."""

    services: AppServices
    #: What is playing: the file and when (``time.monotonic()``) it ends on its own.
    _now_playing: tuple[str, float] | None = None

    def selected(self) -> AttemptRecord | None: ...

    @property
    def _playing(self) -> bool:
        return self._now_playing is not None and time.monotonic() < self._now_playing[1]

    def action_play(self) -> None:
        screen: Any = self
        attempt = self.selected()
        found = (
            self.services.store.recording(attempt.session_id, attempt.position) if attempt else None
        )
        if found is None:
            screen.notify("This attempt has no recording: it was typed.", timeout=3)
            return
        self._play(str(self.services.paths.data_dir / found.audio_path))

    @work(thread=True, exclusive=True, group="playback")
    def _play(self, path: str) -> None:
        from pathlib import Path

        screen: Any = self
        try:
            from interview_tui.voice import playback

            if self._playing and self._now_playing and self._now_playing[0] == path:
                playback.stop()
                self._now_playing = None
                return
            # Starting one replaces whatever played: attempt 1, then attempt 5.
            seconds = playback.play(Path(path))
            self._now_playing = (path, time.monotonic() + seconds)
        except UserError as error:
            self._now_playing = None
            screen.app.call_from_thread(screen.notify, str(error), severity="warning", timeout=8)
            return
        screen.app.call_from_thread(screen.notify, "Playing… space stops it.", timeout=3)

    def _stop_playing(self) -> None:
        if self._playing:
            from interview_tui.voice import playback

            playback.stop()
        self._now_playing = None

    def on_screen_suspend(self) -> None:
        self._stop_playing()

    def on_unmount(self) -> None:
        self._stop_playing()
