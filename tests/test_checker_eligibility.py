"""Checker precision and recall from general patterns (issue 13): eligibility checks are not
yes/no, job asks that hand the asker on, sick leave in any wording."""

from __future__ import annotations

import pytest

from tests.helpers import flagged_rules

rules = flagged_rules


@pytest.mark.parametrize(
    "text",
    [
        "Do you have a current forklift certificate?",
        "Is your DBS certificate up to date? You'd be working with children.",
        "Will you need visa sponsorship to take up this role?",
        "Do you hold a current nursing PIN?",
        "Can you confirm you're at least 18? The role involves selling alcohol.",
        "Are you registered with the HCPC?",
        "The post needs a valid shotgun certificate. Is yours current?",
        "The job needs a forklift licence. Is yours still valid?",
    ],
)
def test_an_eligibility_check_is_not_yes_no(text: str) -> None:
    assert rules(text, hiring=True) == set()


def test_outside_hiring_a_licence_question_is_an_ordinary_closed_question() -> None:
    assert rules("Do you need a special licence for this work?", informational=True) == {"yes_no"}


@pytest.mark.parametrize(
    "text",
    [
        "Do you sponsor visas?",  # about the employer: an ordinary closed question
        "The job needs weekend cover once a month. Are you able to do that?",
        "Do you enjoy working in a team?",
    ],
)
def test_other_closed_questions_stay_yes_no(text: str) -> None:
    assert "yes_no" in rules(text, hiring=True)


@pytest.mark.parametrize(
    "text",
    [
        "Could you mention my name to your manager?",
        "Can I email you my portfolio so you can pass it to whoever handles recruitment?",
        "Is there any chance I could shadow your team with a view to a job?",
    ],
)
def test_a_job_ask_that_hands_the_asker_on_is_flagged(text: str) -> None:
    assert rules(text, informational=True) == {"job_ask"}


@pytest.mark.parametrize(
    "text",
    [
        "Can you tell me about a time the job tested your values?",
        "Would you mind if I mentioned your name when I get in touch with Priya?",
        "Could you introduce me to anyone in planning who might talk to me about their work?",
    ],
)
def test_questions_about_the_job_or_a_referral_for_advice_are_not_job_asks(text: str) -> None:
    assert "job_ask" not in rules(text, informational=True)


@pytest.mark.parametrize(
    "text",
    [
        "How many days were you off sick last year?",
        "How much time off sick did you have in your last job?",
        "Have you ever called in sick?",
    ],
)
def test_sick_leave_in_any_wording_is_illegal_in_hiring(text: str) -> None:
    assert "illegal" in rules(text, hiring=True)


@pytest.mark.parametrize(
    "text",
    [
        "Did you join the union at your last warehouse?",
        "Are you a member of a trade union?",
        "Is there something wrong with your knees? The job has a lot of kneeling.",
        "Are you taking something for your anxiety at the moment?",
    ],
)
def test_union_membership_and_the_candidate_s_health_are_illegal_not_yes_no(text: str) -> None:
    assert rules(text, hiring=True) == {"illegal"}


@pytest.mark.parametrize(
    "text",
    [
        "How would you work with the union rep on the new rota?",
        "What would you do if a delivery went wrong with your paperwork?",
        "How do you help a resident who takes something for the pain at night?",
    ],
)
def test_unions_and_health_of_the_job_are_not_illegal(text: str) -> None:
    assert "illegal" not in rules(text, hiring=True)
