"""The checker's grammar rules (issue 13, generalisation): leading guesses, job asks from
their parts, more protected topics and doubles after a request. Each case here was missed,
or wrongly flagged, by the phrase lists alone."""

from __future__ import annotations

import pytest

from interview_tui.coaching.checker import check_question
from tests.helpers import flagged_rules, word_lists

WORDS = word_lists()
rules = flagged_rules


@pytest.mark.parametrize(
    "text",
    [
        "Don't you find the commute exhausting?",
        "Isn't it obvious that remote work is more productive?",
        "I bet the first year was a steep learning curve?",
        "You must get a lot of satisfaction from seeing patients recover?",
        "I expect you found the move into management difficult?",
        "No doubt you've had to deal with some difficult parents?",
        "I'm sure the hours got easier after the first year?",
        "You'd never go back to agency work, would you?",
        "The hospital must be chaotic at night, mustn't it?",
    ],
)
def test_a_guess_put_up_for_a_nod_is_leading_and_yes_no(text: str) -> None:
    assert rules(text) == {"leading", "yes_no"}


@pytest.mark.parametrize(
    "text",
    [
        "How much do you resent the on-call rota?",
        "Why was the management at your last company so disorganised?",
        "How frustrating is it dealing with clients who never pay on time?",
        "What's the worst thing about your clueless clients?",
    ],
)
def test_a_loaded_premise_in_an_open_question_is_leading_only(text: str) -> None:
    assert rules(text) == {"leading"}


@pytest.mark.parametrize(
    "text",
    [
        "I imagine you've been asked this before, but what drew you to the field?",
        "You mentioned the commute earlier. How do you make it work?",
        "Right, and what happened after that?",
        "Why do you think so few people stay past five years?",
        "What do you find hardest about working with clients?",
    ],
)
def test_open_questions_with_a_statement_or_a_why_are_not_leading(text: str) -> None:
    assert "leading" not in rules(text)


def test_a_phrase_and_the_grammar_give_one_leading_flag() -> None:
    flags = check_question("Don't you think the process is too slow?", WORDS)
    assert [f.rule for f in flags].count("leading") == 1


@pytest.mark.parametrize(
    "text",
    [
        "If anything comes up on your team, could you let me know?",
        "Would you let me know if a junior position opens up?",
        "Could you forward my details to HR?",
        "Do you think I'd be a good fit for your team?",
        "Would your manager be open to meeting me about a role?",
        "How can I get my foot in the door at your company?",
        "Is your firm taking on trainees this year?",
        "Is there any chance of some paid work with your team over the summer?",
    ],
)
def test_a_job_ask_is_recognised_from_its_parts(text: str) -> None:
    assert rules(text, informational=True) == {"job_ask"}
    assert "job_ask" not in rules(text)  # only in informational conversations


@pytest.mark.parametrize(
    "text",
    [
        "How did you hear about your first role?",
        "Could you tell me how you got your role?",
        "When your team last hired, what did the strongest candidates have in common?",
        "If I wanted to apply somewhere like your firm in a year, what should I be doing now?",
        "What would you advise someone in my position?",
        "Could you introduce me to someone in product who'd talk to me about their work?",
        "When there are openings on your team, what makes an applicant stand out?",
    ],
)
def test_questions_about_hiring_or_their_job_are_not_job_asks(text: str) -> None:
    assert "job_ask" not in rules(text, informational=True)


@pytest.mark.parametrize(
    "text",
    [
        "Who looks after the kids while you're at work?",
        "How will you manage the school run with these hours?",
        "Are you expecting, by any chance?",
        "Have you ever been treated for depression?",
        "How would you describe your health overall?",
        "Where were you born?",
        "Where does your family come from originally?",
        "Are you a US citizen?",
        "What's your ethnic background?",
        "What year did you finish secondary school?",
        "Will your faith stop you working on Fridays?",
        "Are you gay?",
    ],
)
def test_more_protected_topics_are_flagged_in_hiring(text: str) -> None:
    assert rules(text, hiring=True) == {"illegal"}


@pytest.mark.parametrize(
    "text",
    [
        "Are you legally allowed to work in Canada?",
        "How do you diagnose a fault on a network you have never seen?",
        "Tell me about a time you handled a difficult child in your class.",
        "What experience do you have in the heritage sector?",
    ],
)
def test_lawful_hiring_questions_are_not_flagged(text: str) -> None:
    assert rules(text, hiring=True) == set()


def test_a_second_inverted_question_after_a_request_is_double() -> None:
    assert rules(
        "Tell me about your last role, and how many children do you have?", hiring=True
    ) == {"illegal", "double"}
    assert "double" not in rules("Tell me about the project and how you got it funded?")
    assert rules("What drew you to teaching, and also, what would you change about it?") == {
        "double"
    }


@pytest.mark.parametrize(
    "text",
    [
        "How do you look after the children at lunchtime when the playground is busy?",
        "How would you support a client with depression who keeps missing appointments?",
        "Tell me about a patient diagnosed with dementia whose family disagreed with the plan.",
        "How would you reach ethnic minority communities who don't use the library?",
        "How would you support a gay pupil who is being bullied?",
    ],
)
def test_the_work_itself_may_involve_children_health_or_identity(text: str) -> None:
    assert "illegal" not in rules(text, hiring=True)


def test_a_wish_in_statement_form_is_not_a_guess() -> None:
    assert "leading" not in rules("I'd love to hear about your first year on the job?")
    assert "double" not in rules("Tell me about a time you failed, and what did you learn from it?")
