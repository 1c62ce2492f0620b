"""Writes in turn with the keys typed meanwhile, mixed into the rehearse screen.

A submit, skip or rating is written in a worker (a locked database never freezes the
screen). Meanwhile the editor is read-only and what is typed is held (:mod:`held_keys`), then
typed again where it was meant to go once the write is done: the rating dialog after a
submit, the next question after a skip or a rating. ctrl+s and ctrl+n pressed during a write
are pressed again after it, in their place among the held keys.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual import events
from textual.widgets import TextArea

from interview_tui.errors import UserError
from interview_tui.tui.held_keys import HeldKeys
from interview_tui.tui.writes import write_in_background


class WritingInTurn:
    """Needs ``self.editor`` and ``self._failed(what, error)``; the screen sets ``_held``."""

    _held: HeldKeys
    _writing = False  # a submit, skip or rating is being written
    _was_read_only = False  # the editor's state before it, restored after

    @property
    def editor(self) -> TextArea:
        raise NotImplementedError

    def _failed(self, what: str, error: UserError) -> None:
        raise NotImplementedError

    def _write(
        self,
        write: Callable[[], object],
        then: Callable[[], None],
        what: str,
        undo: Callable[[], None] | None = None,
    ) -> None:
        """Write in a worker; the editor waits, and the keys typed meanwhile are held."""
        screen: Any = self
        self._hold()

        def settle() -> None:
            self._writing = False
            self.editor.read_only = self._was_read_only

        def done(_: object) -> None:
            settle()
            then()
            self._held.release(screen.app)

        def failed(error: UserError) -> None:
            settle()
            self._held.drop()
            if undo is not None:
                undo()
            self._failed(what, error)

        write_in_background(screen, write, done, failed)

    def _hold(self) -> HeldKeys:
        """From now until the write that follows settles, the editor waits and keys typed
        are held. Called by the write itself, or earlier by the rating dialog as it saves: the
        keys typed after its enter reach this screen before the rating's write begins."""
        if not self._writing:
            self._writing, self._was_read_only = True, self.editor.read_only
            self.editor.read_only = True
            self._held.start()
        return self._held

    def on_key(self, event: events.Key) -> None:
        self._held.hold(event)  # only while writing: the read-only editor let it through

    def _pressed_while_writing(self, key: str) -> None:
        """Queue ctrl+s or ctrl+n pressed during a write behind the keys typed before it (they
        bubble up from the editor to this screen's queue), to be pressed again after it."""
        screen: Any = self
        screen.call_later(self._typed_while_writing, key)

    def _typed_while_writing(self, key: str) -> None:
        if not self._held.keep(key):
            screen: Any = self
            screen.app.post_message(events.Key(key, None))  # the write is done: press it now
