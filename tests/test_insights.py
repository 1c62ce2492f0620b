"""Answer insights: hand-checked expectations for every insight, and properties for any text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interview_tui.coaching.insights import analyse
from interview_tui.coaching.nudges import WHY as NUDGE_WHY
from interview_tui.coaching.report import WORDS_PER_MINUTE, Insights, KeyPointCoverage, Span
from interview_tui.coaching.stemming import stem
from interview_tui.coaching.wordlists import WordLists, load_word_lists

WORDS = load_word_lists()


def run(
    answer: str,
    key_points: tuple[str, ...] = (),
    time_limit: int | None = None,
    behavioral: bool = False,
    words: WordLists = WORDS,
) -> Insights:
    return analyse(answer, key_points, time_limit, behavioral, words)


def spans(answer: str) -> list[tuple[str, str]]:
    return [(s.kind, s.text) for s in run(answer).spans]


# --- words and time ------------------------------------------------------------------------


def test_pace_is_a_normal_speaking_pace() -> None:
    assert WORDS_PER_MINUTE == 140


def test_words_and_speaking_time() -> None:
    result = run(" ".join(["word"] * 140), time_limit=120)
    assert result.words == 140
    assert result.speaking_seconds == pytest.approx(60.0)
    assert not result.over_time
    assert result.summary_lines()[0] == "140 words · about 1:00 aloud of 2:00"


def test_a_word_is_letters_or_digits_with_inner_apostrophes() -> None:
    # don't | follow | up | 3 | 5 | ok  (the dash and the dots are not words)
    assert run("don't follow-up — 3.5 ... ok").words == 6


def test_over_time_only_when_longer_than_the_limit() -> None:
    at_limit = run(" ".join(["word"] * 280), time_limit=120)  # exactly 120.0 s
    over = run(" ".join(["word"] * 281), time_limit=120)  # 120.43 s
    assert at_limit.speaking_seconds == pytest.approx(120.0) and not at_limit.over_time
    assert over.over_time
    assert over.summary_lines()[0] == "281 words · about 2:00 aloud of 2:00 (over time)"


def test_no_limit_is_never_over_time() -> None:
    result = run(" ".join(["word"] * 1000))
    assert not result.over_time
    assert result.summary_lines()[0] == "1000 words · about 7:09 aloud"  # 428.57 s


def test_one_word_and_empty_answers() -> None:
    assert run("Hello.").summary_lines()[0] == "1 word · about 0:00 aloud"
    empty = run("")
    assert empty.words == 0 and empty.speaking_seconds == 0
    assert empty.summary_lines() == ["0 words · about 0:00 aloud", "Fillers: none", "Hedges: none"]


# --- fillers and hedges --------------------------------------------------------------------


def test_like_set_off_by_commas_is_a_filler() -> None:
    answer = "It was, like, huge."
    result = run(answer)
    assert result.fillers == {"like": 1}
    assert result.spans == (Span(8, 12, "filler", "like"),)
    assert answer[8:12] == "like"


def test_quotative_like_before_a_comma_is_a_filler() -> None:
    assert spans("I was like, no way") == [("filler", "like")]


@pytest.mark.parametrize(
    "answer",
    [
        "I like Python.",
        "It was like a race against the clock.",
        "We like to ship small changes, like most teams.",
        "Like I said, the plan held.",
        "Which one do you like?",
        "You know the answer better than I do.",
        "What I mean is that we were late.",
        "What kind of team was it?",
        "It was the sort of thing we fixed weekly.",
        "I think about risk early.",
        "I had just joined the team.",
        "you, know, it happened",
        "What does a normal day look like, roughly?",
        "It felt like, at first, a step down.",
        "It seemed like, to me, the obvious fix.",
        "We had something like, forty tickets open.",
        "I would like, if possible, to lead it.",
    ],
)
def test_not_fillers_or_hedges(answer: str) -> None:
    result = run(answer)
    assert result.spans == ()
    assert result.fillers == {} and result.hedges == {}


def test_an_aside_closing_a_sentence_counts() -> None:
    assert spans("It was hard, you know.") == [("filler", "you know")]
    assert spans("It was hard, like") == [("filler", "like")]


def test_like_next_to_another_filler_counts() -> None:
    assert spans("It was um like a mess") == [("filler", "um"), ("filler", "like")]
    assert spans("so like uh yeah") == [("filler", "like"), ("filler", "uh")]


def test_you_know_and_i_mean_set_off_count() -> None:
    assert spans("You know, it was fine. I mean, mostly.") == [
        ("filler", "You know"),
        ("filler", "I mean"),
    ]


def test_like_set_off_by_dashes_or_an_ellipsis_counts() -> None:
    assert spans("it was — like — huge") == [("filler", "like")]
    assert spans("it was... like... huge") == [("filler", "like")]
    assert spans("it was - like - huge") == [("filler", "like")]


def test_kind_of_and_sort_of_as_fillers() -> None:
    assert spans("It was kind of hard and sort of slow.") == [
        ("filler", "kind of"),
        ("filler", "sort of"),
    ]


def test_hedges_are_counted_case_insensitively() -> None:
    result = run("I guess maybe it PROBABLY worked. Maybe.")
    assert result.hedges == {"maybe": 2, "i guess": 1, "probably": 1}
    assert result.fillers == {}
    assert [s.text for s in result.spans] == ["I guess", "maybe", "PROBABLY", "Maybe"]


def test_i_think_is_a_hedge_unless_it_is_about_something() -> None:
    assert spans("I think it worked.") == [("hedge", "I think")]
    assert spans("I think of it as a map.") == []


def test_the_longest_entry_wins() -> None:
    # "i feel like" is a hedge; its "like" is not counted again as a filler.
    assert spans("I feel like we rushed.") == [("hedge", "I feel like")]


def test_curly_apostrophes_match() -> None:
    assert spans("I\u2019m not sure it helped.") == [("hedge", "I\u2019m not sure")]


def test_fillers_are_counted_most_frequent_first() -> None:
    result = run("Um, uh, um, basically it was, like, um, fine. Uh.")
    assert list(result.fillers.items()) == [("um", 3), ("uh", 2), ("basically", 1), ("like", 1)]
    assert result.summary_lines()[1] == "Fillers: um ×3, uh ×2, basically ×1, like ×1"


def test_span_offsets_point_into_the_answer() -> None:
    answer = "Well, UM, we basically shipped it, you know?"
    result = run(answer)
    assert [(s.start, s.end) for s in result.spans] == [(6, 8), (13, 22), (35, 43)]
    assert all(answer[s.start : s.end] == s.text for s in result.spans)


def test_a_filler_in_both_lists_counts_as_a_filler(tmp_path: Path) -> None:
    (tmp_path / "words").mkdir()
    (tmp_path / "words" / "hedges.txt").write_text("basically\n", encoding="utf-8")
    result = run("basically yes", words=load_word_lists(tmp_path))
    assert result.fillers == {"basically": 1} and result.hedges == {}


def test_the_users_lists_change_what_counts(tmp_path: Path) -> None:
    (tmp_path / "words").mkdir()
    (tmp_path / "words" / "fillers.txt").write_text("-actually\ninnit\n", encoding="utf-8")
    result = run("It actually worked, innit", words=load_word_lists(tmp_path))
    assert result.fillers == {"innit": 1}


# --- stemming and key points -----------------------------------------------------------------


@pytest.mark.parametrize(
    "forms",
    [
        ("measure", "measured", "measuring", "measures", "measurement", "measurable"),
        ("decide", "decided", "decides", "decision", "decisions", "decisive"),
        ("plan", "plans", "planned", "planning"),
        ("communicate", "communicated", "communicating", "communication"),
        ("organise", "organize", "organised", "organisation", "organization"),
        ("manage", "managed", "manager", "management", "managing"),
        ("improve", "improved", "improvement", "improving"),
        ("revise", "revised", "revision"),
        ("analyse", "analyze", "analysed", "analysis", "analyses"),
        ("responsible", "responsibility", "responsibilities", "response"),
        ("company", "companies"),
        ("quick", "quickly"),
        ("process", "processes"),
    ],
)
def test_forms_of_one_word_share_a_stem(forms: tuple[str, ...]) -> None:
    assert len({stem(form) for form in forms}) == 1, {form: stem(form) for form in forms}


@pytest.mark.parametrize(
    "first, second",
    [("care", "career"), ("moment", "mom"), ("status", "stat"), ("apply", "app")],
)
def test_different_words_keep_different_stems(first: str, second: str) -> None:
    assert stem(first) != stem(second)


def cued(answer: str, point: str, *cues: str) -> KeyPointCoverage:
    (result,) = analyse(answer, (point,), None, False, WORDS, cues=(cues,)).key_points
    return result


def test_a_cue_matches_its_words_in_one_sentence_in_any_order() -> None:
    point = "how it was resolved"
    found = cued("In the end we settled on a trial week.", point, "agreed/settled/compromise")
    assert found == KeyPointCoverage(point, True, ("settled",))
    # Every word of the cue, by stem and in any order, in one sentence.
    assert cued("She compromised, in the end.", point, "end compromise").covered
    assert not cued("It ended. We compromised later.", point, "end compromise").covered
    assert not cued("We argued all week.", point, "agreed/settled").covered


def test_without_cues_synonyms_count() -> None:
    (point,) = run(
        "After two weeks on the trial we settled on the summary sheet and Joanne was happy.",
        ("the disagreement", "how it was resolved"),
    ).key_points[1:]
    assert point.covered and point.matched == ("settled",)


def test_repeating_the_key_point_is_not_covering_it() -> None:
    result = run(
        "In the end it was resolved, and that is how it was resolved.",
        ("the disagreement", "how it was resolved"),
    )
    assert not result.key_points[1].covered


def test_key_point_without_words_is_never_covered() -> None:
    (point,) = run("anything", ("—",)).key_points
    assert point == KeyPointCoverage("—", False, ())


def test_key_points_summary_says_not_detected_never_missed() -> None:
    result = run(
        "The ward was short of three nurses that night and the agency cover never arrived.",
        ("why the ward was short", "how things ended for the patients"),
    )
    assert [k.covered for k in result.key_points] == [True, False]
    line = next(line for line in result.summary_lines() if line.startswith("Key points"))
    assert line == "Key points: 1 of 2 (not detected: how things ended for the patients)"
    assert "missed" not in "\n".join(result.summary_lines())


# --- STAR ------------------------------------------------------------------------------------

STORY = (
    "At my last job the release process was slow. My goal was to make it weekly. "
    "So I set up a small working group and I wrote a checklist. "
    "As a result we shipped every week."
)


def test_star_is_only_checked_for_behavioral_questions() -> None:
    assert run(STORY).star is None
    assert not any(line.startswith("STAR") for line in run(STORY).summary_lines())


def test_a_full_star_story() -> None:
    result = run(STORY, behavioral=True)
    assert result.star == {"situation": True, "task": True, "action": True, "result": True}
    assert "STAR: situation ✓ task ✓ action ✓ result ✓" in result.summary_lines()


def test_a_story_without_a_result() -> None:
    story = (
        "At my last job the process was slow and I had a week to fix it. My goal was speed. "
        "I talked to the team and I wrote a checklist."
    )
    result = run(story, behavioral=True)
    assert result.star == {"situation": True, "task": True, "action": True, "result": False}
    assert "STAR: situation ✓ task ✓ action ✓ (not detected: result)" in result.summary_lines()


EPISODE = "We were short of staff that winter. I was on nights and we had two agency nurses. "


def test_star_cues_match_other_word_forms() -> None:
    assert run(EPISODE + "I organized a review.", behavioral=True).star == {
        "situation": True,  # the episode is its own situation
        "task": False,
        "action": True,
        "result": False,
    }


def test_no_episode_no_star_parts() -> None:
    # A habit is not a story: "I always organise a review" has no STAR parts at all.
    habit = "I always organise a review first. I would then set a goal, and I usually hit it."
    assert run(habit, behavioral=True).star == dict.fromkeys(
        ("situation", "task", "action", "result"), False
    )


def test_a_percentage_is_a_result_but_a_bare_number_or_a_lesson_is_not() -> None:
    def result(text: str) -> bool:
        star = run(EPISODE + text, behavioral=True).star
        assert star is not None
        return star["result"]

    assert result("Errors fell by 40%.")
    assert not result("I have 2 kids.")
    assert not result("Back in 2019 it was slow.")
    assert not result("I learned a lot.")


def test_nothing_of_star_in_an_unrelated_answer() -> None:
    star = run("Python is a programming language.", behavioral=True).star
    assert star == dict.fromkeys(("situation", "task", "action", "result"), False)


# --- I and we --------------------------------------------------------------------------------


def test_i_and_we_counts() -> None:
    result = run("I'm sure my team and I did it. We've said it to us: our win, ours. Me too.")
    # I: I'm, my, I, Me = 4.  we: We've, us, our, ours = 4.
    assert (result.i_count, result.we_count) == (4, 4)
    assert "I 4 · we 4" in result.summary_lines()


def test_the_us_in_capitals_is_the_country() -> None:
    result = run("We opened the US office for us.")
    assert result.we_count == 2


def test_no_i_we_line_when_neither_is_used() -> None:
    assert not any(line.startswith("I ") for line in run("Ship it.").summary_lines())


# --- words the answer leans on ---------------------------------------------------------------


def test_leans_on_counts_content_words_used_three_times_or_more() -> None:
    answer = (
        "It was really fast, really cheap, really good. Really. The team and the team and teams."
    )
    result = run(answer)
    assert result.top_words == (("really", 4), ("team", 3))
    assert "Leans on: really ×4, team ×3" in result.summary_lines()


def test_leans_on_skips_stopwords_numbers_and_counted_fillers() -> None:
    answer = "the the the 5 5 5 and, like, x, like, y, like, z and and"
    assert run(answer).top_words == ()


def test_leans_on_keeps_at_most_five_in_order_of_use() -> None:
    answer = " ".join(
        f"{w} {w} {w}" for w in ("alpha", "beta", "gamma", "delta", "epsilon", "zeta")
    )
    answer += " zeta"
    assert run(answer).top_words == (
        ("zeta", 4),
        ("alpha", 3),
        ("beta", 3),
        ("gamma", 3),
        ("delta", 3),
    )


def test_leans_on_needs_three_uses() -> None:
    assert run("pizza pizza pasta").top_words == ()


# --- export and summary ----------------------------------------------------------------------


def test_as_dict_has_stable_keys_and_is_json_ready() -> None:
    result = analyse(
        "Um, I think we measured it.", ("the measure",), 60, True, WORDS, role="interviewer"
    )
    data = result.as_dict()
    assert list(data) == [
        "words",
        "words_per_minute",
        "speaking_seconds",
        "time_limit",
        "over_time",
        "fillers",
        "hedges",
        "spans",
        "key_points",
        "star",
        "i_count",
        "we_count",
        "top_words",
        "question_flags",
        "nudges",
    ]
    assert data["words"] == 6
    assert data["speaking_seconds"] == 2.6  # 6 * 60 / 140 = 2.57
    assert data["fillers"] == {"um": 1}
    assert data["hedges"] == {"i think": 1}
    assert data["spans"] == [
        {"start": 0, "end": 2, "kind": "filler", "text": "Um"},
        {"start": 4, "end": 11, "kind": "hedge", "text": "I think"},
    ]
    assert data["key_points"] == [
        # Four words say too little to cover a point (see key_points.SUBSTANCE).
        {"point": "the measure", "covered": False, "matched": []}
    ]
    assert data["star"] == {"situation": False, "task": False, "action": False, "result": False}
    assert data["question_flags"] == []  # a statement, not a question
    assert json.loads(json.dumps(data)) == data


def test_as_dict_without_star_has_null() -> None:
    assert run("Fine.").as_dict()["star"] is None


def test_summary_lines_for_a_full_answer() -> None:
    answer = (
        "At my last job, um, releases were slow. My goal was weekly releases. "
        "So I set up a review and, like, I wrote a checklist. Maybe we got lucky, "
        "but as a result releases went weekly."
    )
    result = run(answer, ("the outcome", "the weekly review"), 120, True)
    assert result.summary_lines() == [
        "36 words · about 0:15 aloud of 2:00",
        "Fillers: like ×1, um ×1",
        "Hedges: maybe ×1",
        # "as a result releases went weekly" is the outcome, in other words.
        "Key points: 2 of 2",
        "STAR: situation ✓ task ✓ action ✓ result ✓",
        "I 4 · we 1",
        "Leans on: releases ×3",
        "Tip: " + NUDGE_WHY["too_short"],
    ]


def test_a_tip_quotes_the_words_that_set_it_off() -> None:
    answer = "I would listen first. I always stay calm, because I'm a team player."
    lines = run(answer, (), 120, True).summary_lines()
    assert "Tip (“I would”, “I always”): " + NUDGE_WHY["hypothetical"] in lines
    assert "Tip (“team player”): " + NUDGE_WHY["cliche"] in lines


# --- interviewer answers ---------------------------------------------------------------------


def test_interviewer_answers_get_question_flags() -> None:
    result = analyse("Do you find the work rewarding?", (), None, False, WORDS, role="interviewer")
    assert [f.rule for f in result.question_flags] == ["yes_no"]
    assert result.summary_lines()[-1] == (
        "Yes/no question: Start with what or how, or ask for a story: "
        "'What do you find…?' or 'Tell me about…'"
    )


def test_interviewee_answers_get_no_question_flags() -> None:
    assert run("Do you find the work rewarding?").question_flags == ()


def test_informational_turns_on_the_job_ask_rule() -> None:
    text = "What would you do in my place? Any openings on your team?"
    plain = analyse(text, (), None, False, WORDS, role="interviewer")
    informational = analyse(text, (), None, False, WORDS, "interviewer", informational=True)
    assert "job_ask" not in {f.rule for f in plain.question_flags}
    assert "job_ask" in {f.rule for f in informational.question_flags}


# --- any text --------------------------------------------------------------------------------

ANY_TEXT = st.one_of(
    st.text(),
    st.text(alphabet=st.sampled_from(" \t\n\r\u00a0\u2028,.?!'\u2019-—")),
    st.lists(
        st.sampled_from(
            [
                "um",
                "like",
                ",",
                "you",
                "know",
                "I",
                "think",
                "kind",
                "of",
                "the",
                "?",
                "40%",
                "\u0130",
                "we",
                "US",
                "measured",
                "—",
                "...",
                "'",
                "\n",
                "decided",
                "sort",
            ]
        )
    ).map(" ".join),
)


@settings(max_examples=300, deadline=None)
@given(
    answer=ANY_TEXT,
    key_points=st.lists(st.text(max_size=40), max_size=4),
    time_limit=st.one_of(st.none(), st.integers(0, 7200)),
    behavioral=st.booleans(),
    interviewer=st.booleans(),
    informational=st.booleans(),
)
def test_analyse_never_fails_and_spans_stay_in_bounds(
    answer: str,
    key_points: list[str],
    time_limit: int | None,
    behavioral: bool,
    interviewer: bool,
    informational: bool,
) -> None:
    role = "interviewer" if interviewer else "interviewee"
    result = analyse(answer, key_points, time_limit, behavioral, WORDS, role, informational)
    end = 0
    for span in result.spans:
        assert end <= span.start < span.end <= len(answer)
        assert answer[span.start : span.end] == span.text
        end = span.end
    assert sum(result.fillers.values()) + sum(result.hedges.values()) == len(result.spans)
    assert len(result.key_points) == len(key_points)
    assert (result.star is not None) == behavioral
    for flag in result.question_flags:
        assert 0 <= flag.start < flag.end <= len(answer)
    json.dumps(result.as_dict())
    assert result.summary_lines()


def test_huge_whitespace_and_empty_key_points() -> None:
    result = run(" " * 100_000 + "\n" * 1000, ("", "   "), 60, True)
    assert result.words == 0 and result.spans == ()
    assert [k.covered for k in result.key_points] == [False, False]


def test_a_cue_in_a_sentence_that_only_reads_the_rubric_back_does_not_count() -> None:
    points = ("the disagreement", "how it was resolved")
    cues: tuple[tuple[str, ...], ...] = ((), ("resolved/settled",))
    stuffed = analyse("It was resolved.", points, None, False, WORDS, cues=cues)
    assert not stuffed.key_points[1].covered
    told = analyse(
        "After a week of trials we settled on the summary sheet.",
        points,
        None,
        False,
        WORDS,
        cues=cues,
    )
    assert told.key_points[1].covered
