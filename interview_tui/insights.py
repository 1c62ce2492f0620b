"""Answer insights: small, explainable facts about one answer, computed offline and instantly.

Everything here is deterministic and works on the typed text alone. The choices, so that
every hint can be explained:

Words and time
    A word is a run of letters or digits ("don't" is one word, "follow-up" two). The time
    to say an answer aloud assumes :data:`WORDS_PER_MINUTE`.

Fillers and hedges
    Whole words or phrases from the word lists, matched case-insensitively, left to right,
    longest first, never overlapping; the words of a phrase must be separated by spaces only
    ("you, know" is not "you know"). A few entries are ambiguous and count only in context:

    * ``like``, ``you know``, ``i mean`` count only when set off as an aside: followed by a
      comma, dash or ellipsis ("it was, like, huge"; "I was like, no way"), or after one
      at the end of a sentence ("it was hard, you know."), or touching another filler
      ("um like"). So "I like Python", "it was like a race", "small changes, like most
      teams", "you know the answer" and "what I mean is" are not counted. Answers are
      typed, and typed speech marks the filler "like" with commas; requiring one keeps the
      verb and the preposition out. Missed: an unpunctuated filler ("it took like three
      weeks").
    * ``kind of`` and ``sort of`` do not count after a determiner or question word ("what
      kind of team", "the sort of thing"), where they are nouns.
    * A hedge ending in think/believe/guess/suppose does not count before "about", "of",
      "through" or "back": "I think about risk early" states a habit.

    When an entry is in both lists it counts as a filler.

Key points
    A key point and the answer are both tokenised, lower-cased and stripped of stopwords,
    and every word is reduced by :func:`stem`, a small suffix stripper. A point with one or
    two content words is covered when all of them appear in the answer; a longer point when
    at least 60 % do (rounded up: 2 of 3, 3 of 4, 3 of 5), so an answer may word a point
    its own way. Word order never matters. A point made only of stopwords is matched on all
    its words instead; a point with no words at all is never covered.

STAR (behavioural questions only)
    Each part is present when any of its cue phrases appears, compared stem by stem (so
    "I organised" also matches "I organized" and "I organise"). A number or percentage also
    counts as a result, unless it looks like a year (1900–2099).

I and we
    "I" counts I, I'm, I've, I'd, I'll, me, my, mine, myself; "we" counts we, we're, we've,
    we'd, we'll, us, our, ours, ourselves. "US" in capitals is the country and is not
    counted.

Leans on
    Up to five content words (not stopwords, not numbers, not part of a filler or hedge)
    used at least three times, with word forms grouped by stem and shown in their most
    frequent form.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Literal

from interview_tui.checker import RULE_LABELS, QuestionFlag, check_question
from interview_tui.durations import format_duration
from interview_tui.wordlists import STAR_PARTS, PhraseIndex, Tokens, WordLists, tokenise

# A relaxed, clear interview pace. Conversational English runs at roughly 120–160 words a
# minute; 140 sits in the middle, so "about 1:20" is what a calm speaker would need.
WORDS_PER_MINUTE = 140

# A key point of one or two content words needs all of them; longer ones need this share.
COVERAGE_SHARE = 0.6

TOP_WORDS = 5
TOP_WORDS_MIN_USES = 3

Kind = Literal["filler", "hedge"]
Role = Literal["interviewee", "interviewer"]

I_WORDS = frozenset({"i", "i'm", "i've", "i'd", "i'll", "me", "my", "mine", "myself"})
WE_WORDS = frozenset({"we", "we're", "we've", "we'd", "we'll", "us", "our", "ours", "ourselves"})

# Entries that only count when set off by punctuation or next to another filler.
SET_OFF_ONLY = frozenset({"like", "you know", "i mean"})
# Entries that are nouns after these words ("what kind of team").
NOUN_AFTER = frozenset({"kind of", "sort of"})
DETERMINERS = frozenset(
    {
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "what",
        "which",
        "whatever",
        "any",
        "some",
        "every",
        "each",
        "one",
        "same",
        "other",
        "another",
        "my",
        "your",
        "our",
        "their",
        "his",
        "her",
        "its",
        "no",
        "right",
        "wrong",
        "different",
        "only",
    }
)
THINKING_VERBS = ("think", "believe", "guess", "suppose")
NOT_A_HEDGE_BEFORE = frozenset({"about", "of", "through", "back"})

_SET_OFF = re.compile(r"[,—–…]|\.\.|(?:^|\s)--?(?:\s|$)")
_YEAR = re.compile(r"(?:19|20)\d\d")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class Span:
    """A filler or hedge in the answer: ``answer[start:end] == text``."""

    start: int
    end: int
    kind: Kind
    text: str


@dataclass(frozen=True)
class KeyPointCoverage:
    """Whether the answer covers one key point, and the answer words that matched it."""

    point: str
    covered: bool
    matched: tuple[str, ...]


@dataclass(frozen=True)
class Insights:
    """What :func:`analyse` found in one answer."""

    words: int
    speaking_seconds: float
    time_limit: int | None
    fillers: Mapping[str, int]
    hedges: Mapping[str, int]
    spans: tuple[Span, ...]
    key_points: tuple[KeyPointCoverage, ...]
    star: Mapping[str, bool] | None
    i_count: int
    we_count: int
    top_words: tuple[tuple[str, int], ...]
    question_flags: tuple[QuestionFlag, ...] = ()

    @property
    def over_time(self) -> bool:
        """Whether saying the answer aloud would take longer than the question allows."""
        return self.time_limit is not None and self.speaking_seconds > self.time_limit

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready copy, stored as ``insights`` on each attempt in the export.

        Keys (all always present):

        - ``words`` (int), ``words_per_minute`` (int, the pace assumed),
          ``speaking_seconds`` (float, one decimal), ``time_limit`` (int or null),
          ``over_time`` (bool);
        - ``fillers``, ``hedges``: ``{entry: count}``, most frequent first;
        - ``spans``: ``[{"start", "end", "kind", "text"}]`` with character offsets;
        - ``key_points``: ``[{"point", "covered", "matched": [word, ...]}]``;
        - ``star``: ``{"situation", "task", "action", "result": bool}`` or null when the
          question is not behavioural;
        - ``i_count``, ``we_count`` (int);
        - ``top_words``: ``[{"word", "count"}]``;
        - ``question_flags``: ``[{"rule", "start", "end", "why", "suggestion"}]`` (interviewer
          answers only; otherwise empty).
        """
        return {
            "words": self.words,
            "words_per_minute": WORDS_PER_MINUTE,
            "speaking_seconds": round(self.speaking_seconds, 1),
            "time_limit": self.time_limit,
            "over_time": self.over_time,
            "fillers": dict(self.fillers),
            "hedges": dict(self.hedges),
            "spans": [
                {"start": s.start, "end": s.end, "kind": s.kind, "text": s.text} for s in self.spans
            ],
            "key_points": [
                {"point": k.point, "covered": k.covered, "matched": list(k.matched)}
                for k in self.key_points
            ],
            "star": dict(self.star) if self.star is not None else None,
            "i_count": self.i_count,
            "we_count": self.we_count,
            "top_words": [{"word": word, "count": count} for word, count in self.top_words],
            "question_flags": [
                {
                    "rule": f.rule,
                    "start": f.start,
                    "end": f.end,
                    "why": f.why,
                    "suggestion": f.suggestion,
                }
                for f in self.question_flags
            ],
        }

    def summary_lines(self) -> list[str]:
        """Short plain-text lines to read beside the rating."""
        noun = "word" if self.words == 1 else "words"
        timing = f"{self.words} {noun} · about {_clock(self.speaking_seconds)} aloud"
        if self.time_limit is not None:
            timing += f" of {_clock(self.time_limit)}"
            if self.over_time:
                timing += " (over time)"
        lines = [timing, f"Fillers: {_counts(self.fillers)}", f"Hedges: {_counts(self.hedges)}"]
        if self.key_points:
            covered = sum(k.covered for k in self.key_points)
            line = f"Key points: {covered} of {len(self.key_points)}"
            missed = [k.point for k in self.key_points if not k.covered]
            if missed:
                line += f" (missed: {'; '.join(missed)})"
            lines.append(line)
        if self.star is not None:
            parts = " ".join(f"{part} {'✓' if self.star[part] else '✗'}" for part in STAR_PARTS)
            lines.append(f"STAR: {parts}")
        if self.i_count or self.we_count:
            lines.append(f"I {self.i_count} · we {self.we_count}")
        if self.top_words:
            lines.append("Leans on: " + ", ".join(f"{w} ×{n}" for w, n in self.top_words))
        lines.extend(f"{RULE_LABELS[f.rule]}: {f.suggestion}" for f in self.question_flags)
        return lines


