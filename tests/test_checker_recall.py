"""Job asks and protected topics in wording the phrase lists never saw (issue 13, recall on
kept-aside questions). Each flagged case here was missed before, and each lawful or advice
case is a near miss the wider rules must leave alone."""

from __future__ import annotations

import pytest

from interview_tui.coaching.checker import check_question
from tests.helpers import flagged_rules, word_lists

WORDS = word_lists()
rules = flagged_rules


@pytest.mark.parametrize(
    "text",
    [
        # Plans for children and who minds them.
        "Is a baby on the cards for you two?",
        "Are you thinking of having another child?",
        "Is there someone to look after the children if the shift overruns?",
        "Who has the kids when you're on a late?",
        "With toddlers at home, how would you manage nights?",
        # Age and its proxies.
        "When did you do your O levels?",
        "Which year did you graduate from university?",
        "Would you get on with a younger crowd?",
        "At your age, why start again as a trainee?",
        # Faith by name, birth and home language.
        "Are you Jewish? Some of our events are on Saturdays.",
        "Do you go to the gurdwara on Sundays?",
        "Were you born and raised in Scotland?",
        "Is Urdu your mother tongue?",
        "Which language did you grow up speaking?",
        "Are you Nigerian?",
        # Health history and marital status.
        "Were you ever signed off work?",
        "Have you had time off for stress in the last three years?",
        "Have you got any underlying conditions?",
        "Are you recently divorced?",
        "Is it Mrs or Miss?",
        "How many kids have you got?",
        "Any plans for a family?",
        "Do you have caring responsibilities?",
        "What generation are you?",
        "Are you over 50?",
        "How long ago did you leave college?",
        "Where is your family from?",
        "What is your heritage?",
        "Where did you learn your English?",
        "How long have you lived in this country?",
        "Have you been to hospital recently?",
        "Is there anything about your health we should know?",
        "Who do you live with?",
        "Do you see yourself settling down soon?",
        "How much longer do you see yourself working?",
        "Were your parents immigrants?",
        "What sort of name is that?",
        "Is your eyesight good?",
        "Are you on the autism spectrum?",
        "Are you transgender?",
    ],
)
def test_protected_topics_in_new_wording_are_illegal_in_hiring(text: str) -> None:
    assert rules(text, hiring=True) == {"illegal"}


@pytest.mark.parametrize(
    "text",
    [
        "How do you handle stress?",
        "Tell me about a time you experienced stress at work and how you handled it.",
        "What experience do you have working with young children?",
        "What do you do with the children while you wait for parents to arrive?",
        "How would you mentor a young team?",
        "Are you French-speaking? Half our clients are in Lyon.",
        "How would you handle a partner at the firm who disagrees with you?",
        "Tell me about a wedding you planned from start to finish.",
        "Do you have experience preparing halal food?",
        "The shifts include Sundays. How would that fit with your other commitments?",
        "Are you over 18? The role involves serving alcohol.",
        "Which country did you train in?",
        "How would you protect our heritage collection?",
        "How do you handle a parent who complains at school pick-up?",
        "Have you worked in a hospital before?",
        "Why do you want to work here and what salary are you expecting?",
        "Tell me about a time you supported a trans colleague.",
        "What experience do you have with autistic clients?",
        "How do you deal with memory issues in the database?",
        "What kind of name would you give this project?",
        "How would you handle the transition to a new rota system?",
    ],
)
def test_the_job_and_lawful_checks_stay_unflagged_in_hiring(text: str) -> None:
    assert "illegal" not in rules(text, hiring=True)


