"""Home's list of banks: a line per bank in aligned columns, their names on the top border.

An OptionList rather than a DataTable: the list has a handful of rows and one cursor, and it
draws its first frame in a fraction of the time (start-up is measured in ``bench/``).
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len
from textual.actions import SkipAction
from textual.binding import Binding
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from interview_tui.tui.cells import fit_cells

COLUMNS = ("Bank", "Qs", "Practised", "Due")
#: Columns aligned to the right: the numbers.
RIGHT = frozenset({1, 3})
#: A longer title is cut with an ellipsis, so the other columns stay in view.
TITLE_WIDTH = 50
GAP = "  "


def _pad(text: str, width: int, right: bool) -> str:
    fill = " " * (width - cell_len(text))
    return fill + text if right else text + fill


class BankList(OptionList):
    """The banks of one role; each option's id is its bank's id."""

    # Enter selects (home starts a session on it): named here so the footer shows it.
    BINDINGS = [Binding("enter", "select", "Start session")]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._cells: dict[str, list[str]] = {}
        self._widths = [cell_len(name) for name in COLUMNS]

    def action_select(self) -> None:
        # The screen's enter starts the session while the key is handled; selecting here would
        # only post a message, which the keys typed after the enter overtake: "enter Goal"
        # in one burst would type "Goal" into the list instead of the setup dialog.
        raise SkipAction

    @property
    def highlighted_id(self) -> str | None:
        option = self.highlighted_option
        return option.id if option is not None else None

    def cell(self, bank_id: str, column: int) -> str:
        """What a cell shows, or ``""`` for a bank not in the list."""
        cells = self._cells.get(bank_id)
        return cells[column] if cells else ""

    def show(self, rows: Sequence[tuple[str, Sequence[str]]]) -> None:
        """Show ``rows`` of ``(bank id, cells)``, keeping the highlight on the same bank."""
        keep = self.highlighted_id
        self._cells = {bank_id: [str(cell) for cell in cells] for bank_id, cells in rows}
        self._measure()
        self.clear_options()
        self.add_options(self._option(bank_id) for bank_id in self._cells)
        if keep in self._cells:
            self.highlighted = self.get_option_index(keep)
        elif self._cells:
            self.highlighted = 0

    def set_cell(self, bank_id: str, column: int, text: str) -> None:
        """Change one cell; the columns widen if they must."""
        if bank_id not in self._cells:
            return
        self._cells[bank_id][column] = text
        widths = self._widths
        self._measure()
        changed = self._cells if self._widths != widths else (bank_id,)
        for row in changed:
            self.replace_option_prompt(row, Content(self._line(self._cells[row])))

    def _measure(self) -> None:
        widths = [cell_len(name) for name in COLUMNS]
        for cells in self._cells.values():
            widths = [max(width, cell_len(cell)) for width, cell in zip(widths, cells, strict=True)]
        widths[0] = min(widths[0], TITLE_WIDTH)
        self._widths = widths
        self.border_title = Content(self._line(COLUMNS).rstrip())

    def _line(self, cells: Sequence[str]) -> str:
        return GAP.join(
            _pad(fit_cells(cell, width), width, index in RIGHT)
            for index, (cell, width) in enumerate(zip(cells, self._widths, strict=True))
        )

    def _option(self, bank_id: str) -> Option:
        # Content, not markup: a title may hold square brackets.
        return Option(Content(self._line(self._cells[bank_id])), id=bank_id)
