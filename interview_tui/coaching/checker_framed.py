"""Loaded words the ``leading`` rule leaves alone because the question does not settle them.

A loaded word ("toxic", "lazy", "thankless") leads when the asker states it as a fact of the
listener's world. These frames put it up without settling it:

* **a hypothetical case to handle**: the candidate is asked how they would handle a supposed
  case, an indefinite one ("How would you handle a toxic client?") or one set in a condition
  ("What would you do if a new starter turned out lazy?"); not "How would you deal with the
  lazy lot on nights?" (a group pointed at), "…a useless manager like ours" (a real one
  likened) nor "How do you put up with such a toxic boss?";
* **a view reported from others**, asked about: "Why do people call nursing thankless?",
  "Why is it often described as a dead end?"; not the asker's own claim;
* **a rumour put up to be tested** in the same sentence: "I'm told the rota is a nightmare;
  how true is that?";
* **a superlative that asks for an example** from what the listener has seen: "What's the
  most pointless form you've had to fill in?"; not "What's the most ridiculous rule the
  council makes you follow?", where the verdict is put on someone else's doing.
"""

from __future__ import annotations

import itertools

_INDEFINITE = frozenset({"a", "an", "another", "any"})
_SOMEONE = frozenset({"someone", "somebody", "anyone", "anybody", "one"}) | _INDEFINITE
_MODAL = frozenset({"would", "could", "might", "should"})
_YOU_MODAL = frozenset({"you'd"})
_SUPPOSE = frozenset({"suppose", "supposing", "imagine", "say"})
_WH = frozenset({"how", "what", "why", "which", "where", "when", "who", "what's", "how's"})
# Who may hold a view the asker reports: "people", "some", "outsiders"; not "everyone", which
# is a sweeping claim of the asker's own.
_OTHERS = frozenset(
    {"people", "some", "others", "many", "folk", "folks", "outsiders", "friends", "critics"}
    | {"they", "customers", "clients", "patients", "newcomers", "journalists"}
)
_REPORT = frozenset(
    {"call", "calls", "called", "say", "says", "said", "describe", "describes", "described"}
    | {"label", "labels", "labelled", "labeled", "brand", "brands", "branded", "dub", "dubbed"}
    | {"consider", "considers", "considered", "think", "reckon", "see", "claim", "claims"}
)
_PASSIVE_REPORT = frozenset({"called", "described", "labelled", "labeled", "branded", "dubbed"})
_BE = frozenset({"is", "was", "are", "were", "gets", "get", "got", "be", "it's"})
_OFTEN = frozenset({"often", "sometimes", "still", "usually", "always", "so", "also", "even"})
_HEARSAY = (
    ("i've", "heard"),
    ("i", "heard"),
    ("i", "hear"),
    ("i'm", "told"),
    ("i've", "been", "told"),
    ("i", "was", "told"),
    ("i've", "read"),
    ("i", "read"),
    ("word", "is"),
    ("rumour", "has"),
    ("rumor", "has"),
)
# Words after the rumour that put it to the test: "is that true?", "how accurate is that?".
_TEST = frozenset(
    {"true", "accurate", "truth", "myth", "experience", "reality", "fair", "match", "matches"}
    | {"exaggerated", "overstated", "exaggeration", "right"}
)
_SEEN = frozenset(
    {"see", "seen", "saw", "met", "meet", "come", "came", "had", "dealt", "heard", "noticed"}
    | {"notice", "encountered", "encounter", "spotted", "spot", "faced", "handled", "get"}
)
_YOU_SEEN = frozenset({"you've", "you", "you'd"})


def not_settled(part: tuple[str, ...], at: int) -> bool:
    """Whether the loaded word at ``at`` in ``part`` (one question's words) sits in a frame
    that does not settle it (see the module)."""
    return (
        hypothetical_case(part, at)
        or reported_view(part, at)
        or rumour_tested(part, at)
        or example_asked(part, at)
    )


