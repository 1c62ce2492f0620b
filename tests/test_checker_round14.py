"""Round 14 of issue 13: the job_ask, illegal and double rules widened by class of wording, so
that wording nobody has seen yet is caught by the rules themselves, not only by the learned
model. Every case is in wording of our own (not the eval's). Detections are checked on the
rules alone (the model would hide a rule that misses); near misses stay silent with and
without the model."""

from __future__ import annotations

import pytest

from interview_tui.coaching.checker import check_question
from interview_tui.coaching.checker_model import LearnedModels
from tests.helpers import flagged_rules, word_lists


def rules_alone(text: str, informational: bool = False, hiring: bool = False) -> set[str]:
    """The rules that flag ``text`` with the learned models off."""
    flags = check_question(
        text, word_lists(), informational=informational, hiring=hiring, learned=LearnedModels()
    )
    return {flag.rule for flag in flags}


def silent_on(rule: str, text: str, informational: bool = False, hiring: bool = False) -> bool:
    """Whether neither the rules alone nor the shipped checker flag ``text`` with ``rule``."""
    return rule not in rules_alone(text, informational, hiring) and rule not in flagged_rules(
        text, informational, hiring
    )


# Job asks that put the asker forward without a vacancy word: for a need named in a
# condition, by having their name or papers moved along, by offering work as a way in.
@pytest.mark.parametrize(
    "text",
    [
        "If the café's ever short a pair of hands at weekends, I'm right here.",
        "If the studio is ever after an assistant, you know where I am.",
        "I'm around all August if the gallery ever needs another invigilator.",
        "Would you mind handing my CV along to the head of studio?",
        "Could you nudge my name up the list for the spring intake?",
        "Would you drop your site manager a line about me?",
        "Mind if I give your name as a referee when I apply to the council?",
        "Would you introduce me to the manager who takes on the summer guides?",
        "I'd gladly wash pots at your bistro for free if it got me a start.",
        "Would your lab keep me on once my internship ends?",
        "Could I do my year in industry with your team and then stay on?",
        "I'd be so grateful if you kept my name in mind for the autumn.",
    ],
)
def test_an_ask_that_puts_the_asker_forward_is_a_job_ask(text: str) -> None:
    assert "job_ask" in rules_alone(text, informational=True)


@pytest.mark.parametrize(
    "text",
    [
        "If the ward is ever short of nurses, how do you cope?",
        "If I needed a mentor, who would you suggest?",
        "When your team needs an extra pair of hands, who do you call?",
        "When a vacancy comes up at firms like yours, how do I hear about it?",
        "Could you tell me what happens when a post opens up?",
        "Do you mind if I ask how you priced your first commissions?",
        "Would you send my portfolio back when you've had a look?",
        "Could I mention your name when I contact the editors you suggested?",
        "I'd happily work for nothing at the start. Did you do unpaid work when you began?",
        "How did you get them to keep you on after the trial?",
    ],
)
def test_asking_how_it_works_or_a_favour_is_no_job_ask(text: str) -> None:
    assert silent_on("job_ask", text, informational=True)


# Old false alarms: "the work for you" is the noun, "give me a sense" asks to be told, a
# meeting moved needs nobody.
@pytest.mark.parametrize(
    "text",
    [
        "Could you give me a sense of what a trainee post involves?",
        "I'm free on Thursday if you need to move our call.",
        "How has going freelance changed the work for you?",
    ],
)
def test_old_false_alarms_are_no_job_ask(text: str) -> None:
    assert "job_ask" not in rules_alone(text, informational=True)


def test_an_offer_at_the_end_of_a_sentence_never_breaks_the_checker() -> None:
    # A post offered in the sentence's last words once ran its span past the sentence.
    for end in range(1, 40):
        text = "Would your studio offer me a placement?"[:end]
        assert isinstance(rules_alone(text, informational=True), set)


# Protected topics raised as friendly small talk.
@pytest.mark.parametrize(
    "text",
    [
        "When were your GCSEs, roughly?",
        "How far off are you from claiming your state pension?",
        "Any pills you're on that might make you sleepy on a night shift?",
        "Do you take anything daily for your anxiety?",
        "Anything in your medical history the team should know?",
        "Any knee or hip problems we should plan around?",
        "Are you asthmatic at all?",
        "Steady hands, no blackouts or anything?",
        "I spotted the walking stick. Will you manage the stairs to the loft all right?",
        "Were you raised in this country, or did you come over later on?",
        "Was Spanish the language at your house when you were small?",
        "Did you grow up in the UK or somewhere else?",
        "As a lone parent, how will you cover the Saturday shifts?",
        "Have you always lived as a man?",
    ],
)
def test_small_talk_about_a_protected_topic_is_illegal(text: str) -> None:
    assert "illegal" in rules_alone(text, hiring=True)


@pytest.mark.parametrize(
    "text",
    [
        "I saw you needed the lift today; what would make the rest of the interview easier?",
        "I noticed the hearing aid; is there anything we can adjust for today?",
        "What's the condition of the vans you drove at your last job?",
        "What's the condition you'd leave a site in at the end of a day?",
        "How do you manage patients who are on several tablets at once?",
        "What pension scheme did your last employer offer?",
        "Would you move here for the job, or commute?",
        "Did you move over from the Leeds branch or join from outside?",
        "Which languages do you speak well enough to use with customers?",
        "No shaking of the ladder when someone's up it: how do you keep it steady?",
        "Any health and safety issues you'd flag on a site like ours?",
        "When were you last responsible for a budget?",
    ],
)
def test_lawful_small_talk_is_not_illegal(text: str) -> None:
    assert silent_on("illegal", text, hiring=True)


# One story asked for, then told on, is one question (old false alarms); a new topic after
# it is a second.
@pytest.mark.parametrize(
    "text",
    [
        "Tell me about one delivery that went missing. What did the customer say?",
        "Tell me about a tenant who refused to leave. How did you handle it?",
        "Describe the worst job you were ever sent on. What had broken?",
        "Describe a shipment that arrived damaged. Who did you call first?",
        "What keeps you here, and what would you improve if you ran the place?",
    ],
)
def test_a_follow_up_on_the_same_story_is_not_double(text: str) -> None:
    assert silent_on("double", text)


def test_taking_ones_time_is_no_request() -> None:
    assert silent_on("double", "Take your time. What happened next?")


@pytest.mark.parametrize(
    "text",
    [
        "Tell me about one audit that went wrong. What did you learn?",
        "Tell me about the last client you lost. Why did you leave that agency?",
        "Tell me about your last role. What did you do there?",
        "Which of our apps have you tried, and what would you change?",
        "How did you get into surveying, and what would you change?",
    ],
)
def test_a_new_topic_after_a_story_stays_double(text: str) -> None:
    assert "double" in rules_alone(text)


@pytest.mark.parametrize(
    ("text", "informational"),
    [
        ("Run me through your typical week. Also, what's the salary?", False),
        ("Quick one on rotas: how do you split the weekends? Are you married?", False),
        ("How did you set up the bakery, and any chance of a Saturday spot on your team?", True),
    ],
)
def test_a_second_question_after_a_request_frame_or_ask_is_double(
    text: str, informational: bool
) -> None:
    assert "double" in rules_alone(text, informational=informational)


@pytest.mark.parametrize(
    "text",
    [
        "Could I shadow your crew for a week, and then see if there's room for me?",
        "Could I do a placement in your team, and then stay on?",
    ],
)
def test_one_ask_that_goes_on_is_not_double(text: str) -> None:
    assert silent_on("double", text, informational=True)
