"""The banks we ship are valid, big enough and complete enough to practise with."""

from __future__ import annotations

import pytest

from interview_tui.banks.model import BankSource, LoadResult
from interview_tui.banks.sources import load_banks
from interview_tui.paths import bundled_banks_dir


@pytest.fixture(scope="module")
def bundled() -> LoadResult:
    return load_banks([BankSource(bundled_banks_dir(), "bundled")])


def test_bundled_banks_are_valid(bundled: LoadResult) -> None:
    assert bundled.problems == ()


def test_enough_banks_and_questions(bundled: LoadResult) -> None:
    assert len(bundled.banks) >= 8
    assert bundled.question_count >= 220
    assert sum(len(b.questions) for b in bundled.by_role("interviewer")) >= 80


def test_every_role_folder_matches_the_role(bundled: LoadResult) -> None:
    for bank in bundled.banks:
        assert bank.path.parent.name == bank.role, bank.path


def test_questions_have_what_their_role_needs(bundled: LoadResult) -> None:
    for bank in bundled.banks:
        with_tips = sum(bool(q.tips) for q in bank.questions)
        assert with_tips >= len(bank.questions) * 0.6, bank.id
        for question in bank.questions:
            assert question.category, (bank.id, question.id)
            assert 30 <= bank.time_limit_for(question) <= 300, (bank.id, question.id)
            if bank.role == "interviewee":
                assert question.key_points, (bank.id, question.id)
            else:
                assert question.listen_for and question.follow_ups, (bank.id, question.id)


def test_topics_the_issue_asks_for(bundled: LoadResult) -> None:
    ids = {bank.id for bank in bundled.banks}
    assert {
        "behavioral", "career_story", "self_assessment", "pressure_and_failure",
        "software_engineering", "informational", "exploratory", "candidate_questions",
        "hiring_probes",
    } <= ids  # fmt: skip
