"""Fill a database with weeks of plausible practice, through the public store API.

For tests, benchmarks and demos: `python -m interview_tui.practice.seed --data-dir DIR [--weeks 6]`.
Answers get longer and ratings drift upwards over the weeks, as they would for someone who
practises, so the review screens have something true to show.
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta

from interview_tui.banks.model import Bank, BankSource
from interview_tui.banks.sources import load_banks
from interview_tui.clock import FakeClock
from interview_tui.paths import bundled_banks_dir, resolve_paths
from interview_tui.practice.plan import plan_session
from interview_tui.store.database import Store
from interview_tui.store.records import Reflection

FILLERS = (
    "I think",
    "to be honest",
    "in that situation",
    "what I did first was",
    "looking back",
    "the result was that",
    "we agreed that",
)


def _answer(bank: Bank, question_index: int, progress: float, rng: random.Random) -> str:
    """An answer that covers more of the key points as ``progress`` goes from 0 to 1."""
    question = bank.questions[question_index]
    points = list(question.key_points or question.listen_for or (question.text,))
    covered = points[: max(1, round(len(points) * (0.4 + 0.6 * progress)))]
    sentences = [f"{rng.choice(FILLERS).capitalize()}, {point.rstrip('.')}." for point in covered]
    if progress > 0.5:
        sentences.append("What I would do differently next time is say the outcome first.")
    return " ".join(sentences)


def seed_history(
    store: Store,
    clock: FakeClock,
    banks: Sequence[Bank],
    weeks: int = 6,
    sessions_per_week: int = 3,
    questions_per_session: int = 4,
    rng: random.Random | None = None,
) -> int:
    """Write ``weeks`` of finished sessions starting at the clock's current time.

    Returns the number of sessions written. The clock is moved forward as sessions happen, so
    it must be the one ``store`` was opened with: the store takes its times from it.
    """
    rng = rng or random.Random(1)
    # A few questions per bank, so each comes back often enough to compare attempts.
    banks = [replace(bank, questions=bank.questions[:6]) for bank in banks]
    total = weeks * sessions_per_week
    for index in range(total):
        progress = index / max(1, total - 1)
        bank = banks[index % len(banks)]
        plan = plan_session([bank], questions_per_session, "random", rng=rng, goal="be concise")
        session_id = store.start_session(plan)
        for position, item in enumerate(plan.items):
            limit = item.time_limit
            seconds = limit * rng.uniform(1.3 - 0.5 * progress, 1.5 - 0.6 * progress)
            clock.advance(seconds)
            question_index = bank.questions.index(item.question)
            answer = _answer(bank, question_index, progress, rng)
            attempt_id = store.submit_answer(session_id, position, item, answer, seconds)
            base = 2 + 2.5 * progress
            scores = {c.id: max(1, min(5, round(base + rng.uniform(-1, 1)))) for c in bank.criteria}
            stumped = rng.random() < 0.35 * (1 - progress)
            store.rate_attempt(
                attempt_id, scores, stumped, "tighten the opening" if stumped else ""
            )
        store.finish_session(
            session_id,
            Reflection("kept to the point", "open with the result", "time every answer"),
        )
        clock.advance(7 * 24 * 3600 / sessions_per_week - 600)
    return total


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m interview_tui.practice.seed", description=__doc__
    )
    parser.add_argument("--data-dir", required=True, help="where the demo database goes")
    parser.add_argument("--weeks", type=int, default=6)
    parser.add_argument("--per-week", type=int, default=3)
    args = parser.parse_args(argv)
    paths = resolve_paths(data_dir=args.data_dir)
    weeks = max(1, args.weeks)
    start = datetime.now().astimezone() - timedelta(weeks=weeks)
    clock = FakeClock(start.replace(hour=9, minute=0, second=0, microsecond=0))
    banks = load_banks([BankSource(bundled_banks_dir(), "bundled")]).banks
    store = Store.open(paths.database, clock)
    try:
        count = seed_history(store, clock, banks[:3], weeks, args.per_week)
    finally:
        store.close()
    print(f"seeded {count} sessions into {paths.database}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
