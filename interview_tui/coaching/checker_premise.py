"""Loaded premises: the ``leading`` rule's phrase side.

``leading`` (besides the phrase list in ``data/leading.txt`` and tag questions, which
:mod:`interview_tui.coaching.checker` handles): a question that builds its answer into its
premise, with a loaded word ("How much do you hate the paperwork?", "…your useless previous
manager?", "How stressful is it…?", contempt such as "thankless" or "what on earth"), a
"why … so <verdict>" ("Why was it so chaotic?"), "such" before a verdict anywhere ("in such
a thankless job", "with such tight budgets"), a stance adverb ("a council that clearly
doesn't care"), praise of one's own side ("our award-winning service"), success presupposed
("How did they manage to turn it round so quickly?"), or an opener that supplies the answer
("I guess the paperwork is the worst part?").

Not loaded: a feeling some days bring ("…on the days when the job feels thankless?"), and a
contrast of one set, where "dread" or "most frustrating" names one side (the checker skips
loaded words there).

The ``illegal`` rule lives in :mod:`interview_tui.coaching.checker_illegal`.
"""

from __future__ import annotations

import itertools

from interview_tui.coaching.checker_base import WHY, QuestionFlag, Sentence
from interview_tui.coaching.checker_framed import not_settled
from interview_tui.coaching.checker_loaded import praise_before, verdicts_as_fact
from interview_tui.coaching.checker_preamble import claims
from interview_tui.coaching.checker_pressure import pressures
from interview_tui.coaching.checker_words import AUX
from interview_tui.coaching.wordlists import PhraseIndex, Tokens, entry_words

# Words and phrases that load a premise into an otherwise open question.
LOADED = PhraseIndex.build(
    entry_words(entry)
    for entry in (
        "hate",
        "hated",
        "useless",
        "toxic",
        "a mess",
        "such a mess",
        "survive",
        "survived",
        "put up with",
        "how stressful",
        "how bad",
        "how awful",
        "how boring",
        "how tedious",
        "how annoying",
        "most frustrating",
        "most annoying",
        "most irritating",
        "most infuriating",
        # Ease or chaos settled as fact: "…the easy life at the bank", "the chaos after…".
        "the easy life",
        "cushy",
        "an easy ride",
        "the chaos",
        "a waste of",
        "since nobody",
        "since everyone",
        "already excellent",
        "already great",
        "terrible",
        "awful",
        "pointless",
        "ridiculous",
        "incompetent",
        "nightmare",
        # Verdicts the other person is asked to share rather than give.
        "endless",
        "clueless",
        "disorganised",
        "disorganized",
        "dying",
        "resent",
        "loathe",
        "dread",
        "can't stand",
        "how frustrating",
        "how exhausting",
        "how draining",
        "how painful",
        "how miserable",
        "so much better",
        "so much worse",
        # Verdicts on a field or its people, built in as settled fact.
        "rampant",
        "endemic",
        "notorious",
        "notoriously",
        "cutthroat",
        "cut-throat",
        "the entitled",
        "that's everywhere",
        "which is everywhere",
        # Contempt for the work, its people or its places, built in as settled fact.
        "thankless",
        "soul destroying",
        "soul crushing",
        "mind numbing",
        "shambles",
        "shambolic",
        "hordes",
        "dreadful",
        "appalling",
        "horrendous",
        "hopeless",
        "dead end",
        "surviving",
        # Incredulity: "what on earth keeps you there?", not "the best job on earth".
        "what on earth",
        "why on earth",
        "how on earth",
        "who on earth",
        "where on earth",
        # Settled as inevitable, or a place named as chaos: "the inevitable burnout".
        "inevitable",
        "inevitably",
        "madhouse",
        "snake pit",
        "bear pit",
        "sharks",
        # Delight presupposed: "How great was it to…?", not "How great a part does luck play?"
        *(
            f"how {word} {verb}"
            for word in ("great", "amazing", "wonderful", "fantastic", "brilliant")
            for verb in ("was", "is", "it", "must")
        ),
    )
)
# Stance adverbs that settle a judgement mid-question: "a council that clearly doesn't care".
_STANCE = frozenset({"clearly", "plainly", "evidently", "obviously"})
_DEGREE = frozenset({"how", "so", "very", "quite", "more", "less", "most", "least", "as", "too"})
# Praise of one's own side that leaves only agreement to give: "our award-winning service".
_OWN_PRAISE = frozenset(
    {"excellent", "outstanding", "superb", "amazing", "fantastic", "brilliant", "renowned"}
    | {"famous", "unrivalled", "unmatched", "unbeatable", "exceptional", "incredible"}
)
_PRAISE_PAIRS = frozenset(
    {("award", "winning"), ("world", "class"), ("market", "leading"), ("industry", "leading")}
)
# An opening clause that settles a judgement before the question: "With curators paid so
# poorly, what kept you?", "Given such a broken system, how…?".
_PREMISE_OPENERS = frozenset({"with", "given", "since", "considering", "seeing"})
# Praise of one's own side put up before asking: "Our training is the best in the region, so
# what excites you about it?" leaves only agreement to give.
_OWN = frozenset({"our", "my"})
_PRAISE = frozenset(
    {"best", "excellent", "outstanding", "world-class", "unbeatable", "finest", "superb"}
    | {"unrivalled", "unmatched", "second"}
)
# "Why was the management so disorganised?": "why … so <word>" presupposes the judgement;
# these words after "so" do not judge ("so far", "so that", "so many people").
_NOT_A_VERDICT = frozenset({"that", "far", "many", "few", "much", "little", "long", "on", "often"})
# Openers that state the expected answer before asking for it; leading only in a question.
GUESS_OPENERS = frozenset(
    {("i", "guess"), ("i", "suppose"), ("i'm", "guessing"), ("bet", "you're"), ("bet", "you")}
    | {("bet", "it"), ("bet", "that"), ("bet", "they")}
)

