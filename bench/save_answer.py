"""Submit and rate one answer in a database holding 10,000 answers, against an empty one.

What the user waits for after ``ctrl+s`` and after saving the ratings: two durable commits
(WAL, ``synchronous=FULL``). Both databases are written through the public Store API.
"""

from __future__ import annotations

import random
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from bench.timing import median, percentile, report
from interview_tui.banks.model import Bank, Question
from interview_tui.clock import FakeClock
from interview_tui.practice.plan import SessionPlan, plan_session
from interview_tui.store.database import Store

SEEDED = 10_000
TIMED = 300
PER_SESSION = 10
TARGET_P99 = 0.020
SCORES = ("structure", "clarity", "relevance", "confidence")
ANSWER = "In my last team we disagreed about the release plan. " * 8


def make_banks() -> list[Bank]:
    return [
        Bank(
            f"bank{b}",
            f"Bank {b}",
            "interviewee",
            tuple(Question(f"q{i}", f"Bank {b}, question {i}?", f"Cat {i % 7}") for i in range(60)),
        )
        for b in range(5)
    ]


def answer_session(
    store: Store, plan: SessionPlan, clock: FakeClock, rng: random.Random, times: list[float]
) -> None:
    """Answer and rate every question of one new session; time each pair into ``times``."""
    session_id = store.start_session(plan)
    for position, item in enumerate(plan.items):
        clock.advance(rng.uniform(30, 180))
        scores = {name: rng.randint(1, 5) for name in SCORES}
        start = time.perf_counter()
        attempt_id = store.submit_answer(session_id, position, item, ANSWER, 95.0)
        store.rate_attempt(attempt_id, scores, stumped=rng.random() < 0.2, note="ok")
        times.append(time.perf_counter() - start)
    store.finish_session(session_id)


def run(store: Store, clock: FakeClock, banks: list[Bank], answers: int) -> list[float]:
    """Write ``answers`` answers in sessions of ten; return the time of each."""
    rng = random.Random(answers)
    times: list[float] = []
    while len(times) < answers:
        bank = banks[rng.randrange(len(banks))]
        plan = plan_session([bank], min(PER_SESSION, answers - len(times)), rng=rng)
        answer_session(store, plan, clock, rng, times)
        clock.advance(86_400 / 4)
    return times


def measure(folder: Path, seed: int) -> tuple[list[float], float, float]:
    """Time TIMED submit+rate pairs on a database first seeded with ``seed`` answers."""
    clock = FakeClock(datetime(2023, 1, 1, 9, 0, tzinfo=UTC))
    banks = make_banks()
    folder.mkdir(exist_ok=True)
    path = folder / f"seeded-{seed}.sqlite3"
    store = Store.open(path, clock)
    try:
        started = time.perf_counter()
        run(store, clock, banks, seed)
        seeding = time.perf_counter() - started
        assert store.count_attempts() == seed
        times = run(store, clock, banks, TIMED)
        assert store.count_attempts() == seed + TIMED
    finally:
        store.close()
    return times, seeding, path.stat().st_size / 1_048_576


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        measure(Path(folder) / "warm-up", 0)  # first-use costs would otherwise bias the baseline
        empty, _, _ = measure(Path(folder), 0)
        seeded, seeding, size = measure(Path(folder), SEEDED)
    print(
        f"database seeded with {SEEDED:,} answers in {SEEDED // PER_SESSION:,} sessions "
        f"({size:.1f} MB, {seeding:.1f} s through the Store API); {TIMED} timed calls each"
    )
    for label, times in (("empty database", empty), (f"{SEEDED:,} answers", seeded)):
        print(
            f"submit_answer + rate_attempt, {label:<15} median {median(times) * 1000:7.2f} ms"
            f"   p99 {percentile(times, 0.99) * 1000:7.2f} ms"
        )
    report("median, 10,000 answers vs empty", median(seeded), median(empty))
    p99 = percentile(seeded, 0.99)
    report("p99, 10,000 answers vs empty", p99, percentile(empty, 0.99), target="p99 < 20 ms")
    verdict = "met" if p99 < TARGET_P99 else "MISSED"
    print(f"target p99 < 20 ms with 10,000 answers: {verdict} ({p99 * 1000:.2f} ms)")


if __name__ == "__main__":
    main()
