"""`interview-tui banks`: the loaded banks with their question counts."""

from __future__ import annotations

import argparse
import json
import shlex
import sys

from interview_tui.banks.clean import visible
from interview_tui.banks.model import ROLES, Bank
from interview_tui.cli.command import Command
from interview_tui.cli.context import Context
from interview_tui.timefmt import counted


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--role", choices=ROLES, help="only banks of this role")
    parser.add_argument("--json", action="store_true", help="print a JSON list")


def as_json(bank: Bank) -> dict[str, object]:
    return {
        "id": bank.id,
        "title": bank.title,
        "role": bank.role,
        "questions": len(bank.questions),
        "path": str(bank.path),
        "description": bank.description,
        "tags": list(bank.tags),
    }


def run(args: argparse.Namespace, context: Context) -> int:
    result = context.load_banks()
    banks = result.by_role(args.role) if args.role else result.banks
    if args.json:
        json.dump([as_json(bank) for bank in banks], sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        rows = [("ID", "TITLE", "ROLE", "QUESTIONS", "PATH")]
        # A file name may hold an escape sequence: shown, never run.
        rows += [
            (b.id, b.title, b.role, str(len(b.questions)), visible(str(b.path))) for b in banks
        ]
        widths = [max(len(row[i]) for row in rows) for i in range(4)]
        for row in rows:
            cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
            print("  ".join([*cells, row[4]]))
    for problem in result.problems:
        print(problem, file=sys.stderr)
    if result.problems:
        # The files by name: a plain `validate` would not see a --bank given here.
        paths = dict.fromkeys(problem.path for problem in result.problems)
        files = " ".join(visible(shlex.quote(str(path))) for path in paths)
        print(
            f"{counted(len(result.problems), 'problem')} kept some banks from loading; "
            f"run 'interview-tui validate {files}' for details",
            file=sys.stderr,
        )
    return 0


COMMAND = Command(configure, run)
