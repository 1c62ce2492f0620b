"""The ``double`` rule: two questions asked as one.

Flagged: a direct question joined to a second one with "and", "plus" or "as well as" ("What
did you learn and how did you apply it?", "…, plus how do they…?"), or chained after a comma
("When did you last write SQL, how complex was the query, and who used the results?"), and
two asking sentences on one line ("Tell me about your last role. Why did you leave?";
:mod:`interview_tui.coaching.checker_double_lines`).

Not flagged, because each asks one thing: a reason probe after the question ("…? Why?",
"Why or why not?", "What makes you say that?", "If so, why?", "What happened?"), an
elliptical variant ("…in three years? Five years?"), an example list ("For example,
listening, patience…?"), a contrast that asks about one set from two sides ("Which parts do
you enjoy, and which do you put off?", "What's the best part, and what's the hardest?";
:mod:`interview_tui.coaching.checker_contrast`),
embedded clauses ("Do you remember what happened and why it failed?"), a context sentence
before the question, and requests that list what to cover ("Tell me about the project and
how you got it funded."). Each line is a question of its own, so a list of follow-ups on
separate lines is never one double question.
"""

from __future__ import annotations

from interview_tui.coaching.checker_base import (
    WHY,
    QuestionFlag,
    Sentence,
    is_polite,
    quote,
    skip_openers,
)
from interview_tui.coaching.checker_clauses import after_frame
from interview_tui.coaching.checker_contrast import APPRAISAL, one_set_at
from interview_tui.coaching.checker_words import (
    AUX,
    CONTRAST_WORDS,
    HOW_MUCH,
    IRREGULAR_PAST,
    NOT_A_VERB,
    OBJECTS,
    OPENING_ASKS,
    PRONOUNS,
    REASON_PROBES,
    REQUESTS,
    SUBJECTS,
    WH,
    WH_CONTRACTED,
)
from interview_tui.coaching.wordlists import Tokens


def is_probe(tokens: Tokens, sentence: Sentence) -> bool:
    """Whether ``sentence`` only asks for the reason or the rest of the same answer."""
    words = tokens.words[sentence.first : sentence.stop]
    while words and words[0] in ("and", "so", "but"):
        words = words[1:]
    return words in REASON_PROBES


def asks(tokens: Tokens, sentence: Sentence) -> bool:
    """Whether ``sentence`` asks something of its own (a question or a request).

    "Five years?" and "For example, listening?" lean on the sentence before; "The shifts
    include weekends." only sets the scene.
    """
    words = tokens.words
    # "Oh, and while I think of it, what's…?": the aside does not change what it asks.
    index = past_asides(tokens, skip_openers(words, sentence.first, sentence.stop), sentence.stop)
    if sentence.mark in ("?", ""):
        # "Working Sundays: how would that go down?": the question after its colon.
        index = next(
            (
                i
                for i in range(index + 1, min(sentence.stop, index + 6))
                if ":" in tokens.gap(i) and (words[i] in WH or words[i] in WH_CONTRACTED)
            ),
            index,
        )
    word = words[index]
    if is_request(words, index, sentence.stop):
        # "Tell me more about that." hands the turn back; the next question does the asking.
        return tuple(words[index : index + 3]) != ("tell", "me", "more")
    if sentence.mark not in ("?", ""):
        return False
    # "Got any kids of your own?": "have you got…" with the auxiliary dropped.
    return word in WH or word in WH_CONTRACTED or word in AUX or word in OPENING_ASKS


def is_request(words: tuple[str, ...], index: int, stop: int) -> bool:
    """Whether the clause at ``index`` asks for an account: "Tell me about…", "Describe…", or
    where to begin one: "Start with how you joined.", "Begin with why you left."."""
    if words[index] in REQUESTS:
        return True
    if words[index] in _THROUGH and words[index + 1 : index + 3] in _ME_THROUGH:
        return True  # "Take us through the launch.", "Run me through a typical day."
    return (
        words[index] in _BEGIN
        and index + 2 < stop
        and words[index + 1] == "with"
        and (words[index + 2] in WH or words[index + 2] in WH_CONTRACTED)
    )


