"""STAR parts from general patterns: the task implied by a role, the result told as what
happened next, and answers that only read the key points back (see coaching/star.py)."""

from __future__ import annotations

import pytest

from interview_tui.coaching.nudges import tells_an_episode
from interview_tui.coaching.stemming import stem
from tests.helpers import star_parts as star

# An episode with no task and no result of its own: each test adds one sentence.
EPISODE = (
    "It was a wet Saturday in March at the garden centre. A man came in with a broken mower "
    "and he was shouting at the till. I listened, then I checked the receipt and I rang the "
    "supplier. "
)


def test_the_episode_alone_has_no_task_or_result() -> None:
    assert star(EPISODE) == {"situation": True, "task": False, "action": True, "result": False}


@pytest.mark.parametrize(
    "sentence",
    [
        "I was covering the manager's job that fortnight.",
        "I was on the returns desk that day.",
        "We were meant to clear the backlog by Friday.",
        "My job that week was to handle the complaints.",
        "The brief was to keep every customer we could.",
        "The claims fell to me after she left.",
        "My supervisor asked me to sort it out before lunch.",
        "Our team produced the weekly stock report.",
        "We had two days to get the new range on the shelves.",
        "I was the shift lead.",
    ],
)
def test_the_task_is_recognised_when_implied_by_a_role_or_an_ask(sentence: str) -> None:
    assert star(EPISODE + sentence)["task"]


@pytest.mark.parametrize(
    "sentence",
    [
        "She wanted to move the whole display.",  # another person's wish
        "We had a disagreement about the display.",
        "Our manager had to phone head office.",
    ],
)
def test_someone_elses_wish_or_a_bare_problem_word_is_not_the_task(sentence: str) -> None:
    assert not star(EPISODE + sentence)["task"]


@pytest.mark.parametrize(
    "sentence",
    [
        "He came back a month later and asked for me by name.",
        "The registrar came within twenty minutes.",
        "From then on the desk kept a log of every promise made on the phone.",
        "Waiting times went from forty minutes to twenty-five.",
        "Complaints fell by a third over the next term.",
        "The fair lost money, about four hundred pounds.",
        "It's still in use.",
        "Errors fell by 40%.",
    ],
)
def test_the_result_is_recognised_as_what_happened_afterwards(sentence: str) -> None:
    assert star(EPISODE + sentence)["result"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I learned a lot about patience.",
        "I felt really proud of it.",
        "I have 2 kids.",
        "It was one time I will not forget.",  # "one time" is not "on time"
        "I stayed until nine that night.",
    ],
)
def test_reflection_feelings_and_bare_numbers_are_not_results(sentence: str) -> None:
    assert not star(EPISODE + sentence)["result"]


def test_team_steps_count_as_action_without_a_listed_cue() -> None:
    text = (
        "In March our dashboard went out with a double count. I spotted it and we told the board. "
        "We rebuilt the query that week and we reissued the figures with a dated note for the "
        "board and the contractor, who had already seen the old ones."
    )
    assert star(text)["action"]


def test_an_answer_that_reads_the_key_points_back_has_no_star_parts() -> None:
    points = (
        "the goal and why someone needed to lead",
        "how you got others on board",
        "what you did to keep things moving",
        "the result",
    )
    text = (
        "I showed leadership when the goal needed someone to lead. I got others on board and "
        "I kept things moving, and the result was a good result for everyone involved."
    )
    assert star(text, points) == dict.fromkeys(("situation", "task", "action", "result"), False)


def test_one_is_not_stemmed_to_on() -> None:
    assert stem("one") != stem("on")


def test_a_story_told_with_irregular_verbs_is_an_episode() -> None:
    # "rang", "lost" and "made" narrate as surely as "-ed" verbs do.
    text = (
        "Last year I was organising the school's Christmas fair and it lost money, about four "
        "hundred pounds, because I never checked that the committee had advertised it. I rang "
        "every stallholder the next morning and refunded their pitch fees. Since then I check "
        "the adverts myself two weeks before, and the summer fair made six hundred pounds."
    )
    assert star(text) == dict.fromkeys(("situation", "task", "action", "result"), True)


