"""Evaluative claims stated as fact, then a question that rests on them (``leading``).

Called from :func:`interview_tui.coaching.checker_premise.premises_before`. A coach names the
class "a verdict put in their mouth": the asker settles how the work is, then asks a question
that only makes sense if they are right.

* **a claim of certainty before a question that rests on it**: "It must be gruelling, all
  those night calls. How do you stay sharp?", "Plastering has to be the most overlooked trade
  there is. What keeps you in it?", "Print's a bit of a relic next to digital. How do you
  stay in business?", "Everybody on the ward adores the twilight shifts. What would you like
  best about them?". The question asks how they cope, stay, keep going or what they enjoy:
  it takes the claim as its ground;
* **a stance word opening a verdict**: "Obviously the best way in is an apprenticeship, so
  which firm would you aim for?";
* **a premise inside the question**: one's own side praised ("our already top-notch
  onboarding"), success presupposed against the odds ("How did you keep the team so calm
  despite the cuts?"), a comparison settled ("Why is the night crew so much keener than the
  day crew?"), or a compliment that frames the question ("With a voice like yours, how did
  you end up behind the desk?").

Not leading: a neutral fact as context ("The depot moved last year. How has your commute
changed?"), sympathy that asks nothing resting on it ("It must be hard being away from home.
What does a rotation look like?"), a rumour put up to be tested ("People say it's a dying
trade. How true is that?"), balanced framing, and a courtesy ("You must be busy, so thanks
for making time. How did you start?").

For the leading phrases :mod:`interview_tui.coaching.checker` matches ("you must be",
"obviously"), :func:`courtesy` and :func:`trailing_aside` tell when the phrase opens a
courtesy before the question or sits in an aside after it, and so leads nothing.
"""

from __future__ import annotations

import itertools

from interview_tui.coaching.checker_base import WHY, QuestionFlag, Sentence
from interview_tui.coaching.checker_words import AUX
from interview_tui.coaching.wordlists import Tokens

_SUGGESTION = (
    "Leave your verdict out and let them give theirs: 'What is that like?' or 'How do you find…?'"
)

