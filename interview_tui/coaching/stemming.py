"""A small English stemmer, so that "led", "leading" and "leadership" can meet.

Written for interview answers rather than search: it errs on the side of leaving a word
alone, because a wrong merge ("moment" with "mom") makes coaching say something false.
"""

from __future__ import annotations

import functools
import re

_LETTER = re.compile(r"[^\W\d_]")


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
# Short words that losing their final "e" would turn into another word ("one" into "on", so
# that "one time" read as "on time"), or a plural-looking word into another ("news", "new"),
# or a comparative into another word ("later" is not "late": "we talked later" is not "late"),
# or a verb into a function word ("offer" is not "off", which undoubled is "of": "this role
# offers training" must not be met by every "of"), or a function word into another ("off"
# undoubled is "of"). Their inflections stop at them too. So do words whose suffix, taken off,
# leaves an unrelated word: an adverb that means something else than its base ("likely" is not
# "like", "hardly" not "hard", "early" not "ear"), a noun whose doubled letter makes it look
# like a comparative ("summer" is not "sum", "letter" not "let", "matter" not "mat"), and a noun
# whose verb means something else ("housing" is not "housed", "the figures" are not "I figured
# it out"), or a compound whose end looks like a suffix ("teammate" is not "team" + "-ate").
_WHOLE = frozenset(
    {
        "one", "news", "later", "offer",
        "off", "likely", "unlikely", "hardly", "lately", "shortly", "barely", "early", "lovely",
        "summer", "letter", "matter", "manner", "dinner", "banner", "better", "housing",
        "figure", "teammate",
    }
)  # fmt: skip
# Function words a content word can be stemmed onto ("note" onto "not", "use" onto "us",
# "evening" onto "even", "owner" onto "own", "theme" onto "them", "offence" onto "of",
# "bother" onto "both"). Such a word keeps a stem of its own, marked so that no function
# word meets it: forms of the word still meet each other ("notes", "noted"), but "I did not"
# no longer says "I took notes", and a cue "use" is no longer met by every "us".
_FUNCTION_WORDS = frozenset(
    {
        "a", "an", "the", "all", "any", "both", "each", "few", "more", "most", "much", "no",
        "not", "own", "same", "some", "such", "i", "me", "my", "we", "us", "our", "you",
        "he", "him", "his", "she", "her", "it", "its", "they", "them", "their", "there",
        "here", "who", "what", "when", "where", "why", "how", "be", "is", "am", "are", "was",
        "do", "did", "has", "had", "can", "may", "at", "by", "for", "from", "in", "into",
        "near", "of", "off", "on", "out", "over", "to", "up", "with", "and", "but", "or",
        "nor", "so", "if", "as", "than", "then", "too", "very", "once", "even", "ever",
        "still", "yet", "also", "only", "less", "lot",
    }
)  # fmt: skip
_OWN_STEM = "~"


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
    return _stem_whole(word, _WHOLE)


def _stem_whole(word: str, whole: frozenset[str]) -> str:
    word = word.removesuffix("'s").removesuffix("'").replace("'", "")
    if len(word) <= 2 or word in whole or not _LETTER.search(word):
        return word
    found = _stem(word, whole)
    if found != word and found in _FUNCTION_WORDS and word not in _FUNCTION_WORDS:
        return found + _OWN_STEM
    return found


def _stem(word: str, whole: frozenset[str]) -> str:
    for round_ in range(3):
        stripped = _strip_once(word, first=round_ == 0)
        if stripped is None:
            break
        word = stripped
        if word in whole:
            return word
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
