"""The checker on classes of wording rather than set phrases (issue 13, generalisation).

Every example here was written for this file, not taken from the evaluation sets: a new
member of each class the rules now recognise, and a near miss each must leave alone.
"""

from __future__ import annotations

import pytest

from tests.helpers import flagged_rules


@pytest.mark.parametrize(
    "text",
    [
        # Wanting staff of any trade, in the listener's workplace.
        "Would your bakery have space for a weekend helper like me?",
        "Is your salon short of stylists this month?",
        "Has your surgery got room for a trainee nurse?",
        "Are there any gaps on your night crew I could fill?",
        # Being taken on, or getting onto the listener's team.
        "How could I get taken on at your print shop?",
        "What are my odds of getting onto your apprentice intake?",
        "I'm qualified from June. Any locum work going at your practice?",
        # The asker's papers or application handed on, named in an earlier sentence.
        "Here's my portfolio. Could you pass it to your studio manager?",
        "Would you support my application with the head of the lab?",
        # Put forward for a need the listener named.
        "You said the stables need a helper over the summer. Could that be me?",
        "If I volunteered with you for a month, could that lead to a job?",
    ],
)
def test_job_asks_by_their_parts_are_flagged(text: str) -> None:
    assert flagged_rules(text, informational=True) == {"job_ask"}


@pytest.mark.parametrize(
    "text",
    [
        "How do most people get taken on at a garage like yours?",
        "What's a typical shift like on your ward?",
        "Could you tell me how your crew splits up a job?",
        "How did your firm make room for a new graduate scheme?",
        "What's it like when your kitchen is short of chefs?",
        "When your team hires, what makes a trainee stand out?",
        "If I did an apprenticeship, could it lead to a job in the trade, do you think?",
    ],
)
def test_questions_about_how_hiring_works_are_not_job_asks(text: str) -> None:
    assert "job_ask" not in flagged_rules(text, informational=True)


def test_a_job_ask_with_a_tag_gets_no_leading_hint() -> None:
    assert flagged_rules("Keep me in mind for any shifts, would you?", informational=True) == {
        "job_ask"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Which decade were you at school in?",
        "How many working years have you got left, would you say?",
        "You'd be about fifty now, wouldn't you?",
        "What do you mostly speak at home?",
        "Have you ever injured your knee?",
        "Does anyone at home rely on you?",
        "Who else lives in your house?",
        "Did you transition before you joined your last employer?",
    ],
)
def test_protected_topic_classes_are_illegal_and_only_illegal(text: str) -> None:
    assert flagged_rules(text, hiring=True) == {"illegal"}


@pytest.mark.parametrize(
    "text",
    [
        "Can you lift 20 kg, with or without adjustments?",
        "The role needs fluent Polish; how confident are you using it with customers?",
        "How did you transition into site management?",
        "How do you wind down after a long shift?",
        "Which year did you start working in logistics?",
        "Are you about twenty minutes from the depot?",
    ],
)
def test_lawful_and_job_questions_are_not_illegal(text: str) -> None:
    assert "illegal" not in flagged_rules(text, hiring=True)


@pytest.mark.parametrize(
    ("text", "hiring"),
    [
        ("Does your permission to work here have an end date?", True),
        ("Till staff must be at least 16 by law. Can you confirm you meet it?", True),
    ],
)
def test_eligibility_checks_are_not_yes_no_in_hiring(text: str, hiring: bool) -> None:
    assert flagged_rules(text, hiring=hiring) == set()


@pytest.mark.parametrize(
    "text",
    [
        "How do you keep smiling in such a grim job?",
        "How do you cope with a manager who obviously doesn't listen?",
        "How would you add to our world-class patient care?",
        "What on earth made you leave law?",
        "How did the team manage to clear the backlog so fast?",
    ],
)
def test_loaded_premises_by_class_lead(text: str) -> None:
    assert flagged_rules(text, hiring=True) == {"leading"}


@pytest.mark.parametrize(
    "text",
    [
        "Teaching's mostly paperwork these days, I'd imagine?",
        "The night shifts get easier after a year or so, then?",
        "I'd say most sparks go self-employed sooner or later, wouldn't you?",
    ],
)
def test_a_statement_with_a_stance_tag_is_leading_and_yes_no(text: str) -> None:
    assert flagged_rules(text, informational=True) == {"leading", "yes_no"}


@pytest.mark.parametrize(
    "text",
    [
        "What would you change, then?",
        "Which shifts do you look forward to, and which do you dread?",
        "What's the most rewarding part of the job, and what's the most frustrating?",
        "How do you stay motivated when the work feels thankless?",
        "How clearly are targets explained to new starters?",
        "What do you enjoy about the job, and what worries you?",
        "How much of the job is selling, and how much is admin?",
        "Could you go through a typical day?",
        "How do you handle such situations?",
        "How did you cope at such short notice?",
        "Is it the best job on earth, or are there better ones?",
    ],
)
def test_contrasts_and_neutral_wording_are_clean(text: str) -> None:
    assert flagged_rules(text, informational=True) == set()


def test_a_softened_question_then_a_new_topic_is_double() -> None:
    text = "Realistically, what does a trainee surveyor earn? And how long is the commute?"
    assert flagged_rules(text, informational=True) == {"double"}


def test_would_you_go_into_it_again_is_closed() -> None:
    text = "Would you go into nursing again, knowing what you know now?"
    assert flagged_rules(text, informational=True) == {"yes_no"}


def test_what_they_did_in_the_story_asked_for_is_one_question() -> None:
    text = "Describe an occasion when a supplier let you down. How did you respond?"
    assert "double" not in flagged_rules(text, hiring=True)


def test_a_lesson_after_the_story_is_a_second_question() -> None:
    text = "Describe an occasion when a supplier let you down. What did you learn?"
    assert "double" in flagged_rules(text, hiring=True)
