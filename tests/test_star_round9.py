"""STAR round 9: thanks sent in and others satisfied with the work as results; the speaker's
own cut by a figure and the setting's "still there" as none; an aim told as "the way to get
them…" and a job one "got asked" to do as the task (see coaching/star.py)."""

from __future__ import annotations

import pytest

from tests.helpers import star_parts as star

# An episode with no result of its own: each test adds one sentence at its end.
EPISODE = (
    "Last autumn I was working the returns desk at a garden centre. An old man came in with a "
    "hedge trimmer that had died on him halfway through his front hedge, and the model had "
    "been discontinued. I phoned the supplier, I found a refurbished one in our other store "
    "and I drove it round to his bungalow after my shift. "
)


def test_the_episode_alone_has_no_result() -> None:
    assert not star(EPISODE)["result"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Then he sent a thank-you card in to the manager.",
        "His daughter said he was chuffed, and the customer even left a glowing review.",
        "He tried it on the hedge that afternoon and the family were delighted with it.",
    ],
)
def test_thanks_sent_in_or_satisfaction_with_the_work_is_a_result(sentence: str) -> None:
    assert star(EPISODE + sentence)["result"]


@pytest.mark.parametrize(
    "sentence",
    [
        # The speaker's own step, by a figure, is an action.
        "Then I cut it to two calls a week so I wasn't pestering him.",
        # A letter the speaker sent is a step, not thanks received.
        "I sent a letter to head office about the discontinued part.",
    ],
)
def test_a_step_by_a_figure_or_the_speakers_own_letter_is_no_result(sentence: str) -> None:
    assert not star(EPISODE + sentence)["result"]


def test_what_was_still_there_at_the_start_is_the_setting_not_the_result() -> None:
    opening = (
        "Two years ago I joined a small charity where nobody from the original team was still "
        "there. "
    )
    story = (
        "I rang the funders, I rebuilt the donor list from old bank statements and I wrote "
        "to every name on it. It felt like a lot."
    )
    assert not star(opening + story)["result"]


# A story with steps and no result or task cue of its own.
STEPS = (
    "I rang the supplier, I checked the invoices for the last month and I showed my manager "
    "what I'd found."
)


@pytest.mark.parametrize(
    "opening",
    [
        "Last spring I got asked to sort out why our stationery bills kept going up. ",
        "Last spring I was sure that ordering in bulk was the way to get the bills down. ",
        # The problem others kept causing, which the speaker took on.
        "Last spring the senior buyers kept ignoring the new clerk's price checks. ",
    ],
)
def test_a_job_one_got_asked_to_do_an_aim_or_a_problem_others_kept_causing_is_the_task(
    opening: str,
) -> None:
    assert star(opening + STEPS)["task"]


def test_a_story_with_no_job_or_aim_has_no_stated_task() -> None:
    opening = "Last spring our stationery bills were going up. "
    assert not star(opening + STEPS)["task"]


def test_a_letter_that_set_the_story_off_is_no_result() -> None:
    story = (
        "Last spring the parents sent a letter of complaint about cars blocking the school "
        "gate at pick-up time. I counted the cars for a week, I rang the council about "
        "yellow lines, I drew up a walking-bus rota with two of the dads and I put a "
        "reminder in every newsletter, and honestly it was a lot of work on top of teaching."
    )
    assert not star(story)["result"]
