"""`interview-tui check`: check interviewer questions from the command line.

Questions come as arguments, or one per line on standard input (``-`` or no TEXT). Exit 0
when nothing is flagged, 1 when something is, 2 on usage errors (argparse's own code).
"""

from __future__ import annotations

import argparse
import json
import sys

from interview_tui.cli.command import Command
from interview_tui.cli.context import Context
from interview_tui.coaching.checker import RULE_LABELS, check_question
from interview_tui.coaching.wordlists import load_word_lists


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "texts", nargs="*", metavar="TEXT", help="questions to check ('-' or none: stdin)"
    )
    kind = parser.add_mutually_exclusive_group()
    kind.add_argument(
        "--informational",
        action="store_true",
        help="the questions are for an informational interview (flags asking for a job)",
    )
    kind.add_argument(
        "--hiring",
        action="store_true",
        help="the questions are for a hiring interview (flags protected characteristics)",
    )
    parser.add_argument("--json", action="store_true", help="print a JSON list")


def _questions(texts: list[str]) -> list[str]:
    if texts and texts != ["-"]:
        return texts
    return [line.rstrip("\r\n") for line in sys.stdin if line.strip()]


def _summary(flagged: int, total: int) -> str:
    return (
        f"{flagged} of {total} flagged. The checker speaks only when it is sure, so a question "
        "with nothing flagged can still be closed or leading: read it aloud once more."
    )


def run(args: argparse.Namespace, context: Context) -> int:
    words = load_word_lists(context.paths.config_dir)
    results = []
    for text in _questions(args.texts):
        flags = check_question(text, words, args.informational, args.hiring)
        results.append((text, flags))
    if args.json:
        payload = [
            {
                "text": text,
                "flags": [
                    {
                        "rule": f.rule,
                        "start": f.start,
                        "end": f.end,
                        "why": f.why,
                        "suggestion": f.suggestion,
                    }
                    for f in flags
                ],
            }
            for text, flags in results
        ]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        for text, flags in results:
            # Not a tick: the checker keeps quiet when unsure, so silence is not a pass.
            print(f"{'⚑' if flags else '·'} {text}")
            for f in flags:
                print(f"    {RULE_LABELS[f.rule]}: “{text[f.start : f.end]}”. {f.why}")
                print(f"      Try: {f.suggestion}")
        if results:
            print(_summary(sum(1 for _, flags in results if flags), len(results)))
    return 1 if any(flags for _, flags in results) else 0


COMMAND = Command(configure, run)
