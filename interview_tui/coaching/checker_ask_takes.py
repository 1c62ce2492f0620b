"""Job asks in which the listener's side would take the asker on (``job_ask`` rule).

:mod:`interview_tui.coaching.checker_asks` finds vacancies, hand-ons and offers; these are
the asks that name no vacancy at all, only the asker being taken:

* **the asker taken, had or used**: "Could your kitchen use me over Christmas?", "…, see if
  you'd have me?", "Would you think of me?" (not "What do you think of me applying…?");
* **a place given to the asker**: "…before he'd give me a start?", "Would she offer me a
  trial?";
* **a chance of a place with the listener**, in any clause: "…, and any chance of some
  shifts with you?";
* **the listener's side after someone like the asker**: "Is your practice after anyone like
  me?";
* **the listener's colleagues in need of staff**: "Does anyone you work with need a
  bookkeeper?";
* **the asker's papers kept or handed in**: "My CV's attached; could you keep it on file?",
  "…so I can get my application in early?", "Could I pop my CV round?";
* **a good word put in**, however split: "Would you say a good word to your manager for
  me?";
* **the asker's number left for a need**: "If you're ever short, you've got my number.";
* **the listener named as referee**: "Could I list you as a referee?";
* **the asker mentioned to whoever hires**: "Who hires your apprentices, and could you
  mention me to her?";
* **help offered at the listener's place**: "I'd be happy to help out at your yard any
  time."
"""

from __future__ import annotations

import itertools

from interview_tui.coaching.checker_ask_favours import favour_for_me
from interview_tui.coaching.checker_words import WH

# The listener (or their side) would have or use the asker: "could use me", "you'd have me".
_TAKE = frozenset({"have", "use", "take"})
_WOULD = frozenset({"would", "could", "might", "can", "will", "you'd", "they'd", "she'd", "he'd"})
_AFTER_ME = frozenset({"as", "for", "over", "on", "in", "at", "this", "next"})
# "Use me as a reference" makes the asker a referee, not a worker.
_NOT_WORK = frozenset({"reference", "referee", "example", "sounding", "guinea", "case"})
# "Think of me" as a request to be remembered when a place comes up.
_THINK_AFTER = frozenset({"if", "for", "when", "whenever", "next", "first", "should"})
# Places a person is given at work: "give me a start", "offer me a trial".
_GIVE = frozenset({"give", "gave", "giving", "gives", "offer", "offered", "offering"})
POSTS = frozenset(
    {"start", "chair", "trial", "placement", "job", "role", "position", "slot", "shot"}
    | {"apprenticeship", "contract", "shift", "shifts", "desk", "spot", "internship", "post"}
)
_DETERMINERS = frozenset({"a", "an", "some", "any", "the"})
_ANYONE = frozenset({"anyone", "anybody", "someone", "somebody"})
_NEED = frozenset({"need", "needs", "want", "wants", "looking", "after", "short", "use"})
_STAFF = frozenset({"a", "an", "any", "some", "another", "extra", "more", "someone", "anyone"})
_PAPERS = frozenset({"cv", "cvs", "resume", "details", "portfolio", "application", "number"})
_HERS = frozenset({"you", "your", "yours"})


def taken_on(words: tuple[str, ...], before: tuple[str, ...] = ()) -> tuple[int, int] | None:
    """The word span (first, stop) of such an ask in ``words``, or None.

    ``before`` are the words of the sentences before it on its line.
    """
    return (
        _taken(words)
        or _given(words)
        or _chance_with_you(words)
        or _after_like_me(words)
        or _colleagues_need(words)
        or _kept_on_file(words, before)
        or _good_word(words)
        or _papers_in(words)
        or _number_left(words)
        or _named_referee(words)
        or _mentioned_to_hirers(words, before)
        or _help_offered(words)
        or favour_for_me(words, before)
    )


def _taken(words: tuple[str, ...]) -> tuple[int, int] | None:
    for index in range(1, len(words) - 1):
        rest = words[index + 2 : index + 5]
        if words[index + 1] != "me":
            continue
        if (
            words[index] in _TAKE
            and _WOULD.intersection(words[max(0, index - 3) : index])
            and (not rest or rest[0] in _AFTER_ME)
            and not _NOT_WORK.intersection(rest)
        ):
            return (index, index + 2)
        if (
            words[index - 1 : index + 1] == ("think", "of")
            and (not rest or rest[0] in _THINK_AFTER)
            and not WH.intersection(words[:index])
        ):
            return (index - 1, index + 2)
    return None


def _given(words: tuple[str, ...]) -> tuple[int, int] | None:
    for index in range(len(words) - 3):
        if (
            words[index] in _GIVE
            and words[index + 1] == "me"
            and words[index + 2] in _DETERMINERS
            and words[index + 3] in POSTS
        ):
            return (index, index + 4)
    return None


def _chance_with_you(words: tuple[str, ...]) -> tuple[int, int] | None:
    """ "Any chance of a placement with you?", in whatever clause it comes."""
    for index in range(len(words) - 3):
        if words[index : index + 3] != ("any", "chance", "of"):
            continue
        post = next(
            (i for i in range(index + 3, min(len(words), index + 6)) if words[i] in POSTS), None
        )
        if post is not None and _HERS.intersection(words[post + 1 : post + 4]):
            return (index, post + 1)
    return None


