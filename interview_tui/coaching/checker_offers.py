"""Job asks made by offering oneself: the ``job_ask`` rule's indirect forms.

:mod:`interview_tui.coaching.checker_asks` finds asks built from the asker, a vacancy and the
listener's workplace. People also ask without naming a vacancy at all, by putting themselves
where the listener will think of them. Each class here is one such move:

* **tell me when you need someone**: a request to be told, with a need for staff or an
  opening in an "if" or "when" clause: "Drop me a line if the clinic ever needs another
  receptionist", "Let me know when something comes up";
* **work offered to the listener**: "If there's anything I can do for you at the depot, just
  say", after the asker says they are free or at a named workplace;
* **samples sent to the listener**: "Can I email you a couple of my designs for your files?";
  sending them for feedback ("…for your thoughts", "…to look over") is advice, not an ask;
* **papers put before whoever hires**: "How can I get my showreel in front of your head of
  casting?", "Could you leave it on the owner's desk?".

Not asks: asking how people are told of openings ("How do people hear when something comes
up?"), offering help in return for the conversation ("Is there anything I can do for you in
return?"), and asking for feedback on one's work.
"""

from __future__ import annotations

import itertools

from interview_tui.coaching.checker_ask_forward import needs_hands
from interview_tui.coaching.checker_ask_words import ORGANISATION, VACANCY, seeks_staff

# Ways of asking to be told: "let me know", "give me a shout", "drop me a line".
_TELL_ME = frozenset(
    {
        ("let", "me", "know"),
        ("give", "me", "a"),
        ("give", "us", "a"),
        ("drop", "me", "a"),
        ("send", "me", "a"),
        ("keep", "me", "posted"),
        ("keep", "me", "informed"),
        ("keep", "me", "updated"),
        ("keep", "me", "in"),
        ("tell", "me", "if"),
        ("tell", "me", "when"),
        ("ping", "me", "if"),
        ("ping", "me", "when"),
        ("call", "me", "if"),
        ("ring", "me", "if"),
        ("text", "me", "if"),
    }
)
_IF = frozenset({"if", "when", "whenever", "should", "once"})
# "…if anything comes up", "…when a place becomes free".
_COMES_UP = frozenset(
    {("comes", "up"), ("come", "up"), ("opens", "up"), ("open", "up"), ("becomes", "free")}
    | {("becomes", "available"), ("frees", "up"), ("crops", "up"), ("turns", "up")}
)
# The asker saying they are free to work: "I'm free from Monday", "I can start straight away".
_AVAILABLE = frozenset(
    {("i'm", "free"), ("i'm", "available"), ("i", "can", "start"), ("i'm", "around")}
)
_TAKES = frozenset({"take", "need", "hire", "want", "have", "ever"})
_NEED = frozenset({"need", "needed", "want", "wanted"})
# "anything I could do for you", "anything I can help with".
_HELP_VERBS = frozenset({"do", "help", "cover", "fill", "pitch"})
# Work samples the asker might send: "a few cuttings", "my designs", "some clips".
_SAMPLES = frozenset(
    {"cuttings", "clippings", "clips", "samples", "portfolio", "showreel", "reel", "designs"}
    | {"drawings", "photos", "articles", "writing", "cv", "resume", "details", "references"}
    | {"examples", "work", "sketches", "pieces", "plans", "recordings", "tapes"}
)
_SEND = frozenset({"send", "email", "post", "drop", "forward", "give", "pass", "bring", "leave"})
# What sending for feedback sounds like: the sample is for comment, not for a vacancy.
_FOR_COMMENT = frozenset(
    {"feedback", "thoughts", "comments", "advice", "opinion", "critique", "view", "views"}
)
# Whoever hires, named by title: "your creative director", "the manager's desk".
HIRER_TITLES = frozenset(
    {"manager", "boss", "director", "editor", "owner", "head", "chief", "supervisor", "lead"}
    | {"recruiter", "hr", "partner", "principal", "proprietor", "foreman", "gaffer", "chef"}
)
_PAPERS = frozenset({"cv", "resume", "portfolio", "showreel", "reel", "application", "details"})
_PAPERS |= frozenset({"name", "cuttings", "clips", "samples", "work", "designs", "it", "them"})
_PUT = frozenset({"get", "put", "pop", "stick", "slip", "leave", "place", "drop", "land"})


