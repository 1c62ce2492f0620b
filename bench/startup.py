"""Launch to an interactive home screen, against a bare Textual app started the same way.

Each launch is a fresh process. The time is from just before the process is spawned to the
first frame that shows the filled home screen (reported by the child on the monotonic
clock), so interpreter start-up and imports count and neither app's shutdown does. The whole
process time is printed too.
"""

from __future__ import annotations

import compileall
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
        subprocess.run([sys.executable, "-m", "interview_tui.seed", *seed], check=True)
        for data in (fresh, used):
            launch("ours", *data)  # the first run creates the database and the bank cache
        launch("bare")
        bare, ours, history = [], [], []
        for _ in range(RUNS):  # interleaved, so machine noise hits all alike
            bare.append(launch("bare"))
            ours.append(launch("ours", *fresh))
            history.append(launch("ours", *used))
    print(f"median of {RUNS} launches each, headless at 100x32, a fresh process every time")
    for name, runs in (("new user", ours), ("520 answers stored", history)):
        report(
            f"launch to interactive home, {name}",
            median([ready for ready, _ in runs]),
            median([ready for ready, _ in bare]),
            target="<= 1.3x",
        )
        report(
            "  whole process, with shutdown",
            median([total for _, total in runs]),
            median([total for _, total in bare]),
        )


if __name__ == "__main__":
    main()
