"""`python -m bench.train_checker --report`: leave-one-set-out figures for the learned checker.

For each labelled set held out in turn, the models are trained on the other sets (with the
thresholds :mod:`bench.train_checker` chose) and the held-out questions are checked twice,
through :func:`~interview_tui.coaching.checker.check_question`: by the rules alone and by
the rules with that model. Precision and recall are per question, as in :mod:`bench.eval`;
"model alone" is the model at its silence threshold.
The rules were tuned on all of these sets, so "rules alone" flatters them; the model's own
figures (a model that never saw the set) are the ones that say how new wording fares.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from bench.eval import Counts
from bench.train_checker import (
    CONTEXT,
    FLAG_PRECISION,
    SETTINGS,
    SILENCE_PRECISION,
    TRAIN_SPLITS,
    best_score,
    choose_threshold,
    fit,
    held_out_scores,
)
from interview_tui.coaching.checker import check_question
from interview_tui.coaching.checker_model import LEARNED_RULES, LearnedModels
from interview_tui.coaching.wordlists import load_word_lists

RULES = ("job_ask", "illegal", "yes_no")


def _pr(counts: Counts) -> str:
    return f"P {counts.precision:.2f} R {counts.recall:.2f} ({counts.tp}/{counts.fp}/{counts.fn})"


def report(items: Sequence[Mapping[str, Any]]) -> None:
    """Print the leave-one-set-out table: rules alone, rules + model, model alone."""
    scores = held_out_scores(items)
    thresholds: dict[str, tuple[float, float]] = {
        rule: (
            choose_threshold(scores[rule], FLAG_PRECISION),
            choose_threshold(scores[rule], SILENCE_PRECISION),
        )
        for rule in LEARNED_RULES
    }
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
                if context == CONTEXT[rule]:
                    model = models.rules[rule]
                    raised = best_score(model, item["text"]) >= model.silence
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
