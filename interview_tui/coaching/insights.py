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
    See :mod:`interview_tui.coaching.key_points`: paraphrase cues from the bank when it has
    them, stems and synonym groups otherwise; repeating the key point's own words does not
    count. A point not found is "not detected".

STAR (the interviewee's past-behaviour questions only)
    See :mod:`interview_tui.coaching.star`: judged on one real episode, from cue phrases and
    general patterns of task, action and result.

Nudges
    See :mod:`interview_tui.coaching.nudges`.

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
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import Literal

from interview_tui.coaching.checker import check_question
from interview_tui.coaching.key_points import coverage, echo_stems
from interview_tui.coaching.nudges import nudges_for, read_story, tells_an_episode
from interview_tui.coaching.report import WORDS_PER_MINUTE, Insights, Kind, Span
from interview_tui.coaching.star import echo_share, own_words, star_parts
from interview_tui.coaching.stemming import stem
from interview_tui.coaching.wordlists import (
    STAR_PARTS,
    PhraseIndex,
    Tokens,
    WordLists,
    one_line,
    tokenise,
)

TOP_WORDS = 5
TOP_WORDS_MIN_USES = 3

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
# "like" after these is a word of the sentence, comma or not: "what does a day look like,
# roughly?", "it felt like, at first, a demotion", "something like, forty".
LIKE_IN_USE_AFTER = frozenset(
    {
        *("look", "looks", "looked", "looking", "feel", "feels", "felt", "feeling"),
        *("seem", "seems", "seemed", "sound", "sounds", "sounded", "taste", "tastes", "smell"),
        *("would", "i'd", "you'd", "we'd", "they'd", "he'd", "she'd"),
        *("something", "anything", "nothing", "more", "much"),
    }
)
THINKING_VERBS = ("think", "believe", "guess", "suppose")
NOT_A_HEDGE_BEFORE = frozenset({"about", "of", "through", "back"})

_SET_OFF = re.compile(r"[,—–…]|\.\.|(?:^|\s)--?(?:\s|$)")
_LETTER = re.compile(r"[^\W\d_]")


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
    total = len(words)
    spoken = matchers.spoken
    index = 0  # the first word not yet passed
    # Left to right, only at the words that start an entry: most words start none.
    for first in [i for i, word in enumerate(words) if word in spoken.by_first]:
        if first < index:
            continue
        phrase = spoken.longest_at(words, first, tokens)
        if phrase is None:
            continue
        end = first + len(phrase)
        entry = " ".join(phrase)
        if entry in NOUN_AFTER and first > 0 and words[first - 1] in DETERMINERS:
            continue
        if entry.endswith(THINKING_VERBS) and end < total and words[end] in NOT_A_HEDGE_BEFORE:
            continue
        if entry == "like" and first > 0 and words[first - 1] in LIKE_IN_USE_AFTER:
            continue
        needs_neighbour = entry in SET_OFF_ONLY and not _set_off(tokens, first, end)
        found.append((first, end, matchers.kinds[phrase], needs_neighbour))
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


def _top_words(
    tokens: Tokens, stems: Sequence[str], skip: set[int], stopwords: frozenset[str]
) -> tuple[tuple[str, int], ...]:
    # (stem, word as written in lower case) -> uses, in first-seen order.
    pairs = Counter(
        (key, word)
        for index, (word, key) in enumerate(zip(tokens.words, stems, strict=True))
        if word not in stopwords and index not in skip
    )
    uses: dict[str, int] = {}  # stem -> uses; insertion order is first-seen order
    forms: dict[str, dict[str, int]] = {}  # stem -> {word as written (lower case): uses}
    for (key, word), count in pairs.items():
        uses[key] = uses.get(key, 0) + count
        forms.setdefault(key, {})[word] = count
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


def _star(
    tokens: Tokens,
    stems: Sequence[str],
    key_points: Sequence[str],
    words: WordLists,
    matchers: _Matchers,
    episode: bool,
) -> dict[str, bool]:
    content = [s for s, w in zip(stems, tokens.words, strict=True) if w not in words.stopwords]
    echo = echo_stems(key_points, words.stopwords)
    return star_parts(
        tokens,
        stems,
        matchers.star,
        own_words(content, echo),
        echo_share(content, echo),
        episode,
    )


def analyse(
    answer: str,
    key_points: Sequence[str],
    time_limit: int | None,
    behavioral: bool,
    words: WordLists,
    role: Role = "interviewee",
    informational: bool = False,
    hiring: bool = False,
    cues: Sequence[Sequence[str]] = (),
    question: str = "",
) -> Insights:
    """Insights for one answer (see the module docstring for every rule).

    ``behavioral`` (an interviewee's past-behaviour question) turns on the STAR check and
    the story nudges; ``cues`` are the key points' paraphrase cues, aligned with
    ``key_points``; ``question`` (the text asked) tells which answer words only read it back.
    For ``role="interviewer"`` the answer is the question the user would
    ask, and :func:`~interview_tui.coaching.checker.check_question` fills ``question_flags``
    (with the job-ask rule when ``informational``, the protected-characteristic rule when
    ``hiring``). Never raises for any text.
    """
    tokens = tokenise(answer)
    matchers = _matchers(words)
    # Each distinct word stemmed once: a long answer says the same words many times.
    stemmed = {word: stem(word) for word in set(tokens.words)}
    stems = [stemmed[word] for word in tokens.words]

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

    i_count = sum(map(I_WORDS.__contains__, tokens.words))
    we_count = sum(map(WE_WORDS.__contains__, tokens.words))
    if "us" in stemmed:
        we_count -= sum(
            1
            for w, start, end in zip(tokens.words, tokens.starts, tokens.ends, strict=True)
            if w == "us" and answer[start:end] == "US"
        )

    # Read once: the STAR parts, the key points and the nudges all ask how the story is told.
    # Its patterns of words in a row read the answer as one line (see one_line).
    flat = one_line(answer)
    story = read_story(flat) if behavioral else None
    episode = tells_an_episode(flat, story) if behavioral else True
    star = (
        _star(replace(tokens, text=flat), stems, key_points, words, matchers, episode)
        if behavioral
        else None
    )
    return Insights(
        words=len(tokens.words),
        speaking_seconds=len(tokens.words) * 60 / WORDS_PER_MINUTE,
        time_limit=time_limit,
        fillers=_ordered_counts(fillers),
        hedges=_ordered_counts(hedges),
        spans=tuple(spans),
        key_points=coverage(
            tokens,
            key_points,
            cues,
            words.stopwords,
            episode=episode,
            star=star,
            question=question,
        ),
        star=star,
        i_count=i_count,
        we_count=we_count,
        top_words=_top_words(tokens, stems, flagged, words.stopwords),
        question_flags=(
            check_question(answer, words, informational, hiring) if role == "interviewer" else ()
        ),
        nudges=(
            nudges_for(flat, len(tokens.words), i_count, we_count, behavioral, story)
            if role == "interviewee"
            else ()
        ),
    )
