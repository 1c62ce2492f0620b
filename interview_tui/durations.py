"""Durations as people write them: ``90``, ``"90s"``, ``"2m"``, ``"1m30s"``."""

from __future__ import annotations

import re

_DURATION = re.compile(r"^\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m)?\s*(?:(\d+)\s*s?)?\s*$", re.IGNORECASE)

MIN_SECONDS = 5
MAX_SECONDS = 2 * 60 * 60


class DurationError(ValueError):
    """A duration that cannot be read or is out of range."""


def parse_duration(value: int | str) -> int:
    """Return whole seconds, or raise :class:`DurationError` with a message that says why."""
    if isinstance(value, bool):
        raise DurationError("expected seconds or a duration like '90s', '2m' or '1m30s'")
    if isinstance(value, int):
        seconds = value
    else:
        match = _DURATION.match(value)
        if not value.strip() or match is None or not any(match.groups()):
            raise DurationError(
                f"cannot read {value!r} as a duration; write seconds or '90s', '2m', '1m30s'"
            )
        hours, minutes, secs = (int(group) if group else 0 for group in match.groups())
        seconds = hours * 3600 + minutes * 60 + secs
    if not MIN_SECONDS <= seconds <= MAX_SECONDS:
        raise DurationError(
            f"{seconds} seconds is out of range; use between {MIN_SECONDS} s and "
            f"{MAX_SECONDS // 3600} h"
        )
    return seconds


def format_duration(seconds: float) -> str:
    """``125`` → ``"2:05"``; ``3725`` → ``"1:02:05"``. Negative values get a minus sign."""
    sign = "-" if seconds < 0 else ""
    total = int(abs(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes}:{secs:02d}"
