"""The non-result scan runs only the forms whose strings a text holds, one form at a time, and
finds exactly what one scan with every form as a single alternation finds."""

from __future__ import annotations

import itertools
import re

from interview_tui.coaching.star_non_results import NO_RESULT, no_result_spans

# One sentence of each form, in the forms' order: a new form needs its own sentence here.
EXAMPLES = (
    "in the end i felt much calmer about the whole thing",
    "i was so relieved when the van turned up in the end",
    "i ended up feeling rather foolish about it",
    "at the end of the day, you do what you can with the staff you have",
    "we hoped the landlord would come round to fixing the boiler",
    "the essay was thirty per cent of the final grade",
    "honestly it went pretty well overall",
    "the club has grown massively since then",
    "the report was worth about twenty per cent of the module",
    "so i just stopped checking my phone at lunch",
    "we wrote a checklist to make sure it never happened again",
    "i scored about 35% on the first mock",
    "on my first practice paper i only got 30%",
    "her shifts were being cut from five a week to two",
    "i asked her to send the figures over the next morning",
    "every week the parts arrived and two days later they broke",
    "each order had to be packed within two hours",
    "the printer in the office had stopped working",
    "i raised it with my manager at the end of the sprint",
)
# Near misses that end a story or share words with the forms.
OTHERS = (
    "in the end we cut the queue by half",
    "the next day the supplier rang back",
    "we stopped getting calls at night",
    "within a month the complaints had dropped off",
    "we hit the target at the end of the quarter",
)


def _alternation_spans(text: str) -> list[tuple[int, int]]:
    """The spans as one scan of every form joined into one pattern would give them."""
    joined = re.compile("|".join(form.pattern.pattern for form in NO_RESULT))
    spans = []
    for match in joined.finditer(text):
        group = next((g for g in range(1, joined.groups + 1) if match.group(g)), 0)
        spans.append(match.span(group))
    return spans


def test_every_form_has_an_example() -> None:
    assert len(EXAMPLES) == len(NO_RESULT)


def test_each_form_finds_its_example_and_its_match_holds_one_of_its_strings() -> None:
    for form, example in zip(NO_RESULT, EXAMPLES, strict=True):
        match = form.pattern.search(example)
        assert match is not None, example
        assert any(need in match[0] for need in form.needs), (form.needs, match[0])


def test_no_form_matches_nothing() -> None:
    # The scan moves on from the end of each match, as a scan of the alternation does only
    # when no match is empty.
    for form in NO_RESULT:
        assert form.pattern.match("") is None
        assert form.pattern.search(" . ") is None


def test_the_spans_are_those_of_one_alternation() -> None:
    sentences = EXAMPLES + OTHERS
    texts = [
        ". ".join(sentences),
        " ".join(sentences),
        ", ".join(reversed(sentences)),
        *(" and ".join(pair) for pair in itertools.permutations(sentences[:8], 2)),
        *sentences,
    ]
    for text in texts:
        assert no_result_spans(text) == _alternation_spans(text), text


def test_a_text_holding_none_of_the_strings_has_no_span() -> None:
    assert no_result_spans(" ".join(OTHERS[1:2])) == []
    assert no_result_spans("") == []
