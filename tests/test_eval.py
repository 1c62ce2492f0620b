"""The coaching, measured on the labelled sets in tests/eval (see bench/eval.py).

The targets are asserted on the dev split, the only one the rules were tuned on; the holdout
split is printed (run with -s, or `make eval`) so that a regression there is visible without
turning tuning on it into a habit.
"""

from __future__ import annotations

import pytest

from bench import eval as evaluation
from interview_tui.coaching.wordlists import load_word_lists

WORDS = load_word_lists()


def test_the_labelled_sets_are_big_enough_and_split() -> None:
    questions = evaluation.load("questions.yaml")
    answers = evaluation.load("answers.yaml")
    assert len(questions) >= 300 and len(answers) >= 40
    for items in (questions, answers):
        assert {item["split"] for item in items} == {"dev", "holdout"}


@pytest.fixture(scope="module")
def checker() -> evaluation.CheckerReport:
    items = evaluation.split(evaluation.load("questions.yaml"), "dev")
    return evaluation.evaluate_checker(items, WORDS)


@pytest.fixture(scope="module")
def answers() -> evaluation.AnswerReport:
    items = evaluation.split(evaluation.load("answers.yaml"), "dev")
    return evaluation.evaluate_answers(items, WORDS)


@pytest.mark.parametrize("rule", ["yes_no", "leading", "double", "job_ask", "illegal"])
def test_every_checker_rule_meets_its_target_on_dev(
    checker: evaluation.CheckerReport, rule: str
) -> None:
    counts = checker.rules[rule]
    assert counts.tp > 0
    assert counts.precision >= 0.90, counts.false_alarms
    assert counts.recall >= 0.90, counts.misses


def test_nudges_on_dev(answers: evaluation.AnswerReport) -> None:
    hypothetical = answers.nudges["hypothetical"]
    assert hypothetical.recall >= 0.8, hypothetical.misses
    assert answers.hypothetical_on_stories == []  # never on a real past story
    for nudge, counts in answers.nudges.items():
        assert counts.recall >= 0.8 and counts.fp == 0, (nudge, counts.misses, counts.false_alarms)


def test_past_behaviour_questions_are_recognised_from_their_wording(
    answers: evaluation.AnswerReport,
) -> None:
    assert answers.past_behaviour.precision == 1.0
    assert answers.past_behaviour.recall == 1.0


def test_key_points_and_star_meet_their_targets_on_dev(answers: evaluation.AnswerReport) -> None:
    # The labelled key points carry no cues: this is detection from the text alone.
    assert answers.key_points.precision >= 0.85, answers.key_points.false_alarms
    assert answers.key_points.recall >= 0.80, answers.key_points.misses
    assert answers.star_agreement >= 0.85


def test_holdout_figures_are_reported(capsys: pytest.CaptureFixture[str]) -> None:
    evaluation.print_report("holdout")
    out = capsys.readouterr().out
    assert "holdout: interviewer question checker" in out and "key points" in out
