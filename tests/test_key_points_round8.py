"""Key points round 8: generic outcome points that follow the STAR result, however the bank
words them ("the result and who benefited", "the final outcome"), and stay uncovered when the
story's "result" is a feeling, a lesson or a verdict (see coaching/key_points.py)."""

from __future__ import annotations

import pytest

from interview_tui.coaching.insights import analyse
from interview_tui.coaching.key_point_kinds import star_part_of
from interview_tui.coaching.wordlists import load_word_lists

WORDS = load_word_lists()

STORY = (
    "Two winters ago I was the only warden at a sheltered housing block when the lift broke "
    "for a fortnight. Three tenants on the top floor couldn't get down for their shopping. I "
    "rang the housing office every morning, I set up a rota of neighbours to carry bags up, "
    "and I booked the chemist to deliver. "
)


@pytest.mark.parametrize(
    "point",
    ["the result and who benefited", "the final outcome", "the actual result", "the results"],
)
def test_generic_outcome_points_follow_the_star_result(point: str) -> None:
    assert star_part_of(point) == "result"


@pytest.mark.parametrize(
    "point", ["the outcome and what you learned", "the joint outcome", "the result you expected"]
)
def test_an_outcome_point_with_more_to_it_is_judged_on_its_own_words(point: str) -> None:
    assert star_part_of(point) is None


def coverage(text: str, point: str) -> bool:
    (found,) = analyse(text, (point,), None, True, WORDS).key_points
    return found.covered


def test_an_outcome_told_without_cue_words_covers_the_result_and_who_benefited() -> None:
    ending = "The week after, all three of them sent a card to the office."
    assert coverage(STORY + ending, "the result and who benefited")


@pytest.mark.parametrize(
    "ending", ["I learned a lot.", "It felt great.", "We have 3 kids.", "I think it went well."]
)
def test_a_feeling_a_lesson_or_a_number_does_not_cover_the_result(ending: str) -> None:
    assert not coverage(STORY + ending, "the result and who benefited")


def cue_coverage(text: str, point: str, cues: tuple[str, ...]) -> bool:
    (found,) = analyse(text, (point,), None, False, WORDS, cues=(cues,)).key_points
    return found.covered


RIGHT_CALL = ("why it was the right call", ("right/necessary/needed", "reason", "cost/risk"))
TROUBLE = ("the trouble it caused", ("problem/issue", "hard/difficult"))


@pytest.mark.parametrize(
    ("text", "point"),
    [
        # "safe" is "risk" in another word, beside "needed" as the cue says it.
        ("It was needed because the old ramp was no longer safe for wheelchairs.", RIGHT_CALL),
        # "rude" is "difficult" in another word, beside "problem".
        ("The problem was that guests found the new signs rude and confusing.", TROUBLE),
    ],
)
def test_a_cue_said_in_a_synonym_backs_an_everyday_cue_word(
    text: str, point: tuple[str, tuple[str, ...]]
) -> None:
    assert cue_coverage(text, point[0], point[1])


@pytest.mark.parametrize(
    ("text", "point"),
    [
        # An everyday cue word alone, or a synonym alone, shows nothing.
        ("Whatever was needed, I did it that week.", RIGHT_CALL),
        ("The old ramp was no longer safe for wheelchairs.", RIGHT_CALL),
        ("The problem came up on the Friday after lunch.", TROUBLE),
        # Keyword-stuffing stays uncovered.
        ("It was the right call for the right reasons, and it was the right call.", RIGHT_CALL),
    ],
)
def test_an_everyday_word_or_a_synonym_alone_does_not_cover(
    text: str, point: tuple[str, tuple[str, ...]]
) -> None:
    assert not cue_coverage(text, point[0], point[1])


NO_PROMISES = ("not promising what you cannot deliver", ("promise/guarantee", "not/wouldn't"))


def test_a_bare_negation_is_no_evidence() -> None:
    text = "I did not know the answer to her question at the time."
    assert not cue_coverage(text, *NO_PROMISES)


def test_a_negation_still_backs_a_cue_word() -> None:
    text = "I would not promise the family a date that the builders might miss."
    assert cue_coverage(text, *NO_PROMISES)


LESSON = ("what you learned about coaching", ("learned/realised", "coaching", "listen/questions"))


def test_a_step_of_the_story_with_a_cue_word_is_no_lesson() -> None:
    text = "Every Thursday I sat in the back and listened while she ran the warm-up drills."
    assert not cue_coverage(text, *LESSON)


def test_a_lesson_told_looking_back_covers_the_point() -> None:
    text = "Since then I listen far more and talk a lot less at the sessions."
    assert cue_coverage(text, *LESSON)
