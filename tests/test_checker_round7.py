"""Round 7 of the checker (issue 13): classes of wording first seen in the ``fresh5``,
``fresh6`` and ``holdout`` misses, each tested here in other words than the sets', with the
near misses that the wider rules must leave alone."""

from __future__ import annotations

import pytest

from interview_tui.coaching.checker import check_question
from interview_tui.coaching.checker_model import LearnedModels
from tests.helpers import rules_in, word_lists

WORDS = word_lists()
rules = rules_in


@pytest.mark.parametrize(
    "text",
    [
        # Age guessed by approximation, dated by era or by exams one generation sat.
        "Would you say you're closer to fifty or sixty?",
        "You must be pushing forty by now?",
        "When were you at college, the early nineties?",
        "Were you an O-level year?",
        # The candidate's children by number or order, at school or nursery.
        "Are your three still at primary school?",
        # Who minds the candidate's children.
        "Who would watch the children on the mornings you open up?",
        # A faculty lost, a body part remarked on, another's condition held up to them.
        "How did you lose the hearing in your left ear?",
        "What happened to your hand?",
        "Our last driver had a dodgy knee. Nothing like that with you, I hope?",
        # Origin by a name's nationality, the language of thought, going back.
        "Is that a Polish surname?",
        "Which language do you think in when you're tired?",
        "Any chance you'll move back to Poland one day?",
        # A partner by another name, who waits at home.
        "Is there anyone special in your life at the moment?",
        "Who's at home waiting for you after a late shift?",
    ],
)
def test_protected_proxies_are_illegal(text: str) -> None:
    assert "illegal" in rules(text, "hiring")


@pytest.mark.parametrize(
    "text",
    [
        "How far is the depot from you, nearer thirty or forty miles?",
        "When did you start using Sage, the early versions?",
        "Which exams did you take to qualify as an accountant?",
        "Who would look after the children on a school trip if a colleague fell ill?",
        "How would you help a resident who has lost the sight in one eye?",
        "What happened to the project when the client pulled out?",
        "How would you apply a polish finish to oak?",
        "We trained on the Danish system. How familiar are you with it?",
        "Who is waiting at the counter when you open?",
        "Our last porter had a bad back. How would you lift safely?",
    ],
)
def test_near_misses_of_protected_proxies_are_lawful(text: str) -> None:
    assert "illegal" not in rules(text, "hiring")


def test_a_protected_question_over_two_sentences_gets_no_leading_hint() -> None:
    # The topic spans both sentences; the rewording that fixes it is "don't ask".
    text = "Our last cleaner had bad knees. You don't have anything like that, do you?"
    assert rules(text, "hiring") == {"illegal"}


@pytest.mark.parametrize(
    "text",
    [
        "Could your kitchen use me over the Christmas rush?",
        "If I helped out on a Saturday, do you think the shop would have me?",
        "Should a desk come free, would you think of me first?",
        "What would the head chef need to see before he'd offer me a shift?",
        "Could anyone you work with use an apprentice? I'm keen to start.",
        "What's your favourite part of the job, and any chance of some shifts with you?",
        "Is your practice after anyone like me at the moment?",
        "Is there anyone you work with who needs an extra pair of hands?",
        "My CV's attached; could you keep it on file?",
    ],
)
def test_being_taken_on_is_a_job_ask(text: str) -> None:
    assert "job_ask" in rules(text, "informational")


@pytest.mark.parametrize(
    "text",
    [
        "What do you think of me applying straight after my degree?",
        "Would you use me as an example of a career changer in your talk?",
        "Does anyone you work with need to travel much?",
        "How do firms keep applicants' details on file?",
        "Any chance of a chat with you next week?",
        "How did your boss give you a chance when you had no experience?",
        "Would you mind telling me how your office decides which trainees get the big cases?",
    ],
)
def test_near_misses_of_being_taken_on_are_not_job_asks(text: str) -> None:
    assert "job_ask" not in rules(text, "informational")


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # A tag in the middle, then a second question.
        ("Night shifts ruin your sleep, don't they, and how do you catch up?", "informational"),
        # Flattery as the premise.
        ("How does someone as gifted as you end up doing admin?", "informational"),
        ("Why would people as talented as you stay in retail?", "informational"),
        # "Why settle for…" calls the choice second best.
        ("Why did you settle for a job in the back office?", "informational"),
        # A norm stated before a question of attitude.
        ("Everybody on the ward does extra shifts. How would you feel about that?", "hiring"),
        # A verdict that reduces the work to one thing, put for a nod.
        ("Life on the night desk is mostly waiting around?", "informational"),
        # Loaded words: a superlative of annoyance, ease, chaos, a relief settled.
        ("What's the most irritating thing about landlords who never reply?", "informational"),
        ("How will you cope without the cushy hours at the council?", "hiring"),
        ("How did the team get through the chaos after the flood?", "informational"),
        ("How much of an improvement will our rota be on your last one?", "hiring"),
        ("How do you keep going when the customers are so hostile?", "informational"),
    ],
)
def test_framings_that_push_are_leading(text: str, context: str) -> None:
    assert "leading" in rules(text, context)


