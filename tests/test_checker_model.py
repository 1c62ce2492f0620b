"""The learned complement to the checker's job_ask and illegal rules, and its training."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bench.train_checker import (
    KEPT_ASIDE,
    OUTPUT,
    TRAIN_SPLITS,
    build,
    load_labelled,
    render,
    train,
    training_items,
)
from interview_tui.coaching.checker import WHY, check_question
from interview_tui.coaching.checker_model import (
    LearnedModels,
    RuleModel,
    features,
    may_add,
    shipped,
)
from interview_tui.coaching.wordlists import WordLists, load_word_lists, tokenise


@pytest.fixture(scope="module")
def words() -> WordLists:
    return load_word_lists()


def score(rule: str, text: str) -> float:
    model = shipped().rules[rule]
    return model.probability(features(tokenise(text).words, model.content_only, model.premises))


def test_retraining_reproduces_the_shipped_model_byte_for_byte() -> None:
    assert render(build(training_items())) == OUTPUT.read_text(encoding="utf-8")


def test_the_shipped_model_is_small() -> None:
    assert OUTPUT.stat().st_size < 400_000


def test_training_is_deterministic_and_learns_the_label() -> None:
    data = [
        (features(tokenise(text).words), label)
        for text, label in [
            ("Are you hiring at the moment?", True),
            ("Could you hire me for the summer?", True),
            ("Are you hiring juniors this year?", True),
            ("How did you start out?", False),
            ("What does a normal day look like?", False),
            ("How did you find your first role?", False),
        ]
    ]
    assert train(data, 0.01) == train(data, 0.01)
    _, weights = train(data, 0.01)
    assert weights["hir"] > 0 > weights["how"]


@pytest.mark.parametrize(
    "text",
    [
        "Do you observe any fasts that would affect your shifts?",
        "Do you and your wife plan to have kids soon?",
    ],
)
def test_a_protected_topic_scores_high(text: str) -> None:
    """Above even odds. (Whether it also silences a yes/no hint depends on the silence
    threshold chosen on held-out sets, 0.74 since fresh7 was trained on; the rules flag these
    questions anyway, and an illegal flag drops the yes/no hint on its line.)"""
    assert score("illegal", text) >= 0.5
    assert "yes_no" not in {f.rule for f in check_question(text, load_word_lists(), hiring=True)}


def test_faith_asked_as_a_barrier_is_flagged_illegal_without_yes_no() -> None:
    """Retrained with fresh8 (round 9), the model scores this one just under even odds
    (0.47); the rules and the model together must still flag it, and drop the yes/no hint."""
    text = "Does your faith stop you working on Saturdays?"
    rules = {f.rule for f in check_question(text, load_word_lists(), hiring=True)}
    assert rules == {"illegal"}


@pytest.mark.parametrize(
    "text",
    [
        "What experience do you have of running a warehouse team?",
        "The job involves lifting boxes of 20 kg. How would you approach that?",
    ],
)
def test_a_lawful_question_scores_low(text: str) -> None:
    assert score("illegal", text) < 0.2


def test_a_job_ask_scores_high_and_a_question_about_the_path_low() -> None:
    # High enough for the model to add the flag itself, with room to spare.
    threshold = shipped().rules["job_ask"].threshold
    assert score("job_ask", "Is there room for me on your crew next spring?") > threshold + 0.05
    assert score("job_ask", "What does a typical week look like for a harbour pilot?") < 0.2


def test_the_model_flags_a_job_ask_the_rules_miss_without_a_yes_no_hint(
    words: WordLists,
) -> None:
    text = "I'd really like a few trial days at your garage. Could you set that up for me?"
    alone = check_question(text, words, informational=True, learned=LearnedModels())
    assert [flag.rule for flag in alone] == ["yes_no"]
    flags = check_question(text, words, informational=True)
    assert [(f.rule, text[f.start : f.end]) for f in flags] == [
        ("job_ask", "Could you set that up for me?")
    ]
    assert flags[0].why == WHY["job_ask"]


def test_a_protected_question_the_rules_miss_is_flagged_without_a_yes_no_hint(
    words: WordLists,
) -> None:
    """The illegal model flags it rather than suggest an open rewording."""
    text = "Do you observe any fasts that would affect your shifts?"
    alone = check_question(text, words, hiring=True, learned=LearnedModels())
    assert [flag.rule for flag in alone] == ["yes_no"]
    flags = check_question(text, words, hiring=True)
    assert [(f.rule, f.why) for f in flags] == [("illegal", WHY["illegal"])]
    for lawful in (
        "Have you ever managed a team of more than ten people?",
        "Do you enjoy working in a busy kitchen?",
    ):
        assert [f.rule for f in check_question(lawful, words, hiring=True)] == ["yes_no"]


def test_the_model_stays_in_its_context(words: WordLists) -> None:
    text = "Do you observe any fasts that would affect your shifts?"
    assert "illegal" not in {f.rule for f in check_question(text, words)}
    ask = "Could you let your boss know I'm keen to join the team?"
    assert "job_ask" not in {f.rule for f in check_question(ask, words)}


def test_the_loader_never_reads_the_set_kept_aside(tmp_path: Path) -> None:
    last = TRAIN_SPLITS[-1]  # the newest set trained on, beside the one kept aside
    (tmp_path / "questions.yaml").write_text(
        "- {text: 'A?', context: hiring, flags: [], split: dev}\n"
        f"- {{text: 'B?', context: hiring, flags: [], split: {KEPT_ASIDE}}}\n",
        encoding="utf-8",
    )
    (tmp_path / f"questions_{last}.yaml").write_text(
        f"- {{text: 'C?', context: hiring, flags: [], split: {last}}}\n", encoding="utf-8"
    )
    # Not even valid YAML: reading it would fail the test.
    (tmp_path / f"questions_{KEPT_ASIDE}.yaml").write_text("[: not read", encoding="utf-8")
    assert [i["text"] for i in load_labelled(directory=tmp_path)] == ["A?", "C?"]
    with pytest.raises(ValueError, match=KEPT_ASIDE):
        load_labelled(("dev", KEPT_ASIDE), directory=tmp_path)


def test_the_model_is_read_on_the_first_check_not_at_import() -> None:
    code = (
        "from interview_tui.coaching import checker, checker_model\n"
        "before = checker_model.shipped.cache_info().currsize\n"
        "from interview_tui.coaching.wordlists import load_word_lists\n"
        "checker.check_question('Are you married?', load_word_lists(), hiring=True)\n"
        "print(before, checker_model.shipped.cache_info().currsize)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.split() == ["0", "1"]


def test_a_sentence_scored_with_the_one_before_silences_both(words: WordLists) -> None:
    """A protected question whose give-away comes in its second sentence loses the yes/no
    hint on its first: the model judged the two together."""
    weights = dict.fromkeys(features(("zorbing",)), 10.0)
    model = RuleModel(bias=-5.0, weights=weights, threshold=1.0, silence=0.5, adds=False)
    learned = LearnedModels({"illegal": model})
    text = "Do you have commitments outside work? I'm thinking of zorbing."
    assert [f.rule for f in check_question(text, words, hiring=True, learned=LearnedModels())] == [
        "yes_no"
    ]
    assert check_question(text, words, hiring=True, learned=learned) == ()
    # A later sentence on a new line was not scored with it.
    apart = "Do you have commitments outside work?\nI'm thinking of zorbing."
    assert [f.rule for f in check_question(apart, words, hiring=True, learned=learned)] == [
        "yes_no"
    ]


@pytest.mark.parametrize(
    ("text", "added"),
    [
        ("Do you and your wife want children?", True),
        ("How many kids have you got?", True),
        ("How would you settle young children at drop-off?", False),
        ("Have you worked with children before?", False),
        ("What do our patients need from a receptionist?", False),
    ],
)
def test_the_illegal_model_adds_flags_only_about_the_candidate(
    words: WordLists, text: str, added: bool
) -> None:
    """A sentence naming the people the job serves from the job's side never gets an added
    illegal flag, however high it scores; it may still lose its yes/no hint."""
    weights = dict.fromkeys(features(("children", "kids", "patients")), 10.0)
    model = RuleModel(bias=-5.0, weights=weights, threshold=0.5, silence=1.0, adds=True)
    learned = LearnedModels({"illegal": model})
    flags = check_question(text, words, hiring=True, learned=learned)
    assert ("illegal" in {f.rule for f in flags}) is added
    assert may_add("illegal", tokenise(text).words) is added
    assert may_add("job_ask", tokenise(text).words)
