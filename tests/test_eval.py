"""The coaching, measured on the labelled sets in tests/eval (see bench/eval.py).

The targets are asserted on the dev split, the only one the rules were tuned on; the holdout
and fresh splits are printed (run with -s, or `make eval`) so that a regression there is
visible without turning tuning on them into a habit. The loader's support for several files,
the fresh split and answers to bank questions is tested on small sets of our own in tmp_path.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import eval as evaluation
from bench import eval_sets
from interview_tui.coaching.wordlists import load_word_lists

WORDS = load_word_lists()


def test_the_labelled_sets_are_big_enough_and_split() -> None:
    questions = evaluation.load("questions")
    answers = evaluation.load("answers")
    assert len(questions) >= 300 and len(answers) >= 40
    for items in (questions, answers):
        assert {"dev", "holdout"} <= {item["split"] for item in items} <= set(evaluation.SPLITS)
    # The sets kept aside last, for the figures reported as never tuned on.
    assert {"fresh5"} <= {item["split"] for item in questions} & {i["split"] for i in answers}
    assert "fresh6" in {item["split"] for item in questions}  # kept aside: questions
    assert {"fresh7", "fresh8"} <= {item["split"] for item in questions}  # kept aside last


@pytest.fixture(scope="module")
def checker() -> evaluation.CheckerReport:
    items = evaluation.split(evaluation.load("questions"), "dev")
    return evaluation.evaluate_checker(items, WORDS)


@pytest.fixture(scope="module")
def answers() -> evaluation.AnswerReport:
    items = evaluation.split(evaluation.load("answers"), "dev")
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


_BANK = """\
id: fixture_bank
role: interviewee
questions:
  - id: helped
    text: Tell me about a time you helped a teammate who was struggling.
    key_points:
      - text: what tipped you off
        cues: [overwhelmed/quiet, noticed]
      - text: the outcome for them
        cues: [caught up/recovered]
