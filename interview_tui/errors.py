"""The error a user can cause and fix: shown as one line, never as a traceback."""

from __future__ import annotations


class UserError(Exception):
    """Something the user can fix; the message says what went wrong and what to do."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code
