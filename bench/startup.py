"""Launch to an interactive home screen, against a bare Textual app started the same way.

Each launch is a fresh process. The time is from just before the process is spawned to the
first frame that shows the filled home screen (reported by the child on the monotonic
clock), so interpreter start-up and imports count and neither app's shutdown does. The whole
process time is printed too. Where valgrind is installed, the instructions each launch runs
are counted as well: a figure that the machine's load does not move.
"""

from __future__ import annotations

import compileall
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.timing import median, report

RUNS = 15


def launch(*argv: str) -> tuple[float, float]:
    """Seconds to interactive, and seconds until the process had exited."""
    start = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "bench.startup_probe", *argv],
        check=True,
        capture_output=True,
        text=True,
    )
    end = time.monotonic()
    return float(done.stdout.split()[-1]) - start, end - start


def instructions(*argv: str) -> float | None:
    """Instructions the CPU ran from launch to the interactive frame, under valgrind.

    Unlike a clock, the count does not move with the machine's load: the same launch gives
    the same figure to a fraction of a percent. ``None`` where valgrind is not installed.
    """
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        return None
    count = ["--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null"]
    done = subprocess.run(
        [valgrind, *count, sys.executable, "-m", "bench.startup_probe", *argv],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "STARTUP_PROBE_EXIT_AT_ONCE": "1"},
    )
    found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    return int(found.group(1).replace(",", "")) / 1e6 if found else None


def report_instructions(counts: dict[str, float | None]) -> None:
    bare = counts.pop("bare")
    if bare is None:
        print("(valgrind is not installed: no instruction counts)")
        return
    for name, ours in counts.items():
        assert ours is not None
        label = f"instructions to interactive home, {name}"
        print(f"{label:<44} {ours:9.1f} M   vs {bare:9.1f} M   = {ours / bare:5.2f}x")


def main() -> None:
    # An installed app runs from compiled bytecode; compile ours as pip or a first run would,
    # even where PYTHONDONTWRITEBYTECODE is set, so no launch pays for compiling the source.
    root = Path(__file__).resolve().parent.parent
    compileall.compile_dir(root / "interview_tui", quiet=1)
    compileall.compile_dir(root / "bench", quiet=1)
    with tempfile.TemporaryDirectory() as folder:
        fresh = [str(Path(folder) / "fresh" / name) for name in ("data", "config")]
        used = [str(Path(folder) / "used" / name) for name in ("data", "config")]
        # Half a year of practice: 130 sessions, 520 rated answers, so due counts are worked out.
        seed = ["--data-dir", used[0], "--weeks", "26", "--per-week", "5"]
        subprocess.run([sys.executable, "-m", "interview_tui.practice.seed", *seed], check=True)
        for data in (fresh, used):
            launch("ours", *data)  # the first run creates the database and the bank cache
        launch("bare")
        runs: dict[str, list[tuple[float, float]]] = {"bare": [], "fresh": [], "used": []}
        argv = {"bare": ["bare"], "fresh": ["ours", *fresh], "used": ["ours", *used]}
        order = list(runs)
        for _ in range(RUNS):  # interleaved in a new order each round: noise hits all alike
            random.shuffle(order)
            for key in order:
                runs[key].append(launch(*argv[key]))
        counts = {
            "bare": instructions("bare"),
            "new user": instructions("ours", *fresh),
            "520 answers stored": instructions("ours", *used),
        }
    bare = runs["bare"]
    print(f"median of {RUNS} launches each, headless at 100x32, a fresh process every time")
    for name, key in (("new user", "fresh"), ("520 answers stored", "used")):
        report(
            f"launch to interactive home, {name}",
            median([ready for ready, _ in runs[key]]),
            median([ready for ready, _ in bare]),
            target="<= 1.3x",
        )
        report(
            "  whole process, with shutdown",
            median([total for _, total in runs[key]]),
            median([total for _, total in bare]),
        )
    report_instructions(counts)


if __name__ == "__main__":
    main()
