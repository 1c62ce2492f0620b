"""A question that asks about one set from two sides, so it is one question, not two.

"Which parts do you enjoy, and which do you dread?", "What's the best part, and what's the
hardest?", "How much of the week is planning, and how much is teaching?", "What share is
sales, and what share is service?". :mod:`interview_tui.coaching.checker_double` does not
flag such a sentence as two questions, and :mod:`interview_tui.coaching.checker` does not
read a word such as "dread" in it as a verdict put in their mouth: it names a side.
"""

from __future__ import annotations

from interview_tui.coaching.checker_base import Sentence, skip_openers
from interview_tui.coaching.checker_clauses import after_frame
from interview_tui.coaching.checker_words import AUX, CONTRAST_WORDS
from interview_tui.coaching.wordlists import Tokens

# How one thing feels, from either side: "What do you like about it, and what frustrates
# you?", "What's the most satisfying part, and what wears you down?". Not coping ("what
# gets you through it"), which is a new question.
APPRAISAL = frozenset(
    {"like", "love", "enjoy", "enjoys", "dislike", "hate", "frustrates", "frustrate", "annoys"}
    | {"bores", "drains", "wears", "tires", "irritates", "bothers", "excites", "satisfies"}
    | {"satisfying", "rewarding", "frustrating", "annoying", "draining", "tiring", "enjoyable"}
    | {"energises", "energizes", "motivates", "stresses", "fun", "dull", "boring"}
    # What worries or wears on you is the other side of what you love about it: "…, and what
    # keeps you awake at night?", "…, and which do you dread?".
    | {"worries", "worry", "scares", "frightens", "upsets", "awake", "irks", "dread", "dreads"}
    | {"breeze", "miss", "regret", "drives", "bugs", "grates", "infuriates", "gripes"}
    | {"grinds", "drags"}
    # Complaint is the other side of enjoyment: "…, and what do they grumble about?".
    | {"grumble", "grumbles", "moan", "moans", "complain", "complains", "whinge", "whinges"}
    | {"gripe", "struggle", "struggles", "forward", "relish", "adore", "loathe", "resent"}
)


# The members of a set the second half picks from: "What parts…, and which…?"
_PORTIONS = frozenset({"share", "proportion", "percentage", "fraction", "part", "portion"})
_SETS = frozenset(
    {"parts", "bits", "aspects", "tasks", "sides", "areas", "things", "kinds", "types", "duties"}
    | {"skills", "subjects", "stages", "jobs", "days", "clients", "cases", "projects"}
)


# How fast or easily something comes, from either side: "…pick up quickly, and what takes
# longest?", "…find hardest, and what comes easily?". Both halves must name a side: "What do
# you do, and what takes longest?" asks two things.
_PACE = frozenset({"quickly", "quickest", "fastest", "easily", "slowly", "slowest", "longest"})
_PACE |= frozenset({"naturally", "straight", "longer", "quicker", "faster", "slower"})


def _gains(words: tuple[str, ...]) -> bool:
    """ "What do you get out of it": what the work gives, the other side of what it takes."""
    return any(
        (words[i] in ("get", "gets", "got") and words[i + 1 : i + 3] == ("out", "of"))
        # "What gives you a buzz": what the work gives, the other side of what you dread.
        or (
            words[i] in ("gives", "give", "gave")
            and words[i + 1] == "you"
            and not _GIVEN.isdisjoint(words[i + 2 : i + 4])
        )
        for i in range(len(words) - 2)
    )


_GIVEN = frozenset({"buzz", "kick", "lift", "thrill", "joy", "satisfaction", "pleasure", "pride"})


def _wh_root(word: str) -> str:
    # "What do you like, and which parts are hardest?" asks about one set as much as
    # "which… and which…?" does.
    root = word.removesuffix("'s")
    return "what" if root == "which" else root


def one_set_at(words: tuple[str, ...], opening: int, index: int, stop: int) -> bool:
    """Whether the clause at ``index`` asks about the same set as the question at ``opening``
    from its other side: "Which… and which…?", "…, and what's the hardest?"."""
    opener = words[opening]
    if opener == "which" and words[index] == "which":
        return True
    if (
        opener == "what"
        and words[index] == "which"
        and index + 1 < stop
        and words[index + 1] in AUX
        and not _SETS.isdisjoint(words[opening + 1 : opening + 3])
    ):
        return True  # "What parts come easily, and which would you rather hand over?"
    if (
        opener == "how"
        and words[index] == "how"
        and words[opening + 1] in ("much", "many")
        and index + 1 < stop
        and words[index + 1] == words[opening + 1]
        and "of" in words[opening + 2 : opening + 4]
    ):
        return True  # "How much of the week is planning, and how much is teaching?"
    if (
        opener == words[index] == "what"
        and index + 1 < stop
        and words[opening + 1] == words[index + 1]
        and words[index + 1] in _PORTIONS
    ):
        return True  # "What share is sales, and what share is service?"
    if _wh_root(words[index]) != _wh_root(opener):
        return False
    second = words[index + 1 : stop]
    if _would_change(second) and _holds(words[opening:index]):
        return True  # "What keeps you here, and what would you change if you could?"
    if stop - index > 6:
        return False
    if any(w in CONTRAST_WORDS for w in second) and words[index] == opener:
        return True
    first = words[opening:index]
    if (
        words[index] == opener
        and (_PACE | CONTRAST_WORDS).intersection(first)
        and (_PACE | CONTRAST_WORDS).intersection(second)
        and _PACE.intersection(first + second)
    ):
        return True  # "What do new staff pick up quickly, and what takes them longest?"
    # Both halves appraise the same thing; "what's the pay like" ends in a preposition.
    return bool(
        ((APPRAISAL | CONTRAST_WORDS).intersection(first) or _gains(first))
        and APPRAISAL.intersection(second[:-1] if second[-1:] == ("like",) else second)
    )


# What would be changed is the other side of what holds someone to the work.
_CHANGE = frozenset({"change", "improve", "fix"})


def _would_change(second: tuple[str, ...]) -> bool:
    """ "…, and what would you change (about it)?": the side they would alter."""
    if second[:2] == ("would", "you"):
        return second[2:3] != () and second[2] in _CHANGE
    return second[:1] == ("you'd",) and second[1:2] != () and second[1] in _CHANGE


def _holds(first: tuple[str, ...]) -> bool:
    """ "What keeps you here", "What do you love about it": what holds them to the work."""
    return bool(APPRAISAL.intersection(first)) or any(
        first[i : i + 2] == ("keeps", "you") for i in range(len(first) - 1)
    )


def is_contrast(tokens: Tokens, sentence: Sentence) -> bool:
    """Whether ``sentence`` asks about one set from two sides ("Which parts do you enjoy, and
    which do you dread?"): a word such as "dread" then names a side, not a verdict."""
    words = tokens.words
    # "In tax season, what…, and what…?": the frame before the comma is not the question.
    opening = after_frame(tokens, skip_openers(words, sentence.first, sentence.stop), sentence.stop)
    return any(
        (words[index - 1] == "and" or "," in tokens.gap(index))
        and one_set_at(words, opening, index, sentence.stop)
        for index in range(opening + 2, sentence.stop)
    )
