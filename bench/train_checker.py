"""`python -m bench.train_checker`: train the checker's learned models and ship them as data.

Writes ``interview_tui/coaching/data/checker_model.json`` (see
:mod:`interview_tui.coaching.checker_model`): one logistic regression per rule, ``job_ask``
on the informational questions and ``illegal`` on the hiring ones of ``tests/eval``,
``leading`` and ``double`` on the questions of every context, trained
with plain stochastic gradient descent in a fixed order, so that retraining gives the same
file byte for byte. Each rule's threshold is chosen by leave-one-set-out validation: every
labelled set in turn is scored by a model trained on the others (new wording, as a set
written later would bring). Each threshold is the lowest on a grid that keeps the model's
own precision on those held-out sets, pooled and in each set, at :data:`SILENCE_PRECISION`
(to drop a yes/no hint, for the rules that do) or :data:`FLAG_PRECISION` (to add a flag,
scored only on the sentences :func:`~interview_tui.coaching.checker_model.may_add` allows,
plus the rule's :data:`FLAG_MARGIN`); the checker only uses the model where the rules raised
nothing for that rule.

``python -m bench.train_checker --report`` prints, per held-out set, precision and recall of
the rules alone and of the rules with the model (the held-out set's model), for each learned
rule and ``yes_no``; ``--history`` the same against the rules as they stood before
each set was written (see :mod:`bench.train_checker_report`).

The set :data:`KEPT_ASIDE` is kept aside for the honest report: it is never opened here.
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

from bench.eval_sets import EVAL_DIR, SPLITS
from interview_tui.coaching.checker_base import sentences
from interview_tui.coaching.checker_model import (
    LEARNED_RULES,
    MODEL_FILE,
    RULE_CONTEXT,
    SILENCING,
    LearnedModels,
    RuleModel,
    features,
    judged,
    may_add,
    window,
)
from interview_tui.coaching.wordlists import tokenise

KEPT_ASIDE = "fresh14"
# Every labelled split before the one kept aside.
TRAIN_SPLITS = SPLITS[: SPLITS.index(KEPT_ASIDE)]
CONTEXT: Mapping[str, str | None] = {str(rule): c for rule, c in RULE_CONTEXT.items()}
OUTPUT = Path(__file__).resolve().parent.parent / "interview_tui" / "coaching" / "data" / MODEL_FILE

# Held-out precision kept by the silence threshold, and by the threshold that adds a flag.
SILENCE_PRECISION = 0.93
FLAG_PRECISION = 1.0
# Added above the flag threshold, per rule. A lawful question in wording the model never saw
# ("Have you got a diploma in childcare?") can score just above the highest held-out false
# alarm on "Have you got…" alone; a flag the rules never raised must clear that by a margin.
# A double question has many near misses the labelled sets hold few of (an embedded clause,
# one set from two sides: "What skills do you use and what matters most to clients?"), so
# its margin is wider.
FLAG_MARGIN: Mapping[str, float] = {
    "job_ask": 0.0,
    "illegal": 0.05,
    "leading": 0.05,
    "double": 0.15,
}
# Per rule: content words only, L2 penalty, whether the model adds flags. Job asks are made
# of function words ("keep me in mind", "could I"), protected topics of content words. The
# illegal model adds flags only to sentences about the candidate, never to one that names
# the people the job serves ("What experience do you have of settling young children?"),
# which it rates as high as real protected questions (see ``checker_model.may_add``).
# A leading question is as much its function words ("must be", "don't they", "such a") as
# its verdicts, and so is a double one ("and what", "plus how"); their stronger penalties
# were chosen by the held-out sets (a weaker one overfits to each set's topics).
SETTINGS: Mapping[str, tuple[bool, float, bool]] = {
    "job_ask": (False, 0.1, True),
    "illegal": (True, 0.03, True),
    "leading": (False, 0.2, True),
    "double": (False, 0.1, True),
}
# The rules whose model also reads premise-structure features (judgement classes and where
# they sit; see ``checker_model_premise``), so what it learns of one verdict carries to others.
PREMISES: frozenset[str] = frozenset({"leading"})
GRID = tuple(round(0.2 + step / 100, 2) for step in range(80))
EPOCHS = 25
LEARNING_RATE = 0.2
MIN_DOCUMENTS = 2  # a feature seen in fewer training questions is pruned
# Per rule, where it differs: the double model reads every context's questions, and a
# feature seen in only two of them is a set's topic more often than a way of joining two
# questions; the illegal model reads content words only, and a word seen in two questions
# is a set's job more often than a protected topic. Held out, each added as many right flags
# without them, and pruning them keeps the shipped file small. (Pruning the leading and
# job_ask heads the same way lost held-out catches: their rare function-word n-grams count.)
RULE_MIN_DOCUMENTS: Mapping[str, int] = {"double": 3, "illegal": 3}
DIGITS = 3
SEED = 13


def load_labelled(
    splits: Sequence[str] = TRAIN_SPLITS, directory: Path = EVAL_DIR
) -> list[dict[str, Any]]:
    """The labelled questions of ``splits``, never reading the set kept aside.

    Files named for :data:`KEPT_ASIDE` are skipped unopened, and an item of that split in any
    other file is dropped; asking for it is an error.
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


