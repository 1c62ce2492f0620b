"""Key points round 9: the cues of the fresh9 questions, through the real bank loader.

Loose cues no longer meet a keyword-stuffed or off-topic sentence: "a hard deadline that was
fixed and couldn't move" gives no reason, "I assumed…" with no check is half the point, "my
last role" is no role in the response, tests written for one's own safety improve nothing for
others, an "ask" afterwards is no act during the meeting, "a great fit for your team" says no
why. An answer that is mostly the rubric and the question read back covers nothing, whatever
its sentences match. And paraphrase families the cues lacked now meet their point, in
wordings of our own. Answers are judged as approaches (not past-behaviour stories) so that
only the cues decide.
"""

from __future__ import annotations

import pytest

from interview_tui.coaching.insights import analyse
from interview_tui.coaching.wordlists import load_word_lists
from tests.helpers import coverage

WORDS = load_word_lists()


def covered(bank_id: str, question_id: str, point: str, answer: str) -> bool:
    """Whether ``answer`` covers ``point`` of the bundled question, among all its points."""
    return coverage(bank_id, question_id, answer)[point]


SILENT = [
    # The point's "fixed" read back, and "couldn't move" restating it: no reason given.
    ("behavioral", "tight_deadline_tradeoff", "the deadline and why it was fixed",
     "In my old job at the print works the catalogue deadline was fixed and couldn't move."),
    # "Fixed" is the deadline in this question, not a consequence.
    ("behavioral", "tight_deadline_tradeoff", "the consequences afterwards",
     "In my old job at the print works the catalogue deadline was fixed and couldn't move."),
    ("pressure_and_failure", "unclear_requirements", "the assumptions you made and checked",
     "I assumed the leaflet was for parents and just carried on without asking anyone."),
    ("software_engineering", "incident_response", "your role in the response",
     "In my previous role there was a big incident with the payments database."),
    ("software_engineering", "legacy_code", "what you improved for others",
     "Before touching the invoicing code I wrote tests around the tax sums for myself."),
    ("situational", "upset_colleague_in_meeting", "a small, respectful act during the meeting",
     "I'd stay out of it, then maybe ask how they are once everyone has gone."),
    ("self_assessment", "greatest_strength", "why it matters for this role",
     "Put all that together and I'd be a brilliant fit for your team."),
]  # fmt: skip


@pytest.mark.parametrize(("bank", "question", "point", "answer"), SILENT)
def test_a_loose_cue_no_longer_meets_the_point(
    bank: str, question: str, point: str, answer: str
) -> None:
    assert not covered(bank, question, point, answer)


# The tightened cues still meet the point said with its substance: a reason, a check, a role.
KEPT = [
    ("behavioral", "tight_deadline_tradeoff", "the deadline and why it was fixed",
     "The opening date couldn't shift because the mayor had already announced it."),
    ("pressure_and_failure", "unclear_requirements", "the assumptions you made and checked",
     "I guessed it was meant for parents, so I showed a draft to two of them to check."),
    ("software_engineering", "incident_response", "your role in the response",
     "My part was comms, so I kept the shop managers posted while others dug in."),
]  # fmt: skip


@pytest.mark.parametrize(("bank", "question", "point", "answer"), KEPT)
def test_a_tightened_cue_still_meets_the_point_said_in_full(
    bank: str, question: str, point: str, answer: str
) -> None:
    assert covered(bank, question, point, answer)


MET = [
    ("behavioral", "disagreement", "the specific disagreement and what was at stake",
     "If we poured the slab that day the floor would crack within a year."),
    ("behavioral", "disagreement", "the working relationship afterwards",
     "These days Jo and I get on better than ever."),
    ("behavioral", "led_without_authority", "the result and the credit you shared",
     "The director gave everyone a mention in her Friday email."),
    ("behavioral", "went_extra_mile", "the situation and what was at stake for the customer",
     "His van was stuck in the car park with a flat and no spare."),
    ("behavioral", "stopped_a_project", "the evidence you gathered",
     "I dug through the receipts and the rota to see what the stall really cost."),
    ("behavioral", "stopped_a_project", "how you made the case",
     "I wrote a one-pager and took it to the trustees."),
    ("behavioral", "stopped_a_project", "what happened to the freed-up time",
     "The two volunteers spent November doing home visits instead."),
    ("data_analysis", "metric_that_misled", "why it misled",
     "The report timed the trams at the depot and never anywhere out on the route."),
    ("public_sector", "seeing_big_picture", "how you connected your work to it",
     "I trained the drivers to log every missed bin on the tablet."),
    ("data_analysis", "metric_that_misled", "how you found out",
     "The survey scores and the complaints just didn't square, so I shadowed the night team."),
    ("pressure_and_failure", "realised_you_were_wrong", "how you changed course",
     "So I scaled the trial back to a single ward."),
    ("pressure_and_failure", "working_under_pressure", "the pressure and the stakes",
     "Half the crew were off sick on the day of the final."),
    ("pressure_and_failure", "last_minute_change", "how you assessed the impact",
     "I'd look at what the new layout means for the printers and the courier."),
    ("pressure_and_failure", "unclear_requirements", "how you gathered information",
     "I spent two days going through the old archive and sat in on a governors' meeting."),
    ("public_sector", "developing_self_and_others", "the change you saw",
     "By spring he was handling the angry callers on his own."),
    ("software_engineering", "build_vs_buy", "the decision and reasoning",
     "We opted for the hosted tool, mostly to save the two of us maintaining it."),
    ("working_across_difference", "cultural_misunderstanding",
     "what happened and how it was misread",
     "She said it might be tricky, and I heard that as a yes."),
    ("working_across_difference", "challenged_exclusion",
     "what you did in the moment or soon after",
     "I started inviting her to the Friday planning chat."),
    ("pay_and_offers", "lowest_acceptable", "the other parts of the offer that count",
     "A shorter four-day week would count for a lot with me."),
    ("remote_and_hybrid", "remote_trust", "flagging problems early",
     "When a supplier slipped I rang the client straight away rather than hope."),
]  # fmt: skip


