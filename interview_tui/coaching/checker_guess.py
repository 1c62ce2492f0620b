"""Leading questions recognised from their grammar: guesses put up for a nod.

Besides the phrase list (``data/leading.txt``), tag questions and loaded words, a question
leads when its form presupposes the answer:

* **a negative question**: "Don't you find the commute exhausting?", "Isn't it obvious
  that…?", "Didn't you hate the night shifts?": the negation tells the other person which
  answer is expected;
* **a statement with a question mark**: "You must get a lot of satisfaction from it?", "I bet
  the first year was hard?", "I expect you found the move difficult?", "No doubt you've had
  difficult parents?": the asker states the answer and asks for a nod. Such a sentence opens
  with a subject ("I", "you", "it's", "the hospital…") or a stance word ("surely",
  "obviously", "no doubt") and no clause of it asks (no what/how/why, no "did you…").

* **a tag after a statement**: "…, right?", "…, isn't it?", "…, wouldn't you say?", and a
  stance put last: "…these days, I'd imagine?", "…, surely?", "…for good, then?". An
  afterthought after the tag ("…, doesn't it, honestly?") leaves it a tag.

A statement that sets the scene before a question ("You mentioned the commute. How do you
make it work?") ends with a full stop, and a courtesy before an open question ("I imagine
you've been asked this, but what drew you to it?") has a question clause, and a wish in
statement form ("I'd love to hear about your first year?") asks for an account: none
leads.
"""

from __future__ import annotations

import dataclasses

from interview_tui.coaching.checker_base import WHY, QuestionFlag, Sentence, skip_openers
from interview_tui.coaching.checker_words import (
    AUX,
    NEGATIVE_AUX,
    PRONOUNS,
    STANCE_TAGS,
    SUBJECTS,
    TAG_WORDS,
    TRAILING_COMMA,
    WH,
    WH_CONTRACTED,
)
from interview_tui.coaching.wordlists import Tokens

# Words a statement opens with: a subject ("you must…", "it's…") or a stance on its truth.
_STATEMENT_OPENERS = frozenset(
    {
        "i",
        "i'm",
        "i'd",
        "i've",
        "you",
        "you're",
        "you'd",
        "you've",
        "you'll",
        "we",
        "we're",
        "it",
        "it's",
        "that",
        "that's",
        "there's",
        "they",
        "they're",
        "he",
        "she",
        "he's",
        "she's",
        "surely",
        "obviously",
        "clearly",
        "presumably",
        "doubtless",
        "no",
    }
)
_NO_DOUBT = ("no", "doubt")
# What follows "X's" when it states what X is: "a", "the", "really", "not"…
_PREDICATE_START = frozenset(
    {"a", "an", "the", "really", "just", "always", "never", "not", "so", "all", "pretty", "quite"}
    | {"very", "basically", "mostly", "only", "still", "clearly", "obviously", "surely"}
)
_IS = frozenset({"is", "are", "was", "were"})
_REDUCING = frozenset({"basically", "just", "essentially", "effectively", "simply", "mostly"})
_REDUCING |= frozenset({"mainly", "largely", "nothing", "little", "only", "really"})
# A wish or curiosity in statement form asks for an account, not for agreement.
_FIRST_PERSON = frozenset({"i", "i'd", "i'm", "i've", "we", "we'd", "we're"})
_WISH = frozenset({"love", "like", "curious", "wonder", "wondering", "interested", "keen"})


def negative_question(tokens: Tokens, sentence: Sentence) -> bool:
    """Whether ``sentence`` is a negative question: "Don't you think…?", "Isn't it…?"."""
    if sentence.mark != "?":
        return False
    words = tokens.words
    first = skip_openers(words, sentence.first, sentence.stop)
    return (
        first + 1 < sentence.stop and words[first] in NEGATIVE_AUX and words[first + 1] in SUBJECTS
    )


def stated_guess(tokens: Tokens, sentence: Sentence, clause_starts: list[int]) -> bool:
    """Whether ``sentence`` is a statement put up for a nod (see the module docstring).

    ``clause_starts`` are where its clauses begin; none may be a question of its own.
    """
    if sentence.mark != "?" or sentence.stop - sentence.first < 3:
        return False
    words = tokens.words
    first = skip_openers(words, sentence.first, sentence.stop)
    opener = words[first]
    if not (
        opener in _STATEMENT_OPENERS
        # "Teaching's a vocation, really?": a noun and "'s" stating what something is.
        or (
            opener.endswith("'s")
            and opener not in WH_CONTRACTED
            and first + 1 < sentence.stop
            and words[first + 1] in _PREDICATE_START
        )
        # "Someone with your energy must love a busy Saturday?": "must" as a conclusion
        # drawn for the other person, after a subject of any length.
        or (opener not in AUX and opener not in WH and "must" in words[first + 1 : sentence.stop])
        # "Night work is basically babysitting?": a subject of any length, then a verdict
        # that reduces it to one thing.
        or (
            opener not in AUX
            and opener not in WH
            and any(
                words[i] in _IS and words[i + 1] in _REDUCING
                for i in range(first + 1, sentence.stop - 2)
            )
        )
    ):
        return False
    if opener == "no" and tuple(words[first : first + 2]) != _NO_DOUBT:
        return False
    if opener in _FIRST_PERSON and _WISH.intersection(words[first : first + 4]):
        return False  # "I'd love to hear about…?", "I'm curious about…?": a request
    return not any(
        words[start] in WH or words[start] in WH_CONTRACTED or words[start] in AUX
        for start in clause_starts[1:]
    ) and not any(word in WH or word in WH_CONTRACTED for word in words[first : sentence.stop])


