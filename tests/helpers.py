"""Small helpers shared by the tests."""

from __future__ import annotations

import sqlite3
import subprocess
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import pytest

from interview_tui.banks.model import BankSource, Question
from interview_tui.banks.sources import load_banks
from interview_tui.coaching.checker import check_question
from interview_tui.coaching.insights import analyse
from interview_tui.coaching.wordlists import WordLists, load_word_lists
from interview_tui.paths import bundled_banks_dir
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


@cache
def bundled_question(bank_id: str, question_id: str) -> Question:
    """A question of a bundled bank, loaded through the real loader (once per question)."""
    bank = load_banks([BankSource(bundled_banks_dir(), "bundled")]).get(bank_id)
    assert bank is not None, bank_id
    return next(q for q in bank.questions if q.id == question_id)


def cue_covered(bank_id: str, question_id: str, point: str, answer: str) -> bool:
    """Whether ``answer`` covers ``point`` of the bundled question by that point's own cues,
    judged as an approach (not a past-behaviour story), so that only the cues decide."""
    question = bundled_question(bank_id, question_id)
    index = question.key_points.index(point)
    found = analyse(
        answer,
        (point,),
        None,
        False,
        word_lists(),
        cues=(question.key_point_cues[index],),
        question=question.text,
    )
    return found.key_points[0].covered


def coverage(bank_id: str, question_id: str, answer: str, past: bool = False) -> dict[str, bool]:
    """Coverage of every key point of the bundled question, judged as the app judges it
    (among all the question's points; as a past-behaviour story if ``past``)."""
    question = bundled_question(bank_id, question_id)
    found = analyse(
        answer,
        question.key_points,
        None,
        past,
        word_lists(),
        cues=question.key_point_cues,
        question=question.text,
    )
    return {point.point: point.covered for point in found.key_points}


def star_parts(text: str, key_points: tuple[str, ...] = ()) -> dict[str, bool]:
    """The STAR parts the coaching finds in ``text``, read as a past-behaviour answer."""
    found = analyse(text, key_points, None, True, word_lists()).star
    assert found is not None
    return found


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


CueCase = tuple[tuple[str, str], str, str]  # ((bank id, question id), key point, answer)
CueTest = Callable[[tuple[str, str], str, str], None]


def cue_tests(
    covered: Sequence[CueCase], near_misses: Sequence[CueCase]
) -> tuple[
    Callable[[tuple[str, str], str, str], None], Callable[[tuple[str, str], str, str], None]
]:
    """The two tests of a file of cue paraphrases, to bind to ``test_…`` names there: each
    case of ``covered`` is met by its point's own cues, and no case of ``near_misses`` is."""

    @pytest.mark.parametrize(("where", "point", "answer"), covered)
    def test_a_paraphrase_is_covered(where: tuple[str, str], point: str, answer: str) -> None:
        assert cue_covered(*where, point, answer), answer

    @pytest.mark.parametrize(("where", "point", "answer"), near_misses)
    def test_a_near_miss_stays_not_detected(
        where: tuple[str, str], point: str, answer: str
    ) -> None:
        assert not cue_covered(*where, point, answer), answer

    return test_a_paraphrase_is_covered, test_a_near_miss_stays_not_detected