def test_a_mid_sentence_tag_before_a_question_is_also_double() -> None:
    text = "Night shifts ruin your sleep, don't they, and how do you catch up?"
    assert {"leading", "double"} <= rules(text, "informational")


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Everyone here uses Excel. How confident are you with it?", "hiring"),
        ("Someone as new as me, where would they start?", "informational"),
        ("What did you settle on in the end?", "informational"),
        ("How much of a nurse's shift is paperwork?", "informational"),
        ("How do you stay calm when a customer is upset?", "informational"),
        ("What is the most useful thing you learned in your first year?", "informational"),
        ("The job is in Leeds, isn't it, or has it moved?", "candidate"),
    ],
)
def test_near_misses_of_push_are_not_leading(text: str, context: str) -> None:
    assert "leading" not in rules(text, context)


@pytest.mark.parametrize(
    "text",
    [
        "What do you enjoy about teaching piano, and what bugs you?",
        "What do you love about the ward, and what drives you mad?",
    ],
)
def test_two_sides_of_one_feeling_are_not_double(text: str) -> None:
    assert "double" not in rules(text, "informational")


def test_with_or_without_adjustments_is_not_a_choice() -> None:
    text = "The post involves climbing ladders. Could you manage that, with or without adjustments?"
    assert rules(text, "hiring") == {"yes_no"}


def test_a_card_the_job_needs_is_an_eligibility_check() -> None:
    # Yes or no is the answer wanted, so no open rewording is suggested.
    assert rules("Do you carry a first aid card? The site asks for one.", "hiring") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Could you drop a word with your boss on my behalf?",
        "Could I pop my CV round to the office before the intake closes?",
        "If you're ever short of hands, you've got my number.",
        "May I put you down as a reference?",
        "Who hires your apprentices, and could you mention me to her?",
        "I'd be happy to help out at your yard any time you like.",
    ],
)
def test_asks_the_rules_left_to_the_model_are_job_asks(text: str) -> None:
    # The rules alone: the shipped model saw the sets these classes came from.
    flags = check_question(text, WORDS, informational=True, learned=LearnedModels())
    assert "job_ask" in {flag.rule for flag in flags}


@pytest.mark.parametrize(
    "text",
    [
        "What word would you use for the culture here?",
        "How did you put a word in for people when you were a mentor?",
        "When I apply, should I drop my CV in or email it?",
        "If I have questions later, is it OK to email? You've got my details.",
        "I'd love to help out at a food bank. How do I start?",
    ],
)
def test_near_misses_of_those_asks_are_not_job_asks(text: str) -> None:
    flags = check_question(text, WORDS, informational=True, learned=LearnedModels())
    assert "job_ask" not in {flag.rule for flag in flags}


@pytest.mark.parametrize(
    ("text", "illegal"),
    [
        ("Your English is excellent. Where did you pick it up?", True),
        ("Are your certificates in a woman's name?", True),
        ("Have you thought about retiring early?", True),
        ("When did the firm start retiring the old fleet?", False),
        ("How will your English help with our overseas clients?", False),
    ],
)
def test_origin_gender_and_retirement_by_the_rules_alone(text: str, illegal: bool) -> None:
    flags = check_question(text, WORDS, hiring=True, learned=LearnedModels())
    assert ("illegal" in {flag.rule for flag in flags}) is illegal


@pytest.mark.parametrize(
    ("text", "double"),
    [
        ("Tell me about the last fence you built. How did you price it?", False),
        ("Describe the hardest shift you worked. How did you keep going?", False),
        ("Tell me about the last fence you built. How did you get into fencing?", True),
        ("Tell me about your last role. Why did you leave?", True),
    ],
)
def test_how_you_did_the_one_episode_asked_for_is_the_same_story(text: str, double: bool) -> None:
    assert ("double" in rules(text, "informational")) is double