def offered_self(words: tuple[str, ...], line: tuple[str, ...]) -> tuple[int, int] | None:
    """The span (first, stop) of an ask in ``words`` made by offering oneself, or None.

    ``line`` holds every word of the line the sentence is on (for "I'm free from Monday.").
    """
    return (
        _tell_me_when(words)
        or _work_offered(words, line)
        or _samples_sent(words)
        or _before_the_hirer(words)
        or _foot_in_the_door(words, line)
        or _where_to_send(words)
        or _way_in_for_me(words)
        or _count_me_in(words)
    )


def _tell_me_when(words: tuple[str, ...]) -> tuple[int, int] | None:
    """ "Give me a shout if the agency needs another carer", "let me know if anything comes
    up", "If a post comes up, would you tell me?": a request to be told of a need for staff
    or an opening. "Could you tell me what happens when a post comes up?" asks how it works."""
    for index in range(len(words) - 1):
        three = tuple(words[index : index + 3])
        last = tuple(words[index:]) in (("tell", "me"), ("let", "me", "know"))
        if three not in _TELL_ME and not last:
            continue
        rest = words[index + 2 :]
        when = next((i for i, w in enumerate(rest) if w in _IF), None)
        # The condition may come first: "If a seat frees up, would you let me know first?"
        clause = words[:index] if last or when is None else rest[when:]
        if not _IF.intersection(clause):
            continue
        if (
            seeks_staff(clause) is not None
            or needs_hands(clause) is not None
            or any(pair in _COMES_UP for pair in itertools.pairwise(clause))
            or VACANCY.find_all(clause)
        ):
            return (index, min(len(words), index + 3))
    return None


def _work_offered(words: tuple[str, ...], line: tuple[str, ...]) -> tuple[int, int] | None:
    """ "If there's anything I could do for you at the warehouse, just say": work offered to
    the listener, after the asker says they are free or naming a workplace."""
    available = any(
        tuple(line[i : i + len(pair)]) == pair for pair in _AVAILABLE for i in range(len(line))
    )
    if available:
        # "I'm free most weekends if you ever need an extra pair of hands."
        for index in range(len(words) - 2):
            # "…if you need to move our call" needs nobody.
            if (
                words[index : index + 2] == ("if", "you")
                and _NEED.intersection(words[index + 2 : index + 4])
                and "to" not in words[index + 3 : index + 5]
            ):
                return (index, len(words))
    for index, word in enumerate(words[:-3]):
        if word not in ("anything", "something"):
            continue
        after = words[index + 1 : index + 6]
        if not after or after[0] != "i" or not _HELP_VERBS.intersection(after):
            continue
        workplace = bool(ORGANISATION.intersection(words[index + 1 :]))
        if available or workplace:
            return (index, min(len(words), index + 6))
    return None


def _foot_in_the_door(words: tuple[str, ...], line: tuple[str, ...]) -> tuple[int, int] | None:
    """ "Do you take volunteers? I'd love to get a foot in the door.": a way in for the asker,
    put to the listener; "How do people get a foot in the door?" asks how it is done."""
    for index in range(len(words) - 3):
        if words[index : index + 4] != ("foot", "in", "the", "door"):
            continue
        mine = bool({"i", "i'd", "i'm", "me", "my"}.intersection(words[:index]))
        # The door is the listener's: "Do you take volunteers?", "…at your shelter"; not
        # "I want a foot in the door. What would you do in my shoes?".
        theirs = any(
            (a == "you" and b in _TAKES) or (a == "your" and b in ORGANISATION)
            for a, b in itertools.pairwise(line)
        )
        if mine and theirs:
            return (max(0, index - 2), index + 4)
    return None


_WH_PLACE = frozenset({"who", "who's", "where", "where's", "whom", "which"})
_GENERIC = frozenset({"usually", "typically", "generally", "normally", "like", "such"})


def _where_to_send(words: tuple[str, ...]) -> tuple[int, int] | None:
    """ "Who's the best person to send my CV to?", "Where should I send my application?":
    the asker's papers, and the listener asked where they should go. "Where do firms like
    yours usually want CVs sent?" asks how hiring works."""
    if not words or words[0] not in _WH_PLACE or _GENERIC.intersection(words):
        return None
    for index, word in enumerate(words[:-2]):
        if (
            word in _SEND | _ADDRESS
            and words[index + 1] == "my"
            and (words[index + 2] in _PAPERS or words[index + 2] in _SAMPLES)
        ):
            return (index, index + 3)
    return None


_ADDRESS = frozenset({"address", "direct", "submit"})
# "What would I need to do to work on your team?", "Is there any way I could start at your
# shop?", "Would I have a chance at your company?": the asker's way into the listener's
# own workplace.
_WAY_IN = frozenset({"work", "start", "join", "chance", "shot", "place", "get"})
_INTO = frozenset({"on", "in", "at", "with", "for", "into", "onto"})
_ME = frozenset({"i", "i'd", "me"})
_WH_ALL = frozenset({"what", "how", "why", "when", "where", "who", "which", "what's", "how's"})