_BEGIN = frozenset({"start", "begin"})
_THROUGH = frozenset({"take", "run", "talk", "walk", "lead", "guide", "step"})
_ME_THROUGH = frozenset({("me", "through"), ("us", "through")})


def _is_direct_question(tokens: Tokens, sentence: Sentence) -> bool:
    words = tokens.words
    index = skip_openers(words, sentence.first, sentence.stop)
    word = words[index]
    if word in WH or word in WH_CONTRACTED:
        return True
    return word in AUX and not is_polite(tokens, index, sentence.stop)


def _is_inverted(words: tuple[str, ...], index: int, stop: int) -> bool:
    """Whether the clause at ``index`` is itself a question ("when did you…", not "when you…")."""
    word = words[index]
    if word in WH_CONTRACTED or word in AUX:
        return True
    if word not in WH or index + 1 >= stop:
        return False
    if words[index + 1] in AUX:
        return True
    return index + 2 < stop and words[index + 2] in AUX


def _second_question_at(tokens: Tokens, index: int, stop: int) -> bool:
    """Whether the clause at ``index`` (after "and" or a comma) is a question of its own."""
    words = tokens.words
    word = words[index]
    nxt = words[index + 1] if index + 1 < stop else None
    if word in WH_CONTRACTED:
        return nxt is not None
    if word in WH:
        if nxt is None or nxt in ("not", "so", "exactly"):
            return False  # "…and why?" asks for the reason behind the same answer
        if nxt in AUX:
            return True  # inverted: "and how did you…"
        if nxt in PRONOUNS:
            return False  # embedded: "and what it was like"
        after = words[index + 2] if index + 2 < stop else None
        if (
            nxt in _FIRST_TIME
            and after is not None
            and (after.endswith("ed") or after in IRREGULAR_PAST)
        ):
            return True  # "as well as what first drew you to it"
        if word == "how" and nxt in HOW_MUCH:
            # "and how many calls a day did you make", "how complex was the query"
            return any(w in AUX for w in words[index + 2 : min(stop, index + 7)])
        if word in ("which", "what", "whose") and (after in AUX or after in IRREGULAR_PAST):
            return True  # "and which team did you join", "and which course taught you"
        if word in ("which", "what", "whose") and any(
            words[j] in AUX and words[j + 1] in SUBJECTS
            for j in range(index + 2, min(stop - 1, index + 7))
        ):
            return True  # "and which module of the degree do you use"
        if word == "who" and words[index - 1] == "and" and nxt.endswith("s"):
            # "and who pays for it"; after a comma "who wants…" is a relative clause.
            return not nxt.endswith("ss")
        if after in OBJECTS and nxt.endswith("s"):
            return True  # "and what gets you through it"
        if (
            word in ("which", "what")
            and words[index - 1] == "and"
            and nxt.endswith("s")
            and not nxt.endswith("ss")
            and after is not None
            and after.isalpha()
            and after not in NOT_A_VERB
            and not after.endswith(("s", "ed", "ing", "ly"))
        ):
            return True  # "and which firms give the best training"
        if word == "what" and words[index - 1] == "and" and nxt in _VERBS_S:
            return True  # "and what goes on at the market that early"
        if _names_then_asks(tokens, index, stop):
            return True  # "and which language pairs are hardest to staff"
        return nxt.endswith("ed") or nxt in IRREGULAR_PAST  # "and what happened", "who led"
    return word in AUX and (nxt in SUBJECTS or _plural_subject(words, index, stop))


def _plural_subject(words: tuple[str, ...], index: int, stop: int) -> bool:
    """ "…and do restaurants pay more for it?": an auxiliary, then a plural noun as its
    subject and more words after it, asks a question of its own as "and did it work" does."""
    if words[index - 1] not in _JOINERS or index + 2 >= stop:
        return False
    noun = words[index + 1]
    return (
        noun.isalpha()
        and noun.endswith("s")
        and not noun.endswith(("ss", "ous", "ics", "ness"))
        and noun not in NOT_A_VERB
        and noun not in AUX
    )