def bank_questions() -> list[dict[str, Any]]:
    """Every question and follow-up of the bundled interviewer banks, as unflagged items of
    its context: our own banks model good questions (no bundled question may be flagged),
    so they teach the models what a lawful question and a question about the path look
    like. They are always trained on, never held out."""
    from bench.eval_sets import bundled_banks
    from interview_tui.coaching.applies import question_kind

    items: list[dict[str, Any]] = []
    for bank in bundled_banks().values():
        if bank.role != "interviewer":
            continue
        for question in bank.questions:
            kind = question_kind(question, bank)
            for text in (question.text, *question.follow_ups):
                for context, on in (("informational", kind.informational), ("hiring", kind.hiring)):
                    if on:
                        items.append(
                            {"text": text, "context": context, "flags": [], "split": "bank"}
                        )
    return items


def training_items() -> list[dict[str, Any]]:
    """The labelled questions and the bundled banks' questions."""
    return load_labelled() + bank_questions()


def _words(text: str) -> tuple[str, ...]:
    return tokenise(text).words


def in_context(item: Mapping[str, Any], rule: str) -> bool:
    """Whether ``rule`` applies to ``item``'s context."""
    return CONTEXT[rule] is None or item["context"] == CONTEXT[rule]


def examples(items: Iterable[Mapping[str, Any]], rule: str) -> list[tuple[list[str], bool]]:
    """(features, labelled) for the questions of ``rule``'s context, sorted by text, then
    the labelled questions of the other contexts as negatives: the rule never applies there,
    and they are the near misses the context's own questions lack. A rule of every context
    reads a bundled question once, however many contexts it is asked in."""
    content_only = SETTINGS[rule][0]
    items = list(items)
    if CONTEXT[rule] is None:
        banked = {i["text"] for i in items if i["split"] == "bank"}
        items = [i for i in items if i["split"] != "bank"]
        items += [{"text": t, "context": "", "flags": [], "split": "bank"} for t in banked]
    own = sorted((i for i in items if in_context(i, rule)), key=lambda i: (i["text"], i["context"]))
    other = sorted(
        (i for i in items if not in_context(i, rule) and i["split"] != "bank"),
        key=lambda i: i["text"],
    )
    return [
        (
            features(_words(item["text"]), content_only, rule in PREMISES),
            item in own and rule in item["flags"],
        )
        for item in own + other
    ]


def train(
    data: Sequence[tuple[list[str], bool]], l2: float, min_documents: int = MIN_DOCUMENTS
) -> tuple[float, dict[str, float]]:
    """Bias and weights of a logistic regression on ``data``, by plain SGD in a fixed order."""
    counts: dict[str, int] = {}
    for grams, _ in data:
        for gram in set(grams):
            counts[gram] = counts.get(gram, 0) + 1
    kept = {gram for gram, n in counts.items() if n >= min_documents}
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
                weights[gram] -= rate * (error + l2 * weights[gram])
    rounded = {g: round(w, DIGITS) for g, w in weights.items()}
    return round(bias, DIGITS), {g: w for g, w in rounded.items() if w != 0.0}


def fit(
    items: Sequence[Mapping[str, Any]], thresholds: Mapping[str, tuple[float, float]]
) -> LearnedModels:
    """A model per learned rule trained on ``items``, with (flag, silence) ``thresholds``."""
    models: dict[str, RuleModel] = {}
    for rule in LEARNED_RULES:
        content_only, l2, adds = SETTINGS[rule]
        bias, weights = train(
            examples(items, rule), l2, RULE_MIN_DOCUMENTS.get(rule, MIN_DOCUMENTS)
        )
        threshold, silence = thresholds.get(rule, (1.0, 1.0))
        models[rule] = RuleModel(
            bias, weights, threshold, silence, adds, content_only, rule in PREMISES
        )
    return LearnedModels(models)


