"""Round 13 of issue 13: misses and false alarms of the checker on a set written by someone who
never saw the rules, fixed by class. Every case is in wording of our own (not the eval's), and
each class comes with near misses that stay silent."""

from __future__ import annotations

import pytest

from tests.helpers import flagged_rules

rules = flagged_rules


# A hiring employer checking a legal requirement of the job wants yes or no: the licence
# just named ("…Do you currently hold one?"), a legal minimum age reached, the right to live
# and work here without sponsorship.
@pytest.mark.parametrize(
    "text",
    [
        "The post needs a Class 2 HGV licence. Do you actually hold one?",
        "The rules say bar staff must be 18 or over. Have you turned 18 yet?",
        "Insurance means I have to ask: have you reached 21?",
        "Are you able to live and work in Ireland without us sponsoring you?",
        "Quick one before we start: can you work here with no visa sponsorship?",
        "Crane operator cards aren't issued to anyone under 18. Will you have reached that "
        "age by the start date?",
    ],
)
def test_a_lawful_check_in_hiring_is_no_yes_no(text: str) -> None:
    assert "yes_no" not in rules(text, hiring=True)


@pytest.mark.parametrize(
    "text",
    [
        "Are you free to work Saturdays?",
        "Do you hold strong views on how a kitchen should run?",
        "Have you turned down offers before?",
        "Have you reached your sales targets this year?",
    ],
)
def test_a_closed_question_about_anything_else_stays_yes_no(text: str) -> None:
    assert "yes_no" in rules(text, hiring=True)


# A short aside right after the question word: the question word still governs the clause.
@pytest.mark.parametrize(
    "text",
    [
        "How, if at all, has the rota changed since the new manager came in?",
        "Why, in your view, did the project stall?",
    ],
)
def test_an_aside_after_the_question_word_keeps_it_open(text: str) -> None:
    assert "yes_no" not in rules(text)


@pytest.mark.parametrize(
    "text",
    ["So, honestly, is the pay any good?", "Well, if I may ask, did you enjoy the course?"],
)
def test_an_aside_without_a_question_word_is_still_closed(text: str) -> None:
    assert "yes_no" in rules(text)


# One set seen from its two sides, how fast or easily it comes: one question.
@pytest.mark.parametrize(
    "text",
    [
        "What do new apprentices pick up quickly, and what takes them longest?",
        "What do trainee nurses find hardest at first, and what comes easily?",
        "What does a new driver learn fastest, and what takes longest to click?",
    ],
)
def test_what_comes_quickly_and_what_slowly_is_one_question(text: str) -> None:
    assert "double" not in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "What does the job involve, and what takes longest?",
        "What do you pick up quickly, and what training do you offer?",
    ],
)
def test_a_second_question_beside_a_pace_word_is_still_double(text: str) -> None:
    assert "double" in rules(text)


# A follow-up about the one episode a request named by what it did to them.
@pytest.mark.parametrize(
    "text",
    [
        "Tell me about the first boiler that properly beat you. What did you end up doing?",
        "Tell me about the worst storm that caught you out at sea. What did you do first?",
    ],
)
def test_a_follow_up_in_the_story_named_is_one_question(text: str) -> None:
    assert "double" not in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tell me about the first storm that caught you out. What did you learn?",
        "Tell me about the first engine that beat you. Why do you like engines?",
    ],
)
def test_a_new_question_after_the_story_is_still_double(text: str) -> None:
    assert "double" in rules(text)


# Who minds the candidate's children, with the verb in any person; a role in a named union.
@pytest.mark.parametrize(
    "text",
    [
        "Shifts can run late; who looks after the children when you're kept on?",
        "Were you ever a GMB steward at the depot?",
        "Have you been an RMT rep before?",
    ],
)
def test_family_and_union_questions_are_illegal(text: str) -> None:
    assert "illegal" in rules(text, hiring=True)


@pytest.mark.parametrize(
    "text",
    [
        "Who looks after the children in the baby room?",
        "Did you work with the Unite reps during the restructure?",
    ],
)
def test_the_children_served_and_working_with_reps_are_lawful(text: str) -> None:
    assert "illegal" not in rules(text, hiring=True)


# Leading: guilt the claim implies, a ranking settled on a thing pointed at, damage settled
# for both sides of a choice.
@pytest.mark.parametrize(
    "text",
    [
        "It must be grim evicting tenants. How do you sleep at night?",
        "That has to be heartbreaking work. How do you live with it?",
        "What makes this the finest bakery on the coast?",
        "What makes our warehouse the best place to start out?",
        "Which ruins your knees more, tiling floors or fitting kitchens?",
    ],
)
def test_a_settled_verdict_leads(text: str) -> None:
    assert "leading" in rules(text, informational=True)


