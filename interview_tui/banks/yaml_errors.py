"""PyYAML's syntax errors in words a bank author can act on, at the place to fix."""

from __future__ import annotations

import re

import yaml

#: YAML's line breaks; the C loader's marks carry a line and column but no offset.
BREAKS = re.compile("\r\n|\r|\n|\x85|\u2028|\u2029")


def _char_at(lines: list[str], line: int, column: int) -> str:
    """The character at 0-based ``line`` and ``column``, or ``""`` past the end."""
    row = lines[line] if 0 <= line < len(lines) else ""
    return row[column] if 0 <= column < len(row) else ""


def explain_yaml_error(error: yaml.MarkedYAMLError, text: str) -> tuple[str, int, int]:
    """``(message, line, column)`` for ``error`` raised while reading ``text`` (1-based)."""
    mark = error.problem_mark or error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    problem, context = error.problem or "", error.context or ""
    lines = BREAKS.split(text)
    tab = mark is not None and _char_at(lines, mark.line, mark.column) == "\t"
    if tab or "tab character" in problem:
        # PyYAML says "found character that cannot start any token": the tab is the news.
        return "invalid YAML: a tab; YAML indents with spaces only, use spaces", line, column
    start = error.context_mark
    if "quoted scalar" in context and start is not None:
        # PyYAML notices at the end of the file; the opening quote is what to fix.
        quote = _char_at(lines, start.line, start.column) or '"'
        message = f"invalid YAML: this {quote} quote is never closed; close it on its line"
        return message, start.line + 1, start.column + 1
    message = "; ".join(part for part in (context, problem) if part)
    return f"invalid YAML: {message}", line, column
