"""STAR round 10: how people state the task without "my task was" (a job title, a post run in
the present, taking the job on, a requirement, what was at stake), how an ending is told (a
decision others made, a state that has held, work done by a date, better than before, the fix
that got done, how things stand now), terse and present-tense steps, and stories told with a
measure that moved or partly in the present (see coaching/star.py, coaching/star_patterns.py).
"""

from __future__ import annotations

import pytest

from interview_tui.coaching.applies import is_past_behaviour
from tests.helpers import star_parts as star

# An episode with steps but neither a task nor a result: each test adds one sentence.
EPISODE = (
    "Two summers ago the water butts at our allotment site ran dry every July and the older "
    "plot holders were carrying cans from the pub tap. I measured the roof of the tool shed, "
    "I rang the council about a grant and I fitted two new gutters with a neighbour. "
)


def test_the_episode_alone_has_no_task_and_no_result() -> None:
    parts = star(EPISODE)
    assert parts["action"] and not parts["task"] and not parts["result"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The committee turned the idea down flat.",
        "The new gutters have been up four years now.",
        "We got all forty plots planted by the first of May.",
        "The runner beans did better than they ever had.",
        "The leak in the old tank finally got fixed as well.",
        "Now we share the watering between six of us.",
        "The chair asked me to be her deputy.",
        "The whole thing went in on schedule.",
    ],
)
def test_an_ending_told_as_a_decision_a_state_or_a_date_is_a_result(sentence: str) -> None:
    assert star(EPISODE + sentence)["result"]


@pytest.mark.parametrize(
    "sentence",
    [
        # The time of a step, not what came after.
        "I stayed on an hour after my shift to finish the second gutter.",
        "I learned a lot about patience from it.",
        "I felt really proud of it.",
        "Now I know to check the gutters before spring.",
        "Now we need to find money for a third butt.",
        "Now she wants a bigger tank as well.",
        # A plan, and a condition.
        "Next year the plan is to get every plot mulched by the first of June.",
        "If the committee said no, I'd have tried the parish instead.",
    ],
)
def test_reflection_feeling_a_plan_or_the_time_of_a_step_is_no_result(sentence: str) -> None:
    assert not star(EPISODE + sentence)["result"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I was the site secretary that year.",
        "I was one of four carers on the early rota at the time.",
        "I run the seed swap on Saturdays.",
        "Nobody else would, so I took it on myself.",
        "It had to be finished before the summer show.",
        "If we missed the June planting, we'd lose the whole season.",
    ],
)
def test_a_role_taking_the_job_on_a_requirement_or_the_stake_is_the_task(
    sentence: str,
) -> None:
    assert star(EPISODE + sentence)["task"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I was a bit nervous about the ladder.",
        "My sister was a nurse and lent us her car.",
        "I was a lot happier once it rained.",
    ],
)
def test_a_feeling_or_someone_elses_job_is_no_task(sentence: str) -> None:
    assert not star(EPISODE + sentence)["task"]


TERSE = (
    "Small charity shop, last winter. The card reader at the till kept failing. Customers "
    "were walking out with nothing. Volunteers were apologising all day. The area manager "
    "said it wasn't her problem. "
)


def test_terse_steps_without_an_i_are_the_action() -> None:
    assert star(TERSE + "Rang the bank. Swapped the reader for the spare from the back.")["action"]


def test_turned_out_and_seemed_are_no_steps() -> None:
    assert not star(TERSE + "Turned out it was the wifi. Seemed to be the router.")["action"]


PRESENT = (
    "When I start at the bakery, the owner Rosa was very quiet, very polite. One day the "
    "big order for a wedding was late and she was upset with me. I ask my friend what she "
    "means, and then I go to Rosa and I tell her sorry, in my country we speak more direct. "
)


def test_a_story_told_partly_in_the_present_is_an_episode_with_its_steps() -> None:
    parts = star(PRESENT + "Now we laugh about it, and she asked me to be her deputy.")
    assert parts == {"situation": True, "task": True, "action": True, "result": True}


def test_a_habit_told_in_the_present_is_still_no_episode() -> None:
    habit = (
        "I always ask the customer what the cake is for, and I tell them the price before "
        "anything else. I usually go to the owner with big orders and I tend to write it down."
    )
    assert not any(star(habit).values())


def test_a_measure_that_moved_and_what_was_going_on_make_a_short_episode() -> None:
    text = (
        "At the bus depot, morning departures were late most days. I pulled the logs for a "
        "month. Drivers were waiting at the office window for their keys. I set up a key "
        "cabinet by the gate. The average delay went down to four minutes."
    )
    assert star(text) == {"situation": True, "task": True, "action": True, "result": True}


@pytest.mark.parametrize(
    "question",
    [
        "Tell me about something you built that changed things for users.",
        "Tell me about a report you wrote that someone acted on.",
    ],
)
def test_a_question_about_one_thing_you_did_asks_for_a_past_episode(question: str) -> None:
    assert is_past_behaviour(question)


@pytest.mark.parametrize(
    "question",
    [
        "Tell me about something you would build if you had a free month.",
        "Tell me about something you're proud of.",
        "Tell me about a tool you use every day.",
    ],
)
def test_a_question_about_a_plan_a_trait_or_a_habit_does_not(question: str) -> None:
    assert not is_past_behaviour(question)


@pytest.mark.parametrize(
    "sentence",
    [
        "We got through the whole heatwave on rainwater.",
        "Not a single plot lost its crop that August.",
        "The committee now uses my gutter drawing for every new shed.",
    ],
)
def test_coming_through_no_loss_and_others_keeping_the_work_are_results(sentence: str) -> None:
    assert star(EPISODE + sentence)["result"]


def test_getting_through_a_door_early_in_the_story_is_no_result() -> None:
    opening = "The first morning I got through the gate and saw the butts were empty. "
    assert not star(opening + EPISODE)["result"]
