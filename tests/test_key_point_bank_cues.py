"""The bundled banks' cues recognise each key point in everyday words (issue 13).

Each test is one paraphrase family of a key point, met through the bank's own cues loaded
by the real loader, in wordings written for these tests: the symptom a team shows, the
danger a concern is about, the person's own part, the resistance a change met. And what
must stay silent: the topic named without the point ("my manager changed the rota" is no
gain from the move), a buzzword ("prioritising", "stakeholders"), a time word ("better now").
Answers are judged as approaches (not past-behaviour stories) so that only the cues decide.
"""

from __future__ import annotations

import pytest

from interview_tui.coaching.insights import analyse
from interview_tui.coaching.stemming import stem
from interview_tui.coaching.wordlists import load_word_lists
from tests.helpers import cue_covered as covered

WORDS = load_word_lists()


@pytest.mark.parametrize(
    ("where", "point", "answer"),
    [
        (
            ("behavioral", "team_not_gelling"),
            "the symptom and its likely cause",
            "Once I had sat with both shifts I saw the real problem: nobody owned the handover.",
        ),
        (
            ("behavioral", "team_not_gelling"),
            "the symptom and its likely cause",
            "The two crews were sniping at each other over who had left the van in a mess.",
        ),
        (
            ("behavioral", "team_not_gelling"),
            "how the team changed afterwards",
            "Before long people started helping each other out at the busy end of the week.",
        ),
        (
            ("behavioral", "spoke_up"),
            "the concern and why it mattered",
            "The cable ran across the walkway and a visitor could easily have been injured.",
        ),
        (
            ("behavioral", "delegated_work"),
            "how you chose and briefed the person",
            "I gave it to Sam because she had been interested in the budget side for months.",
        ),
        (
            ("data_analysis", "combined_sources"),
            "the reference you chose and why",
            "In the end I picked the finance system's number, since the auditors use it.",
        ),
        (
            ("data_analysis", "prioritising_requests"),
            "who agrees the order",
            "Every Monday the head of operations and I go through the queue in a short meeting.",
        ),
        (
            ("healthcare", "dignity_and_respect"),
            "explaining and involving the person",
            "I talk people through each step and ask how they like their hair washed.",
        ),
        (
            ("managers_and_leaders", "leading_team_change"),
            "involving people and handling resistance",
            "A couple of the senior nurses were dead against it, so we tried it on one ward.",
        ),
        (
            ("pressure_and_failure", "missed_goal"),
            "why you missed it",
            "I had not allowed for how long it takes a new customer to trust a small firm.",
        ),
        (
            ("pressure_and_failure", "calm_in_crisis"),
            "your specific role",
            "I was the acting supervisor that night, so it fell to me to clear the building.",
        ),
        (
            ("pressure_and_failure", "calm_in_crisis"),
            "your specific role",
            "I phoned the gas board myself while the others kept people away from the door.",
        ),
        (
            ("public_sector", "communicating_and_influencing"),
            "the audience and what they needed",
            "The people in the room were shop owners who only wanted to know what to put up.",
        ),
        (
            ("self_assessment", "improved_weakness"),
            "what you practised",
            "I made myself a simple routine: read the email out loud, then send it.",
        ),
        (
            ("self_assessment", "improved_weakness"),
            "how it shows up now",
            "Now I hand the work back with a note instead of quietly redoing it.",
        ),
        (
            ("situational", "colleague_cutting_corners"),
            "why the check matters",
            "If the ladder is not footed someone can fall and be badly hurt.",
        ),
        (
            ("career_story", "why_left_previous"),
            "what you gained from the move",
            "The new job gave me the chance to run a section of my own.",
        ),
        (
            ("healthcare", "breaking_bad_news_support"),
            "looking after yourself afterwards",
            "On the drive home I rang a friend from my training and we talked it through.",
        ),
        (
            ("working_across_difference", "second_language_colleague"),
            "something you learned from them",
            "She taught me a trick for stacking the trays that saved us ten minutes a shift.",
        ),
        (
            ("teaching", "lesson_that_went_well"),
            "a planning decision that made the difference",
            "Rather than a worksheet we used a torch demonstration, so they saw the shadow move.",
        ),
        (
            ("pay_and_offers", "relocation_and_travel"),
            "a question about support offered",
            "Could I ask whether there is any help towards removal costs?",
        ),
    ],
)
def test_a_paraphrase_meets_the_banks_cues(where: tuple[str, str], point: str, answer: str) -> None:
    assert covered(*where, point, answer)


