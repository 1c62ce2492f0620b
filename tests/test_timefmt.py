"""Times and counts as a person writes them."""

from __future__ import annotations

from datetime import datetime

from interview_tui.timefmt import ago, counted


def test_counts_are_singular_for_one_and_plural_otherwise() -> None:
    assert counted(1, "answer") == "1 answer"
    assert counted(0, "session") == "0 sessions"
    assert counted(3, "question") == "3 questions"
    assert counted(2, "try", "tries") == "2 tries"


def test_ago_reads_never_for_a_bank_never_practised() -> None:
    assert ago(None, datetime(2026, 11, 29, 12, 0)) == "never"
