"""Job asks that put the asker forward without naming a vacancy: the ``job_ask`` rule's
widest classes, for :mod:`interview_tui.coaching.checker_asks`.

Each class is one move a person makes to be thought of for work at the listener's place:

* **put forward for a need**: an "if" or "when" clause names a need for hands at the
  listener's place, and the rest of the sentence puts the asker forward in any words: "If the
  depot is ever short a driver, I'd jump at it", "If your team's after someone, you know
  where I am", "I'm free on Sundays if the kennels ever need an extra pair of hands". "If
  the ward is short of nurses, how do you cope?" puts nobody forward; "If I needed a mentor,
  who would you suggest?" names no need;
* **the asker's name or papers passed on**: the listener asked to move the asker's name, CV
  or application along ("would you hand my CV on to…", "could you nudge my application up
  the pile", "drop the site manager a line about me"), to use the listener as a referee when
  the asker applies ("Mind if I give your name when I apply?"), or to introduce the asker to
  whoever takes people on ("…introduce me to the manager who hires the seasonal staff");
  sending work for comment ("…for your feedback", "…to look over") is advice;
* **work offered as a way in**: the asker offers to work for nothing, on trial or for a way in
  at the listener's place ("I'd gladly wash pots at your bistro for free if it got me a
  start"), or asks to be kept on ("…and would your practice keep me on afterwards?").
"""

from __future__ import annotations

import itertools

from interview_tui.coaching.checker_ask_told import contact_for_advice
from interview_tui.coaching.checker_ask_words import ORGANISATION, seeks_staff
from interview_tui.coaching.checker_words import WH

_SELF = frozenset({"i", "i'd", "i'm", "i'll", "me", "my", "myself"})
# Who a condition is about when it names no need at the listener's place: "If I needed…".
_NOT_THEIRS = frozenset({"i", "i'm", "i'd", "i've", "we", "we're", "my"})
_IF = frozenset({"if", "when", "whenever", "should"})
# A need for hands, named without a vacancy word: "needs an extra pair of hands", "short a
# mechanic", "after someone", "has a Saturday slot going", "takes on runners".
_NEED_VERBS = frozenset({"need", "needs", "needed", "needing", "want", "wants", "wanted"})
_NEED_WHAT = frozenset(
    {"a", "an", "another", "extra", "more", "one", "someone", "somebody", "anyone", "help"}
    | {"hands", "cover", "staff", "people", "spare"}
)
_SHORT_OF = frozenset({"a", "an", "of", "one", "another", "staffed", "handed"})
_AFTER_WHOM = frozenset({"someone", "somebody", "anyone", "a", "an", "another", "more"})
_HAVE = frozenset({"has", "have", "had", "got"})
_OPENINGS = frozenset({"vacancy", "vacancies", "opening", "openings"})
_COMES_UP = frozenset(
    {("comes", "up"), ("come", "up"), ("opens", "up"), ("frees", "up"), ("crops", "up")}
)
_TAKE_ON = frozenset({"take", "takes", "taking", "took"})


def needs_hands(clause: tuple[str, ...]) -> int | None:
    """The index just past a need for staff named in ``clause``, or None."""
    staff = seeks_staff(clause)
    if staff is not None:
        return staff[1]
    for index, word in enumerate(clause):
        if word in _OPENINGS:
            return index + 1
    for index, word in enumerate(clause[:-1]):
        nxt = clause[index + 1]
        if (
            (word, nxt) in _COMES_UP
            or (word in _NEED_VERBS and nxt in _NEED_WHAT)
            or (word == "short" and nxt in _SHORT_OF)
            or (
                word == "after"
                and nxt in _AFTER_WHOM
                and index
                and (clause[index - 1].endswith("'s") or clause[index - 1] in ("is", "are", "ever"))
            )
            or (word in _TAKE_ON and nxt == "on" and index + 2 < len(clause))
        ):
            return index + 2
        if word in _HAVE and "going" in clause[index + 1 : index + 7]:
            return clause.index("going", index + 1) + 1
    return None


def put_forward(words: tuple[str, ...], before: tuple[str, ...] = ()) -> tuple[int, int] | None:
    """The span (first, stop) of an ask in ``words`` (a sentence, with the words of the
    sentences before it on its line in ``before``) that puts the asker forward, or None."""
    return (
        _for_a_need(words, before)
        or _passed_on(words, before)
        or _as_referee(words)
        or _to_the_hirer(words)
        or _work_as_a_way_in(words, before)
        or _kept_on(words)
        or _given_me(words)
    )