LOADED_SUGGESTION = (
    "Drop the loaded word and let them judge: 'What is the paperwork like?' or 'How do you find…?'"
)


# Openers that state a premise as certain: "No doubt the red tape drove you mad.", "I bet
# the first winter was brutal.". Not "I've heard…" or "I imagine…", which put it up to test
# or only set the scene.
_CERTAIN = frozenset(
    {("no", "doubt"), ("i", "bet"), ("i'll", "bet"), ("i'm", "sure"), ("i'm", "certain")}
    | {("everyone", "knows"), ("everybody", "knows"), ("we", "all")}
    | {("surely",), ("obviously",), ("clearly",), ("of", "course"), ("doubtless",)}
)


# Verdicts a premise may settle: "was brutal", "a nightmare", "drove you mad".
_VERDICTS = frozenset(
    {"mad", "crazy", "hell", "brutal", "slog", "exhausting", "tough", "hard", "awful", "boring"}
    | {"draining", "stressful", "miserable", "difficult", "rough", "grim", "nightmare", "tedious"}
    | {"hated", "loved", "easy", "relentless", "thankless", "frustrating", "dull", "chaotic"}
    | {"underfunded", "underpaid", "overworked", "understaffed", "broken", "sharks", "corrupt"}
)


def _judges(part: tuple[str, ...]) -> bool:
    """Whether a statement passes a verdict rather than a courtesy ("Obviously you know the
    sector well" only flatters)."""
    return bool(
        _VERDICTS.intersection(part)
        or LOADED.find_all(part)
        or any(tuple(part[i : i + n]) in _HARM for n in (2, 3) for i in range(len(part)))
    )


def premises_before(tokens: Tokens, found: list[Sentence]) -> list[QuestionFlag]:
    """``leading`` flags for a statement that settles a premise as certain right before a
    question on its line: "No doubt the paperwork wore you down. How did you cope?"."""
    flags: list[QuestionFlag] = []
    words = tokens.words
    for sentence, nxt in itertools.pairwise(found):
        if sentence.mark != "." or nxt.line != sentence.line or nxt.mark != "?":
            continue
        head = tuple(words[sentence.first : sentence.first + 2])
        if (head in _CERTAIN or head[:1] in _CERTAIN) and _judges(
            words[sentence.first : sentence.stop]
        ):
            end = tokens.ends[sentence.first + (1 if head[:1] in _CERTAIN else 2) - 1]
            flags.append(
                QuestionFlag("leading", sentence.start, end, WHY["leading"], LOADED_SUGGESTION)
            )
    return flags + pressures(tokens, found) + praise_before(tokens, found) + claims(tokens, found)


def loaded_premises(tokens: Tokens, sentence: Sentence) -> list[QuestionFlag]:
    """``leading`` flags for loaded words and guessing openers in one question."""
    if sentence.mark not in ("?", ""):
        return []
    words = tokens.words
    flags: list[QuestionFlag] = []
    if tuple(words[sentence.first : sentence.first + 2]) in GUESS_OPENERS:
        end = tokens.ends[sentence.first + 1]
        flags.append(
            QuestionFlag("leading", sentence.start, end, WHY["leading"], LOADED_SUGGESTION)
        )
    part = words[sentence.first : sentence.stop]
    verdict = _settled_verdict(tokens, sentence) or _how_much_harm(part) or _degree_given(part)
    if verdict is not None:
        start = tokens.starts[sentence.first + verdict[0]]
        end = tokens.ends[sentence.first + verdict[1] - 1]
        flags.append(QuestionFlag("leading", start, end, WHY["leading"], LOADED_SUGGESTION))
    flags.extend(verdicts_as_fact(tokens, sentence))
    for first, stop, _ in LOADED.find_all(part):
        if verdict is not None and verdict[0] <= first and stop <= verdict[1]:
            continue  # "such a cutthroat" already quotes the loaded word: one flag, not two
        if _felt_at_times(part, first) or not_settled(part, first):
            continue
        start = tokens.starts[sentence.first + first]
        end = tokens.ends[sentence.first + stop - 1]
        flags.append(QuestionFlag("leading", start, end, WHY["leading"], LOADED_SUGGESTION))
    return flags