# Adverbs between a wh-word and its past verb: "what first drew you", "who originally…".
_FIRST_TIME = frozenset({"first", "originally", "initially", "actually", "really"})
# Words that join a second question as "and" does: "…, plus how do they…?".
_JOINERS = frozenset({"and", "plus"})
_AS_WELL_AS = ("as", "well", "as")


def _joined_at(words: tuple[str, ...], index: int) -> bool:
    """Whether a joining word ("and", "plus", "as well as") comes just before ``index``."""
    return (words[index - 1] in _JOINERS and words[index - 2] not in WH) or (
        index >= 3 and words[index - 3 : index] == _AS_WELL_AS
    )


# Verbs a "what" asks with as its subject: "and what goes on…", "and what happens then".
_VERBS_S = frozenset({"goes", "happens", "comes", "matters", "counts", "changes", "sells"})


def _names_then_asks(tokens: Tokens, index: int, stop: int) -> bool:
    """ "…, and which language pairs are hardest to staff": a "which" + noun phrase with its
    own verb after "and", unless the first half appraises the same set ("What do you like,
    and which parts are hardest?")."""
    words = tokens.words
    if words[index] not in ("which", "what") or words[index - 1] != "and":
        return False
    verb = next((j for j in range(index + 2, min(stop, index + 4)) if words[j] in AUX), None)
    if verb is None or not words[verb - 1].endswith("s") or words[verb - 1].endswith("ss"):
        return False
    if any(w in NOT_A_VERB or not w.isalpha() for w in words[index + 1 : verb]):
        return False
    first = index - 1
    while first > 0 and not any(mark in tokens.gap(first) for mark in "?.!\n"):
        first -= 1
    return not (APPRAISAL | CONTRAST_WORDS).intersection(words[first:index])


# Asides between "and" and a second question: "…, and, sorry, another thing, how many…?"
_ASIDES = frozenset(
    {("sorry",), ("also",), ("oh",), ("actually",), ("another", "thing"), ("quickly",)}
    | {("one", "more", "thing"), ("by", "the", "way"), ("while", "i", "remember"), ("btw",)}
    | {("just", "quickly"), ("out", "of", "interest"), ("incidentally",), ("separately",)}
    | {("while", "i", "think", "of", "it"), ("before", "i", "forget")}
)


def past_asides(tokens: Tokens, index: int, stop: int) -> int:
    """The first word after any asides set off by commas at ``index``."""
    words = tokens.words
    moved = True
    while moved:
        moved = False
        for size in (5, 3, 2, 1):
            end = index + size
            if end < stop and words[index:end] in _ASIDES and "," in tokens.gap(end):
                index, moved = end, True
                break
    return index


# Words that point back to the story the request asked for.
_BACK = frozenset({"it", "that", "this", "them", "then", "there"})


def _inverted_after_request(words: tuple[str, ...], index: int, stop: int) -> bool:
    """ "Tell me about your last role, and how many children do you have?": after a request,
    only a fully inverted question (wh-word, auxiliary, subject) is a second question; "and
    what happened" or "and how you got it funded" lists what to cover."""
    if words[index] not in WH or _BACK.intersection(words[index:stop]):
        return False  # "…, and what did you learn from it?" is the same story
    for aux in range(index + 1, min(stop - 1, index + 4)):
        if words[aux] in AUX:
            return words[aux + 1] in SUBJECTS
    return False


