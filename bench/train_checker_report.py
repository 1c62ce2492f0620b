"""`python -m bench.train_checker --report`: leave-one-set-out figures for the learned checker.

For each labelled set held out in turn, the models are trained on the other sets (with the
thresholds :mod:`bench.train_checker` chose) and the held-out questions are checked twice,
through :func:`~interview_tui.coaching.checker.check_question`: by the rules alone and by
the rules with that model. Precision and recall are per question, as in :mod:`bench.eval`;
"model alone" is the model at its silence threshold (at its flag threshold for a rule that
silences nothing).
The rules were tuned on all of these sets, so "rules alone" flatters them; the model's own
figures (a model that never saw the set) are the ones that say how new wording fares.

``--history`` compares instead with the rules as they stood when each later set was added
(read from git history): the closest simulation of wording the rules have never seen.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from bench.eval import Counts
from bench.train_checker import (
    KEPT_ASIDE,
    SETTINGS,
    TRAIN_SPLITS,
    best_score,
    fit,
    in_context,
)
from bench.train_checker import thresholds as chosen_thresholds
from interview_tui.coaching.checker import check_question
from interview_tui.coaching.checker_model import LEARNED_RULES, SILENCING, LearnedModels
from interview_tui.coaching.wordlists import load_word_lists

RULES = (*LEARNED_RULES, "yes_no")


def _pr(counts: Counts) -> str:
    return f"P {counts.precision:.2f} R {counts.recall:.2f} ({counts.tp}/{counts.fp}/{counts.fn})"


def report(items: Sequence[Mapping[str, Any]]) -> None:
    """Print the leave-one-set-out table: rules alone, rules + model, model alone."""
    thresholds = chosen_thresholds(items)
    print(
        "thresholds (flag, silence): "
        + ", ".join(f"{r} {t:.2f} {s:.2f}" for r, (t, s) in thresholds.items())
        + "; adds flags: "
        + ", ".join(r for r in LEARNED_RULES if SETTINGS[r][2])
    )
    words = load_word_lists()
    totals = {(kind, rule): Counts() for kind in ("rules", "both", "model") for rule in RULES}
    print("held out   rule      rules alone              rules + model            model alone")
    for held in TRAIN_SPLITS:
        models = fit([i for i in items if i["split"] != held], thresholds)
        counts = {(kind, rule): Counts() for kind in ("rules", "both", "model") for rule in RULES}
        for item in items:
            if item["split"] != held:
                continue
            context = item["context"]
            for kind, learned in (("rules", LearnedModels()), ("both", models)):
                found = {
                    flag.rule
                    for flag in check_question(
                        item["text"],
                        words,
                        informational=context == "informational",
                        hiring=context == "hiring",
                        learned=learned,
                    )
                }
                for rule in RULES:
                    counts[(kind, rule)].add(rule in item["flags"], rule in found, item["text"])
            for rule in LEARNED_RULES:
                if in_context(item, rule):
                    model = models.rules[rule]
                    raised = (
                        best_score(model, item["text"]) >= model.silence
                        if rule in SILENCING
                        else best_score(model, item["text"], rule) >= model.threshold
                    )
                    counts[("model", rule)].add(rule in item["flags"], raised, item["text"])
        for rule in RULES:
            alone = _pr(counts[("model", rule)]) if rule in LEARNED_RULES else ""
            print(
                f"{held:<10} {rule:<9} {_pr(counts[('rules', rule)]):<24} "
                f"{_pr(counts[('both', rule)]):<24} {alone}"
            )
            for kind in ("rules", "both", "model"):
                total, one = totals[(kind, rule)], counts[(kind, rule)]
                total.tp, total.fp, total.fn = (
                    total.tp + one.tp,
                    total.fp + one.fp,
                    total.fn + one.fn,
                )
    for rule in RULES:
        alone = _pr(totals[("model", rule)]) if rule in LEARNED_RULES else ""
        print(
            f"{'all':<10} {rule:<9} {_pr(totals[('rules', rule)]):<24} "
            f"{_pr(totals[('both', rule)]):<24} {alone}"
        )


# Run in the old tree by `rules_then`: the checker as it was, on questions read from stdin.
_OLD_CHECKER = """
import inspect, json, sys
from interview_tui.coaching.checker import check_question
from interview_tui.coaching.wordlists import load_word_lists
words = load_word_lists()
hiring = "hiring" in inspect.signature(check_question).parameters
found = []
for text, context in json.load(sys.stdin):
    extra = {"hiring": context == "hiring"} if hiring else {}
    flags = check_question(text, words, informational=context == "informational", **extra)
    found.append(sorted({flag.rule for flag in flags}))
print(json.dumps(found))
"""


def rules_then(split: str, items: Sequence[Mapping[str, Any]]) -> list[set[str]]:
    """The rules' flags on ``items`` as the checker stood when ``split``'s file was added,
    before any rule was tuned on it (from git history)."""
    import json
    import subprocess
    import sys
    import tarfile
    import tempfile
    from io import BytesIO

    root = Path(__file__).resolve().parent.parent
    path = f"tests/eval/questions_{split}.yaml"
    assert KEPT_ASIDE not in path
    git = ["git", "-C", str(root)]
    added = subprocess.run(
        [*git, "log", "--diff-filter=A", "--format=%H", "--", path],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()[-1]
    archive = subprocess.run(
        [*git, "archive", added, "interview_tui"], capture_output=True, check=True
    ).stdout
    with tempfile.TemporaryDirectory() as folder:
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(folder, filter="data")
        out = subprocess.run(
            [sys.executable, "-c", _OLD_CHECKER],
            input=json.dumps([[item["text"], item["context"]] for item in items]),
            capture_output=True,
            text=True,
            check=True,
            cwd=folder,
            env={"PYTHONPATH": folder, "PATH": ""},
        ).stdout
    return [set(flags) for flags in json.loads(out)]


def history(items: Sequence[Mapping[str, Any]]) -> None:
    """Print, for each set written after the rules: the rules as they stood before it, alone
    and with the model that never saw it, acting as the checker does (per question: a yes/no
    flag is dropped above the silence threshold, a flag added above the flag threshold)."""
    thresholds = chosen_thresholds(items)
    print("held out   rule      rules then               rules then + model")
    for held in TRAIN_SPLITS[TRAIN_SPLITS.index("fresh") :]:
        models = fit([i for i in items if i["split"] != held], thresholds)
        mine = [i for i in items if i["split"] == held]
        counts = {(kind, rule): Counts() for kind in ("then", "both") for rule in RULES}
        for item, found in zip(mine, rules_then(held, mine), strict=True):
            both = set(found)
            for learned in LEARNED_RULES:
                model = models.rules[learned]
                if not in_context(item, learned) or learned in found:
                    continue
                score = best_score(model, item["text"])
                if learned in SILENCING and score >= model.silence:
                    both.discard("yes_no")
                if model.adds and best_score(model, item["text"], learned) >= model.threshold:
                    both.add(learned)
            for rule in RULES:
                counts[("then", rule)].add(rule in item["flags"], rule in found, item["text"])
                counts[("both", rule)].add(rule in item["flags"], rule in both, item["text"])
        for rule in RULES:
            print(
                f"{held:<10} {rule:<9} {_pr(counts[('then', rule)]):<24} "
                f"{_pr(counts[('both', rule)])}"
            )