def _for_a_need(words: tuple[str, ...], before: tuple[str, ...]) -> tuple[int, int] | None:
    """ "If the shop is ever short a mechanic, I'd love it to be me.": a need for hands at the
    listener's place in a condition, the asker put forward in the rest of the sentence."""
    opening = words[1:2] if words[:1] in (("and",), ("so",), ("but",)) else words[:1]
    if not opening or opening[0] in WH:
        return None
    for index, word in enumerate(words[:-2]):
        if word not in _IF or words[index + 1] in _NOT_THEIRS:
            continue
        clause = words[index + 1 : index + 12]
        end = needs_hands(clause)
        if end is None:
            continue
        stop = index + 1 + end
        # The asker put forward outside the condition, not inside a question of how it is
        # done ("…, how would I hear about it?") or a courtesy ("if I ask").
        before_if = words[:index]
        after = words[stop:]
        mine = (
            any(
                w in _SELF and before_if[i + 1 : i + 2] not in _ASKING
                for i, w in enumerate(before_if)
            )
            or any(
                w in _SELF
                and after[i + 1 : i + 2] not in _ASKING
                # "…, you know where I am" puts the asker forward; "…, how do I hear?" asks.
                and not any(
                    x in WH and after[j - 1 : j] != ("know",) for j, x in enumerate(after[:i])
                )
                for i, w in enumerate(after)
            )
        )
        # "Could you tell me what happens when a post opens up?" asks how it works.
        if mine and not _GENERIC.intersection(words) and not WH.intersection(before_if):
            return (index, stop)
    # "Maybe your kitchen needs one more person? I can start any day.": the asker's
    # availability, after a need at the listener's place.
    if (
        _AVAILABLE.intersection(itertools.pairwise(words))
        and "your" in before
        and needs_hands(before) is not None
    ):
        return (0, len(words))
    return None


_ASKING = frozenset({("ask",), ("wonder",), ("wondered",), ("ask",)})
# "firms like yours": a kind of place, asked about for advice.
_GENERIC = frozenset({"like", "such"})
_AVAILABLE = frozenset(
    {("can", "start"), ("could", "start"), ("i'm", "free"), ("i'm", "available")}
    | {("start", "tomorrow"), ("start", "immediately")}
)


def _asks_how(rest: tuple[str, ...]) -> bool:
    """Whether what follows the condition asks how it is done: "…, how would I hear?"."""
    return bool(rest) and rest[0] in WH and rest[:3] != ("where", "to", "find")


# Moving something along: "hand my CV on", "nudge my application up the pile".
_CONVEY = frozenset(
    {"hand", "pass", "send", "forward", "flag", "nudge", "push", "drop", "bring", "slip"}
    | {"mention", "float", "share", "put", "get", "show", "email", "champion"}
)
_PAPERS = frozenset(
    {"name", "cv", "resume", "application", "details", "portfolio", "showreel", "number"}
)
_PAPERS_BACK = frozenset({"it", "them"})
_ALONG = frozenset({"on", "up", "to", "along", "forward", "through", "across", "in", "onto"})
_ALONG_ONE = frozenset((word,) for word in _ALONG)
# Work sent for comment, or read by the listener: advice, not an ask.
_COMMENT = frozenset(
    {"feedback", "thoughts", "comments", "advice", "opinion", "critique", "look", "read"}
    | {"check", "glance", "review", "improve", "improved", "eye"}
)
# A good word put in: "a line about me", "a good word in".
_WORD = frozenset({"word", "line", "note"})


