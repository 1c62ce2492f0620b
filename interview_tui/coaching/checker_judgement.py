"""Words of judgement, by polarity, for the ``leading`` rule's premise detector.

A judgement word only leads where a question builds it in as a premise about the listener,
their work, their employer or their field; :mod:`interview_tui.coaching.checker_presume`
decides where that is. This module only says which words judge, and how strongly:

* ``VERDICTS``: words that condemn whatever they describe ("dreadful", "thankless",
  "incompetent", "soul-destroying"), so that "the dreadful pay" settles the verdict;
* ``MILD``: words that describe as much as they judge ("boring", "slow", "rude"): "the
  boring bits" names a part of the job, "so boring" or "this slow" settles a degree;
* ``BAD_MANNER``: adverbs of a verdict on how something is done ("badly", "poorly");
* ``VERDICT_NOUNS``: nouns that condemn ("tedium", "drudgery", "box-ticking");
* ``PRAISE``: words that praise ("world-class", "brilliant"), and ``GIFTS``, the nouns of
  flattery ("talent", "flair");
* ``FEELINGS``: a state of mind that "How proud are you…?" attributes to the listener;
* ``JUDGING_VERBS``: verbs that pass a verdict on how people are treated ("undervalue").

Hyphens split words ("soul-destroying" is two tokens), so entries are word tuples.
"""

from __future__ import annotations

from collections.abc import Iterable

from interview_tui.coaching.checker_words import OPENERS

Entry = tuple[str, ...]
# A span of words, (first, stop), within one sentence.
Span = tuple[int, int]


def _entries(*groups: Iterable[str]) -> frozenset[Entry]:
    return frozenset(tuple(entry.replace("-", " ").split()) for group in groups for entry in group)


# Condemnation: the thing described is bad, and the word says so.
VERDICTS = _entries(
    # Quality, in general.
    {"dreadful", "awful", "terrible", "horrible", "horrendous", "appalling", "atrocious"},
    {"abysmal", "dire", "shocking", "disgraceful", "shameful", "pathetic", "pitiful", "lousy"},
    {"rubbish", "crummy", "woeful", "hopeless", "useless", "pointless", "worthless", "futile"},
    {"diabolical", "scandalous", "outrageous", "deplorable", "lamentable"},
    # The work itself.
    {"thankless", "soul-destroying", "soul-crushing", "soul-sapping", "mind-numbing"},
    {"mindless", "soulless", "menial", "demeaning", "degrading", "humiliating", "gruelling"},
    {"grueling", "punishing", "back-breaking", "unbearable", "intolerable", "insufferable"},
    {"exploitative", "dead-end", "going-nowhere"},
    # Places and organisations.
    {"toxic", "dysfunctional", "shambolic", "chaotic", "disorganised", "disorganized"},
    {"corrupt", "rotten", "crooked", "backward", "outdated", "antiquated", "archaic"},
    {"obsolete", "stagnant", "decrepit", "ramshackle", "crumbling", "sinking", "failing"},
    {"cut-throat", "cutthroat", "dog-eat-dog", "cliquey", "cliquy", "snobbish", "snooty"},
    {"elitist", "sexist", "bureaucratic", "penny-pinching", "money-grabbing", "tight-fisted"},
    {"underfunded", "under-resourced", "understaffed", "short-staffed", "overstretched"},
    {"underpaid", "overworked", "undervalued", "underappreciated", "unappreciated"},
    {"stuck-in-the-past", "behind-the-times", "out-of-touch", "old-school"},
    # People.
    {"incompetent", "clueless", "inept", "lazy", "greedy", "arrogant", "stingy", "petty"},
    {"spiteful", "vindictive", "heartless", "callous", "uncaring", "ruthless", "overbearing"},
    {"bullying", "micromanaging", "spineless", "gutless", "two-faced", "ungrateful"},
    {"entitled", "idle", "feckless", "self-serving", "power-hungry", "jumped-up"},
    # Sense.
    {"ridiculous", "absurd", "ludicrous", "laughable", "farcical", "idiotic", "stupid"},
    {"moronic", "insane", "nonsensical", "brainless", "senseless", "crazy"},
)
# Descriptions that judge only when a degree is settled on them: "so boring", "this slow".
MILD = _entries(
    {"boring", "tedious", "dull", "monotonous", "repetitive", "mundane", "humdrum"},
    {
        "hard",
        "tough",
        "slow",
        "rude",
        "hostile",
        "aggressive",
        "demanding",
        "unreasonable",
        "difficult",
    },
    {"stressful", "exhausting", "draining", "tiring", "miserable", "grim", "bleak", "harsh"},
    {"brutal", "relentless", "unfair", "unjust", "rigid", "inflexible", "stuffy", "messy"},
    {"heavy", "low", "bad", "poor", "tight", "thin", "stretched", "expensive", "overpriced"},
    {"overrated", "pricey", "cramped", "dingy", "filthy", "noisy", "unpaid", "unsafe"},
)
# A field or a firm written off: "such a dying trade", "Given that the industry is dying, …".
# Literal too often ("the dying patients") to count anywhere but in a premise.
DECLINE = _entries(
    {"dying", "doomed", "failing", "sinking", "collapsing", "declining", "struggling"},
    {"crumbling", "obsolete", "stagnant", "moribund", "on-its-last-legs"},
)
# How something is done, judged: "a firm that treats staff so badly".
BAD_MANNER = _entries(
    {"badly", "poorly", "terribly", "appallingly", "shockingly", "woefully", "shoddily"},
    {"unfairly", "disgracefully", "shamefully", "dreadfully", "horribly", "abysmally"},
)
# Nouns of condemnation: "the tedium of…", "all the box-ticking".
VERDICT_NOUNS = _entries(
    {"tedium", "drudgery", "monotony", "boredom", "misery", "box-ticking", "pen-pushing"},
    {"paper-pushing", "red-tape", "abuse", "madness", "insanity", "farce", "circus"},
    {"nonsense", "stupidity", "incompetence", "greed", "snobbery", "pettiness", "guilt"},
    {"shame", "humiliation", "indignity", "hypocrisy", "backstabbing", "back-stabbing"},
    {"dead-loss", "dead-end", "waste-of-time", "waste-of-money", "rip-off", "joke"},
    {"mess", "shambles", "fiasco", "disaster", "chaos", "grind", "rat-race", "slog"},
)
# Praise: "our world-class kitchen", "your brilliant career".
PRAISE = _entries(
    {"excellent", "outstanding", "exceptional", "superb", "brilliant", "fantastic"},
    {"amazing", "incredible", "wonderful", "phenomenal", "remarkable", "extraordinary"},
    {"stellar", "first-rate", "first-class", "top-notch", "top-class", "world-class"},
    {"world-leading", "world-renowned", "award-winning", "best-in-class", "market-leading"},
    {"industry-leading", "cutting-edge", "state-of-the-art", "prestigious", "renowned"},
    {"celebrated", "legendary", "iconic", "unrivalled", "unrivaled", "unmatched"},
    {"unbeatable", "peerless", "flawless", "impeccable", "enviable", "inspirational"},
    {"visionary", "gifted", "talented", "glittering", "dazzling", "stunning", "formidable"},
    {"best-run", "best-known", "best-loved", "top-rated", "highest-rated", "five-star"},
)
# Nouns of flattery: "with your talent", "someone of your calibre".
GIFTS = frozenset(
    {"talent", "talents", "gift", "gifts", "flair", "genius", "brilliance", "calibre"}
    | {"caliber", "prowess", "pedigree", "stature", "charisma", "brains"}
)
# A state of mind put in the listener's mouth: "How proud are you…?", "How sick are you of…?".
FEELINGS = frozenset(
    {"proud", "relieved", "disappointed", "angry", "furious", "livid", "cross", "sick"}
    | {"tired", "bored", "frustrated", "annoyed", "irritated", "glad", "thrilled", "delighted"}
    | {"chuffed", "grateful", "jealous", "envious", "bitter", "resentful", "gutted"}
    | {"devastated", "heartbroken", "ashamed", "embarrassed", "guilty", "fed", "exasperated"}
    | {"upset", "hurt", "insulted", "offended", "betrayed", "disillusioned", "jaded"}
    | {"burnt", "burned", "fed-up", "weary", "sore", "smug", "exhausted"}
)
# Feelings whose object says what wore the listener down: "sick of", "fed up with".
WORN = frozenset({"sick", "tired", "bored", "weary", "fed"})
# Verbs that pass a verdict on how people are treated: "a trade that undervalues carers".
JUDGING_VERBS = _entries(
    {"undervalue", "undervalues", "undervalued", "underrate", "underrates", "underrated"},
    {"underpay", "underpays", "underpaid", "exploit", "exploits", "exploited", "mistreat"},
    {"mistreats", "mistreated", "overwork", "overworks", "overworked", "belittle"},
    {"belittles", "belittled", "patronise", "patronises", "patronize", "patronizes"},
    {"short-change", "short-changes", "rip-off", "rip-offs", "look-down-on", "looks-down-on"},
    {"sneer-at", "sneers-at", "turn-their-noses-up", "turns-its-nose-up", "take-for-granted"},
    {"takes-for-granted", "taken-for-granted", "treat-as-cheap-labour", "walk-all-over"},
    {"undervaluing", "underrating", "underpaying", "exploiting", "mistreating", "belittling"},
    {"patronising", "patronizing", "overworking", "looking-down-on", "ripping-off"},
    {"keep-ignoring", "keeps-ignoring", "kept-ignoring", "keep-overlooking", "keeps-overlooking"},
)


