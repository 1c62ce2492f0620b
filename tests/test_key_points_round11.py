"""Key points round 11: kinds of point whose wording says more than their cues can (see
coaching/key_point_checks.py and coaching/key_point_kinds.py).

A point about the speaker's own part is met by a step they say they took themselves; a
point "X without Y" is not met by an answer that does Y; "a real example" needs a real
occasion; a practice said in the passive ("how progress was tracked") is a method an approach
can meet; "how it was resolved for the future" asks for a lasting fix, not the story's result;
"I'd copied the list" in the story is "I had", no lesson looking ahead; "the exact notice
period" is not met by a hedged figure.
The key points and cues here are our own, so the tests hold whatever the banks' cues become.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from interview_tui.coaching.insights import analyse
from interview_tui.coaching.key_point_kinds import is_method, star_part_of
from tests.helpers import word_lists


def covered(
    answer: str,
    point: str,
    cues: Sequence[str] = (),
    past: bool = True,
    question: str = "Tell me about a time you took something on.",
) -> bool:
    """Whether ``answer`` covers ``point`` (with ``cues``, if any) among other points."""
    points = (point, "what made it hard")
    found = analyse(
        answer, points, None, past, word_lists(), cues=(tuple(cues), ()), question=question
    )
    return found.key_points[0].covered


CHOIR = (
    "Two winters ago our community choir needed new music folders before the carol concert, "
    "and the committee had argued about the cost for a month. We priced three print shops, "
    "we found a cheaper card supplier and we agreed a budget at the November meeting. "
)
CHOIR_END = " The concert went ahead on the Saturday and the folders are still in use."


@pytest.mark.parametrize(
    ("point", "step"),
    [
        ("your own part in the work", "I cut and bound all forty folders myself at home."),
        ("your personal contribution", "I cut and bound all forty folders myself at home."),
        ("your personal contribution", "I personally rang every member for their old ones."),
        ("your personal contribution", "My part was the binding, the rest was the treasurer's."),
    ],
)
def test_a_step_the_speaker_took_themselves_is_their_own_part(point: str, step: str) -> None:
    assert covered(CHOIR + step + CHOIR_END, point)


@pytest.mark.parametrize(
    "step",
    [
        # The team's doing, a thought to oneself, a wish, a goal set: no step of one's own.
        "We cut and bound all forty folders ourselves over two weekends.",
        "I told myself the money would turn up somehow.",
        "I wanted to bind them all myself, but a print shop did them.",
    ],
)
def test_no_step_of_ones_own_is_no_own_part(step: str) -> None:
    assert not covered(CHOIR + step + CHOIR_END, "your own part in the work")


LISTENING = ("listening without leading or promising secrecy", ("let/letting talk", "listened"))
DISCLOSURE = "What would you do if a pupil told you something that worried you about their safety?"


@pytest.mark.parametrize(
    "promise",
    [
        "I'd promise her it would stay between the two of us.",
        "I'd tell him it was our secret and nobody else's.",
        "Then I'd ask a few leading questions to get the whole story.",
    ],
)
def test_doing_what_a_point_rules_out_unmeets_it(promise: str) -> None:
    answer = f"I'd stop what I was doing, let her talk and listen properly. {promise}"
    assert not covered(answer, *LISTENING, past=False, question=DISCLOSURE)


@pytest.mark.parametrize(
    "denial",
    [
        "I'd explain that I can't keep it a secret, because I have to pass it on.",
        "I wouldn't ask anything leading, just let it come.",
        # Letting the child lead is no leading question.
        "I'd let her lead and not rush her.",
    ],
)
def test_denying_what_a_point_rules_out_still_meets_it(denial: str) -> None:
    answer = f"I'd stop what I was doing, let her talk and listen properly. {denial}"
    assert covered(answer, *LISTENING, past=False, question=DISCLOSURE)


def test_dwelling_unmeets_reflecting_without_dwelling() -> None:
    point, cues = "how you reflect without dwelling", ("think/thought over/through",)
    reflect = "On the drive home I think it over, what went wrong and what I'd change."
    assert covered(reflect + " Then I let it go.", point, cues, past=False)
    assert not covered(reflect + " Then I dwell on it all evening.", point, cues, past=False)


BUG_HABIT = (
    "First I'd pull the logs around each report and look for what the failing cases share, "
    "a browser, a region, the time of day. I've had plenty of these over the years."
)
BUG_STORY = (
    "Last March our checkout failed for a handful of users. I pulled the logs around each "
    "report, I found every one was on the same old browser version, and we shipped a fix "
    "that afternoon. I've had a few like it since."
)
# Met by both answers through "logs": the check, not the cue, tells them apart. (A cue met
# only through function words, "had a few", is no evidence: see round 12.)
EXAMPLE_CUES = ("pull/pulled logs",)


def test_a_real_example_needs_a_real_occasion() -> None:
    question = "How do you approach a bug you cannot reproduce?"
    assert not covered(BUG_HABIT, "a real example", EXAMPLE_CUES, False, question)
    assert covered(BUG_STORY, "a real example", EXAMPLE_CUES, False, question)


@pytest.mark.parametrize("point", ["how progress was tracked", "how work was handed over"])
def test_a_practice_in_the_passive_is_a_method(point: str) -> None:
    assert is_method(point)


@pytest.mark.parametrize("point", ["how it was resolved", "how the bottleneck was found"])
def test_the_episodes_own_passive_is_no_method(point: str) -> None:
    assert not is_method(point)


def test_a_habit_meets_a_practice_said_in_the_passive() -> None:
    habit = (
        "What I always do is keep one shared tracker for the whole team, with every job, "
        "who has it and when it's due, and I go through it on Monday mornings."
    )
    assert covered(habit, "how progress was tracked", ("tracker/spreadsheet",))


def test_a_lasting_fix_is_not_the_storys_result() -> None:
    assert star_part_of("how it was resolved for the future") is None
    assert star_part_of("how it was resolved") == "result"


FORECAST = (
    "Last summer I forecast coat sales for the shop and we sold half what I predicted. "
    "We marked the rest down in October and the buyer was not pleased. "
)
DIFFERENTLY = ("what you do differently", ("check/checks/checked",))


def test_i_had_in_the_story_is_no_lesson() -> None:
    story = "I'd copied the shop list from last year's file without a check."
    assert not covered(FORECAST + story, *DIFFERENTLY)


@pytest.mark.parametrize(
    "lesson",
    [
        "Now I check the shop list with every branch first.",
        "Next time I'd check the shop list with every branch first.",
    ],
)
def test_a_lesson_looking_ahead_still_meets_the_point(lesson: str) -> None:
    assert covered(FORECAST + lesson, *DIFFERENTLY)


@pytest.mark.parametrize(
    ("answer", "met"),
    [
        ("I ask for a short written update every Friday and I hate micromanaging.", True),
        (
            "I ask for a short written update every Friday and I check every email they send, "
            "I micromanage, honestly.",
            False,
        ),
    ],
)
def test_micromanaging_denied_or_done(answer: str, met: bool) -> None:
    point, cues = "how you stay informed without micromanaging", ("update/updates",)
    assert covered(answer, point, cues, past=False) is met


NOTICE = ("the exact notice period", ("weeks/month/months", "notice/contract"))
NOTICE_QUESTION = "What is your notice period, and when could you start?"


@pytest.mark.parametrize(
    ("answer", "met"),
    [
        # A hedged figure is not the exact one.
        ("It's roughly a month in my contract, maybe five weeks.", False),
        ("Probably six weeks, I'd have to look at the contract again.", False),
        # A plain one is.
        ("My contract says four weeks' notice, so I could start on the third of June.", True),
    ],
)
def test_an_exact_point_needs_an_unhedged_answer(answer: str, met: bool) -> None:
    assert covered(answer, *NOTICE, past=False, question=NOTICE_QUESTION) is met