def _clock(seconds: float) -> str:
    return format_duration(round(seconds))


_I_WORD = re.compile(r"\bi\b")


def _counts(counts: Mapping[str, int]) -> str:
    if not counts:
        return "none"
    # Entries are stored lower-case; "i guess" reads as "I guess".
    return ", ".join(f"{_I_WORD.sub('I', entry)} ×{count}" for entry, count in counts.items())


# --- stemming ------------------------------------------------------------------------------

# (suffix, replacement, shortest stem left). Tried longest suffix first; only the longest
# suffix that matches is considered, and if it would leave too short a stem (or one without a
# vowel) stemming stops, so "moment" does not fall through to "mom" + "ent".
_RULES: tuple[tuple[str, str, int], ...] = tuple(
    sorted(
        [
            ("ification", "ify", 3),
            ("ization", "ise", 3),
            ("isation", "ise", 3),
            ("bility", "ble", 2),
            ("ation", "", 3),
            ("ative", "", 3),
            ("ition", "", 3),
            ("ably", "able", 2),
            ("ibly", "ible", 2),
            ("ysis", "ys", 2),
            ("ment", "", 3),
            ("ness", "", 3),
            ("ship", "", 3),
            ("able", "", 3),
            ("ible", "", 3),
            ("ance", "", 3),
            ("ence", "", 3),
            ("sses", "ss", 2),
            ("ches", "ch", 1),
            ("shes", "sh", 1),
            ("xes", "x", 1),
            ("ies", "y", 2),
            ("ied", "y", 2),
            ("ier", "y", 2),
            ("ily", "y", 2),
            ("eed", "ee", 1),
            ("eer", "eer", 0),  # "career" is not "care" + "er"
            ("ing", "", 2),
            ("ful", "", 3),
            ("ive", "", 3),
            # "-ize" and "-ise" are kept (spelled one way), not stripped: in "revise",
            # "promise" and "expertise" they are part of the word.
            ("ize", "ise", 3),
            ("yze", "ys", 2),
            ("yse", "ys", 2),
            ("ate", "", 3),
            ("ity", "", 3),
            ("ion", "", 3),
            ("ed", "", 2),
            ("er", "", 3),
            ("ly", "", 3),
            ("al", "", 3),
            ("s", "", 2),
        ],
        key=lambda rule: -len(rule[0]),
    )
)
# Inflections come off the end of the word only, never off a stem that is left after another
# suffix ("analys" from "analyses" must not lose its "s" as if it were a plural).
_INFLECTIONS = frozenset({"s", "sses", "ches", "shes", "xes", "ies", "ied", "eed", "ing", "ed"})
# After "-ing", "-ed" or "-er" these endings get their "e" back, so "communicating" reaches
# "communicate" and then loses "-ate" like "communication" does.
_RESTORE_E = ("at", "bl", "iz", "is")
_VOWELS = frozenset("aeiouy")


