"""Round 10 of issue 13: classes of wording the checker missed or misread on a set written by
someone who never saw the rules. Every case is in wording of our own (not the eval's), and
each class comes with near misses that must stay silent."""

from __future__ import annotations

import pytest

from tests.helpers import flagged_rules

rules = flagged_rules


@pytest.mark.parametrize(
    "text",
    [
        # A hardship claimed as certain, then a question of coping that rests on it.
        "It must be gruelling, driving through the night week after week. How do you stay sharp?",
        "It must be lonely being the only vet for fifty miles. How do you cope with the calls?",
        "Teaching reception must be incredibly draining. What keeps you going back?",
        # A standing claimed as certain, then a question of staying in it.
        "Plastering has to be the most overlooked trade there is. What keeps you in it?",
        "Night porter has got to be the loneliest job in the hotel. How do you stay motivated?",
        # A label that dismisses the work.
        "Print is a bit of a relic next to digital. How do you stay in business?",
        "Local news is something of a dinosaur these days. How do you keep going?",
        # A feeling everyone is said to share.
        "Everybody on the ward adores the twilight shifts. What would you like best about them?",
        "Nobody here enjoys the stocktake, so how would you cope with it?",
        # A plain verdict stated as fact, then a question of coping or staying.
        "Care work is so undervalued. How do you stay motivated?",
        "The hours in hospitality are brutal. How do you unwind?",
        "Journalism is on its last legs. Why stay?",
        "The pay in kennels is rubbish. What keeps you there?",
        "Let's face it, social work is underpaid. How do you make ends meet?",
        "Paramedic has to be one of the most stressful jobs. How do you switch off?",
        # A stance word opening a verdict.
        "Obviously the best way in is an apprenticeship, so which firm would you aim for?",
        "Of course the hardest part is the exams. Where would you start?",
    ],
)
def test_evaluative_claims_a_question_rests_on_are_leading(text: str) -> None:
    assert "leading" in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        # A neutral fact as context.
        "The depot moved to the ring road last year. How has your commute changed?",
        "The course has to be finished within two years. How do you fit it round work?",
        # Sympathy that asks nothing resting on it.
        "It must be hard being away from home so much. What does a typical rotation look like?",
        "It must have been a shock when the plant closed. What happened next?",
        # A rumour put up to be tested.
        "People say print is a bit of a relic now. How true is that where you work?",
        "I've heard the night shifts must be exhausting. How do you find them?",
        # A verdict that is hedged, about the asker, or framing when it happens.
        "Some weeks are brutal. How do you cope?",
        "I had a brutal first year. How did you cope with yours?",
        "When the work gets draining, how do you recharge?",
        "The shifts are twelve hours long. How do you cope with the fatigue?",
        # A question, not a claim, before the coping part (double, not leading).
        "What was the hardest part, and how did you cope?",
        # A courtesy.
        "Thanks for making time in a busy week. How did you get started?",
        "You must be swamped this week, so thanks for seeing me. What does a typical day hold?",
        "Obviously you're busy, so I'll keep it short. What drew you to the work?",
        "Everyone here uses the same booking system. How confident are you with spreadsheets?",
        # Balanced framing.
        "Some people love the early starts and others hate them. Where do you stand?",
        # A stance word that passes no verdict.
        "The pay matters, of course. What else drew you to the job?",
    ],
)
def test_neutral_preambles_stay_silent(text: str) -> None:
    assert "leading" not in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        # Own side praised after "already".
        "What would you add to our already top-notch onboarding?",
        "How would you fit into a team that's already excellent at service?",
        # A compliment as the frame.
        "With a voice like yours, how did you end up behind the desk instead of on stage?",
        # Success presupposed against the odds.
        "How did you keep the kitchen so calm despite the staff shortages?",
        # A comparison settled.
        "Why is the night crew so much keener than the day crew?",
        # A forecast settled as fact by "knowing".
        "How does it feel knowing apps will soon replace travel agents?",
        # A third party's choices judged for them.
        "Which of the council's poor decisions hit your budget hardest?",
    ],
)
def test_premises_inside_the_question_are_leading(text: str) -> None:
    assert "leading" in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "What would you add to our onboarding?",
        "What did you know already about care work when you started?",
        "With experience like that, what would you look for in a trainee?",
        "How did you keep the kitchen running during the staff shortages?",
        "Why is the night crew so much smaller than the day crew?",
        "How does it feel knowing your regulars so well?",
        "Which of the council's decisions affected your budget most?",
    ],
)
def test_near_misses_of_premises_stay_silent(text: str) -> None:
    assert "leading" not in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        # A tag with no question mark.
        "plumbing doesn't really pay at first, does it",
        "The hours are long in catering, aren't they",
        # A tag that asks whether the statement is fair.
        "Probation is mostly paperwork now, wouldn't that be fair to say?",
        "Most of the job is admin, isn't that right?",
        "Conveyancing is mostly forms now, would that be fair?",
    ],
)
def test_tags_without_a_mark_or_asking_if_fair_are_leading(text: str) -> None:
    assert "leading" in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "How long does it take, do you think",
        "What does it pay at first, would you say",
        "How do you decide what is fair, is it a rota?",
        "Is the work mostly admin? I'd like to know what's fair to expect.",
    ],
)
def test_near_misses_of_tags_stay_silent(text: str) -> None:
    assert "leading" not in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        # A contrast of one set after a frame, and complaint as the other side of enjoyment.
        "Up on the moors, which months do you look forward to, and which do you dread?",
        "What do the drivers like about the depot, and what do they moan about?",
        "Which tasks do you relish, and which do you struggle with?",
    ],
)
def test_contrasts_of_one_set_are_neither_double_nor_leading(text: str) -> None:
    assert not {"double", "leading"} & rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tell me about the worst leak you've traced. What went wrong first?",
        "What's the most awkward fault you've dealt with? What turned out to be the cause?",
        "What's the biggest order you've packed? How did it end?",
    ],
)
def test_a_follow_up_about_the_same_episode_is_not_double(text: str) -> None:
    assert "double" not in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "What do the drivers like about the depot, and how long have you worked there?",
        "What's the most awkward fault you've dealt with? How did you get into repairs?",
        "What's the best course you've taken? What did it cost?",
    ],
)
def test_a_new_topic_stays_double(text: str) -> None:
    assert "double" in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        # A union named rather than "a union".
        "Did you ever join the RMT when you worked on the tracks?",
        "Are you still a member of Usdaw?",
        # An aid pointed at as small talk.
        "Is that a cochlear implant? We use radios a lot on site.",
    ],
)
def test_named_unions_and_aids_pointed_at_are_illegal_in_hiring(text: str) -> None:
    assert "illegal" in rules(text, hiring=True)


