"""Key points round 14: general ways a key point is said, whatever the question.

1. An answer wrapped by hand (pasted from notes or an email, every line broken near the
   same width) is read as its sentences, not as its lines: a break inside a sentence does
   not cut it in two.

The key points, cues and answers here are our own, so the tests hold whatever the banks'
cues become.
"""

from __future__ import annotations

from collections.abc import Sequence

from interview_tui.coaching.insights import analyse
from interview_tui.coaching.key_point_sentences import split_sentences
from interview_tui.coaching.wordlists import tokenise
from tests.helpers import word_lists

QUESTION = "Tell me about a time you organised a village fete."


def covered(
    answer: str, point: str, cues: Sequence[str] = (), question: str = QUESTION, past: bool = True
) -> bool:
    """Whether ``answer`` covers ``point`` (by ``cues`` when given), beside a point of its
    own."""
    points = (point, "what the weather did")
    found = analyse(
        answer,
        points,
        None,
        past,
        word_lists(),
        cues=(tuple(cues), ()) if cues else (),
        question=question,
    )
    return found.key_points[0].covered


def test_a_line_wrapped_by_hand_does_not_end_the_sentence() -> None:
    answer = (
        "The fete was on the last Saturday in June and I ran the cake stall for the\n"
        "parish. We sold out by two, and I then rang round the bakers in\n"
        "the village to thank every one of them.\n"
    )
    assert covered(answer, "how you thanked the helpers", ("rang/called/phoned bakers/helpers",))
    assert len(split_sentences(tokenise(answer))) == 2


def test_lines_typed_as_a_list_are_still_sentences_of_their_own() -> None:
    answer = "Booked the field\nRang the bakers\n- printed the posters\n\nthanked everyone"
    assert len(split_sentences(tokenise(answer))) == 4
    # A word on one line and a word on the next do not meet as one cue.
    answer = "I rang the stall holders on Friday\nBakers in the village came back with cakes."
    assert not covered(answer, "how you thanked the helpers", ("rang/called/phoned bakers",))
