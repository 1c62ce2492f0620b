"""`python -m bench.train_checker`: train the checker's learned models and ship them as data.

Writes ``interview_tui/coaching/data/checker_model.json`` (see
:mod:`interview_tui.coaching.checker_model`): one logistic regression per rule, ``job_ask``
on the informational questions and ``illegal`` on the hiring ones of ``tests/eval``, trained
with plain stochastic gradient descent in a fixed order, so that retraining gives the same
file byte for byte. Each rule's threshold is chosen by leave-one-set-out validation: every
labelled set in turn is scored by a model trained on the others (new wording, as a set
written later would bring), and the threshold is the lowest on a grid that keeps the
model's own precision on those held-out sets at :data:`TARGET_PRECISION` or more, pooled and
in each set; the checker only adds a model flag where the rules raised none.

``python -m bench.train_checker --report`` prints, per held-out set, precision and recall of
the rules alone and of the rules with the model (the held-out set's model), for ``job_ask``,
``illegal`` and ``yes_no``.

The set ``fresh5`` is kept aside for the honest report: it is never opened here.
"""

from __future__ import annotations

import json
import math
import random
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

from bench.eval_sets import EVAL_DIR
from interview_tui.coaching.checker_base import sentences
from interview_tui.coaching.checker_model import (
    LEARNED_RULES,
    MODEL_FILE,
    LearnedModels,
    RuleModel,
    features,
    window,
)
from interview_tui.coaching.wordlists import tokenise

TRAIN_SPLITS = ("dev", "holdout", "fresh", "fresh2", "fresh3", "fresh4")
KEPT_ASIDE = "fresh5"
CONTEXT = {"job_ask": "informational", "illegal": "hiring"}
OUTPUT = Path(__file__).resolve().parent.parent / "interview_tui" / "coaching" / "data" / MODEL_FILE

TARGET_PRECISION = 0.90
GRID = tuple(round(0.5 + step / 100, 2) for step in range(50))
EPOCHS = 25
LEARNING_RATE = 0.2
L2 = 1e-4
MIN_DOCUMENTS = 2  # a feature seen in fewer training questions is pruned
DIGITS = 3
SEED = 13


def load_labelled(
    splits: Sequence[str] = TRAIN_SPLITS, directory: Path = EVAL_DIR
) -> list[dict[str, Any]]:
    """The labelled questions of ``splits``, never reading the set kept aside.

    Files named for ``fresh5`` are skipped unopened, and an item of that split in any other
    file is dropped; asking for it is an error.
    """
    if KEPT_ASIDE in splits:
        raise ValueError(f"split {KEPT_ASIDE!r} is kept aside for the honest report")
    items: list[dict[str, Any]] = []
    for path in sorted(directory.glob("questions*.yaml")):
        if KEPT_ASIDE in path.name:
            continue
        with path.open(encoding="utf-8") as handle:
            data = yaml.safe_load(handle)
        items.extend(item for item in data if item["split"] in splits)
    assert all(item["split"] != KEPT_ASIDE for item in items)
    return items


def _words(text: str) -> tuple[str, ...]:
    return tokenise(text).words


def examples(items: Iterable[Mapping[str, Any]], rule: str) -> list[tuple[list[str], bool]]:
    """(features, labelled) for every question of ``rule``'s context, sorted by text."""
    chosen = sorted(
        (item for item in items if item["context"] == CONTEXT[rule]), key=lambda i: i["text"]
    )
    return [(features(_words(item["text"])), rule in item["flags"]) for item in chosen]


