"""Round 12 of issue 13: misses and false alarms of the checker on a set written by someone who
never saw the rules, fixed by class, and the learned heads for ``leading`` and ``double``.
Every case is in wording of our own (not the eval's), and each class comes with near misses
that stay silent."""

from __future__ import annotations

import pytest

from interview_tui.coaching.checker import check_question
from interview_tui.coaching.checker_base import WHY
from interview_tui.coaching.checker_model import (
    LearnedModels,
    RuleModel,
    features,
    shipped,
)
from tests.helpers import flagged_rules, word_lists

rules = flagged_rules


@pytest.mark.parametrize(
    "text",
    [
        # A tag in one word, a guess asked to be contradicted, a fact asked to be so, and an
        # afterthought tacked on after the tag: all put the answer up for a nod.
        "Pottery's more of a hobby than a job, innit?",
        "Plastering must ruin your shoulders, am I wrong?",
        "Plastering must ruin your shoulders, or am I wrong?",
        "Night shifts are the worst part of it, is that not so?",
        "Agency work is the only way in now, isn't that so?",
        "Hand-lettering has had its day, hasn't it, really?",
        "You'd have to be mad to go freelance, wouldn't you, honestly?",
    ],
)
def test_a_tag_in_other_words_leads_and_is_closed(text: str) -> None:
    assert {"leading", "yes_no"} <= rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "What happened then, really?",
        "How did you get into it, honestly?",
        "Am I wrong to think about retraining at forty?",
        "So what would you say to someone starting out, then?",
    ],
)
def test_an_afterthought_or_a_self_doubt_is_no_tag(text: str) -> None:
    assert "leading" not in rules(text, informational=True)


@pytest.mark.parametrize(
    "text",
    ["Any regrets about going freelance", "Anything you'd have done differently"],
)
def test_an_elided_closed_question_without_its_mark_is_still_closed(text: str) -> None:
    assert "yes_no" in rules(text, informational=True)


@pytest.mark.parametrize(
    "text",
    ["Any thoughts on where I should start", "Anyway, how did you start out"],
)
def test_an_open_ask_without_its_mark_stays_open(text: str) -> None:
    assert "yes_no" not in rules(text, informational=True)


@pytest.mark.parametrize(
    ("text", "hiring"),
    [
        ("What does a typical week look like, plus how do you handle the quiet months?", False),
        (
            "Which part of the job do you find dullest, as well as what first got you into it?",
            False,
        ),
        (
            "Two quick ones: how long was your apprenticeship, and how do firms choose foremen?",
            False,
        ),
        ("What's your experience with payroll software, and how old are your children now?", True),
    ],
)
def test_a_second_question_joined_another_way_is_double(text: str, hiring: bool) -> None:
    assert "double" in rules(text, informational=not hiring, hiring=hiring)


@pytest.mark.parametrize(
    "text",
    [
        "What's the base salary plus overtime?",
        "Which skills matter as well as which qualifications?",
        "One question: how did you get started?",
        "Tell me what you did as well as what you learned.",
        "How old is the kit you work with?",
    ],
)
def test_one_question_with_those_words_is_not_double(text: str) -> None:
    assert "double" not in rules(text, informational=True)


@pytest.mark.parametrize(
    "text",
    [
        # A probe for the reason behind the answer just given, in its other wordings.
        "Can selling be taught, or is it a gift? What makes you think so?",
        "Is the trade dying out? What made you think that?",
        "Are apprenticeships better than degrees? What makes you say so?",
        # The rest of the story a request just asked for.
        "Tell me about the worst flood you ever had to clear up. What happened when it hit?",
        "Tell me about a night where you spotted a fire risk nobody else saw. What did you do "
        "next?",
        "Describe the biggest order you once lost. What happened after they cancelled?",
    ],
)
def test_a_probe_or_the_rest_of_the_story_is_not_a_second_question(text: str) -> None:
    assert "double" not in rules(text, hiring=True)


@pytest.mark.parametrize(
    "text",
    [
        "Tell me about your last role. What happened when you left?",
        "Tell me about a night where you spotted a fire risk. Why did you leave that job?",
        "Is the pay fair? What makes you stay?",
    ],
)
def test_a_new_question_after_a_story_or_a_closed_question_is_still_double(text: str) -> None:
    assert "double" in rules(text, hiring=True)


@pytest.mark.parametrize(
    "text",
    [
        # The language of childhood stands in for national origin.
        "Was it Urdu you spoke growing up?",
        "What did you speak as a child?",
        # Union membership with a word before it.
        "Are you a card-carrying union member? We've had strikes.",
        "You're not an active union rep, are you?",
        # The candidate's own treatment, by any name.
        "Have you had any treatment for your back, that sort of thing?",
        "Are you getting any counselling at the moment?",
        "Have you ever been in therapy?",
    ],
)
def test_a_protected_topic_the_long_way_round_is_illegal(text: str) -> None:
    assert "illegal" in rules(text, hiring=True)


