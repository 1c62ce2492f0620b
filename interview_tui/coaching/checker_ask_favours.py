"""Job asks made as favours (informational interviews): the asker's name, a try-out, a place.

:mod:`interview_tui.coaching.checker_asks` recognises a job ask from its parts; this module
adds favours that come to the same thing, each asked of the listener's own workplace or of
someone who hires there:

* the asker's name passed to a hirer: "Would your manager see me if you mentioned my name?";
* a try-out on the listener's site: "Would the foreman let me have a go one Saturday?";
* a way in, or room, for the asker at the listener's workplace: "What's the fastest way into
  your studio for someone like me?", "Has your crew got room for the two of us?";
* the asker offering themselves for an opening: "If a slot comes up at your place, I'm your
  woman.";
* a job raised directly with a hirer, or a reference for the asker's application: "I'd like
  to ask him about a job", "Would you be a referee for my application to your trust?".

Not job asks: an introduction for advice ("Could you introduce me to your colleague in
conservation? I'd love her view on training."), a try-out of something while visiting, the
usual route into a field ("What's the usual route into brewing?").
"""

from __future__ import annotations

from interview_tui.coaching.checker_offers import HIRER_TITLES

Span = tuple[int, int]

_PASS = frozenset({"pass", "passed", "passing", "mention", "mentioned", "drop", "dropped"})
_PASS |= frozenset({"put", "give", "gave", "forward", "forwarded", "send", "sent"})
_MEET = frozenset({"meet", "see", "interview", "take", "hire", "consider", "call"})
_TRY = frozenset(
    {("have", "a", "go"), ("have", "a", "try"), ("give", "it", "a"), ("do", "a", "shift")}
    | {("do", "a", "trial"), ("help", "out"), ("muck", "in"), ("have", "a", "bash")}
    | {("work", "a", "shift"), ("try", "out"), ("join", "in"), ("do", "a", "day")}
)
_WAY = frozenset({"route", "way", "path", "road", "door", "ticket"})
_INTO = frozenset({"in", "into", "onto", "to"})
_LIKE_ME = frozenset({"me", "myself", "my"})
_US = frozenset(
    {
        ("me",),
        ("us",),
        ("the", "pair", "of", "us"),
        ("both", "of", "us"),
        ("the", "two", "of", "us"),
    }
    | {("me", "and", "my"), ("my", "mate"), ("the", "both", "of", "us")}
)
_ME_OFFERED = frozenset({"man", "woman", "girl", "guy", "person", "lad", "gal", "fella"})
_OPENING = frozenset(
    {"slot", "opening", "place", "job", "vacancy", "role", "position", "gig", "post", "spot"}
)
_JOB = frozenset(
    {("a", "job"), ("a", "role"), ("a", "position"), ("jobs",), ("vacancies",), ("openings",)}
    | {("any", "work"), ("a", "vacancy"), ("an", "opening"), ("a", "placement")}
)
_ASKED = frozenset({"her", "him", "them"})
_REFEREE = frozenset({"referee", "reference"})


def favour_for_me(words: tuple[str, ...], before: tuple[str, ...] = ()) -> Span | None:
    """The word span (first, stop) of a job ask made as a favour in ``words``, or None.

    ``before`` are the words of the sentences before it on its line.
    """
    return (
        _name_to_hirer(words)
        or _try_out(words)
        or _way_in(words)
        or _room_for_me(words)
        or _me_offered(words, before)
        or _job_raised(words)
        or _referee_for_application(words)
    )


def _name_to_hirer(words: tuple[str, ...]) -> Span | None:
    """ "Reckon your boss would meet me if you passed my name along?" """
    for i in range(1, len(words) - 1):
        if words[i : i + 2] == ("my", "name") and words[i - 1] in _PASS:
            hirer = not HIRER_TITLES.isdisjoint(words)
            met = any(words[j] in _MEET and words[j + 1] == "me" for j in range(len(words) - 1))
            if hirer and met:
                return (i - 1, i + 2)
    return None


def _try_out(words: tuple[str, ...]) -> Span | None:
    """ "…would your foreman let me have a go?": a try-out on the listener's site."""
    if "your" not in words:
        return None
    for i in range(len(words) - 3):
        if words[i : i + 2] == ("let", "me") and any(
            tuple(words[i + 2 : i + 2 + n]) in _TRY for n in (2, 3)
        ):
            return (i, min(len(words), i + 5))
    return None


def _way_in(words: tuple[str, ...]) -> Span | None:
    """ "What's the quickest route into your brewery for someone like me?" """
    for i in range(len(words) - 2):
        if (
            words[i] in _WAY
            and words[i + 1] in _INTO
            and "your" in words[i + 2 : i + 4]
            and not _LIKE_ME.isdisjoint(words[i + 3 :])
            and (i == 0 or words[i - 1] not in ("your", "his", "her", "their"))
        ):
            return (i, i + 4)
    return None


def _room_for_me(words: tuple[str, ...]) -> Span | None:
    """ "Would your firm have room for the pair of us?" """
    if "your" not in words:
        return None
    for i in range(len(words) - 2):
        if words[i : i + 2] == ("room", "for") and any(
            tuple(words[i + 2 : i + 2 + n]) in _US for n in (1, 2, 4)
        ):
            return (i, min(len(words), i + 6))
    return None


def _me_offered(words: tuple[str, ...], before: tuple[str, ...]) -> Span | None:
    """ "If you hear of a trainee slot at your place, I'm your man." """
    for i in range(len(words) - 2):
        if words[i : i + 2] == ("i'm", "your") and words[i + 2] in _ME_OFFERED:
            line = before + words
            if "if" in line and not _OPENING.isdisjoint(line):
                return (i, i + 3)
    return None


def _job_raised(words: tuple[str, ...]) -> Span | None:
    """ "I'd like to ask her about a job directly." """
    if "i'd" not in words and "i" not in words:
        return None
    for i in range(len(words) - 3):
        if (
            words[i] == "ask"
            and words[i + 1] in _ASKED
            and words[i + 2] == "about"
            and any(tuple(words[i + 3 : i + 3 + n]) in _JOB for n in (1, 2))
        ):
            return (i, min(len(words), i + 5))
    return None


def _referee_for_application(words: tuple[str, ...]) -> Span | None:
    """ "I don't suppose you'd be a referee for my application to your council?" """
    for i in range(len(words) - 3):
        if (
            words[i] in _REFEREE
            and words[i + 1 : i + 3] == ("for", "my")
            and ("application" in words[i + 3 : i + 5] or "your" in words[i + 3 :])
        ):
            return (i, i + 3)
    return None
