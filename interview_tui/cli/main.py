"""The command line: argparse, one-line errors, and dispatch to the commands.

Only the subcommands that open the TUI import Textual, so `validate`, `banks`, `locate` and
the other plain commands start fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from interview_tui import __version__
from interview_tui.banks.clean import visible
from interview_tui.cli.context import Context
from interview_tui.cli.registry import COMMANDS, Entry
from interview_tui.cli.terminal import safe_terminal
from interview_tui.errors import UserError

PROG = "interview-tui"
Handler = Callable[[argparse.Namespace, Context], int]


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line, not a usage dump."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{PROG}: error: {message} (see '{self.prog} --help')\n")


def _add_globals(parser: argparse.ArgumentParser, *, sub: bool) -> None:
    # On subcommands the defaults are suppressed so that a flag given before the subcommand
    # is not overwritten by the subparser's default.
    default = argparse.SUPPRESS if sub else None
    group = parser.add_argument_group("global options")
    group.add_argument(
        "--data-dir", metavar="DIR", default=default, help="where the database lives"
    )
    group.add_argument(
        "--config-dir", metavar="DIR", default=default, help="where config.yaml and banks/ live"
    )
    group.add_argument(
        "--bank",
        metavar="PATH",
        action="append",
        dest="sub_banks" if sub else "banks",
        default=argparse.SUPPRESS if sub else [],
        help="also load the bank file or folder at PATH (repeatable)",
    )


class _CommandParser(_Parser):
    """A subcommand's parser, given its arguments only when that subcommand is parsed.

    ``interview-tui`` alone (the app) and ``interview-tui --help`` need each command's name
    and help, not its arguments; adding those means importing its module, so it waits.
    """

    entry: Entry | None = None

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        if self.entry is not None:
            command, self.entry = self.entry.load(), None
            command.configure(self)
            _add_globals(self, sub=True)
            self.set_defaults(handler=command.run)
        return super().parse_known_args(args, namespace)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Rehearse interviews from either side of the table.",
        epilog="With no command, the app opens at its home screen.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    _add_globals(parser, sub=False)
    subparsers = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=_CommandParser
    )
    for entry in COMMANDS:
        sub = subparsers.add_parser(entry.name, help=entry.help, description=entry.help)
        sub.entry = entry
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `interview-tui` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    args.banks = [*args.banks, *getattr(args, "sub_banks", [])]
    context = Context.from_args(
        data_dir=args.data_dir, config_dir=args.config_dir, banks=[Path(p) for p in args.banks]
    )
    handler: Handler = getattr(args, "handler", _open_tui)
    try:
        with safe_terminal():
            return handler(args, context)
    except UserError as error:
        print(visible(f"{PROG}: error: {error}"), file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `interview-tui history | head`: the reader went away; that is not an error.
        sys.stderr.close()
        return 0


def _open_tui(args: argparse.Namespace, context: Context) -> int:
    from interview_tui.cli.tui import run_home

    return run_home(args, context)