# "must be", "has to be", "'s got to be": certainty about how the work is.
_CERTAIN_BE: tuple[tuple[str, ...], ...] = (
    ("must", "be"),
    ("must", "have", "been"),
    ("has", "to", "be"),
    ("have", "to", "be"),
    ("had", "to", "be"),
    ("got", "to", "be"),
    ("gotta", "be"),
    ("can", "only", "be"),
)
# How the work is judged: hardship, delight or standing.
_JUDGED = frozenset(
    {"exhausting", "hard", "tough", "draining", "tiring", "lonely", "stressful", "heartbreaking"}
    | {"harrowing", "gruelling", "grueling", "depressing", "upsetting", "rewarding", "amazing"}
    | {"wonderful", "incredible", "thrilling", "boring", "dull", "tedious", "frustrating"}
    | {"miserable", "grim", "brutal", "relentless", "thankless", "underrated", "overrated"}
    | {"underpaid", "overworked", "terrifying", "scary", "daunting", "crushing", "awful"}
    | {"terrible", "fantastic", "brilliant", "satisfying", "fulfilling", "demoralising"}
    | {"demoralizing", "soul", "nightmare", "slog", "grind", "hell", "heaven", "dream", "joy"}
    | {"unsung", "overlooked", "undervalued", "unappreciated", "dying", "doomed", "finished"}
    | {"best", "worst", "greatest", "hardest", "toughest", "loneliest", "most", "least"}
)
# "a bit of a relic", "something of a dinosaur": a label that dismisses the work.
_LABEL_OPENERS: tuple[tuple[str, ...], ...] = (
    ("a", "bit", "of", "a"),
    ("something", "of", "a"),
    ("bit", "of", "a"),
)
_DISMISSED = frozenset(
    {"dinosaur", "relic", "backwater", "joke", "racket", "throwback", "anachronism", "museum"}
    | {"dead", "dying", "poor", "cinderella", "graveyard", "fossil", "sinking", "closed"}
    | {"nightmare", "slog", "grind", "minefield", "circus", "zoo", "madhouse", "lost"}
)
# A feeling everyone is said to share: "Everyone here loves the Saturday rota."
_EVERYONE = frozenset({"everyone", "everybody", "nobody"})
_FEELING = frozenset(
    {"loves", "love", "adores", "adore", "enjoys", "enjoy", "hates", "hate", "dreads", "dread"}
    | {"relishes", "relish", "loathes", "loathe", "resents", "resent"}
)
# Stance words that settle a claim: "Clearly the best route is…".
_STANCE = frozenset({"clearly", "obviously", "undoubtedly", "unquestionably", "evidently"})
_STANCE_PAIRS = frozenset({("of", "course"), ("no", "doubt"), ("without", "doubt")})
# What a question asks when it rests on the claim: coping, staying, enjoying, choosing.
_RESTING = frozenset(
    {"cope", "coping", "survive", "surviving", "stay", "staying", "handle", "bear", "stand"}
    | {"unwind", "recharge", "decompress"}
    | {"enjoy", "love", "sane", "motivated", "relevant", "afloat", "persevere", "manage"}
)
_RESTING_PAIRS = frozenset(
    {("keep", "going"), ("keep", "up"), ("keeps", "you"), ("kept", "you"), ("keep", "you")}
    | {("deal", "with"), ("get", "through"), ("carry", "on"), ("put", "up"), ("worth", "it")}
    | {("like", "best"), ("like", "most"), ("still", "there"), ("switch", "off")}
    | {("ends", "meet")}
    # Bearing the guilt the claim implies: "How do you live with yourself?", "…sleep at night?"
    | {("live", "with"), ("sleep", "at")}
)
# A compliment that frames the question: "With a voice like yours…".
_GIFTS = frozenset(
    {"gift", "gifts", "talent", "talents", "flair", "genius", "brain", "brains", "voice", "ear"}
)
# Own side praised: "our already top-notch onboarding".
_PRAISE = frozenset(
    {"excellent", "outstanding", "superb", "amazing", "fantastic", "brilliant", "stellar"}
    | {"exceptional", "exemplary", "impressive", "enviable", "great", "strong", "superior"}
)
_PRAISE_PAIRS = frozenset(
    {("first", "rate"), ("first", "class"), ("top", "notch"), ("top", "class")}
    | {("world", "class"), ("cutting", "edge"), ("state", "of"), ("best", "in")}
)
_AGAINST = frozenset({"despite", "notwithstanding"})
_COMPARATIVE = frozenset({"better", "worse", "more", "less", "keener", "happier", "busier"})
_FUTURE = frozenset({"will", "won't", "'ll", "soon"})
_POOR = frozenset({"bad", "poor", "stupid", "silly", "dumb", "daft", "terrible", "awful"})
_CHOICES = frozenset({"calls", "decisions", "choices", "ideas", "moves", "plans", "habits"})
_WH = frozenset({"how", "what", "why", "which", "where", "when", "who", "what's", "how's"})


def claims(tokens: Tokens, found: list[Sentence]) -> list[QuestionFlag]:
    """``leading`` flags for the claims and premises described above."""
    flags: list[QuestionFlag] = []
    words = tokens.words
    for number, sentence in enumerate(found):
        if sentence.mark not in ("?", ""):
            continue
        part = words[sentence.first : sentence.stop]
        split = _question_start(tokens, sentence)
        asked = part[split:]
        claimed: list[tuple[int, tuple[str, ...]]] = []
        # "What was the hardest part, and how did you cope?" opens with a question, not a claim.
        if split and part[0] not in _WH and part[0] not in AUX:
            claimed.append((sentence.first, part[:split]))
        before = found[number - 1] if number else None
        if before is not None and before.mark in (".", "!") and before.line == sentence.line:
            claimed.append((before.first, words[before.first : before.stop]))
        for offset, claim in claimed:
            span = _claim(claim, asked)
            if span is not None:
                flags.append(_flag(tokens, offset + span[0], offset + span[1]))
        for offset, within in ((sentence.first + split, asked), (sentence.first, part)):
            inner = _premise_within(within)
            if inner is not None:
                flags.append(_flag(tokens, offset + inner[0], offset + inner[1]))
                break
    return flags