@pytest.mark.parametrize(
    "text",
    [
        "The office moved last year. How do you live with the longer commute?",
        "What makes someone the best fit for this team?",
        "What makes you the best person for the job?",
        "What makes a bakery the best in its town?",
        "What wrecked the launch in the end?",
        "Which is harder on your knees, tiling floors or fitting kitchens?",
    ],
)
def test_a_neutral_question_near_a_verdict_does_not_lead(text: str) -> None:
    assert "leading" not in rules(text, informational=True)


# A guess put up to be contradicted is as closed as one put up to be confirmed.
@pytest.mark.parametrize(
    "text",
    [
        "The van comes with the job, correct me if I'm wrong?",
        "Most of the shifts are weekends, if I'm not mistaken?",
        "Training is all done in-house, unless I'm mistaken?",
    ],
)
def test_a_tag_inviting_correction_is_closed(text: str) -> None:
    assert "yes_no" in rules(text)


@pytest.mark.parametrize(
    "text",
    ["Correct me if I'm wrong, but how does the bonus work?", "What would you do, then?"],
)
def test_a_question_of_its_own_takes_no_tag(text: str) -> None:
    assert "yes_no" not in rules(text)


# A registration PIN is a licence the job needs; a lock's or a hinge's pins are not.
@pytest.mark.parametrize(
    "text",
    ["Could you rekey a pin tumbler cylinder on your own?", "Have you fitted pin hinges before?"],
)
def test_a_pin_that_is_no_registration_leaves_the_question_closed(text: str) -> None:
    assert "yes_no" in rules(text, hiring=True)


@pytest.mark.parametrize("text", ["Is your NMC PIN still active?", "Do you hold a valid PIN?"])
def test_a_registration_pin_is_a_lawful_check(text: str) -> None:
    assert "yes_no" not in rules(text, hiring=True)


# "Start with how…" asks for an account as "Tell me how…" does; another question after it on
# the same line makes two.
@pytest.mark.parametrize(
    "text",
    [
        "Start with how you got into sign language. Also, what do interpreters earn?",
        "Begin with why you left the navy. And which courses would you recommend?",
    ],
)
def test_a_question_after_a_start_with_request_is_double(text: str) -> None:
    assert "double" in rules(text, informational=True)


@pytest.mark.parametrize(
    "text",
    [
        "Start with how you got into sign language.",
        "Start with how you got into sign language. How did it go?",
        "Start with the basics: what does a typical booking look like?",
    ],
)
def test_a_start_with_request_alone_or_told_on_is_one_question(text: str) -> None:
    assert "double" not in rules(text, informational=True)


# "…and do <people> …?": an auxiliary with a plural noun as its subject starts a second
# question as "…and did it…?" does.
@pytest.mark.parametrize(
    "text",
    [
        "Is the farrier course worth doing and do stables pay more once you've passed it?",
        "What does a survey cost, and are buyers willing to pay for one?",
    ],
)
def test_an_auxiliary_with_a_plural_subject_after_and_is_a_second_question(text: str) -> None:
    assert "double" in rules(text, informational=True)


@pytest.mark.parametrize(
    "text",
    ["What do you love and do best?", "Which bits do you find hard and do badly at first?"],
)
def test_a_second_verb_of_the_same_subject_is_no_second_question(text: str) -> None:
    assert "double" not in rules(text, informational=True)


# Protected topics in other words: age asked inside a sentence or by stage of life, the year
# of a school exam, treatment for a condition, union membership by its card.
@pytest.mark.parametrize(
    "text",
    [
        "Sorry, can you tell me how old you are?",
        "Is the loft work sensible for a man at your time of life?",
        "What year was your GCSE?",
        "Has a doctor ever put you on tablets for your nerves?",
        "Do you hold a trade union card?",
    ],
)
def test_protected_topics_in_other_words_are_illegal(text: str) -> None:
    assert "illegal" in rules(text, hiring=True)


@pytest.mark.parametrize(
    "text",
    [
        "Can you tell me how old your current van is?",
        "What year was the depot opened?",
        "Which tablets do you use for stock control on the shop floor?",
        "Do you carry a CSCS card?",
    ],
)
def test_the_same_words_about_the_job_are_lawful(text: str) -> None:
    assert "illegal" not in rules(text, hiring=True)
