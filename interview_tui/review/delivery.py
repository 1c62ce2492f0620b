"""Delivery over time: pace, long pauses, time to the first word and speaking time of each
spoken answer, oldest first, for the progress screen; and each attempt's recording for compare.

The measures are read as stored (``Delivery.as_dict()`` in the ``recordings`` table), so this
needs neither the voice extra nor its numpy. Only spoken answers have a row there: the queries
walk the recordings, not every answer. :func:`delivery_lines` says one answer's measures in a
few plain lines, for the screens and the Markdown export alike.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from statistics import fmean
from typing import Any

from interview_tui.review.history import Filters
from interview_tui.store.database import Store
from interview_tui.store.records import AttemptRecord

#: Spoken answers the progress screen reads: more would not fit in its lines anyway.
SPOKEN_LIMIT = 200
#: How many answers at each end make the "from → to" of a trend (one stray answer is noise).
ENDS = 3


@dataclass(frozen=True)
class DeliveryPoint:
    """One spoken, submitted answer's delivery measures."""

    submitted_at: str
    bank_id: str
    question_id: str
    words_per_minute: float | None
    pauses: int
    first_word_seconds: float | None
    speaking_seconds: float | None


def delivery_over_time(
    store: Store,
    filters: Filters | None = None,
    question: tuple[str, str] | None = None,
    limit: int = SPOKEN_LIMIT,
) -> list[DeliveryPoint]:
    """The latest ``limit`` spoken answers' delivery in this scope (role, bank, one
    question), oldest first. Answers whose measures are missing or damaged are left out."""
    where, parameters = (filters or Filters()).sql()
    if question is not None:
        where += " AND a.bank_id = ? AND a.question_id = ?"
        parameters = [*parameters, *question]
    rows = store.query(
        "SELECT a.submitted_at, a.bank_id, a.question_id, "
        "  json_extract(r.delivery, '$.words_per_minute'), "
        "  json_array_length(r.delivery, '$.pauses'), "
        "  json_extract(r.delivery, '$.first_word_seconds'), "
        "  json_extract(r.delivery, '$.speaking_seconds') "
        "FROM recordings r "
        "JOIN attempts a ON a.session_id = r.session_id AND a.position = r.position "
        "JOIN sessions s ON s.id = a.session_id "
        "WHERE r.delivery IS NOT NULL AND json_valid(r.delivery) "
        f"  AND a.status = 'submitted' AND {where} "
        "ORDER BY a.submitted_at DESC, a.id DESC LIMIT ?",
        [*parameters, limit],
    )
    rows.reverse()
    return [
        DeliveryPoint(
            submitted_at=row[0],
            bank_id=row[1],
            question_id=row[2],
            words_per_minute=_number(row[3]),
            pauses=row[4] if isinstance(row[4], int) else 0,
            first_word_seconds=_number(row[5]),
            speaking_seconds=_number(row[6]),
        )
        for row in rows
    ]


def ends(values: Sequence[float]) -> tuple[float, float] | None:
    """Where a measure started and where it is now: the mean of the first and of the last
    :data:`ENDS` values (fewer while there are few); ``None`` with fewer than two."""
    if len(values) < 2:
        return None
    count = min(ENDS, len(values) // 2)
    return fmean(values[:count]), fmean(values[-count:])


def with_question_recordings(
    store: Store, bank_id: str, question_id: str, attempts: list[AttemptRecord]
) -> list[AttemptRecord]:
    """The attempts at one question, each with its recording's path and delivery measures
    when it was spoken: one query, however many attempts."""
    rows = store.query(
        "SELECT r.session_id, r.position, r.audio_path, r.delivery FROM recordings r "
        "JOIN attempts a ON a.session_id = r.session_id AND a.position = r.position "
        "WHERE a.bank_id = ? AND a.question_id = ?",
        (bank_id, question_id),
    )
    found = {(row[0], row[1]): (row[2], _measures(row[3])) for row in rows}
    shown = []
    for attempt in attempts:
        hit = found.get((attempt.session_id, attempt.position))
        shown.append(replace(attempt, audio_path=hit[0], delivery=hit[1]) if hit else attempt)
    return shown


#: Pauses listed by where they fall; more are counted, not listed.
SHOWN_PAUSES = 4


def _at(seconds: float) -> str:
    minutes, rest = divmod(int(seconds), 60)
    return f"{minutes}:{rest:02d}"


def _seconds(value: float) -> str:
    """Tenths for a short answer, where they matter; whole seconds beyond."""
    return f"{value:.1f}s" if value < 10 else f"{value:.0f}s"


def delivery_lines(delivery: Mapping[str, Any]) -> list[str]:
    """The measures as plain lines (no markup), tolerant of missing or odd values."""
    speaking = _number(delivery.get("speaking_seconds")) or 0.0
    duration = _number(delivery.get("duration_seconds")) or 0.0
    first = _number(delivery.get("first_word_seconds"))
    head = f"Spoke {_seconds(speaking)} of {_seconds(duration)}"
    head += f" · first word at {first:.1f}s" if first is not None else " · no speech found"
    pauses = [p for p in delivery.get("pauses") or [] if isinstance(p, Mapping)]
    if pauses:
        where = ", ".join(
            f"{_at(_number(p.get('start')) or 0.0)} ({_number(p.get('seconds')) or 0.0:.1f}s)"
            for p in pauses[:SHOWN_PAUSES]
        )
        more = f", +{len(pauses) - SHOWN_PAUSES} more" if len(pauses) > SHOWN_PAUSES else ""
        plural = "s" if len(pauses) != 1 else ""
        lines = [head, f"{len(pauses)} pause{plural} ≥ 2s: at {where}{more}"]
    else:
        lines = [head, "No pauses ≥ 2s"]
    wpm = _number(delivery.get("words_per_minute"))
    if wpm is None:
        lines.append("Pace and fillers: once there is a transcript")
        return lines
    fillers = delivery.get("hesitations") or {}
    counted = {str(k): v for k, v in fillers.items() if isinstance(v, int)}
    said = ", ".join(f"{word} ×{count}" for word, count in counted.items())
    lines.append(f"{wpm:.0f} words a minute · " + (f"fillers: {said}" if said else "no um/uh"))
    return lines


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _measures(text: str | None) -> dict[str, Any] | None:
    """The stored measures, or ``None`` when there are none or they are not a JSON object."""
    if not text:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None
