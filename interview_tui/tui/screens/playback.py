"""Listening back, mixed into screens that show attempts: ``space`` plays the selected
attempt's recording, again stops it. The voice package is imported only when asked."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual import work

from interview_tui.errors import UserError

if TYPE_CHECKING:
    from interview_tui.store.records import AttemptRecord
    from interview_tui.tui.services import AppServices


class PlaysRecordings:
    """Needs ``self.services`` and ``self.selected()`` (the attempt under the cursor)."""

    services: AppServices
    _playing = False

    def selected(self) -> AttemptRecord | None: ...

    def action_play(self) -> None:
        screen: Any = self
        attempt = self.selected()
        found = (
            self.services.store.recording(attempt.session_id, attempt.position) if attempt else None
        )
        if found is None:
            screen.notify("This attempt has no recording.", timeout=3)
            return
        self._play(str(self.services.paths.data_dir / found.audio_path))

    @work(thread=True, exclusive=True, group="playback")
    def _play(self, path: str) -> None:
        from pathlib import Path

        screen: Any = self
        try:
            from interview_tui.voice import playback

            if self._playing:
                playback.stop()
                self._playing = False
                return
            playback.play(Path(path))
            self._playing = True
        except UserError as error:
            screen.app.call_from_thread(screen.notify, str(error), severity="warning", timeout=8)
