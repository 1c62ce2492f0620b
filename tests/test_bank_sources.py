"""Banks come from the bundled folder, the user's folder and --bank paths, in that order."""

from __future__ import annotations

from pathlib import Path

from interview_tui.banks.model import BankSource
from interview_tui.banks.sources import default_sources, load_banks
from interview_tui.paths import bundled_banks_dir

GOOD = "role: {role}\nquestions:\n  - text: {text}\n"


def test_default_sources_order(tmp_path: Path) -> None:
    sources = default_sources(tmp_path / "user", [tmp_path / "a.yaml"])
    assert [s.kind for s in sources] == ["bundled", "user", "flag"]
    assert sources[0].path == bundled_banks_dir()
    assert not sources[1].required


def test_three_sources_load_together(tmp_path: Path, write_bank) -> None:  # type: ignore[no-untyped-def]
    user = tmp_path / "config" / "banks"
    write_bank(GOOD.format(role="interviewee", text="Mine?"), "mine.yaml", user)
    extra = write_bank(GOOD.format(role="interviewer", text="Extra?"), "extra.yml")
    result = load_banks(default_sources(user, [extra]))
    assert not result.problems
    ids = [bank.id for bank in result.banks]
    assert ids[-2:] == ["mine", "extra"]
    assert "behavioral" in ids and "informational" in ids


def test_folder_source_is_recursive_and_ignores_other_files(tmp_path: Path, write_bank) -> None:  # type: ignore[no-untyped-def]
    write_bank(GOOD.format(role="interviewee", text="A?"), "a.yaml", tmp_path / "f")
    write_bank(GOOD.format(role="interviewee", text="B?"), "b.yaml", tmp_path / "f" / "sub")
    write_bank("not a bank", "notes.txt", tmp_path / "f")
    result = load_banks([BankSource(tmp_path / "f", "flag")])
    assert [b.id for b in result.banks] == ["a", "b"]


def test_broken_bank_does_not_stop_the_others(tmp_path: Path, write_bank) -> None:  # type: ignore[no-untyped-def]
    write_bank("role: nobody\nquestions: []\n", "bad.yaml", tmp_path / "f")
    write_bank(GOOD.format(role="interviewee", text="Fine?"), "good.yaml", tmp_path / "f")
    result = load_banks([BankSource(tmp_path / "f", "flag")])
    assert [b.id for b in result.banks] == ["good"]
    assert {p.field for p in result.problems} == {"role", "questions"}


def test_duplicate_bank_id_across_sources(tmp_path: Path, write_bank) -> None:  # type: ignore[no-untyped-def]
    first = write_bank("id: same\n" + GOOD.format(role="interviewee", text="1?"), "one.yaml")
    second = write_bank("id: same\n" + GOOD.format(role="interviewee", text="2?"), "two.yaml")
    result = load_banks([BankSource(first, "flag"), BankSource(second, "flag")])
    assert [b.path for b in result.banks] == [first]
    (problem,) = result.problems
    assert problem.path == second and "already used by" in problem.message


def test_missing_flag_path_is_a_problem_missing_user_folder_is_not(tmp_path: Path) -> None:
    result = load_banks(
        [BankSource(tmp_path / "nope", "user", required=False), BankSource(tmp_path / "x", "flag")]
    )
    assert [p.path for p in result.problems] == [tmp_path / "x"]
    assert "no such file" in result.problems[0].message
