"""The subcommands that open the TUI. Textual is imported here and nowhere else in the CLI."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from interview_tui.cli.context import Context
from interview_tui.settings import load_settings

if TYPE_CHECKING:
    from interview_tui.banks.model import LoadResult
    from interview_tui.tui.app import InterviewApp, PracticeRequest, StartScreen
    from interview_tui.voice.options import VoiceOptions


def make_app(
    context: Context,
    banks: LoadResult | None = None,
    practice: PracticeRequest | None = None,
    start: StartScreen = "home",
    voice: VoiceOptions | None = None,
) -> InterviewApp:
    """The app as the command line starts it (``bench.startup_probe`` times this one)."""
    from interview_tui.tui.app import InterviewApp

    return InterviewApp(
        paths=context.paths,
        bank_sources=context.bank_sources,
        settings=load_settings(context.paths.config_file),
        banks=banks,
        practice=practice,
        start=start,
        voice=voice,
    )


def run_app(
    context: Context,
    banks: LoadResult | None = None,
    practice: PracticeRequest | None = None,
    start: StartScreen = "home",
    voice: VoiceOptions | None = None,
) -> int:
    app = make_app(context, banks, practice, start, voice)
    app.run()
    return app.return_code or 0


def run_home(args: argparse.Namespace, context: Context) -> int:
    return run_app(context)
