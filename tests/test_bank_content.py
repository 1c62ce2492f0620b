"""The content of the banks we ship: enough of it, complete, and no question asked twice.

The near-duplicate check compares every pair of bundled questions for the same role by the
content words they share, after crude stemming. Pairs that are alike on purpose are listed in
``ALLOWED_PAIRS`` with the reason; anything else above ``DUPLICATE_THRESHOLD`` fails.
"""

from __future__ import annotations

import itertools
import re

import pytest

from interview_tui.banks.model import Bank, BankSource, LoadResult, Question
from interview_tui.banks.sources import load_banks
from interview_tui.paths import bundled_banks_dir

FIELD_BANKS = {"healthcare", "teaching", "sales_and_service", "public_sector", "data_analysis"}

# Shared content words / all content words of the pair (after stemming), above which two
# questions count as the same question asked twice.
DUPLICATE_THRESHOLD = 0.5

# Cues per key point, and words per cue (each word may list alternatives: "agreed/settled").
MAX_CUES = 8
MAX_CUE_WORDS = 5

# Pairs that score above the threshold on purpose: "bank/question" ids, sorted, with a reason.
ALLOWED_PAIRS: dict[frozenset[str], str] = {
    frozenset({"behavioral/team_not_gelling", "managers_and_leaders/building_team"}): (
        "a team member repairing a team that is failing, against a manager building one"
    ),
    frozenset({"candidate_questions/typical_week_in_role", "informational/typical_week"}): (
        "a candidate asks about the job on offer; an adviser's own week in their field"
    ),
    frozenset({"hiring_lawful/relevant_experience_not_age", "informational/getting_experience"}): (
        "an employer asks which experience counts; a newcomer asks how to gain any"
    ),
}

_STOPWORD_TEXT = """
    a about after again all also am an and any anyone anything are as ask asked at be been
    before being both but by can could describe did do does doing done each else even ever
    example for from get give got had has have how i if in into is it its just me more most
    much my no not now of on one or other our out over own really say said should so some
    someone something such tell than that the their them then there these they thing things
    this those through time times to up us very walk was way we were what when where which
    while who whom why will with would you your yourself
    field job people role usually work working
"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())

# Words that ask the same thing in interview questions, folded onto one before comparing.
_SYNONYMS_BY_WORD = {
    word: group[0]
    for group in (
        ("unhappy", "angry", "difficult", "upset", "frustrated", "dissatisfied"),
        ("mistake", "error", "failure", "failed"),
        ("greatest", "biggest"),
        ("estimate", "forecast"),
        ("customer", "client", "user"),
        ("colleague", "teammate", "coworker"),
        ("company", "organisation", "organization", "employer"),
        ("disagreed", "disagreement", "disagree", "conflict"),
    )
    for word in group
}

_SUFFIXES = ("ations", "ation", "ments", "ment", "ness", "ings", "ing", "ies", "ied", "ed", "es",
             "ers", "er", "ly", "s")  # fmt: skip


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


# Keyed by stem, so that "clients" and "client's" fold like "client".
_SYNONYMS = {_stem(word): _stem(canonical) for word, canonical in _SYNONYMS_BY_WORD.items()}


def content_words(text: str) -> frozenset[str]:
    """The stems of the words that carry a question's meaning."""
    words = re.sub(r"[^a-z\s]", " ", text.lower().replace("'", "")).split()
    return frozenset(
        _SYNONYMS.get(_stem(w), _stem(w)) for w in words if w not in _STOPWORDS and len(w) > 1
    )


def similarity(first: str, second: str) -> float:
    """Shared content words over all content words of the two texts (Jaccard)."""
    a, b = content_words(first), content_words(second)
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def near_duplicates(
    questions: list[tuple[str, str]], threshold: float = DUPLICATE_THRESHOLD
) -> list[tuple[str, str, float]]:
    """Pairs of ``(key, text)`` whose texts score above ``threshold``, most alike first."""
    found = [
        (key_a, key_b, score)
        for (key_a, text_a), (key_b, text_b) in itertools.combinations(questions, 2)
        if (score := similarity(text_a, text_b)) > threshold
    ]
    return sorted(found, key=lambda pair: -pair[2])


@pytest.fixture(scope="module")
def bundled() -> LoadResult:
    return load_banks([BankSource(bundled_banks_dir(), "bundled")])


