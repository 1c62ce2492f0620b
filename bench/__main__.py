"""`python -m bench` (or `make bench`): run every benchmark and print ratios."""

from __future__ import annotations

import importlib

BENCHMARKS = [
    "bench.bank_loading",
    "bench.save_answer",
    "bench.startup",
    "bench.review_screens",
    "bench.schedule",
    "bench.insights",
    "bench.voice",
    "bench.eval",
]


def main() -> None:
    for name in BENCHMARKS:
        print(f"== {name}")
        importlib.import_module(name).main()


if __name__ == "__main__":
    main()
