"""Insights for a generated 5,000-word answer, against a bare word count in the same run."""

from __future__ import annotations

import random
import re
from collections import Counter

from bench.timing import best_of, report
from interview_tui.coaching import insights, stemming
from interview_tui.coaching.insights import analyse
from interview_tui.coaching.wordlists import load_word_lists

WORDS = 5_000

# A mix of ordinary words, fillers, hedges, STAR cues, pronouns and numbers, so that every
# part of the analysis has work to do.
_SAMPLE = (
    "the team was shipping a release every month and my goal was to make it weekly so i "
    "set up a working group we measured the cycle time and as a result it improved by 40% "
    "um like you know i think maybe basically kind of sort of what kind of decision "
    "stakeholders customers priorities deadline outcome learned communication planning "
    "really honestly process reviewed automated dashboards incidents on-call"
)
VOCABULARY = _SAMPLE.split()

KEY_POINTS = (
    "the situation and why it mattered",
    "the specific steps you took",
    "how you measured the result",
    "what you learned and would do differently",
)


def generate(words: int = WORDS, seed: int = 5) -> str:
    rng = random.Random(seed)
    out: list[str] = []
    for index in range(words):
        word = rng.choice(VOCABULARY)
        # Punctuation every so often, so commas around "like" and sentence ends occur.
        mark = rng.choice(("", "", "", "", ",", ".")) if index % 7 == 6 else ""
        out.append(word + mark)
    return " ".join(out)


def main() -> None:
    answer = generate()
    words = load_word_lists()
    word_re = re.compile(r"\w+")

    def ours() -> object:
        return analyse(answer, KEY_POINTS, 120, True, words)

    def baseline() -> object:
        return Counter(word_re.findall(answer.lower()))

    def first_of_the_run() -> object:
        # Empty caches: the stems and the compiled lists, as for the first answer after start.
        stemming.stem.cache_clear()
        insights._matchers.cache_clear()
        return ours()

    result = analyse(answer, KEY_POINTS, 120, True, words)
    assert result.words >= WORDS and result.star is not None and result.fillers
    cold = best_of(first_of_the_run, repeat=5)
    warm = best_of(ours, repeat=15)
    bare = best_of(baseline, repeat=15)
    print(f"answer of {result.words:,} words, {len(answer):,} characters")
    report("analyse() vs re.findall + Counter", warm, bare, target="< 35 ms")
    report("analyse(), empty caches, vs the same", cold, bare, target="< 35 ms")


if __name__ == "__main__":
    main()