def _has_vowel(word: str) -> bool:
    return any(letter in _VOWELS for letter in word)


def _strip_once(word: str, first: bool) -> str | None:
    for suffix, replacement, shortest in _RULES:
        if not word.endswith(suffix):
            continue
        stem = word[: len(word) - len(suffix)]
        if suffix in _INFLECTIONS and not first:
            return None
        if suffix == "s" and word.endswith(("ss", "us", "is")):
            return None  # "process", "status", "analysis" are not plurals
        if suffix == "ly" and stem.endswith("p"):
            return None  # "apply", "supply", "reply"
        if suffix == replacement or len(stem) < shortest or not _has_vowel(stem):
            return None
        stem += replacement
        if suffix in ("ing", "ed", "er") and stem.endswith(_RESTORE_E):
            stem += "e"
        return stem
    return None


@functools.lru_cache(maxsize=32_768)
def stem(word: str) -> str:
    """Reduce a lower-case word to a rough stem so that forms of one word compare equal.

    "measure", "measured", "measuring", "measurement", "measurable" → "measur";
    "decide", "decided", "decision", "decisions", "decisive" → "decis"; "plans",
    "planned", "planning" → "plan"; "organise", "organized", "organisation" → "organis".
    Up to three suffixes come off ("operationally" → "oper"; an inflection such as "-s",
    "-ed" or "-ing" only as the first), then: a final "e" goes, a doubled final consonant
    is undoubled, a final "y" becomes "i", "-yz" becomes "-ys" (analyze/analyse), and in
    stems of five letters or more a final vowel + "d" becomes vowel + "s", so that verbs in
    -de/-se meet their nouns in -sion ("decide"/"decision", "include"/"inclusion",
    "provide"/"provision").

    Crude on purpose: it only has to make two forms of one word meet, and it is applied to
    the key point and the answer alike.
    """
    word = word.removesuffix("'s").removesuffix("'").replace("'", "")
    if len(word) <= 2 or not _LETTER.search(word):
        return word
    for round_ in range(3):
        stripped = _strip_once(word, first=round_ == 0)
        if stripped is None:
            break
        word = stripped
    if len(word) >= 3 and word.endswith("e"):
        word = word[:-1]
    if len(word) > 2 and word[-1] == word[-2] and word[-1] not in _VOWELS:
        word = word[:-1]
    if len(word) > 2 and word.endswith("y"):
        word = word[:-1] + "i"
    if word.endswith("yz"):
        word = word[:-1] + "s"
    if len(word) >= 5 and word.endswith("d") and word[-2] in _VOWELS:
        word = word[:-1] + "s"
    return word


