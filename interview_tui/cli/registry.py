"""Every subcommand, in the order ``--help`` lists them (one module each, each a COMMAND)."""

from __future__ import annotations

from interview_tui.cli import (
    backup,
    banks,
    check,
    export,
    feedback,
    history,
    import_bank,
    locate,
    practice,
    review,
    validate,
    voice,
)
from interview_tui.cli.command import Command

COMMANDS: tuple[Command, ...] = (
    practice.COMMAND,
    review.COMMAND,
    history.COMMAND,
    banks.COMMAND,
    validate.COMMAND,
    import_bank.COMMAND,
    export.COMMAND,
    locate.COMMAND,
    voice.COMMAND,
    backup.BACKUP,
    backup.RESTORE,
    check.COMMAND,
    feedback.COMMAND,
)
