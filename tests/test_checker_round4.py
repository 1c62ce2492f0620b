"""Round 4 of the checker's recall and precision (issue 13): the patterns first seen in the
``fresh2`` questions, each in new wording. Every flagged case here was missed before, and
every unflagged one is a near miss the wider rules must leave alone."""

from __future__ import annotations

import pytest

from interview_tui.coaching.checker import Rule, check_question
from tests.helpers import rules_in, word_lists

WORDS = word_lists()
rules = rules_in


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        # Protected topics asked the long way round.
        ("Are your daughters still at primary school?", "hiring", {"illegal"}),
        ("When's your due date?", "hiring", {"illegal"}),
        ("Which medicines do you take every day?", "hiring", {"illegal"}),
        ("You'd be one of the younger ones here. Does that worry you?", "hiring", {"illegal"}),
        ("Your family name is unusual. Where does it come from?", "hiring", {"illegal"}),
        ("Which passport do you travel on?", "hiring", {"illegal"}),
        ("How do you handle the older pupils in a mixed class?", "hiring", set()),
        ("Do you have prescribing rights yet?", "hiring", {"yes_no"}),
        # Job asks without a job named.
        (
            "Is your studio short of anyone for the rush? I could start Monday.",
            "informational",
            {"job_ask"},
        ),
        ("Could you recommend me for a trial period at your bakery?", "informational", {"job_ask"}),
        (
            "I reckon I'd fit right in at your agency. What would the next step be?",
            "informational",
            {"job_ask"},
        ),
        (
            "Could you mention me to the head gardener when they're short of staff?",
            "informational",
            {"job_ask"},
        ),
        (
            "What happens behind the scenes on opening night at your theatre?",
            "informational",
            set(),
        ),
        ("Could you introduce me to someone who did the apprenticeship?", "informational", set()),
        ("Are you short of time most weeks?", "informational", {"yes_no"}),
        # Premises settled before the question.
        ("Why is hospitality such a thankless trade?", "informational", {"leading"}),
        (
            "With nurses stretched so thin, how do you keep any energy?",
            "informational",
            {"leading"},
        ),
        (
            "Our scheme is the finest in the sector, so which part appeals to you?",
            "hiring",
            {"leading"},
        ),
        (
            "How do you deal with the bullying that's everywhere in kitchens?",
            "informational",
            {"leading"},
        ),
        ("With the new rota starting in May, how will the team handle it?", "candidate", set()),
        ("What keeps you going on the days when the job feels thankless?", "informational", set()),
        # Two questions in one, or one seen from two sides.
        ("What do you enjoy most about the job, and what drains you?", "informational", set()),
        ("What do you like about the job, and what frustrates you?", "informational", set()),
        ("What do you enjoy most about it, and what do you earn?", "informational", {"double"}),
        (
            "For new probation officers, how long is the training, and who pays for it?",
            "informational",
            {"double"},
        ),
        (
            "How did you find it, and which part of the course do you still use?",
            "informational",
            {"double"},
        ),
        (
            "Tell me about the day you chose to go freelance. What prompted it?",
            "informational",
            set(),
        ),
        ("Tell me about your last role. Why did you leave?", "hiring", {"double"}),
        # An elliptical follow-up to a stated legal age is an eligibility check.
        ("Bar staff must be 18 or over. Could you confirm that you are?", "hiring", set()),
        ("Bar staff must be 18 or over. Could you confirm that you are?", "candidate", {"yes_no"}),
    ],
)
def test_round4_patterns(text: str, context: str, expected: set[Rule]) -> None:
    assert rules(text, context) == expected


def test_a_loaded_word_inside_a_settled_verdict_is_flagged_once() -> None:
    flags = check_question("Why is agency work such a cutthroat world?", WORDS)
    assert [(f.rule, f.start, f.end) for f in flags] == [("leading", 19, 35)]
