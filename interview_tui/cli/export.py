"""`interview-tui export`: sessions as JSON, to stdout or atomically to a file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from interview_tui.cli.command import Command
from interview_tui.cli.context import Context
from interview_tui.clock import SystemClock, iso
from interview_tui.errors import UserError
from interview_tui.paths import atomic_writer
from interview_tui.review.export import FORMATS, iter_sessions, write_sessions
from interview_tui.review.ratings import rubric_labels
from interview_tui.store.database import Store
from interview_tui.timefmt import counted


def configure(parser: argparse.ArgumentParser) -> None:
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--session", type=int, metavar="ID", help="one session")
    which.add_argument("--all", action="store_true", help="every session (the default)")
    parser.add_argument(
        "--format", choices=FORMATS, default="json", help="json (default), md or csv"
    )
    parser.add_argument("-o", "--output", type=_file_name, metavar="FILE", help="write to FILE")
    parser.add_argument(
        "--audio", type=Path, metavar="DIR", help="also copy the sessions' recordings into DIR"
    )


def _file_name(value: str) -> Path:
    # Path("") is ".", the current folder: an empty name is a mistake, not a place.
    if not value.strip():
        raise argparse.ArgumentTypeError("-o needs a file name")
    return Path(value)


def run(args: argparse.Namespace, context: Context) -> int:
    clock = SystemClock()
    database = context.existing_database()
    # Exporting from a fresh install is an empty export, not a new database.
    store = Store.open(database, clock) if database is not None else None
    try:
        if args.session is not None:
            # Without a database there is no session of any id: same error as a wrong id.
            if store is None or store.session(args.session) is None:
                raise UserError(f"no session {args.session}; 'interview-tui history' lists them")
            ids = [args.session]
        else:
            ids = store.session_ids() if store is not None else []
        sessions = iter_sessions(store, ids) if store is not None else iter(())
        # Markdown names the ratings as the rubrics do ("Impact / result 5/5").
        labels = rubric_labels(context.load_banks().banks) if args.format == "md" else None
        if args.output:
            try:
                with atomic_writer(args.output) as out:
                    count = write_sessions(sessions, args.format, out, iso(clock.now()), labels)
            except OSError as error:
                reason = error.strerror or str(error)
                raise UserError(f"cannot write {args.output}: {reason}") from None
            print(f"exported {counted(count, 'session')} to {args.output}", file=sys.stderr)
        else:
            write_sessions(sessions, args.format, sys.stdout, iso(clock.now()), labels)
        if args.audio is not None:
            _copy_audio(store, ids, args.audio)
    finally:
        if store is not None:
            store.close()
    return 0


def _copy_audio(store: Store | None, ids: list[int], target: Path) -> None:
    from interview_tui.review.export_audio import copy_audio

    try:
        count = copy_audio(store, ids, target) if store is not None else 0
    except OSError as error:
        raise UserError(f"cannot copy recordings to {target}: {error.strerror}") from None
    print(f"copied {counted(count, 'recording')} to {target}", file=sys.stderr)


COMMAND = Command(configure, run)