def train(data: Sequence[tuple[list[str], bool]]) -> tuple[float, dict[str, float]]:
    """Bias and weights of a logistic regression on ``data``, by plain SGD in a fixed order."""
    counts: dict[str, int] = {}
    for grams, _ in data:
        for gram in set(grams):
            counts[gram] = counts.get(gram, 0) + 1
    kept = {gram for gram, n in counts.items() if n >= MIN_DOCUMENTS}
    rows = [(sorted(set(grams) & kept), label) for grams, label in data]
    order = list(range(len(rows)))
    shuffle = random.Random(SEED)
    bias = 0.0
    weights: dict[str, float] = {gram: 0.0 for gram in sorted(kept)}
    for epoch in range(EPOCHS):
        shuffle.shuffle(order)
        rate = LEARNING_RATE / (1 + epoch / 5)
        for index in order:
            grams, label = rows[index]
            total = bias + sum(weights[g] for g in grams)
            probability = 1 / (1 + math.exp(-max(-30.0, min(30.0, total))))
            error = probability - (1.0 if label else 0.0)
            bias -= rate * error
            for gram in grams:
                weights[gram] -= rate * (error + L2 * weights[gram])
    rounded = {g: round(w, DIGITS) for g, w in weights.items()}
    return round(bias, DIGITS), {g: w for g, w in rounded.items() if w != 0.0}


def fit(items: Sequence[Mapping[str, Any]], thresholds: Mapping[str, float]) -> LearnedModels:
    """A model per learned rule trained on ``items``, with ``thresholds``."""
    models: dict[str, RuleModel] = {}
    for rule in LEARNED_RULES:
        bias, weights = train(examples(items, rule))
        models[rule] = RuleModel(bias, weights, thresholds.get(rule, 1.0))
    return LearnedModels(models)


def best_score(model: RuleModel, text: str) -> float:
    """The model's highest score over the sentences of ``text``, as the checker scores it."""
    tokens = tokenise(text)
    found = sentences(tokens)
    return max(
        (model.probability(features(window(tokens, found, n))) for n in range(len(found))),
        default=0.0,
    )


def held_out_scores(
    items: Sequence[Mapping[str, Any]],
) -> dict[str, dict[str, list[tuple[float, bool]]]]:
    """For each rule and held-out split: (score, labelled) of its questions, by a model
    trained on every other split."""
    scores: dict[str, dict[str, list[tuple[float, bool]]]] = {r: {} for r in LEARNED_RULES}
    for held in TRAIN_SPLITS:
        models = fit([i for i in items if i["split"] != held], {})
        for rule in LEARNED_RULES:
            scores[rule][held] = [
                (best_score(models.rules[rule], item["text"]), rule in item["flags"])
                for item in items
                if item["split"] == held and item["context"] == CONTEXT[rule]
            ]
    return scores


def precision(pairs: Iterable[tuple[float, bool]], threshold: float) -> float:
    raised = [label for score, label in pairs if score >= threshold]
    return sum(raised) / len(raised) if raised else 1.0


def choose_threshold(per_split: Mapping[str, Sequence[tuple[float, bool]]]) -> float:
    """The lowest threshold on :data:`GRID` that keeps held-out precision on target."""
    pooled = [pair for pairs in per_split.values() for pair in pairs]
    for threshold in GRID:
        if precision(pooled, threshold) >= TARGET_PRECISION and all(
            precision(pairs, threshold) >= TARGET_PRECISION for pairs in per_split.values()
        ):
            return threshold
    return 1.0


def build(items: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The shipped data: models trained on every item, thresholds from held-out scores."""
    scores = held_out_scores(items)
    models: dict[str, Any] = {}
    for rule in LEARNED_RULES:
        bias, weights = train(examples(items, rule))
        models[rule] = {
            "bias": bias,
            "threshold": choose_threshold(scores[rule]),
            "weights": weights,
        }
    return {"format": 1, "models": models, "trained_on": list(TRAIN_SPLITS)}


def render(data: Mapping[str, Any]) -> str:
    """The file's text: sorted keys, one weight a line."""
    return json.dumps(data, sort_keys=True, indent=0, ensure_ascii=False) + "\n"


def main(argv: Sequence[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    items = load_labelled()
    if "--report" in args:
        from bench.train_checker_report import report

        report(items)
        return
    text = render(build(items))
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT} ({len(text.encode()) // 1024} KB)")


if __name__ == "__main__":
    main()