# "…on the days when the job feels thankless": a feeling some days bring, not a settled fact.
_WHEN = frozenset({"when", "whenever", "if"})
_FEELS = frozenset({"feels", "feel", "felt", "seems", "seem", "seemed", "gets", "get", "got"})
_FEELS |= frozenset({"becomes", "become", "turns", "looks"})


def _felt_at_times(part: tuple[str, ...], at: int) -> bool:
    """Whether the loaded word at ``at`` is how something feels when or if it happens."""
    return bool(_FEELS.intersection(part[max(0, at - 3) : at])) and bool(
        _WHEN.intersection(part[:at])
    )


def _praise_or_stance(part: tuple[str, ...]) -> tuple[int, int] | None:
    """ "…our award-winning service", "…that clearly doesn't care", "…manage to turn it around
    so quickly": praise or a stance the question takes for granted."""
    for index, word in enumerate(part[:-1]):
        # "…that clearly doesn't care", but not "How clearly did they explain it?" (manner).
        if (
            word in _STANCE
            and part[index + 1] in AUX
            and (not index or part[index - 1] not in _DEGREE)
        ):
            return (index, index + 2)
        if word == "our":
            nxt = index + 2 if part[index + 1] in ("already", "very", "truly") else index + 1
            if nxt < len(part) and part[nxt] in _OWN_PRAISE:
                return (index, nxt + 1)
            if tuple(part[nxt : nxt + 2]) in _PRAISE_PAIRS:
                return (index, nxt + 2)
    # "How did they manage to turn it round so quickly?": success presupposed, then praised.
    if part[0] == "how":
        for index in range(1, len(part) - 2):
            if part[index] in ("manage", "managed") and part[index + 1] == "to":
                for later in range(index + 2, len(part) - 1):
                    if part[later] == "so" and part[later + 1] not in _NOT_A_VERDICT:
                        return (index, later + 2)
    return None


def _settled_verdict(tokens: Tokens, sentence: Sentence) -> tuple[int, int] | None:
    """The span, within ``sentence``, of a judgement it takes as settled, or None: "why … so
    <verdict>", "why … such a <verdict>", an opening "With … so <verdict>," clause, or "Our
    … is the best…, so what…?"."""
    part = tokens.words[sentence.first : sentence.stop]
    comma = next(
        (i for i in range(1, len(part)) if "," in tokens.gap(sentence.first + i)), len(part)
    )
    if part[0] == "why":
        where = range(2, len(part) - 1)
    elif part[0] in _PREMISE_OPENERS and comma < len(part):
        where = range(1, comma - 1)
    else:
        where = range(0)
    for index in where:
        # "so <verdict>" but not "so far", "so that"; "such a <verdict> <noun>".
        if part[index] == "so" and part[index + 1] not in _NOT_A_VERDICT:
            return (index, index + 2)
        if part[index] == "this" and part[index + 1] in _BAD_STATE:
            return (index, index + 2)  # "With pay this low, how…?"
        if part[index] == "such" and part[index + 1] in ("a", "an") and index + 2 < len(part):
            return (index, index + 3)
    if part[0] in _OWN and comma < len(part) and _PRAISE.intersection(part[1:comma]):
        return (0, comma)
    if part[0] in _PREMISE_OPENERS and comma < len(part):
        # "Since the pay is rubbish, why stay?": a verdict settled in the opening clause.
        bad = next((i for i in range(1, comma) if part[i] in _BAD_PREMISE), None)
        if bad is not None:
            return (0, bad + 1)
    for index in range(len(part) - 1):
        # "in such a thankless job", "with such tight budgets": the verdict is given, not
        # asked; "such as" gives examples.
        if part[index] == "such" and _such_verdict(part, index):
            skip = 2 if part[index + 1] in ("a", "an") else 1
            return (index, min(len(part), index + skip + 1))
        # "Given what a shambles your last employer was": an exclamation as the premise.
        if (
            part[index] == "what"
            and index
            and part[index + 1] in ("a", "an")
            and (part[0] in _PREMISE_OPENERS)
        ):
            return (index, min(len(part), index + 3))
    return _praise_or_stance(part)