@pytest.mark.parametrize(
    "text",
    [
        "Would you mind sending my CV on to your practice manager?",
        "Could you mention my name to the person who runs the graduate intake?",
        "Can I leave my portfolio with you in case you need a freelance designer?",
        "Do you know anyone who needs a junior copywriter like me?",
        "Is your studio looking for anyone like me at the moment?",
        "What would I need to do to get some shifts at your cafe?",
        "Could I come in for a trial day, with a view to a job?",
        "What's the best way for me to get hired at your agency?",
        "I'd love to work somewhere like yours; could you help me get in?",
        "Could you put in a word with your store manager about me?",
        "Could you let your boss know I'm looking?",
        "Would it be okay to email you my CV?",
        "Would you keep my number in case you need cover?",
        "Do you need anyone to help out on your site? I'm looking for work.",
        "Any chance of some work experience with you over the summer?",
        "If a junior post came up at your place, would you let me know?",
        "I'm really keen to join your company. What are my chances?",
        "Could you ask around your office to see if anyone needs a junior?",
        "Is there anything going at your place at the moment?",
        "Would your lot be interested in someone like me?",
        "What would it take for your boss to give me a chance?",
        "Could I pop in and drop my CV off at your shop?",
        "Do you have room for another junior on your team?",
    ],
)
def test_job_asks_without_set_phrases_are_flagged(text: str) -> None:
    assert rules(text, informational=True) == {"job_ask"}


@pytest.mark.parametrize(
    "text",
    [
        "What would you tell someone coming from retail, like me, about getting into HR?",
        "How do people usually find openings in this field?",
        "Can I ask how you got your first shifts as a locum?",
        "What are the shifts like at your hospital?",
        "How did you get hired at your firm?",
        "Could you introduce me to someone in your team who might talk to me about their work?",
        "Should I mention my CV gap when I apply for roles in this field?",
        "How did you find freelance work when you started out?",
        "Could you tell me about your team?",
        "Do you mind if I ask what the interview process was like for you?",
        "Have you ever had to take on a trainee yourself?",
        "Do you think firms are hiring juniors right now?",
        "When a post comes up in your field, how many people apply?",
        "I'm thinking about applying to firms like yours. What do they look for?",
        "Is there room for a career changer in your field?",
        "Is there a chance the role will change with AI?",
        "Were you unpaid when you started at your firm?",
        "What do people like me usually need to get into your field?",
    ],
)
def test_advice_about_getting_in_is_not_a_job_ask(text: str) -> None:
    assert "job_ask" not in rules(text, informational=True)


def test_asking_leave_to_ask_is_a_polite_request_not_yes_no() -> None:
    # Written as a near miss for the job-ask rules; it was wrongly flagged yes_no.
    assert rules("Do you mind if I ask what the interview process was like for you?") == set()
    assert rules("Do you mind if I record this?") == {"yes_no"}


def test_a_handed_on_ask_quotes_the_asker_too() -> None:
    text = "Would you mind passing my CV on to your head chef?"
    (flag,) = check_question(text, WORDS, informational=True)
    assert text[flag.start : flag.end] == "passing my CV"


@pytest.mark.parametrize(
    "text",
    [
        "Would you have anything for a hard worker like me?",
        "Do you know of anything going at your work?",
        "Could you see if there's a spot for me on your next project?",
        "Can you help me get a start at your site?",
    ],
)
def test_a_place_for_me_at_yours_is_a_job_ask(text: str) -> None:
    assert rules(text, informational=True) == {"job_ask"}


def test_a_place_or_something_for_me_that_is_not_work_is_not_a_job_ask() -> None:
    assert "job_ask" not in rules("Is there something for me to read before we meet again?", True)
    assert "job_ask" not in rules("Is there anything for beginners to read about your field?", True)


@pytest.mark.parametrize(
    "text",
    [
        "We can only have staff over 18 behind the bar because it's serving alcohol. Are you?",
        "You'd need a full driving licence for this. Do you have one?",
    ],
)
def test_a_short_follow_up_to_a_stated_requirement_is_an_eligibility_check(text: str) -> None:
    assert rules(text, hiring=True) == set()
    # The same follow-up to a wish rather than a requirement is still closed.
    assert rules("We need someone who is good with spreadsheets. Are you?", hiring=True) == {
        "yes_no"
    }
