"""Output to a terminal never carries a control sequence from data.

Bank text is cleaned when it is parsed, but a file name, a config key or a pasted answer can
still hold an escape sequence. When the command's output goes to a terminal, every unsafe
character is written as ``\\uXXXX`` instead (seen, never run); output to a file or a pipe is
left exact, so ``export > file`` keeps what was typed.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO, cast

from interview_tui.banks.clean import visible


class _Visible:
    """A text stream that writes unsafe characters visibly and passes everything else on."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(visible(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _guard(stream: TextIO) -> TextIO:
    try:
        tty = stream.isatty()
    except (AttributeError, ValueError):
        tty = False
    return cast(TextIO, _Visible(stream)) if tty else stream


@contextmanager
def safe_terminal() -> Iterator[None]:
    """While inside, ``print`` to a terminal cannot send it a control sequence."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _guard(out), _guard(err)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err
