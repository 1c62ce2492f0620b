"""The ``job_ask`` rule's grammar: a job ask recognised from its parts, not only its words.

The phrase list in ``data/job_asks.txt`` catches the set phrases ("are you hiring", "keep me
in mind"). People ask in many more ways, so a sentence is also a job ask when it puts
together what every ask has:

* **me and a vacancy, with the listener's organisation or help**: the asker ("me", "my
  CV", "I'd"), a vacancy or a way into one ("a role", "a position opens up", "an interview",
  "HR", "joining"), and either the listener's organisation ("your team", "your hiring
  manager") or a request to the listener ("could you…", "would you…"): "Would you let me
  know if a junior position opens up?", "Could you forward my details to HR?", "Do you think
  I'd be a good fit for your team?";
* **whether the listener's organisation is hiring now**: a yes/no question about "your team"
  or "your firm" taking people on, with "any" or a time ("this year", "at the moment"): "Is
  your firm taking on trainees this year?", "Is there any chance of some paid work with your
  team over the summer?".

Not job asks, because they ask how hiring works or about the listener's own path: "When
your team last hired, what did the strongest candidates have in common?", "How did you get
your role?" (their role, not a vacancy), "If I wanted to apply somewhere like your firm,
what should I be doing now?" (a firm *like* theirs: advice, not an ask).
"""

from __future__ import annotations

import itertools

from interview_tui.coaching.checker_base import Sentence
from interview_tui.coaching.checker_words import AUX, MODAL, OPENERS
from interview_tui.coaching.wordlists import PhraseIndex, Tokens, entry_words

SELF = frozenset({"me", "my", "i", "i'm", "i'd", "i've", "i'll", "myself"})
_POSSESSIVE = frozenset({"your", "their", "his", "her", "its", "our", "my"})
# A vacancy, or the way into one. A single word here counts only when nobody owns it: "a
# role" is a vacancy, "your role" is the listener's job; "my foot in the door" is an idiom.
VACANCY = PhraseIndex.build(
    entry_words(entry)
    for entry in (
        "role",
        "roles",
        "a job",
        "any jobs",
        "with a view to",
        "me get in",
        "get me in",
        "position",
        "positions",
        "vacancy",
        "vacancies",
        "opening",
        "openings",
        "comes up",
        "come up",
        "opens up",
        "opened up",
        "open up",
        "interview",
        "recruiting",
        "recruitment",
        "recruiter",
        "hiring manager",
        "hr",
        "trainees",
        "traineeship",
        "internship",
        "apprenticeship",
        "graduate scheme",
        "paid work",
        "joining",
        "join your",
        "apply",
        "good fit",
        "foot in the door",
        "taking on",
        "take on",
        "hiring",
    )
)
# The listener's organisation, or someone in it who hires.
ORGANISATION = frozenset(
    {
        "team",
        "company",
        "firm",
        "organisation",
        "organization",
        "department",
        "office",
        "practice",
        "agency",
        "studio",
        "business",
        "boss",
        "manager",
        "hiring",
        "school",
        "hospital",
        "lab",
    }
)
# "Somewhere like your firm", "a company such as yours": the listener's kind of place, asked
# about for advice.
_GENERIC = frozenset({"like", "as"})
_NOW = PhraseIndex.build(
    entry_words(entry)
    for entry in (
        "any",
        "now",
        "currently",
        "at the moment",
        "this year",
        "next year",
        "this summer",
        "over the summer",
        "soon",
    )
)


def asks_for_a_job(tokens: Tokens, sentence: Sentence) -> tuple[int, int] | None:
    """The word span (first, stop) of a job ask in ``sentence``, or None (see the module)."""
    if sentence.mark not in ("?", ""):
        return None
    words = tokens.words[sentence.first : sentence.stop]
    handed = _hands_me_on(words)
    if handed is not None:
        return (sentence.first + handed[0], sentence.first + handed[1])
    vacancies = [
        (first, stop)
        for first, stop, _ in VACANCY.find_all(words)
        if first == 0 or words[first - 1] not in _POSSESSIVE or stop - first > 1
    ]
    if not vacancies:
        return None
    organisation = _organisation(words)
    if organisation is False:
        return None  # "somewhere like your firm": advice about a kind of place
    first, stop = vacancies[0]
    span = (sentence.first + first, sentence.first + stop)
    if any(word in SELF for word in words) and (organisation or _asks_listener(words)):
        return span
    start = next((i for i, word in enumerate(words) if word not in OPENERS), 0)
    if organisation and words[start] in AUX and _NOW.find_all(words):
        return span
    return None


def _organisation(words: tuple[str, ...]) -> bool | None:
    """True when the sentence names the listener's organisation ("your team"), False when it
    names one only as a kind ("a firm like yours"), None when it names none."""
    found: bool | None = None
    for index, word in enumerate(words):
        if word == "yours" and index and words[index - 1] in _GENERIC:
            return False
        if word != "your" or index + 1 >= len(words) or words[index + 1] not in ORGANISATION:
            continue
        if index and words[index - 1] in _GENERIC:
            return False
        found = True
    return found


def _asks_listener(words: tuple[str, ...]) -> bool:
    """Whether the sentence asks the listener to act: "could you…", "would you…", "…so you
    can pass it on"."""
    return any(
        word in MODAL
        and (
            (index + 1 < len(words) and words[index + 1] in ("you", "your"))
            or (index > 0 and words[index - 1] == "you")
        )
        for index, word in enumerate(words)
    )


# Handing the asker on to whoever hires: "mention my name to your manager", "pass my
# details to HR", "put my name forward". The thing handed on is the asker, their name or
# their papers; the one it goes to hires, or works in the listener's organisation.
_HAND_ON = frozenset(
    {"mention", "pass", "forward", "send", "give", "show", "introduce", "recommend", "refer"}
)
_ME_AS_PAPERS = frozenset({"name", "details", "cv", "resume", "portfolio", "application"})
_HIRER = frozenset({"hr", "recruitment", "recruiter", "recruiting", "hiring", "whoever"})


def _hands_me_on(words: tuple[str, ...]) -> tuple[int, int] | None:
    """The span of a request to hand the asker on to someone who hires, or None."""
    for index, word in enumerate(words):
        if word not in _HAND_ON:
            continue
        rest = words[index + 1 : index + 5]
        me = "me" in rest[:1] or any(
            a == "my" and b in _ME_AS_PAPERS for a, b in itertools.pairwise(rest)
        )
        if not me:
            continue
        after = words[index + 1 :]
        to_hirer = any(w in _HIRER for w in after) or any(
            a == "your" and b in ORGANISATION for a, b in itertools.pairwise(after)
        )
        if to_hirer:
            return (index, index + 1)
    return None