def _hypothetical_frame(part: tuple[str, ...]) -> bool:
    """Whether the question asks what the listener would do: "How would you…", "What
    might you…", "You'd…", "Suppose…"."""
    if part[:1] and part[0] in _SUPPOSE:
        return True
    return any(
        (word in _MODAL and part[i + 1 : i + 2] == ("you",)) or word in _YOU_MODAL
        for i, word in enumerate(part[:6])
    )


def hypothetical_case(part: tuple[str, ...], at: int) -> bool:
    """ "How would you deal with a toxic client?", "What would you do if a colleague was
    lazy?": a supposed case the listener is asked to handle."""
    if not _hypothetical_frame(part) or _points_at_one(part[at + 1 :]):
        return False
    # An indefinite noun phrase: "a toxic client", "an utterly lazy colleague".
    before = part[max(0, at - 2) : at]
    if before[-1:] and before[-1] in _INDEFINITE:
        return True
    if len(before) == 2 and before[0] in _INDEFINITE and before[1].endswith("ly"):
        return True
    # A condition whose subject is someone supposed: "if a colleague was lazy", "if someone
    # got toxic".
    for i in range(at - 1, -1, -1):
        if part[i] in ("if", "whenever", "suppose"):
            return (
                part[i + 1 : i + 2] != ()
                and part[i + 1] in _SOMEONE
                and _one_clause(part[i + 1 : at])
            )
    return False


_POINTED = frozenset({"ours", "yours", "mine", "this", "that", "these", "those", "the", "our"})


def _points_at_one(after: tuple[str, ...]) -> bool:
    """Whether the supposed case is likened to a real one: "…a useless manager like ours",
    "…like the one on nights" settles the verdict on it."""
    return any(a in ("like", "as") and b in _POINTED for a, b in itertools.pairwise(after))


_BREAKS = frozenset({"and", "but", "or", "so", "then"}) | _WH


def _one_clause(between: tuple[str, ...]) -> bool:
    """Whether no second question or clause starts in ``between``: "…if a client got rude and
    how would you survive…" has one."""
    return _BREAKS.isdisjoint(between)


def reported_view(part: tuple[str, ...], at: int) -> bool:
    """ "Why do people call it a thankless job?", "Why is it called a dead end?": a view held
    by others that the question asks about."""
    if not part or part[0] not in _WH:
        return False
    for i in range(1, at):
        word = part[i]
        # Who holds the view, or "is" for a passive one, before any "often" or "so often".
        j = i - 1
        while j > 0 and part[j] in _OFTEN:
            j -= 1
        # "Why is it called…", "Why is bookkeeping so often described as…".
        passive = part[j] in _BE or part[1] in _BE
        reported = (word in _REPORT and part[j] in _OTHERS) or (word in _PASSIVE_REPORT and passive)
        if reported and _one_clause(part[i + 1 : at]):
            return True
    return False


def rumour_tested(part: tuple[str, ...], at: int) -> bool:
    """ "I've heard the pay is dreadful; is that your experience?": a rumour put up and then
    tested in the same sentence."""
    if not any(part[: len(opener)] == opener for opener in _HEARSAY):
        return False
    # The loaded word in the rumour, before any question: not "…; how do you survive it?".
    return _WH.isdisjoint(part[:at]) and bool(_TEST.intersection(part[at + 1 :]))


def example_asked(part: tuple[str, ...], at: int) -> bool:
    """ "What's the most toxic habit you see in new starters?": a superlative that asks for an
    example of what the listener has seen, not a verdict on the listener's world."""
    if at < 2 or part[at - 1] not in ("most", "least") or part[at - 2] != "the":
        return False
    if part[0] not in ("what's", "what", "which"):
        return False
    rest = part[at + 1 : at + 6]
    return any(
        (word in _YOU_SEEN and nxt in _SEEN) or (word == "you've" and nxt in ("ever", "had"))
        for word, nxt in itertools.pairwise(rest)
    ) or any(
        a in _YOU_SEEN and b == "ever" and c in _SEEN
        for a, b, c in zip(rest, rest[1:], rest[2:], strict=False)
    )
