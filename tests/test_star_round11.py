"""STAR round 11: what is taken as a result when it is not, and the endings that were missed
(see coaching/star.py, coaching/star_patterns.py).

A result is what the episode changed. The time a step was taken or arranged, a score on a first
try, a move between places, what a routine used to bring, a change only announced, a deadline,
a fault that was there before the story and the speaker giving up a habit are none of them;
an estimate against what it took, what a change brought in, a recovery, what did not come
back, more of the work handed over, nobody hurt, a handshake and a grade got all are.
"""

from __future__ import annotations

import pytest

from tests.helpers import star_parts as star

# An episode with steps but neither a task nor a result: each test adds one sentence at the
# end, where a story's ending goes.
EPISODE = (
    "Last autumn the lane behind the primary school was full of fly-tipped rubbish and the "
    "parents walking their children through it had started to grumble on the village page. "
    "I photographed every pile, I wrote to the landowner and I borrowed grabbers and gloves "
    "from the parish council. I put a notice up in the shop window and I ran two Saturday "
    "mornings of clearing with whoever turned up. "
)


def test_the_episode_alone_has_no_task_and_no_result() -> None:
    parts = star(EPISODE)
    assert parts["action"] and not parts["task"] and not parts["result"]


@pytest.mark.parametrize(
    "sentence",
    [
        # What an estimate came to.
        "I reckoned the clearing would take three weekends and it took nine.",
        # What the change brought in, what the people became.
        "Then I put the notice on the school newsletter too, which brought in far more volunteers.",
        "Three of them later became our regular litter pickers.",
        # Someone cared for got better.
        "The old boy who'd cut his hand on the glass made a full recovery.",
        # What did not come back.
        "The warden didn't find a single bag dumped there again.",
        # More of the work handed over.
        "The parish clerk asked me to run the spring clean as well.",
        # Nobody hurt, a handshake, a grade got.
        "Nobody went hungry at the harvest supper that year.",
        "The landowner came down to the lane and shook my hand.",
        "For the geography project on it I got 68 in the final assessment.",
        # What fell away.
        "The complaints on the village page tailed right off.",
        "The man whose tip it was said thanks and left it at that.",
        # What stopped coming the speaker's way.
        "We stopped getting complaints from the school.",
    ],
)
def test_an_ending_told_in_these_words_is_a_result(sentence: str) -> None:
    assert star(EPISODE + sentence)["result"]


@pytest.mark.parametrize(
    "sentence",
    [
        # A score on a first try is where it started.
        "I got thirty percent on my first practice paper about waste law.",
        # A move between places.
        "I had only just moved from a city flat to a farm cottage when it started.",
        # The speaker's next step, and the time of a step.
        "After that I just walked the lane twice more with a bin bag.",
        "I asked the landowner to meet me by the gate the following morning.",
        "I told the parish chair about it at the end of the meeting.",
        # What the routine used to bring.
        "Every week the bags split, which meant foxes in the rubbish a day later.",
        # A change announced, a deadline, a fault from before the story.
        "The council's bin rounds were being cut from three a week to one.",
        "Every sack had to be collected within two days.",
        "The streetlight at the far end had stopped working long before.",
        # The speaker giving up a habit is a step.
        "So I just stopped posting about it on the village page.",
        "I slowed down, and stopped arguing with the landowner's agent.",
        # A purpose.
        "I wanted to make sure it never happened again.",
    ],
)
def test_the_time_of_a_step_a_first_score_or_a_habit_given_up_is_no_result(
    sentence: str,
) -> None:
    assert not star(EPISODE + sentence)["result"]


@pytest.mark.parametrize(
    "sentence",
    [
        # Near misses the rules leave silent: a head shaken, nobody willing, a lesson, a
        # plan for later.
        "The agent shook his head and drove off.",
        "Nobody wanted to do the Sunday rota.",
        "I learned that people will help if you ask them properly.",
        "Next year the plan is to clear it every month.",
        "The landowner didn't want to hear about it again.",
    ],
)
def test_near_misses_stay_silent(sentence: str) -> None:
    assert not star(EPISODE + sentence)["result"]


def test_a_habit_given_up_with_what_it_brought_in_is_a_result() -> None:
    """The step ("I stopped ringing") is not the result; what it got is."""
    stopped = "I also stopped ringing in the evenings and texted instead"
    assert not star(EPISODE + stopped + ".")["result"]
    assert star(EPISODE + stopped + ", which got far more answers.")["result"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I was set a target of ninety full bags by the parish.",
        "Half the kit was stuff I'd never used.",
        "Organising volunteers was all new to me.",
    ],
)
def test_a_target_set_or_what_was_new_to_the_speaker_is_the_task(sentence: str) -> None:
    assert star(EPISODE + sentence)["task"]


def test_a_step_the_speaker_had_never_taken_is_not_the_task() -> None:
    assert not star(EPISODE + "I even rang the local paper, which I'd never done.")["task"]


@pytest.mark.parametrize(
    "sentence",
    [
        # A feeling or a reflection said with an ending's words.
        "In the end I felt far more sure of myself.",
        "I was really proud of the volunteers in the end.",
        "Afterwards I felt shattered, to be honest.",
        "The result was that I felt a lot calmer about the lane.",
        "It was a real eye-opener in the end.",
        "It taught me a lot in the end about asking for help.",
        "Ever since, I've wondered whether I should have called the council first.",
        "I ended up feeling much more part of the village.",
        "At the end of the day, you just have to get your gloves on.",
        # A wish, and a share of a grade that is the stake.
        "I hope that in the end the landowner saw our side.",
        "My write-up of it was thirty percent of the final grade.",
    ],
)
def test_a_feeling_reflection_or_wish_told_as_an_ending_is_no_result(sentence: str) -> None:
    assert not star(EPISODE + sentence)["result"]


@pytest.mark.parametrize(
    "sentence",
    [
        "In the end we cut the fly-tipping by half.",
        "Afterwards the council fenced the lane off.",
        "In the end the landowner paid for a skip, and I felt proud.",
        "As a result the lane has stayed clear.",
    ],
)
def test_what_changed_told_with_an_ending_still_is_a_result(sentence: str) -> None:
    assert star(EPISODE + sentence)["result"]
