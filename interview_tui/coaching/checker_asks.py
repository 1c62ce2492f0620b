"""The ``job_ask`` rule's grammar: a job ask recognised from its parts, not only its words.

The phrase list in ``data/job_asks.txt`` catches the set phrases ("are you hiring", "keep me
in mind"). People ask in many more ways, so a sentence is also a job ask when it puts
together what every ask has:

* **me and a vacancy, with the listener's organisation or help**: the asker ("me", "my
  CV", "I'd"), a vacancy or a way into one ("a role", "a position opens up", "an interview",
  "joining", "shifts", "get hired"), and either the listener's organisation ("your team",
  "shifts at your restaurant") or a request to the listener ("could you…", "would you…"):
  "Would you let me know if a junior position opens up?", "Could you forward my details to
  HR?", "Do you think I'd be a good fit for your team?";
* **the asker's papers handed on**: "Would you mind passing my CV on to your head chef?",
  "Can I send you my portfolio in case you ever need a freelance illustrator?";
* **someone like me, sought in the listener's network**: "Do you know anyone who's looking
  for a planning assistant like me?";
* **leave to work** ("Could I…", "May I…", but not "Can I ask…"), with a way in: "Could I
  shadow you for a week, with a view to a job?";
* **whether the listener's organisation is hiring now**: a yes/no question about "your team"
  or "your firm" taking people on, with "any" or a time ("this year", "at the moment"): "Is
  your firm taking on trainees this year?", "Is there any chance of some paid work with your
  team over the summer?".

The listener's workplace is any trade's ("your crew", "your site", "your ward", "your
charity's team"), and the way in is named in many words: "taken on", "room for a paralegal",
"gaps on your crew that I could fill", "any supply work going", "short of drivers",
"looking for a receptionist". A later sentence may point back to an earlier one: "Here's
my CV. Could you hand it to your manager?", "The farm needs extra hands. Could that be me?".

Not job asks, because they ask how hiring works or about the listener's own path: "When
your team last hired, what did the strongest candidates have in common?", "How did you get
your role?" (their role, not a vacancy), "If I wanted to apply somewhere like your firm,
what should I be doing now?" (a firm *like* theirs: advice, not an ask), "What would you tell
someone coming from retail, like me, about getting into HR?" (a field, sought by nobody).
"""

from __future__ import annotations

import itertools

from interview_tui.coaching.checker_ask_forward import mentions_self, put_forward
from interview_tui.coaching.checker_ask_takes import taken_on
from interview_tui.coaching.checker_ask_told import contact_for_advice, described_only
from interview_tui.coaching.checker_ask_words import (
    ASKS_NOW,
    LEADS_ON,
    NOW,
    ORGANISATION,
    TAKING,
    VACANCY,
    job_at_yours,
    seeks_staff,
    start_of,
)
from interview_tui.coaching.checker_base import Sentence
from interview_tui.coaching.checker_offers import HIRER_TITLES, offered_self
from interview_tui.coaching.checker_words import AUX, MODAL
from interview_tui.coaching.wordlists import Tokens

_POSSESSIVE = frozenset({"your", "their", "his", "her", "its", "our", "my"})
# Phrases that ask for a way in for the asker themselves, whatever kind of place it is: "I'd
# love to work somewhere like yours; could you help me get in?"
_PERSONAL = frozenset({("me", "get", "in"), ("get", "me", "in")})
# "Can I ask…", "Could I check…": permission to ask a question, not to be given work.
_LEAVE = frozenset({"can", "could", "may", "might"})  # not "should I…", which asks advice
_JUST_ASKING = frozenset({"ask", "check", "clarify", "just", "follow", "quickly", "confirm"})
# Someone who would take the asker on: "anyone looking for someone like me".
_SEEKING = frozenset(
    {"looking", "need", "needs", "needing", "want", "wants", "hiring", "recruiting", "taking"}
    | {"interested", "use", "short"}
)
# "In your field" is the listener's line of work, not a workplace that could take the asker.
_FIELD = frozenset(
    {"field", "industry", "sector", "profession", "line", "area", "trade", "world", "career"}
)
_ANYONE = frozenset({"anyone", "anybody", "someone", "somebody"})
# Prepositions that make "your <noun>" the listener's workplace: "shifts at your restaurant".
_AT = frozenset({"at", "in", "on", "with", "for", "into", "onto", "join"})
# "Somewhere like your firm", "a company such as yours": the listener's kind of place, asked
# about for advice.
_GENERIC = frozenset({"like", "as"})


