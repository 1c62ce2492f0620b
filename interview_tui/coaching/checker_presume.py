"""Premises built into an open question: the ``leading`` rule's class-level detector.

:mod:`interview_tui.coaching.checker_premise`, :mod:`~interview_tui.coaching.checker_loaded`
and :mod:`~interview_tui.coaching.checker_slant` know loaded words and set phrases. This
module knows where a judgement word (:mod:`interview_tui.coaching.checker_judgement`)
turns a how, what or why question into a leading one: where the question takes the
judgement as given and asks about something else, rather than asking for it.

Presupposed (leading):

* a condemning word in a definite noun phrase: "How do you deal with the dreadful pay?",
  "What drove you out of that incompetent agency?";
* a degree settled on a judgement: "…a firm that treats staff so badly", "…a team this
  lazy?", "…a salary that low?";
* a burden named in what the listener copes with or endures: "How do you stomach the
  politics?", "How do you keep smiling through the tedium?";
* a feeling attributed to the listener, only its size asked: "How proud are you of…?",
  "How sick are you of…?", "How long did it take you to get fed up with…?";
* a judgement in an opening premise: "Given how outdated the kit is, …", "With your
  talent, …", "With hands like yours, …";
* the reason asked for a verdict: "Why is retail badly managed?", "Why does the public
  undervalue carers?";
* a verdict the listener is said to have realised: "When did you realise it was a dead
  end?";
* praise as a premise: "…work for the best firm in the city?", "…a team that's already
  the best in the region?", "…our first-rate kit?".

Open (not flagged): a judgement asked for ("How hard is it to…?", "What's the most
pointless rule you've seen?", "Which is the most rewarding?"), a hypothetical ("What would
you do if a client were so rude that…?"), a rumour or a view put up to be tested ("I've
heard it's a thankless job; how true is that?", "Why do people call it thankless?"), and a
balanced choice ("…dreadful or just misunderstood?").
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from interview_tui.coaching.checker_base import WHY, QuestionFlag, Sentence
from interview_tui.coaching.checker_judgement import (
    ARTICLE,
    ASKING,
    BAD_MANNER,
    DECLINE,
    FEELINGS,
    INTENSIFIERS,
    MILD,
    PRAISE,
    VERDICT_NOUNS,
    VERDICTS,
    WH_WORDS,
    WORN,
    Entry,
    Span,
    first_word,
    longest,
    skip_intensifiers,
)
from interview_tui.coaching.checker_presume_clauses import (
    OPENING,
    opening_premise,
    ranked,
    realised,
    why_verdict,
)
from interview_tui.coaching.wordlists import Tokens

SUGGESTION = (
    "Leave your verdict out and let them give theirs: 'What is the pay like?' or "
    "'How do you find…?'"
)

# Determiners that point at a thing both sides know: the listener's pay, their agency.
_DEFINITE = frozenset({"the", "that", "those", "this", "these", "your", "their", "its"})
_DEFINITE |= frozenset({"his", "her", "our", "such", "all"})
# Words that make what follows a supposition, not a fact: "…if a client is so rude…".
_SUPPOSING = frozenset({"if", "whether", "whenever", "suppose", "supposing", "imagine", "say"})
_SUPPOSING |= frozenset({"unless", "once", "ever", "until", "should", "might", "were"})
# Words that put a claim up to be tested or report someone else's: "I've heard…", "Is it
# true…", "…people call it thankless".
_TESTED = frozenset(
    {"heard", "hear", "told", "say", "says", "said", "saying", "rumour"}
    | {"rumours", "rumor", "rumors", "myth", "myths", "stereotype", "stereotypes", "true"}
    | {"accurate", "exaggerated", "fair", "call", "calls", "called", "describe", "describes"}
    | {"described", "label", "labels", "labelled", "perceived", "perception", "image"}
    | {"cliché", "cliche", "overblown", "overstated", "unfair", "deserved", "justified"}
)
# Someone else's view, reported: "Why do people think it's thankless?".
_OTHERS = frozenset(
    {"people", "others", "everyone", "everybody", "folk", "outsiders", "friends", "critics"}
    | {"some", "many", "they", "public", "media", "press", "newcomers", "students"}
)
_THINK = frozenset(
    {"think", "thinks", "find", "finds", "see", "sees", "feel", "feels", "believe"}
    | {"believes", "assume", "assumes", "imagine", "imagines", "expect", "expects", "worry"}
)
# A balanced pair or a choice: "…dreadful or just misunderstood?".
_BALANCE = frozenset({"or", "versus", "vs", "whereas", "while", "others", "some"})
_BE = frozenset({"is", "are", "was", "were", "'s", "'re", "be", "been", "being", "get", "got"})
_BE |= frozenset({"gets", "getting", "seem", "seems", "seemed", "become", "became", "remain"})
_YOU = frozenset({"you", "you're", "you've", "you'd", "you'll", "u", "ya"})
_MAKE = frozenset({"make", "makes", "made", "making", "leave", "leaves", "left"})
_FEEL = frozenset({"feel", "felt", "feeling", "get", "got", "getting", "become", "became"})
_DO = frozenset({"do", "did", "does", "have", "has", "had", "can", "can't", "could"})
_ADVERBS = frozenset({"still", "ever", "possibly", "even", "honestly", "actually", "really"})
_ADVERBS |= frozenset({"just", "even", "ever", "personally", "now", "all"})
# Enduring presupposes a burden: "How do you stomach the politics?".
_ENDURE = frozenset({"stand", "stomach", "tolerate", "endure", "abide", "bear", "hack"})
_NOT_ENDURED = frozenset({"out", "up", "on", "in", "by", "back", "apart", "firm", "your"})
_NOT_ENDURED |= frozenset({"with", "fruit", "down", "aside", "still", "over", "to", "for"})
# What the listener copes with, gets through or escapes: the object of these is a burden.
_COPING: frozenset[Entry] = frozenset(
    {("cope", "with"), ("coping", "with"), ("deal", "with"), ("dealing", "with")}
    | {("live", "with"), ("living", "with"), ("get", "through"), ("getting", "through")}
    | {("got", "through"), ("put", "up", "with"), ("putting", "up", "with"), ("through",)}
    | {("despite",), ("amid",), ("amidst",), ("handle",), ("handling",), ("escape",)}
    | {("escaped",), ("survive",), ("survived",), ("surviving",), ("rise", "above")}
    | {("switch", "off", "from"), ("get", "away", "from"), ("got", "away", "from")}
    | {
        (
            "get",
            "past",
        ),
        ("sit", "through"),
        ("sat", "through"),
        ("wade", "through"),
    }
)


def presumed(tokens: Tokens, sentence: Sentence) -> list[QuestionFlag]:
    """At most one ``leading`` flag for a judgement a question takes as given."""
    if sentence.mark not in ("?", ""):
        return []
    part = tokens.words[sentence.first : sentence.stop]
    if len(part) < 3 or not _TESTED.isdisjoint(part) or not _BALANCE.isdisjoint(part):
        return []
    if any(a in _OTHERS and b in _THINK for a, b in itertools.pairwise(part)):
        return []
    first = first_word(part)
    if part[first] not in WH_WORDS and part[first] not in OPENING:
        # A yes/no question asks whether; only an open one takes a judgement as given, or
        # one that states it first ("Your team is brilliant, so what's the secret?").
        span = opening_premise(tokens, sentence, part)
        return [] if span is None else [_flag(tokens, sentence, part, span)]
    for find in _FINDERS:
        span = find(tokens, sentence, part)
        if span is not None:
            return [_flag(tokens, sentence, part, span)]
    return []


def _flag(tokens: Tokens, sentence: Sentence, part: tuple[str, ...], span: Span) -> QuestionFlag:
    start = tokens.starts[sentence.first + span[0]]
    end = tokens.ends[sentence.first + min(span[1], len(part)) - 1]
    return QuestionFlag("leading", start, end, WHY["leading"], SUGGESTION)


def _supposed(part: tuple[str, ...], at: int, when: bool = False) -> bool:
    """Whether the word at ``at`` sits in a supposition: "…if the pay is so low…" (and with
    ``when``, "…when you get sick of it…")."""
    first = first_word(part)
    before = part[first + 1 : at]
    return not _SUPPOSING.isdisjoint(before) or (when and "when" in before)


# "…know that bad news…": "that" after these opens a clause, it does not measure.
_VERBS_BEFORE_THAT = frozenset(
    {"know", "knew", "think", "thought", "say", "said", "believe", "realise", "realize"}
    | {"mean", "means", "meant", "feel", "felt", "find", "found", "hear", "heard", "is"}
    | {"are", "was", "were", "and", "but", "so", "of", "all", "like", "at", "in", "on"}
)
# Determiners before which praise is one's own or the listener's, not a category: "our
# brilliant team", "your amazing career", "such a brilliant place"; not "the excellent ones".
_PRAISED = frozenset({"such", "our", "your", "this", "that", "these", "those"})


def _definite_verdict(tokens: Tokens, sentence: Sentence, part: tuple[str, ...]) -> Span | None:
    """ "the dreadful pay", "that incompetent agency", "such a stingy council", "our
    brilliant team"."""
    for index, word in enumerate(part[:-2]):
        if word not in _DEFINITE:
            continue
        at = skip_intensifiers(part, index + 1, ARTICLE if word == "such" else frozenset())
        if part[at] in ASKING or part[at - 1] in ASKING:
            continue
        size = longest(VERDICTS, part, at) or (longest(PRAISE, part, at) if word in _PRAISED else 0)
        if size and at + size < len(part):
            return (index, at + size)
        if word == "such":
            size = longest(MILD, part, at) or longest(DECLINE, part, at)
            if size and at + size < len(part):
                return (index, at + size)
        size = longest(VERDICT_NOUNS, part, at)
        if size and word in ("such", "all", "that") and not _supposed(part, index):
            return (index, at + size)
    return None


