"""Round 9 of issue 13: classes of wording the checker missed or misread on a set written by
someone who never saw the rules. Every case is in wording of our own (not the eval's), and
each class comes with near misses that must stay silent."""

from __future__ import annotations

import pytest

from tests.helpers import flagged_rules

rules = flagged_rules


@pytest.mark.parametrize(
    "text",
    [
        # A stance adverb in a relative clause settles the judgement.
        "How do you handle parents who clearly only care about grades?",
        "What do you say to clients who plainly never read the contract?",
        # A sweeping claim a why-question asks them to explain.
        "Why do estate agents always oversell the flats?",
        "Why does nobody stay in retail for long?",
        # Contempt for people or roles.
        "How do you motivate the lazy ones on the night team?",
        "What's it like being treated as a glorified receptionist?",
        # Damage settled as fact in an open question.
        "How much have the new targets ruined the job for you?",
        "When did you notice the long commute was wrecking your evenings?",
        # A degree of judgement in a relative clause, or a damning intensifier.
        "How do you keep going in a department that's so badly run?",
        "What's it like at a school which is woefully short of teachers?",
        # A premise clause that settles a verdict or praises one's own side.
        "Since payroll is basically repetitive, how do you stay sharp?",
        "Considering our clinic is the leading one in the county, what would you bring?",
        "How do you keep drivers when your rates are this far below the big firms?",
        "How do you stay proud of the work when the public looks down on cleaners?",
        # One's own side praised by comparison.
        "What would you add to a kitchen as talented as ours?",
        # Incredulity.
        "What can you possibly learn from shadowing for a day?",
        "Why would anybody go into hospitality now?",
        # Harm assumed in the coping question.
        "How do you keep the rude callers from getting you down?",
    ],
)
def test_slanted_open_questions_are_leading(text: str) -> None:
    assert "leading" in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "How do you handle parents who want to talk about grades?",
        "How clearly do the managers explain the targets?",
        "Why do you always start with a site visit?",
        "Why does the team start at six?",
        "What would ruin a product launch, in your experience?",
        "If automation wrecked the trade, what would you do instead?",
        "How do you keep going in a department that's so big?",
        "Since you started in payroll, how has the work changed?",
        "Given our clinic is small, what would you want to know about it?",
        "How far behind schedule do projects usually run?",
        "How do you feel about the way the public sees cleaners?",
        "What would you add to a kitchen as busy as ours?",
        "Could you possibly send me the job description?",
        "Why would a graduate choose nights?",
        "How do you keep your notes from getting lost?",
        "How do you stop stock running out before the weekend?",
    ],
)
def test_near_misses_of_slanted_questions_stay_silent(text: str) -> None:
    assert "leading" not in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        # A frame before a contrast of one set: the halves are one question.
        "During exam season, what do you love and what do you dread?",
        # What the work gives you is the other side of what you dread.
        "What gives you a kick in this job, and what do you dread?",
        # Portions of one whole.
        "What proportion of the week is teaching and what proportion is marking?",
    ],
)
def test_contrasts_of_one_set_are_not_double(text: str) -> None:
    assert rules(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # An inverted condition before a wh-question is neither yes/no nor a second question.
        "Had you stayed in banking, what would you be doing now?",
        "Were you choosing a college today, which would you pick?",
        # An aside asking their view of the wh-question just asked.
        "How much of the job is paperwork, would you say?",
        "What share of the calls are complaints, do you reckon?",
        # Asking them to say more is a request.
        "Could you say a bit about how the rota works?",
        "Can you say what a typical week looks like?",
    ],
)
def test_conditions_asides_and_requests_are_open(text: str) -> None:
    assert rules(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Were you happy there, and what made you leave?",
        "Is the work mostly driving, would you say?",
        "Would you say the pay is fair?",
        "Would you do the training all over again?",
        "What did the course cost, and would you take it again?",
        "Have you used SAP or another finance system before?",
        "Did you train with the council or any other employer first?",
    ],
)
def test_closed_parts_stay_yes_no(text: str) -> None:
    assert "yes_no" in rules(text)


def test_a_new_topic_after_a_frame_is_still_double() -> None:
    assert "double" in rules("In your first year, what did you learn and what did it pay?")


def test_the_job_ask_model_never_adds_a_flag_to_work_sent_for_comment() -> None:
    from interview_tui.coaching.checker_model import may_add

    assert not may_add(
        "job_ask", ("can", "i", "email", "you", "my", "sketches", "for", "your", "feedback")
    )
    assert may_add(
        "job_ask", ("can", "i", "email", "you", "my", "sketches", "for", "the", "vacancy")
    )