def asks_for_a_job(
    tokens: Tokens, sentence: Sentence, before: tuple[str, ...] = ()
) -> tuple[int, int] | None:
    """The word span (first, stop) of a job ask in ``sentence``, or None (see the module).

    ``before`` are the words of the sentences before it on its line, which a question may
    point back to: "Here's my CV. Could you hand it to your manager?", "Your team sounds
    great. How do I get myself onto it?".
    """
    # A statement counts too: "I'm keen to join your company. What are my chances?" asks in
    # its first sentence.
    words = tokens.words[sentence.first : sentence.stop]
    handed = _hands_me_on(words, _papers_before(before)) or _someone_like_me(words)
    if handed is None:
        handed = _that_be_me(words, before) or offered_self(words, before + words)
        handed = handed or taken_on(words, before) or job_at_yours(words)
        handed = handed or put_forward(words, before)
    if handed is not None:
        return (sentence.first + handed[0], sentence.first + handed[1])
    vacancies = [
        (first, stop)
        for first, stop, _ in VACANCY.find_all(words)
        if (first == 0 or _is_vacancy(words[first - 1], stop - first))
        and not _names_a_moment(words, first, stop)
        and not _been_through(words, first)
        and not described_only(words, first)
    ]
    wanted = seeks_staff(words)  # "short of drivers", "looking for a receptionist"
    if wanted is not None:
        vacancies.append(wanted)
        vacancies.sort()
    if not vacancies:
        return None
    # "Some work experience with you": the listener as the employer, right after the vacancy.
    organisation = _organisation(words)
    if organisation is None and _BACK.intersection(words) and _organisation(before):
        organisation = True  # "Your team sounds great. How do I get onto it?"
    if organisation is None and any(
        words[s : s + 2] in (("with", "you"), ("for", "you")) for _, s in vacancies
    ):
        organisation = True
    first, stop = vacancies[0]
    span = (sentence.first + first, sentence.first + stop)
    personal = any(words[f:s] in _PERSONAL for f, s in vacancies) or (
        # "If I shadowed you, could that lead to a job?": something done with the listener.
        any(words[f:s] in LEADS_ON for f, s in vacancies) and _alongside_listener(words)
    )
    if organisation is False and not personal:
        return None  # "somewhere like your firm": advice about a kind of place
    start = start_of(words)
    if mentions_self(words) and (
        organisation or personal or _asks_listener(words) or _asks_leave(words, start)
    ):
        return span
    # "Is your firm taking on trainees this year?", "Any chance of work experience with you
    # over the summer?", "Do you ever take people on?"
    asks_now = (words[start] in AUX or words[start] == "any") and NOW.find_all(words)
    # Present tense only: "Have you ever had to take on a trainee?" asks about their past.
    listener = words[start] in ASKS_NOW and start + 1 < len(words) and words[start + 1] == "you"
    # The listener does the taking on ("Do you ever take people on?"), not firms they are
    # asked about ("Do you think firms are hiring?").
    taking = any(words[f:s] in TAKING and f <= start + 3 for f, s in vacancies)
    # Being short of staff is about now: "Is your studio short of anyone for the rush?"
    short = organisation and words[start] in AUX and any(words[f] == "short" for f, _ in vacancies)
    # Whether the listener's workplace takes people on, asked as a yes/no question in any
    # clause: "Might there be room for a buyer in your department?", "…, and is your site
    # taking anyone on?".
    room = organisation and any(
        (words[f:s] in TAKING or (f, s) == wanted) and _closed_clause_before(words, f)
        for f, s in vacancies
    )
    if (asks_now and organisation) or (listener and taking) or short or room:
        return span
    return None


