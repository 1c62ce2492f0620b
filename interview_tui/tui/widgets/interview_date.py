"""The setup dialog's "interview date" field: the date the practice is working towards."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from textual.widget import Widget
from textual.widgets import Input, Label


def interview_date_field(value: date | None) -> Iterator[Widget]:
    """A label and an input for the date of the next interview (blank: none)."""
    yield Label("Interview date (optional)", classes="field-label")
    yield Input(
        value.isoformat() if value else "",
        placeholder="YYYY-MM-DD: everything comes due by then",
        id="interview-date",
        max_length=10,
    )