# The words that open an open question.
WH_WORDS = frozenset({"how", "what", "why", "when", "where", "which", "who", "what's", "how's"})
WH_WORDS |= frozenset({"what'd", "how'd", "why's", "when's", "where's", "who's", "whats", "hows"})
# Words between a determiner and the verdict that keep it a premise: "the frankly awful pay".
INTENSIFIERS = frozenset(
    {"really", "truly", "utterly", "completely", "totally", "frankly", "pretty", "quite"}
    | {"very", "downright", "absolutely", "increasingly", "notoriously", "famously", "so"}
    | {"chronically", "endlessly", "hopelessly", "incredibly", "ridiculously", "constant"}
    | {"endless", "relentless", "sheer", "daily", "usual", "same", "old", "whole"}
)
# A judgement asked for, not given: "the most pointless…", "less boring".
ASKING = frozenset({"most", "least", "more", "less", "how", "too", "not", "as"})
ARTICLE = frozenset({"a", "an"})


def longest(entries: frozenset[Entry], words: tuple[str, ...], at: int) -> int:
    """How many words of ``entries``' longest entry start at ``words[at]`` (0 for none)."""
    if not 0 <= at < len(words):
        return 0
    for size in (4, 3, 2, 1):
        if tuple(words[at : at + size]) in entries and at + size <= len(words):
            return size
    return 0


def first_word(part: tuple[str, ...]) -> int:
    """The index of the first word of ``part`` that is not an opener such as "so"."""
    index = 0
    while index < len(part) - 1 and part[index] in OPENERS:
        index += 1
    return index


def skip_intensifiers(part: tuple[str, ...], at: int, also: frozenset[str] = frozenset()) -> int:
    """The first word from ``at`` that is not an intensifier: "the frankly awful pay"."""
    while at < len(part) - 1 and (part[at] in INTENSIFIERS or part[at] in also):
        at += 1
    return at