def _settled_degree(tokens: Tokens, sentence: Sentence, part: tuple[str, ...]) -> Span | None:
    """ "…treats staff so badly", "…a team this lazy?", "…a salary that low?", "…something
    as thankless as claims"."""
    for index, word in enumerate(part[:-1]):
        if word not in ("so", "this", "that", "as"):
            continue
        at = skip_intensifiers(part, index + 1)
        size = (
            longest(VERDICTS, part, at)
            or longest(MILD, part, at)
            or longest(BAD_MANNER, part, at)
            # "…a team as brilliant as ours?": praise settled by comparison.
            or (longest(PRAISE, part, at) if word == "as" else 0)
            # "…a charity that pays so little?": what it pays is settled.
            or (1 if part[at] == "little" and part[index - 1] in _PAYS else 0)
        )
        if not size or (index and part[index - 1] in ("not", "n't")) or _supposed(part, index):
            continue
        if word == "as":
            if part[at + size : at + size + 1] != ("as",) or not (
                longest(VERDICTS, part, at) or longest(PRAISE, part, at)
            ):
                continue
        elif word == "so" and part[index - 1 : index] == ("as",):
            continue
        elif word != "so":
            # "this lazy?" or "that low, how…?" judges; "this difficult client" points.
            after = sentence.first + at + size
            if after < sentence.stop and tokens.joined(after) and part[at + size] not in WH_WORDS:
                continue
            if index == 0 or part[index - 1] in _VERBS_BEFORE_THAT:
                continue
        return (index, at + size)
    return None


