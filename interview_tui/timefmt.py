"""Times as a person reads them in a list: "today", "yesterday", "3 days ago", "12 Mar"."""

from __future__ import annotations

from datetime import datetime


def ago(stamp: str | None, now: datetime) -> str:
    if not stamp:
        return "never"
    when = datetime.fromisoformat(stamp)
    days = (now.date() - when.astimezone(now.tzinfo).date()).days
    if days <= 0:
        return "today"
    if days == 1:
        return "yesterday"
    if days < 14:
        return f"{days} days ago"
    if when.year == now.year:
        return f"{when.day} {when:%b}"
    return f"{when.day} {when:%b %Y}"


def moment(stamp: str) -> str:
    """``2026-11-22T14:03:00+01:00`` → ``Sun 22 Nov, 14:03``."""
    when = datetime.fromisoformat(stamp)
    return f"{when:%a} {when.day} {when:%b, %H:%M}"


def counted(number: int, noun: str, plural: str = "") -> str:
    """``1 answer``, ``3 answers``: a count as a person writes it (``plural`` if irregular)."""
    return f"{number} {noun if number == 1 else plural or noun + 's'}"
