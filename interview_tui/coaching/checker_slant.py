"""Slanted questions for the ``leading`` rule: an open stem that still carries its answer.

:mod:`interview_tui.coaching.checker_premise` and :mod:`interview_tui.coaching.checker_loaded`
find loaded words and verdicts; this module adds the slants a coach hears inside how, what
and why questions, where the stem is open but the premise is not:

* a stance adverb in a relative clause: "customers who obviously just want the cheapest";
* a sweeping claim a why-question asks them to explain: "Why do managers never listen?",
  "Why does everyone underrate the trade?" (not "Why do you always start with a sketch?",
  their own habit);
* contempt for people or roles: "the lazy lot on nights", "glorified filing clerks";
* damage settled as fact: "How much has automation wrecked the trade?", "How has the
  new rota ruined your weekends?", "Which ruins your knees more, A or B?" (not "What would
  ruin a launch?": what would or might happen is a question, not a verdict);
* a degree of judgement in a relative clause: "a charity that's so badly run", "…which
  is woefully short of staff";
* a premise clause that settles a verdict or praises one's own side: "Since admin is
  mostly tedious, …", "Given our results are the best around, …", "…when your pay is so
  far behind the rest?", "…when everyone looks down on care work?";
* one's own side praised by comparison: "a team as talented as ours";
* a comparison settled in the premise: "Considering how much cheaper vans are than
  lorries, why…?" (not "Considering how much the trade has changed, what…?", which
  compares nothing);
* incredulity: "What could you possibly add?", "Why would anyone stay?";
* harm assumed in the coping question: "How do you keep the complaints from getting to
  you?".

Where none of these finds a slant, :mod:`interview_tui.coaching.checker_presume` looks for a
judgement word the question takes as given ("How do you stomach the politics?", "How proud
are you of…?", "With your talent, how…?").
"""

from __future__ import annotations

from interview_tui.coaching.checker_base import WHY, QuestionFlag, Sentence
from interview_tui.coaching.checker_framed import hypothetical_case
from interview_tui.coaching.checker_presume import presumed
from interview_tui.coaching.wordlists import Tokens

SUGGESTION = "Take your verdict out and let them judge: 'What is that like?' or 'How do you find…?'"