# Working with the listener: "shadowing you", "volunteered with you", "helped you out".
_ALONGSIDE = frozenset({"with", "for", "alongside", "under", "shadowed", "helped", "assisted"})


def _alongside_listener(words: tuple[str, ...]) -> bool:
    """Whether the asker did something with the listener ("if I shadowed you"), not only
    asks their opinion ("…, do you think?")."""
    return any(
        word == "you"
        and index
        and (words[index - 1] in _ALONGSIDE or words[index - 1].endswith("ing"))
        for index, word in enumerate(words)
    )


# Words that point back to something named in an earlier sentence.
_BACK = frozenset({"it", "them", "there", "that", "one"})


def _closed_clause_before(words: tuple[str, ...], at: int) -> bool:
    """Whether a yes/no clause (auxiliary first) opens the sentence or follows "and" before
    ``at``: "Has your firm got room…", "…, and is your site taking anyone on"."""
    starts = [start_of(words)] + [i + 1 for i in range(at) if words[i] in ("and", "but")]
    return any(s < at and words[s] in AUX for s in starts)


_PAPERS_BACK = frozenset({"it", "them", "this", "these"})


def _papers_before(before: tuple[str, ...]) -> bool:
    """Whether an earlier sentence offers the asker's papers: "Here's my CV."."""
    return any(a == "my" and b in _ME_AS_PAPERS for a, b in itertools.pairwise(before))


def _that_be_me(words: tuple[str, ...], before: tuple[str, ...]) -> tuple[int, int] | None:
    """ "The farm needs extra hands at harvest. Could that be me?": the asker put forward for a
    vacancy named just before."""
    start = start_of(words)
    if len(words) - start > 6 or words[start] not in MODAL:
        return None
    for index in range(start + 1, len(words) - 1):
        if words[index : index + 2] == ("be", "me") and (
            VACANCY.find_all(before) or seeks_staff(before)
        ):
            return (start, index + 2)
    return None


def _organisation(words: tuple[str, ...]) -> bool | None:
    """True when the sentence names the listener's organisation ("your team"), False when it
    names one only as a kind ("a firm like yours"), None when it names none."""
    found: bool | None = None
    for index, word in enumerate(words):
        if word == "yours" and index and words[index - 1] in _GENERIC:
            return False
        if word != "your" or index + 1 >= len(words):
            continue
        if index and words[index - 1] in _GENERIC:
            return False
        # "your team", "your spring planting crew", "your charity's team", "at your <noun>"
        # ("some shifts at your restaurant") or the subject of the question ("Does your
        # bakery need…").
        named = [w.removesuffix("'s") for w in words[index + 1 : index + 4]]
        if (ORGANISATION.intersection(named) and not _FIELD.intersection(named)) or (
            index and words[index - 1] in _AT | AUX and words[index + 1] not in _FIELD
        ):
            found = True
    return found


def _is_vacancy(before: str, length: int) -> bool:
    """Whether a vacancy word after ``before`` is a vacancy: "your role" is the listener's
    job and "getting into recruitment" names a field."""
    return before != "into" and (before not in _POSSESSIVE or length > 1)


# What may follow "opening" when it is a vacancy: "an opening on your team", "any openings
# coming up?". Before a noun it names a moment or a time instead ("opening night").
_AFTER_OPENING = frozenset(
    {"on", "in", "at", "for", "with", "within", "and", "or", "coming", "soon", "now", "here"}
    | {"there", "that", "this", "next", "you", "your", "anywhere", "yet"}
)