def best_score(model: RuleModel, text: str, adding: str | None = None) -> float:
    """The model's highest score over the sentences of ``text``, as the checker scores it;
    with ``adding`` (a rule), over the sentences it may add that rule's flag to."""
    tokens = tokenise(text)
    found = sentences(tokens)
    scored = [
        (n, window(tokens, found, n) if adding is None else judged(adding, tokens, found, n))
        for n in range(len(found))
    ]
    return max(
        (
            model.probability(features(words, model.content_only, model.premises))
            for n, words in scored
            if words is not None
            and (adding is None or may_add(adding, tokens.words[found[n].first : found[n].stop]))
        ),
        default=0.0,
    )


Scores = dict[str, dict[str, list[tuple[float, bool]]]]


def held_out_scores(items: Sequence[Mapping[str, Any]]) -> tuple[Scores, Scores]:
    """For each rule and held-out split: (score, labelled) of its questions, by a model
    trained on every other split; first as the checker silences, then as it adds flags."""
    scores: Scores = {r: {} for r in LEARNED_RULES}
    adding: Scores = {r: {} for r in LEARNED_RULES}
    for held in TRAIN_SPLITS:
        # The bundled banks' questions are always trained on.
        models = fit([i for i in items if i["split"] != held], {})
        for rule in LEARNED_RULES:
            mine = [i for i in items if i["split"] == held and in_context(i, rule)]
            model = models.rules[rule]
            scores[rule][held] = [(best_score(model, i["text"]), rule in i["flags"]) for i in mine]
            adding[rule][held] = [
                (best_score(model, i["text"], rule), rule in i["flags"]) for i in mine
            ]
    return scores, adding


def thresholds(items: Sequence[Mapping[str, Any]]) -> dict[str, tuple[float, float]]:
    """Per rule, the (flag, silence) thresholds chosen on held-out scores."""
    scores, adding = held_out_scores(items)
    return {
        rule: (
            min(1.0, round(choose_threshold(adding[rule], FLAG_PRECISION) + FLAG_MARGIN[rule], 2)),
            choose_threshold(scores[rule], SILENCE_PRECISION) if rule in SILENCING else 1.0,
        )
        for rule in LEARNED_RULES
    }


def precision(pairs: Iterable[tuple[float, bool]], threshold: float) -> float:
    raised = [label for score, label in pairs if score >= threshold]
    return sum(raised) / len(raised) if raised else 1.0


def choose_threshold(
    per_split: Mapping[str, Sequence[tuple[float, bool]]], target: float = SILENCE_PRECISION
) -> float:
    """The lowest threshold on :data:`GRID` that keeps held-out precision at ``target``,
    pooled and in every held-out set."""
    pooled = [pair for pairs in per_split.values() for pair in pairs]
    for threshold in GRID:
        if precision(pooled, threshold) >= target and all(
            precision(pairs, threshold) >= target for pairs in per_split.values()
        ):
            return threshold
    return 1.0


def build(items: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The shipped data: models trained on every item, thresholds from held-out scores."""
    chosen = thresholds(items)
    models: dict[str, Any] = {}
    for rule in LEARNED_RULES:
        content_only, l2, adds = SETTINGS[rule]
        bias, weights = train(
            examples(items, rule), l2, RULE_MIN_DOCUMENTS.get(rule, MIN_DOCUMENTS)
        )
        models[rule] = {
            "adds": adds,
            "bias": bias,
            "content_only": content_only,
            **({"premises": True} if rule in PREMISES else {}),
            "silence": chosen[rule][1],
            "threshold": chosen[rule][0],
            "weights": weights,
        }
    return {"format": 1, "models": models, "trained_on": list(TRAIN_SPLITS)}


def render(data: Mapping[str, Any]) -> str:
    """The file's text: sorted keys on one line, no spaces (a newline or a space on each of
    some twenty thousand weights would be a twentieth of the shipped file). It is data, read
    by the model's loader, not by hand."""
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")) + "\n"


def main(argv: Sequence[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    items = training_items()
    if "--report" in args or "--history" in args:
        from bench.train_checker_report import history, report

        (history if "--history" in args else report)(items)
        return
    text = render(build(items))
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT} ({len(text.encode()) // 1024} KB)")


if __name__ == "__main__":
    main()
