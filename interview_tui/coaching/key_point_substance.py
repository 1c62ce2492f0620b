"""Whether a sentence that uses the key points' own words also says something of its own.

A sentence more than a quarter key-point words is taken as the rubric read back ("I made
sure the other person's reasoning was fairly stated"), and its matches do not count. But a
short, natural sentence can use the rubric's words *with* substance: "my strength is that
I'm very thorough", "my plan to get up to speed is to shadow the night shift for 2 weeks",
"Deb and I shared the awkward hours". Such a sentence says more than the rubric when it
holds one of:

- a figure: a number written in digits, or a number word before a word with a meaning
  ("two weeks", "three plates");
- a name: a word written with a capital inside the sentence ("Deb", "Leicester", "Friday")
  that is not a key-point or question word;
- the point said in the answer's own words: a cue of the bank (or a synonym of the point's
  words) met with no key-point or question word, nor one of their family ("relevant" reads
  back "relevance"), in a word that shows something by itself (no everyday or weak word):
  "I'm very thorough" for "the strength", "genuinely excited" for "enthusiasm".

The same holds over the whole answer: an answer most of whose words are the key points' and
the question's covers no point (:func:`stuffed`). But a share of a handful of words tells
nothing: "My plan to get up to speed is to shadow the night shift for two weeks" is three
rubric words in eight. Each sentence of an answer that short is taken as read back, and
counts only if it says more: "I think my strengths are relevant to this role" does not.

Adjectives and adverbs of the rubric's kind ("fairly", "quickly", "happy", "confident")
are no substance: "we shared the awkward hours fairly and everyone was happy" is still read
back, and so is "I'll get up to speed quickly and put a plan in place".
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from interview_tui.coaching.key_point_evidence import is_specific
from interview_tui.coaching.key_point_sentences import Sentence
from interview_tui.coaching.stemming import stem
from interview_tui.coaching.wordlists import Tokens

# An answer more than this share of whose content words (counted each time) are the key
# points' and the question's own words reads them back: it covers no point, whatever a sentence
# matches ("we had a hard deadline that was fixed… the consequences afterwards were good").
# Measured on the labelled answers: every answer above a third covers nothing, real ones stay
# near a tenth.
STUFFED_SHARE = 0.35
# Below this many content words a share says nothing (one rubric word more or less moves it
# by a tenth): such an answer is judged sentence by sentence. The shortest stuffed answer
# labelled has sixteen.
STUFFED_LEAST_WORDS = 12


Stuffing = Literal["no", "short", "yes"]


def stuffed(tokens: Tokens, rubric: frozenset[str], stopwords: frozenset[str]) -> Stuffing:
    """Whether more than :data:`STUFFED_SHARE` of the answer's content words read back the
    key points or the question (``rubric``): "yes", or "short" when the answer is too short
    for a share to tell (then each sentence is taken as read back, and counts only if it
    says more), or "no"."""
    content = [stem(w) for w in tokens.words if w not in stopwords]
    if not content or sum(s in rubric for s in content) <= STUFFED_SHARE * len(content):
        return "no"
    return "short" if len(content) < STUFFED_LEAST_WORDS else "yes"


def says_more(
    sentences: Iterable[Sentence],
    rubric: frozenset[str],
    matched: Iterable[frozenset[str]],
    weak: frozenset[str],
) -> bool:
    """Whether ``sentences`` (one sentence, or a window of two) say more than the rubric.

    ``rubric`` holds the stems of every key point's and the question's words; ``matched``
    the stems by which each cue (or each word of the point) was met in these sentences;
    ``weak`` the stems that show nothing by themselves (stopwords, weak and question words).
    A cue counts as the point said in other words only when none of its stems is a rubric
    word: in "moved my car, for no real reason" the cue "reason left" is the rubric's
    "reason" with a word beside it, not a paraphrase.
    """
    if any(pinned(sentence, rubric) for sentence in sentences):
        return True
    return any(
        group
        and not any(_of_rubric(s, rubric) for s in group)
        and any(is_specific(s, frozenset(), weak) for s in group)
        for group in matched
    )


# Stems that share this many first letters are one word's family ("relevance" and
# "relevant", "protect" and "protection"): saying one reads the other back.
_FAMILY = 5


def _of_rubric(stem_: str, rubric: frozenset[str]) -> bool:
    """Whether ``stem_`` is a rubric word or of a rubric word's family."""
    if stem_ in rubric:
        return True
    head = stem_[:_FAMILY]
    return len(head) == _FAMILY and any(r.startswith(head) for r in rubric)


def pinned(sentence: Sentence, rubric: frozenset[str]) -> bool:
    """Whether ``sentence`` holds a figure, or a name that is not a ``rubric`` word."""
    return bool(sentence.figures) or any(not _of_rubric(s, rubric) for s in sentence.named)


def hit_groups(found: Iterable[str]) -> list[frozenset[str]]:
    """The stems of each word that met a point, as :func:`says_more` takes them: a stem, or
    a phrase as said ("put off")."""
    return [frozenset(stem(w) for w in h.split()) if " " in h else frozenset({h}) for h in found]
