"""Comparing answers: a word-by-word difference and small numbers about an answer."""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

Change = Literal["same", "removed", "added"]

_TOKEN = re.compile(r"\S+|\s+")


@dataclass(frozen=True)
class Segment:
    """A run of text that is the same in both answers, or only in one of them."""

    change: Change
    text: str


@dataclass(frozen=True)
class WordDiff:
    """``old`` and ``new`` as segments: removed words appear in ``old``, added in ``new``."""

    old: tuple[Segment, ...]
    new: tuple[Segment, ...]

    @property
    def similarity(self) -> float:
        same = sum(len(s.text.split()) for s in self.new if s.change == "same")
        total = max(
            sum(len(s.text.split()) for s in self.old), sum(len(s.text.split()) for s in self.new)
        )
        return same / total if total else 1.0


def word_diff(old: str, new: str) -> WordDiff:
    """Compare two answers word by word (case and punctuation count, spacing does not)."""
    old_tokens = _TOKEN.findall(old)
    new_tokens = _TOKEN.findall(new)
    old_words = [t for t in old_tokens if not t.isspace()]
    new_words = [t for t in new_tokens if not t.isspace()]
    matcher = SequenceMatcher(a=old_words, b=new_words, autojunk=False)
    old_out: list[Segment] = []
    new_out: list[Segment] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            _append(old_out, "same", old_words[i1:i2])
            _append(new_out, "same", new_words[j1:j2])
            continue
        _append(old_out, "removed", old_words[i1:i2])
        _append(new_out, "added", new_words[j1:j2])
    return WordDiff(tuple(old_out), tuple(new_out))


def _append(out: list[Segment], change: Change, words: list[str]) -> None:
    if not words:
        return
    text = " ".join(words)
    if out and out[-1].change == change:
        out[-1] = Segment(change, f"{out[-1].text} {text}")
    else:
        out.append(Segment(change, text))


def word_count(text: str) -> int:
    return len(text.split())
