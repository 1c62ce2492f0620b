"""The word groups of ``data/synonyms.txt``: which words a reader takes for one another.

A key point with no cues is met through its own words widened to their groups; a cue word
of a bank said in another word of its group backs up a cue that matched as said (see
:mod:`~interview_tui.coaching.key_points`).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType

from interview_tui.coaching.stemming import stem
from interview_tui.coaching.wordlists import tokenise


@functools.lru_cache(maxsize=1)
def _synonym_lines() -> tuple[tuple[tuple[str, ...], ...], ...]:
    """Each group of ``data/synonyms.txt`` as its entries, each entry as its words' stems."""
    from importlib import resources

    text = (
        resources.files("interview_tui.coaching")
        .joinpath("data", "synonyms.txt")
        .read_text(encoding="utf-8")
    )
    lines = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        entries = (tuple(stem(w) for w in tokenise(entry).words) for entry in line.split(","))
        if group := tuple(entry for entry in entries if entry):
            lines.append(group)
    return tuple(lines)


@functools.lru_cache(maxsize=1)
def synonym_groups() -> Mapping[str, frozenset[str]]:
    """Stem → every one-word stem that shares a group with it in ``data/synonyms.txt``."""
    groups: dict[str, set[str]] = {}
    for line in _synonym_lines():
        members = {entry[0] for entry in line if len(entry) == 1}
        for member in members:
            groups.setdefault(member, set()).update(members)
    return MappingProxyType({key: frozenset(value) for key, value in groups.items()})


@functools.lru_cache(maxsize=1)
def synonym_phrases() -> Mapping[str, frozenset[tuple[str, ...]]]:
    """Stem → the entries of several words in its groups ("put off" for "procrastinate").

    A phrase is met only by its words said in a row: "took charge" is not "took" and
    "charge" anywhere in the sentence.
    """
    phrases: dict[str, set[tuple[str, ...]]] = {}
    for line in _synonym_lines():
        several = {entry for entry in line if len(entry) > 1}
        for entry in line:
            if len(entry) == 1 and several:
                phrases.setdefault(entry[0], set()).update(several)
    return MappingProxyType({key: frozenset(value) for key, value in phrases.items()})


@functools.lru_cache(maxsize=4096)
def widen(words: tuple[frozenset[str], ...]) -> tuple[frozenset[str], ...]:
    """A parsed cue with each word's alternatives widened to their synonym groups."""
    groups = synonym_groups()
    return tuple(alts.union(*(groups.get(a, frozenset()) for a in alts)) for alts in words)
