"""Every subcommand, in the order ``--help`` lists them: its name, help and module.

A command's module is imported only when that command runs (or shows its own ``--help``):
the app opened with no command, the common case, builds its parser from this table alone.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from interview_tui.cli.command import Command


class Entry(NamedTuple):
    """One subcommand: ``interview_tui.cli.<module>.<attribute>`` is its Command."""

    name: str
    help: str
    module: str
    attribute: str = "COMMAND"

    def load(self) -> Command:
        """Import the command's module and return its Command."""
        module = import_module(f"interview_tui.cli.{self.module}")
        command: Command = getattr(module, self.attribute)
        return command


COMMANDS: tuple[Entry, ...] = (
    Entry("practice", "start a session on one bank straight away", "practice"),
    Entry("review", "open the app at the history of past sessions", "review"),
    Entry("history", "list past sessions, newest first", "history"),
    Entry("banks", "list the loaded question banks", "banks"),
    Entry("validate", "check question bank files", "validate"),
    Entry("import", "import a text file of questions as a new bank", "import_bank"),
    Entry("export", "export sessions as JSON, Markdown or CSV", "export"),
    Entry("locate", "print where the database, config and banks are", "locate"),
    Entry("voice", "speak your answers: analyse a recording, setup, status", "voice"),
    Entry("backup", "back the database up now (or --list the backups)", "backup", "BACKUP"),
    Entry("restore", "put a backup in place of the database", "backup", "RESTORE"),
    Entry("check", "check interviewer questions for yes/no, leading, double…", "check"),
    Entry("feedback", "show the coaching insights for one answer", "feedback"),
)