def _flag(tokens: Tokens, first: int, stop: int) -> QuestionFlag:
    return QuestionFlag(
        "leading", tokens.starts[first], tokens.ends[stop - 1], WHY["leading"], _SUGGESTION
    )


def _question_start(tokens: Tokens, sentence: Sentence) -> int:
    """Where the question proper starts after a claim in the same sentence ("It must be hard,
    so how do you keep going?"), relative to the sentence; 0 if it starts the sentence."""
    words = tokens.words
    for index in range(sentence.first + 2, sentence.stop - 1):
        if "," not in tokens.gap(index):
            continue
        at = index + 1 if words[index] in ("so", "and", "but", "then") else index
        if words[at] in _WH:
            return index - sentence.first
    return 0


def _find(part: tuple[str, ...], phrase: tuple[str, ...]) -> int | None:
    size = len(phrase)
    return next((i for i in range(len(part) - size + 1) if part[i : i + size] == phrase), None)


def _rests(asked: tuple[str, ...]) -> bool:
    return bool(_RESTING.intersection(asked)) or any(
        pair in _RESTING_PAIRS for pair in itertools.pairwise(asked)
    )


def _claim(claim: tuple[str, ...], asked: tuple[str, ...]) -> tuple[int, int] | None:
    """The span of an evaluative claim the question rests on, or None."""
    stance = (
        (claim[:1] and claim[0] in _STANCE) or claim[:2] in _STANCE_PAIRS or claim[:3] in _FACE_IT
    )
    if stance and "you" not in claim and _JUDGED.intersection(claim):
        return (0, 3 if claim[:3] in _FACE_IT else 2 if claim[:2] in _STANCE_PAIRS else 1)
    if not _rests(asked):
        return None
    for phrase in _CERTAIN_BE:
        at = _find(claim, phrase)
        if at is None:
            continue
        after = at + len(phrase)
        if _JUDGED.intersection(claim[after : after + 5]):
            return (at, min(len(claim), after + 5))
    for phrase in _LABEL_OPENERS:
        at = _find(claim, phrase)
        if at is None:
            continue
        label = at + len(phrase)
        if label < len(claim) and claim[label] in _DISMISSED:
            return (at, label + 1)
    for index, word in enumerate(claim[:-1]):
        if word in _EVERYONE and _FEELING.intersection(claim[index + 1 : index + 5]):
            return (index, min(len(claim), index + 5))
    return _plain_verdict(claim)


# A plain verdict stated as fact: "Retail is a thankless grind.", "The hours are brutal."
_SUPERLATIVES = frozenset({"hardest", "toughest", "loneliest", "worst", "dullest", "dirtiest"})
_VERDICT = frozenset(
    {"thankless", "brutal", "gruelling", "grueling", "relentless", "miserable", "soul"}
    | {"undervalued", "underpaid", "overworked", "unappreciated", "underrated", "overlooked"}
    | {"nightmare", "grind", "slog", "dying", "doomed", "hell", "exhausting", "draining"}
    | {"awful", "terrible", "horrendous", "dreadful", "grim", "toxic", "cutthroat"}
    | _SUPERLATIVES
    | {"rubbish", "pitiful", "shocking", "appalling", "abysmal", "diabolical", "peanuts"}
)
# "cut-throat" is read as "cut" and "throat": alone, "cut" is a fact ("the budget was cut").
_VERDICT_PAIRS = frozenset(
    {("last", "legs"), ("breaking", "point"), ("dead", "end"), ("cut", "throat")}
)
# A claim put up to be tested, hedged, about the asker, or framing a time it happens is not
# a verdict settled for the listener: "I've heard it's brutal", "Some days are grim", "I had
# a brutal year", "When the job gets draining, …".
_NOT_SETTLED = frozenset(
    {"heard", "hear", "say", "says", "said", "apparently", "rumour", "reckon", "told", "read"}
    | {"some", "sometimes", "can", "could", "may", "might", "occasionally", "others", "while"}
    | {"i", "i'm", "i've", "i'd", "my", "me", "when", "whenever", "if", "once"}
    # A frame that points the listener at their own experience: "Thinking of the hardest
    # calls you've had, …", "Looking back on your worst winter, …".
    | {"thinking", "think", "looking", "recalling", "remembering", "picturing", "picture"}
)
_FACE_IT = (("let's", "face", "it"), ("let's", "be", "honest"), ("we", "all", "know"))


