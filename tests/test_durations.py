from __future__ import annotations

import pytest

from interview_tui.durations import DurationError, format_duration, parse_duration


@pytest.mark.parametrize(
    ("text", "seconds"),
    [(90, 90), ("90", 90), ("90s", 90), ("2m", 120), ("1m30s", 90), ("1h5m", 3900), (" 2M ", 120)],
)
def test_parse(text: int | str, seconds: int) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "m", "1x", "1.5m", "-1", 0, 4, True, "3h"])
def test_rejects(text: int | str) -> None:
    with pytest.raises(DurationError):
        parse_duration(text)


def test_format() -> None:
    assert format_duration(0) == "0:00"
    assert format_duration(125.9) == "2:05"
    assert format_duration(-61) == "-1:01"
    assert format_duration(3725) == "1:02:05"
