"""`interview-tui review`: the app, opened at the history of past sessions."""

from __future__ import annotations

import argparse

from interview_tui.commands import Command
from interview_tui.context import Context


def configure(parser: argparse.ArgumentParser) -> None:
    pass


def run(args: argparse.Namespace, context: Context) -> int:
    from interview_tui.commands.tui import run_app

    return run_app(context, start="history")


COMMAND = Command("review", "open the app at the history of past sessions", configure, run)
