"""`interview-tui feedback BANK_ID QUESTION_ID [FILE|-]`: the insights for one answer.

Prints what the rate dialog shows for an answer read from FILE, or standard input (``-`` or
no FILE). ``--json`` prints the key points (``text``, ``covered``), the STAR parts (or null
where STAR does not apply), the nudges (``id``, ``why``), and words, fillers and hedges.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from interview_tui.cli.command import Command
from interview_tui.cli.context import Context
from interview_tui.coaching.applies import insights_for
from interview_tui.coaching.report import Insights
from interview_tui.coaching.wordlists import load_word_lists


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("bank_id", metavar="BANK_ID")
    parser.add_argument("question_id", metavar="QUESTION_ID")
    parser.add_argument("file", nargs="?", default="-", metavar="FILE", help="'-': stdin")
    parser.add_argument("--json", action="store_true", help="print JSON")


def _read(name: str) -> str | None:
    if name == "-":
        return sys.stdin.read()
    try:
        return Path(name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or "not UTF-8 text"
        print(f"feedback: cannot read {name}: {reason}", file=sys.stderr)
        return None


def as_json(insights: Insights) -> dict[str, Any]:
    """The ``--json`` payload for ``insights``."""
    return {
        "words": insights.words,
        "fillers": dict(insights.fillers),
        "hedges": dict(insights.hedges),
        "key_points": [{"text": k.point, "covered": k.covered} for k in insights.key_points],
        "star": dict(insights.star) if insights.star is not None else None,
        "nudges": [{"id": n.id, "why": n.why} for n in insights.nudges],
        "i_count": insights.i_count,
        "we_count": insights.we_count,
    }


def run(args: argparse.Namespace, context: Context) -> int:
    banks = {bank.id: bank for bank in context.load_banks().banks}
    bank = banks.get(args.bank_id)
    if bank is None:
        print(
            f"feedback: no bank '{args.bank_id}'; 'interview-tui banks' lists them",
            file=sys.stderr,
        )
        return 2
    question = bank.question(args.question_id)
    if question is None:
        print(
            f"feedback: bank '{bank.id}' has no question '{args.question_id}'",
            file=sys.stderr,
        )
        return 2
    answer = _read(args.file)
    if answer is None:
        return 2
    words = load_word_lists(context.paths.config_dir)
    insights = insights_for(answer, question, bank, bank.role, bank.time_limit_for(question), words)
    if args.json:
        print(json.dumps(as_json(insights), ensure_ascii=False, indent=2))
    else:
        print("\n".join(insights.summary_lines()))
    return 0


COMMAND = Command(configure, run)
