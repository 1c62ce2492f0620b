"""Round 8 of issue 13: the checker's false alarms on a set written by someone who never saw
it, removed by class, and recall by class. Every case is in wording of our own (not the
eval's), and each class comes with near misses that must keep their flags."""

from __future__ import annotations

import pytest

from tests.helpers import flagged_rules

rules = flagged_rules


@pytest.mark.parametrize(
    "text",
    [
        # A legal requirement stated, then checked or consented to: yes or no is wanted.
        "Anyone driving our vans needs a full licence. Does that apply to you?",
        "Staff serving alcohol have to be at least 18. Is that the case for you?",
        "The post needs a criminal record check. Are you OK with us running one?",
        "We have to carry out a background check. Are you willing to let us go ahead?",
    ],
)
def test_lawful_checks_in_hiring_are_not_yes_no(text: str) -> None:
    assert rules(text, hiring=True) == set()


@pytest.mark.parametrize(
    "text",
    [
        "You'd be on your feet all day. Does that suit you?",
        "Are you happy working weekends?",
        "Would you be willing to relocate to Leeds?",
    ],
)
def test_closed_questions_without_a_legal_requirement_stay_yes_no(text: str) -> None:
    assert rules(text, hiring=True) == {"yes_no"}


@pytest.mark.parametrize(
    "text",
    [
        # Protected topics raised as small talk: the yes/no hint goes with the topic found.
        "Lovely ring! Have you two set a date?",
        "So when's the big day?",
        "Are you a regular churchgoer?",
        "Is there anything you've been prescribed that we should know about?",
        "When would you have finished school, more or less?",
        "So you've got kids, then?",
        # A line of questioning that stays on the topic is one question, not a double.
        "Is that a Greek surname? Where were your parents born?",
    ],
)
def test_protected_small_talk_is_illegal_only(text: str) -> None:
    assert rules(text, hiring=True) == {"illegal"}


@pytest.mark.parametrize(
    "text",
    [
        # The people the job serves, not the candidate.
        "What drew you to working with adults who have disabilities?",
        "Why did you choose to work with veterans with disabilities?",
        # Handling medicines is the job, not the candidate's own health.
        "Tell me how you'd store prescribed medicines for residents.",
    ],
)
def test_the_jobs_client_group_is_not_a_protected_question(text: str) -> None:
    assert rules(text, hiring=True) == set()


def test_a_protected_question_joined_to_a_lawful_one_is_still_double() -> None:
    assert rules("Can I take your date of birth, and when could you start?", hiring=True) == {
        "illegal",
        "double",
    }


def test_the_candidates_own_disability_is_still_illegal() -> None:
    assert rules("Do you have a disability we should know about?", hiring=True) == {"illegal"}


@pytest.mark.parametrize(
    "text",
    [
        # One set seen from two sides: what the work gives and what it takes.
        "What do you get out of nursing, and what drags you down?",
        "What tasks come naturally to you, and which would you gladly pass on?",
    ],
)
def test_contrasts_of_one_set_are_not_double(text: str) -> None:
    assert rules(text, informational=True) == set()


def test_a_new_question_after_what_you_get_out_of_it_is_double() -> None:
    assert rules("What do you get out of nursing, and how did you qualify?") == {"double"}


def test_a_favour_for_the_asker_is_a_polite_request() -> None:
    text = "Would you be happy to show me round the lab one day, so I can see the kit?"
    assert rules(text, informational=True) == set()


def test_would_you_be_willing_about_the_listener_stays_yes_no() -> None:
    assert rules("Would you be willing to do nights again?", informational=True) == {"yes_no"}


def test_the_sentence_naming_who_a_job_ask_is_for_is_not_leading() -> None:
    text = "You know the owner, don't you? Would you put in a word with him for me?"
    assert rules(text, informational=True) == {"job_ask"}


def test_a_leading_sentence_beside_a_job_ask_stays_leading() -> None:
    text = "Surely your firm is the best in town? Could you pass my CV on to the boss?"
    assert rules(text, informational=True) == {"leading", "job_ask"}


