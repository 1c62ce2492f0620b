"""Every validation rule of the bank format, with the line, column and field it reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from interview_tui.banks.model import DEFAULT_RUBRICS, BankError, Problem
from interview_tui.banks.parse import MAX_BANK_BYTES, parse_bank, parse_bank_file, slugify

P = Path("b.yaml")


def problems(text: str | bytes) -> list[Problem]:
    with pytest.raises(BankError) as caught:
        parse_bank(text, P)
    return list(caught.value.problems)


def one(text: str | bytes) -> Problem:
    found = problems(text)
    assert len(found) == 1, found
    return found[0]


MINIMAL = """\
role: interviewee
questions:
  - text: Tell me about yourself.
"""


def test_minimal_bank_gets_defaults() -> None:
    bank = parse_bank(MINIMAL, Path("my bank.yaml"))
    assert bank.id == "my_bank"
    assert bank.title == "My bank"
    assert bank.role == "interviewee"
    assert [q.id for q in bank.questions] == ["tell_me_about_yourself"]
    assert bank.criteria == DEFAULT_RUBRICS["interviewee"]
    assert bank.time_limit_for(bank.questions[0]) == 120


def test_full_bank() -> None:
    bank = parse_bank(
        """\
id: behavioral
title: Behavioral (STAR)
role: interviewer
description: Stories.
source: us
license: CC BY 4.0
time_limit: 1m30s
tags: [behavioral]
rubric:
  - id: structure
    label: Structure
    description: In order
  - id: impact
questions:
  - id: disagreement
    text: Tell me about a time you disagreed.
    category: Teamwork
    tags: conflict
    time_limit: 150
    tips: Keep it short.
    key_points: [the conflict, what you did]
    follow_ups: [What then?]
    listen_for: [ownership]
  - text: Second question?
    time_limit: "2m"
""",
        P,
    )
    assert bank.time_limit == 90
    assert [c.id for c in bank.criteria] == ["structure", "impact"]
    assert bank.criteria[1].label == "Impact"
    first, second = bank.questions
    assert first.tags == ("conflict",)
    assert first.tips == ("Keep it short.",)
    assert first.key_points == ("the conflict", "what you did")
    assert first.listen_for == ("ownership",)
    assert bank.time_limit_for(first) == 150
    assert bank.time_limit_for(second) == 120
    assert second.line == 24


def test_simplest_third_party_form() -> None:
    bank = parse_bank(
        """\
source: Someone else's list
license: CC0
role: interviewer
questions:
  - text: What does your typical day look like?
    category: Work
  - text: "Yes: what would you change?"
    category: Advice
""",
        P,
    )
    assert len(bank.questions) == 2


def test_text_that_yaml_would_read_as_other_types_is_kept_as_written() -> None:
    bank = parse_bank("role: interviewee\nquestions:\n  - text: yes\n    category: 2024-01-01\n", P)
    assert bank.questions[0].text == "yes"
    assert bank.questions[0].category == "2024-01-01"


@pytest.mark.parametrize(
    ("value", "seconds"),
    [("90", 90), ("'90s'", 90), ("2m", 120), ("1m30s", 90), ("1:30", 90), ("1h", 3600)],
)
def test_durations(value: str, seconds: int) -> None:
    bank = parse_bank(f"role: interviewee\ntime_limit: {value}\nquestions: [{{text: Q}}]\n", P)
    assert bank.time_limit == seconds


@pytest.mark.parametrize("value", ["abc", "-5", "0", "1.5", "true", "3h", "[1]", "2 minutes"])
def test_bad_durations_name_the_field(value: str) -> None:
    found = one(f"role: interviewee\nquestions:\n  - text: Q\n    time_limit: {value}\n")
    assert (found.line, found.column) == (4, 17)
    assert found.field == "questions[0].time_limit"


def test_all_problems_of_a_file_are_reported_together() -> None:
    found = problems(
        """\
role: interviewer
questions:
  - text: One
    time_limit: soon
  - text: Two
    tip: [a]
  - category: no text