def _after_like_me(words: tuple[str, ...]) -> tuple[int, int] | None:
    """ "Is your firm after anyone like me?": the listener's side seeking the asker's kind."""
    for index in range(len(words) - 3):
        if (
            words[index] == "after"
            and words[index + 1] in _ANYONE
            and words[index + 2 : index + 4] == ("like", "me")
            and "your" in words[:index]
        ):
            return (index, index + 4)
    return None


def _colleagues_need(words: tuple[str, ...]) -> tuple[int, int] | None:
    """ "Does anyone you work with need an organiser?": the listener's colleagues short of
    staff, asked for the asker."""
    for index in range(len(words) - 4):
        if (
            words[index] in _ANYONE
            and words[index + 1 : index + 3] in (("you", "work"), ("you", "know"))
            and any(
                words[i] in _NEED and words[i + 1] in _STAFF
                for i in range(index + 3, min(len(words) - 1, index + 6))
            )
            and words[0] not in WH
        ):
            return (index, min(len(words), index + 6))
    return None


def _kept_on_file(words: tuple[str, ...], before: tuple[str, ...]) -> tuple[int, int] | None:
    """ "My details are in the email; keep them on file": the asker's papers kept for when
    a place comes up."""
    line = before + words
    mine = any(a == "my" and b.removesuffix("'s") in _PAPERS for a, b in itertools.pairwise(line))
    for index in range(1, len(words) - 1):
        if words[index : index + 2] == ("on", "file") and mine:
            return (max(0, index - 3), index + 2)
    return None


_WORD_VERBS = frozenset({"put", "say", "drop", "slip", "have"})


def _good_word(words: tuple[str, ...]) -> tuple[int, int] | None:
    """ "Could you put a word in with the head chef for me?": a good word for the asker."""
    for index in range(len(words) - 2):
        if words[index] not in _WORD_VERBS:
            continue
        rest = words[index + 1 : index + 4]
        if "word" in rest and ({"me", "my", "myself"} & set(words[index + 3 :])):
            return (index, index + 1 + rest.index("word") + 1)
    return None


_HAND_IN = frozenset({"drop", "hand", "get", "pop", "put", "send", "bring", "post"})
_IN = frozenset({"in", "round", "off", "over"})
_FORMS = frozenset({"application", "form", "cv", "resume", "details"})


def _papers_in(words: tuple[str, ...]) -> tuple[int, int] | None:
    """ "Could I drop an application in?": the asker handing papers to the listener's side."""
    for index in range(1, len(words) - 3):
        subject = words[max(0, index - 3) : index]
        # "Should I drop my CV in or email it?" asks how to apply, not to be taken on.
        if words[index] not in _HAND_IN or "i" not in subject or "should" in subject:
            continue
        rest = words[index + 1 : index + 5]
        form = next((i for i, w in enumerate(rest) if w.removesuffix("'s") in _FORMS), None)
        if form is not None and rest[form + 1 : form + 2] and rest[form + 1] in _IN:
            return (index, index + form + 3)
    return None


_CONDITION = frozenset({"if", "whenever", "when", "should", "ever"})
_CONTACT = frozenset({"number", "details", "email", "card"})


def _number_left(words: tuple[str, ...]) -> tuple[int, int] | None:
    """ "If you're ever short, you've got my number": contact left for when they need staff."""
    for index in range(1, len(words) - 1):
        if (
            words[index] == "my"
            and words[index + 1] in _CONTACT
            and words[index - 1] in ("got", "have", "here's", "keep")
            and _CONDITION.intersection(words[:index])
        ):
            return (index - 1, index + 2)
    return None


_NAME = frozenset({"name", "list", "use", "put", "give", "cite"})
_REFEREE = frozenset({"referee", "reference", "knows", "vouch"})


def _named_referee(words: tuple[str, ...]) -> tuple[int, int] | None:
    """ "Could I name you as someone who knows me?": the listener as the asker's referee."""
    for index in range(1, len(words) - 2):
        if (
            words[index] in _NAME
            and words[index + 1] == "you"
            and words[index - 1] in ("i", "to")
            and _REFEREE.intersection(words[index + 2 : index + 8])
        ):
            return (index - 1, index + 2)
    return None


_MENTION = frozenset({"mention", "recommend", "suggest", "introduce"})
_HIRES = frozenset({"picks", "hires", "recruits", "selects", "chooses", "interviews"})


def _mentioned_to_hirers(words: tuple[str, ...], before: tuple[str, ...]) -> tuple[int, int] | None:
    """ "Who picks the trainees, and would you mention me to them?": the asker put before
    whoever hires."""
    if not _HIRES.intersection(before + words):
        return None
    for index in range(len(words) - 2):
        if words[index] in _MENTION and words[index + 1] == "me" and words[index + 2] == "to":
            return (index, index + 2)
    return None


_GLAD = frozenset({"glad", "happy", "keen", "love", "willing"})


def _help_offered(words: tuple[str, ...]) -> tuple[int, int] | None:
    """ "I'd be glad to help out at the kennels": help offered at the listener's place."""
    if not ({"i'd", "i'm", "i"} & set(words[:3]) and _GLAD.intersection(words)):
        return None
    for index in range(len(words) - 3):
        if (
            words[index : index + 2] in (("help", "out"), ("pitch", "in"))
            and words[index + 2] in ("at", "with", "on")
            and words[index + 3] in ("the", "your", "you")
        ):
            return (index, index + 4)
    return None