def joined_questions(tokens: Tokens, sentence: Sentence) -> list[QuestionFlag]:
    """A ``double`` flag when one sentence joins a second question to the first."""
    words = tokens.words
    opening = after_frame(tokens, skip_openers(words, sentence.first, sentence.stop), sentence.stop)
    opener = words[opening]
    whether = whether_joined(tokens, sentence)
    if whether:
        return whether
    # "Could you give me…, and how much notice are you on?" is a request too.
    polite = opener in AUX and is_polite(tokens, opening, sentence.stop)
    request = (opener in REQUESTS or polite) and sentence.mark in ("?", "")
    framed = opening > sentence.first and sentence.mark in ("?", "")
    if not request and not framed and not _is_direct_question(tokens, sentence):
        return []
    inverted = _is_inverted(words, opening, sentence.stop)
    # "Should a place come up, could you…?": an inverted condition, then the one question.
    conditional = (
        opener in ("should", "were", "had")
        and opening + 1 < sentence.stop
        and words[opening + 1] not in ("i", "you", "we", "they", "he", "she")
    )
    for index in range(opening + 2, sentence.stop):
        after_and = _joined_at(words, index)
        if after_and and words[index] == "also" and index + 1 < sentence.stop:
            index += 1  # "…, and also, what would you change?"
        if after_and:
            index = past_asides(tokens, index, sentence.stop)
        after_comma = (
            inverted
            and "," in tokens.gap(index)
            and (
                words[index] in WH
                or (not conditional and _chained_question(tokens, index, sentence.stop))
            )
        )
        if not (after_and or after_comma):
            continue
        if request:
            if not (after_and and _inverted_after_request(words, index, sentence.stop)):
                continue
        elif not _second_question_at(tokens, index, sentence.stop):
            continue
        if one_set_at(words, opening, index, sentence.stop):
            continue
        return [_flag(tokens, index, sentence, after_and)]
    return []


def _flag(tokens: Tokens, index: int, sentence: Sentence, after_and: bool) -> QuestionFlag:
    start = tokens.starts[index - 1] if after_and else tokens.starts[index]
    second = tokens.text[tokens.starts[index] : sentence.end]
    where = "before 'and'" if after_and else "at the comma"
    return QuestionFlag(
        "double",
        start,
        sentence.end,
        WHY["double"],
        f"Ask one thing at a time: end the first question {where}, and keep "
        f"'{quote(second)}' as a follow-up.",
    )


def whether_joined(tokens: Tokens, sentence: Sentence) -> list[QuestionFlag]:
    """ "Tell me about X, and whether you'd…": a question or request, even one ending in ".",
    with a yes/no question on a new subject joined to it."""
    words = tokens.words
    opening = skip_openers(words, sentence.first, sentence.stop)
    if sentence.mark not in ("?", "") and words[opening] not in REQUESTS:
        return []
    for index in range(opening + 2, sentence.stop):
        if words[index - 1] == "and" and _whether_new(tokens, index, sentence.stop):
            return [_flag(tokens, index, sentence, True)]
    return []


def _whether_new(tokens: Tokens, index: int, stop: int) -> bool:
    """ "…, and whether you'd consider me": a yes/no question on a new subject joined after a
    comma; "…and whether it worked" asks the rest of the same story."""
    words = tokens.words
    return (
        words[index] == "whether"
        and "," in tokens.gap(index - 1)
        and index + 2 < stop
        and _BACK.isdisjoint(words[index + 1 : index + 3])
    )


# "…, do you think?", "…, would you say?": a tag on the same question, not a second one.
_TAG_VERBS = frozenset({"think", "reckon", "say", "suppose", "feel", "imagine", "know", "agree"})


def _chained_question(tokens: Tokens, index: int, stop: int) -> bool:
    """Whether a clause after a comma is a new question that needs no "and": "…, how's the
    overtime?", or a closed one in a chain of three ("…, do they train you on forklifts,
    how's the overtime?"). A single closed clause often only offers a guess at the answer
    ("How did you get in, was it through a degree?"), and a tag ("…, do you think?") asks
    nothing new."""
    words = tokens.words
    if words[index] in WH_CONTRACTED:
        return index + 1 < stop
    if words[index] not in AUX or index + 2 >= stop or words[index + 1] not in SUBJECTS:
        return False
    if words[index + 2] in _TAG_VERBS:
        return False
    return any(
        ("," in tokens.gap(later) and (words[later] in WH or words[later] in WH_CONTRACTED))
        or (
            (words[later] in AUX and later + 1 < stop and words[later + 1] in SUBJECTS)
            and ("," in tokens.gap(later) or words[later - 1] == "and")
        )
        for later in range(index + 2, stop)
    )
