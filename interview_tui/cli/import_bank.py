"""`interview-tui import`: a plain text file, one question per line, as a new bank."""

from __future__ import annotations

import argparse
from pathlib import Path

from interview_tui.banks.model import ROLES
from interview_tui.banks.personal import import_text
from interview_tui.banks.sources import load_bank
from interview_tui.cli.command import Command
from interview_tui.cli.context import Context
from interview_tui.timefmt import counted


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE", help="a text file, one question a line")
    parser.add_argument("--role", choices=ROLES, required=True, help="whose side the bank is for")
    parser.add_argument("--id", dest="bank_id", metavar="ID", help="bank id (default: file name)")
    parser.add_argument("--title", metavar="TITLE", help="bank title (default: file name)")
    parser.add_argument("--category", default="", metavar="C", help="category of every question")
    parser.add_argument(
        "--replace", action="store_true", help="overwrite your own bank with the same id"
    )


def run(args: argparse.Namespace, context: Context) -> int:
    # A bank id must be unique among every bank that loads, not only in the banks folder.
    taken = {bank.id for bank in context.load_banks().banks}
    path = import_text(
        args.file,
        context.paths.user_banks_dir,
        args.role,
        bank_id=args.bank_id,
        title=args.title,
        category=args.category,
        taken_ids=taken,
        replace=args.replace,
    )
    bank = load_bank(path)
    print(f"imported {counted(len(bank.questions), 'question')} as bank {bank.id!r}: {path}")
    return 0


COMMAND = Command(configure, run)
