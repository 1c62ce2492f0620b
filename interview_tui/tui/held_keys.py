"""Keys typed while a write is under way, typed again where they were meant to go.

A fast typist sends ``ctrl+s 4 3 4 3 s enter`` in one burst: the answer is being saved when
the scores arrive, the editor is read-only for that moment, and the scores would fall on the
floor; the rating dialog would then open unrated. Held here instead, they are typed again
once the write is done, into whatever has the focus then: the rating dialog after a submit,
the next question's editor after a skip or a rating.

Only the keys that would type text or confirm are held (characters, enter, backspace); a
screen's own bindings (ctrl+g, f1…) pass and keep working during the write. A binding whose
action must wait for the write (ctrl+s, ctrl+n) is kept with :meth:`HeldKeys.keep`, and a
rating dialog that has just saved holds every key it still gets (``hold(every=True)``).
"""

from __future__ import annotations

from textual import events
from textual.app import App

#: Keys held besides printable characters.
HELD = frozenset({"enter", "backspace"})


class HeldKeys:
    """Holds keys between :meth:`start` and :meth:`release` (or :meth:`drop`)."""

    def __init__(self) -> None:
        self._keys: list[tuple[str, str | None]] | None = None

    def start(self) -> None:
        """Hold from now on; keys already held stay held (a second start loses nothing)."""
        if self._keys is None:
            self._keys = []

    def hold(self, event: events.Key, every: bool = False) -> bool:
        """Keep ``event`` for later if holding and it types or confirms (or ``every`` key:
        a closing dialog's keys are all the next screen's); True when kept."""
        if self._keys is None or not (every or event.is_printable or event.key in HELD):
            return False
        self._keys.append((event.key, event.character))
        event.stop()
        event.prevent_default()
        return True

    def keep(self, key: str) -> bool:
        """Keep a key the screen took as a binding (ctrl+s) if holding; True when kept."""
        if self._keys is None:
            return False
        self._keys.append((key, None))
        return True

    def drop(self) -> None:
        """Forget the held keys (the write failed: they were meant for what did not come)."""
        self._keys = None

    def release(self, app: App[object]) -> None:
        """Type the held keys again, once the screen the write led to has drawn."""
        keys, self._keys = self._keys or [], None
        if keys:
            app.call_after_refresh(_type, app, keys)


def _type(app: App[object], keys: list[tuple[str, str | None]]) -> None:
    for key, character in keys:
        app.post_message(events.Key(key, character))