"""
    )
    assert [(p.line, p.field) for p in found] == [
        (4, "questions[0].time_limit"),
        (6, "questions[1].tip"),
        (7, "questions[2].text"),
    ]
    assert "did you mean 'tips'?" in found[1].message
    assert "missing required key 'text'" in found[2].message


def test_problem_format_is_path_line_column() -> None:
    found = one("role: interviewee\nquestions:\n  - text: Q\n    tim_limit: 3\n")
    assert str(found) == (
        "b.yaml:4:5: error: questions[0].tim_limit: unknown key 'tim_limit'; "
        "did you mean 'time_limit'?"
    )


def test_unknown_top_level_key_without_close_match_lists_allowed_keys() -> None:
    found = one("role: interviewee\nzzz: 1\nquestions: [{text: Q}]\n")
    assert found.field == "zzz"
    assert "allowed keys: version, id, title" in found.message


def test_missing_role_and_questions() -> None:
    found = problems("title: Nothing\n")
    assert [p.field for p in found] == ["role", "questions"]


def test_bad_role_suggests() -> None:
    found = one("role: interviewr\nquestions: [{text: Q}]\n")
    assert found.field == "role"
    assert "did you mean 'interviewer'?" in found.message


def test_empty_bank_and_empty_file() -> None:
    assert "no questions" in one("role: interviewee\nquestions: []\n").message
    assert "empty" in one("").message
    assert "empty" in one("# only a comment\n").message


def test_top_level_must_be_a_mapping() -> None:
    assert "expected a mapping" in one("- a\n- b\n").message


def test_duplicate_explicit_question_ids() -> None:
    found = one("role: interviewee\nquestions:\n  - {id: a, text: One}\n  - {id: a, text: Two}\n")
    assert found.field == "questions[1].id"
    assert "duplicate question id 'a'" in found.message
    assert "line 3" in found.message


def test_same_question_twice() -> None:
    found = one("role: interviewee\nquestions:\n  - text: Same\n  - text: Same\n")
    assert "the same question as questions[0]" in found.message


def test_derived_ids_that_collide_are_made_unique() -> None:
    long = "Tell me about a time when you had to work with somebody difficult"
    bank = parse_bank(
        f"role: interviewee\nquestions:\n  - text: {long} at work\n  - text: {long} at home\n",
        P,
    )
    first, second = (q.id for q in bank.questions)
    assert first != second
    assert second.startswith(first)


def test_duplicate_keys_and_duplicate_criteria() -> None:
    found = problems(
        "role: interviewee\nrole: interviewer\nrubric: [{id: a}, {id: a}]\nquestions: [{text: Q}]\n"
    )
    assert [p.message for p in found] == ["duplicate key 'role'", "duplicate criterion id 'a'"]


def test_invalid_ids() -> None:
    found = one("id: my bank!\nrole: interviewee\nquestions: [{text: Q}]\n")
    assert found.field == "id"
    assert "'my_bank'" in found.message


def test_wrong_shapes() -> None:
    found = problems("role: [interviewee]\nquestions: {text: Q}\ntags: {a: 1}\n")
    assert [p.field for p in found] == ["role", "questions", "tags"]


def test_python_tags_are_refused_and_never_run(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    text = (
        "role: interviewee\nquestions:\n"
        f"  - text: !!python/object/apply:os.system ['touch {marker}']\n"
        "  - !!python/object:builtins.dict {text: Q}\n"
    )
    found = problems(text)
    assert not marker.exists()
    assert [p.line for p in found] == [3, 4]
    assert all("refused" in p.message for p in found)


def test_custom_tags_are_unsupported() -> None:
    assert (
        "unsupported tag !custom"
        in one("role: interviewee\nquestions: [{text: !custom Q}]\n").message
    )


def test_invalid_yaml_reports_position() -> None:
    found = one("role: interviewee\nquestions:\n  - text: [unclosed\n")
    assert found.message.startswith("invalid YAML")
    assert found.line >= 3


def test_not_utf8_reports_where() -> None:
    found = one(b"role: interviewee\nquestions:\n  - text: caf\xe9\n")
    assert (found.line, found.column) == (3, 14)
    assert "not UTF-8" in found.message


def test_utf8_bom_is_accepted() -> None:
    assert parse_bank(("\ufeff" + MINIMAL).encode(), P).role == "interviewee"


def test_big_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    with big.open("wb") as out:
        out.truncate(50 * 1024 * 1024)
    with pytest.raises(BankError) as caught:
        parse_bank_file(big)
    found = caught.value.problems
    assert "50.0 MB" in found[0].message and "split" in found[0].message
    assert MAX_BANK_BYTES < 50 * 1024 * 1024


def test_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(BankError) as caught:
        parse_bank_file(tmp_path / "missing.yaml")
    found = caught.value.problems
    assert "cannot read" in found[0].message


def test_version_key() -> None:
    assert parse_bank("version: 1\n" + MINIMAL, P).id == "b"
    assert one("version: 2\n" + MINIMAL).field == "version"


def test_aliases_are_plain_data() -> None:
    aliased = parse_bank(
        "role: interviewee\nquestions:\n  - {text: A, tips: &t [x, y]}\n  - {text: B, tips: *t}\n",
        P,
    )
    assert aliased.questions[1].tips == ("x", "y")


def test_slugify() -> None:
    assert slugify("Tell me about yourself!") == "tell_me_about_yourself"
    assert len(slugify("word " * 40)) <= 40
    assert slugify("???")  # never empty


def test_criteria_without_ids_are_problems_not_crashes() -> None:
    found = problems("role: interviewee\nrubric: [{}, {}]\nquestions: [{text: Q}]\n")
    assert [p.field for p in found] == ["rubric[0].id", "rubric[1].id"]


def test_key_points_may_carry_cues_and_banks_a_checklist() -> None:
    bank = parse_bank(
        """\
role: interviewee
checklist: [Research the organisation, Pick five stories]
questions:
  - text: Tell me about a disagreement.
    key_points:
      - the other person's view
      - text: how it was resolved
        cues: [agreed/settled/compromise, in the end]
""",
        P,
    )
    question = bank.questions[0]
    assert bank.checklist == ("Research the organisation", "Pick five stories")
    assert question.key_points == ("the other person's view", "how it was resolved")
    assert question.key_point_cues == ((), ("agreed/settled/compromise", "in the end"))


def test_a_key_point_mapping_needs_text_and_known_keys() -> None:
    found = problems(
        """\
role: interviewee
questions:
  - text: Tell me about a disagreement.
    key_points:
      - cues: [agreed]
      - text: resolved
        cue: [agreed]
"""
    )
    fields = {problem.field for problem in found}
    assert fields == {"questions[0].key_points[0].text", "questions[0].key_points[1].cue"}
