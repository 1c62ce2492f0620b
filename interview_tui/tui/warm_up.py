"""The rehearsal screen and its coaching, made ready on a thread while home is being read.

Opening the first question imports the rehearsal screen (with Markdown, the checker's rules
and STAR's word lists) and loads the checker's learned model: about a third of a second,
paid when the user has just asked for a question. Once home has been on screen for
:data:`WARM_UP_DELAY` seconds, after start-up has settled, this does that work on a thread,
so the first question opens at once. A user quicker than that loses nothing: Python's import
lock makes the session's own import wait for the thread's instead of doing it twice.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from interview_tui.coaching.wordlists import WordLists

WARM_UP_DELAY = 0.8
# A question to check, so that the checker loads its learned model.
_SAMPLE = "What does a usual week look like for you?"


def warm_up(words: Callable[[], WordLists]) -> threading.Thread:
    """Start importing the rehearsal screen and loading the checker on a daemon thread."""
    thread = threading.Thread(target=_run, args=(words,), name="warm-up", daemon=True)
    thread.start()
    return thread


def _run(words: Callable[[], WordLists]) -> None:
    try:
        import interview_tui.tui.screens.rehearse  # noqa: F401
        from interview_tui.coaching.checker import check_question

        check_question(_SAMPLE, words(), informational=True)
    except Exception:
        # Only a head start: whatever failed here fails again, and is reported, in the session.
        return
