"""An answer broken into lines by hand (pasted from a note, a transcript) is judged as the
same answer on one line: the STAR parts, the nudges and the key points read words in a row
across a line break."""

from __future__ import annotations

import re

import pytest

from interview_tui.coaching.insights import analyse
from interview_tui.coaching.wordlists import load_word_lists, one_line

WORDS = load_word_lists()
POINTS = ("the problem", "what you did", "the result")

ANSWERS = (
    # A habit, not a story: "I would" and "I always" must be read across the breaks.
    "If a customer complained I would listen first and then I always offer a fix on the "
    "spot. I usually write it up afterwards so the next shift knows.",
    # A story whose steps and ending sit across the breaks.
    "Last March our delivery van broke down two hours before a wedding order was due. I "
    "rang a florist friend, borrowed her estate car and did all the loading myself. The "
    "flowers reached the church twenty minutes early and the couple booked us again.",
    # A short story told by "we".
    "We had a deadline moved forward by a week. We split the work, we cut the scope and we "
    "shipped on the new date.",
)


def wrapped(text: str, width: int) -> str:
    """``text`` broken into lines of at most ``width`` characters, at spaces."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return "\n".join([*lines, line])


def verdicts(answer: str) -> tuple[object, ...]:
    result = analyse(answer, POINTS, 120, True, WORDS)
    return (
        result.star,
        [n.id for n in result.nudges],
        [k.covered for k in result.key_points],
        result.fillers,
        result.hedges,
    )


@pytest.mark.parametrize("answer", ANSWERS)
@pytest.mark.parametrize("width", [18, 31, 47])
def test_a_wrapped_answer_gets_the_same_verdicts_as_on_one_line(answer: str, width: int) -> None:
    text = wrapped(answer, width)
    assert "\n" in text
    assert verdicts(text) == verdicts(answer)


def test_the_habit_is_still_heard_when_i_and_would_are_on_two_lines() -> None:
    answer = "If a customer complained I\nwould listen first, and then I\nalways offer a fix."
    assert "hypothetical" in [n.id for n in analyse(answer, POINTS, 120, True, WORDS).nudges]


def test_one_line_keeps_every_offset() -> None:
    text = "one\ntwo\r\nthree\tfour"
    flat = one_line(text)
    assert len(flat) == len(text) and "\n" not in flat
    assert [m.start() for m in re.finditer(r"\S+", flat)] == [
        m.start() for m in re.finditer(r"\S+", text)
    ]
