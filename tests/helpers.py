"""Small helpers shared by the tests."""

from __future__ import annotations

import subprocess
from functools import cache

from interview_tui.coaching.checker import check_question
from interview_tui.coaching.wordlists import WordLists, load_word_lists


def dead_pid() -> int:
    """The pid of a process that has finished: a crashed app's, as far as the store can tell."""
    process = subprocess.Popen(["true"])
    process.wait()
    return process.pid


@cache
def word_lists() -> WordLists:
    """The bundled word lists, loaded once for all the tests."""
    return load_word_lists()


def flagged_rules(text: str, informational: bool = False, hiring: bool = False) -> set[str]:
    """The rules the checker flags ``text`` with (the bundled word lists), as rule ids."""
    flags = check_question(text, word_lists(), informational=informational, hiring=hiring)
    return {flag.rule for flag in flags}
