"""Key-point coverage that generalises: points naming a STAR part follow the story's part,
points named by a doing ("finding the cause") are met by an approach, everyday synonyms, and
the rubric read back still covers nothing (see coaching/key_points.py)."""

from __future__ import annotations

from interview_tui.coaching.insights import analyse
from interview_tui.coaching.key_point_kinds import star_part_of
from interview_tui.coaching.wordlists import load_word_lists

WORDS = load_word_lists()

STORY = (
    "One Friday at the pharmacy a woman came in for her husband's pain patches and we had "
    "only half the order. She had already been to two other pharmacies and she started "
    "crying. I rang the wholesaler and got the rest on the afternoon van, and I gave her "
    "enough patches to last until then. "
)


def covered(answer: str, points: tuple[str, ...], behavioral: bool = True) -> list[bool]:
    return [p.covered for p in analyse(answer, points, None, behavioral, WORDS).key_points]


def test_points_that_name_a_star_part_are_recognised() -> None:
    assert star_part_of("the outcome") == "result"
    assert star_part_of("How things ended for the person") == "result"
    assert star_part_of("the action you took") == "action"
    assert star_part_of("the outcome you hoped for, and why") is None
    assert star_part_of("what made the situation difficult") is None


def test_an_outcome_point_follows_the_storys_result() -> None:
    points = ("how things ended for the person",)
    # Told in words no synonym list holds: what happened later.
    ended = STORY + "Our driver dropped the rest off, and a week later she came in with a card."
    assert covered(ended, points) == [True]
    # A lesson is not how it ended, whatever words it shares with the point.
    assert covered(STORY + "Looking back, I learned a lot about people.", points) == [False]


def test_points_about_how_the_change_showed_follow_the_storys_result() -> None:
    assert star_part_of("how you knew it worked") == "result"
    assert star_part_of("how the hire worked out") == "result"
    assert star_part_of("how the team changed afterwards") == "result"
    points = ("how you knew it worked",)
    shown = STORY + "When I checked her record a month later, she had not missed a dose."
    assert covered(shown, points) == [True]
    assert covered(STORY + "I think she was quite relieved.", points) == [False]


def test_a_point_named_by_a_doing_is_met_by_an_approach() -> None:
    habit = (
        "I always start by assuming there is a reason I don't know about yet. I'd book a "
        "proper one-to-one and ask what is getting in the way and why, and what has changed "
        "for them recently, before I decide anything at all."
    )
    assert covered(habit, ("finding the cause", "the outcome")) == [True, False]


def test_everyday_words_for_hard_and_prepared() -> None:
    points = ("the news and why it was hard", "how you prepared")
    answer = (
        "I had to ring eleven customers to say their kitchens would be three weeks late, and the "
        "worst was a couple who had booked the whole family for Christmas dinner. Before I rang "
        "anyone I got the owner to agree what we could offer them: a temporary worktop fitted "
        "free and ten percent off the bill. She was upset when I told her."
    )
    assert covered(answer, points) == [True, True]


def test_the_rubric_read_back_still_covers_nothing() -> None:
    points = ("the news and why it was hard", "how you prepared", "the outcome")
    answer = (
        "I gave the news and it was hard. I prepared well and how I prepared was good. "
        "The outcome was a good outcome."
    )
    assert covered(answer, points) == [False, False, False]
