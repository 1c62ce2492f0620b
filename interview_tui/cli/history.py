"""`interview-tui history`: the session list, newest first, as a table or JSON."""

from __future__ import annotations

import argparse
import json
import sys

from interview_tui.cli.command import Command
from interview_tui.cli.context import Context
from interview_tui.clock import SystemClock
from interview_tui.durations import format_duration
from interview_tui.review.history import SessionSummary, session_summaries
from interview_tui.store.database import Store


def _limit(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive number")
    return int(text)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print a JSON list")
    parser.add_argument("--limit", type=_limit, default=20, metavar="N", help="at most N (20)")


def as_json(summary: SessionSummary) -> dict[str, object]:
    return {
        "id": summary.id,
        "started_at": summary.started_at,
        "ended_at": summary.ended_at,
        "role": summary.role,
        "banks": list(summary.banks),
        "goal": summary.goal,
        "answered": summary.answered,
        "skipped": summary.skipped,
        "mean_overall": summary.mean_overall,
        "seconds": summary.seconds,
        "unfinished": summary.unfinished,
    }


def run(args: argparse.Namespace, context: Context) -> int:
    database = context.existing_database()
    summaries: list[SessionSummary] = []
    if database is not None:  # a fresh install has no history, and gets no empty database
        store = Store.open(database, SystemClock())
        try:
            summaries = session_summaries(store, limit=args.limit)
        finally:
            store.close()
    if args.json:
        json.dump([as_json(s) for s in summaries], sys.stdout, indent=2, ensure_ascii=False)
        print()
        return 0
    if not summaries:
        print("No sessions yet. Start one with 'interview-tui'.")
        return 0
    rows = [("ID", "STARTED", "ROLE", "ANSWERED", "MEAN", "TIME", "BANKS")]
    for s in summaries:
        mean = f"{s.mean_overall:.1f}" if s.mean_overall is not None else "-"
        started = s.started_at[:16].replace("T", " ") + (" *" if s.unfinished else "")
        rows.append(
            (str(s.id), started, s.role, str(s.answered), mean, format_duration(s.seconds),
             ", ".join(s.banks))
        )  # fmt: skip
    widths = [max(len(row[i]) for row in rows) for i in range(6)]
    for row in rows:
        print("  ".join([*(c.ljust(w) for c, w in zip(row, widths, strict=False)), row[6]]))
    if any(s.unfinished for s in summaries):
        print("* unfinished: 'interview-tui' offers to resume it", file=sys.stderr)
    return 0


COMMAND = Command(configure, run)