def _all_questions(bundled: LoadResult) -> list[tuple[Bank, Question]]:
    return [(bank, question) for bank in bundled.banks for question in bank.questions]


def test_the_library_is_big_enough(bundled: LoadResult) -> None:
    assert bundled.problems == ()
    assert len(bundled.banks) >= 16
    assert bundled.question_count >= 450
    assert sum(len(b.questions) for b in bundled.by_role("interviewer")) >= 150


def test_the_fields_and_topics_the_issue_asks_for(bundled: LoadResult) -> None:
    ids = {bank.id for bank in bundled.banks}
    assert "software_engineering" in ids
    assert len(FIELD_BANKS & ids) >= 4, FIELD_BANKS - ids
    assert {"pay_and_offers", "situational", "working_across_difference"} <= ids
    for bank_id in FIELD_BANKS & ids:
        bank = bundled.get(bank_id)
        assert bank is not None and bank.role == "interviewee"
        assert len(bank.questions) >= 10, bank_id


def test_every_bank_has_its_own_checklist(bundled: LoadResult) -> None:
    for bank in bundled.banks:
        assert len(bank.checklist) >= 3, bank.id


def test_interviewee_questions_have_tips_and_cued_key_points(bundled: LoadResult) -> None:
    for bank in bundled.by_role("interviewee"):
        for question in bank.questions:
            where = f"{bank.id}/{question.id}"
            assert question.tips, where
            assert question.key_points, where
            assert len(question.key_point_cues) == len(question.key_points), where
            for point, cues in zip(question.key_points, question.key_point_cues, strict=True):
                # A point is said in more ways than four: widening the cues of questions no
                # labelled answer had used took key-point recall on answers written later
                # from .48 to .73 at the same precision. Still a short list of short phrases.
                assert 2 <= len(cues) <= MAX_CUES, (where, point)
                for cue in cues:
                    assert 1 <= len(cue.split()) <= MAX_CUE_WORDS, (where, cue)


def test_interviewer_questions_have_listen_for_and_follow_ups(bundled: LoadResult) -> None:
    for bank in bundled.by_role("interviewer"):
        for question in bank.questions:
            where = f"{bank.id}/{question.id}"
            assert question.listen_for, where
            assert question.follow_ups, where


def test_the_detector_flags_a_made_up_near_duplicate() -> None:
    pairs = [
        ("a", "Tell me about a time you disagreed with your manager's decision."),
        ("b", "Describe a decision made by your manager that you disagreed with."),
        ("c", "How do you keep your technical skills up to date?"),
    ]
    assert [(a, b) for a, b, _ in near_duplicates(pairs)] == [("a", "b")]
    assert similarity(pairs[0][1], pairs[2][1]) < DUPLICATE_THRESHOLD


def test_the_detector_sees_through_synonyms() -> None:
    angry = "Tell me about the most difficult client you have dealt with."
    unhappy = "Tell me about a time you dealt with an unhappy customer."
    assert similarity(angry, unhappy) > DUPLICATE_THRESHOLD


def test_the_detector_ignores_question_framing() -> None:
    assert content_words("Tell me about a time you hesitated.") == {"hesitat"}
    assert similarity("Tell me about a time you hesitated.", "Tell me about a time you led.") == 0


def test_no_question_is_asked_twice(bundled: LoadResult) -> None:
    for role in ("interviewee", "interviewer"):
        questions = [
            (f"{bank.id}/{question.id}", question.text)
            for bank, question in _all_questions(bundled)
            if bank.role == role
        ]
        found = near_duplicates(questions)
        unexpected = [
            f"{a} ~ {b} ({score:.2f})"
            for a, b, score in found
            if frozenset((a, b)) not in ALLOWED_PAIRS
        ]
        assert not unexpected, "\n".join(unexpected)


def test_the_allow_list_has_no_stale_entries(bundled: LoadResult) -> None:
    texts = {f"{bank.id}/{q.id}": q.text for bank, q in _all_questions(bundled)}
    for pair, reason in ALLOWED_PAIRS.items():
        assert reason, pair
        a, b = sorted(pair)
        assert a in texts and b in texts, pair
        assert similarity(texts[a], texts[b]) > DUPLICATE_THRESHOLD, pair
