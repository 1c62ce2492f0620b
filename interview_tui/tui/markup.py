"""Text from outside (banks, answers, file names) put into Textual markup, shown as written.

Textual's ``escape()`` escapes only a whole ``[tag]``. An unclosed one, such as a bank title
ending in ``[@click=app.quit``, was left as it was and joined with the markup around it into a
tag: a crash (MarkupError) or a click action. Escaping every ``[`` leaves nothing to join.
"""

from __future__ import annotations


def escape(text: str) -> str:
    """``text`` as markup that shows it as written: every ``[`` escaped.

    (In Textual's markup the backslash just before a ``[`` escapes it; other backslashes are
    text, so ``x\\[b]`` becomes ``x\\\\[b]`` and still reads ``x\\[b]``.)
    """
    return text.replace("[", "\\[")
