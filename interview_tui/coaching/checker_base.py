"""What every checker rule shares: the flag value, the rules' names and reasons, sentences.

Kept apart from the rules themselves (:mod:`interview_tui.coaching.checker` and its
``checker_*`` neighbours) so that each rule's file imports this one and none imports another.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from interview_tui.coaching.checker_words import (
    DO,
    OPENERS,
    PERMISSION_VERBS,
    POLITE_AUX,
    POLITE_VERBS,
    SENTENCE_END,
    SOFTENERS,
)
from interview_tui.coaching.wordlists import Tokens

Rule = Literal["yes_no", "leading", "double", "job_ask", "illegal"]

RULE_LABELS: dict[Rule, str] = {
    "yes_no": "Yes/no question",
    "leading": "Leading question",
    "double": "Two questions in one",
    "job_ask": "Asks for a job",
    "illegal": "Protected characteristic",
}

WHY: dict[Rule, str] = {
    "yes_no": "It can be answered with a plain yes or no, so it invites a short answer "
    "instead of a story.",
    "leading": "It suggests the answer you expect, so you hear agreement rather than "
    "their own view.",
    "double": "It asks two things at once, so one of them usually goes unanswered.",
    "job_ask": "Asking for a job turns an informational conversation into a job interview "
    "and spends the goodwill you came to build.",
    "illegal": "Hiring decisions must not turn on a protected characteristic, and asking "
    "about one suggests they might; ask about what the job needs instead.",
}

MAX_QUOTE = 60


@dataclass(frozen=True)
class QuestionFlag:
    """One hint about a question: which rule, where in the text, why, and what to try."""

    rule: Rule
    start: int
    end: int
    why: str
    suggestion: str


@dataclass(frozen=True)
class Sentence:
    """One sentence of the checked text, located by characters and by tokens."""

    start: int  # character offset of the sentence's first word
    end: int  # character offset just past its end mark (or its last word)
    first: int  # index of its first token
    stop: int  # index past its last token
    mark: str  # "?" if its end mark has one, else "!" or ".", or "" when unfinished
    line: int


def sentences(tokens: Tokens) -> list[Sentence]:
    """The sentences of ``tokens``: split at end marks and at line breaks."""
    text = tokens.text
    found: list[Sentence] = []
    token = 0
    line = 0
    total = len(tokens.words)
    boundaries = [(m.start(), m.end(), m.group()) for m in SENTENCE_END.finditer(text)]
    boundaries.append((len(text), len(text), ""))
    for begin, finish, run in boundaries:
        first = token
        while token < total and tokens.starts[token] < begin:
            token += 1
        if token > first:
            # "Do you think...?" is a question: a "?" anywhere in the run decides.
            mark = next((m for m in "?!." if m in run), "")
            found.append(
                Sentence(
                    start=tokens.starts[first],
                    end=finish if mark else tokens.ends[token - 1],
                    first=first,
                    stop=token,
                    mark=mark,
                    line=line,
                )
            )
        if run == "\n":
            line += 1
    return found


def skip_openers(words: tuple[str, ...], index: int, stop: int) -> int:
    """The first word from ``index`` that is not an opener such as "so" or "well"."""
    while index < stop - 1 and words[index] in OPENERS:
        index += 1
    return index


def is_polite(tokens: Tokens, index: int, stop: int) -> bool:
    """Whether the clause at ``index`` is "could you (please) tell me…" and the like."""
    words = tokens.words
    if words[index] not in POLITE_AUX and words[index] not in DO and words[index] != "may":
        return False
    if index + 1 < stop - 1 and words[index + 1] == "i":
        # "Could I ask…", "May I stay in touch…": asking permission to go on.
        return words[index] == "may" or (
            words[index] != "do" and words[index + 2] in PERMISSION_VERBS
        )
    if index + 1 >= stop or words[index + 1] != "you":
        return False
    verb = index + 2
    while verb < stop and words[verb] in SOFTENERS:
        verb += 1
    if verb >= stop:
        return False
    if words[index] in DO:
        # "Do you mind telling me…" and "Do you mind if I ask…" are the polite "do" forms.
        if words[verb] != "mind" or verb + 1 >= stop:
            return False
        if words[verb + 1 : verb + 3] == ("if", "i") and verb + 3 < stop:
            return words[verb + 3] in PERMISSION_VERBS
        return words[verb + 1].endswith("ing")
    if words[index] == "would" and "again" in words[verb + 1 : stop]:
        return False  # "Would you go through it again?", "…take it again?" ask a verdict
    if words[verb] == "say":
        # "Could you say more about…", "…a little more", "Can you say what…" are open;
        # "Would you say it was hard?" and "Would you say what matters is…?" are not.
        after = tuple(words[verb + 1 : verb + 3])
        return (
            after[:1] == ("more",)
            or after in _SAY_MORE
            or (words[index] != "would" and after[:1] in _SAY_WHAT)
        )
    if words[verb] == "describe":
        # "Would you describe X as Y?" asks for agreement with Y.
        return "as" not in words[verb + 1 : stop]
    if words[verb] == "go":
        # "Could you go through…", "go over…", "go into more detail" ask for an account;
        # "Would you go into social work again?" asks for a verdict.
        after = words[verb + 1 : verb + 3]
        return after[:1] in (("through",), ("over",)) or (
            after[:1] == ("into",) and after[1:] in (("more",), ("detail",), ("what",), ("how",))
        )
    if words[verb] in ("recommend", "suggest") and words[index] == "would":
        # "Would you recommend the route?" asks for a verdict; "Could you recommend…" asks
        # for a name.
        return False
    if words[verb] == "be" and tuple(words[verb + 1 : verb + 3]) in _WILLING:
        # "Would you be happy to introduce me to…", "…willing to show me round?" ask a favour
        # for the asker; "Would you be happy to work weekends?" asks about them. "Would you be
        # able to describe a time…", "…willing to talk through…" ask for an account, softly.
        told = verb + 3
        return "me" in words[told : told + 4] or (
            told < stop and words[told] in POLITE_VERBS and "as" not in words[told + 1 : stop]
        )
    if words[verb] in _HANDING:
        # "Could you keep me in mind", "send me…", "put me in touch", "let me know", "pass my
        # number to…" ask a favour; "Can you keep your head when it's busy?", "…keep an eye on
        # two tills?" ask about an ability.
        after = tuple(words[verb + 1 : verb + 4])
        return after[:1] in _HANDED or after == ("an", "eye", "out")
    return words[verb] in POLITE_VERBS


_HANDING = frozenset({"keep", "put", "send", "let", "forward", "pass"})
_SAY_MORE = frozenset({("a", "bit"), ("a", "little"), ("a", "few"), ("something", "about")})
_SAY_WHAT = frozenset((word,) for word in ("what", "how", "who", "why", "where", "which"))
_WILLING = frozenset((word, "to") for word in ("happy", "willing", "able", "prepared", "open"))
_HANDED = frozenset(
    (word,) for word in ("me", "my", "us", "our", "in", "it", "them", "this", "that")
)


def quote(text: str) -> str:
    """``text`` on one line, cut to :data:`MAX_QUOTE` characters."""
    text = " ".join(text.split())
    return text if len(text) <= MAX_QUOTE else text[: MAX_QUOTE - 1].rstrip() + "…"