@pytest.mark.parametrize(
    "text",
    [
        "Who is the Unite rep on this site?",
        "Is there a hearing aid loop in the meeting room?",
        "Is that a hearing aid loop by the reception desk?",
        "Could we all sing in unison at the carol service?",
    ],
)
def test_near_misses_of_unions_and_aids_stay_lawful(text: str) -> None:
    assert "illegal" not in rules(text, hiring=True)


@pytest.mark.parametrize(
    "text",
    [
        # A named job at the listener's employer, for the asker.
        "How would I go about getting a junior buyer job at your chain?",
        "What's the best way for me to get a trainee baker job at your bakery?",
        # An aside before the ask.
        "By any chance is your kitchen taking on a commis chef?",
        "Out of interest, is your studio looking for a junior editor?",
    ],
)
def test_named_jobs_and_asides_are_job_asks(text: str) -> None:
    assert "job_ask" in rules(text, informational=True)


@pytest.mark.parametrize(
    "text",
    [
        "How did you land a senior nurse post at your trust?",
        "What does it take to get a junior role in your field?",
        "By any chance, how did you hear about your first job?",
        "Out of interest, how do firms like yours find junior editors?",
    ],
)
def test_near_misses_of_named_jobs_are_not_job_asks(text: str) -> None:
    assert "job_ask" not in rules(text, informational=True)


@pytest.mark.parametrize(
    "text",
    [
        # "what" as the subject of a second question after a closed or open first one.
        "Do bakers still start at three, and what goes on before the shop opens?",
        "Where did you do your training, and what happens in the first month on the job?",
        # "which" and a noun phrase with its own verb.
        "What sort of jobs come through the agency, and which trade skills are hardest to find?",
    ],
)
def test_a_second_question_after_and_is_double(text: str) -> None:
    assert "double" in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        # One set from two sides, "what" then "which".
        "What do you enjoy most, and which bits do you dread?",
        # "and" inside one question.
        "What skills do you use and what matters most to clients?",
        "Which trade skills and which tools are hardest to find?",
    ],
)
def test_one_question_with_and_stays_single(text: str) -> None:
    assert "double" not in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "You must be busy?",
        "You must be exhausted after nights. How do you cope?",
    ],
)
def test_a_guess_about_the_listener_still_leads(text: str) -> None:
    assert "leading" in rules(text)


def test_a_second_question_after_a_spoken_aside_is_double() -> None:
    text = "How do you plan a menu? Before I forget, what hours would I work?"
    assert "double" in rules(text, hiring=True)


def test_the_same_story_after_a_spoken_aside_is_not_double() -> None:
    text = "Tell me about your last role. Oh, and while I think of it, what happened next?"
    assert "double" not in rules(text, hiring=True)