# --- matching ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Matchers:
    spoken: PhraseIndex  # fillers and hedges
    kinds: Mapping[tuple[str, ...], Kind]
    star: Mapping[str, PhraseIndex]  # stemmed cues per part


@functools.lru_cache(maxsize=8)
def _matchers(words: WordLists) -> _Matchers:
    # Compiled once per distinct set of lists; the lists themselves are loaded once per run.
    kinds: dict[tuple[str, ...], Kind] = {}
    for entry in words.hedges:
        kinds[tokenise(entry).words] = "hedge"
    for entry in words.fillers:
        kinds[tokenise(entry).words] = "filler"  # a filler wins a tie with a hedge
    kinds.pop((), None)
    star = {
        part: PhraseIndex.build(
            tuple(stem(w) for w in tokenise(cue).words) for cue in words.star.get(part, ())
        )
        for part in STAR_PARTS
    }
    return _Matchers(
        spoken=PhraseIndex.build(kinds),
        kinds=MappingProxyType(kinds),
        star=MappingProxyType(star),
    )


def _spoken_spans(tokens: Tokens, matchers: _Matchers) -> list[tuple[int, int, Kind]]:
    """Fillers and hedges as ``(first word, end word, kind)``, in order, never overlapping."""
    words = tokens.words
    found: list[tuple[int, int, Kind, bool]] = []  # (first, end, kind, needs a neighbour)
    index = 0
    total = len(words)
    spoken = matchers.spoken
    while index < total:
        phrase = spoken.longest_at(words, index, tokens)
        if phrase is None:
            index += 1
            continue
        end = index + len(phrase)
        entry = " ".join(phrase)
        if entry in NOUN_AFTER and index > 0 and words[index - 1] in DETERMINERS:
            index += 1
            continue
        if entry.endswith(THINKING_VERBS) and end < total and words[end] in NOT_A_HEDGE_BEFORE:
            index += 1
            continue
        needs_neighbour = entry in SET_OFF_ONLY and not _set_off(tokens, index, end)
        found.append((index, end, matchers.kinds[phrase], needs_neighbour))
        index = end
    kept: list[tuple[int, int, Kind]] = []
    for position, (first, end, kind, needs_neighbour) in enumerate(found):
        if needs_neighbour and not _touches_filler(tokens, found, position):
            continue
        kept.append((first, end, kind))
    return kept


def _set_off(tokens: Tokens, first: int, end: int) -> bool:
    """Whether words ``first:end`` are set off as an aside.

    Followed by a comma, dash or ellipsis ("like, huge"), or preceded by one and closing the
    sentence ("it was hard, you know."). A comma before alone is not enough: in "small
    changes, like most teams" the word is a preposition.
    """
    after = tokens.gap(end)
    if _SET_OFF.search(after):
        return True
    closes = end == len(tokens.words) or any(mark in after for mark in ".?!")
    return closes and bool(_SET_OFF.search(tokens.gap(first)))


def _touches_filler(
    tokens: Tokens, found: list[tuple[int, int, Kind, bool]], position: int
) -> bool:
    """Whether match ``position`` sits right next to a filler that counts on its own."""
    first, end, _, _ = found[position]
    if position > 0:
        before = found[position - 1]
        if before[1] == first and before[2] == "filler" and not before[3] and tokens.joined(first):
            return True
    if position + 1 < len(found):
        after = found[position + 1]
        if after[0] == end and after[2] == "filler" and not after[3] and tokens.joined(end):
            return True
    return False


def _is_result_number(word: str) -> bool:
    return any(ch.isdigit() for ch in word) and not _YEAR.fullmatch(word)


def _star(tokens: Tokens, stems: Sequence[str], matchers: _Matchers) -> dict[str, bool]:
    present: dict[str, bool] = {}
    for part in STAR_PARTS:
        cues = matchers.star[part]
        present[part] = any(cues.longest_at(stems, i) for i in range(len(stems)))
    if not present["result"]:
        present["result"] = any(_is_result_number(w) for w in tokens.words)
    return present


