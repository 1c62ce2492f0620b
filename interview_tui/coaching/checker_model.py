"""A learned complement to the checker's ``job_ask`` and ``illegal`` rules, for new wording.

The rules catch the wording they were written for; someone who phrases a job ask or a
question about a protected characteristic differently slips past them, and then gets a
yes/no hint that makes things worse ("How would I word it open?" is still a job ask). Beside
the rules sits one small logistic regression per rule, over stemmed word unigrams and bigrams
of each sentence (with the sentences before it on its line, so "Here's my CV. Could you pass
it on?" is read whole). It is trained on the labelled questions in ``tests/eval`` by
``python -m bench.train_checker`` and shipped as data, ``data/checker_model.json``.

It only ever adds what the rules missed, and only above a threshold chosen by
leave-one-set-out validation (each labelled set in turn scored by a model that never saw it)
to keep precision at 0.90 or more: right or silent. The flag then spans the sentence scored,
with the rule's usual why; the checker's tidy-up drops the yes/no hint for that sentence.

The data is read once, on the first check, never at start-up.
"""

from __future__ import annotations

import functools
import itertools
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from interview_tui.coaching.checker_base import WHY, QuestionFlag, Rule, Sentence
from interview_tui.coaching.stemming import stem
from interview_tui.coaching.wordlists import Tokens

MODEL_FILE = "checker_model.json"
# The rules the model may add, and the context each applies in.
LEARNED_RULES: tuple[Rule, ...] = ("job_ask", "illegal")
START = "<s>"

SUGGESTIONS: Mapping[str, str] = MappingProxyType(
    {
        "job_ask": "Ask about the path instead: 'How do people usually find openings in this "
        "field?' or 'Who else would you suggest I talk to?'",
        "illegal": "Ask about what the job needs instead: 'The role needs X; how would that "
        "fit with your other commitments?' or 'What experience do you have of…?'",
    }
)


@dataclass(frozen=True)
class RuleModel:
    """One rule's logistic regression: a bias, feature weights and the threshold to flag."""

    bias: float
    weights: Mapping[str, float]
    threshold: float

    def probability(self, features: Iterable[str]) -> float:
        """How likely the text with ``features`` is to need this rule's flag."""
        total = self.bias + sum(self.weights.get(f, 0.0) for f in set(features))
        if total < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-total))


@dataclass(frozen=True)
class LearnedModels:
    """The models by rule; empty turns the learned complement off (the rules alone)."""

    rules: Mapping[str, RuleModel] = field(default_factory=dict)

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> LearnedModels:
        """The models in the shipped data's shape (see ``bench.train_checker``)."""
        rules: dict[str, RuleModel] = {}
        models = data.get("models", {})
        assert isinstance(models, dict)
        for rule, entry in models.items():
            rules[rule] = RuleModel(
                bias=float(entry["bias"]),
                weights=MappingProxyType({k: float(v) for k, v in entry["weights"].items()}),
                threshold=float(entry["threshold"]),
            )
        return cls(MappingProxyType(rules))


def features(words: Sequence[str]) -> list[str]:
    """Stemmed unigrams and bigrams of ``words`` (lower-case tokens), with a start marker."""
    stems = [START, *(stem(word) for word in words)]
    grams = stems[1:]
    grams.extend(f"{a} {b}" for a, b in itertools.pairwise(stems))
    return grams


def window(tokens: Tokens, found: Sequence[Sentence], number: int) -> tuple[str, ...]:
    """The words of sentence ``number`` and of the sentences before it on its line."""
    sentence = found[number]
    first = min(s.first for s in found[: number + 1] if s.line == sentence.line)
    return tokens.words[first : sentence.stop]


@functools.lru_cache(maxsize=1)
def shipped() -> LearnedModels:
    """The models shipped with the app, read on first use."""
    import json
    from importlib import resources

    text = (
        resources.files("interview_tui.coaching")
        .joinpath("data")
        .joinpath(MODEL_FILE)
        .read_text(encoding="utf-8")
    )
    return LearnedModels.from_json(json.loads(text))


def learned_flags(
    tokens: Tokens,
    found: Sequence[Sentence],
    flags: Sequence[QuestionFlag],
    models: LearnedModels,
    informational: bool,
    hiring: bool,
) -> list[QuestionFlag]:
    """Flags the rules missed and the models are confident of: one per rule, at most.

    A rule that already flagged anything in the text is left to itself; otherwise the
    sentence the model scores highest is flagged if it clears the rule's threshold.
    """
    contexts: tuple[tuple[Rule, bool], ...] = (("job_ask", informational), ("illegal", hiring))
    wanted = [rule for rule, on in contexts if on]
    added: list[QuestionFlag] = []
    for rule in wanted:
        model = models.rules.get(rule)
        if model is None or any(flag.rule == rule for flag in flags):
            continue
        best: tuple[float, Sentence] | None = None
        for number, sentence in enumerate(found):
            score = model.probability(features(window(tokens, found, number)))
            if best is None or score > best[0]:
                best = (score, sentence)
        if best is not None and best[0] >= model.threshold:
            sentence = best[1]
            added.append(
                QuestionFlag(rule, sentence.start, sentence.end, WHY[rule], SUGGESTIONS[rule])
            )
    return added
