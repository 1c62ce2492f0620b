"""Leading questions that push by their framing rather than by a loaded word.

Called from :func:`interview_tui.coaching.checker_premise.premises_before`, beside the
premises settled before a question:

* **a tag in the middle**: "The rota wrecks your weekends, doesn't it, and how do you see
  friends?" asks for a nod (``leading``), then a second question (``double``);
* **flattery as the premise**: "Someone as organised as you must…", "…people as talented as
  you…": the compliment leaves one answer to give;
* **"why settle for"**: "Why did you settle for a desk job?" calls the choice second best;
* **a norm stated before a question of attitude**: "Everyone on the ward does extra shifts.
  How would you feel about that?" tells the other person what the right feeling is; a
  fact about the job before a question of skill ("Everyone here uses Excel. How confident
  are you with it?") is fine.
"""

from __future__ import annotations

import itertools

from interview_tui.coaching.checker_base import WHY, QuestionFlag, Sentence
from interview_tui.coaching.checker_words import NEGATIVE_AUX, PRONOUNS, WH
from interview_tui.coaching.wordlists import Tokens

_SUGGESTION = "Ask it without the push: 'How do you see…?' or 'What has your experience been?'"
_FLATTERED = frozenset({"someone", "somebody", "anyone", "person", "people"})
_YOU = frozenset({"you", "yourself"})
_NORM = frozenset({"everyone", "everybody", "nobody"})
_NORM_PAIRS = frozenset({("all", "of"), ("no", "one"), ("the", "whole"), ("all", "our")})
# Questions that ask how the other person feels about something, not what they can do.
_ATTITUDE = frozenset(
    {("how", "do", "you", "feel"), ("how", "would", "you", "feel"), ("how", "will", "you", "feel")}
    | {("what", "do", "you", "think"), ("are", "you", "ok"), ("are", "you", "okay")}
    | {("are", "you", "happy"), ("would", "you", "mind"), ("are", "you", "comfortable")}
    | {("how", "do", "you", "feel"), ("would", "you", "be", "happy"), ("is", "that", "ok")}
)


def pressures(tokens: Tokens, found: list[Sentence]) -> list[QuestionFlag]:
    """``leading`` (and ``double``) flags for the framings above."""
    flags: list[QuestionFlag] = []
    for sentence in found:
        if sentence.mark in ("?", ""):
            flags.extend(_mid_tag(tokens, sentence))
            flags.extend(_flattery(tokens, sentence))
            flags.extend(_settle_for(tokens, sentence))
    flags.extend(_norm_before(tokens, found))
    return flags


def _flag(tokens: Tokens, first: int, stop: int, rule: str = "leading") -> QuestionFlag:
    return QuestionFlag(
        "double" if rule == "double" else "leading",
        tokens.starts[first],
        tokens.ends[stop - 1],
        WHY["double" if rule == "double" else "leading"],
        "Ask one thing at a time." if rule == "double" else _SUGGESTION,
    )


def _mid_tag(tokens: Tokens, sentence: Sentence) -> list[QuestionFlag]:
    words = tokens.words
    if words[sentence.first] in WH:
        return []
    for index in range(sentence.first + 2, sentence.stop - 3):
        if not (
            words[index] in NEGATIVE_AUX
            and words[index + 1] in PRONOUNS
            and "," in tokens.gap(index)
            and "," in tokens.gap(index + 2)
            # "…, isn't it, or has it moved?" offers the other answer too.
            and words[index + 2] != "or"
        ):
            continue
        flags = [_flag(tokens, index, index + 2)]
        nxt = index + 2
        if words[nxt] in ("and", "but", "so") and nxt + 1 < sentence.stop:
            nxt += 1
        if words[nxt] in WH:
            flags.append(_flag(tokens, nxt, sentence.stop, "double"))
        return flags
    return []


def _flattery(tokens: Tokens, sentence: Sentence) -> list[QuestionFlag]:
    words = tokens.words
    for index in range(sentence.first, sentence.stop - 4):
        if (
            words[index] in _FLATTERED
            and words[index + 1] == "as"
            and words[index + 3] == "as"
            and words[index + 4] in _YOU
        ):
            return [_flag(tokens, index, index + 5)]
    return []


def _settle_for(tokens: Tokens, sentence: Sentence) -> list[QuestionFlag]:
    words = tokens.words
    part = words[sentence.first : sentence.stop]
    if "why" not in part and ("what", "made") not in itertools.pairwise(part):
        return []
    for index in range(sentence.first, sentence.stop - 1):
        if words[index] in ("settle", "settled", "settling") and words[index + 1] == "for":
            return [_flag(tokens, index, index + 2)]
    return []


def _norm_before(tokens: Tokens, found: list[Sentence]) -> list[QuestionFlag]:
    words = tokens.words
    flags: list[QuestionFlag] = []
    for sentence, nxt in itertools.pairwise(found):
        if sentence.mark != "." or nxt.line != sentence.line or nxt.mark != "?":
            continue
        head = words[sentence.first : sentence.first + 2]
        if not (head[:1] and head[0] in _NORM) and tuple(head) not in _NORM_PAIRS:
            continue
        asked = words[nxt.first : nxt.stop]
        if any(tuple(asked[i : i + n]) in _ATTITUDE for n in (3, 4) for i in range(len(asked))):
            flags.append(_flag(tokens, sentence.first, sentence.stop))
    return flags
