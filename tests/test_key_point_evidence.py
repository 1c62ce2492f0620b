"""Evidence a key point needs before it is shown as covered (coaching/key_point_evidence.py).

Each test is one class of wrong "covered" seen on labelled answers, with examples written for
the test: an everyday word alone, with or without cues; the rubric read back beside a
sentence of substance. And what must still count: the point's own word, a number that makes
an everyday word specific, two words that vouch for each other.
"""

from __future__ import annotations

from interview_tui.coaching.insights import analyse
from interview_tui.coaching.key_point_evidence import enough, general_stems, is_specific
from interview_tui.coaching.stemming import stem
from interview_tui.coaching.wordlists import load_word_lists

WORDS = load_word_lists()


def covered(answer: str, point: str, cues: tuple[str, ...] = ()) -> bool:
    found = analyse(answer, (point,), None, False, WORDS, cues=(cues,) if cues else ()).key_points
    return found[0].covered


def test_everyday_words_are_listed_and_topic_words_are_not() -> None:
    assert {stem("end"), stem("different"), stem("instead"), stem("jobs")} <= general_stems()
    assert not is_specific(stem("firm"))
    assert is_specific(stem("invoice"))
    assert is_specific(stem("firm"), own=frozenset({stem("firm")}))


def test_an_everyday_word_alone_does_not_meet_a_cue() -> None:
    cues = ("ended/settled/agreed", "refund/apology")
    vague = "In the end I went home and had a long bath."
    assert not covered(vague, "how the complaint was settled", cues)
    assert covered(
        "We agreed she would get the delivery charge back.", "how the complaint was settled", cues
    )


def test_an_everyday_word_with_another_cue_word_counts() -> None:
    cues = ("role/job", "same/similar")
    alone = "My last job was in a garden centre, which I loved."
    assert not covered(alone, "the link to this role", cues)
    paired = "Calming people who have waited too long is the same job I do now at the pharmacy."
    assert covered(paired, "the link to this role", cues)


def test_an_everyday_synonym_alone_does_not_meet_a_point_without_cues() -> None:
    vague = "By the end of the month I had visited every supplier in the county and logged prices."
    assert not covered(vague, "how it was resolved")
    real = "We settled it by splitting the weekend shifts between the students and the full-timers."
    assert covered(real, "how it was resolved")


def test_a_different_way_is_not_the_effect_of_a_change() -> None:
    answer = (
        "Orders reached the warehouse in three different ways, by fax, by phone and by email,"
        " and the pickers kept a separate tray for each one."
    )
    assert not covered(answer, "the effect of the change")


def test_the_points_own_word_vouches_for_itself() -> None:
    answer = (
        "The first thing I did was ring the supplier, cancel the duplicate order and email"
        " the customer a new delivery date."
    )
    assert covered(answer, "the first thing you did")


def test_a_number_makes_a_time_word_specific() -> None:
    cues = ("days/weeks/deadline",)
    assert covered("We had ten days to rebuild the booking site.", "how long you had", cues)
    assert not covered(
        "We spent days arguing about the colour of the logo.", "how long you had", cues
    )


def test_the_rubric_read_back_beside_a_real_sentence_does_not_count() -> None:
    answer = (
        "The role fits my skills and my experience fits the role. My cousin recommended your"
        " shop to me last spring after she bought a secondhand bicycle and a helmet there for"
        " her daughter's birthday present."
    )
    assert not covered(answer, "how the role fits your skills or experience")


def test_enough_needs_a_specific_word_a_full_phrase_or_two_words() -> None:
    end, different = frozenset({stem("end")}), frozenset({stem("different")})
    assert not enough([end])
    assert not enough([end, end])
    assert enough([end, different])
    assert enough([frozenset({stem("refund")})])
    assert enough([frozenset({stem("end"), stem("different")})])


def test_rubric_filler_in_the_point_does_not_vouch_for_itself() -> None:
    answer = "I'm a hard worker and I never minded covering the weekends myself that summer."
    assert not covered(answer, "what you did to work it through")


def test_growing_and_learning_in_general_show_no_skill() -> None:
    cues = ("skills/expertise/experience", "developed/grown/learned")
    point = "the abilities you hope to develop"
    assert not covered("In five years I hope I will have grown a lot as a person.", point, cues)
    assert not covered("I've learned a lot from every manager I have had.", point, cues)
    real = "By then I want to have grown my skills in contract negotiation and budgeting."
    assert covered(real, point, cues)


def test_for_example_is_not_an_example() -> None:
    cues = ("example/instance", "complaint/refund")
    point = "a time it went badly"
    assert not covered(
        "For example, I always double-check the rota on a Sunday night.", point, cues
    )
    assert covered("For example, a refund I promised took six weeks to arrive.", point, cues)
