"""Round 14 of issue 13: leading questions whose premise has no marker word, a judgement a
how, what or why question takes as given (:mod:`interview_tui.coaching.checker_presume`).
Every case is in wording of our own (not the eval's); each class comes with near misses, the
same topics asked openly, that stay silent."""

from __future__ import annotations

import pytest

from tests.helpers import flagged_rules


def leads(text: str) -> bool:
    return "leading" in flagged_rules(text, informational=True)


# A degree settled on a verdict, a verdict in what is endured, a condemning word in a
# premise: the judgement is given, something else is asked.
@pytest.mark.parametrize(
    "text",
    [
        "What made you stay at a firm that treats staff so badly?",
        "What keeps you in a trade that pays so poorly?",
        "What keeps you going at a charity that pays so little?",
        "How do you manage a workload this heavy?",
        "How do you cope with being so underappreciated?",
        "How did you find your feet in that chaotic warehouse?",
        "What got you through those gruelling night shifts on the ward?",
        "How much did the backward attitudes in the trade hold you back?",
        "How do you keep smiling through the tedium?",
        "How do you handle the constant abuse from drivers?",
        "How did you cope with the grind of the first two years?",
        "How do you live with the guilt of turning people away?",
        "How do you stomach the politics at head office?",
        "How can you bear the noise on the factory floor?",
        "How did you stand working for him for so long?",
    ],
)
def test_a_verdict_taken_as_given_leads(text: str) -> None:
    assert leads(text)


# A feeling put in the listener's mouth: only its size is asked.
@pytest.mark.parametrize(
    "text",
    [
        "How proud are you of turning the branch around?",
        "How relieved were you to get out of banking?",
        "How gutted were you when the contract fell through?",
        "How angry does it make you when clients don't pay?",
        "How fed up are you with the constant restructures?",
        "How sick are you of explaining what an actuary does?",
        "How long did it take you to get sick of the commute?",
        "When did you get sick of the politics at the big firms?",
    ],
)
def test_a_feeling_attributed_to_the_listener_leads(text: str) -> None:
    assert leads(text)


# A premise clause that settles a verdict or flatters, before or after the question.
@pytest.mark.parametrize(
    "text",
    [
        "Given how outdated the kit is, how do you get anything done?",
        "Considering how badly paid the role is, what keeps you in it?",
        "Given that the sector is collapsing, why train now?",
        "How do you motivate yourself given how repetitive the work is?",
        "With your talent, how did you end up in a back office?",
        "With your flair for design, what made you go into sales?",
    ],
)
def test_a_premise_clause_that_judges_leads(text: str) -> None:
    assert leads(text)


# The reason asked for a verdict, and a verdict the listener is said to have realised.
@pytest.mark.parametrize(
    "text",
    [
        "Why do hospitals underpay their cleaners?",
        "Why does the trade look down on self-taught carpenters?",
        "Why does the industry keep undervaluing its technicians?",
        "How come nobody at head office listens to the people on the floor?",
        "When did you realise the job was a dead loss?",
        "How quickly did you realise the course was a rip-off?",
    ],
)
def test_a_verdict_explained_or_realised_leads(text: str) -> None:
    assert leads(text)


# Praise or a ranking settled rather than asked.
@pytest.mark.parametrize(
    "text",
    [
        "How does it feel to work for the best firm in the city?",
        "Why do you want to join the best-run practice in the county?",
        "How would you fit into our incredibly talented team?",
        "What do you make of our state-of-the-art workshop?",
    ],
)
def test_praise_taken_as_given_leads(text: str) -> None:
    assert leads(text)


# The same topics asked openly: a judgement asked for, a hypothetical, a rumour put up to be
# tested, a view reported, a description that does not judge.
@pytest.mark.parametrize(
    "text",
    [
        "How do you keep your temper with demanding clients?",
        "How hard is it to move from retail into buying?",
        "How slow is the planning process, in your experience?",
        "How repetitive is the work, day to day?",
        "What's the hardest part of night shifts?",
        "Which part of the work is the most rewarding?",
        "What makes a good site manager?",
        "How do you feel about the changes to funding?",
        "How did you feel when the funding was cut?",
        "How confident are you with spreadsheets?",
        "How proud was the team when the bridge opened?",
        "What do you do when you get tired of the routine?",
        "How do you stop yourself getting bored on quiet days?",
        "How do you handle the politics on the board?",
        "How do you stand out from other applicants?",
        "Where do you stand on remote working?",
        "How long can you stand at the bench without a break?",
        "With your experience, what would you tell a new starter?",
        "With your background in retail, what drew you to surveying?",
        "Given how much the trade has changed, what skills matter now?",
        "Given the hours, how do you fit in a family life?",
        "Why did the launch go badly, in your view?",
        "Why do some people find the work boring?",
        "Why do so few people stay past five years?",
        "How did you realise you wanted to be a nurse?",
        "When did you notice the market changing?",
        "What's the best firm in the city for trainees?",
        "Which is the best practice in the county to train at?",
        "What would you do if a client was so rude that you had to stop?",
        "How do you handle the busy season?",
        "How do you manage such a big team?",
        "How did the restructure affect your team?",
        "What do you like about our workshop?",
    ],
)
def test_an_open_question_on_the_same_topic_stays_silent(text: str) -> None:
    assert not leads(text)


def test_the_leading_head_reads_judgement_classes_and_where_they_sit() -> None:
    from interview_tui.coaching.checker_model_premise import premise_features
    from interview_tui.coaching.wordlists import tokenise

    found = premise_features(tokenise("How do you put up with the woeful kit?").words)
    # The class of the word, not the word: what is learnt of "woeful" carries to "dire".
    assert {"J:verdict", "J:the+verdict", "J:how>verdict"} <= set(found)
    assert premise_features(tokenise("How did you get your first job?").words) == []
    praise = premise_features(tokenise("How would you fit into our world-class team?").words)
    assert "J:whose+praise" in praise
