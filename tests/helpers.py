"""Small helpers shared by the tests."""

from __future__ import annotations

import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from interview_tui.coaching.checker import check_question
from interview_tui.coaching.wordlists import WordLists, load_word_lists
from interview_tui.store.database import Store


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


def rules_in(text: str, context: str) -> set[str]:
    """:func:`flagged_rules` in a context of the labelled sets ("informational", "hiring",
    "candidate")."""
    return flagged_rules(text, context == "informational", context == "hiring")


@contextmanager
def locked_by_another_program(store: Store, database: Path) -> Iterator[None]:
    """Another program holds the database's write lock until the block ends; ``store`` waits
    for it long enough (30 s) that its write is surely still waiting while the block runs."""
    store._db.execute("PRAGMA busy_timeout = 30000")
    blocker = sqlite3.connect(database, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
