"""Exported text that cannot act: no spreadsheet formula, no HTML, no Markdown structure.

Question text comes from third-party banks and everything else was typed by the user; an
export is opened in a spreadsheet or rendered as Markdown, where text starting with ``=`` is
a formula and ``<img src=…>`` is a request. These functions make such text plain.
"""

from __future__ import annotations

import html
import re

# A spreadsheet reads a cell starting with one of these as a formula (or as the start of
# one: tab and CR shift cells in some importers).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Markdown punctuation that can make structure anywhere in a line.
_MARKDOWN_INLINE = re.compile(r"([\\`*_\[\]#|~!{}])")
# ... and what makes structure only at the start of a line: lists, quotes, numbered items.
_MARKDOWN_LINE_START = re.compile(r"^(\s*)([-+>=]|\d+(?=[.)]))", re.MULTILINE)


def csv_cell(value: object) -> object:
    """``value`` for a CSV cell: text that a spreadsheet would run gets a leading ``'``."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def md_html(text: str) -> str:
    """``text`` with HTML escaped, for Markdown that is the user's own (answers)."""
    return html.escape(text, quote=False)


def md_text(text: str) -> str:
    """``text`` as Markdown that renders as exactly this text: HTML and structure escaped."""
    escaped = _MARKDOWN_INLINE.sub(r"\\\1", md_html(text))
    return _MARKDOWN_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), escaped)


def md_line(text: str) -> str:
    """Like :func:`md_text`, on one line (a heading or a list item cannot span lines)."""
    return md_text(" ".join(text.split()))
