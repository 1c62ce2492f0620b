"""Whether an answer covers each key point of its question.

Two ways, both offline and explainable:

With cues (the bank gives ``{text: ..., cues: [...]}`` for the key point)
    A cue is a short phrase. It matches when each of its words, or a word sharing its stem,
    appears in one sentence of the answer, in any order. A cue word may list alternatives
    separated by ``/`` ("agreed/settled/compromise"): any one of them will do; one written
    with a hyphen ("one-to-one") is met by its parts in a row or as one word. The point is
    covered when its cues match in a sentence that is not mostly the key points' own words
    read back (more than :data:`ECHO_SHARE` of its meaningful words) **and** the matches are
    evidence enough (:mod:`~interview_tui.coaching.key_point_evidence`): a specific word,
    or two different words that vouch for each other. An everyday word ("end", "job",
    "different"), a weak one ("since", "sometimes") or a stopword ("because", "both") shows
    nothing by itself, but it is backed by another cue said in a word of its group in
    ``data/synonyms.txt`` ("the problem was that guests found the signs rude", cues
    "problem", "hard/difficult").

Without cues (third-party banks)
    The point's content words (not stopwords) are stemmed, and each is widened to the words
    of its group in ``data/synonyms.txt`` ("resolved" meets "agreed", "settled", "sorted"…).
    An entry of several words ("the hard part" for "difficulty") meets only when its words
    are said in a row in one sentence, and shows the idea by itself.
    The point is covered when one sentence, or two sentences in a row, meet at least
    :data:`SHARE` of its words (at least one) **and** say something of their own: at least
    :data:`SUBSTANCE` content words that are in none of the question's key points. So "In the
    end it was resolved, and that is how it was resolved." does not cover "how it was
    resolved": repeating the rubric is not answering it. Matches count only in sentences
    that are not mostly the rubric (:data:`READ_BACK_SHARE`), and must be evidence enough,
    as with cues: "it got sorted in the end" does not show how it was resolved.

Both ways, a word that the question itself used ("senior leaders" in "Tell me about a time
you pushed back on senior leaders") is read back, not said: like a weak word it shows nothing
by itself and only backs up another word. With cues that holds even for the key point's own
words; without cues the point's own words are all there is to go on, so they still count
("the disagreement" after "Tell me about a disagreement": measured on the labelled answers,
discounting them there lost real coverage and caught no wrong verdict).

Both ways, an answer that is mostly the key points and the question read back (more than
:data:`~interview_tui.coaching.key_point_substance.STUFFED_SHARE` of its content words, and
long enough for a share to tell) covers no point at all: keyword stuffing is
recognised over the whole answer, not only sentence by sentence.

A point that is not covered is "not detected", never "missed": the answer may say it in
words no list foresaw, which is why the rate dialog lets the user tick it themselves.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections.abc import Mapping, Sequence

from interview_tui.coaching.key_point_checks import checked
from interview_tui.coaching.key_point_evidence import (
    WEAK_CUE_WORDS,
    enough,
    general_stems,
    is_specific,
)
from interview_tui.coaching.key_point_kind_cues import by_kind
from interview_tui.coaching.key_point_kinds import (
    is_lesson,
    is_method,
    looks_back,
    star_part_of,
)
from interview_tui.coaching.key_point_sentences import (
    Sentence,
    compound_hit,
    compound_parts,
    parse_cue,
    split_sentences,
)
from interview_tui.coaching.key_point_substance import hit_groups, says_more, stuffed
from interview_tui.coaching.report import KeyPointCoverage
from interview_tui.coaching.stemming import stem
from interview_tui.coaching.synonyms import synonym_groups, synonym_phrases, widen
from interview_tui.coaching.wordlists import Tokens, one_line, tokenise

SHARE = 0.5
SUBSTANCE = 5
# How many fewer such words a window needs when it says more than the rubric (a figure, a
# name, the point in other words: :func:`~interview_tui.coaching.key_point_substance.says_more`).
SUBSTANCE_SAID = 2
# A sentence more than this share of which is key-point words is the rubric read back.
ECHO_SHARE = 0.25
# A sentence more than this share of which is key-point words is the rubric read back even
# beside a sentence of substance: its matches do not count.
READ_BACK_SHARE = 0.5

# Rubric wording that carries no idea of its own: "the mistake, owned plainly" is about the
# mistake; "how things ended for the person" about how it ended; "why it matters for this
# job" is about why it matters (any answer says "job").
RUBRIC_WORDS = frozenset(
    {
        "thing", "things", "something", "someone", "specific", "person", "people", "way",
        "made", "make", "making", "got", "get", "came", "come", "whether", "other", "others",
        "work", "plainly", "fairly", "stated", "honestly", "real", "next", "time", "far",
        "proper", "route", "happen", "happened", "happening", "own", "team", "job", "role",
    }
)  # fmt: skip


# Left out of a key point made only of stopwords ("what you did" is about "did").
_PLAIN = frozenset({"what", "how", "who", "you", "your", "it", "the", "a", "an", "to"})


# Words that, like stopwords, any sentence may hold whatever it is about: "one" ("one day",
# "the one who"). A cue met only through such words is no evidence by itself.
_FUNCTION_LIKE = frozenset({"one", "ones"})


@functools.lru_cache(maxsize=4)
def _stopword_stems(stopwords: frozenset[str]) -> frozenset[str]:
    """The stems of the stopwords and of :data:`_FUNCTION_LIKE`; a compound of them ("no
    one") is one too."""
    return frozenset(stem(w) for w in stopwords | _FUNCTION_LIKE)


# Phrasal verbs of key points whose words say nothing apart: "what you did to work it
# through" is about resolving it, not about "work".
_IDIOMS = re.compile(r"\b(?:work|sort|iron|thrash|hash) (?:it|things|them) (?:through|out)\b")


def _content_stems(text: str, stopwords: frozenset[str], rubric: bool = False) -> list[str]:
    words = tokenise(_IDIOMS.sub("resolve it", text.lower())).words
    content = [w for w in words if w not in stopwords]
    if not content:
        content = [w for w in words if w not in _PLAIN] or list(words)
    if rubric:
        content = [w for w in content if w not in RUBRIC_WORDS] or content
    return list(dict.fromkeys(stem(w) for w in content))


def detect(
    point: str,
    cues: Sequence[str],
    sentences: Sequence[Sentence],
    echo: frozenset[str],
    stopwords: frozenset[str],
    asked: frozenset[str] = frozenset(),
    read_back: bool = False,
) -> KeyPointCoverage:
    """Whether the answer (as ``sentences``) covers ``point`` (see the module docstring).

    ``read_back`` takes every sentence as the rubric read back: it counts only if it says
    more (a short answer mostly of the rubric's words).

    ``echo`` holds the stems of every key point of the question: words the answer may use
    without saying anything new.
    """
    plain = _stopword_stems(stopwords)
    # The point's own words ("decision" in "a decision you made") show it, however common.
    own = frozenset(_content_stems(point, stopwords, rubric=True)) - _RUBRIC_STEMS - asked
    weak = WEAK_CUE_WORDS | asked
    if cues:
        # A sentence that is mostly the rubric read back says nothing, whatever it matches;
        # a bare "not" or "wouldn't", or any stopword ("because", "both"), is met by any
        # sentence, so it only backs other words.
        parsed = [parse_cue(cue) for cue in cues]
        plain |= _plain_compounds(parsed, plain)
        weak |= _NEGATIONS | plain
        lesson = is_lesson(point)
        for sentence in sentences:
            if lesson and not looks_back(sentence.order, sentence.words):
                continue
            matches = [_cue_hits(words, sentence, plain) for words in parsed]
            shown = [s for g in matches for s in sorted(g)]
            if (read_back or _echoes(sentence.content, echo)) and not says_more(
                (sentence,), echo | asked, matches, weak
            ):
                continue
            if not enough(matches, own | sentence.counted, weak):
                shown = _said_otherwise(parsed, matches, sentence, plain, weak)
            if shown:
                return KeyPointCoverage(point, True, _as_words(shown, sentence))
        return KeyPointCoverage(point, False, ())
    needed = _content_stems(point, stopwords, rubric=True)
    named = frozenset(needed) - _RUBRIC_STEMS
    if not needed:
        return KeyPointCoverage(point, False, ())
    groups = synonym_groups()
    phrases = synonym_phrases()
    concepts = [groups.get(s, frozenset()) | {s} for s in needed]
    share = max(1, math.ceil(SHARE * len(concepts)))
    for window in _windows(sentences):
        content = frozenset().union(*(s.content for s in window))
        # Matches count only in sentences that are not the rubric read back, even when the
        # next sentence says something of its own.
        saying = [s for s in window if not _echoes(s.content, echo, READ_BACK_SHARE)]
        stems = frozenset().union(*(s.stems for s in saying))
        said = frozenset().union(*(s.content for s in saying))
        counted = frozenset().union(*(s.counted for s in saying))
        # A point word that is itself a stopword ("did" in "what you did") is looked up
        # among every word; the others only among words with a meaning.
        hits: list[str | None] = [
            next(iter(sorted(c & (stems if word in plain else said), key=_specific_first)), None)
            for word, c in zip(needed, concepts, strict=True)
        ]
        # A phrase ("next year") is said in a row in one sentence and is specific by itself,
        # so it stands in for a word that is missing or everyday ("instead").
        hits = [
            _phrase_hit(phrases.get(word, frozenset()), saying) or hit
            if hit is None or not is_specific(hit, own | counted)
            else hit
            for word, hit in zip(needed, hits, strict=True)
        ]
        found = [h for h in hits if h is not None]
        if len(found) < share:
            continue
        vouching = own | counted | (named & asked)
        if not enough((frozenset({h}) for h in found), vouching, asked - named):
            continue
        novel = {s for s in content - echo if not s.isdigit()}
        more = says_more(window, echo | asked, hit_groups(found), asked | plain | WEAK_CUE_WORDS)
        # A figure, a name or the point in other words is substance a short sentence may
        # carry in fewer words: "my plan is to shadow Priya on the early shift".
        if len(novel) >= SUBSTANCE - (SUBSTANCE_SAID if more else 0) and (
            more or not (read_back or _echoes(content, echo))
        ):
            words = {k: v for s in window for k, v in s.words.items()}
            matched = tuple(dict.fromkeys(words.get(h, h) for h in found))
            return KeyPointCoverage(point, True, matched)
    return KeyPointCoverage(point, False, ())


_RUBRIC_STEMS = frozenset(stem(word) for word in RUBRIC_WORDS)
_NEGATIONS = frozenset(
    stem(word)
    for word in ("not", "no", "never", "don't", "didn't", "wouldn't", "won't", "can't", "cannot")
)


def _said_otherwise(
    parsed: Sequence[tuple[frozenset[str], ...]],
    matches: Sequence[frozenset[str]],
    sentence: Sentence,
    plain: frozenset[str],
    weak: frozenset[str],
) -> list[str]:
    """The words that show a point when a cue is said in a synonym, or none.

    A cue that did not match as worded may be said in another word of its group in
    ``data/synonyms.txt`` ("livid" for "upset"): such a word is no everyday or weak one, and
    shows the point only beside a cue that matched as worded in the same sentence, so the
    two vouch for each other.
    """
    # A word the question used, or a weak one, is read back, not said: it backs no synonym.
    direct = frozenset[str]().union(*matches) - weak
    if not direct:
        return []
    widened = {
        s
        for words, hit in zip(parsed, matches, strict=True)
        if not hit
        for s in _cue_hits(widen(words), sentence, plain)
        if s not in direct | weak | plain and s not in general_stems()
    }
    return sorted(direct) + sorted(widened) if widened else []


def _plain_compounds(
    parsed: Sequence[tuple[frozenset[str], ...]], plain: frozenset[str]
) -> frozenset[str]:
    """The compound alternatives of ``parsed`` cues made only of stopwords ("at-all").

    Not of :data:`_FUNCTION_LIKE`: "one-to-one" and "no-one" say more than their parts.
    """
    stop = plain - _FUNCTION_LIKE
    return frozenset(
        alt
        for words in parsed
        for alts in words
        for alt in alts
        if "|" in alt and all(part in stop for part in compound_parts(alt))
    )


def _phrase_hit(phrases: frozenset[tuple[str, ...]], sentences: Sequence[Sentence]) -> str | None:
    """The first of ``phrases`` said in a row in one of ``sentences``, as said."""
    for entry in sorted(phrases):
        for sentence in sentences:
            if (said := sentence.phrase(entry)) is not None:
                return said
    return None


def _specific_first(stem_: str) -> tuple[bool, str]:
    return (not is_specific(stem_), stem_)


def _cue_hits(
    words: tuple[frozenset[str], ...], sentence: Sentence, plain: frozenset[str]
) -> frozenset[str]:
    """The stems by which one cue (its ``words``) matches ``sentence``; empty if it does not.

    A one-word cue gives one stem, a specific one when it can; stopwords ("this" in "this
    role") are left out, as they show nothing. A cue met only through stopwords ("both",
    "because", "should have") is met by sentences about anything: it gives one stem, which
    :func:`detect` counts as weak, so it may back another cue ("that's the same job") but
    never shows a point by itself.
    """
    if not words:
        return frozenset()
    # A stopword alternative ("along") gives way to a word with a meaning ("anywhere").
    hits = [
        sorted(_said(alts, sentence), key=lambda s: (s in plain, *_specific_first(s)))
        for alts in words
    ]
    if not all(hits):
        return frozenset()
    return frozenset(h[0] for h in hits if h[0] not in plain) or frozenset(hits[0][:1])


def _said(alternatives: frozenset[str], sentence: Sentence) -> frozenset[str]:
    """The alternatives of one cue word that ``sentence`` says: plain words by their stem,
    compounds ("one to one") by their parts in a row or as one word."""
    found = alternatives & sentence.stems
    compounds = _compounds(alternatives)
    if not compounds:
        return found  # the common case, kept cheap
    return found | {a for a in compounds if compound_hit(a, sentence) is not None}


@functools.lru_cache(maxsize=4096)
def _compounds(alternatives: frozenset[str]) -> tuple[str, ...]:
    return tuple(a for a in alternatives if "|" in a)


def _as_words(stems: Sequence[str], sentence: Sentence) -> tuple[str, ...]:
    said = (sentence.words.get(s) or compound_hit(s, sentence) for s in stems)
    return tuple(dict.fromkeys(word for word in said if word))


def _echoes(content: frozenset[str], echo: frozenset[str], share: float = ECHO_SHARE) -> bool:
    """Whether more than ``share`` of a sentence's words are key-point words."""
    return len(content & echo) > share * len(content)


def _windows(sentences: Sequence[Sentence]) -> list[tuple[Sentence, ...]]:
    windows: list[tuple[Sentence, ...]] = [(s,) for s in sentences]
    windows.extend(itertools.pairwise(sentences))
    return windows


def echo_stems(points: Sequence[str], stopwords: frozenset[str]) -> frozenset[str]:
    """The stems of every key point's content words: what an answer may read back."""
    return frozenset(s for point in points for s in _content_stems(point, stopwords))


# The words that frame a question ("Tell me about a time…", "Describe a situation…", "Give
# an example…"): they ask for a story, they do not say what it is about, so an answer's "I
# had to tell her" is said, not read back.
_FRAMING_STEMS = frozenset(
    stem(word) for word in ("tell", "describe", "give", "example", "time", "walk")
)


def question_stems(question: str, stopwords: frozenset[str]) -> frozenset[str]:
    """The stems of the question's words with a meaning: an answer that reads them back
    ("I pushed back on senior leaders") has not yet said anything about a key point."""
    words = tokenise(question).words
    return frozenset(stem(w) for w in words if w not in stopwords) - _FRAMING_STEMS


def coverage(
    answer_tokens: Tokens,
    points: Sequence[str],
    cues: Sequence[Sequence[str]],
    stopwords: frozenset[str],
    episode: bool = True,
    star: Mapping[str, bool] | None = None,
    question: str = "",
) -> tuple[KeyPointCoverage, ...]:
    """Coverage of every key point; ``cues`` is aligned with ``points`` (or empty).

    ``episode`` False (a past-behaviour question answered with a habit or a plan) limits
    coverage to points about method: "the disagreement" or "how it was resolved" needs the
    real story, "how you prioritised the work" can be answered with an approach. ``star``
    (the STAR parts of a past-behaviour answer) decides the points that name a part.
    """
    sentences = split_sentences(answer_tokens, stopwords)
    echo = echo_stems(points, stopwords)
    asked = question_stems(question, stopwords)
    stuffing = stuffed(answer_tokens, echo | asked, stopwords)
    if stuffing == "yes":
        return tuple(KeyPointCoverage(point, False, ()) for point in points)
    orders = [sentence.order for sentence in sentences]
    flat = one_line(answer_tokens.text)  # for the checks' patterns of words in a row
    found = []
    for index, point in enumerate(points):
        if not episode and not is_method(point):
            found.append(KeyPointCoverage(point, False, ()))
            continue
        point_cues = cues[index] if index < len(cues) else ()
        detected = detect(point, point_cues, sentences, echo, stopwords, asked, stuffing == "short")
        detected = by_kind(point, detected, answer_tokens, asked, stopwords)
        detected = checked(point, detected, flat, orders)
        part = star_part_of(point) if star is not None else None
        if part is not None and star is not None and detected.covered != star[part]:
            detected = KeyPointCoverage(point, star[part], ())
        found.append(detected)
    return tuple(found)
