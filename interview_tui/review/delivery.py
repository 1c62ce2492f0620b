"""Delivery over time: pace, long pauses, time to the first word and speaking time of each
spoken answer, oldest first, for the progress screen; and each attempt's recording for compare.

The measures are read as stored (``Delivery.as_dict()`` in the ``recordings`` table), so this
needs neither the voice extra nor its numpy. Only spoken answers have a row there: the queries
walk the recordings, not every answer.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
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
