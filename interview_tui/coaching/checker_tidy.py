"""The checker's last step: drop the hints another flag makes moot, and duplicates.

A job ask or a protected topic is the problem to fix, and the coach's advice is "don't ask
this", not "reword it open": an open rewording of it is still a job ask, so no yes/no hint
goes with it on its line ("Here's my CV. Would you pass it on?"), nor a leading hint in its
sentence ("Keep me in mind, would you?"); a leading sentence beside it is still leading
("Surely it's the best firm? Could you…"), unless it only names the person the ask then
points back to ("You know their head chef, don't you? Could you mention me to him?").

A line of questioning that stays on a protected topic is one question, not two: "Is that a
Welsh surname? Where's your family from?" gets the ``illegal`` flag only. A lawful question
joined to a protected one ("…your date of birth, and how much notice are you on?"), or two
protected topics ("Are you married? Any kids?"), are still double questions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from interview_tui.coaching.checker_base import RULE_LABELS, QuestionFlag, Rule, Sentence
from interview_tui.coaching.wordlists import Tokens

# Words with which a job ask points back to a person named in the sentence before it.
_BACK_TO_PERSON = frozenset({"her", "him", "them", "she", "he", "they", "their", "his"})


def tidy(
    flags: list[QuestionFlag],
    found: list[Sentence],
    protected: Sequence[tuple[int, int, str]] = (),
    tokens: Tokens | None = None,
) -> tuple[QuestionFlag, ...]:
    """Drop what another flag makes moot, and duplicates; sort by position.

    ``protected`` holds every span of the text that touches a protected topic, with the
    topic's name (hiring only).
    """
    starts = sorted(s.start for s in found)
    line_of = {s.start: s.line for s in found}

    def where(offset: int) -> tuple[int, int]:
        """The start of the sentence at ``offset``, and its line."""
        start = max((start for start in starts if start <= offset), default=0)
        return start, line_of.get(start, 0)

    moot: set[tuple[Rule, int]] = set()
    for flag in (f for f in flags if f.rule in ("job_ask", "illegal")):
        # "…a bad back. You don't have anything like that?" spans two sentences: both moot.
        for start, line in {where(flag.start), where(flag.end - 1)}:
            moot |= {("yes_no", line), ("leading", start)}
        if flag.rule == "job_ask" and tokens is not None:
            moot |= {("leading", s.start) for s in _named_for_the_ask(tokens, found, flag)}

    def is_moot(flag: QuestionFlag) -> bool:
        start, line = where(flag.start)
        if flag.rule == "double" and _all_protected(flag, line, where, protected):
            return True
        return (flag.rule, line if flag.rule == "yes_no" else start) in moot

    kept: dict[tuple[Rule, int, int], QuestionFlag] = {}
    for flag in flags:
        if is_moot(flag):
            continue
        # "…, I take it?" is one tag, found both as a phrase and as a tag: show it once.
        if any(
            other.rule == flag.rule
            and other.start <= flag.start
            and flag.end <= other.end
            and (other.start, other.end) != (flag.start, flag.end)
            for other in flags
        ):
            continue
        kept.setdefault((flag.rule, flag.start, flag.end), flag)
    order = {rule: i for i, rule in enumerate(RULE_LABELS)}
    return tuple(sorted(kept.values(), key=lambda f: (f.start, order[f.rule], f.end)))


def _all_protected(
    flag: QuestionFlag,
    line: int,
    where: Callable[[int], tuple[int, int]],
    protected: Sequence[tuple[int, int, str]],
) -> bool:
    """Whether both halves of a double question stay on one protected topic: a mention inside
    the second question, and one of the same topic before it on the same line."""
    inside = {topic for first, _, topic in protected if flag.start <= first < flag.end}
    return any(
        first < flag.start and where(first)[1] == line and topic in inside
        for first, _, topic in protected
    )


def _named_for_the_ask(tokens: Tokens, found: list[Sentence], flag: QuestionFlag) -> list[Sentence]:
    """The sentence just before a job ask on its line, when the ask points back to a person
    it names with "her", "him" or "them": that sentence only says who the ask is for."""
    at = next((n for n, s in enumerate(found) if s.start <= flag.start < s.end), None)
    if at is None or at == 0 or found[at - 1].line != found[at].line:
        return []
    ask = found[at]
    if _BACK_TO_PERSON.isdisjoint(tokens.words[ask.first : ask.stop]):
        return []
    return [found[at - 1]]
