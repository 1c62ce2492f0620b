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
