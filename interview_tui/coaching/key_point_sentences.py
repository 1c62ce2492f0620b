"""An answer as its sentences, each the stems of its words, and a cue as its stemmed words:
what :mod:`~interview_tui.coaching.key_points` matches key points on."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from interview_tui.coaching.key_point_evidence import UNITS, is_number
from interview_tui.coaching.key_point_lines import ends_sentence
from interview_tui.coaching.stemming import stem
from interview_tui.coaching.wordlists import Tokens, tokenise


@dataclass(frozen=True)
class Sentence:
    """One sentence of the answer: its stems, and the word each stem was first seen as.

    ``content`` leaves out stopwords: synonyms are matched on words with a meaning, cues on
    every word.
    """

    stems: frozenset[str]
    words: Mapping[str, str]
    content: frozenset[str]
    # Stems of units that follow a number ("ten days", "5 weeks"): a quantity makes an
    # everyday word specific.
    counted: frozenset[str] = frozenset()
    # Every word's stem in the order said, for synonyms of several words ("put off").
    order: tuple[str, ...] = ()
    # Stems of words written with a capital inside the sentence ("Deb", "Leicester",
    # "Friday"): a name, which says who, where or when.
    named: frozenset[str] = frozenset()
    # Figures: words with a digit ("2020", "£31,000") and number words before a word with a
    # meaning ("two weeks", "three plates").
    figures: frozenset[str] = frozenset()

    def phrase(self, stems: tuple[str, ...]) -> str | None:
        """The words of the sentence that say ``stems`` in a row, or None."""
        if not self.stems.issuperset(stems):
            return None  # cheap, and most sentences miss a word of most phrases
        size = len(stems)
        for start in range(len(self.order) - size + 1):
            if self.order[start : start + size] == stems:
                return " ".join(self.words[s] for s in stems)
        return None


def split_sentences(tokens: Tokens, stopwords: frozenset[str] = frozenset()) -> list[Sentence]:
    """The answer's sentences, each as the set of stems of its words."""
    found: list[Sentence] = []
    current: dict[str, str] = {}
    counted: set[str] = set()
    order: list[str] = []
    named: set[str] = set()
    figures: set[str] = set()

    def close() -> None:
        content = frozenset(s for s, w in current.items() if w not in stopwords)
        words = MappingProxyType(dict(current))
        found.append(
            Sentence(
                frozenset(current),
                words,
                content,
                frozenset(counted),
                tuple(order),
                frozenset(named),
                frozenset(figures),
            )
        )
        for part in (current, counted, order, named, figures):
            part.clear()

    not_names = _NOT_NAMES | stopwords
    words = tokens.words
    # Per distinct word, once: a long answer says the same words many times.
    distinct = set(words)
    stems = {word: stem(word) for word in distinct}
    numbers = {word: is_number(word) for word in distinct}
    digits = {word: any(ch.isdigit() for ch in word) for word in distinct}
    for index, word in enumerate(words):
        gap = tokens.gap(index)
        # Most words follow a single space, which ends nothing and opens nothing.
        if index and gap != " " and current and ends_sentence(tokens, index, gap):
            close()
        stemmed = stems[word]
        if (
            current
            and word not in not_names
            and tokens.text[tokens.starts[index]].isupper()
            and _is_name(tokens, index, gap)
        ):
            named.add(stemmed)
        current.setdefault(stemmed, word)
        order.append(stemmed)
        previous_is_number = index > 0 and numbers[words[index - 1]]
        if digits[word]:
            figures.add(word)
        elif previous_is_number and word not in stopwords:
            figures.add(words[index - 1])
        if previous_is_number and stemmed in UNITS:
            counted.add(stemmed)
    if current:
        close()
    return found


# Words written with a capital that name no one: "OK", "TV" and the like.
_NOT_NAMES = frozenset({"ok", "okay", "tv", "pc"})
# A capital after one of these starts a sentence, a quotation or a list: it names nothing.
_OPENERS = re.compile(r"[:\"'\u201c\u2018(\u2014-]")


def _is_name(tokens: Tokens, index: int, gap: str) -> bool:
    """Whether word ``index``, not the first of its sentence, is written with a capital
    ("Deb", "Leicester"), and not as "I", "I'm" or after a colon or an opening quote."""
    said = tokens.text[tokens.starts[index] : tokens.ends[index]]
    if not said[:1].isupper() or tokens.words[index].split("'")[0] == "i":
        return False
    return _OPENERS.search(gap) is None


def parse_cue(cue: str) -> tuple[frozenset[str], ...]:
    """A cue as its words, each a set of stemmed alternatives ("agreed/settled" → 2).

    An alternative written with a hyphen ("catch-up", "one-to-one", "must-haves") is a
    compound, kept as "<its parts' stems> |<the stem of it written as one word>" (see
    :func:`compound_parts`). It is met by the parts said in a row ("one to one", "catch up")
    or written as one word ("teammate"); taken apart, its small words ("up", "to") would be
    met by almost every sentence and its longest part would mean something else ("one",
    "haves").
    """
    words: list[frozenset[str]] = []
    for part in cue.split():
        alternatives = frozenset(
            _compound(found) if len(found) > 1 else stem(found[0])
            for alternative in part.split("/")
            if (found := tokenise(alternative).words)
        )
        if alternatives:
            words.append(alternatives)
    return tuple(words)


def _compound(words: tuple[str, ...]) -> str:
    return " ".join(stem(word) for word in words) + " |" + stem("".join(words))


def compound_parts(alternative: str) -> tuple[str, ...]:
    """The stems of a compound cue alternative's parts, in order."""
    return tuple(alternative.split(" |", 1)[0].split(" "))


def compound_hit(alternative: str, sentence: Sentence) -> str | None:
    """The words by which ``sentence`` says a compound alternative (its parts in a row, or
    written as one word), or None."""
    parts, _, joined = alternative.partition(" |")
    if joined in sentence.stems:
        return sentence.words[joined]
    return sentence.phrase(tuple(parts.split(" ")))
