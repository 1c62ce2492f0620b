"""Key points without cues (users' own questions) met in paraphrase: synonym groups for the
rubric words key points are written in, irregular forms, and phrases of several words that
count only when said in a row (see coaching/key_points.py and data/synonyms.txt)."""

from __future__ import annotations

from interview_tui.coaching.insights import analyse
from interview_tui.coaching.stemming import stem
from interview_tui.coaching.synonyms import synonym_groups, synonym_phrases
from interview_tui.coaching.wordlists import load_word_lists

WORDS = load_word_lists()


def covered(answer: str, points: tuple[str, ...]) -> list[bool]:
    """Coverage as for a question that is not past-behaviour (no STAR part decides)."""
    return [p.covered for p in analyse(answer, points, None, False, WORDS).key_points]


def test_rubric_words_meet_their_plain_synonyms() -> None:
    impact = (
        "The knock-on was that the warehouse shipped two hundred parcels late, and the "
        "courier charged us for a second collection that week."
    )
    assert covered(impact, ("the impact on others",)) == [True]
    resisted = (
        "The pushback came from the two senior buyers, who had built the old spreadsheet "
        "themselves over eight years."
    )
    assert covered(resisted, ("who resisted and why",)) == [True]
    direction = (
        "My ambition is progression into site management, starting with the supervisor "
        "course my employer runs every spring."
    )
    assert covered(direction, ("a realistic direction",)) == [True]


def test_a_synonym_of_the_wrong_idea_still_covers_nothing() -> None:
    # An answer about the weather and the commute says nothing about resistance or impact.
    answer = (
        "The office is near the station, the canteen does a decent curry on Thursdays, and "
        "the car park is free after six in the evening."
    )
    assert covered(answer, ("who resisted and why", "the impact on others")) == [False, False]


def test_irregular_forms_and_derived_nouns_meet() -> None:
    assert {stem("fell"), stem("fall"), stem("shortfall")} <= synonym_groups()[stem("fell")]
    shortfall = (
        "The quarterly target was fifty new accounts, and the shortfall was nineteen once "
        "our biggest client froze all recruitment in March."
    )
    assert covered(shortfall, ("the target and how far short you fell",)) == [True]
    overcame = (
        "The hard part was the committee, so I overcame their doubts by printing every "
        "booking for the noticeboard each Monday morning."
    )
    assert covered(overcame, ("a difficulty you overcame",)) == [True]


def test_a_phrase_counts_only_when_its_words_are_said_in_a_row() -> None:
    assert ("took", "charg") in synonym_phrases()[stem("led")]
    in_a_row = (
        "Nobody else would, so I took charge of the summer rota and ran the Saturday "
        "shifts for three months."
    )
    assert covered(in_a_row, ("who led it",)) == [True]
    apart = (
        "I took the minutes at the supplier meeting while my manager was in charge of "
        "the agenda and the pricing."
    )
    assert covered(apart, ("who led it",)) == [False]


def test_a_weakness_said_as_a_phrase_is_met() -> None:
    answer = (
        "I'm not good at saying no when colleagues hand me extra reports, so my own "
        "deadlines drift towards the end of the month."
    )
    assert covered(answer, ("a real weakness, not a disguised strength",)) == [True]


def test_a_phrase_stands_in_for_an_everyday_word() -> None:
    # "instead" alone is an everyday word; "next year" said in a row shows the lesson.
    lesson = (
        "Next year we'd test the letter on a small sample of donors first instead of "
        "mailing the whole list at once."
    )
    assert covered(lesson, ("what you would do differently",)) == [True]
    everyday = "I walked to the station instead of taking the bus that morning with my sister."
    assert covered(everyday, ("what you would do differently",)) == [False]


def test_the_speakers_own_part_said_in_the_first_person() -> None:
    point = ("your own part in the work",)
    mine = (
        "The venue moved the wedding forward a week, so I did the seating plan and the"
        " catering orders over two evenings while Dan chased the band."
    )
    assert covered(mine, point) == [True]
    alone = (
        "Nobody else knew the booking system, so I sorted the refunds on my own over the"
        " bank holiday, about ninety of them."
    )
    assert covered(alone, point) == [True]
    ours = (
        "The venue moved the wedding forward a week, so we did the seating plan and the"
        " catering orders together over two evenings while the band was chased."
    )
    assert covered(ours, point) == [False]


def test_falling_short_told_as_the_figure_reached() -> None:
    point = ("the target and how far short you fell",)
    answer = (
        "The target was ninety renewals for the quarter, and the branch came in at"
        " seventy-one once the cancellations were counted."
    )
    assert covered(answer, point) == [True]


def test_a_phrasal_verb_in_a_point_means_its_idea() -> None:
    point = ("what you did to work it through",)
    settled = (
        "We sat down over a coffee after the shift and settled on alternate Saturdays, which"
        " both of us could live with."
    )
    assert covered(settled, point) == [True]
    echoed = "I did what I had to do to work it through, and we worked it through together."
    assert covered(echoed, point) == [False]
