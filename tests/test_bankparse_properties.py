"""The loader raises nothing but BankError, whatever it is given."""

from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interview_tui.banks.model import Bank, BankError
from interview_tui.banks.parse import parse_bank

P = Path("fuzz.yaml")

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**6), max_value=10**6),
    st.floats(allow_nan=True),
    st.text(max_size=20),
    st.sampled_from(["2m", "1m30s", "90s", "interviewee", "interviewer", "", "  "]),
)
keys = st.sampled_from(
    [
        "id",
        "title",
        "role",
        "questions",
        "text",
        "time_limit",
        "tips",
        "rubric",
        "label",
        "category",
        "tags",
        "key_points",
        "listen_for",
        "follow_ups",
        "version",
        "bogus",
    ]
)
documents = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(keys, children, max_size=6)
    ),
    max_leaves=25,
)


def check(data: str | bytes) -> None:
    try:
        assert isinstance(parse_bank(data, P), Bank)
    except BankError as error:
        assert error.problems
        for problem in error.problems:
            assert problem.line >= 1 and problem.column >= 1
            assert str(problem).startswith("fuzz.yaml:")


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_structured_documents(document: object) -> None:
    check(yaml.safe_dump(document, allow_unicode=True))


@settings(max_examples=300)
@given(st.text(max_size=300))
def test_arbitrary_text(text: str) -> None:
    check(text)


@settings(max_examples=300)
@given(st.binary(max_size=300))
def test_arbitrary_bytes(data: bytes) -> None:
    check(data)


@settings(max_examples=200)
@given(
    st.lists(
        st.sampled_from(
            [
                "role: interviewee\n",
                "questions:\n",
                "  - text: Q\n",
                "    time_limit: ",
                "!!python/",
                "&a ",
                "*a",
                "[",
                "]",
                "{",
                "}",
                ": ",
                "- ",
                "\t",
                "'",
                '"',
                "\n",
                "<<: ",
                "? ",
                "|\n",
            ]
        ),
        max_size=30,
    )
)
def test_yaml_shaped_fragments(parts: list[str]) -> None:
    check("".join(parts))
