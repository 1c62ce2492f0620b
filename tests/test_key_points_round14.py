"""Key points round 14: the rubric's words said *with* substance count; read back, they don't.

1. A sentence more than a quarter key-point words is the rubric read back, unless it also
   says something of its own: a figure ("two weeks"), a name ("Priya", "Swansea") or the
   point in the answer's own words ("I stay calm" for "your main strength").
2. An answer of a handful of words is not judged keyword-stuffed by its share of rubric
   words (three in eight is no evidence); its sentences are judged one by one.

The key points, cues and answers are our own, so the tests hold whatever the banks become.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from interview_tui.coaching.insights import analyse
from tests.helpers import word_lists

RAMP_UP = "your plan to get up to speed"
RAMP_UP_CUES = ("shadow/course/training/practise/buddy", "plan")
HARDEST = "Which part of this job do you expect to find hardest?"

STRENGTH = "your main strength"
STRENGTH_CUES = ("calm/patient/organised/thorough/reliable",)
STRENGTHS = "What would your last manager say you are good at?"

FAIR = "the other person's reasoning, fairly stated"
FAIR_CUES = ("reasoning/reasons/argument", "fair/fairly/point")
DISAGREED = "Tell me about a time you disagreed with a colleague."


def covered(answer: str, point: str, cues: Sequence[str], question: str) -> bool:
    """Whether ``answer`` covers ``point`` by ``cues``, beside a point of its own."""
    points = (point, "what you would do differently")
    found = analyse(
        answer, points, None, False, word_lists(), cues=(tuple(cues), ()), question=question
    )
    return found.key_points[0].covered


@pytest.mark.parametrize(
    "answer",
    [
        # A figure: how long, how many.
        "My plan to get up to speed is to shadow the early shift for 3 weeks.",
        "My plan to get up to speed is to shadow the early shift for three weeks.",
        # A name: who or where.
        "My plan to get up to speed is to shadow Priya on the early shift.",
        "My plan to get up to speed is a buddy week at the Swansea depot.",
        # In a longer answer, where the share over the whole answer is low.
        "I have never sold advertising, though I know the cafes and shops in town well from "
        "years behind a till. My plan to get up to speed is to shadow Priya on the early shift.",
    ],
)
def test_a_read_back_sentence_with_a_figure_or_a_name_counts(answer: str) -> None:
    assert covered(answer, RAMP_UP, RAMP_UP_CUES, HARDEST)


@pytest.mark.parametrize(
    "answer",
    [
        "My main strength is that I stay calm.",
        "My main strength, she'd say, is being organised.",
    ],
)
def test_a_read_back_sentence_saying_the_point_in_its_own_words_counts(answer: str) -> None:
    assert covered(answer, STRENGTH, STRENGTH_CUES, STRENGTHS)


@pytest.mark.parametrize(
    ("answer", "point", "cues", "question"),
    [
        # Read back with nothing of its own: adverbs and adjectives are no substance.
        ("I'll get up to speed quickly and I'll put a plan in place.", RAMP_UP, RAMP_UP_CUES,
         HARDEST),
        ("My plan is to get up to speed, so that is the plan.", RAMP_UP, RAMP_UP_CUES, HARDEST),
        ("My main strength is my main strength, honestly.", STRENGTH, STRENGTH_CUES, STRENGTHS),
        ("I made sure the other person's reasoning was fairly stated.", FAIR, FAIR_CUES,
         DISAGREED),
        # "I" and a capital after a colon or a quote name no one.
        ("I said: Fair enough, I stated the other person's reasoning fairly.", FAIR, FAIR_CUES,
         DISAGREED),
        # A short answer mostly of the rubric's words: "relevant" reads back "relevance".
        ("I believe my skills are relevant to this job.", "relevance to the job",
         ("relevant/useful/fits",), "What skills would you bring to this job?"),
        # A long answer mostly of the rubric's words is still stuffed, figure or not.
        (
            "I disagreed with a colleague twice. I made sure the other person's reasoning "
            "was fairly stated, and the reasoning of the other person was stated fairly, "
            "because reasoning fairly stated is what a colleague is owed when you disagree.",
            FAIR,
            FAIR_CUES,
            DISAGREED,
        ),
    ],
)  # fmt: skip
def test_the_rubric_read_back_still_covers_nothing(
    answer: str, point: str, cues: Sequence[str], question: str
) -> None:
    assert not covered(answer, point, cues, question)


@pytest.mark.parametrize(
    "answer",
    [
        # Near misses that were covered before and still are: few rubric words.
        "I'd ask to shadow someone on the early shift for a fortnight.",
        "First I'd book myself on the forklift course, then practise on quiet mornings.",
    ],
)
def test_plain_answers_with_few_rubric_words_still_count(answer: str) -> None:
    assert covered(answer, RAMP_UP, RAMP_UP_CUES, HARDEST)


def covered_without_cues(answer: str, point: str, question: str) -> bool:
    """Whether ``answer`` covers ``point`` by its own words and their synonyms (no cues, as
    for a bank of the user's own)."""
    found = analyse(answer, (point, "what you would do differently"), None, False,
                    word_lists(), question=question)  # fmt: skip
    return found.key_points[0].covered


@pytest.mark.parametrize(
    "answer",
    [
        "My plan to get up to speed is to shadow Priya on the early shift.",
        "My plan to get up to speed: a buddy week at the Swansea depot in May.",
        "My plan to get up to speed is to shadow the early shift for 3 weeks.",
    ],
)
def test_without_cues_a_short_sentence_with_a_figure_or_a_name_counts(answer: str) -> None:
    assert covered_without_cues(answer, RAMP_UP, HARDEST)


@pytest.mark.parametrize(
    "answer",
    [
        "I'll get up to speed quickly and I'll put a plan in place.",
        "My plan is to get up to speed, so that is the plan.",
        "Speed matters, so my plan is to get up to speed with a plan.",
    ],
)
def test_without_cues_the_rubric_read_back_still_covers_nothing(answer: str) -> None:
    assert not covered_without_cues(answer, RAMP_UP, HARDEST)
