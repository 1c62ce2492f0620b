"""Round 13: past-behaviour questions recognised from their wording, by class, with the near
misses (a plan, a habit, a lesson, a view with an example) kept out."""

from __future__ import annotations

import pytest

from interview_tui.coaching.applies import is_past_behaviour


@pytest.mark.parametrize(
    "question",
    [
        # The occasion itself asked for.
        "When have you had to overrule a more senior colleague?",
        "When did you last turn a customer's complaint into repeat business?",
        # One singled-out thing the speaker did or dealt with.
        "How did you plan the biggest event you have organised?",
        "How did you handle the toughest negotiation you've been involved in?",
        "What did you learn from the most difficult rota you ever had to draw up?",
        "Tell me about the worst outage you have dealt with.",
        "Tell me about the last rollout you led.",
        # One thing done, walked or talked through.
        "Walk me through a warehouse move you led.",
        "Talk us through a fundraising campaign you ran for the club.",
        "Describe a supplier contract you negotiated.",
        "Tell me about a savings target you set for the shop and missed.",
        # What came of one step.
        "What happened when you raised it with the head of department?",
        # One thing on the application to tell more of.
        "Tell me a bit more about something on your CV that you are proud of.",
    ],
)
def test_a_question_asking_for_one_real_episode_is_past_behaviour(question: str) -> None:
    assert is_past_behaviour(question)


@pytest.mark.parametrize(
    "question",
    [
        "How would you describe a good handover?",
        # A plan or a habit.
        "How would you plan the biggest event of our year?",
        "What do you do when two deadlines clash?",
        "How do you usually start a new project?",
        "When does your attention to detail get in the way?",
        # A lesson, not an episode.
        "What have you learned about running meetings?",
        # Something had, seen or used, not done.
        "Describe the best manager you have had.",
        "Tell me about the last book you read.",
        "Tell me about a tool you used at university.",
        # What happened, not what came of the speaker's step.
        "Your grades dipped in your second year. What happened there?",
        # A gap, not an achievement.
        "Tell me about the gap in your CV.",
    ],
)
def test_a_plan_a_habit_a_lesson_or_a_view_is_not(question: str) -> None:
    assert not is_past_behaviour(question)


def test_a_view_asked_for_with_an_example_is_not() -> None:
    """The example backs a view: the question is about the view, not one episode (this one
    was wrongly taken for past behaviour before round 13)."""
    assert not is_past_behaviour(
        "How would you describe your approach to coaching juniors, with an example?"
    )
