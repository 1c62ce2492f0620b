"""What the answer insights found, as values: JSON for the store, short lines to read.

:func:`interview_tui.coaching.insights.analyse` builds an :class:`Insights`; the rate dialog,
the review screens and the export read it from here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from interview_tui.coaching.checker import RULE_LABELS, QuestionFlag
from interview_tui.coaching.nudges import Nudge
from interview_tui.coaching.wordlists import STAR_PARTS
from interview_tui.durations import format_duration

# A relaxed, clear interview pace. Conversational English runs at roughly 120–160 words a
# minute; 140 sits in the middle, so "about 1:20" is what a calm speaker would need.
WORDS_PER_MINUTE = 140

Kind = Literal["filler", "hedge"]


@dataclass(frozen=True)
class Span:
    """A filler or hedge in the answer: ``answer[start:end] == text``."""

    start: int
    end: int
    kind: Kind
    text: str


@dataclass(frozen=True)
class KeyPointCoverage:
    """Whether the answer covers one key point, and the answer words that matched it."""

    point: str
    covered: bool
    matched: tuple[str, ...]


@dataclass(frozen=True)
class Insights:
    """What :func:`analyse` found in one answer."""

    words: int
    speaking_seconds: float
    time_limit: int | None
    fillers: Mapping[str, int]
    hedges: Mapping[str, int]
    spans: tuple[Span, ...]
    key_points: tuple[KeyPointCoverage, ...]
    star: Mapping[str, bool] | None
    i_count: int
    we_count: int
    top_words: tuple[tuple[str, int], ...]
    question_flags: tuple[QuestionFlag, ...] = ()
    nudges: tuple[Nudge, ...] = ()

    @property
    def over_time(self) -> bool:
        """Whether saying the answer aloud would take longer than the question allows."""
        return self.time_limit is not None and self.speaking_seconds > self.time_limit

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready copy, stored as ``insights`` on each attempt in the export.

        Keys (all always present):

        - ``words`` (int), ``words_per_minute`` (int, the pace assumed),
          ``speaking_seconds`` (float, one decimal), ``time_limit`` (int or null),
          ``over_time`` (bool);
        - ``fillers``, ``hedges``: ``{entry: count}``, most frequent first;
        - ``spans``: ``[{"start", "end", "kind", "text"}]`` with character offsets;
        - ``key_points``: ``[{"point", "covered", "matched": [word, ...]}]``;
        - ``star``: ``{"situation", "task", "action", "result": bool}`` or null when the
          question is not behavioural;
        - ``i_count``, ``we_count`` (int);
        - ``top_words``: ``[{"word", "count"}]``;
        - ``question_flags``: ``[{"rule", "start", "end", "why", "suggestion"}]`` (interviewer
          answers only; otherwise empty);
        - ``nudges``: ``[{"id", "why", "words"}]`` (interviewee answers only).
        """
        return {
            "words": self.words,
            "words_per_minute": WORDS_PER_MINUTE,
            "speaking_seconds": round(self.speaking_seconds, 1),
            "time_limit": self.time_limit,
            "over_time": self.over_time,
            "fillers": dict(self.fillers),
            "hedges": dict(self.hedges),
            "spans": [
                {"start": s.start, "end": s.end, "kind": s.kind, "text": s.text} for s in self.spans
            ],
            "key_points": [
                {"point": k.point, "covered": k.covered, "matched": list(k.matched)}
                for k in self.key_points
            ],
            "star": dict(self.star) if self.star is not None else None,
            "i_count": self.i_count,
            "we_count": self.we_count,
            "top_words": [{"word": word, "count": count} for word, count in self.top_words],
            "question_flags": [
                {
                    "rule": f.rule,
                    "start": f.start,
                    "end": f.end,
                    "why": f.why,
                    "suggestion": f.suggestion,
                }
                for f in self.question_flags
            ],
            "nudges": [{"id": n.id, "why": n.why, "words": list(n.words)} for n in self.nudges],
        }

    def summary_lines(self) -> list[str]:
        """Short plain-text lines to read beside the rating."""
        noun = "word" if self.words == 1 else "words"
        timing = f"{self.words} {noun} · about {_clock(self.speaking_seconds)} aloud"
        if self.time_limit is not None:
            timing += f" of {_clock(self.time_limit)}"
            if self.over_time:
                timing += " (over time)"
        lines = [timing, f"Fillers: {_counts(self.fillers)}", f"Hedges: {_counts(self.hedges)}"]
        if self.key_points:
            covered = sum(k.covered for k in self.key_points)
            line = f"Key points: {covered} of {len(self.key_points)}"
            missing = [k.point for k in self.key_points if not k.covered]
            if missing:
                line += f" (not detected: {'; '.join(missing)})"
            lines.append(line)
        if self.star is not None:
            # Like the key points: a part not found is "not detected", never marked wrong.
            found = " ".join(f"{part} ✓" for part in STAR_PARTS if self.star[part])
            unseen = ", ".join(part for part in STAR_PARTS if not self.star[part])
            shown = ["STAR:", found, f"(not detected: {unseen})" if unseen else ""]
            lines.append(" ".join(filter(None, shown)))
        if self.i_count or self.we_count:
            lines.append(f"I {self.i_count} · we {self.we_count}")
        if self.top_words:
            lines.append("Leans on: " + ", ".join(f"{w} ×{n}" for w, n in self.top_words))
        lines.extend(f"{RULE_LABELS[f.rule]}: {f.suggestion}" for f in self.question_flags)
        lines.extend(_tip(n) for n in self.nudges)
        return lines


def _tip(nudge: Nudge) -> str:
    """A nudge as a line, quoting what set it off: "Tip (“team player”): Phrases like…"."""
    if not nudge.words:
        return f"Tip: {nudge.why}"
    said = ", ".join(f"“{_SELF.sub('I', word)}”" for word in nudge.words[:3])
    return f"Tip ({said}): {nudge.why}"


#: The pronoun as matched in lower case ("i would"), written as said.
_SELF = re.compile(r"\bi\b")


def _clock(seconds: float) -> str:
    return format_duration(round(seconds))


_I_WORD = re.compile(r"\bi\b")


def _counts(counts: Mapping[str, int]) -> str:
    if not counts:
        return "none"
    # Entries are stored lower-case; "i guess" reads as "I guess".
    return ", ".join(f"{_I_WORD.sub('I', entry)} ×{count}" for entry, count in counts.items())
