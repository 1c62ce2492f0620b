"""Text from third-party banks made fit to show: a category without HTML or Markdown links.

Banks converted from READMEs carry things like ``<a name="toc">`` and ``[[⬆]](#toc)`` in
their categories; shown raw they are noise. A question's own text is rendered as Markdown
by the screen instead, so only short labels are cleaned here.
"""

from __future__ import annotations

import re

_TAG = re.compile(r"<[^<>]*>")
#: A Markdown link whose text is only an arrow or a symbol, e.g. ``[[⬆]](#toc)``: dropped.
_NAV_LINK = re.compile(r"\[\[?[^\w\s]*\]?\]\([^)]*\)")
#: Any other Markdown link keeps its text.
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MARKS = re.compile(r"(\*\*|__|`)")


def plain_label(text: str) -> str:
    """``text`` without HTML tags, navigation links, link targets or emphasis marks."""
    text = _TAG.sub("", text)
    text = _NAV_LINK.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _MARKS.sub("", text)
    return " ".join(text.split())
