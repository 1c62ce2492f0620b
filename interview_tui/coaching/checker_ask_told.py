"""What the ``job_ask`` grammar (:mod:`interview_tui.coaching.checker_asks`) leaves alone:
asking to be told about a way in, and passing one's contact to someone for advice.

* **asked to be told about it**: a way into work named inside a question the asker wants
  answered, about how it goes and with the asker nowhere in it: "I'd love to hear what a
  trial shift in your bakery involves", "Could you tell me how an apprenticeship at your firm
  works?". Not "I'd love to know how I could get a trial day with you", where the asker seeks
  the way in;
* **contact passed to someone for advice**: the asker's email or number passed to a person
  named by what they run or give that is not hiring ("…to the person who runs the school
  talks", "…to whoever organises the open days"). Not "…to the person who runs your team"
  nor "…to whoever hires for the summer", and not the asker's CV or application.
"""

from __future__ import annotations

import itertools

from interview_tui.coaching.checker_ask_words import ORGANISATION, VACANCY

# Verbs of being told: "hear what…", "know how…", "tell me what…".
_TOLD = frozenset(
    {"hear", "know", "learn", "understand", "tell", "explain", "describe", "curious"}
    | {"wondering", "wonder", "interested", "picture", "imagine", "me", "about"}
)
_EMBEDDED = frozenset({"what", "how"})
_SELF = frozenset({"i", "i'd", "i'm", "i'll", "i've", "me", "my", "myself", "mine"})
# How a thing goes, not how to get it: "what … looks like", "how … works".
_DESCRIBED = frozenset(
    {"like", "involves", "involve", "involved", "works", "work", "worked", "runs", "run"}
    | {"goes", "go", "went", "entails", "entail", "covers", "cover", "includes", "include"}
    | {"structured", "organised", "organized", "assessed", "judged", "lasts", "last"}
)


def described_only(words: tuple[str, ...], first: int) -> bool:
    """Whether the way in at ``first`` sits in an embedded question about how it goes, with
    the asker outside it: "I'd love to hear what a trial day in your kitchen looks like."."""
    for index in range(first - 1, 0, -1):
        if words[index] not in _EMBEDDED:
            continue
        if words[index - 1] not in _TOLD:
            return False
        clause = words[index:]
        return _SELF.isdisjoint(clause) and not _DESCRIBED.isdisjoint(clause[-3:])
    return False


_CONTACT = frozenset({"email", "number", "name", "details", "contact", "address"})
_PERSON = frozenset(
    {"person", "someone", "somebody", "colleague", "one", "man", "woman", "lady", "guy"}
    | {"people", "folk"}
)
_RUNS = frozenset(
    {"runs", "run", "organises", "organizes", "organise", "organize", "leads", "gives", "give"}
    | {"does", "coordinates", "teaches", "hosts", "arranges", "delivers", "writes", "edits"}
    | {"looks", "handles", "chairs", "ran", "organised", "organized", "led", "gave"}
)
_HIRING = frozenset({"hr", "recruitment", "recruiter", "recruiting", "hiring", "hires", "hire"})
_HIRING |= frozenset({"staffing", "rota", "intake", "vacancies", "jobs", "job", "interviews"})
# Who takes people on (as :data:`interview_tui.coaching.checker_offers.HIRER_TITLES`, which
# cannot be imported here without a cycle).
_HIRER_TITLES = frozenset(
    {"manager", "boss", "director", "editor", "owner", "head", "chief", "supervisor", "lead"}
    | {"recruiter", "hr", "partner", "principal", "proprietor", "foreman", "gaffer", "chef"}
)


def contact_for_advice(words: tuple[str, ...], at: int) -> bool:
    """Whether the hand-on at ``at`` passes the asker's contact to a person named by what
    they run that is not hiring: "Would you pass my number to the person who runs the
    outreach talks?"."""
    rest = words[at + 1 :]
    if not any(a == "my" and b in _CONTACT for a, b in itertools.pairwise(rest[:3])):
        return False
    for index, word in enumerate(rest):
        if word == "whoever":
            verb = index + 1
        elif word in _PERSON and rest[index + 1 : index + 2] in (("who",), ("that",)):
            verb = index + 2
        else:
            continue
        if rest[verb : verb + 1] == () or rest[verb] not in _RUNS:
            return False
        what = rest[verb + 1 :]
        return (
            _HIRING.isdisjoint(what)
            and not any(w.removesuffix("'s") in _HIRER_TITLES for w in what)
            and not _runs_a_workplace(what)
            and not VACANCY.find_all(what)
        )
    return False


_AFTER_PLACE = frozenset({"here", "at", "in", "on", "there", "now", "and"})


def _runs_a_workplace(what: tuple[str, ...]) -> bool:
    """Whether what the person runs is a workplace ("your team", "the office here"), not a
    thing named after one ("the school visits")."""
    return any(
        word.removesuffix("'s") in ORGANISATION
        and (index + 1 == len(what) or what[index + 1] in _AFTER_PLACE)
        for index, word in enumerate(what)
    )
