"""Round 11 of issue 13: false alarms and misses of the checker on a set written by someone who
never saw the rules, fixed by class. Every case is in wording of our own (not the eval's), and
each class comes with near misses."""

from __future__ import annotations

import pytest

from tests.helpers import flagged_rules

rules = flagged_rules


@pytest.mark.parametrize(
    "text",
    [
        # A frame that points the listener at their own experience is not a verdict.
        "Thinking of the toughest shifts you've worked, what helps you unwind afterwards?",
        "Looking back on the worst winter you've had, how do you keep going through February?",
        "Thinking about the dirtiest jobs you've taken on, what keeps you in the trade?",
    ],
)
def test_a_neutral_frame_is_not_a_verdict(text: str) -> None:
    assert "leading" not in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        # The same superlative stated as a verdict still leads.
        "Nights are the toughest shifts in the hospital. How do you cope?",
        "The winters there are brutal. How do you keep going?",
    ],
)
def test_a_verdict_without_the_frame_still_leads(text: str) -> None:
    assert "leading" in rules(text)


@pytest.mark.parametrize(
    ("text", "informational"),
    [
        # A stance word in an aside after the question leads nothing.
        ("What's the route into conservation work? Asking for a friend, obviously.", False),
        ("Any openings in your lab next year? Asking for myself, obviously.", True),
    ],
)
def test_a_stance_word_in_a_trailing_aside_is_not_leading(text: str, informational: bool) -> None:
    assert "leading" not in rules(text, informational=informational)


def test_a_stance_word_before_the_question_still_leads() -> None:
    assert "leading" in rules("Obviously the best way in is a degree, so which one would you do?")


@pytest.mark.parametrize(
    "text",
    [
        # A job ask made by putting oneself forward for a need the asker names.
        "If the bakery's short-staffed at Easter I'm keen, yeah?",
        "If the bakery's short of hands at Easter, count me in.",
        "And if the surf school's ever an instructor down in August, you know where I am.",
        "Tell the cafe owner that if she ever has paid hours going, I'd be there in a heartbeat",
        "If a desk frees up in the newsroom, would you let me know first?",
    ],
)
def test_offers_of_oneself_are_job_asks_and_nothing_else(text: str) -> None:
    assert rules(text, informational=True) == {"job_ask"}


@pytest.mark.parametrize(
    "text",
    [
        "If you're ever passing through Leeds, you know where I am.",
        "If the brewery's short of hands over Christmas, how do they cope?",
        "When a desk frees up in a newsroom, how do people usually hear about it?",
        "How did you get into the brewery? I'm keen to hear the whole story.",
    ],
)
def test_near_misses_of_offers_are_not_job_asks(text: str) -> None:
    assert "job_ask" not in rules(text, informational=True)


@pytest.mark.parametrize(
    "text",
    [
        # Protected topics asked indirectly.
        "What age are you, if you don't mind me asking?",
        "Remind me which year you sat your Leaving Cert?",
        "Are you on anything that dulls your reactions, pills or the like?",
        "Great surname, that. What's the background of it?",
        "Are you from round here, or did your parents come over later?",
        "You're not a union type, are you?",
    ],
)
def test_indirect_protected_questions_are_illegal_only(text: str) -> None:
    assert rules(text, hiring=True) == {"illegal"}


@pytest.mark.parametrize(
    "text",
    [
        "The role involves driving a forklift. Is there anything that would stop you doing it "
        "safely?",
        "What's the background to the project you led at the depot?",
        "Who's the union rep on this site?",
        "Which year of the course did you find hardest?",
    ],
)
def test_near_misses_of_protected_questions_are_not_illegal(text: str) -> None:
    assert "illegal" not in rules(text, hiring=True)


@pytest.mark.parametrize(
    "text",
    [
        # A follow-up about the same story, or the other half of one set.
        "Tell me about a time a customer got aggressive. What did you notice first?",
        "Tell me about a time a delivery went missing. How did you react at the time?",
        "What would your team leader praise you for? And where would he say you could improve?",
        "Tell me about the last fence you built. How did you price it?",
        "What would your colleagues rate you best at? And where would they say you've room to "
        "grow?",
    ],
)
def test_one_story_or_one_set_is_not_double(text: str) -> None:
    assert "double" not in rules(text, hiring=True)


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # A second question on a new topic, announced or not.
        ("What would your manager praise you for? And how did you get into the trade?", "h"),
        ("Tell me about the new rota system. Who'd be training me?", "c"),
        (
            "Tell me about the first winter you worked the lifts. Also, how did you pay the rent?",
            "i",
        ),
    ],
)
def test_a_second_question_on_a_new_topic_is_double(text: str, context: str) -> None:
    assert "double" in rules(text, informational=context == "i", hiring=context == "h")


@pytest.mark.parametrize(
    "text",
    [
        "Would you be able to describe a time you had to push back on a client?",
        "Would you be happy to describe the last audit you ran?",
    ],
)
def test_a_soft_request_is_not_yes_no(text: str) -> None:
    assert "yes_no" not in rules(text, hiring=True)


@pytest.mark.parametrize(
    "text",
    ["Would you be able to work two weekends a month?", "Would you be willing to relocate?"],
)
def test_a_soft_ability_question_stays_yes_no(text: str) -> None:
    assert "yes_no" in rules(text, hiring=True)


def test_a_cut_stated_as_a_fact_is_context_not_a_verdict() -> None:
    # "cut" stood for "cut-throat", so a plain fact read as a verdict before the question.
    assert "leading" not in rules("Our funding was cut in the spring. How did the team cope?")
    assert "leading" in rules("The cut-throat hours are brutal. How do you cope?")