def _base(word: str) -> str:
    """ "handing" → "hand", "flagged" → "flag": the verb, whatever its form."""
    for ending in ("ing", "ed"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            root = word[: -len(ending)]
            for verb in (root, root[:-1], root + "e"):
                if verb in _CONVEY:
                    return verb
    return word


def _listener_asked(words: tuple[str, ...], at: int) -> bool:
    """Whether the listener is the one asked to act at ``at``: "would you…", "could you
    possibly…", "mind…", or a bare request."""
    window = words[max(0, at - 5) : at]
    if "you" in window and "i" not in window[window.index("you") :]:
        return True
    return "mind" in window or at == 0 or words[at - 1] == "please"


def _passed_on(words: tuple[str, ...], before: tuple[str, ...]) -> tuple[int, int] | None:
    """ "Would you mind handing my CV on to the person who runs the tours?": the asker's name
    or papers moved along by the listener."""
    if _COMMENT.intersection(words):
        return None
    papers_before = any(
        a == "my" and b.removesuffix("'s") in _PAPERS for a, b in itertools.pairwise(before)
    )
    for index, word in enumerate(words):
        verb = _base(word)
        if verb not in _CONVEY or not _listener_asked(words, index):
            continue
        rest = words[index + 1 : index + 7]
        mine = next(
            (i for i, (a, b) in enumerate(itertools.pairwise(rest)) if a == "my" and b in _PAPERS),
            None,
        )
        if (
            mine is not None
            and mine < 3
            and _ALONG.intersection(rest[mine + 2 : mine + 4])
            # "…my number on to the person who runs the school talks": contact for advice.
            and not contact_for_advice(words, index)
        ):
            return (index, index + mine + 3)
        if papers_before and rest[:1] and rest[0] in _PAPERS_BACK and rest[1:2] in _ALONG_ONE:
            return (index, index + 3)
        # "drop the practice manager a line about me", "put a word in at your unit"
        for at, noun in enumerate(rest, start=index + 1):
            if noun in _WORD and words[at - 1] in ("a", "good") and at + 2 <= len(words):
                after = words[at + 1 : at + 3]
                if after in (("about", "me"), ("for", "me")) or (
                    after[:1] == ("in",) and "your" in words[at:]
                ):
                    return (index, min(len(words), at + 3))
    return None


def _as_referee(words: tuple[str, ...]) -> tuple[int, int] | None:
    """ "Mind if I drop your name when I apply?", "Could I name you as a referee for the
    scheme?": the listener's name used to get the asker in."""
    applying = {"apply", "applying", "application", "referee"}.intersection(words)
    if not applying or "i" not in words:
        return None
    for index, word in enumerate(words[:-1]):
        if word in _NAMING and (
            words[index + 1 : index + 3] == ("your", "name")
            or words[index + 1 : index + 3] in (("you", "as"), ("you", "down"))
        ):
            return (index, index + 3)
    return None


_NAMING = frozenset({"drop", "use", "mention", "give", "name", "quote", "list", "put", "cite"})
# Who takes people on: "the manager who takes on the seasonal gardeners".
_HIRES = frozenset({"hires", "recruits", "hired", "recruited", "shortlists"})


def _to_the_hirer(words: tuple[str, ...]) -> tuple[int, int] | None:
    """ "Could you introduce me to the manager who takes on the seasonal staff?": the asker
    put in front of whoever hires, named by what they do."""
    for index in range(len(words) - 2):
        if words[index] not in ("introduce", "introducing") or words[index + 1] != "me":
            continue
        rest = words[index + 2 : index + 12]
        for at, word in enumerate(rest[:-1]):
            if word in ("who", "that") and (
                rest[at + 1] in _HIRES
                or (rest[at + 1] in _TAKE_ON and rest[at + 2 : at + 3] == ("on",))
                or (rest[at + 1 : at + 3] == ("does", "the") and "hiring" in rest[at + 3 : at + 4])
            ):
                return (index, index + 2)
    return None


# The asker offering work: "I'd happily…", "I'm happy to…", "I'd gladly…".
_WILLING = frozenset(
    {("i'd", "happily"), ("i'd", "gladly"), ("i'm", "happy"), ("i'd", "be"), ("i'm", "willing")}
    | {("i", "would"), ("i'd", "love"), ("i", "could"), ("i'd", "willingly")}
)
# What the work is offered for, or on: for nothing, on trial, for a way in.
_FOR_A_WAY_IN = frozenset(
    {("for", "nothing"), ("for", "free"), ("if", "it"), ("way", "in"), ("foot", "in")}
    | {("trial", "days"), ("trial", "day"), ("a", "start"), ("unpaid",), ("for", "expenses")}
)


def _work_as_a_way_in(
    words: tuple[str, ...], before: tuple[str, ...] = ()
) -> tuple[int, int] | None:
    """ "I'd gladly wash pots at your bistro for free if it got me a start.": work offered at
    the listener's place for nothing, on trial or as a way in; the offer may come in the
    sentence before ("I'd love to cook at your bistro. Who do I see about a start there?")."""
    line = before + words
    pairs = list(itertools.pairwise(line))
    willing = next((i for i, p in enumerate(pairs) if p in _WILLING), None)
    if willing is None or WH.intersection(line[willing : willing + 5]):
        return None
    marked = any(p in _FOR_A_WAY_IN for p in itertools.pairwise(words)) or "unpaid" in words
    place = any(
        (a == "your" and b.removesuffix("'s") in ORGANISATION)
        or (a == "your" and i and line[i - 1] in ("at", "in", "on", "with", "for"))
        or (a in ("at", "in") and b == "the" and i + 2 < len(line) and line[i + 2] not in _TIMES)
        for i, (a, b) in enumerate(pairs)
    )
    if marked and place:
        return (max(0, willing - len(before)), len(words))
    return None


# "at the start", "in the summer": a time, not a place.
_TIMES = frozenset(
    {"start", "beginning", "end", "moment", "time", "weekend", "weekends", "summer", "winter"}
    | {"spring", "autumn", "evenings", "mornings", "holidays", "holiday", "meantime", "past"}
    | {"future", "long", "first", "same", "way", "hope", "sense"}
)


def _kept_on(words: tuple[str, ...]) -> tuple[int, int] | None:
    """ "…and would your clinic keep me on after that?", "Could I do my placement in your
    lab and then stay on?": being kept at the listener's place."""
    for index in range(len(words) - 1):
        kept = words[index + 1 : index + 3] == ("me", "on") and words[index] in (
            "keep",
            "kept",
            "keeping",
        )
        stay = words[index : index + 2] == ("stay", "on") and "i" in words[:index]
        if not (kept or stay):
            continue
        nxt = words[index + 3 : index + 4] if kept else words[index + 2 : index + 3]
        if nxt and nxt[0] not in _KEPT_AFTER:
            continue
        if "your" in words or (kept and ("you" in words[:index] or "chance" in words)):
            return (index, index + 3 if kept else index + 2)
    return None


# What may follow "keep me on" when it means a job: "keep me on after that", "…permanently";
# not "keep me on track", "keep me on your mailing list".
_KEPT_AFTER = frozenset({"after", "afterwards", "permanently", "full", "once", "when", "at"})


# What the listener's place could give the asker: "give me a trainee post", "offer me a start".
_GIVEN = frozenset({"job", "post", "role", "position", "place", "start", "placement", "trial"})
_GIVE = frozenset({"give", "offer", "find", "gives", "offers", "giving", "offering"})


def _given_me(words: tuple[str, ...]) -> tuple[int, int] | None:
    """ "What would I have to show you before your centre would give me a trainee post?": a
    post at the listener's place given to the asker."""
    if "your" not in words and "you" not in words:
        return None
    for index in range(1, len(words) - 2):
        if words[index] not in _GIVE or words[index + 1] != "me":
            continue
        giver = words[max(0, index - 4) : index]
        if not ("you" in giver or "your" in giver or any(w.endswith("'s") for w in giver)):
            continue
        if words[index + 2] in ("a", "an") and _GIVEN.intersection(words[index + 3 : index + 6]):
            return (index, min(len(words), index + 6))
    return None


SELF = frozenset({"me", "my", "i", "i'm", "i'd", "i've", "i'll", "myself"})
# "Tell me how…", "show me…": the asker as the one told, not the one to be taken on.
_TOLD = frozenset({"tell", "show", "walk", "talk", "explain", "remind", "teach"})


def mentions_self(words: tuple[str, ...]) -> bool:
    """Whether the asker appears in ``words`` other than as the one a request tells."""
    return any(
        word in SELF
        and not (word == "me" and index and words[index - 1].removesuffix("ing") in _TOLD)
        # "give me a sense of what the post involves": told, too.
        and not (
            word == "me"
            and index
            and words[index - 1] == "give"
            and _A_PICTURE & set(words[index + 1 : index + 3])
        )
        for index, word in enumerate(words)
    )


_A_PICTURE = frozenset({"sense", "idea", "feel", "picture", "overview", "flavour", "rundown"})