# Adverbs tacked on after a tag, which leave it a tag: "…, isn't it, really?".
_AFTERTHOUGHTS = frozenset({"really", "honestly", "though", "surely", "then"})


def tag_index(tokens: Tokens, sentence: Sentence) -> int | None:
    """Where a tag such as ", right?" or ", isn't it?" starts, if the question ends in one."""
    words = tokens.words
    last = sentence.stop - 1
    if (
        sentence.mark == "?"
        and words[last] in _AFTERTHOUGHTS
        and last - 2 > sentence.first
        and TRAILING_COMMA.search(tokens.gap(last))
    ):
        inner = _plain_tag(tokens, dataclasses.replace(sentence, stop=last))
        if inner is not None:
            return inner
    return _plain_tag(tokens, sentence)


def _plain_tag(tokens: Tokens, sentence: Sentence) -> int | None:
    words = tokens.words
    last = sentence.stop - 1
    if sentence.mark == "":
        # "it doesn't really pay, does it" typed without its question mark: only a statement
        # ended by a plain tag counts, since a question being typed has no tag yet.
        return _bare_tag(tokens, sentence)
    if sentence.mark != "?":
        return None
    stance = _stance_tag(tokens, sentence)
    if stance is not None:
        return stance
    long_tag = _judged_tag(tokens, sentence)
    if long_tag is not None:
        return long_tag
    if words[last] in TAG_WORDS:
        tag = last
    elif (
        words[last] in PRONOUNS
        and last - 1 > sentence.first
        and (words[last - 1] in NEGATIVE_AUX or words[last - 1] in AUX)
        and tokens.joined(last)
    ):
        tag = last - 1  # ", isn't it?", and after a negative statement ", would you?"
    elif (
        last - 2 > sentence.first
        and words[last - 2] in NEGATIVE_AUX
        and words[last - 1] in PRONOUNS
        and words[last] in ("say", "agree", "think")
    ):
        tag = last - 2  # "…, wouldn't you say?"
    else:
        return None
    if tag == sentence.first or not TRAILING_COMMA.search(tokens.gap(tag)):
        return None
    return tag


# "…, isn't that fair to say?", "…, would that be fair?": a tag that asks whether the
# statement is fair, true or right.
_TAG_TAIL = frozenset(
    {"fair", "to", "say", "true", "right", "so", "the", "case", "accurate", "be", "correct"}
    | {"a", "way", "of", "putting", "it", "reasonable", "about", "not"}
)
# What the tag asks the statement to be: "…, isn't that so?", "…, would that be fair?".
_JUDGED = frozenset({"fair", "true", "right", "accurate", "correct", "reasonable", "so"})
_TAG_SUBJECTS = frozenset({"that", "it", "this"})


def _judged_tag(tokens: Tokens, sentence: Sentence) -> int | None:
    words = tokens.words
    for tag in range(max(sentence.first + 2, sentence.stop - 7), sentence.stop - 2):
        if (
            words[tag] in AUX
            and words[tag + 1] in _TAG_SUBJECTS
            and _TAG_TAIL.issuperset(words[tag + 2 : sentence.stop])
            and _JUDGED.intersection(words[tag + 2 : sentence.stop])
            and TRAILING_COMMA.search(tokens.gap(tag))
            and _is_statement(words, sentence)
        ):
            return tag
    return None


def _bare_tag(tokens: Tokens, sentence: Sentence) -> int | None:
    words = tokens.words
    last = sentence.stop - 1
    tag = last - 1
    if (
        tag > sentence.first + 1
        and words[last] in PRONOUNS
        and words[tag] in AUX
        and tokens.joined(last)
        and TRAILING_COMMA.search(tokens.gap(tag))
        and _is_statement(words, sentence)
        and any(word in NEGATIVE_AUX for word in words[sentence.first : tag])
        != (words[tag] in NEGATIVE_AUX)
    ):
        return tag
    return None


def _is_statement(words: tuple[str, ...], sentence: Sentence) -> bool:
    opener = words[skip_openers(words, sentence.first, sentence.stop)]
    return not (opener in WH or opener in WH_CONTRACTED or opener in AUX)


# How many words a stance tag may run to ("…, correct me if I'm wrong?" has five).
_TAG_SIZES = sorted({len(tag) for tag in STANCE_TAGS})


def _stance_tag(tokens: Tokens, sentence: Sentence) -> int | None:
    """Where a stance tag starts after a statement: "…these days, I'd imagine?", "…, surely?",
    "…for good, then?". After a question of its own ("What would you do, then?") a tag asks
    nothing more, so only a statement counts."""
    words = tokens.words
    opener = words[skip_openers(words, sentence.first, sentence.stop)]
    if opener in WH or opener in WH_CONTRACTED or opener in AUX:
        return None
    for size in _TAG_SIZES:
        tag = sentence.stop - size
        if (
            tag > sentence.first + 1
            and tuple(words[tag : sentence.stop]) in STANCE_TAGS
            and TRAILING_COMMA.search(tokens.gap(tag))
        ):
            return tag
    return None


def tag_flag(tokens: Tokens, sentence: Sentence, tag: int) -> QuestionFlag:
    comma = tokens.text.rindex(",", 0, tokens.starts[tag])
    return QuestionFlag(
        "leading",
        comma,
        sentence.end,
        WHY["leading"],
        "Drop the tag and ask for their view: 'How did you see it?' or 'What was your "
        "experience of…?'",
    )
