"""A learned complement to the checker's rules, for new wording.

The rules catch the wording they were written for; someone who phrases a job ask or a
question about a protected characteristic differently slips past them, and then gets a
yes/no hint that makes things worse ("How would I word it open?" is still a job ask). A
verdict put in the other person's mouth ("…such a thankless job…", "…wreck your social
life, don't they…") or two questions in one come in more wordings than any list holds.
Beside the rules sits one small logistic regression per rule (``job_ask``, ``illegal``,
``leading``, ``double``), over stemmed word unigrams and bigrams
of each sentence (with the sentences before it on its line, so "Here's my CV. Could you pass
it on?" is read whole). It is trained on the labelled questions in ``tests/eval`` by
``python -m bench.train_checker`` and shipped as data, ``data/checker_model.json``.

It only acts where the rules raised nothing, with thresholds chosen by leave-one-set-out
validation (each labelled set in turn scored by a model that never saw it): above the
``silence`` threshold (held-out precision 0.90) the sentence loses its yes/no hint, since
"reword it open" is wrong advice for a job ask; above the ``threshold`` (no false alarm in
any held-out set), and only for a rule whose model ``adds`` flags, the sentence gets the
rule's flag, with its usual why: right or silent. Only ``job_ask`` and ``illegal`` silence a
yes/no hint; a leading or double question still wants its closed part opened.

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
from interview_tui.coaching.checker_framed import not_settled
from interview_tui.coaching.checker_model_premise import premise_features
from interview_tui.coaching.checker_premise import LOADED
from interview_tui.coaching.stemming import stem
from interview_tui.coaching.wordlists import Tokens

MODEL_FILE = "checker_model.json"
# The rules the model may add, and the context each applies in (None: every context).
LEARNED_RULES: tuple[Rule, ...] = ("job_ask", "illegal", "leading", "double")
RULE_CONTEXT: Mapping[Rule, str | None] = MappingProxyType(
    {"job_ask": "informational", "illegal": "hiring", "leading": None, "double": None}
)
# The rules whose problem makes "reword it open" wrong advice: their model drops yes/no hints.
SILENCING: frozenset[Rule] = frozenset({"job_ask", "illegal"})
# The rules whose model judges a question by its own words and flags only a question. A
# statement before a question is often sympathy or a courtesy ("It must be hard being away
# so much. What does a rotation look like?"), and a second sentence often the rest of the
# story just asked for ("Tell me about your last role. Oh, and, what happened next?"): the
# rules for preambles and for sentences on one line weigh those, and a model reading the
# two together cannot tell them from a verdict or a second question, so it leaves them.
OWN_QUESTION: frozenset[Rule] = frozenset({"leading", "double"})
START = "<s>"

SUGGESTIONS: Mapping[str, str] = MappingProxyType(
    {
        "job_ask": "Ask about the path instead: 'How do people usually find openings in this "
        "field?' or 'Who else would you suggest I talk to?'",
        "illegal": "Ask about what the job needs instead: 'The role needs X; how would that "
        "fit with your other commitments?' or 'What experience do you have of…?'",
        "leading": "Ask it neutrally: 'What is your view on…?' or 'How do you see…?'",
        "double": "Ask one thing at a time: keep the question that matters most, and ask the "
        "other next.",
    }
)


@dataclass(frozen=True)
class RuleModel:
    """One rule's logistic regression: a bias, feature weights and the threshold to flag."""

    bias: float
    weights: Mapping[str, float]
    threshold: float  # flag the sentence at or above this (if the model adds flags)
    silence: float = 1.0  # drop the yes/no hint at or above this
    adds: bool = True  # whether the model adds flags, or only keeps the checker silent
    content_only: bool = False  # features of content words only (see :func:`features`)
    premises: bool = False  # with premise-structure features (see :func:`features`)

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
                silence=float(entry["silence"]),
                adds=bool(entry["adds"]),
                content_only=bool(entry["content_only"]),
                premises=bool(entry.get("premises", False)),
            )
        return cls(MappingProxyType(rules))


def features(words: Sequence[str], content_only: bool = False, premises: bool = False) -> list[str]:
    """Stemmed unigrams and bigrams of ``words`` (lower-case tokens), with a start marker.

    ``content_only`` leaves out function words (the bundled stop words) as unigrams and
    bigrams made of function words alone, so that "Are you…?" or "Could you…?" alone
    cannot make a question look like one about a protected characteristic.
    """
    stems = [START, *(stem(word) for word in words)]
    extra = premise_features(words) if premises else []
    if not content_only:
        return [*stems[1:], *(f"{a} {b}" for a, b in itertools.pairwise(stems)), *extra]
    function = _function_words()
    grams = [s for word, s in zip(words, stems[1:], strict=True) if word not in function]
    grams.extend(
        f"{a} {b}"
        for (a, b), pair in zip(
            itertools.pairwise(stems), itertools.pairwise([START, *words]), strict=True
        )
        if not all(word == START or word in function for word in pair)
    )
    return grams + extra


@functools.cache
def _function_words() -> frozenset[str]:
    from interview_tui.coaching.wordlists import load_word_lists

    return load_word_lists().stopwords


