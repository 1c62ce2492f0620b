"""Export as Markdown (to read, or to send a mentor) and as CSV (one row per attempt)."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from interview_tui.durations import format_duration
from interview_tui.review.delivery import delivery_lines
from interview_tui.review.neutral import csv_cell, md_html, md_line
from interview_tui.review.ratings import RubricLabels, ordered_ratings
from interview_tui.review.ticks import key_point_lines
from interview_tui.store.records import AttemptRecord, SessionRecord

CSV_COLUMNS = (
    "session_id", "session_started_at", "role", "goal", "position", "bank_id", "question_id",
    "question_text", "category", "status", "answer", "started_at", "submitted_at",
    "seconds_spent", "time_limit", "overtime", "overall", "stumped", "note", "ratings",
    "key_points", "audio", "speaking_seconds", "duration_seconds", "first_word_seconds",
    "long_pauses", "words_per_minute", "fillers",
)  # fmt: skip

DELIVERY_NUMBERS = ("speaking_seconds", "duration_seconds", "first_word_seconds")

Sessions = Iterable[tuple[SessionRecord, list[AttemptRecord]]]


def write_csv(sessions: Sessions, out: TextIO) -> int:
    """One row per attempt; ratings as ``criterion=score`` pairs joined by ``;``."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    count = 0
    for session, attempts in sessions:
        for a in attempts:
            writer.writerow(
                map(csv_cell, (
                    session.id, session.started_at, session.role, session.goal, a.position + 1,
                    a.bank_id, a.question_id, a.question_text, a.category, a.status, a.answer,
                    a.started_at, a.submitted_at or "", a.seconds_spent, a.time_limit,
                    round(a.overtime, 1), "" if a.overall is None else a.overall,
                    int(a.stumped), a.note,
                    ";".join(f"{name}={score}" for name, score in a.ratings.items()),
                    _ticks_cell(a), *_delivery_cells(a),
                ))  # text from banks and the user is data: no formula, however it starts
            )  # fmt: skip
        count += 1
    return count


def _ticks_cell(attempt: AttemptRecord) -> str:
    """``point=covered`` pairs (1 or 0) joined by ``;`` — the user's ticks, not detection."""
    ticks = attempt.key_point_ticks or {}
    return ";".join(f"{point}={int(covered)}" for point, covered in ticks.items())


def _delivery_cells(attempt: AttemptRecord) -> tuple[object, ...]:
    """A spoken attempt's recording and measures; empty cells for a typed one."""
    measured = attempt.delivery or {}
    fillers = measured.get("hesitations") or {}
    return (
        attempt.audio_path or "",
        *(_cell(measured.get(key)) for key in DELIVERY_NUMBERS),
        len(measured["pauses"]) if isinstance(measured.get("pauses"), list) else "",
        _cell(measured.get("words_per_minute")),
        ";".join(f"{word}={count}" for word, count in fillers.items())
        if isinstance(fillers, dict)
        else "",
    )


def _cell(value: object) -> object:
    return value if isinstance(value, int | float) and not isinstance(value, bool) else ""


def _quote(text: str) -> str:
    lines = md_html(text).splitlines()
    return "\n".join(f"> {line}" if line else ">" for line in lines) or "> (no answer)"


def session_markdown(
    session: SessionRecord, attempts: list[AttemptRecord], labels: RubricLabels | None = None
) -> str:
    """A session in Markdown; ratings in the rubric's order and labels (``labels``)."""
    lines = [f"## {session.started_at[:16].replace('T', ' ')} · {session.role}", ""]
    lines.append(f"Banks: {md_line(', '.join(session.banks))}  ")
    if session.goal:
        lines.append(f"Goal: {md_line(session.goal)}  ")
    if not session.finished:
        lines.append("Status: unfinished  ")
    lines.append("")
    for a in attempts:
        lines.append(f"### {a.position + 1}. {md_line(a.question_text)}")
        lines.append("")
        timing = f"{format_duration(a.seconds_spent)} of {format_duration(a.time_limit)}"
        facts = [timing + (" (over time)" if a.overtime else "")]
        if a.status != "submitted":
            facts.append(a.status)
        if a.overall is not None:
            facts.append(f"overall {a.overall:.1f}/5")
        if a.stumped:
            facts.append("stumped me")
        lines.append(f"*{' · '.join(facts)}*")
        lines.append("")
        lines.append(_quote(a.answer))
        lines.append("")
        if a.delivery is not None:
            # Spoken: how it was said, and where the recording is (relative to the data folder).
            said = [md_line(line) for line in delivery_lines(a.delivery)]
            lines.append("Delivery: " + " · ".join(said) + "  ")
        if a.audio_path:
            lines.append(f"Recording: {md_line(a.audio_path)}  ")
        if a.delivery is not None or a.audio_path:
            lines.append("")
        if a.ratings:
            pairs = ordered_ratings(a.ratings, labels.for_bank(a.bank_id) if labels else {})
            lines.append(", ".join(f"{md_line(label)} {score}/5" for label, score in pairs))
            lines.append("")
        if a.key_point_ticks:
            lines.extend(key_point_lines(a.key_point_ticks, a.insights, md_line))
            lines.append("")
        if a.note:
            lines.append(f"Note: {md_line(a.note)}")
            lines.append("")
    reflection = session.reflection
    if not reflection.empty:
        lines.append("### Reflection")
        lines.append("")
        lines.extend(f"- **{title}:** {md_line(text)}" for title, text in reflection.labelled())
        lines.append("")
    return "\n".join(lines)


def write_markdown(
    sessions: Sessions, out: TextIO, exported_at: str, labels: RubricLabels | None = None
) -> int:
    out.write("# Interview practice\n\n")
    out.write(f"Exported from interview-tui on {exported_at[:10]}.\n\n")
    count = 0
    for session, attempts in sessions:
        out.write(session_markdown(session, attempts, labels))
        out.write("\n")
        count += 1
    if not count:
        out.write("No sessions yet.\n")
    return count
