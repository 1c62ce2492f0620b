"""Key points round 14: general ways a key point is said, whatever the question.

1. An answer wrapped by hand (pasted from notes or an email, every line broken near the
   same width) is read as its sentences, not as its lines: a break inside a sentence does
   not cut it in two.
2. A key point of a kind that recurs across banks (a lesson, a change since, a reason, a
   plan, a feeling, an outcome for someone) is met by a sentence that says the kind in an
   everyday frame ("it taught me to…", "these days I…", "that's exactly why…", "I'm going
   to…", "I was gutted") and says the rest of the point, or the question does.
3. Word groups for one thing whatever the question: a crewmate or a workmate is a colleague,
   a photo is a picture, "alright" is "okay".

The key points, cues and answers here are our own, so the tests hold whatever the banks'
cues become.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

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


# Cues that the kind's everyday frames do not meet: what is caught is caught by the frame.
_KIND_CASES = [
    (
        "what you learned from them",
        ("learned/learnt trick/tricks",),
        "Maureen taught me to read a guest's mood before they reach the desk.",
        "Maureen showed me the rota on my first morning at the desk.",
    ),
    (
        "what you do differently now",
        ("checklist/list",),
        "These days I ring the florist the day before every wedding.",
        "I rang the florist the day before the wedding.",
    ),
    (
        "why it matters to you",
        ("care/cares/caring",),
        "I grew up above my dad's bakery, which is exactly why early starts never scare me.",
        "I grew up above my dad's bakery and the starts were early.",
    ),
    (
        "your plan to settle in",
        ("shadow/shadowing",),
        "I'm going to spend my first fortnight on each shift in turn, so I settle in fast.",
        "I spent my first fortnight on each shift in turn, so I settled in fast.",
    ),
    (
        "an example of it working",
        ("worked/works",),
        "Last March a coach driver lost his way and I talked him in from memory.",
        "A coach driver can lose his way and I can talk him in from memory.",
    ),
    (
        "the budget and how far over you went",
        ("overspent/overspend",),
        "We had set aside nine hundred pounds for the budget and it came to eleven hundred.",
        "We kept to the budget we had set aside, as always.",
    ),
    (
        "what the partnership achieved",
        ("record/sold/raised",),
        "What came out of it was that the stall cleared every plant by noon.",
        "The stall had every plant out on the tables by noon.",
    ),
    (
        "the context",
        ("village/parish",),
        "I'm the volunteer treasurer for a small brass band in Wigan.",
        "The brass band in Wigan needed a treasurer.",
    ),
    (
        "skills you want to build",
        ("course/qualification",),
        "In a couple of years I'd like to be confident firing the kiln on my own.",
        "Last year I fired the kiln on my own for the first time.",
    ),
    (
        "your first reaction, honestly",
        ("shocked/stunned",),
        "When the email came through I was gutted, if I'm honest.",
        "When the email came through the client was gutted.",
    ),
]


@pytest.mark.parametrize(("point", "cues", "answer", "_near"), _KIND_CASES)
def test_a_point_of_a_kind_is_met_by_its_everyday_frame(
    point: str, cues: Sequence[str], answer: str, _near: str
) -> None:
    assert covered(answer, point, cues, past=False)


@pytest.mark.parametrize(("point", "cues", "_answer", "near"), _KIND_CASES)
def test_the_same_words_without_the_frame_do_not_meet_it(
    point: str, cues: Sequence[str], _answer: str, near: str
) -> None:
    assert not covered(near, point, cues, past=False)


def test_a_frame_meets_a_point_only_with_its_topic_said_or_asked() -> None:
    answer = "The fete went ahead in the rain. It taught me to check every quote twice."
    point = "what you learned about budgeting"
    assert not covered(answer, point, ("budget/budgeting lesson",), past=False)
    asked = "Tell me about a time you managed a budget for an event."
    assert covered(answer, point, ("budget/budgeting lesson",), question=asked, past=False)
    said = "The fete went ahead. It taught me to budget for the marquee and the toilets first."
    assert covered(said, point, ("budget/budgeting lesson",), past=False)


@pytest.mark.parametrize(
    ("point", "answer"),
    [
        ("what you learned", "We got there in the end. What I learned was a lot, honestly."),
        ("what you do differently now", "It was a long week. These days I do things differently."),
        ("why it matters to you", "It matters to me, which is exactly why I applied."),
    ],
)
def test_a_frame_around_nothing_does_not_meet_the_point(point: str, answer: str) -> None:
    assert not covered(answer, point, ("checklist/list",), past=False)


def test_a_score_is_no_track_record() -> None:
    rated = "How would you rate yourself out of ten at bookkeeping?"
    answer = "I'd say a seven out of ten, maybe an eight on a good day with the ledgers."
    assert not covered(answer, "evidence for it", ("audit/audited",), question=rated, past=False)
    answer = "I've kept the books for three shops for six years without a query from the bank."
    assert covered(answer, "evidence for it", ("audit/audited",), question=rated, past=False)


def test_a_habit_does_not_meet_a_point_that_needs_the_story() -> None:
    # A past-behaviour question answered with a habit: what changed since needs the episode.
    answer = (
        "Whenever a delivery is late I ring the supplier straight away. These days I always"
        " keep a spare crate of milk in the back, and I check the order the night before."
    )
    assert not covered(answer, "what you do differently now", ("checklist/list",))


def test_a_word_of_a_new_group_meets_a_point_without_cues() -> None:
    asked = "Tell me about a hard shift on the ambulance."
    answer = "After the shift I sat with my crewmate in the van and we talked the call through."
    assert covered(answer, "supporting a colleague", question=asked)
    near = "After the shift I sat in the van on my own and went over the call again."
    assert not covered(near, "supporting a colleague", question=asked)
