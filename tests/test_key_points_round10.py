"""Key points round 10: points that name how the story ended ("the outcome once adopted",
"what they got in the end") follow the story's result; "what I took away" looks back like
"what I learned"; a story told partly in the present is an episode for the key points too;
and paraphrase families the fresh10 questions' cues lacked now meet their point, in wordings
of our own, while near misses stay silent.
"""

from __future__ import annotations

import pytest

from interview_tui.coaching.key_point_kinds import star_part_of
from interview_tui.coaching.nudges import tells_an_episode
from tests.helpers import coverage


def covered(bank_id: str, question_id: str, point: str, answer: str, past: bool = False) -> bool:
    """Whether ``answer`` covers ``point`` of the bundled question (as a story if ``past``)."""
    return coverage(bank_id, question_id, answer, past)[point]


@pytest.mark.parametrize(
    "point",
    [
        "the outcome once adopted",
        "the decision or change that followed",
        "what they got in the end",
        "the measured improvement",
    ],
)
def test_a_point_naming_the_ending_is_the_result(point: str) -> None:
    assert star_part_of(point) == "result"


@pytest.mark.parametrize(
    "point", ["the change you made", "the improvement you suggested", "what they got wrong"]
)
def test_a_point_about_a_step_or_a_fault_is_no_star_part(point: str) -> None:
    assert star_part_of(point) is None


REVIEW = (
    "Last year on the booking team I reviewed a change from a colleague, Tom, who had removed "
    "a lock on the basket table. I worried two users could book the same seat. He said the "
    "lock was slowing checkout down badly. We got on a call and ran both versions against a "
    "copy of the live data for an hour. "
)
LEARNED = ("software_engineering", "review_disagreement", "what you learned")


def test_what_i_took_away_is_a_lesson() -> None:
    lesson = "What I took away is to settle an argument like that with an experiment."
    assert covered(*LEARNED, REVIEW + lesson, past=True)


@pytest.mark.parametrize(
    "sentence",
    ["I took the laptop away and called him first thing.", "We ended the argument with a test."],
)
def test_a_step_with_away_or_with_the_lessons_words_is_no_lesson(sentence: str) -> None:
    assert not covered(*LEARNED, REVIEW + sentence, past=True)


PRESENT_STORY = (
    "When I start at the bakery, the owner Rosa was very quiet and polite. She say, maybe "
    "someone could wipe the trays. So first weeks I think she is only chatting, and I do "
    "other jobs first. One day she was upset with me about it and I felt awful. "
)


def test_a_story_told_partly_in_the_present_is_an_episode() -> None:
    assert tells_an_episode(PRESENT_STORY)
    assert covered(
        "working_across_difference",
        "different_communication_style",
        "the misreading it caused",
        PRESENT_STORY,
        past=True,
    )


def test_a_habit_in_the_present_is_still_no_episode() -> None:
    habit = "I always ask first. I usually tell people what I think. Last year I was busy."
    assert not tells_an_episode(habit)


@pytest.mark.parametrize(
    ("bank", "question", "point", "answer"),
    [
        (
            "behavioral",
            "difficult_colleague",
            "the behaviour that made it hard",
            "The new porter would mutter about me behind my back to the students.",
        ),
        (
            "behavioral",
            "set_direction_unclear",
            "why the team lacked direction",
            "For a whole season the allotment committee just drifted, arguing in circles.",
        ),
        (
            "behavioral",
            "failed_to_persuade",
            "what you proposed and to whom",
            "I took the plan for a four-day week to the owner at our Monday huddle.",
        ),
        (
            "behavioral",
            "failed_to_persuade",
            "what you now do differently",
            "These days I cost every idea first, before I say a word in a meeting.",
        ),
        (
            "data_analysis",
            "said_no_to_analysis",
            "the request and your concern",
            "Sorting the survey by religion would have been discriminatory and a privacy breach.",
        ),
        (
            "software_engineering",
            "design_tradeoff",
            "the criteria used to choose",
            "We scored the options on running cost, noise and how long the install would take.",
        ),
        (
            "pay_and_offers",
            "current_salary",
            "a steer towards expectations for this role",
            "For a supervisor's post round here I'd expect somewhere in the low thirties.",
        ),
        (
            "early_career",
            "choosing_first_role",
            "alternatives you considered",
            "I did get an offer from an insurer's graduate scheme, but it wasn't for me.",
        ),
    ],
)
def test_paraphrase_families_meet_their_point(
    bank: str, question: str, point: str, answer: str
) -> None:
    assert covered(bank, question, point, answer)


@pytest.mark.parametrize(
    ("bank", "question", "point", "answer"),
    [
        (
            "behavioral",
            "difficult_colleague",
            "the behaviour that made it hard",
            "The behaviour that made it hard was difficult, and the person was hard to handle.",
        ),
        (
            "behavioral",
            "failed_to_persuade",
            "what you now do differently",
            "What I now do differently is do things differently now.",
        ),
        (
            "pay_and_offers",
            "current_salary",
            "a steer towards expectations for this role",
            "I have steered towards expectations for this role in my thirties.",
        ),
    ],
)
def test_keyword_stuffed_answers_stay_uncovered(
    bank: str, question: str, point: str, answer: str
) -> None:
    assert not covered(bank, question, point, answer)
