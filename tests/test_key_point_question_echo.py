"""Words that only read the question back show nothing about a key point (key_points.py).

A class of wrong "covered" seen on labelled answers: the answer opens by repeating the
question ("I've pushed back on senior leaders", "I'm passionate about this job") and one of
the question's words is also a cue or a word of the key point. Examples written for the test.
"""

from __future__ import annotations

from interview_tui.banks.model import Question
from interview_tui.coaching.applies import insights_for
from interview_tui.coaching.insights import analyse
from interview_tui.coaching.key_points import question_stems
from interview_tui.coaching.stemming import stem
from interview_tui.coaching.wordlists import load_word_lists

WORDS = load_word_lists()


def covered(answer: str, point: str, cues: tuple[str, ...], question: str) -> bool:
    found = analyse(
        answer, (point,), None, False, WORDS, cues=(cues,) if cues else (), question=question
    ).key_points
    return found[0].covered


ASKED = "Tell me about a time you stood up to senior managers for your staff."
CASE = ("argued/evidence/figures", "managers/director/senior")


def test_a_cue_word_taken_from_the_question_is_not_enough_alone() -> None:
    echo = "Yes, I have stood up to senior managers for my staff more than once."
    assert covered(echo, "the case you put to them", CASE, "")
    assert not covered(echo, "the case you put to them", CASE, ASKED)


def test_a_word_of_the_answer_own_still_counts_beside_the_question_word() -> None:
    real = "I took the sickness figures to the director and argued for a second shift."
    assert covered(real, "the case you put to them", CASE, ASKED)


def test_a_key_point_word_that_echoes_the_question_needs_support_among_cues() -> None:
    # With cues: "garden" is the point's own word and a cue, but the question asked about it.
    question = "What did you grow in your garden last summer?"
    point = "what the garden taught you"
    cues = ("garden/allotment", "taught/learned/realised")
    echo = "My garden is my pride and joy, and everyone who visits my garden says so."
    assert covered(echo, point, cues, "")
    assert not covered(echo, point, cues, question)


def test_without_cues_the_point_own_words_still_count_when_the_question_used_them() -> None:
    # Without cues the point's words are all there is to go on: measured on the labelled
    # answers, discounting them lost real coverage ("the disagreement and what was at stake"
    # after "Tell me about a disagreement…") and caught no wrong verdict. Other words of the
    # question still show nothing alone.
    question = "Tell me about a disagreement you had with a colleague."
    point = "the disagreement and what was at stake"
    told = "Our disagreement was over the rota: if we got it wrong, the night ward had no cover."
    assert covered(told, point, (), question)
    only_asked = "I had a colleague once, and we worked well together for years in the end."
    assert not covered(only_asked, point, (), question)


def test_question_words_leave_out_stopwords() -> None:
    found = question_stems("Why do you want this job?", WORDS.stopwords)
    assert stem("job") in found
    assert "you" not in found


def test_insights_for_passes_the_question_text() -> None:
    question = Question(
        id="q",
        text="How do you handle senior managers who overrule your staff?",
        key_points=("the case you put to them",),
        key_point_cues=(CASE,),
    )
    echo = "Senior managers overrule my staff now and then, and I handle it."
    assert covered(echo, "the case you put to them", CASE, "")
    insights = insights_for(echo, question, None, "interviewee", None, WORDS)
    assert not insights.key_points[0].covered
