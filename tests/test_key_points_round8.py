"""Key points round 8: generic outcome points that follow the STAR result, however the bank
words them ("the result and who benefited", "the final outcome"), and stay uncovered when the
story's "result" is a feeling, a lesson or a verdict (see coaching/key_points.py)."""

from __future__ import annotations

import pytest

from interview_tui.coaching.insights import analyse
from interview_tui.coaching.key_points import star_part_of
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
