"""What the app does so that nothing typed is lost and no outside text is ever run.

:class:`KeepingApp` is the base of the app: its notifications are plain text, quitting waits
until every typed answer is safe (in the database, or else in a recovery file), and an
answer kept in a recovery file is offered back when its session is resumed. SIGTERM and
SIGHUP (``kill``, a closed terminal, logging out) save the draft, restore the terminal and
exit, instead of dying in the alternate screen with the terminal left raw.
"""

from __future__ import annotations

import asyncio
import signal
import sqlite3
from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.app import App
from textual.notifications import SeverityLevel

from interview_tui.errors import UserError

if TYPE_CHECKING:
    from interview_tui.clock import Clock
    from interview_tui.paths import Paths
    from interview_tui.practice.rehearsal import Rehearsal
    from interview_tui.settings import Settings


class KeepingApp(App[None]):
    paths: Paths
    clock: Clock
    settings: Settings

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Notifications are plain text: they carry bank problems, file names and config keys,
        which are data and must never be read as markup (``[x=1]`` would crash start-up)."""
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=False)

    def on_mount(self) -> None:
        if self.is_headless:
            return  # under test: the process is the test runner's, not ours to stop
        # After the first frame is drawn: a backup can wait, the first frame cannot.
        self.call_after_refresh(self.backup_if_due)
        loop = asyncio.get_running_loop()
        for name in ("SIGTERM", "SIGHUP"):
            number = getattr(signal, name, None)
            if number is not None:
                # Runs on the event loop, between messages: safe to save and to exit.
                loop.add_signal_handler(number, self.stop_for_signal, number)

    @work(thread=True, exclusive=True, group="backup")
    def backup_if_due(self) -> None:
        """At most once a day, a backup of the database (SQLite's online backup: it is safe
        while the app writes), keeping the last ``settings.backups``."""
        from interview_tui.store.backup import backup_due, make_backup

        now, keep = self.clock.now(), self.settings.backups
        if not keep or not backup_due(self.paths.database, now):
            return
        try:
            make_backup(self.paths.database, now, keep)
        except (sqlite3.Error, OSError, UserError) as error:
            self.call_from_thread(
                self.notify, f"Backup not made: {error}", severity="warning", timeout=10
            )

    def stop_for_signal(self, number: int) -> None:
        """Save what was typed (or keep it in a recovery file), then exit cleanly."""
        notes = self.save_typed_text()  # None: kept nowhere, but a signal cannot be refused
        self.exit(return_code=128 + number, message=Text(notes) if notes else None)

    def save_typed_text(self) -> str | None:
        """Make every typed answer safe; what to tell the user, or None if one is safe nowhere."""
        notes = []
        for screen in self.screen_stack:
            save = getattr(screen, "save_before_quit", None)
            if callable(save):
                note = save()
                if note is None:
                    return None
                notes.append(note)
        return "\n".join(note for note in notes if note)

    async def action_quit(self) -> None:
        """Quit once every typed answer is safe; one that is safe nowhere keeps the app open."""
        notes = self.save_typed_text()
        if notes is not None:
            # Text, not a str: printed after exit, a path must not be read as markup.
            self.exit(message=Text(notes) if notes else None)

    def recover_draft(self, rehearsal: Rehearsal) -> None:
        """Offer back an answer that quitting could only keep in a recovery file."""
        from interview_tui.practice.recovery import discard_recovery, read_recovery

        where = (self.paths.data_dir, rehearsal.session_id, rehearsal.position)
        text = read_recovery(*where)
        if text is None or rehearsal.done or rehearsal.pending is not None:
            return
        rehearsal.draft = text
        try:
            rehearsal.save_draft(text)
        except UserError:
            return  # still only in the file, which stays until the database has it
        discard_recovery(*where)
        self.notify("Your answer that could not be saved last time is back.", timeout=8)