def window(tokens: Tokens, found: Sequence[Sentence], number: int) -> tuple[str, ...]:
    """The words of sentence ``number`` and of the sentences before it on its line."""
    sentence = found[number]
    first = min(s.first for s in found[: number + 1] if s.line == sentence.line)
    return tokens.words[first : sentence.stop]


def judged(
    rule: str, tokens: Tokens, found: Sequence[Sentence], number: int
) -> tuple[str, ...] | None:
    """The words ``rule``'s model scores sentence ``number`` by to add its flag, or None
    when it may not flag that sentence (see :data:`OWN_QUESTION`)."""
    if rule not in OWN_QUESTION:
        return window(tokens, found, number)
    sentence = found[number]
    if sentence.mark not in ("?", ""):
        return None
    return tokens.words[sentence.first : sentence.stop]


# The people a job serves, and the words that put them on the job's side: "settling young
# children at drop-off", "working with the patients", "our customers".
SERVED = frozenset(
    {"children", "child", "kids", "babies", "pupils", "students", "patients", "clients"}
    | {"customers", "residents", "parents", "families", "guests", "users", "public"}
)
JOB_SIDE = frozenset(
    {"the", "our", "these", "those", "their", "with", "young", "older", "elderly", "vulnerable"}
)


def may_add(rule: str, words: Sequence[str]) -> bool:
    """Whether the model may add ``rule``'s flag to a sentence of ``words``.

    A protected topic is about the candidate ("Do you and your wife plan to have kids?"), so
    the illegal model only adds a flag to a sentence that speaks to them; and
    the same words about the people the job serves ("What experience do you have of
    settling young children at drop-off?") are lawful, so the illegal model never adds a
    flag to a sentence that names them from the job's side. It may still keep the checker
    silent there: that is judged by its stricter precision. The leading model adds no flag
    where every loaded word sits in a frame that does not settle it
    (:mod:`interview_tui.coaching.checker_framed`).
    """
    if rule == "job_ask":
        # "Could I send you my designs for your thoughts?" asks for a critique, not a job.
        return not any(
            words[i] == "for" and words[i + 1] in ("your", "any") and words[i + 2] in _FOR_COMMENT
            for i in range(len(words) - 2)
        )
    if rule == "leading":
        # "Why do people call it a thankless job?": the rules found every loaded word in a
        # frame that does not settle it (a view reported, a rumour tested, a hypothetical
        # case); the model may not overrule them on the same words.
        found = LOADED.find_all(tuple(words))
        return not found or not all(not_settled(tuple(words), first) for first, _, _ in found)
    if rule != "illegal":
        return True
    # And it asks about the candidate: "How old are the machines on the line?" is no flag.
    return any(word in _ADDRESSED for word in words) and not any(
        word in SERVED and index > 0 and words[index - 1] in JOB_SIDE
        for index, word in enumerate(words)
    )


_ADDRESSED = frozenset(
    {"you", "your", "yours", "yourself", "you're", "you've", "you'd", "you'll", "u", "ur", "ya"}
)
_FOR_COMMENT = frozenset({"thoughts", "feedback", "comments", "opinion", "critique", "views"})


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
    """``flags`` with what the models are confident the rules missed.

    Only where a rule raised nothing in the text: a sentence a :data:`SILENCING` rule's
    model scores at or above its ``silence`` threshold loses its yes/no hint, and so do the
    sentences before it on its line that it was scored with (rewording a job ask or a
    protected question open does not fix it: right or silent), and the sentence it scores
    highest gets the rule's flag if the model ``adds`` flags, the score clears
    ``threshold`` and :func:`may_add` allows it.
    """
    on = {"informational": informational, "hiring": hiring, None: True}
    # Several models read the same words: their features are made once per check.
    grams: dict[tuple[tuple[str, ...], bool, bool], list[str]] = {}
    silenced: set[int] = set()
    added: list[QuestionFlag] = []
    for rule in LEARNED_RULES:
        model = models.rules.get(rule)
        if not on[RULE_CONTEXT[rule]] or model is None or any(f.rule == rule for f in flags):
            continue
        best: tuple[float, Sentence] | None = None
        for number, sentence in enumerate(found):
            words = judged(rule, tokens, found, number)
            if words is None:
                continue
            key = (words, model.content_only, model.premises)
            if key not in grams:
                grams[key] = features(words, model.content_only, model.premises)
            score = model.probability(grams[key])
            own = tokens.words[sentence.first : sentence.stop]
            if rule in SILENCING and score >= model.silence:
                # The window is what was judged: "Are you in a union? We've had trouble
                # before." is one protected question, its first sentence included.
                silenced.update(n for n in range(number + 1) if found[n].line == sentence.line)
            if may_add(rule, own) and (best is None or score > best[0]):
                best = (score, sentence)
        if model.adds and best is not None and best[0] >= model.threshold:
            sentence = best[1]
            added.append(
                QuestionFlag(rule, sentence.start, sentence.end, WHY[rule], SUGGESTIONS[rule])
            )
    spans = [(found[n].start, found[n].end) for n in silenced]
    kept = [
        flag
        for flag in flags
        if flag.rule != "yes_no" or not any(a <= flag.start < b for a, b in spans)
    ]
    return kept + added
