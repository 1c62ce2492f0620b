"""Textual's DataTable, with rows redrawn once their columns have been measured.

A DataTable measures new rows when its message queue is empty, and widens its columns then.
A row drawn before that (rows that arrive from a worker are often drawn at once) is cached
under a key that holds no column widths, so it kept the widths of the column labels until
something else changed: history opened reading "Sun 29   inte  Behav  1 +1 ski" under its
full-width header. Measuring now also counts as an update, which retires those lines.
Written for textual 8.2.8, which pyproject.toml pins; tests/ui/test_table.py guards it.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.widgets import DataTable
from textual.widgets.data_table import RowKey


class Table(DataTable[object]):
    def _update_dimensions(self, new_rows: Iterable[RowKey]) -> None:
        super()._update_dimensions(new_rows)
        self._update_count += 1  # the cache keys of drawn rows hold this count
        self.refresh()