def _names_a_moment(words: tuple[str, ...], first: int, stop: int) -> bool:
    """Whether an "opening" found as a vacancy modifies a noun: "opening night", "opening
    hours" name a time, not a job."""
    return (
        words[first:stop] in (("opening",), ("openings",))
        and stop < len(words)
        and words[stop] not in _AFTER_OPENING
    )


# "Someone who did the apprenticeship": a route someone has been through, not one sought.
_THROUGH = frozenset({"did", "done", "finished", "completed", "took", "taken", "through"})


def _been_through(words: tuple[str, ...], first: int) -> bool:
    """Whether the vacancy at ``first`` is one somebody went through: "did the apprenticeship"."""
    return first >= 2 and words[first - 1] in ("the", "an", "a") and words[first - 2] in _THROUGH


def _asks_leave(words: tuple[str, ...], start: int) -> bool:
    """Whether the sentence asks leave for the asker to do something: "Could I shadow you…",
    "May I send…", but not "Can I ask…"."""
    return (
        start + 2 < len(words)
        and words[start] in _LEAVE
        and words[start + 1] == "i"
        and words[start + 2] not in _JUST_ASKING
    )


def _someone_like_me(words: tuple[str, ...]) -> tuple[int, int] | None:
    """The span of "anyone looking for a planner like me" put to the listener's network, or
    None; "someone coming from retail, like me" seeks nothing."""
    for index in range(1, len(words)):
        if (words[index - 1], words[index]) not in (("like", "me"), ("like", "myself")):
            continue
        seeking = next((i for i in range(index) if words[i] in _SEEKING), None)
        if seeking is not None and _in_network(words):
            return (seeking, index + 1)
    # "…to see if anyone needs a junior": whoever the listener knows, in need of staff.
    for index, word in enumerate(words[:-1]):
        if word in _ANYONE and _SEEKING & set(words[index + 1 : index + 4]) and _in_network(words):
            return (index, index + 1)
    return None


def _in_network(words: tuple[str, ...]) -> bool:
    """Whether the sentence reaches into the listener's workplace or contacts."""
    return "your" in words or any(a == "you" and b == "know" for a, b in itertools.pairwise(words))


def _asks_listener(words: tuple[str, ...]) -> bool:
    """Whether the sentence asks the listener to act: "could you…", "would you…", "…so you
    can pass it on"."""
    if any(a == "any" and b == "chance" for a, b in itertools.pairwise(words)):
        return True  # "Any chance of some work experience…?"
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
    | {"mentioning", "passing", "forwarding", "sending", "giving", "showing", "recommending"}
    | {"email", "emailing", "keep", "keeping", "leave", "put", "drop", "hand", "bring"}
    # Backing the asker's application: "would you back my application with the manager?"
    | {"back", "backing", "support", "supporting", "endorse", "endorsing", "slip", "share"}
    # Where the asker's papers should go: "Who do I address my application to?"
    | {"address", "direct", "submit", "post"}
)
# Verbs that name the asker to someone, whose title then says they hire.
_NAME_TO = frozenset(
    {"mention", "mentioning", "recommend", "recommending", "refer", "referring", "put", "pass"}
)
# Speaking up for the asker: "have a word with your manager about me", "vouch for me".
_SPEAK_FOR = frozenset({"word", "tell", "vouch", "speak", "mention", "ask", "know"})
# "Let your boss know I'm looking."
_IM_LOOKING = frozenset(
    {("i'm", "looking"), ("i'm", "available"), ("i'm", "interested"), ("i'm", "free")}
)
_ME_AS_PAPERS = frozenset(
    {"name", "details", "cv", "resume", "portfolio", "application", "number", "email"}
    | {"covering", "letter", "showreel", "references"}
)
_HIRER = frozenset({"hr", "recruitment", "recruiter", "recruiting", "hiring", "whoever"})


