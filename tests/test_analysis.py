"""Word-by-word comparison of two answers: hand-checked cases and properties for any text."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interview_tui.review.analysis import Segment, WordDiff, word_count, word_diff


def same(text: str) -> Segment:
    return Segment("same", text)


def removed(text: str) -> Segment:
    return Segment("removed", text)


def added(text: str) -> Segment:
    return Segment("added", text)


def test_identical_answers_are_one_same_segment() -> None:
    diff = word_diff("I led the team.", "I led the team.")
    assert diff == WordDiff((same("I led the team."),), (same("I led the team."),))
    assert diff.similarity == 1.0


def test_pure_insertion() -> None:
    diff = word_diff("I led the team", "I led the whole team")
    # Nothing was taken out of the old answer: it stays one run.
    assert diff.old == (same("I led the team"),)
    assert diff.new == (same("I led the"), added("whole"), same("team"))
    assert diff.similarity == pytest.approx(4 / 5)


def test_deletion() -> None:
    diff = word_diff("I led the whole team", "I led the team")
    assert diff.old == (same("I led the"), removed("whole"), same("team"))
    assert diff.new == (same("I led the team"),)
    assert diff.similarity == pytest.approx(4 / 5)


def test_replacement() -> None:
    diff = word_diff("we shipped it late", "we shipped it early and cheaply")
    assert diff.old == (same("we shipped it"), removed("late"))
    assert diff.new == (same("we shipped it"), added("early and cheaply"))
    assert diff.similarity == pytest.approx(3 / 6)


def test_replacement_in_the_middle_keeps_both_ends() -> None:
    diff = word_diff("first we planned then we built", "first we argued then we built")
    assert diff.old == (same("first we"), removed("planned"), same("then we built"))
    assert diff.new == (same("first we"), added("argued"), same("then we built"))
    assert diff.similarity == pytest.approx(5 / 6)


def test_empty_old_answer() -> None:
    diff = word_diff("", "a brand new answer")
    assert diff == WordDiff((), (added("a brand new answer"),))
    assert diff.similarity == 0.0


def test_empty_new_answer() -> None:
    diff = word_diff("an answer since cleared", "   \n ")
    assert diff == WordDiff((removed("an answer since cleared"),), ())
    assert diff.similarity == 0.0


def test_two_empty_answers_are_alike() -> None:
    assert word_diff("", "") == WordDiff((), ())
    assert word_diff("", " \t").similarity == 1.0


def test_punctuation_and_case_count() -> None:
    diff = word_diff("It worked. Done", "It worked, done")
    assert diff.old == (same("It"), removed("worked. Done"))
    assert diff.new == (same("It"), added("worked, done"))
    assert diff.similarity == pytest.approx(1 / 3)


def test_whitespace_differences_are_ignored() -> None:
    diff = word_diff("I  led\n the\tteam ", "  I led the\n\nteam")
    assert diff == WordDiff((same("I led the team"),), (same("I led the team"),))
    assert diff.similarity == 1.0


def test_similarity_counts_against_the_longer_answer() -> None:
    assert word_diff("one two", "one two three four").similarity == pytest.approx(2 / 4)
    assert word_diff("one two three four", "one two").similarity == pytest.approx(2 / 4)
    assert word_diff("alpha beta", "gamma delta").similarity == 0.0


def test_word_count() -> None:
    assert word_count("") == 0
    assert word_count("  \n\t") == 0
    assert word_count("one") == 1
    assert word_count("  two\nwords, here. ") == 3


# -- properties ------------------------------------------------------------------------------

# Mostly words drawn from a small vocabulary (so answers share runs), and any text at all.
WORDS = st.sampled_from(["I", "led", "the", "team", "team.", "Team", "we", "é", "\u00a0", "-"])
SPACES = st.sampled_from([" ", "  ", "\n", "\t", "\r\n", "\u2003"])
ANSWERS = st.one_of(
    st.lists(st.one_of(WORDS, SPACES), max_size=40).map("".join),
    st.lists(WORDS, max_size=30).map(" ".join),
    st.text(max_size=200),
)


def words(segments: tuple[Segment, ...], *changes: str) -> list[str]:
    return [word for s in segments if s.change in changes for word in s.text.split()]


@given(ANSWERS, ANSWERS)
def test_segments_rebuild_both_answers(old: str, new: str) -> None:
    diff = word_diff(old, new)
    assert words(diff.old, "same", "removed") == old.split()
    assert words(diff.new, "same", "added") == new.split()
    # Each side only holds its own kinds of change, and the same words in the same order.
    assert {s.change for s in diff.old} <= {"same", "removed"}
    assert {s.change for s in diff.new} <= {"same", "added"}
    assert words(diff.old, "same") == words(diff.new, "same")
    # Runs are whole: no empty segment, no two neighbours of one kind.
    for side in (diff.old, diff.new):
        assert all(s.text.split() for s in side)
        assert all(a.change != b.change for a, b in pairwise(side))
    assert 0.0 <= diff.similarity <= 1.0
    assert (diff.similarity == 1.0) == (old.split() == new.split())


@given(ANSWERS)
def test_an_answer_compared_with_itself_is_all_same(text: str) -> None:
    diff = word_diff(text, text)
    assert {s.change for s in diff.old + diff.new} <= {"same"}
    assert diff.similarity == 1.0
    assert word_count(text) == len(words(diff.new, "same"))