def _plain_verdict(claim: tuple[str, ...]) -> tuple[int, int] | None:
    if not _NOT_SETTLED.isdisjoint(claim):
        return None
    for index, word in enumerate(claim):
        # "…the toughest shift you've worked": a superlative that picks out one of the
        # listener's own experiences names it, it does not judge the work.
        if word in _SUPERLATIVES and not _YOUR_OWN.isdisjoint(claim[index + 1 : index + 4]):
            continue
        if word in _VERDICT or claim[index : index + 2] in _VERDICT_PAIRS:
            return (index, index + 1)
    return None


_YOUR_OWN = frozenset({"you", "you've", "you'd", "you'll", "you're"})


def _premise_within(part: tuple[str, ...]) -> tuple[int, int] | None:
    """A premise the question itself takes for granted, or None."""
    for index, word in enumerate(part[:-1]):
        # "What's it like knowing the machines will take over?": a forecast settled as fact.
        if word == "knowing" and _FUTURE.intersection(part[index + 1 : index + 6]):
            return (index, index + 1)
        # "Which of your old boss's bad calls…?": their judgement of a third party's choices.
        if (
            word.endswith("'s")
            and part[index + 1] in _POOR
            and index + 2 < len(part)
            and part[index + 2] in _CHOICES
        ):
            return (index + 1, index + 3)
        # "our already top-notch system": praise of one's own side.
        if word == "already" and (
            part[index + 1] in _PRAISE or part[index + 1 : index + 3] in _PRAISE_PAIRS
        ):
            return (index, index + 2)
        # "With a gift like yours": a compliment as the frame.
        if word in _GIFTS and part[index + 1 : index + 3] == ("like", "yours"):
            return (index, index + 3)
        # "…kept morale so high despite the cuts": success presupposed against the odds.
        if word == "so" and part[0] == "how" and _AGAINST.intersection(part[index + 2 : index + 6]):
            return (index, index + 2)
        # "Why is the day crew so much keener…?": the comparison is settled.
        if (
            word == "so"
            and part[0] == "why"
            and part[index + 1] in ("much", "far")
            and index + 2 < len(part)
            and (part[index + 2] in _COMPARATIVE or part[index + 2].endswith("ier"))
        ):
            return (index, index + 3)
    return None


# A courtesy about the listener's time: "You must be busy, so thanks for seeing me."
_COURTESY = frozenset({"busy", "swamped", "rushed", "snowed", "inundated", "asked"})


def courtesy(tokens: Tokens, found: list[Sentence], first: int) -> bool:
    """Whether the phrase at word ``first`` ("you must be", "obviously") opens a courtesy
    before the question ("You must be swamped, so thanks for making time. How did you
    start?") rather than a guess ("You must be busy?" still asks for a nod)."""
    sentence = next((s for s in found if s.first <= first < s.stop), None)
    if sentence is None:
        return False
    stop = next((j for j in range(first + 1, sentence.stop) if "," in tokens.gap(j)), sentence.stop)
    if stop == sentence.stop and sentence.mark in ("?", ""):
        return False
    return not _COURTESY.isdisjoint(tokens.words[first:stop])


def trailing_aside(tokens: Tokens, found: list[Sentence], first: int) -> bool:
    """Whether the phrase at word ``first`` ("obviously", "of course") sits in a statement
    after the last question on its line: "Is your group taking on juniors? Asking for myself,
    obviously." A premise comes before the question it leads; an aside after it leads
    nothing."""
    at = next((n for n, s in enumerate(found) if s.first <= first < s.stop), None)
    if at is None or found[at].mark not in (".", "!"):
        return False
    line = found[at].line
    before = [s for s in found[:at] if s.line == line]
    after = [s for s in found[at + 1 :] if s.line == line]
    return bool(before) and before[-1].mark == "?" and not any(s.mark in ("?", "") for s in after)
