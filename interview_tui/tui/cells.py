"""Text fitted to terminal cells: what a column of a table or a list has room for.

Widths are cells, not characters: CJK and emoji take two, combining marks none.
"""

from __future__ import annotations

from rich.cells import cell_len


def fit_cells(text: str, width: int) -> str:
    """``text`` cut to ``width`` cells, with an ellipsis when something was cut."""
    if cell_len(text) <= width:
        return text
    while cell_len(text) > width - 1:
        text = text[:-1]
    return text + "…"


def quoted(span: str, width: int = 40) -> str:
    """A span short enough to quote: cut at a word, never inside one, with "…"."""
    if len(span) <= width:
        return span
    cut = span[: width - 1].rsplit(" ", 1)[0].rstrip(" ,;:")
    return f"{cut}…"