def _content(words: Sequence[str], stopwords: frozenset[str]) -> list[str]:
    return [w for w in words if w not in stopwords]


def _key_point(
    point: str, answer_stems: Mapping[str, str], stopwords: frozenset[str]
) -> KeyPointCoverage:
    words = tokenise(point).words
    content = _content(words, stopwords) or list(words)
    needed: list[str] = []
    for word in content:
        stemmed = stem(word)
        if stemmed not in needed:
            needed.append(stemmed)
    if not needed:
        return KeyPointCoverage(point, False, ())
    matched = tuple(answer_stems[s] for s in needed if s in answer_stems)
    share = len(needed) if len(needed) <= 2 else math.ceil(COVERAGE_SHARE * len(needed))
    return KeyPointCoverage(point, len(matched) >= share, matched)


def _top_words(
    tokens: Tokens, stems: Sequence[str], skip: set[int], stopwords: frozenset[str]
) -> tuple[tuple[str, int], ...]:
    uses: dict[str, int] = {}  # stem -> uses; insertion order is first-seen order
    forms: dict[str, dict[str, int]] = {}  # stem -> {word as written (lower case): uses}
    for index, word in enumerate(tokens.words):
        if word in stopwords or index in skip:
            continue
        key = stems[index]
        if key in uses:
            uses[key] += 1
            seen = forms[key]
            seen[word] = seen.get(word, 0) + 1
        else:
            uses[key] = 1
            forms[key] = {word: 1}
    frequent = [key for key, count in uses.items() if count >= TOP_WORDS_MIN_USES]
    # sorted() is stable, so ties keep first-seen order; numbers are not words one leans on.
    ranked = [key for key in sorted(frequent, key=lambda k: -uses[k]) if _LETTER.search(key)]
    return tuple(
        (max(forms[key].items(), key=lambda form: form[1])[0], uses[key])
        for key in ranked[:TOP_WORDS]
    )


def _ordered_counts(entries: list[str]) -> Mapping[str, int]:
    counts = Counter(entries)
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def analyse(
    answer: str,
    key_points: Sequence[str],
    time_limit: int | None,
    behavioral: bool,
    words: WordLists,
    role: Role = "interviewee",
    informational: bool = False,
) -> Insights:
    """Insights for one answer (see the module docstring for every rule).

    ``behavioral`` turns on the STAR check; for ``role="interviewer"`` the answer is the
    question the user would ask, and :func:`~interview_tui.checker.check_question` fills
    ``question_flags`` (with the job-ask rule when ``informational``). Never raises for any
    text.
    """
    tokens = tokenise(answer)
    matchers = _matchers(words)
    stems = [stem(w) for w in tokens.words]

    spans: list[Span] = []
    fillers: list[str] = []
    hedges: list[str] = []
    flagged: set[int] = set()
    for first, end, kind in _spoken_spans(tokens, matchers):
        entry = " ".join(tokens.words[first:end])
        (fillers if kind == "filler" else hedges).append(entry)
        start, stop = tokens.starts[first], tokens.ends[end - 1]
        spans.append(Span(start, stop, kind, answer[start:stop]))
        flagged.update(range(first, end))

    answer_stems: dict[str, str] = {}
    for word, stemmed in zip(tokens.words, stems, strict=True):
        if word not in words.stopwords:
            answer_stems.setdefault(stemmed, word)
    # Stopword-only key points are matched on every word, so stopwords are looked up too.
    for word, stemmed in zip(tokens.words, stems, strict=True):
        answer_stems.setdefault(stemmed, word)

    i_count = sum(1 for w in tokens.words if w in I_WORDS)
    we_count = sum(
        1
        for w, start, end in zip(tokens.words, tokens.starts, tokens.ends, strict=True)
        if w in WE_WORDS and not (w == "us" and answer[start:end] == "US")
    )

    return Insights(
        words=len(tokens.words),
        speaking_seconds=len(tokens.words) * 60 / WORDS_PER_MINUTE,
        time_limit=time_limit,
        fillers=_ordered_counts(fillers),
        hedges=_ordered_counts(hedges),
        spans=tuple(spans),
        key_points=tuple(_key_point(p, answer_stems, words.stopwords) for p in key_points),
        star=_star(tokens, stems, matchers) if behavioral else None,
        i_count=i_count,
        we_count=we_count,
        top_words=_top_words(tokens, stems, flagged, words.stopwords),
        question_flags=(
            check_question(answer, words, informational) if role == "interviewer" else ()
        ),
    )