def _way_in_for_me(words: tuple[str, ...]) -> tuple[int, int] | None:
    if _GENERIC.intersection(words):
        return None
    for index in range(1, len(words) - 3):
        if words[index] not in _WAY_IN or words[index + 1] not in _INTO:
            continue
        if words[index + 2] != "your" or not ORGANISATION.intersection(
            w.removesuffix("'s") for w in words[index + 3 : index + 5]
        ):
            continue
        window = words[max(0, index - 8) : index]
        mine = [i for i, w in enumerate(window) if w in _ME]
        # "I'd love to hear what it's like to work on your team" asks what it is like.
        if mine and not any(w in _WH_ALL for w in window[mine[-1] :]):
            return (index, index + 4)
    return None


def _samples_sent(words: tuple[str, ...]) -> tuple[int, int] | None:
    """ "Could I send you a few cuttings for your desk?": the asker's samples sent to the
    listener, not for comment."""
    if _FOR_COMMENT.intersection(words) or any(
        a == "look" and b in ("over", "at") for a, b in itertools.pairwise(words)
    ):
        return None
    for index in range(1, len(words) - 2):
        if words[index - 1] != "i" or words[index] not in _SEND or words[index + 1] != "you":
            continue
        for later in range(index + 2, min(len(words), index + 7)):
            if words[later] in _SAMPLES:
                return (index - 1, later + 1)
    return None


def _before_the_hirer(words: tuple[str, ...]) -> tuple[int, int] | None:
    """ "How do I get my portfolio in front of your creative director?", "Would you pop it on
    the manager's desk for me?": the asker's papers put before whoever hires."""
    for index, word in enumerate(words[:-2]):
        if word not in _PUT:
            continue
        rest = words[index + 1 : index + 4]
        mine = rest[:1] in (("it",), ("them",)) or any(
            a == "my" and b in _PAPERS for a, b in itertools.pairwise(rest)
        )
        if not mine:
            continue
        if rest[:1] in (("it",), ("them",)) and "my" not in words and "me" not in words:
            continue  # "Could you put it on the manager's desk?" with nothing of the asker's
        target = words[index + 2 : index + 12]
        for at, owner in enumerate(target[:-1]):
            if owner in ("your", "the") and any(
                w.removesuffix("'s") in HIRER_TITLES for w in target[at + 1 : at + 4]
            ):
                return (index, index + 2 + at + 2)
    return None


# The asker putting themselves forward: "I'm keen", "you know where I am", "count me in".
_COUNT_ME_IN: tuple[tuple[str, ...], ...] = (
    ("i'm", "keen"),
    ("i'm", "interested"),
    ("i'm", "up", "for", "it"),
    ("i'm", "your", "man"),
    ("i'm", "your", "woman"),
    ("count", "me", "in"),
    ("know", "where", "i", "am"),
    ("know", "where", "to", "find", "me"),
    ("i'd", "be", "there", "in", "a", "heartbeat"),
    ("i'd", "jump", "at"),
    ("sign", "me", "up"),
)
# A need for hands at the workplace, told without a vacancy word: "short of hands", "a
# teacher down", "paid hours going".
_SHORT = frozenset({("short", "of"), ("short", "staffed"), ("short", "handed"), ("paid", "hours")})
_SHORT |= frozenset({("hours", "going"), ("extra", "pair"), ("spare", "shifts")})


def _count_me_in(words: tuple[str, ...]) -> tuple[int, int] | None:
    """ "If the winery's short of hands I'm keen", "…if the school's ever a teacher down, you
    know where I am": the asker put forward for a need for staff named in an "if" or "when"
    clause. "If you're ever in town, you know where I am" names no need."""
    for index in range(len(words)):
        phrase = next((p for p in _COUNT_ME_IN if tuple(words[index : index + len(p)]) == p), None)
        if phrase is None:
            continue
        when = next((i for i, w in enumerate(words) if w in _IF), None)
        if when is None:
            return None
        clause = words[when:index] if when < index else words[when:]
        needs = (
            seeks_staff(clause) is not None
            or bool(VACANCY.find_all(clause))
            or any(pair in _COMES_UP or pair in _SHORT for pair in itertools.pairwise(clause))
            or any(
                clause[i] in ("a", "an", "one") and clause[i + 2 : i + 3] == ("down",)
                for i in range(len(clause) - 2)
            )
        )
        return (index, index + len(phrase)) if needs else None
    return None
