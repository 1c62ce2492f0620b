"""The word lists behind answer insights and the question checker.

The lists ship as plain text files in ``interview_tui/coaching/data/`` (one entry per line, ``#``
starts a comment, blank lines are ignored) and are read with :mod:`importlib.resources`, so
they work from a wheel as well as from a checkout.

A user extends them with files of the same names in ``<config dir>/words/``: every line adds
an entry to the bundled list, and a line starting with ``-`` removes one (``-actually`` stops
"actually" counting as a filler). A user file that cannot be read or is not UTF-8 is skipped,
so that list stays as bundled; a broken file never stops the app.

Entries are normalised the way answers are read: lower case, curly apostrophes made
straight, runs of spaces made single. This module also holds the two small tools both the
insights and the checker use to read text: :func:`tokenise` and :class:`PhraseIndex`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

STAR_PARTS = ("situation", "task", "action", "result")

# File stem -> the list it feeds. STAR parts have one file each.
LIST_FILES = (
    "fillers",
    "hedges",
    "stopwords",
    *(f"star_{part}" for part in STAR_PARTS),
    "job_asks",
    "leading",
)

# Typed apostrophes vary by keyboard and platform; one straight form keeps matching simple.
# Every replacement is one character for one, so offsets into the text do not move.
APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})

# A word is a run of letters or digits in any script, with inner apostrophes kept ("don't",
# "I'm") so contractions stay one word. Hyphens split: "follow-up" is two words.
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


@dataclass(frozen=True)
class WordLists:
    """Every list the insights and the checker use, normalised to lower case."""

    fillers: frozenset[str]
    hedges: frozenset[str]
    stopwords: frozenset[str]
    # Excluded from the hash (a dict is not hashable); still compared for equality, so two
    # loads of the same files are equal and share compiled matchers.
    star: Mapping[str, frozenset[str]] = field(hash=False)
    job_asks: frozenset[str]
    leading: frozenset[str]


def normalise_entry(line: str) -> str:
    """One list entry as it is matched: lower case, straight apostrophes, single spaces."""
    return " ".join(line.translate(APOSTROPHES).lower().split())


def parse_list(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """Entries added and entries removed (lines starting with ``-``) in one list file."""
    added: set[str] = set()
    removed: set[str] = set()
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if line.startswith("-"):
            entry = normalise_entry(line[1:])
            if entry:
                removed.add(entry)
            continue
        entry = normalise_entry(line)
        if entry:
            added.add(entry)
    return frozenset(added), frozenset(removed)


@functools.lru_cache(maxsize=1)
def _bundled() -> Mapping[str, frozenset[str]]:
    # Read once per process: the bundled files never change while the app runs. The import
    # is here because importlib.resources pulls in tempfile, shutil and more, and most
    # commands never need the lists.
    from importlib import resources

    folder = resources.files("interview_tui.coaching").joinpath("data")
    lists: dict[str, frozenset[str]] = {}
    for name in LIST_FILES:
        added, _ = parse_list(folder.joinpath(f"{name}.txt").read_text(encoding="utf-8"))
        lists[name] = added
    return MappingProxyType(lists)


def _read_user_file(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        # Unreadable, a folder, or not UTF-8: keep the bundled list rather than fail.
        return None


def _build(lists: Mapping[str, frozenset[str]]) -> WordLists:
    return WordLists(
        fillers=lists["fillers"],
        hedges=lists["hedges"],
        stopwords=lists["stopwords"],
        star={part: lists[f"star_{part}"] for part in STAR_PARTS},
        job_asks=lists["job_asks"],
        leading=lists["leading"],
    )


@functools.lru_cache(maxsize=1)
def _bundled_lists() -> WordLists:
    return _build(_bundled())


def load_word_lists(config_dir: Path | None = None) -> WordLists:
    """The bundled lists, extended by ``<config_dir>/words/*.txt`` when ``config_dir`` is given.

    With ``config_dir=None`` only the bundled lists are used (and the same cached object is
    returned every time). Never raises for a missing, unreadable or malformed user file.
    """
    if config_dir is None:
        return _bundled_lists()
    folder = config_dir / "words"
    lists = dict(_bundled())
    changed = False
    for name in LIST_FILES:
        text = _read_user_file(folder / f"{name}.txt")
        if text is None:
            continue
        added, removed = parse_list(text)
        if added or removed:
            lists[name] = (lists[name] | added) - removed
            changed = True
    return _build(lists) if changed else _bundled_lists()


@dataclass(frozen=True)
class Tokens:
    """The words of a text with their character offsets into it.

    ``words`` are lower case with straight apostrophes; ``starts`` and ``ends`` point into
    the original text, so ``text[starts[i]:ends[i]]`` is the word as the user typed it.
    """

    text: str
    words: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def __len__(self) -> int:
        return len(self.words)

    def gap(self, index: int) -> str:
        """The characters between word ``index - 1`` and word ``index`` (or the text edge)."""
        start = self.ends[index - 1] if index > 0 else 0
        end = self.starts[index] if index < len(self.words) else len(self.text)
        return self.text[start:end]

    def joined(self, index: int) -> bool:
        """Whether word ``index`` follows word ``index - 1`` after nothing but spaces."""
        gap = self.gap(index)
        return gap == "" or gap.isspace()


_LINE_BREAKS = str.maketrans("\r\n\t\f\v", "     ")


def one_line(text: str) -> str:
    """``text`` with every line break and tab a space: the same length, so offsets into it
    are offsets into ``text``. For patterns of words in a row, which a line broken by hand
    (a pasted answer, a transcript) would otherwise split: "I\nwould" is "I would"."""
    return text.translate(_LINE_BREAKS)


def tokenise(text: str) -> Tokens:
    """Split ``text`` into words (see :class:`Tokens`)."""
    straight = text.translate(APOSTROPHES)
    lowered = straight.lower()
    if len(lowered) == len(straight):
        # Nothing grew when lower-cased, so offsets agree: match once on the lower-case text.
        matches = list(_WORD.finditer(lowered))
        words = tuple(m[0] for m in matches)
    else:
        matches = list(_WORD.finditer(straight))
        words = tuple(m[0].lower() for m in matches)
    return Tokens(text, words, tuple(m.start() for m in matches), tuple(m.end() for m in matches))


def entry_words(entry: str) -> tuple[str, ...]:
    """A list entry split into words exactly as an answer would be."""
    return tokenise(entry).words


@dataclass(frozen=True)
class PhraseIndex:
    """Whole-word phrase lookup: each entry indexed by its first word, longest entry first."""

    by_first: Mapping[str, tuple[tuple[str, ...], ...]]

    @classmethod
    def build(cls, entries: Iterable[Sequence[str]]) -> PhraseIndex:
        grouped: dict[str, set[tuple[str, ...]]] = {}
        for entry in entries:
            words = tuple(entry)
            if words:
                grouped.setdefault(words[0], set()).add(words)
        # Longest first so "i feel like" wins over "like"; ties in a fixed order.
        return cls(
            MappingProxyType(
                {
                    first: tuple(sorted(phrases, key=lambda p: (-len(p), p)))
                    for first, phrases in grouped.items()
                }
            )
        )

    @classmethod
    def of(cls, entries: Iterable[str]) -> PhraseIndex:
        """An index of list entries, split into words the way answers are."""
        return cls.build(entry_words(entry) for entry in entries)

    def candidates(
        self, words: Sequence[str], index: int, tokens: Tokens | None = None
    ) -> Iterator[tuple[str, ...]]:
        """Entries that match at ``index``, longest first.

        With ``tokens``, a phrase only matches when its words are separated by spaces alone,
        so "you, know" is not "you know".
        """
        for phrase in self.by_first.get(words[index], ()):
            end = index + len(phrase)
            if end > len(words):
                continue
            if len(phrase) > 1 and tuple(words[index:end]) != phrase:
                continue
            if tokens is not None and not all(tokens.joined(k) for k in range(index + 1, end)):
                continue
            yield phrase

    def longest_at(
        self, words: Sequence[str], index: int, tokens: Tokens | None = None
    ) -> tuple[str, ...] | None:
        """The longest entry that matches at ``index``, or None."""
        if words[index] not in self.by_first:
            return None  # the common case, kept cheap: most words start no entry
        return next(self.candidates(words, index, tokens), None)

    def find_all(
        self, words: Sequence[str], tokens: Tokens | None = None
    ) -> list[tuple[int, int, tuple[str, ...]]]:
        """Non-overlapping matches, scanning left to right and taking the longest at each word.

        Returns ``(first word index, end word index, phrase)`` triples.
        """
        found: list[tuple[int, int, tuple[str, ...]]] = []
        index = 0
        while index < len(words):
            phrase = self.longest_at(words, index, tokens)
            if phrase is None:
                index += 1
                continue
            found.append((index, index + len(phrase), phrase))
            index += len(phrase)
        return found