_WH = frozenset({"how", "what", "why", "when", "where", "which", "who", "what's", "how's"})
_STANCE = frozenset({"obviously", "clearly", "plainly", "evidently", "blatantly"})
_RELATIVE = frozenset({"who", "that", "which", "whose"})
_SWEEPING = frozenset({"always", "never", "constantly", "forever", "invariably"})
_EVERYONE = frozenset({"everyone", "everybody", "nobody", "anyone", "anybody"})
_SELF = frozenset({"you", "i", "we"})
_WHY_AUX = frozenset({"do", "does", "did", "is", "are", "was", "were", "don't", "doesn't"})
# Contempt for people or their roles, put as a description.
_CONTEMPT = frozenset(
    {"lazy", "glorified", "slackers", "skivers", "jobsworths", "deadwood", "freeloaders"}
    | {"moaners", "whingers", "idiots", "morons", "clowns", "dinosaurs", "penny-pinching"}
)
_RUIN = frozenset(
    {"wreck", "wrecked", "wrecks", "wrecking", "ruin", "ruined", "ruins", "ruining"}
    | {"trash", "trashed", "gutted", "decimated", "destroyed", "destroying", "killed"}
)
_MODALS = frozenset({"would", "could", "might", "should", "will", "can", "may"})
_CONDITION = frozenset({"if", "whether", "would", "could", "might", "ever"})
_BE = frozenset({"is", "are", "was", "were", "'s", "be", "been"})
_RELATIVE_BE = frozenset({"that's", "who's", "which's", "that're", "who're"})
# Not a verdict after "so": "so far", "so many people", "so that".
_NOT_A_VERDICT = frozenset({"that", "far", "many", "few", "much", "little", "long", "on", "often"})
_NOT_A_VERDICT |= frozenset({"big", "large", "small", "new", "young", "old", "busy", "to", "as"})
# Intensifiers that only ever sharpen a bad verdict: "woefully short", "hopelessly lost".
_DAMNING = frozenset(
    {"hopelessly", "woefully", "chronically", "pathetically", "laughably", "criminally"}
    | {"shockingly", "horribly", "grossly", "ridiculously", "appallingly", "miserably"}
)
_PREMISE_OPENERS = frozenset({"since", "given", "considering", "seeing"})
# Verdicts an opening premise clause may settle: "Since tax work is mostly dull, …".
_DULL = frozenset(
    {"dull", "boring", "tedious", "monotonous", "repetitive", "drudgery", "grind", "menial"}
    | {"mindless", "soulless", "unrewarding", "unglamorous", "crunching", "pen-pushing"}
    | {"underfunded", "underpaid", "undervalued", "overworked", "understaffed", "dying"}
)
_OWN_BEST = frozenset({"best", "finest", "leading", "envy", "unrivalled", "unmatched", "top"})
_PRAISE = frozenset(
    {"brilliant", "talented", "excellent", "outstanding", "successful", "strong", "gifted"}
    | {"skilled", "good", "accomplished", "prestigious", "respected", "established"}
)
_OURS = frozenset({"ours", "us"})
_GIVEN_CLAUSE = frozenset({"when", "since", "given", "because", "while", "with", "as"})
_SHORTFALL_NEXT = frozenset({("behind",), ("below",), ("under",)})
_DISDAIN = (
    ("look", "down", "on"),
    ("looks", "down", "on"),
    ("turn", "their", "nose", "up"),
    ("turns", "their", "nose", "up"),
    ("turn", "their", "noses", "up"),
    ("sneer", "at"),
    ("sneers", "at"),
)
_ANYONE = frozenset({"anyone", "anybody", "you", "one"})
_KEEP_FROM = frozenset({"stop", "keep", "prevent"})
_HARM = (
    ("getting", "to", "you"),
    ("get", "to", "you"),
    ("getting", "under", "your", "skin"),
    ("get", "under", "your", "skin"),
    ("wearing", "you", "down"),
    ("wear", "you", "down"),
    ("grinding", "you", "down"),
    ("getting", "you", "down"),
    ("get", "you", "down"),
    ("driving", "you", "mad"),
)


def slanted(tokens: Tokens, sentence: Sentence) -> list[QuestionFlag]:
    """At most one ``leading`` flag for a slant inside an open question."""
    if sentence.mark not in ("?", ""):
        return []
    part = tokens.words[sentence.first : sentence.stop]
    for find in _FINDERS:
        span = find(part)
        if span is not None:
            start = tokens.starts[sentence.first + span[0]]
            end = tokens.ends[sentence.first + min(span[1], len(part)) - 1]
            return [QuestionFlag("leading", start, end, WHY["leading"], SUGGESTION)]
    # A judgement word where the question takes it as given (checker_presume).
    return presumed(tokens, sentence)


def _stance(part: tuple[str, ...]) -> tuple[int, int] | None:
    for i in range(1, len(part) - 1):
        if part[i] in _STANCE and part[i - 1] in _RELATIVE:
            return (i - 1, i + 2)
    return None


def _sweeping_why(part: tuple[str, ...]) -> tuple[int, int] | None:
    if len(part) < 4 or part[0] != "why":
        return None
    if part[1] in _WHY_AUX and part[2] in _EVERYONE:
        return (0, 3)  # "Why does nobody stay?"
    if part[1] not in _WHY_AUX or part[2] in _SELF:
        return None
    for i in range(3, min(len(part), 7)):
        if part[i] in _SWEEPING:
            return (0, i + 1)
    return None


def _contempt(part: tuple[str, ...]) -> tuple[int, int] | None:
    for i, word in enumerate(part):
        if word in _CONTEMPT and not hypothetical_case(part, i):
            return (i, i + 2 if word == "glorified" else i + 1)
    return None


def _damage(part: tuple[str, ...]) -> tuple[int, int] | None:
    if part[0] not in _WH or (len(part) > 1 and part[1] in _MODALS):
        return None
    for i, word in enumerate(part):
        if word in _CONDITION:
            return None
        if word in _RUIN and (i > 1 or _both_harmed(part)):
            return (i, i + 1)
    return None


