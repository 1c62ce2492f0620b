"""Launch to interactive home screen, against a bare Textual app started the same way."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.timing import median, report

RUNS = 9


def launch(*argv: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "bench.startup_probe", *argv], check=True)
    return time.perf_counter() - start


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        data, config = Path(folder) / "data", Path(folder) / "config"
        launch("ours", str(data), str(config))  # first run creates the database
        launch("bare")
        ours, bare = [], []
        for _ in range(RUNS):  # interleaved, so machine noise hits both alike
            bare.append(launch("bare"))
            ours.append(launch("ours", str(data), str(config)))
    print(f"median of {RUNS} launches each, headless, fresh process every time")
    report("launch to interactive home vs bare app", median(ours), median(bare), target="<= 1.3x")


if __name__ == "__main__":
    main()
