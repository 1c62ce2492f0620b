"""`interview-tui validate`: check bank files; exit 1 with PATH:LINE:COL lines on problems."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from interview_tui.banks.model import BankSource
from interview_tui.banks.sources import load_banks
from interview_tui.cli.command import Command
from interview_tui.cli.context import Context
from interview_tui.timefmt import counted


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", type=Path, help="bank files or folders (default: all)"
    )


def run(args: argparse.Namespace, context: Context) -> int:
    sources = (
        [BankSource(path, "flag") for path in args.paths] if args.paths else context.bank_sources
    )
    result = load_banks(sources)
    for problem in result.problems:
        print(problem)
    files = {problem.path for problem in result.problems}
    summary = (
        f"{counted(len(result.banks), 'bank')}, {counted(result.question_count, 'question')} valid"
    )
    if result.problems:
        print(
            f"{summary}; {counted(len(result.problems), 'problem')} in "
            f"{counted(len(files), 'file')}",
            file=sys.stderr,
        )
        return 1
    print(f"ok: {summary}")
    return 0


COMMAND = Command(configure, run)