@pytest.mark.parametrize(
    ("where", "point", "answer"),
    [
        (
            ("career_story", "why_left_previous"),
            "what you gained from the move",
            "The owner changed the rota every week without asking anyone.",
        ),
        (
            ("career_story", "why_left_previous"),
            "no blame on others",
            "My manager cancelled my leave twice and never said sorry.",
        ),
        (
            ("career_story", "what_motivates_you"),
            "how this role provides them",
            "I always give my best to any job, whatever it is.",
        ),
        (
            ("data_analysis", "prioritising_requests"),
            "ranking by value and effort",
            "Really it comes down to prioritising well and communicating.",
        ),
        (
            ("data_analysis", "prioritising_requests"),
            "who agrees the order",
            "I would make sure the relevant stakeholders are aligned and happy with it.",
        ),
        (
            ("self_assessment", "improved_weakness"),
            "how it shows up now",
            "Looking back over the year, I am a lot better at it now.",
        ),
        (
            ("teaching", "lesson_that_went_well"),
            "a planning decision that made the difference",
            "The class did a hands-on activity in the playground with hoops.",
        ),
        (
            ("pressure_and_failure", "calm_in_crisis"),
            "your specific role",
            "When the alarm went I found myself shaking and could hardly think straight.",
        ),
        (
            ("career_story", "career_change"),
            "transferable skills with evidence",
            "I have done a week of work experience at a dental practice near home.",
        ),
        (
            ("healthcare", "breaking_bad_news_support"),
            "looking after yourself afterwards",
            "I let her talk about her mum for as long as she needed to.",
        ),
        (
            # The point's "this job" is the one applied for, not any job mentioned.
            ("opening_and_closing", "remember_about_you"),
            "why it matters for this job",
            "I never go home until the job's done properly, whatever the hour.",
        ),
        (
            ("pressure_and_failure", "passed_over"),
            "the feedback you sought",
            "The deputy manager post went to someone from outside the company.",
        ),
        (
            ("public_sector", "political_impartiality"),
            "delivering impartially",
            "I would put the figures in front of ministers before they decided.",
        ),
        (
            ("working_across_difference", "second_language_colleague"),
            "something you learned from them",
            "Working with him taught me a lot about patience in general.",
        ),
        (
            ("software_engineering", "production_only_issue"),
            "how you investigated safely",
            "Once it was fixed we added a log line and an alert for next time.",
        ),
    ],
)
def test_the_topic_or_a_buzzword_does_not_meet_the_banks_cues(
    where: tuple[str, str], point: str, answer: str
) -> None:
    assert not covered(*where, point, answer)


def test_pairing_someone_up_is_offering_support() -> None:
    point = "offering support or adjustments"
    answer = (
        "I would pair him with one of the experienced fitters for a fortnight and take the"
        " callouts off him while he found his feet."
    )
    assert analyse(answer, (point,), None, False, WORDS).key_points[0].covered


def test_offer_does_not_stem_to_of() -> None:
    # "offer" lost "-er" and its doubled "f", so every "of" met a cue "offers/provides".
    assert stem("offers") == stem("offered") == stem("offering") == stem("offer")
    assert stem("offer") not in {stem("of"), stem("off")}
    assert stem("ones") == stem("one") != stem("on")
    cue = ("offers/provides",)
    answer = "Most of the week is spent out of the office, on the phone to suppliers."
    assert (
        not analyse(answer, ("what the job offers",), None, False, WORDS, cues=(cue,))
        .key_points[0]
        .covered
    )


@pytest.mark.parametrize(
    ("word", "function_word", "form"),
    [
        ("note", "not", "notes"),
        ("use", "us", "useful"),
        ("evening", "even", "evening"),
        ("owner", "own", "ownership"),
        ("theme", "them", "themes"),
        ("offence", "of", "offences"),
        ("bother", "both", "bothered"),
    ],
)
def test_a_word_is_never_stemmed_onto_a_function_word(
    word: str, function_word: str, form: str
) -> None:
    # "note" lost its "e" and met every "not": a cue "notes/wrote" was met by "I did not".
    assert stem(word) != stem(function_word)
    assert stem(word) == stem(form)  # its own forms still meet
    assert stem(function_word) == function_word


def test_a_cue_word_is_not_met_by_the_function_word_it_once_stemmed_onto() -> None:
    cue = ("notes/log",)
    answer = "We did not get the parts until Thursday, so the job sat there for most of the week."
    point = "how you kept track"
    assert not analyse(answer, (point,), None, False, WORDS, cues=(cue,)).key_points[0].covered
    answer = "I kept notes of every call in the van, so nothing was promised twice."
    assert analyse(answer, (point,), None, False, WORDS, cues=(cue,)).key_points[0].covered
