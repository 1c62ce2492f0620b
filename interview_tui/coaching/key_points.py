"""Whether an answer covers each key point of its question.

Two ways, both offline and explainable:

With cues (the bank gives ``{text: ..., cues: [...]}`` for the key point)
    A cue is a short phrase. It matches when each of its words, or a word sharing its stem,
    appears in one sentence of the answer, in any order. A cue word may list alternatives
    separated by ``/`` ("agreed/settled/compromise"): any one of them will do. The point is
    covered when any of its cues matches.

Without cues (third-party banks)
    The point's content words (not stopwords) are stemmed, and each is widened to the words
    of its group in ``data/synonyms.txt`` ("resolved" meets "agreed", "settled", "sorted"…).
    The point is covered when one sentence, or two sentences in a row, meet at least
    :data:`SHARE` of its words (at least one) **and** say something of their own: at least
    :data:`SUBSTANCE` content words that are in none of the question's key points. So "In the
    end it was resolved, and that is how it was resolved." does not cover "how it was
    resolved": repeating the rubric is not answering it.

A point that is not covered is "not detected", never "missed": the answer may say it in
words no list foresaw, which is why the rate dialog lets the user tick it themselves.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from interview_tui.coaching.report import KeyPointCoverage
from interview_tui.coaching.stemming import stem
from interview_tui.coaching.wordlists import Tokens, tokenise

SHARE = 0.5
SUBSTANCE = 5
# A sentence more than this share of which is key-point words is the rubric read back.
ECHO_SHARE = 0.25

_SENTENCE_END = re.compile(r"[.!?;\n]+")


@dataclass(frozen=True)
class Sentence:
    """One sentence of the answer: its stems, and the word each stem was first seen as."""

    stems: frozenset[str]
    words: Mapping[str, str]


def split_sentences(tokens: Tokens) -> list[Sentence]:
    """The answer's sentences, each as the set of stems of its words."""
    found: list[Sentence] = []
    current: dict[str, str] = {}
    for index, word in enumerate(tokens.words):
        if index and _SENTENCE_END.search(tokens.gap(index)) and current:
            found.append(Sentence(frozenset(current), MappingProxyType(current)))
            current = {}
        current.setdefault(stem(word), word)
    if current:
        found.append(Sentence(frozenset(current), MappingProxyType(current)))
    return found


def parse_cue(cue: str) -> tuple[frozenset[str], ...]:
    """A cue as its words, each a set of stemmed alternatives ("agreed/settled" → 2)."""
    words: list[frozenset[str]] = []
    for part in cue.split():
        alternatives = frozenset(
            stem(word) for alternative in part.split("/") for word in tokenise(alternative).words
        )
        if alternatives:
            words.append(alternatives)
    return tuple(words)


def cue_match(cue: str, sentences: Sequence[Sentence]) -> tuple[str, ...] | None:
    """The answer words that match ``cue`` in one sentence, or None when it does not match."""
    words = parse_cue(cue)
    if not words:
        return None
    for sentence in sentences:
        hits = [next(iter(alts & sentence.stems), None) for alts in words]
        if all(hit is not None for hit in hits):
            return tuple(dict.fromkeys(sentence.words[h] for h in hits if h is not None))
    return None


@functools.lru_cache(maxsize=1)
def synonym_groups() -> Mapping[str, frozenset[str]]:
    """Stem → every stem that shares a group with it in ``data/synonyms.txt``."""
    from importlib import resources

    text = (
        resources.files("interview_tui.coaching")
        .joinpath("data", "synonyms.txt")
        .read_text(encoding="utf-8")
    )
    groups: dict[str, set[str]] = {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        members = {stem(word) for entry in line.split(",") for word in tokenise(entry).words}
        for member in members:
            groups.setdefault(member, set()).update(members)
    return MappingProxyType({key: frozenset(value) for key, value in groups.items()})


def _content_stems(text: str, stopwords: frozenset[str]) -> list[str]:
    words = tokenise(text).words
    content = [w for w in words if w not in stopwords] or list(words)
    return list(dict.fromkeys(stem(w) for w in content))


def detect(
    point: str,
    cues: Sequence[str],
    sentences: Sequence[Sentence],
    echo: frozenset[str],
    stopwords: frozenset[str],
) -> KeyPointCoverage:
    """Whether the answer (as ``sentences``) covers ``point`` (see the module docstring).

    ``echo`` holds the stems of every key point of the question: words the answer may use
    without saying anything new.
    """
    if cues:
        for cue in cues:
            matched = cue_match(cue, sentences)
            if matched is not None:
                return KeyPointCoverage(point, True, matched)
        return KeyPointCoverage(point, False, ())
    needed = _content_stems(point, stopwords)
    if not needed:
        return KeyPointCoverage(point, False, ())
    groups = synonym_groups()
    concepts = [groups.get(s, frozenset()) | {s} for s in needed]
    share = max(1, math.ceil(SHARE * len(concepts)))
    best: tuple[str, ...] = ()
    for window in _windows(sentences):
        stems = frozenset().union(*(s.stems for s in window))
        hits = [next(iter(sorted(c & stems)), None) for c in concepts]
        found = [h for h in hits if h is not None]
        if len(found) < share:
            continue
        content = {s for s in stems if s not in stopwords}
        novel = {s for s in content - echo if not s.isdigit()}
        if len(novel) >= SUBSTANCE and len(content & echo) <= ECHO_SHARE * len(content):
            words = {k: v for s in window for k, v in s.words.items()}
            return KeyPointCoverage(point, True, tuple(dict.fromkeys(words[h] for h in found)))
        best = best or tuple(found)
    return KeyPointCoverage(point, False, ())


def _windows(sentences: Sequence[Sentence]) -> list[tuple[Sentence, ...]]:
    windows: list[tuple[Sentence, ...]] = [(s,) for s in sentences]
    windows.extend(itertools.pairwise(sentences))
    return windows


def coverage(
    answer_tokens: Tokens,
    points: Sequence[str],
    cues: Sequence[Sequence[str]],
    stopwords: frozenset[str],
) -> tuple[KeyPointCoverage, ...]:
    """Coverage of every key point; ``cues`` is aligned with ``points`` (or empty)."""
    sentences = split_sentences(answer_tokens)
    echo = frozenset(s for point in points for s in _content_stems(point, stopwords))
    return tuple(
        detect(point, cues[i] if i < len(cues) else (), sentences, echo, stopwords)
        for i, point in enumerate(points)
    )
