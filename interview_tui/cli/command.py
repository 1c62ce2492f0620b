"""What a subcommand is: its name, help, how it adds its arguments, and how it runs."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass

from interview_tui.cli.context import Context


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace, Context], int]
