"""Text from a bank is data: the characters that could drive a terminal are removed.

A bank may come from anywhere. Its text is shown in the terminal, so a control character in
it could clear the screen, set the window title (``ESC ] 0;``) or write the clipboard
(OSC 52), and a bidi override could make text read differently from what it is. Tab and
newline are kept: they are layout, not commands; so is NEL (U+0085), which YAML itself reads
as a line break and no UTF-8 terminal acts on.
"""

from __future__ import annotations

import re

# C0 controls but tab and newline, DEL, C1 controls but NEL, and the bidi embeddings, overrides and
# isolates (U+202A-U+202E, U+2066-U+2069).
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069]")


def clean_text(text: str) -> str:
    """``text`` without the characters that could act on a terminal (see the module)."""
    return _UNSAFE.sub("", text)


def visible(text: str) -> str:
    """``text`` with each unsafe character written as ``\\uXXXX``, so it is seen, not run.

    For output that must show what is there (a file name, a line printed to a terminal);
    the escape is also valid inside a JSON string.
    """
    return _UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