def _endured(tokens: Tokens, sentence: Sentence, part: tuple[str, ...]) -> Span | None:
    """ "How do you stomach the politics?", "How can you stand it?"."""
    for index in range(len(part) - 3):
        if part[index] != "how" or part[index + 1] not in _DO or part[index + 2] != "you":
            continue
        verb = index + 3
        while verb < len(part) - 1 and part[verb] in _ADVERBS:
            verb += 1
        if part[verb] in _ENDURE and (verb + 1 >= len(part) or part[verb + 1] not in _NOT_ENDURED):
            return (verb, verb + 1)
    return None


def _burden(tokens: Tokens, sentence: Sentence, part: tuple[str, ...]) -> Span | None:
    """ "How do you keep smiling through the tedium?", "…cope with all the box-ticking?"."""
    for index in range(len(part) - 2):
        size = longest(_COPING, part, index)
        if not size:
            continue
        at = index + size
        if at + 1 < len(part) and part[at] == "how" and not _supposed(part, index):
            # "How do you cope with how boring audit is?": the degree is given.
            found = longest(MILD, part, at + 1) or longest(VERDICTS, part, at + 1)
            if found:
                return (index, at + 1 + found)
        if at < len(part) and part[at] in _DEFINITE:
            at += 1
            while at < len(part) - 1 and (part[at] in INTENSIFIERS or part[at] == "the"):
                at += 1
            noun = longest(VERDICT_NOUNS, part, at) or longest(VERDICTS, part, at)
            if noun and not _supposed(part, index):
                return (index, at + noun)
    return None


def _felt(tokens: Tokens, sentence: Sentence, part: tuple[str, ...]) -> Span | None:
    """ "How proud are you of…?", "How angry does it make you…?", "…get sick of…?"."""
    for index in range(len(part) - 2):
        if part[index] == "how" and part[index + 1] in FEELINGS:
            skip = 3 if part[index + 1 : index + 3] == ("fed", "up") else 2
            after = part[index + skip : index + skip + 4]
            said = (
                after[:2] in _TO_YOU
                or (len(after) > 2 and after[0] in _DO and after[2] in _MAKE and "you" in after)
                or (len(after) > 2 and after[0] in _DO and after[1] == "you" and after[2] in _FEEL)
            )
            if said:
                return (index, index + skip)
        if part[index] in WORN and _supposed(part, index, when=True):
            continue
        if part[index] in WORN and part[index + 1] in _STIFF:
            return (index, index + 2)
        if part[index] in WORN and tuple(part[index + 1 : index + 3]) in _IDIOMS:
            return (index, index + 3)
        if (
            part[index] in WORN
            and part[index + 1] in ("of", "with", "up")
            and not _YOU.isdisjoint(part[max(0, index - 5) : index])
            and not _ASKED.intersection(part[index + 2 : index + 4])
        ):
            return (index, index + 2)
    return None


_TO_YOU = frozenset(
    (be, you) for be in ("are", "were", "was", "have", "had") for you in ("you", "ya")
) | frozenset({("'re", "you")})
# "bored stiff", "sick to death of": worn down, whoever it is said of.
_IDIOMS = frozenset({("to", "death"), ("to", "tears")})
_STIFF = frozenset({"stiff", "senseless", "rigid"})
# "tired of being asked" is a courtesy about the question, not a verdict on the work.
_ASKED = frozenset({"asked", "asking", "hearing", "this", "that", "me", "people"})


_PAYS = frozenset({"pay", "pays", "paid", "earn", "earns", "earned", "earning", "get", "gets"})

_FINDERS: tuple[Callable[[Tokens, Sentence, tuple[str, ...]], Span | None], ...] = (
    _definite_verdict,
    _settled_degree,
    _endured,
    _burden,
    _felt,
    opening_premise,
    why_verdict,
    realised,
    ranked,
)
