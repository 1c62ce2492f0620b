"""Your own questions: editing a bank file as text, keeping everything the edit does not touch."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interview_tui.banks.model import BankSource
from interview_tui.banks.personal import (
    QuestionDraft,
    add_question,
    import_text,
    personal_bank_path,
    remove_question,
    update_question,
)
from interview_tui.banks.sources import load_bank, load_banks
from interview_tui.cli.main import main
from interview_tui.errors import UserError
from interview_tui.paths import Paths

HAND = """\
# My hand-made bank.
# It has comments everywhere.
id: hand   # the id
title: Hand made
role: interviewee
time_limit: 2m

questions:
  # --- First section ---
  - id: first
    text: What is your first question?   # inline comment
    tips:
      - one tip
  # a comment between

  - text: Second question, no explicit id.
    category: Derived
    key_points: [a, b]

  # --- Third ---
  - id: third
    text: >-
      A folded
      third question.
    follow_ups:
      - Why?
    # a comment inside the third question, after its keys
# a comment at column 0 after the questions
tags: [mine]   # a key after the questions
"""
FIRST = """\
  - id: first
    text: What is your first question?   # inline comment
    tips:
      - one tip
"""
SECOND = """\
  - text: Second question, no explicit id.
    category: Derived
    key_points: [a, b]
"""
THIRD_AND_ITS_COMMENT = """\
      - Why?
    # a comment inside the third question, after its keys
