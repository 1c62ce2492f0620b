"""Small timing helpers shared by the benchmarks."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def best_of(function: Callable[[], object], repeat: int = 7) -> float:
    """The fastest of ``repeat`` runs, in seconds: the least disturbed by the machine."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def report(name: str, value: float, baseline: float, unit: str = "ms", target: str = "") -> None:
    ratio = value / baseline if baseline else float("inf")
    goal = f"  (target {target})" if target else ""
    print(
        f"{name:<44} {value * 1000:9.2f} {unit}  vs {baseline * 1000:9.2f} {unit}  "
        f"= {ratio:5.2f}x{goal}"
    )
