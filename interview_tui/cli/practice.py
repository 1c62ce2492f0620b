"""`interview-tui practice BANK`: straight into a session."""

from __future__ import annotations

import argparse
import difflib
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from interview_tui.cli.command import Command
from interview_tui.cli.context import Context
from interview_tui.durations import DurationError, parse_duration
from interview_tui.errors import UserError
from interview_tui.practice.plan import ORDERS

if TYPE_CHECKING:
    from interview_tui.voice.options import VoiceOptions


def _duration(text: str) -> int:
    try:
        return parse_duration(text)
    except DurationError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _count(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 100:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number from 1 to 100")
    return int(text)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date written YYYY-MM-DD") from None


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("bank", metavar="BANK", help="the id of a bank (see 'interview-tui banks')")
    parser.add_argument("-n", "--questions", type=_count, default=None, help="how many questions")
    parser.add_argument("--order", choices=ORDERS, default=None, help="question order")
    parser.add_argument(
        "--time-limit", type=_duration, default=None, metavar="SECONDS",
        help="the same limit for every question: seconds, 90s, 2m, 1m30s",
    )  # fmt: skip
    parser.add_argument("--voice", action="store_true", help="answer aloud (the voice extra)")
    parser.add_argument(
        "--audio-input", type=Path, metavar="FILE",
        help="with --voice: a WAV or FLAC file stands in for the microphone",
    )  # fmt: skip
    parser.add_argument(
        "--read-aloud", action="store_true",
        help="each question read aloud by the system's voice (espeak-ng, spd-say or say)",
    )  # fmt: skip
    parser.add_argument(
        "--interview-date", type=_date, default=None, metavar="YYYY-MM-DD",
        help="your next interview: spaced repetition makes every question due by then",
    )  # fmt: skip


def run(args: argparse.Namespace, context: Context) -> int:
    from interview_tui.cli.tui import run_app
    from interview_tui.settings import load_settings
    from interview_tui.tui.app import PracticeRequest

    banks = context.load_banks()
    if banks.get(args.bank) is None:
        known = [bank.id for bank in banks.banks]
        hint = difflib.get_close_matches(args.bank, known, n=1)
        suggestion = f"; did you mean {hint[0]!r}?" if hint else "; see 'interview-tui banks'"
        raise UserError(f"no bank {args.bank!r}{suggestion}")
    settings = load_settings(context.paths.config_file).settings
    request = PracticeRequest(
        bank_id=args.bank,
        count=args.questions or settings.questions,
        order=args.order or settings.order,
        time_limit=args.time_limit or settings.time_limit,
        interview_date=args.interview_date or settings.interview_date,
        read_aloud=args.read_aloud or settings.read_aloud,
    )
    return run_app(context, banks=banks, practice=request, voice=_voice(args))


def _voice(args: argparse.Namespace) -> VoiceOptions | None:
    """The voice options, checked before the TUI opens: a problem is one line here."""
    if not args.voice:
        if args.audio_input is not None:
            raise UserError("--audio-input needs --voice")
        return None
    from interview_tui.voice.extra import require
    from interview_tui.voice.options import VoiceOptions

    require()
    if args.audio_input is not None:
        from interview_tui.voice.audio import read_audio

        read_audio(args.audio_input)  # a missing or unreadable file fails here, not mid-session
    return VoiceOptions(audio_input=args.audio_input)


COMMAND = Command(configure, run)
