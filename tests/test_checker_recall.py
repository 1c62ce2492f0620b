"""Job asks and protected topics in wording the phrase lists never saw (issue 13, recall on
kept-aside questions). Each flagged case here was missed before, and each lawful or advice
case is a near miss the wider rules must leave alone."""

from __future__ import annotations

import pytest

from interview_tui.coaching.checker import Rule, check_question
from interview_tui.coaching.wordlists import load_word_lists

WORDS = load_word_lists()


def rules(text: str, informational: bool = False, hiring: bool = False) -> set[Rule]:
    flags = check_question(text, WORDS, informational=informational, hiring=hiring)
    return {flag.rule for flag in flags}


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
    ],
)
def test_the_job_and_lawful_checks_stay_unflagged_in_hiring(text: str) -> None:
    assert "illegal" not in rules(text, hiring=True)