"""
SECOND_ID = "second_question_no_explicit_id"

TRICKY = [
    "Tell me: why do you want this job?",
    "key: value # not a comment",
    "What does '#1' mean to you?",
    "He said \"no\", then 'yes'. Why?",
    "- a leading dash, like a list item",
    "* a leading star",
    "? a leading question mark",
    "[flow] {like} this, & an *alias !tag @at `tick` % percent |pipe >fold",
    "Étiez-vous déjà à Zürich? 日本語の質問ですか？ 🙂",
    "yes",
    "null",
    "123",
    "1_000",
    "0x1F",
    "2024-01-01",
    "trailing colon:",
    "line one\nline two\n\n  indented third",
    "tab\tinside",
    "a\u2028line separator and a \x85 next line",
    "short\x85x",
    "x\u2029y",
    " ".join(["word"] * 400),  # 1,999 characters that fold over many lines
    "x" * 2000,  # one 2,000-character word
]


@pytest.fixture
def bank_file(tmp_path: Path) -> Path:
    path = tmp_path / "banks" / "hand.yaml"
    path.parent.mkdir()
    path.write_text(HAND, encoding="utf-8")
    return path


def texts_of(path: Path) -> list[str]:
    return [question.text for question in load_bank(path).questions]


def refused(path: Path, call, match: str) -> None:  # type: ignore[no-untyped-def]
    """``call`` raises a UserError and leaves ``path`` (and its folder) exactly as it was."""
    before = path.read_bytes() if path.exists() else None
    listing = sorted(os.listdir(path.parent)) if path.parent.exists() else None
    with pytest.raises(UserError, match=match):
        call()
    assert (path.read_bytes() if path.exists() else None) == before
    assert (sorted(os.listdir(path.parent)) if path.parent.exists() else None) == listing


# -- adding -----------------------------------------------------------------------------------


def test_personal_bank_path_per_role(tmp_path: Path) -> None:
    assert personal_bank_path(tmp_path, "interviewee") == tmp_path / "my_interviewee.yaml"
    assert personal_bank_path(tmp_path, "interviewer") == tmp_path / "my_interviewer.yaml"


def test_add_to_a_new_file_creates_folders_header_and_question(tmp_path: Path) -> None:
    path = personal_bank_path(tmp_path / "config" / "banks", "interviewee")
    draft = QuestionDraft(
        "Why this role?", category="Motivation", time_limit=90, tips=("Be specific",), tags=("x",)
    )
    assert add_question(path, "interviewee", draft) == "why_this_role"
    assert path.read_text(encoding="utf-8") == (
        "# Your own interviewee questions, written by interview-tui.\n"
        "# You can edit this file by hand too: comments and layout are kept.\n"
        "id: my_interviewee\n"
        "title: My questions (interviewee)\n"
        "role: interviewee\n"
        "questions:\n"
        "  - id: why_this_role\n"
        "    text: Why this role?\n"
        "    category: Motivation\n"
        "    tags:\n"
        "      - x\n"
        "    time_limit: 90\n"
        "    tips:\n"
        "      - Be specific\n"
    )
    bank = load_bank(path)
    assert (bank.id, bank.title, bank.role) == (
        "my_interviewee",
        "My questions (interviewee)",
        "interviewee",
    )
    assert QuestionDraft.from_question(bank.questions[0]) == draft


def test_add_several_only_appends(tmp_path: Path) -> None:
    path = personal_bank_path(tmp_path, "interviewer")
    texts = ["What does a typical week look like?", "How did you get started?", "Who else?"]
    before = ""
    for text in texts:
        add_question(path, "interviewer", QuestionDraft(text, listen_for=("stories",)))
        now = path.read_text(encoding="utf-8")
        assert now.startswith(before) and len(now) > len(before)
        before = now
    bank = load_bank(path)
    assert bank.role == "interviewer"
    assert [q.id for q in bank.questions] == [
        "what_does_a_typical_week_look_like",
        "how_did_you_get_started",
        "who_else",
    ]
    assert all(q.listen_for == ("stories",) for q in bank.questions)


def test_ids_stay_unique_when_texts_slugify_alike(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    ids = [
        add_question(path, "interviewee", QuestionDraft(text))
        for text in ("Why this company?", "Why this company!", "WHY this company...")
    ]
    assert ids == ["why_this_company", "why_this_company_2", "why_this_company_3"]
    assert [q.id for q in load_bank(path).questions] == ids


def test_new_id_avoids_a_derived_id_of_a_hand_written_question(bank_file: Path) -> None:
    new_id = add_question(
        bank_file, "interviewee", QuestionDraft("Second question: no explicit id")
    )
    assert new_id == f"{SECOND_ID}_2"
    assert [q.id for q in load_bank(bank_file).questions] == ["first", SECOND_ID, "third", new_id]


def test_add_to_a_hand_written_bank_keeps_every_byte(bank_file: Path) -> None:
    assert add_question(bank_file, "interviewee", QuestionDraft("A new one?")) == "a_new_one"
    # After the last question and the comment indented under it; nothing else moves.
    expected = HAND.replace(
        THIRD_AND_ITS_COMMENT,
        THIRD_AND_ITS_COMMENT + "  - id: a_new_one\n    text: A new one?\n",
    )
    assert bank_file.read_text(encoding="utf-8") == expected


def test_add_into_an_empty_questions_key_keeps_comments(tmp_path: Path) -> None:
    path = tmp_path / "start.yaml"
    path.write_text("# mine\nrole: interviewee\nquestions:   # none yet\n# end\n")
    add_question(path, "interviewee", QuestionDraft("First?"))
    assert path.read_text() == (
        "# mine\nrole: interviewee\nquestions:   # none yet\n"
        "  - id: first\n    text: First?\n# end\n"
    )
    assert texts_of(path) == ["First?"]


def test_add_into_empty_flow_list_and_missing_key(tmp_path: Path) -> None:
    empty = tmp_path / "empty.yaml"
    empty.write_text("role: interviewer\nquestions: []\n")
    add_question(empty, "interviewer", QuestionDraft("Q?"))
    assert empty.read_text() == "role: interviewer\nquestions: \n  - id: q\n    text: Q?\n"
    missing = tmp_path / "missing.yaml"
    missing.write_text("role: interviewer  # no questions yet")
    add_question(missing, "interviewer", QuestionDraft("Q?"))
    assert missing.read_text() == (
        "role: interviewer  # no questions yet\nquestions:\n  - id: q\n    text: Q?\n"
    )


def test_add_to_a_file_holding_only_comments_keeps_them(tmp_path: Path) -> None:
    path = tmp_path / "my_interviewee.yaml"
    path.write_text("# notes for later\n")
    add_question(path, "interviewee", QuestionDraft("Q?"))
    text = path.read_text()
    assert text.startswith("# notes for later\nid: my_interviewee\n")
    assert texts_of(path) == ["Q?"]


def test_add_refuses_a_bank_of_the_other_role(bank_file: Path) -> None:
    refused(
        bank_file,
        lambda: add_question(bank_file, "interviewer", QuestionDraft("Q?")),
        "interviewee questions, not interviewer",
    )


def test_empty_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    refused(path, lambda: add_question(path, "interviewee", QuestionDraft("  \n ")), "needs")


# -- editing and removing -------------------------------------------------------------------


def test_update_replaces_only_that_block(bank_file: Path) -> None:
    draft = QuestionDraft(
        "Second, reworded: now with 'quotes'", time_limit=45, follow_ups=("And then?",)
    )
    update_question(bank_file, SECOND_ID, draft)
    new_block = (
        f"  - id: {SECOND_ID}\n"
        "    text: 'Second, reworded: now with ''quotes'''\n"
        "    time_limit: 45\n"
        "    follow_ups:\n"
        "      - And then?\n"
    )
    assert bank_file.read_text(encoding="utf-8") == HAND.replace(SECOND, new_block)
    bank = load_bank(bank_file)
    assert [q.id for q in bank.questions] == ["first", SECOND_ID, "third"]
    assert QuestionDraft.from_question(bank.questions[1]) == draft


def test_update_by_explicit_id_keeps_the_id(bank_file: Path) -> None:
    update_question(bank_file, "first", QuestionDraft("Completely different wording?"))
    assert bank_file.read_text(encoding="utf-8") == HAND.replace(
        FIRST, "  - id: first\n    text: Completely different wording?\n"
    )
    assert load_bank(bank_file).questions[0].id == "first"


def test_remove_takes_only_the_block(bank_file: Path) -> None:
    remove_question(bank_file, "first")
    assert bank_file.read_text(encoding="utf-8") == HAND.replace(FIRST, "")
    remove_question(bank_file, SECOND_ID)
    assert bank_file.read_text(encoding="utf-8") == HAND.replace(FIRST, "").replace(SECOND, "")
    assert [q.id for q in load_bank(bank_file).questions] == ["third"]


def test_removing_the_last_question_deletes_the_file(tmp_path: Path) -> None:
    path = personal_bank_path(tmp_path, "interviewee")
    question_id = add_question(path, "interviewee", QuestionDraft("Only one?"))
    remove_question(path, question_id)
    assert not path.exists()
    assert add_question(path, "interviewee", QuestionDraft("Again?")) == "again"
    assert texts_of(path) == ["Again?"]


def test_remove_pins_the_id_of_a_question_that_would_lose_it(tmp_path: Path) -> None:
    path = tmp_path / "alike.yaml"
    path.write_text("role: interviewee\nquestions:\n  - text: Why us?\n  - text: Why us!\n")
    ids = [q.id for q in load_bank(path).questions]
    assert ids[0] == "why_us" and ids[1].startswith("why_us_")
    remove_question(path, "why_us")
    # Without the pin the second question would become `why_us` and lose its history.
    assert (
        path.read_text() == f"role: interviewee\nquestions:\n  - id: {ids[1]}\n    text: Why us!\n"
    )
    assert [q.id for q in load_bank(path).questions] == [ids[1]]


def test_unknown_id_and_missing_file(bank_file: Path, tmp_path: Path) -> None:
    refused(bank_file, lambda: update_question(bank_file, "nope", QuestionDraft("Q?")), "'nope'")
    refused(bank_file, lambda: remove_question(bank_file, "nope"), "no question with id")
    missing = tmp_path / "none.yaml"
    refused(missing, lambda: remove_question(missing, "x"), "does not exist")


def test_crlf_and_bom_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "windows.yaml"
    original = "\ufeff# crlf\r\nrole: interviewee\r\nquestions:\r\n  - id: a\r\n    text: A?\r\n"
    path.write_bytes(original.encode("utf-8"))
    add_question(path, "interviewee", QuestionDraft("B?"))
    assert path.read_bytes().decode("utf-8") == original + "  - id: b\r\n    text: B?\r\n"
    update_question(path, "a", QuestionDraft("A2?"))
    assert path.read_bytes().decode("utf-8").startswith("\ufeff# crlf\r\n")
    assert texts_of(path) == ["A2?", "B?"]


def test_editing_through_a_symlink_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "real.yaml"
    real.write_text("role: interviewee\nquestions:\n  - id: a\n    text: A?\n")
    link = tmp_path / "link.yaml"
    link.symlink_to(real)
    add_question(link, "interviewee", QuestionDraft("B?"))
    assert link.is_symlink() and texts_of(real) == ["A?", "B?"]


# -- round trips ------------------------------------------------------------------------------


@pytest.mark.parametrize("text", TRICKY, ids=range(len(TRICKY)))
def test_tricky_texts_round_trip(bank_file: Path, text: str) -> None:
    draft = QuestionDraft(
        text,
        category=text[:50].strip(),
        tips=(text,),
        key_points=(text, "plain"),
        tags=(text[:30].strip(),),
    )
    new_id = add_question(bank_file, "interviewee", draft)
    assert QuestionDraft.from_question(load_bank(bank_file).questions[-1]) == draft
    update_question(bank_file, SECOND_ID, draft)
    bank = load_bank(bank_file)
    assert QuestionDraft.from_question(bank.questions[1]) == draft
    assert [q.id for q in bank.questions] == ["first", SECOND_ID, "third", new_id]
    assert bank_file.read_text(encoding="utf-8").startswith(HAND.split(SECOND)[0])


def test_surrounding_whitespace_and_empty_entries_are_dropped(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    add_question(path, "interviewee", QuestionDraft("  Why?\r\n", tips=(" a ", "", "  ")))
    assert QuestionDraft.from_question(load_bank(path).questions[0]) == QuestionDraft(
        "Why?", tips=("a",)
    )


# Characters that YAML treats specially, mixed in often enough to be found.
AWKWARD = st.text(st.sampled_from("a :#-'\"\\\n\r\t\x85\u2028\u2029\ufeff[]{}&*!|>%@`"))


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(min_size=1, max_size=300) | AWKWARD,
    tip=st.text(max_size=80) | AWKWARD,
    category=st.text(max_size=40) | AWKWARD,
)
def test_any_text_reads_back_or_is_refused_cleanly(text: str, tip: str, category: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "mine.yaml"
        add_question(path, "interviewee", QuestionDraft("Anchor question?"))
        before = path.read_bytes()
        draft = QuestionDraft(text, category=category, tips=(tip,))
        try:
            add_question(path, "interviewee", draft)
        except UserError:
            assert path.read_bytes() == before
            return
        written = load_bank(path).questions[-1]
        assert written.text == text.replace("\r\n", "\n").replace("\r", "\n").strip()
        assert written.category == category.replace("\r\n", "\n").replace("\r", "\n").strip()


# -- refusals ---------------------------------------------------------------------------------


def test_an_invalid_result_is_refused_and_the_file_untouched(bank_file: Path) -> None:
    too_short = QuestionDraft("Quick?", time_limit=1)
    refused(bank_file, lambda: add_question(bank_file, "interviewee", too_short), "out of range")
    refused(bank_file, lambda: update_question(bank_file, "first", too_short), "not saved")


def test_an_invalid_new_file_is_not_created(tmp_path: Path) -> None:
    path = tmp_path / "banks" / "my_interviewee.yaml"
    refused(
        path,
        lambda: add_question(path, "interviewee", QuestionDraft("Q?", time_limit=99_999)),
        "not saved",
    )
    assert not path.exists()


def test_flow_style_questions_are_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "flow.yaml"
    path.write_text("role: interviewee\nquestions: [{text: A?}, {id: b, text: B?}]\n")
    for call in (
        lambda: add_question(path, "interviewee", QuestionDraft("C?")),
        lambda: update_question(path, "b", QuestionDraft("B2?")),
        lambda: remove_question(path, "b"),
    ):
        refused(path, call, "flow style")


def test_a_flow_style_bank_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "flow.yaml"
    path.write_text("{role: interviewee, questions: [{text: A?}]}\n")
    refused(path, lambda: add_question(path, "interviewee", QuestionDraft("C?")), "flow style")


def test_aliases_are_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "alias.yaml"
    path.write_text(
        "role: interviewee\nquestions:\n  - text: A?\n    tips: &t [x]\n"
        "  - text: B?\n    tips: *t\n"
    )
    refused(path, lambda: remove_question(path, "a"), "aliases")


def test_a_broken_bank_is_refused_untouched(bank_file: Path) -> None:
    bank_file.write_text(HAND.replace("category: Derived", "categry: Derived"))
    refused(
        bank_file,
        lambda: add_question(bank_file, "interviewee", QuestionDraft("Q?")),
        "fix them first.*did you mean 'category'",
    )
    refused(bank_file, lambda: remove_question(bank_file, "first"), "fix them first")


@pytest.mark.parametrize(
    ("content", "match"),
    [
        (b"role: interviewee\nquestions:\n  - text: caf\xe9?\n", "not UTF-8 .*line 3"),
        (b"role: interviewee\nquestions:\n  - text: [unclosed\n", "not valid YAML"),
        (b"- just\n- a list\n", "not a question bank"),
        (b"role: interviewee\nquestions: 3\n", "must be a list"),
    ],
)
def test_files_that_are_not_banks_are_refused(tmp_path: Path, content: bytes, match: str) -> None:
    path = tmp_path / "odd.yaml"
    path.write_bytes(content)
    refused(path, lambda: add_question(path, "interviewee", QuestionDraft("Q?")), match)
    refused(path, lambda: remove_question(path, "q"), match)


def test_messages_are_one_line(tmp_path: Path) -> None:
    path = tmp_path / "odd.yaml"
    path.write_bytes(b"role: interviewee\nquestions:\n  - text: [unclosed\n")
    with pytest.raises(UserError) as caught:
        add_question(path, "interviewee", QuestionDraft("Q?"))
    assert "\n" not in str(caught.value)


# -- loading and validating -------------------------------------------------------------------


def test_the_personal_bank_loads_with_the_others_and_validates(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = isolated_dirs.user_banks_dir
    for role in ("interviewee", "interviewer"):
        path = personal_bank_path(folder, role)
        for text in TRICKY[:5]:
            add_question(path, role, QuestionDraft(text, tips=("tip",)))
    result = load_banks([BankSource(folder, "user")])
    assert result.problems == ()
    assert {bank.id for bank in result.banks} == {"my_interviewee", "my_interviewer"}
    assert main(["validate", str(folder)]) == 0
    assert main(["validate"]) == 0  # with the bundled banks: no id clash
    assert "ok:" in capsys.readouterr().out


# -- importing text ---------------------------------------------------------------------------


def test_import_text_strips_bullets_numbers_comments_and_blank_lines(tmp_path: Path) -> None:
    source = tmp_path / "job posting.txt"
    source.write_text(
        "# Questions from the Acme posting\n"
        "\n"
        "- Why Acme?\n"
        "* What would your first month look like?\n"
        "1. How do you handle ambiguity?\n"
        "  12) Tell me about: a hard bug\n"
        "• Bulleted with a dot\n"
        "   \n"
        "Plain line, no bullet\n"
        "- Why Acme?\n"
        "-not a bullet\n",
        encoding="utf-8",
    )
    dest = import_text(source, tmp_path / "banks", "interviewee", category="Acme")
    assert dest == tmp_path / "banks" / "job_posting.yaml"
    bank = load_bank(dest)
    assert (bank.id, bank.title, bank.role) == ("job_posting", "Job posting", "interviewee")
    assert [q.text for q in bank.questions] == [
        "Why Acme?",
        "What would your first month look like?",
        "How do you handle ambiguity?",
        "Tell me about: a hard bug",
        "Bulleted with a dot",
        "Plain line, no bullet",
        "-not a bullet",
    ]
    assert all(q.category == "Acme" for q in bank.questions)
    assert dest.read_text(encoding="utf-8").startswith("# Imported by interview-tui from job")


def test_import_text_with_id_and_title_then_add_to_it(tmp_path: Path) -> None:
    source = tmp_path / "q.txt"
    source.write_text("\ufeffWhat now?\nWhat now!\n", encoding="utf-8")
    dest = import_text(source, tmp_path, "interviewer", bank_id="acme", title="Acme: 'call'")
    bank = load_bank(dest)
    assert (bank.id, bank.title) == ("acme", "Acme: 'call'")
    assert [q.id for q in bank.questions] == ["what_now", "what_now_2"]
    assert add_question(dest, "interviewer", QuestionDraft("What now?!")) == "what_now_3"


def test_import_text_refuses_to_overwrite(tmp_path: Path) -> None:
    source = tmp_path / "q.txt"
    source.write_text("A?\n")
    dest = import_text(source, tmp_path / "banks", "interviewee")
    refused(dest, lambda: import_text(source, tmp_path / "banks", "interviewee"), "already exists")


@pytest.mark.parametrize(
    ("content", "kwargs", "match"),
    [
        (b"\n# only a comment\n  \n", {}, "no questions"),
        (b"caf\xe9?\n", {}, "not UTF-8"),
        (b"A?\n", {"bank_id": "bad id!"}, "not a valid bank id"),
        (b"A?\n", {"taken_ids": {"q"}}, "already exists"),
    ],
)
def test_import_text_refusals(
    tmp_path: Path, content: bytes, kwargs: dict[str, object], match: str
) -> None:
    source = tmp_path / "q.txt"
    source.write_bytes(content)
    dest_dir = tmp_path / "banks"
    with pytest.raises(UserError, match=match):
        import_text(source, dest_dir, "interviewee", **kwargs)  # type: ignore[arg-type]
    assert not dest_dir.exists() or not any(dest_dir.iterdir())


def test_import_text_missing_source(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="does not exist"):
        import_text(tmp_path / "nope.txt", tmp_path, "interviewee")
