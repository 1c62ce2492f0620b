"""`interview-tui locate`: where the data, config and banks are."""

from __future__ import annotations

import argparse

from interview_tui.cli.command import Command
from interview_tui.cli.context import Context
from interview_tui.paths import bundled_banks_dir


def configure(parser: argparse.ArgumentParser) -> None:
    pass


def run(args: argparse.Namespace, context: Context) -> int:
    paths = context.paths
    rows = [
        ("data", paths.data_dir),
        ("database", paths.database),
        ("config", paths.config_file),
        ("user banks", paths.user_banks_dir),
        ("bundled banks", bundled_banks_dir()),
    ]
    width = max(len(name) for name, _ in rows)
    for name, path in rows:
        print(f"{name:<{width}}  {path}")
    return 0


COMMAND = Command(configure, run)
