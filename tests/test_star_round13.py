"""STAR round 13: the task told as a worry, a placement, a clash or what the team runs; steps
chained after one "we"; the matter taken up by others as the ending; and a story told mostly
in the present that still has two past clauses and a named day (see coaching/star.py,
coaching/star_patterns.py, coaching/nudges.py)."""

from __future__ import annotations

import pytest

from tests.helpers import star_parts as star

# An episode with two steps but neither a task nor a result: each test adds one sentence.
EPISODE = (
    "Last spring the parish newsletter kept arriving at the printers with half the photos "
    "missing. I phoned the printers on the Monday and I emailed the vicar a list of the pages "
    "that had gone wrong. "
)


def test_the_episode_alone_has_no_task_and_no_result() -> None:
    parts = star(EPISODE)
    assert parts["action"] and not parts["task"] and not parts["result"]


@pytest.mark.parametrize(
    "sentence",
    [
        "My main worry was that the advertisers would pull out.",
        "That was the year I did my placement with the diocese office.",
        "The editor and I clashed over who should chase the photographers.",
        "We run a small print shop on the high street for the parish.",
        "I was working as a barista in the café next door at the time.",
    ],
)
def test_a_task_told_as_a_worry_a_placement_a_clash_or_a_post(sentence: str) -> None:
    assert star(EPISODE + sentence)["task"]


@pytest.mark.parametrize(
    "sentence",
    [
        "She wanted to know why it kept happening.",
        "The printers run a night shift on Fridays.",
        "Her worry seemed to be the cost.",
    ],
)
def test_another_person_s_wish_worry_or_routine_is_no_task(sentence: str) -> None:
    assert not star(EPISODE + sentence)["task"]


def test_steps_chained_after_one_we_are_each_a_step() -> None:
    story = (
        "Two winters ago the boiler at our community hall broke the week of the pensioners' "
        "lunch. We were three days out and I had the keys. We borrowed three heaters from the "
        "scout hut, moved the tables into the small room and rang round the drivers the night "
        "before."
    )
    assert star(story)["action"]


def test_one_step_and_a_state_are_not_two_steps() -> None:
    story = (
        "Two winters ago the boiler at our community hall failed the week of the pensioners' "
        "lunch. It was freezing, the heaters were nowhere and the caretaker had gone home. "
        "We borrowed three heaters, worried and cold."
    )
    assert not star(story)["action"]


def test_the_matter_taken_up_by_others_ends_the_story() -> None:
    """Told mostly in the present, as some speakers do: two past clauses and a named day make
    it an episode, and what others did with the matter ends it."""
    story = (
        "One day a lady come to the counter and ask me for her neighbour's prescription. "
        "I tell her I cannot give it without a signed note, and I ring the neighbour to "
        "check. The neighbour was very grateful and she sent her son with the note the next "
        "morning, and they dealt with it at the counter."
    )
    parts = star(story)
    assert parts["action"] and parts["result"]


def test_who_deals_with_what_in_the_setting_is_no_result() -> None:
    story = (
        "Our manager dealt with it whenever the tills jammed, but last summer she was away. "
        "When the tills jammed on a Saturday I rang the helpline, I found the reset code in "
        "the manual and I talked two new starters through the restart while the queue grew "
        "out of the door and down the street past the bakery."
    )
    assert not star(story)["result"]


def test_a_thin_story_that_names_its_occasion_keeps_the_task_it_states() -> None:
    parts = star(
        "I once left the fridge door open in the staff kitchen over a bank holiday, and the "
        "milk went off. It was my responsibility to lock up that week."
    )
    assert parts["situation"] and parts["task"]
    assert not parts["action"] and not parts["result"]


def test_a_thin_story_with_no_occasion_has_no_task() -> None:
    parts = star("It was my responsibility to lock up, and the milk in the staff fridge went off.")
    assert not parts["situation"] and not parts["task"]