def _both_harmed(part: tuple[str, ...]) -> bool:
    """ "Which wrecks your back more, the lifting or the ladders?": a choice of which does
    the more damage settles that both do; "What wrecked the launch?" asks a cause."""
    return part[0] == "which" and not _MORE.isdisjoint(part)


_MORE = frozenset({"more", "most", "worse", "worst"})


def _so_verdict(part: tuple[str, ...]) -> tuple[int, int] | None:
    for i in range(1, len(part) - 1):
        word = part[i]
        if word in _DAMNING and (part[i - 1] != "not"):
            return (i, i + 2)
        relative = part[i - 1] in _RELATIVE_BE or (
            i > 1 and part[i - 2] in _RELATIVE and part[i - 1] in _BE
        )
        if relative and word == "so" and part[i + 1] not in _NOT_A_VERDICT:
            return (i, i + 2)
    return None


def _premise_clause(part: tuple[str, ...]) -> tuple[int, int] | None:
    if part[0] not in _PREMISE_OPENERS:
        return None
    clause = part[: next((i for i, w in enumerate(part) if w in _WH and i), len(part))]
    for i, word in enumerate(clause):
        if word in _DULL:
            return (0, i + 1)
        if word == "our" and _OWN_BEST.intersection(clause[i:]):
            return (0, len(clause))
    return None


def _as_good_as_ours(part: tuple[str, ...]) -> tuple[int, int] | None:
    for i in range(1, len(part) - 2):
        if (
            part[i] == "as"
            and part[i + 1] in _PRAISE
            and part[i + 2] == "as"
            and i + 3 < len(part)
            and part[i + 3] in _OURS
        ):
            return (i, i + 4)
    return None


def _given_clause(part: tuple[str, ...]) -> tuple[int, int] | None:
    for i in range(1, len(part)):
        if not _GIVEN_CLAUSE.intersection(part[max(0, i - 6) : i]):
            continue
        # "…when your pay is so far behind the rest?": the shortfall is settled.
        if (
            part[i] == "far"
            and part[i - 1] in ("so", "this")
            and part[i + 1 : i + 2] in _SHORTFALL_NEXT
        ):
            return (i - 1, i + 2)
        # "…when everyone looks down on care work?": the contempt is settled.
        for phrase in _DISDAIN:
            if part[i : i + len(phrase)] == phrase and not {"if", "whether"} & set(
                part[max(0, i - 6) : i]
            ):
                return (i, i + len(phrase))
    return None


def _incredulity(part: tuple[str, ...]) -> tuple[int, int] | None:
    for i in range(1, len(part) - 1):
        if part[i] == "possibly" and part[i - 1] in _ANYONE and part[0] in _WH:
            return (i, i + 1)  # "What could you possibly add?"
    if part[:2] == ("why", "would") and len(part) > 2 and part[2] in ("anyone", "anybody"):
        return (0, 3)  # "Why would anyone choose nights?"
    return None


def _harm_kept_off(part: tuple[str, ...]) -> tuple[int, int] | None:
    if part[0] != "how" or not _KEEP_FROM.intersection(part[:5]):
        return None
    for i in range(3, len(part)):
        for phrase in _HARM:
            if part[i : i + len(phrase)] == phrase:
                return (i, i + len(phrase))
    return None


_WH_WORDS = frozenset({"what", "why", "how", "which", "where", "who", "when"})


def _settled_comparison(part: tuple[str, ...]) -> tuple[int, int] | None:
    """ "Since/Given/Considering how much simpler X is than Y, why…?": a premise that
    settles which is better, then asks about it."""
    if len(part) < 6 or part[0] not in _PREMISE_OPENERS or part[1] != "how":
        return None
    than = next((i for i in range(3, min(len(part), 12)) if part[i] == "than"), None)
    if than is None or not _WH_WORDS.intersection(part[than + 1 :]):
        return None
    return (0, than + 2)


_FINDERS = (
    _stance,
    _settled_comparison,
    _sweeping_why,
    _contempt,
    _damage,
    _so_verdict,
    _premise_clause,
    _as_good_as_ours,
    _given_clause,
    _incredulity,
    _harm_kept_off,
)
