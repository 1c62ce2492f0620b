"""`interview-tui backup` and `interview-tui restore FILE`: the database's copies."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

from interview_tui.cli.command import Command
from interview_tui.cli.context import Context
from interview_tui.clock import SystemClock
from interview_tui.errors import UserError
from interview_tui.settings import load_settings
from interview_tui.store.backup import backups, make_backup, restore


def _configure_backup(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--list", action="store_true", help="list the backups, newest last")


def _run_backup(args: argparse.Namespace, context: Context) -> int:
    database = context.existing_database()
    if args.list:
        for path in backups(context.paths.database):
            print(path)
        return 0
    if database is None:
        raise UserError(f"no database yet in {context.paths.data_dir}; nothing to back up")
    keep = load_settings(context.paths.config_file).settings.backups
    try:
        target = make_backup(database, SystemClock().now(), keep)
    except (sqlite3.Error, OSError) as error:
        raise UserError(
            f"backup failed: {error}; is the database damaged or the disk full?"
        ) from None
    print(f"backed up to {target}", file=sys.stderr)
    return 0


def _configure_restore(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE", help="a backup (see 'backup --list')")


def _run_restore(args: argparse.Namespace, context: Context) -> int:
    database = context.paths.database
    context.existing_database()  # a data path that is a file is an error
    try:
        kept = restore(args.file, database, SystemClock().now())
    except (sqlite3.Error, OSError) as error:
        raise UserError(f"restore failed: {error}") from None
    if kept is not None:
        print(f"the database as it was is kept in {kept}", file=sys.stderr)
    print(f"restored {args.file}; close any open interview-tui first", file=sys.stderr)
    return 0


BACKUP = Command(_configure_backup, _run_backup)
RESTORE = Command(_configure_restore, _run_restore)
