"""Load and validate a generated 10,000-question bank, against a bare CSafeLoader parse."""

from __future__ import annotations

import tempfile
from pathlib import Path

import yaml

from bench.timing import best_of, report
from interview_tui.banks.parse import parse_bank_file


def generate(path: Path, questions: int = 10_000) -> None:
    lines = [
        "id: generated",
        "title: Generated bank",
        "role: interviewee",
        "description: A large bank for the benchmark.",
        "time_limit: 2m",
        "tags: [generated]",
        "questions:",
    ]
    for i in range(questions):
        lines += [
            f"  - id: q{i}",
            f"    text: Tell me about situation number {i} and what you did about it.",
            f"    category: Category {i % 12}",
            "    tags: [story, generated]",
            f"    time_limit: {60 + i % 120}",
            "    tips:",
            "      - Start with the situation in one sentence.",
            "      - End with the result and what you learned.",
            "    key_points: [the situation, your action, the result]",
            "    follow_ups: [What would you do differently?]",
        ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "generated.yaml"
        generate(path)
        size = path.stat().st_size / 1_048_576

        def bare() -> object:
            return yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)

        bank = parse_bank_file(path)
        assert len(bank.questions) == 10_000
        ours = best_of(lambda: parse_bank_file(path), repeat=5)
        baseline = best_of(bare, repeat=5)
        print(f"bank of 10,000 questions, {size:.1f} MB")
        report("load + validate vs yaml.load(CSafeLoader)", ours, baseline, target="<= 2x")


if __name__ == "__main__":
    main()