@pytest.mark.parametrize(
    "text",
    [
        "What treatment would you give a client with a sprained ankle?",
        "Have you had treatment plans go wrong with a client?",
        "Which languages do you speak?",
        "What did you enjoy as a child apprentice in the workshop?",
        "Have you had any training on the new tills?",
    ],
)
def test_treatment_given_or_a_language_for_the_job_is_lawful(text: str) -> None:
    assert "illegal" not in rules(text, hiring=True)


def _models(rule: str, word: str) -> LearnedModels:
    """A model for ``rule`` that is sure of any sentence with ``word`` and of nothing else."""
    weights = dict.fromkeys(features((word,)), 10.0)
    return LearnedModels({rule: RuleModel(bias=-5.0, weights=weights, threshold=0.5)})


@pytest.mark.parametrize("context", ["informational", "hiring", "candidate"])
def test_the_leading_model_adds_a_flag_in_every_context(context: str) -> None:
    text = "Do they still treat juniors as zorbs there?"
    learned = _models("leading", "zorbs")
    flags = check_question(
        text,
        word_lists(),
        informational=context == "informational",
        hiring=context == "hiring",
        learned=learned,
    )
    found = {f.rule: f for f in flags}
    assert found["leading"].why == WHY["leading"]
    # A leading question asked closed still wants opening: the yes/no hint stays.
    assert "yes_no" in found


def test_a_learned_head_acts_only_where_its_rule_raised_nothing() -> None:
    """Where the rules already flagged the text, the model adds no second flag."""
    text = "Surely zorbs are the best part of it. What's the worst part, and how do you cope?"
    for rule in ("leading", "double"):
        flags = check_question(text, word_lists(), learned=_models(rule, "zorbs"))
        assert [f.rule for f in flags].count(rule) == 1


def test_the_double_model_adds_a_flag_the_rules_miss() -> None:
    text = "Is the zorb course paid, and do most people finish it?"
    alone = check_question(text, word_lists(), learned=LearnedModels())
    assert "double" not in {f.rule for f in alone}
    flags = check_question(text, word_lists(), learned=_models("double", "zorb"))
    assert "double" in {f.rule for f in flags}


def test_the_shipped_leading_head_catches_a_verdict_the_rules_miss() -> None:
    """A premise stated as fact before an open question ("Since the big chains treat their
    bakers like machines…") is leading: the rules have no phrase for it, the model does."""
    text = "Since the big chains treat their bakers like machines, how do you stay sane?"
    alone = check_question(text, word_lists(), learned=LearnedModels())
    assert "leading" not in {f.rule for f in alone}
    assert "leading" in rules(text)
    assert {"leading", "double"} <= set(shipped().rules)


@pytest.mark.parametrize(
    "text",
    [
        "Since the team grew, how has your role changed?",
        "Since you moved from retail, how did you find the change?",
        "What's it like working for a small charity?",
        "How do you cope with the paperwork?",
    ],
)
def test_the_shipped_heads_stay_silent_on_plain_questions(text: str) -> None:
    assert "leading" not in rules(text)
    assert "double" not in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        # A comparison settled in the premise before the question.
        "Considering how much cheaper vans are than lorries to run, why did you pick lorries?",
        "Seeing how much better paid agency work is than staff jobs, why stay on staff?",
        # "What made … so <bad>?" with other verdicts.
        "What made the rota so intolerable?",
        "What makes night work so gruelling?",
    ],
)
def test_a_settled_comparison_or_verdict_leads(text: str) -> None:
    assert "leading" in rules(text, informational=True)


@pytest.mark.parametrize(
    "text",
    [
        "Considering how much the trade has changed, what would you study now?",
        "What makes the job so rewarding?",
        "Which is cheaper to run, a van or a lorry?",
    ],
)
def test_a_premise_that_compares_nothing_does_not_lead(text: str) -> None:
    assert "leading" not in rules(text, informational=True)


@pytest.mark.parametrize(
    "text",
    [
        "How old is the software you use day to day?",
        "How old are the machines on the line?",
        "How old was the building when you moved the archive in?",
    ],
)
def test_how_old_a_thing_is_no_question_about_age(text: str) -> None:
    """Found by hand after round 12: "how old" alone flagged any question about a thing's age,
    and the illegal model flagged a sentence that did not speak to the candidate at all."""
    assert "illegal" not in rules(text, hiring=True)


@pytest.mark.parametrize(
    "text", ["How old are you?", "So how old were you when you qualified?", "How old is your son?"]
)
def test_how_old_the_candidate_or_their_family_is_still_illegal(text: str) -> None:
    assert "illegal" in rules(text, hiring=True)


def test_given_how_a_neutral_fact_is_no_premise() -> None:
    """A bare "given how" flagged any question it opened; a loaded one leads by its verdict."""
    assert "leading" not in rules("Given how you started, what advice would you give?")
    assert "leading" in rules("Given how pointless the paperwork is, why do people stay?")
