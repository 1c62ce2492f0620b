"""STAR round 8: results told as what came afterwards, a state that held, someone else's
return or everyone's fate; verdicts and stakes that are no result; and terse stories whose
narration has named subjects rather than "I" (see coaching/star.py and coaching/nudges.py)."""

from __future__ import annotations

import pytest

from interview_tui.coaching.nudges import tells_an_episode
from tests.helpers import star_parts as star

# An episode with no result of its own: each test adds one sentence at its end.
EPISODE = (
    "Last winter I ran the front desk at a small dental surgery. A new patient arrived for a "
    "root canal and he was clearly terrified, gripping the counter. I sat him in the quiet "
    "room, I fetched the hygienist to explain each step and I moved his slot to the end of "
    "the day so nobody would rush him. "
)


def test_the_episode_alone_has_no_result() -> None:
    assert not star(EPISODE)["result"]


@pytest.mark.parametrize(
    "sentence",
    [
        # What came a while later, and someone else's doing then.
        "The month after, she booked her check-up with us again.",
        "Six weeks in, he was coming without his sister to hold his hand.",
        # Work finished ahead of a later moment.
        "We had the new chair fitted two days before the inspector came.",
        "They had the sign up by Tuesday lunchtime.",
        # What has been done again since.
        "We've used the quiet room for nervous patients on every shift since.",
        # A state restored, everyone's fate, something that still goes on.
        "The evening clinic was back open within the term and has stayed full.",
        "Both of them kept their appointments that spring.",
        "Nervous patients get that room now, and the practice still offers it on every list.",
        "The branch reopened as a drop-in centre.",
    ],
)
def test_a_result_told_as_what_came_after_is_recognised(sentence: str) -> None:
    assert star(EPISODE + sentence)["result"]


@pytest.mark.parametrize(
    "sentence",
    [
        # Feelings, lessons and a bare unrelated number stay silent.
        "I learned a lot from it.",
        "It felt great.",
        "We have 3 kids.",
        "It still hurts to think how scared he was.",
        # A verdict with no "what" in it, even with a cue word.
        "I think it went okay in the end.",
        "It's improved a lot since then.",
        # A stake, not a result.
        "The review was worth thirty per cent of my appraisal.",
        # A date shown, not a later moment.
        "His booking showed on the next day in the diary.",
        # A step of the speaker's, or trouble that went on, is not how it ended.
        "I reopened the complaint file the same afternoon.",
        "Both of them kept ringing the desk every hour.",
    ],
)
def test_a_feeling_a_verdict_or_a_stake_is_not_a_result(sentence: str) -> None:
    assert not star(EPISODE + sentence)["result"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The week after he started, the manager left. ",
        "Two weeks in, she asked me for help. ",
    ],
)
def test_a_later_moment_that_opens_the_story_is_not_its_result(sentence: str) -> None:
    assert not star(sentence + EPISODE)["result"]


def test_taking_over_a_role_is_the_task() -> None:
    opening = "I took over the lunch rota when the old coordinator retired. "
    assert star(opening + "I sat with each cook and I rewrote the sheet.")["task"]


TERSE = (
    "Depot manager wanted the trailer loaded by four. Pallets came in short. I told him I'd "
    "count the lot before anything moved. Driver waited an hour."
)


def test_terse_narration_with_named_subjects_tells_an_episode() -> None:
    assert tells_an_episode(TERSE)
    assert star(TERSE)["situation"]


@pytest.mark.parametrize(
    "text",
    [
        # A vague past-tense non-story: "it was", "the impact was" narrate nothing.
        "There was a problem I should have seen. It was obvious in hindsight. The impact was "
        "real, but I fixed it.",
        # A habit stays a habit, whatever a named someone does in it.
        "I always check the rota first. I would ring the manager. The team usually agreed.",
    ],
)
def test_states_and_habits_are_no_episode(text: str) -> None:
    assert not tells_an_episode(text)


def test_a_thin_story_that_names_its_occasion_has_a_situation_only() -> None:
    text = "I once left the walk-in freezer open overnight at the bakery. Not my best week."
    assert star(text) == {"situation": True, "task": False, "action": False, "result": False}


@pytest.mark.parametrize(
    "text",
    [
        "I always check the walk-in freezer door once I've closed up the bakery at night.",
        "Freezer doors at bakeries are tricky things, and mistakes with them cost a lot.",
    ],
)
def test_a_habit_or_a_remark_names_no_occasion(text: str) -> None:
    assert not star(text)["situation"]
