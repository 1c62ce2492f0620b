"""Round 14 of issue 13, precision: wordings the checker's rules flagged although a coach
would not, by class (:mod:`interview_tui.coaching.checker_framed`,
:mod:`interview_tui.coaching.checker_ask_told`,
:mod:`interview_tui.coaching.checker_illegal_others`). Every case is in wording of our own;
each class comes with near cases that must still be flagged. The rules are checked alone (no
learned model), since they are what changed."""

from __future__ import annotations

import pytest

from interview_tui.coaching.checker import check_question
from interview_tui.coaching.checker_model import LearnedModels
from tests.helpers import word_lists


def rules(text: str, informational: bool = False, hiring: bool = False) -> set[str]:
    flags = check_question(text, word_lists(), informational, hiring, learned=LearnedModels())
    return {flag.rule for flag in flags}


# A hypothetical case the candidate would handle: the loaded word describes a supposed case,
# not the listener's world.
@pytest.mark.parametrize(
    "text",
    [
        "How would you handle a toxic customer on the phone?",
        "What would you do if a new starter turned out to be lazy?",
        "How might you respond to a really toxic comment in a team meeting?",
        "What would you do if someone on your shift was lazy about handovers?",
    ],
)
def test_a_hypothetical_case_is_not_leading(text: str) -> None:
    assert "leading" not in rules(text, hiring=True)


@pytest.mark.parametrize(
    "text",
    [
        "How do you put up with such a toxic boss?",
        "How would you cope with the toxic culture on our night team?",
        "How would you deal with the lazy crowd on the late shift?",
        "How do you manage a team this lazy?",
        "How would you work with a toxic supplier like the one we have now?",
        "What would you do if a guest complained, and how would you survive the toxic reviews?",
    ],
)
def test_a_verdict_on_their_world_still_leads(text: str) -> None:
    assert "leading" in rules(text, hiring=True)


# A view reported from others, or a rumour put up to be tested, asked about.
@pytest.mark.parametrize(
    "text",
    [
        "Why do outsiders call social care a thankless career?",
        "Why is bookkeeping so often described as a dead end?",
        "I'm told the rota at Christmas is a nightmare; how true is that?",
        "I've heard the commute is dreadful, is that your experience?",
    ],
)
def test_a_reported_view_asked_about_is_not_leading(text: str) -> None:
    assert "leading" not in rules(text, informational=True)


@pytest.mark.parametrize(
    "text",
    [
        "Why is it such a thankless career?",
        "I've heard the rota is a nightmare; how do you survive it?",
        "How do you stay in such a thankless line of work?",
        # The frame covers its own clause only.
        "Why do people call it a thankless trade, and how do you survive it?",
        "I'm told the hours are dreadful; how do you survive, and is that true?",
    ],
)
def test_a_view_of_the_askers_own_still_leads(text: str) -> None:
    assert "leading" in rules(text, informational=True)


# A superlative that asks for an example from what the listener has seen.
@pytest.mark.parametrize(
    "text",
    [
        "What's the most pointless form you've had to fill in?",
        "What is the most toxic thing you've seen a supplier do?",
    ],
)
def test_a_superlative_asking_for_an_example_is_not_leading(text: str) -> None:
    assert "leading" not in rules(text, informational=True)


@pytest.mark.parametrize(
    "text",
    [
        "What's the most ridiculous policy the board makes you apply?",
        "How do you cope with the most toxic clients?",
    ],
)
def test_a_superlative_verdict_on_others_still_leads(text: str) -> None:
    assert "leading" in rules(text, informational=True)


# Asking to be told how a way in goes, with the asker outside it, is not asking for it.
@pytest.mark.parametrize(
    "text",
    [
        "I'd really like to hear what a trial shift at your bakery involves.",
        "I'm curious how a trial week in your salon works.",
        "I'd love to understand what a placement in your lab involves.",
    ],
)
def test_asking_how_a_way_in_goes_is_not_a_job_ask(text: str) -> None:
    assert "job_ask" not in rules(text, informational=True)


# A contact passed to someone named by what they run that is not hiring.
@pytest.mark.parametrize(
    "text",
    [
        "Could you pass my number on to the woman who organises the school visits?",
        "Would you send my email to whoever runs the careers talks?",
    ],
)
def test_contact_passed_on_for_advice_is_not_a_job_ask(text: str) -> None:
    assert "job_ask" not in rules(text, informational=True)


@pytest.mark.parametrize(
    "text",
    [
        "Could you put me forward for the trial shift?",
        "I'd love to know how I could get a trial day at your bakery.",
        "Could you pass my number on to whoever runs recruitment?",
        "Would you send my CV to the person who organises the school visits?",
        "Could you forward my email to the woman who runs your team?",
    ],
)
def test_a_way_in_asked_for_is_still_a_job_ask(text: str) -> None:
    assert "job_ask" in rules(text, informational=True)


# The health of the people the job serves, and the place someone trained, are lawful topics.
@pytest.mark.parametrize(
    "text",
    [
        "Which health conditions have you learned to recognise in the residents?",
        "What illnesses do you come across most among the pupils?",
        "Where are you from originally in terms of your nursing training?",
        "Where are you originally from, training-wise?",
    ],
)
def test_others_health_and_place_of_training_are_not_illegal(text: str) -> None:
    assert "illegal" not in rules(text, hiring=True)


@pytest.mark.parametrize(
    "text",
    [
        "Do you have any medical conditions?",
        "What health conditions do you have that could affect work with children?",
        "Do you suffer from any conditions you'd spot in patients?",
        "Where are you originally from?",
        "Where are you originally from, and where did you train?",
    ],
)
def test_the_candidates_own_health_and_origin_are_still_illegal(text: str) -> None:
    assert "illegal" in rules(text, hiring=True)
