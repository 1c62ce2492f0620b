"""The subcommands that open the TUI. Textual is imported here and nowhere else in the CLI."""

from __future__ import annotations

import argparse

from interview_tui.context import Context


def run_home(args: argparse.Namespace, context: Context) -> int:
    from interview_tui.tui.app import InterviewApp

    app = InterviewApp(paths=context.paths, bank_sources=context.bank_sources)
    app.run()
    return app.return_code or 0