@pytest.mark.parametrize(
    "sentence",
    [
        "It was on me to get the stock counted.",
        "I'd been asked to clear the returns pile.",
        "We had until Friday to get the shelves refilled.",
        "The goal was to keep every regular customer happy.",
        "It was my job to deal with complaints that week.",
        "I'd agreed to cover the late shift for her.",
        "The whole point was to stop the queue reaching the door.",
        "I was the only supervisor on site.",
    ],
)
def test_the_task_is_recognised_in_everyday_wording(sentence: str) -> None:
    assert star(EPISODE + sentence)["task"]


def test_a_story_with_actions_and_an_ending_implies_its_task() -> None:
    # No sentence names the task, but a story that says what was done and how it ended
    # has made plain what it set out to do.
    found = star(EPISODE + "He came back a month later and asked for me by name.")
    assert found == dict.fromkeys(("situation", "task", "action", "result"), True)


@pytest.mark.parametrize(
    "sentence",
    [
        "The ward started putting alert stickers on the charts.",
        "By Easter he had stopped shouting at anyone.",
    ],
)
def test_others_taking_the_change_up_or_a_season_reached_is_a_result(sentence: str) -> None:
    assert star(EPISODE + sentence)["result"]


def test_a_long_answer_made_of_the_key_points_words_has_no_star_parts() -> None:
    points = ("the mistake, owned plainly", "the impact on others", "how you put it right")
    text = (
        "My mistake was a real mistake and I owned the mistake plainly, as you should own a "
        "mistake. The impact on others was an impact I took seriously, because the impact on "
        "others matters. I put it right as quickly as I could and I made sure it was put right "
        "properly, then I checked that everything I had put right stayed right afterwards."
    )
    assert star(text, points) == dict.fromkeys(("situation", "task", "action", "result"), False)


@pytest.mark.parametrize(
    "sentence",
    [
        # What has held since the change.
        "Since the switch we haven't seen another missed delivery.",
        "There hasn't been a single late payslip since.",
        # The work done by a time.
        "All the packs were printed and on the desks by nine on the Monday.",
        # A new role given as the outcome.
        "A year on, the trust made me a permanent ward manager.",
    ],
)
def test_results_told_as_what_has_held_or_what_was_given(sentence: str) -> None:
    assert star(EPISODE + sentence)["result"]


@pytest.mark.parametrize(
    "sentence",
    [
        # Still under way is no outcome.
        "We're still working through the list of affected customers.",
        # A condition says what might happen, not what did.
        "I said I'd only call the landlord if nothing changed within a month.",
        # The speaker stopping doing something is a step, not how it ended.
        "I stopped using the jargon I'd picked up at head office.",
    ],
)
def test_plans_and_steps_are_not_results(sentence: str) -> None:
    assert not star(EPISODE + sentence)["result"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I wanted the group to see why the ice melted faster on the metal tray.",
        "I'd been acting up as deputy for most of that winter.",
    ],
)
def test_an_aim_for_others_or_a_role_held_is_the_task(sentence: str) -> None:
    assert star(EPISODE + sentence)["task"]


def test_setting_oneself_a_goal_is_not_a_step() -> None:
    story = (
        "Last spring at the bakery I set myself a target of forty wedding cakes. By June "
        "only twenty-two were in the diary. I ended the season well short, and these days I"
        " set myself smaller goals."
    )
    assert not star(story)["action"]


def test_narration_with_adverbs_tells_an_episode() -> None:
    story = (
        "The drivers hated the new scanners: they openly refused to use them, we eventually"
        " agreed a trial, and I quietly changed the checklist with two of them."
    )
    assert tells_an_episode(story)
    habit = "I usually sit down with them first. I'd always explain why, and I generally listen."
    assert not tells_an_episode(habit)