def test_two_protected_topics_on_a_line_are_still_double() -> None:
    assert rules("Is that a Greek surname? Are you married?", hiring=True) == {
        "illegal",
        "double",
    }


@pytest.mark.parametrize(
    "text",
    [
        # A yes/no question on a new subject joined with ", and whether…".
        "Tell me about your last placement, and whether you'd take on a trainee like me.",
        "Could you explain how the rota works, and whether you'd ever consider part-timers?",
        # An aside before the second question.
        "What got you into surveying, and, oh, one more thing, how long is the training?",
        # A new topic in a plural subject with its own verb.
        "How did you qualify, and which colleges run the best courses?",
        # Spoken "how'd", and a polite request with a second inverted question.
        "How'd you land the first contract, and what's the pay like now?",
        "Could you describe a normal shift, and how many patients do you see?",
    ],
)
def test_a_second_question_on_a_new_subject_is_double(text: str) -> None:
    assert "double" in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tell me about the redesign, and whether it worked.",
        "Could you tell me what you enjoy and what you find hard?",
        "How did you qualify, and which of the courses was best?",
        "What did you learn, and, sorry, why?",
    ],
)
def test_one_story_or_one_set_is_not_double(text: str) -> None:
    assert "double" not in rules(text)


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # A guess put up with "Bet…", and verdicts on the field settled as fact.
        ("Bet it was a relief to leave retail?", "informational"),
        ("What makes the night shifts so grim?", "informational"),
        ("How do you get by on the measly salaries in publishing?", "informational"),
        ("How much do the deadlines get under your skin?", "informational"),
        ("Given that nobody trains apprentices anymore, where do plumbers come from?", ""),
        ("Since agencies treat junior designers as cheap labour, what kept you going?", ""),
        ("With staffing this tight, how do you cover nights?", "candidate"),
        # Flattery and self-praise stated as fact before the question, or inside it.
        ("Someone with your undoubted charm would win them over. How would you begin?", "hiring"),
        ("Our mentoring scheme is the finest in the county. What appeals to you in it?", "hiring"),
        ("How did the firm build its phenomenal client list?", "candidate"),
    ],
)
def test_premises_stated_as_fact_are_leading(text: str, context: str) -> None:
    assert "leading" in rules(
        text, informational=context == "informational", hiring=context == "hiring"
    )


@pytest.mark.parametrize(
    "text",
    [
        "What's the most shocking thing you've seen on a ward?",
        "What makes the job so rewarding for you?",
        "What's the pay like in publishing?",
        "Our team is small. What appeals to you about it?",
        "What would an amazing first month look like for you?",
        "Given that most trainees qualify in three years, how long did it take you?",
        "How do you stay calm when the customers are shouting?",
    ],
)
def test_neutral_questions_stay_unflagged_as_leading(text: str) -> None:
    assert "leading" not in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        # The asker's name passed to a hirer, a try-out, a way in or room for the asker.
        "Do you reckon your gaffer would meet me if you passed my name on?",
        "Would your site manager let me have a try one Saturday?",
        "What's the fastest way into your studio for someone with my background?",
        "Has your crew got room for the two of us?",
        # The asker offered for an opening, a job raised with a hirer, a reference.
        "Cheers for this. If you hear of a slot on your team, I'm your guy.",
        "Could you give me the owner's number? I want to ask him about any work going.",
        "Would you be a reference for my application to your trust?",
    ],
)
def test_favours_that_come_to_a_job_ask_are_job_asks(text: str) -> None:
    assert "job_ask" in rules(text, informational=True)


@pytest.mark.parametrize(
    "text",
    [
        "Could you introduce me to your colleague in conservation? I'd love her view.",
        "What's the usual route into brewing for someone like me?",
        "What was your route into the firm?",
        "Would you let me have a go at summing up what I've heard?",
        "If a junior post comes up, how do people usually hear about it?",
        "Who would you ask about a job like yours, if you were starting out?",
    ],
)
def test_advice_and_referrals_are_not_job_asks(text: str) -> None:
    assert "job_ask" not in rules(text, informational=True)
