"""`interview-tui review`: the app, opened at the history of past sessions."""

from __future__ import annotations

import argparse

from interview_tui.cli.command import Command
from interview_tui.cli.context import Context


def configure(parser: argparse.ArgumentParser) -> None:
    pass


def run(args: argparse.Namespace, context: Context) -> int:
    from interview_tui.cli.tui import run_app

    return run_app(context, start="history")


COMMAND = Command(configure, run)