@pytest.mark.parametrize(("bank", "question", "point", "answer"), MET)
def test_a_paraphrase_meets_the_point(bank: str, question: str, point: str, answer: str) -> None:
    assert covered(bank, question, point, answer)


# An answer made of the rubric and the question read back, with cue words scattered in it.
STUFFED_POINTS = (
    "the deadline and why it was fixed",
    "the options you considered",
    "what you cut and the reasoning",
    "the consequences afterwards",
)
STUFFED_CUES = (
    ("fixed/immovable/unmovable",),
    ("options/weighed/alternatives",),
    ("cut/dropped/trimmed",),
    ("happy/complained/noticed",),
)
STUFFED_QUESTION = "Describe a time you had to trade scope or quality against a hard deadline."
STUFFED = (
    "At the warehouse our hard deadline was fixed. I weighed the options and the tradeoff of "
    "scope and quality. I cut what needed cutting, with good reasoning. The consequences "
    "afterwards were fine and everyone was happy."
)


def stuffed_coverage(answer: str) -> list[bool]:
    found = analyse(
        answer,
        STUFFED_POINTS,
        None,
        False,
        WORDS,
        cues=STUFFED_CUES,
        question=STUFFED_QUESTION,
    )
    return [point.covered for point in found.key_points]


def test_an_answer_that_reads_the_rubric_and_question_back_covers_no_point() -> None:
    assert stuffed_coverage(STUFFED) == [False, False, False, False]


def test_the_same_words_inside_a_real_story_still_cover_their_points() -> None:
    story = (
        "Last March our print supplier went bust two weeks before a trade fair in Birmingham, "
        "and the stand had been booked and paid for since January, so the date was fixed. "
        "I weighed the options with my manager: a rush job from a firm in Leeds, or printing "
        "the banners ourselves on the office plotter. We cut the printed brochures entirely "
        "and put a QR code on the stand instead. Visitors scanned it happily and nobody "
        "complained about the missing brochures."
    )
    assert stuffed_coverage(story) == [True, True, True, True]


def story_coverage(bank_id: str, question_id: str, answer: str) -> dict[str, bool]:
    """Coverage of every point of a past-behaviour bank question, judged as the app does."""
    return coverage(bank_id, question_id, answer, past=True)


def test_working_styles_are_described_as_well_by_a_habit_as_by_a_story() -> None:
    habit = (
        "I'm the sort who likes to improvise and figure things out as I go, whereas a lot "
        "of my colleagues in accounts want every step planned weeks ahead. With someone like "
        "that I'd usually agree a loose plan at the start and I'd send them early drafts so "
        "they're never left guessing, and I tend to find we both meet in the middle."
    )
    found = story_coverage("working_across_difference", "different_working_pace", habit)
    assert found["the two working styles"]
    # What the combination produced needs the real episode.
    assert not found["what the combination produced"]


def cue_coverage(answer: str, point: str, cues: tuple[str, ...]) -> bool:
    (found,) = analyse(answer, (point,), None, False, WORDS, cues=(cues,)).key_points
    return found.covered


# "time" is an everyday word: it shows the point only beside a second word of the cue.
LATE_CUE = ("where the service ran late", ("time/day along/anywhere/beyond",))


def test_a_stopword_alternative_gives_way_to_a_word_with_a_meaning() -> None:
    # "along" (a stopword) and "anywhere" both meet the cue's second word: "anywhere" counts.
    answer = "The trams kept good time at the depot but not anywhere along the line."
    assert cue_coverage(answer, *LATE_CUE)


def test_a_stopword_alone_still_backs_nothing() -> None:
    answer = "The trams kept good time at the depot and along the line."
    assert not cue_coverage(answer, *LATE_CUE)
