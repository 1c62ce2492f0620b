"""Smart practice order on databases of 2,000 and 5,000 answers, against the SQL it reads.

`rank_questions` (one bank) and `due_counts` (every bank, as the home screen asks) each run
one query and replay every submitted attempt through FSRS. "cold" is the first call in a
process (nothing memoised), "warm" a repeat call, "after a session" a call once ten more
answers were saved (only those are replayed). "SQL + fsrs" is the floor of the approach: the
bare query plus as many reviews straight through fsrs. Databases are written through the
Store API.
"""

from __future__ import annotations

import random
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from fsrs import Card, Rating, Scheduler

from bench.save_answer import SCORES, make_banks
from bench.timing import best_of, report
from interview_tui.banks.model import Bank
from interview_tui.clock import FakeClock
from interview_tui.coaching import schedule
from interview_tui.coaching.schedule import due_counts, rank_questions
from interview_tui.practice.plan import plan_session
from interview_tui.store.database import Store

SIZES = (2_000, 5_000)
PER_SESSION = 10
TARGET = 0.100


def seed(
    store: Store, clock: FakeClock, banks: list[Bank], answers: int, rng: random.Random
) -> None:
    """Sessions of ten answers, one or two a day, 20 % stumped, one in ten skipped."""
    written = 0
    while written < answers:
        bank = banks[rng.randrange(len(banks))]
        plan = plan_session([bank], min(PER_SESSION, answers - written), rng=rng)
        session_id = store.start_session(plan)
        for position, item in enumerate(plan.items):
            clock.advance(rng.uniform(30, 180))
            if rng.random() < 0.1:
                store.skip_question(session_id, position, item, "", 5.0)
                continue
            attempt_id = store.submit_answer(session_id, position, item, "an answer", 90.0)
            scores = {name: rng.randint(1, 5) for name in SCORES}
            store.rate_attempt(attempt_id, scores, stumped=rng.random() < 0.2)
        store.finish_session(session_id)
        written += len(plan)
        clock.advance(rng.uniform(0.4, 1.6) * 86_400)


def fsrs_alone(reviews: int) -> float:
    """The floor of the approach: ``reviews`` reviews straight through fsrs, nothing else."""
    scheduler = Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False)
    start = datetime(2024, 1, 1, tzinfo=UTC)

    def replay() -> None:
        card = Card(card_id=1, due=start)
        for index in range(reviews):
            when = start + timedelta(hours=30 * index)
            card, _ = scheduler.review_card(card, Rating(index % 4 + 1), when)

    return best_of(replay)


def main() -> None:
    banks = make_banks()
    rng = random.Random(5)
    clock = FakeClock(datetime(2023, 1, 1, 9, 0, tzinfo=UTC))
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "schedule.sqlite3", clock)
        try:
            seeded = 0
            for size in SIZES:
                seed(store, clock, banks, size - seeded, rng)
                seeded = size
                run(store, clock, banks, rng, size)
        finally:
            store.close()


def run(store: Store, clock: FakeClock, banks: list[Bank], rng: random.Random, size: int) -> None:
    now = clock.now()
    ids = [bank.id for bank in banks]
    one = banks[0]
    count = "SELECT count(*) FROM attempts WHERE status = 'submitted'"
    submitted = store.query(count)[0][0]
    in_one = store.query(f"{count} AND bank_id = ?", (one.id,))[0][0]
    print(
        f"-- {size:,} answers ({submitted:,} submitted, the rest skipped) over {len(banks)} "
        f"banks of {len(one.questions)} questions; {in_one:,} submitted in {one.id}"
    )

    # The baseline: the query schedule runs, rows fetched, nothing else.
    def sql(bank_ids: list[str]) -> None:
        store.query(
            "SELECT bank_id, question_id, submitted_at, overall, stumped FROM attempts "
            f"WHERE bank_id IN ({', '.join('?' * len(bank_ids))}) AND status = 'submitted' "
            "AND submitted_at IS NOT NULL ORDER BY bank_id, question_id, submitted_at, id",
            bank_ids,
        )

    sql_all = best_of(lambda: sql(ids))
    sql_one = best_of(lambda: sql([one.id]))
    floor = sql_all + fsrs_alone(submitted)

    def cold_counts() -> None:
        schedule._forget()
        due_counts(store, banks, now)

    def cold_rank() -> None:
        schedule._forget()
        rank_questions(store, one, "due", now)

    counts_cold = best_of(cold_counts)
    counts_warm = best_of(lambda: due_counts(store, banks, now))
    rank_cold = best_of(cold_rank)
    rank_warm = best_of(lambda: rank_questions(store, one, "due", now))

    # One more session, then the first call after it: replays only the new answers.
    def after_session() -> float:
        due_counts(store, banks, clock.now())
        seed(store, clock, banks, PER_SESSION, rng)
        start = time.perf_counter()
        due_counts(store, banks, clock.now())
        return time.perf_counter() - start

    counts_after = min(after_session() for _ in range(5))

    print(f"bare SQL: all banks {sql_all * 1000:.2f} ms, one bank {sql_one * 1000:.2f} ms")
    report("due_counts all banks, cold vs SQL + fsrs", counts_cold, floor, target="< 100 ms")
    report("due_counts all banks, cold vs bare SQL", counts_cold, sql_all)
    report("due_counts all banks, warm vs bare SQL", counts_warm, sql_all)
    report("due_counts after a session vs bare SQL", counts_after, sql_all)
    report(f"rank_questions due {one.id}, cold vs SQL", rank_cold, sql_one)
    report(f"rank_questions due {one.id}, warm vs SQL", rank_warm, sql_one)
    verdict = "met" if counts_cold < TARGET else "MISSED"
    print(f"target < 100 ms, cold, {size:,} answers: {verdict} ({counts_cold * 1000:.1f} ms)")


if __name__ == "__main__":
    main()