# "How much did it get to you?", "How much better is X?": that it did, or that it is, is
# settled; only the amount is asked.
_HARM = frozenset(
    {("get", "to", "you"), ("got", "to", "you"), ("wear", "you", "down"), ("drive", "you", "mad")}
    | {("bother", "you"), ("annoy", "you"), ("upset", "you"), ("frustrate", "you")}
    | {("stress", "you", "out"), ("grind", "you", "down"), ("drag", "you", "down")}
    | {("on", "your", "nerves"), ("under", "your", "skin"), ("on", "your", "wick")}
)


# "How much better/happier…?": the change is settled, only its size is asked.
_COMPARED = frozenset({"better", "worse", "happier", "easier", "calmer", "nicer", "harder"})
_RELIEF = frozenset({"relief", "improvement", "upgrade", "blessing", "godsend", "nightmare"})
_RELIEF |= frozenset({"headache", "burden", "drag", "letdown", "disappointment"})


def _how_much_harm(part: tuple[str, ...]) -> tuple[int, int] | None:
    if part[:2] != ("how", "much") or len(part) < 3:
        return None
    if part[2] in _COMPARED:
        return (0, 3)
    if part[2] == "of" and part[3:4] in (("a",), ("an",)) and len(part) > 4 and part[4] in _RELIEF:
        return (0, 5)  # "How much of a relief would our set-up be?": that it is, is settled
    for index in range(2, len(part) - 1):
        for size in (2, 3):
            if tuple(part[index : index + size]) in _HARM:
                return (index, index + size)
    return None


# "…when the pay is this low": a degree settled in a clause the question rests on.
_GIVEN_CLAUSE = frozenset({"when", "since", "given", "because", "while", "with"})
_BE = frozenset({"is", "are", "was", "were", "'s", "gets", "get"})
_BAD_STATE = frozenset(
    {"low", "bad", "poor", "poorly", "badly", "hard", "tough", "awful", "stressful", "chaotic"}
    | {"grim", "dire", "stretched", "understaffed", "underpaid", "toxic", "broken", "heavy"}
    | {"thin", "tight", "miserable", "relentless", "short-staffed", "unpaid", "unfair"}
    # People judged: "when the customers are so rude".
    | {"rude", "hostile", "aggressive", "demanding", "unreasonable", "ungrateful", "abusive"}
)


def _degree_given(part: tuple[str, ...]) -> tuple[int, int] | None:
    for index in range(1, len(part) - 2):
        if (
            part[index] in _BE
            and (
                # "this" or "so" settles only a bad state: "so varied" and "this busy"
                # describe, "this low" judges.
                part[index + 1] in ("this", "so") and part[index + 2] in _BAD_STATE
            )
            and _GIVEN_CLAUSE.intersection(part[max(0, index - 5) : index])
        ):
            return (index + 1, index + 3)
    return None


_BAD_PREMISE = frozenset(
    {"rubbish", "terrible", "awful", "brutal", "miserable", "grim", "thankless", "broken"}
    | {"toxic", "dire", "underpaid", "pitiful", "shocking", "useless", "hopeless"}
    # A claim about the listener's field settled as fact: "Given that nobody reads papers any
    # more, …", "Since the firms treat trainees as cheap labour, …".
    | {"nobody", "anymore", "exploit", "exploits", "exploited", "dying"}
)
# "such as" gives examples; "such a way", "such and such", "such things" name no verdict.
_NOT_SUCH = frozenset({"as", "and", "things", "thing", "cases", "case", "way", "that"})
# Size and time describe rather than judge: "at such short notice", "such a big team".
_SIZES = frozenset(
    {"big", "large", "small", "huge", "long", "short", "young", "new", "wide", "high", "low"}
    | {"early", "late", "different", "similar", "specific", "particular"}
)
# After "such <adjective> <noun>" these show the noun ended the phrase.
_FUNCTION = frozenset({"from", "of", "in", "on", "at", "for", "with", "to", "by", "about"})


def _such_verdict(part: tuple[str, ...], index: int) -> bool:
    """Whether "such" at ``index`` puts a verdict before a noun: "such a thankless job",
    "such tight budgets", but not "such situations", "such as", "at such short notice"."""
    first = index + 2 if index + 1 < len(part) and part[index + 1] in ("a", "an") else index + 1
    if first + 1 >= len(part) or part[index + 1] in _NOT_SUCH:
        return False
    adjective, noun = part[first], part[first + 1]
    return adjective not in _SIZES and adjective not in _NOT_SUCH and noun not in _FUNCTION