def _hands_me_on(words: tuple[str, ...], offered: bool = False) -> tuple[int, int] | None:
    """The span of a request to hand the asker on to someone who hires, or None.

    ``offered``: an earlier sentence offered the asker's papers, so "it" can be them.
    """
    start = start_of(words)
    if words[start : start + 2] == ("should", "i") and "your" not in words:
        return None  # "Should I put my portfolio in front of a recruiter?" asks advice
    asked: bool | None = None
    for index, word in enumerate(words):
        if word not in _HAND_ON and word not in _SPEAK_FOR:
            continue
        rest = words[index + 1 : index + 7]
        pairs = list(itertools.pairwise(rest))
        papers = word in _HAND_ON and (
            any(a == "my" and b in _ME_AS_PAPERS for a, b in pairs[:3])
            or (offered and rest[:1] != () and rest[0] in _PAPERS_BACK)
        )
        spoken_for = (
            word in _SPEAK_FOR
            and (
                any(a in ("about", "for") and b == "me" for a, b in pairs)
                # "let them know I'm looking", "tell them I'm looking", "mention I'm free".
                or (
                    word in ("know", "mention", "tell", "say")
                    and (rest[:2] in _IM_LOOKING or rest[1:3] in _IM_LOOKING)
                )
            )
        )
        if not (papers or spoken_for or (word in _HAND_ON and rest[:1] == ("me",))):
            continue
        if papers and contact_for_advice(words, index):
            continue  # "…my email to the person who runs the school talks": advice
        # Who is spoken to may come first: "let your boss know I'm looking".
        after = words if spoken_for else words[index + 1 :]
        # "Introduce me to someone in your team" may be for advice; to HR it is an ask.
        to_hirer = (
            any(w in _HIRER for w in after)
            or (
                # "Would you mind mentioning me to the head of department?"
                word in _NAME_TO and any(w.removesuffix("'s") in HIRER_TITLES for w in after)
            )
            or (
                word != "introduce"
                and any(
                    w == "your" and ORGANISATION & set(after[i + 1 : i + 3])
                    for i, w in enumerate(after)
                )
            )
        )
        # Quote the ask up to the asker: "passing my CV", "a word with your manager about me".
        span = (index, index + 1 + _through_me(rest))
        if spoken_for and (to_hirer or word == "vouch"):
            return span
        if asked is None:
            # "Would it be okay to email you my CV?" asks leave as well as "Could I…".
            asked = (
                _asks_listener(words)
                or _asks_leave(words, start_of(words))
                or bool({"okay", "ok", "alright", "mind"} & set(words))
                # "Would it be cheeky to ask you to…": a closed question put to the listener.
                or (words[start_of(words)] in AUX and "you" in words)
            )
        # The asker's name or CV handed to the listener ("email you my CV"), to a named
        # someone ("to your head chef", "to the partner who runs the intake"), or offered
        # against work ("in case you ever need a freelance illustrator").
        to_someone = (
            papers
            and asked
            and (
                rest[:1] == ("you",)
                or any(
                    a in ("to", "at", "with") and b in ("your", "the")
                    for a, b in itertools.pairwise(after)
                )
                or bool(VACANCY.find_all(words))
                or seeks_staff(words) is not None
            )
        )
        # The asker handed on when staff are short: "Could you mention me to the head chef
        # next time they're short of a commis?"; not "introduce me to…", which may be advice.
        me_handed = (
            word in _HAND_ON
            and word != "introduce"
            and rest[:2] in (("me", "to"), ("me", "for"))
            and asked
            and bool(VACANCY.find_all(words))
        )
        if (to_hirer and not spoken_for) or to_someone or me_handed:
            return span
    return None


def _through_me(rest: tuple[str, ...]) -> int:
    """How many of ``rest`` run up to and including the asker ("me", "my CV")."""
    for offset, word in enumerate(rest):
        if word == "me":
            return offset + 1
        if word in ("my", "i'm"):
            return offset + 2  # "my CV", "I'm looking"
    return 0