"""

# Covers the first point only through its cue ("noticed" and "quiet" share no word with the
# key point's text), and says nothing of how it ended.
_ANSWER = (
    "Last spring I noticed that Sam, our new tester, had gone very quiet in stand-ups and was "
    "staying late every night. I asked him for a coffee and I offered to pair on the test plan. "
    "We sat together for two mornings."
)


def _write_sets(directory: Path) -> None:
    (directory / "questions.yaml").write_text(
        "- {text: 'Do you like it?', context: informational, flags: [yes_no], split: dev}\n"
        "- {text: 'What is a typical day?', context: informational, flags: [], split: holdout}\n",
        encoding="utf-8",
    )
    (directory / "questions_fresh.yaml").write_text(
        "- {text: 'Are you hiring?', context: informational, flags: [job_ask], split: fresh}\n"
        "- {text: 'Is it fun, right?', context: candidate, flags: [leading], split: fresh}\n",
        encoding="utf-8",
    )
    (directory / "answers.yaml").write_text("[]\n", encoding="utf-8")
    (directory / "answers_bundled.yaml").write_text(
        "- id: b1\n"
        "  bank: fixture_bank\n"
        "  question_id: helped\n"
        "  past_behaviour: true\n"
        "  key_points:\n"
        "    - {text: what tipped you off, covered: true}\n"
        "    - {text: the outcome for them, covered: false}\n"
        "  star: null\n"
        "  nudges: [too_short]\n"
        "  split: fresh\n"
        f"  answer: {_ANSWER!r}\n",
        encoding="utf-8",
    )
    (directory / "bank.yaml").write_text(_BANK, encoding="utf-8")


def test_every_set_file_is_loaded_and_fresh_is_its_own_split(tmp_path: Path) -> None:
    _write_sets(tmp_path)
    questions = eval_sets.load("questions", tmp_path)
    assert [q["_file"] for q in questions] == ["questions.yaml"] * 2 + ["questions_fresh.yaml"] * 2
    assert eval_sets.splits_present(questions) == ["dev", "holdout", "fresh"]
    fresh = evaluation.evaluate_checker(evaluation.split(questions, "fresh"), WORDS)
    assert fresh.rules["job_ask"].tp == 1 and fresh.rules["yes_no"].tp == 0
    dev = evaluation.evaluate_checker(evaluation.split(questions, "dev"), WORDS)
    assert dev.rules["yes_no"].tp == 1 and dev.rules["job_ask"].tp == 0


def test_an_answer_to_a_bank_question_is_judged_with_the_banks_own_cues(tmp_path: Path) -> None:
    _write_sets(tmp_path)
    items = eval_sets.load("answers", tmp_path)
    banks = eval_sets.banks_in(tmp_path / "bank.yaml")
    report = evaluation.evaluate_answers(items, WORDS, banks)
    # The cue found the first point; without the bank's cues the words alone would not.
    assert (report.key_points.tp, report.key_points.fp, report.key_points.fn) == (1, 0, 0)
    assert report.key_points.tn == 1
    assert report.past_behaviour.tp == 1  # decided from the bank question's wording
    assert report.nudges["too_short"].tp == 1
    without_cues = [{**items[0], "question": items[0]["question_id"]}]
    del without_cues[0]["bank"]
    assert evaluation.evaluate_answers(without_cues, WORDS).key_points.tp == 0


def test_labels_that_do_not_match_the_banks_key_points_are_refused(tmp_path: Path) -> None:
    _write_sets(tmp_path)
    banks = eval_sets.banks_in(tmp_path / "bank.yaml")
    item = eval_sets.load("answers", tmp_path)[0]
    item["key_points"] = item["key_points"][:1]
    with pytest.raises(eval_sets.EvalSetError, match="bank's key points"):
        evaluation.evaluate_answers([item], WORDS, banks)
    with pytest.raises(eval_sets.EvalSetError, match="no bundled bank"):
        evaluation.evaluate_answers([{**item, "bank": "nope"}], WORDS, banks)


def test_the_report_prints_each_split_present(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write_sets(tmp_path)
    (tmp_path / "answers_bundled.yaml").unlink()  # the fixture bank is not bundled
    evaluation.main([], tmp_path)
    out = capsys.readouterr().out
    for which in ("dev", "holdout", "fresh"):
        assert f"== {which}: interviewer question checker" in out
    assert out.index("== holdout") < out.index("== fresh")


def _write_fresh2(directory: Path) -> None:
    (directory / "questions_fresh2.yaml").write_text(
        "- {text: 'Do you have kids?', context: hiring, flags: [illegal], split: fresh2}\n",
        encoding="utf-8",
    )


def test_fresh2_is_its_own_split_reported_after_fresh(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write_sets(tmp_path)
    (tmp_path / "answers_bundled.yaml").unlink()  # the fixture bank is not bundled
    _write_fresh2(tmp_path)
    questions = eval_sets.load("questions", tmp_path)
    assert eval_sets.splits_present(questions) == ["dev", "holdout", "fresh", "fresh2"]
    fresh2 = evaluation.evaluate_checker(evaluation.split(questions, "fresh2"), WORDS)
    assert fresh2.rules["illegal"].tp == 1
    evaluation.main([], tmp_path)
    out = capsys.readouterr().out
    assert out.index("== fresh: interviewer") < out.index("== fresh2: interviewer")
    evaluation.main(["fresh2"], tmp_path)
    assert "== dev" not in capsys.readouterr().out


def test_fresh3_may_hold_questions_only_and_is_reported_after_fresh2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write_sets(tmp_path)
    (tmp_path / "answers_bundled.yaml").unlink()  # the fixture bank is not bundled
    _write_fresh2(tmp_path)
    (tmp_path / "questions_fresh3.yaml").write_text(
        "- {text: 'Are you hiring?', context: informational, flags: [job_ask], split: fresh3}\n",
        encoding="utf-8",
    )
    questions = eval_sets.load("questions", tmp_path)
    assert eval_sets.splits_present(questions)[-2:] == ["fresh2", "fresh3"]
    evaluation.main([], tmp_path)
    out = capsys.readouterr().out
    assert out.index("== fresh2: interviewer") < out.index("== fresh3: interviewer")
    assert "== fresh3: interviewee answers: none in this split" in out
    evaluation.main(["fresh3"], tmp_path)
    out = capsys.readouterr().out
    assert "job_ask  precision 1.00  recall 1.00  (tp 1, fp 0, fn 0)" in out
    assert "== fresh2" not in out
