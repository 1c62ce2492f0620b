"""Cue matching that a vague answer cannot pass: a one-word cue met only by a word that says
when, how often or how much ("now", "sometimes", "better") shows nothing on its own, unless
another cue of the point vouches for it; and "later" is not "late" (see coaching/key_points.py).
"""

from __future__ import annotations

from interview_tui.coaching.insights import analyse
from interview_tui.coaching.stemming import stem
from interview_tui.coaching.wordlists import load_word_lists

WORDS = load_word_lists()


def covered(answer: str, point: str, cues: tuple[str, ...]) -> bool:
    found = analyse(answer, (point,), None, False, WORDS, cues=(cues,)).key_points
    return found[0].covered


WEAKNESS = ("weakness/struggle/struggled", "tend/sometimes")


def test_a_generic_word_alone_does_not_meet_a_one_word_cue() -> None:
    vague = "Sometimes I put in more hours than I need to, and I can't leave a job half done."
    assert not covered(vague, "a genuine, specific weakness", WEAKNESS)


def test_a_meaningful_word_of_the_same_cue_still_meets_it() -> None:
    real = "I struggle to say no, so I end up with four jobs and finish none of them on time."
    assert covered(real, "a genuine, specific weakness", WEAKNESS)


def test_two_generic_words_from_different_cues_vouch_for_each_other() -> None:
    cues = ("progress/improved/better", "since/feedback/months")
    assert not covered("My manager says I'm getting better at it.", "evidence of progress", cues)
    both = "Since the spring I've been better at it: I've missed one deadline, not six."
    assert covered(both, "evidence of progress", cues)


def test_later_is_not_late() -> None:
    assert stem("later") != stem("late")
    cues = ("afterwards/later",)
    late = "I'd offer to stay late and finish it with them that evening."
    assert not covered(late, "a later conversation to stop it recurring", cues)


def test_a_hyphenated_cue_word_is_not_met_by_its_small_parts() -> None:
    # "catch-up" was read as "catch" or "up", so every sentence with "up" met the cue.
    cues = ("crew/site catch-up/debrief",)
    point = "how you kept everyone in touch"
    assert not covered("The crew set up the scaffold before the rain came in.", point, cues)
    assert covered("I brought in a crew catch-up on Monday mornings.", point, cues)
