"""The key points a user ticked as covered, beside what the insights detected."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any


def key_point_lines(
    ticks: Mapping[str, bool],
    insights: Mapping[str, Any] | None,
    shown: Callable[[str], str] = str,
) -> list[str]:
    """One line per key point: what the user ticked beside what was detected.

    ``insights`` is the stored :meth:`Insights.as_dict` (or None when none was kept);
    ``shown`` makes a key point's text safe where it goes (escaped for Markdown, say).
    """
    detected = {
        str(k.get("point")): bool(k.get("covered"))
        for k in (insights or {}).get("key_points", ())
        if isinstance(k, Mapping)
    }
    lines = []
    for point, covered in ticks.items():
        you = "covered" if covered else "not covered"
        found = detected.get(point)
        seen = "" if found is None else f" · {'detected' if found else 'not detected'}"
        lines.append(f"- {shown(point)}: you ticked {you}{seen}")
    return lines
