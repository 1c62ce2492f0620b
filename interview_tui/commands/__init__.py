"""One module per subcommand; each exposes a :class:`Command`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass

from interview_tui.context import Context


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace, Context], int]


def _commands() -> tuple[Command, ...]:
    from interview_tui.commands import (
        banks,
        export,
        history,
        import_bank,
        locate,
        practice,
        review,
        validate,
    )

    return (
        practice.COMMAND,
        review.COMMAND,
        history.COMMAND,
        banks.COMMAND,
        validate.COMMAND,
        import_bank.COMMAND,
        export.COMMAND,
        locate.COMMAND,
    )


COMMANDS = _commands()
