"""The interviewer's question checker: every rule, flagged and not flagged, and any text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interview_tui.coaching.checker import WHY, QuestionFlag, Rule, check_question
from interview_tui.coaching.wordlists import load_word_lists

WORDS = load_word_lists()


def rules(text: str, informational: bool = False) -> list[Rule]:
    return [flag.rule for flag in check_question(text, WORDS, informational)]


def flagged(text: str, rule: Rule, informational: bool = False) -> list[str]:
    """The flagged stretches of ``text`` for one rule."""
    return [
        text[f.start : f.end] for f in check_question(text, WORDS, informational) if f.rule == rule
    ]


def only(text: str, rule: Rule, informational: bool = False) -> QuestionFlag:
    (flag,) = [f for f in check_question(text, WORDS, informational) if f.rule == rule]
    return flag


# --- open questions: nothing to flag ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "What do you find most rewarding about the work?",
        "How did you get into this field?",
        "Tell me about a time you changed your mind.",
        "Could you walk me through a typical week?",
        "Can you tell me about the team?",
        "Would you describe your role?",
        "Could you please explain how decisions get made?",
        "Would you mind explaining how the rota works?",
        "Could you say more about that?",
        "Could you refer me to someone else I should talk to?",
        "Could I ask how you prepared?",
        "Why?",
        "What did you like about it, and why?",
        "If you could change one thing, what would it be?",
        "When you joined, what surprised you?",
        "Which parts do you enjoy, and which do you put off?",
        "What was within your control, and what was not?",
        "Tell me about the project and how you got it funded.",
        "Could you describe the project and what it was like?",
        "How long and how often?",
        "I read your article on onboarding. What made you write it?",
        "What would you do differently?\nHow did the team react?\nWhat happened next?",
        "",
        "   \n\t ",
    ],
)
def test_open_questions_are_not_flagged(text: str) -> None:
    assert check_question(text, WORDS, informational=True) == ()


# --- yes/no ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Do you find the work rewarding?",  # decided: flagged; "What do you find…" is open
        "Did you enjoy the project?",
        "Is it stressful?",
        "Are there many meetings?",
        "Was the move worth it?",
        "Have you ever failed?",
        "Has the team grown?",
        "Can you think of a time you failed?",
        "Could it have been avoided?",
        "Would you do it again?",
        "Will the role change?",
        "Should I learn Rust first?",
        "Don't you miss coding?",
        "Does the team work remotely",  # unfinished: still being typed
        "So, do you enjoy it?",
        "Do you think...?",
        "Would you describe your role as technical?",
        "Would you say it was hard?",
    ],
)
def test_yes_no_questions_are_flagged(text: str) -> None:
    assert flagged(text, "yes_no") == [text]


def test_yes_no_in_a_later_clause() -> None:
    text = "When you started, did you have a mentor?"
    assert flagged(text, "yes_no") == ["did you have a mentor?"]
    assert only(text, "yes_no").start == text.index("did")


def test_a_statement_is_not_checked_for_yes_no() -> None:
    assert rules("Is it fine to record this. Tell me about your day.") == []


def test_an_auxiliary_mid_sentence_needs_a_subject() -> None:
    assert rules("What matters most, is what I wonder?") == []


def test_yes_no_suggestion_offers_the_open_form() -> None:
    flag = only("Do you find the work rewarding?", "yes_no")
    assert flag.why == WHY["yes_no"]
    assert "'What do you find…?'" in flag.suggestion
    assert "'What did you enjoy…?'" in only("Didn't you enjoy it?", "yes_no").suggestion
    assert (
        "'How would you describe…?'" in only("Would you describe it as fun?", "yes_no").suggestion
    )
    assert "Tell me about a time" in only("Have you ever failed?", "yes_no").suggestion
    assert "Tell me about a time" in only("Can you think of a time?", "yes_no").suggestion
    assert "What is it like" in only("Is it stressful?", "yes_no").suggestion


def test_suggested_rewordings_are_open() -> None:
    for text in ("What do you find…?", "What did you enjoy…?", "How would you describe…?"):
        assert rules(text) == []


# --- leading ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("Wouldn't you agree that remote work is better?", "Wouldn't you agree"),
        ("Don't you think the process is too slow?", "Don't you think"),
        ("Isn't it true that juniors learn faster on site?", "Isn't it true"),
        ("Surely that was the right call?", "Surely"),
        ("You must have been proud of that?", "You must have"),
        ("What, obviously, made it work?", "obviously"),
        ("Don\u2019t you think so?", "Don\u2019t you think"),
    ],
)
def test_leading_phrases_are_flagged(text: str, phrase: str) -> None:
    assert flagged(text, "leading") == [phrase]


def test_a_leading_opening_is_also_a_yes_no_flag() -> None:
    # Labelled so by the coach (tests/eval/questions.yaml): it asks for a nod, so both apply.
    assert rules("Wouldn't you agree that remote work is better?") == ["yes_no", "leading"]


@pytest.mark.parametrize(
    "text, tag",
    [
        ("You enjoyed it, right?", ", right?"),
        ("The hours were long, isn't it?", ", isn't it?"),
        ("You like the team, don't you?", ", don't you?"),
        ("That was the plan, correct?", ", correct?"),
    ],
)
def test_tag_questions_are_leading(text: str, tag: str) -> None:
    assert flagged(text, "leading") == [tag]
    assert flagged(text, "yes_no") == [text]  # a statement put up for a nod is closed too


@pytest.mark.parametrize(
    "text",
    [
        "What is the right way to start?",
        "Is that right?",  # yes/no, but no tag
        "How did you know it was the right call?",
        "What would you agree to give up?",
        "What don't you think works?",
        "How clearly did they explain it?",
    ],
)
def test_not_leading(text: str) -> None:
    assert flagged(text, "leading") == []


# --- double ----------------------------------------------------------------------------------


def test_two_question_marks_on_one_line() -> None:
    text = "What do you do? How did you start? Why?"
    flag = only(text, "double")
    assert text[flag.start : flag.end] == "How did you start?"  # "Why?" is a reason probe
    assert "'How did you start?'" in flag.suggestion
    assert flag.why == WHY["double"]


def test_questions_on_separate_lines_are_checked_one_by_one() -> None:
    text = "What do you do?\nDo you like it?\nHow did you start?"
    flags = check_question(text, WORDS)
    assert [(f.rule, text[f.start : f.end]) for f in flags] == [("yes_no", "Do you like it?")]


@pytest.mark.parametrize(
    "text, second",
    [
        ("What did you learn and how did you apply it?", "and how did you apply it?"),
        ("What went wrong and what happened next?", "and what happened next?"),
        ("Who decided, and were they aware of the cost?", "and were they aware of the cost?"),
        ("Why did you leave and what's next?", "and what's next?"),
        ("How did you start and how long did it take?", "and how long did it take?"),
        ("Do you enjoy it and would you recommend it?", "and would you recommend it?"),
    ],
)
def test_two_questions_joined_by_and(text: str, second: str) -> None:
    assert flagged(text, "double") == [second]


def test_double_suggestion_quotes_the_second_question() -> None:
    flag = only("What did you learn and how did you apply it?", "double")
    assert flag.suggestion == (
        "Ask one thing at a time: end the first question before 'and', and keep "
        "'how did you apply it?' as a follow-up."
    )


@pytest.mark.parametrize(
    "text",
    [
        "What did you like and why?",
        "What did you like, and why not?",
        "Do you remember what happened and why it failed?",
        "Tell me about the launch and how you decided the date.",
        "Could you tell me about your role and how you got it?",
        "What did you learn about how and why teams fail?",
        "What did you and your manager agree?",
    ],
)
def test_not_two_questions(text: str) -> None:
    assert flagged(text, "double") == []


# --- job asks --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("Are you hiring at the moment?", "Are you hiring"),
        ("Is your team hiring?", "Is your team hiring"),
        ("Are there any openings for someone like me?", "any openings"),
        ("Could you refer me for a role?", "refer me for"),
        ("Would you hire me?", "hire me"),
        ("Is there a job here for me?", "a job here"),
        ("Are there open positions on your team?", "open positions on your"),
        ("Could you pass on my CV?", "pass on my CV"),
    ],
)
def test_job_asks_are_flagged_in_informational_conversations(text: str, phrase: str) -> None:
    assert flagged(text, "job_ask", informational=True) == [phrase]
    assert flagged(text, "job_ask", informational=False) == []


@pytest.mark.parametrize(
    "text",
    [
        "How did you get your job?",
        "What does your job involve?",
        "How does someone usually land a job in this field?",
        "How do people usually find openings in this field?",
        "Could you refer me to someone else I should talk to?",
        "What is hiring like in your field?",
        "Who else would you suggest I talk to?",
    ],
)
def test_questions_about_jobs_are_not_job_asks(text: str) -> None:
    assert flagged(text, "job_ask", informational=True) == []


def test_job_ask_says_why_and_suggests_the_path() -> None:
    flag = only("Any openings?", "job_ask", informational=True)
    assert flag.why == WHY["job_ask"]
    assert "Who else would you suggest I talk to?" in flag.suggestion
    # The suggested questions pass the checker themselves.
    assert check_question("How do people usually find openings in this field?", WORDS, True) == ()


# --- flags in general ------------------------------------------------------------------------


def test_every_reason_is_one_sentence() -> None:
    for why in WHY.values():
        assert why.endswith(".") and why.count(". ") == 0


def test_flags_are_ordered_by_position() -> None:
    text = "What do you do? Surely it is fun, right? How did you start?"
    flags = check_question(text, WORDS)
    assert [(f.rule, text[f.start : f.end]) for f in flags] == [
        ("yes_no", "Surely it is fun, right?"),
        ("leading", "Surely"),
        ("leading", ", right?"),
        ("double", "How did you start?"),
    ]
    assert [f.start for f in flags] == sorted(f.start for f in flags)


QUESTIONISH = st.lists(
    st.sampled_from(
        [
            "do",
            "you",
            "and",
            "how",
            "what",
            "did",
            ",",
            "?",
            "right",
            "isn't",
            "it",
            "\n",
            "surely",
            "hire",
            "me",
            "could",
            "tell",
            "why",
            "not",
            "which",
            ".",
            "any",
            "openings",
            "…",
            "\u2019",
            "'",
            "--",
            "I",
        ]
    )
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.text(), QUESTIONISH, st.text(" \n\t?.,")), informational=st.booleans())
def test_check_question_never_fails_and_stays_in_bounds(text: str, informational: bool) -> None:
    for flag in check_question(text, WORDS, informational):
        assert 0 <= flag.start < flag.end <= len(text)
        assert flag.why and flag.suggestion
        assert flag.rule != "job_ask" or informational


def test_a_long_pasted_text_is_fine() -> None:
    text = "Do you like it? " * 2000 + "\n" * 500
    flags = check_question(text, WORDS)
    assert sum(f.rule == "yes_no" for f in flags) == 2000
    assert sum(f.rule == "double" for f in flags) == 1


def test_no_bundled_interviewer_question_or_follow_up_is_flagged(tmp_path: Path) -> None:
    """Our own banks must model what the checker teaches (issue 14): every question and
    follow-up, checked in its bank's context (job asks in informational and exploratory
    banks, protected characteristics in hiring banks)."""
    from interview_tui.banks.sources import default_sources, load_banks
    from interview_tui.coaching.applies import question_kind

    result = load_banks(default_sources(tmp_path / "no-user-banks"))
    flagged = []
    checked = 0
    for bank in result.banks:
        if bank.role != "interviewer":
            continue
        for question in bank.questions:
            kind = question_kind(question, bank)
            for text in (question.text, *question.follow_ups):
                checked += 1
                for flag in check_question(text, WORDS, kind.informational, kind.hiring):
                    flagged.append((bank.id, question.id, flag.rule, text))
    assert checked > 300
    assert flagged == []


# --- issue 13: the awkward cases a coach found ------------------------------------------------


def kinds(text: str, context: str = "") -> set[str]:
    flags = check_question(text, WORDS, context == "informational", context == "hiring")
    return {flag.rule for flag in flags}


@pytest.mark.parametrize(
    "text",
    [
        "What did you find hardest about your first year? Why?",  # a reason probe
        "Would you choose the same degree again? Why or why not?",  # needs an answer either way
        "Which certification helped you most? What makes you say that?",
        "Where do you see UX research going in three years? Five years?",  # elliptical
        "What soft skills matter most? For example listening, patience, keeping boundaries?",
        "What's the best part of the job, and what's the hardest?",  # one set, two sides
        "What, if anything, would you change about the way you trained?",
        "Is the work mostly on site, in the office, or split between the two?",  # a choice
        "Tell me more about that. What happened after the merger?",
        "I imagine you get asked this a lot, but how did you get started?",  # a courtesy
    ],
)
def test_one_question_asked_well_is_not_flagged(text: str) -> None:
    assert kinds(text, "informational") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Would it be fair to say teaching is more admin than teaching?", {"yes_no", "leading"}),
        ("I take it you enjoy the travel?", {"yes_no", "leading"}),
        ("Presumably you needed a degree to get in?", {"yes_no", "leading"}),
        ("How much do you hate the paperwork?", {"leading"}),  # a loaded premise, open stem
        ("Have you ever regretted it? If so, why?", {"yes_no"}),  # "no" still ends it
        ("Could you keep me in mind for the next intake?", {"job_ask"}),  # no yes/no rewording
        ("Could you send me the job link so I can apply?", {"job_ask"}),
        ("Is anyone on your team looking for someone like me?", {"job_ask"}),
        (
            "When did you last write SQL, how complex was the query, and who used the results?",
            {"double"},
        ),
        ("What software do you use, and which course taught you the most?", {"double"}),
        ("Tell me about your last role. Why did you leave?", {"double"}),
    ],
)
def test_issue_13_flags(text: str, expected: set[str]) -> None:
    assert kinds(text, "informational") == expected


def test_openings_asked_about_as_advice_are_not_a_job_ask() -> None:
    text = "When there are openings on your team, what makes an applicant stand out?"
    assert kinds(text, "informational") == set()


def test_protected_characteristics_only_in_hiring_with_a_lawful_alternative() -> None:
    text = "How old are you, and how many years of sales experience do you have?"
    assert kinds(text, "hiring") == {"illegal", "double"}
    assert "illegal" not in kinds(text, "informational")
    (flag,) = [f for f in check_question(text, WORDS, hiring=True) if f.rule == "illegal"]
    assert text[flag.start : flag.end] == "How old"
    assert flag.why.startswith("It asks about age.")
    assert "experience the job needs" in flag.suggestion
    # Lawful checks and their look-alikes are not flagged.
    for lawful in (
        "Are you legally entitled to work in this country?",
        "How many years have you worked with payroll systems?",
        "What adjustments, if any, would make today's interview easier for you?",
    ):
        assert kinds(lawful, "hiring") == set(), lawful


def test_a_protected_topic_gets_no_yes_no_or_leading_hint_and_one_flag_per_span() -> None:
    # Two topics are two questions; one topic asked twice is one line of questioning.
    assert kinds("Do you have kids? Do you have kids?", "hiring") == {"illegal"}
    flags = check_question("Are you married? Do you have kids?", WORDS, hiring=True)
    assert {f.rule for f in flags} == {"illegal", "double"}
    spans = [(f.rule, f.start, f.end) for f in flags]
    assert len(spans) == len(set(spans))
