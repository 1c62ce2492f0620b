"""Small helpers shared by the tests."""

from __future__ import annotations

import subprocess


def dead_pid() -> int:
    """The pid of a process that has finished: a crashed app's, as far as the store can tell."""
    process = subprocess.Popen(["true"])
    process.wait()
    return process.pid
