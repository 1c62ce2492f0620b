"""What a subcommand is: how it adds its arguments, and how it runs.

Its name and one-line help live in the registry, which names the module a command is in:
building ``--help`` or opening the app imports no command module.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import NamedTuple

from interview_tui.cli.context import Context


class Command(NamedTuple):
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace, Context], int]
