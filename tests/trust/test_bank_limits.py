"""Bank text is cleaned of terminal controls, and the size limits hold whatever the file is."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from interview_tui.banks.clean import clean_text, visible
from interview_tui.banks.model import BankError
from interview_tui.banks.parse import parse_bank, parse_bank_file

P = Path("bank.yaml")


def test_controls_and_bidi_are_stripped_tab_and_newline_kept() -> None:
    bank = parse_bank(
        'role: interviewee\ntitle: "A\\e]0;pwned\\aB"\n'
        'questions:\n  - text: "one\\ttwo\\nthree\\e[2J\\x9b31m\\u202eend"\n'
        '    tips: ["\\e]52;c;ZXZpbA==\\atip"]\n',
        P,
    )
    assert bank.title == "A]0;pwnedB"
    assert bank.questions[0].text == "one\ttwo\nthree[2J31mend"
    assert bank.questions[0].tips == ("]52;c;ZXZpbA==tip",)


def test_visible_writes_unsafe_characters_as_escapes() -> None:
    assert visible("a\x1b[2Jb\u202e\n") == "a\\u001b[2Jb\\u202e\n"
    assert clean_text("\x00\x08\x7f\x9f") == ""


def test_alias_bomb_is_refused_quickly() -> None:
    anchor = "x" * 100_000
    aliases = "\n".join("    - *big" for _ in range(2_000))
    text = (
        f"role: interviewee\nquestions:\n  - text: hello\n    tips:\n      - &big {anchor}\n"
        f"  - text: again\n    tips:\n{aliases.replace('    -', '      -')}\n"
    )
    assert len(text) < 130_000  # a 126 KB file that would expand to 200 MB
    with pytest.raises(BankError) as caught:
        parse_bank(text, P)
    assert "aliases expanded" in caught.value.problems[0].message


def test_aliases_within_the_limit_still_work() -> None:
    text = "role: interviewee\nquestions:\n  - text: &q Why?\n    tips: [*q, *q]\n"
    assert parse_bank(text, P).questions[0].tips == ("Why?", "Why?")


def test_long_text_and_long_lists_are_refused() -> None:
    with pytest.raises(BankError) as caught:
        parse_bank(f"role: interviewee\nquestions:\n  - text: {'x' * 20_001}\n", P)
    assert "longer than 20,000 characters" in str(caught.value)
    tips = ", ".join(["t"] * 201)
    with pytest.raises(BankError) as caught:
        parse_bank(f"role: interviewee\nquestions:\n  - text: q\n    tips: [{tips}]\n", P)
    assert "more than 200 items" in str(caught.value)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_dev_zero_is_refused_without_reading_forever() -> None:
    with pytest.raises(BankError) as caught:
        parse_bank_file(Path("/dev/zero"))
    assert "not a regular file" in caught.value.problems[0].message


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")
def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "bank.yaml"
    os.mkfifo(fifo)
    with pytest.raises(BankError) as caught:
        parse_bank_file(fifo)  # no writer: a blocking open would hang here
    assert "not a regular file" in caught.value.problems[0].message


def test_absurdly_large_insights_are_not_stored(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from interview_tui.clock import FakeClock
    from interview_tui.practice.plan import plan_session
    from interview_tui.store.database import Store

    store = Store.open(tmp_path / "db.sqlite3", FakeClock(datetime(2026, 1, 1, tzinfo=UTC)))
    plan = plan_session([parse_bank("role: interviewee\nquestions: [{text: q}]\n", P)], 1)
    session = store.start_session(plan)
    small = store.submit_answer(session, 0, plan.items[0], "a", 1, {"words": 1})
    assert store.attempt(small).insights == {"words": 1}  # type: ignore[union-attr]
    huge = store.submit_answer(session, 0, plan.items[0], "a", 1, {"cues": ["x" * 70_000]})
    assert store.attempt(huge).insights is None  # type: ignore[union-attr]
    store.close()


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_import_and_the_personal_bank_refuse_dev_zero(tmp_path: Path) -> None:
    from interview_tui.banks.bank_file import BankText
    from interview_tui.banks.personal import import_text
    from interview_tui.errors import UserError

    with pytest.raises(UserError, match="not a regular file"):
        import_text(Path("/dev/zero"), tmp_path, "interviewee", bank_id="z")
    with pytest.raises(UserError, match="not a regular file"):
        BankText.read(Path("/dev/zero"))
