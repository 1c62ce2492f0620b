"""Ratings in the rubric's order, under the rubric's labels (the store keeps them by id)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from interview_tui.banks.model import DEFAULT_RUBRICS, Bank


def criterion_label(criterion: str, labels: Mapping[str, str]) -> str:
    """The rubric's label for ``criterion``; an unknown id made readable ("follow_up")."""
    return labels.get(criterion) or criterion.replace("_", " ").capitalize()


def ordered_criteria(ratings: Mapping[str, int], labels: Mapping[str, str]) -> list[str]:
    """The ids of ``ratings``: those of ``labels`` first in its (the rubric's) order."""
    known = [name for name in labels if name in ratings]
    return known + sorted(name for name in ratings if name not in labels)


def ordered_ratings(ratings: Mapping[str, int], labels: Mapping[str, str]) -> list[tuple[str, int]]:
    """``(label, score)`` pairs in the rubric's order (see :func:`ordered_criteria`)."""
    return [(criterion_label(n, labels), ratings[n]) for n in ordered_criteria(ratings, labels)]


def criterion_labels(banks: Iterable[Bank]) -> dict[str, str]:
    """Every criterion of the default rubrics and of ``banks``, with its label, in order."""
    labels = {c.id: c.label for rubric in DEFAULT_RUBRICS.values() for c in rubric}
    for bank in banks:
        labels.update((c.id, c.label) for c in bank.rubric)
    return labels


@dataclass(frozen=True)
class RubricLabels:
    """Each bank's own labels (two banks may give one criterion id different labels)."""

    by_bank: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    fallback: Mapping[str, str] = field(default_factory=dict)

    def for_bank(self, bank_id: str) -> Mapping[str, str]:
        """The labels of ``bank_id``'s rubric, in order; every known label if it is gone."""
        return self.by_bank.get(bank_id) or self.fallback


def rubric_labels(banks: Iterable[Bank]) -> RubricLabels:
    """The labels of every bank's rubric, and all labels for banks no longer loaded."""
    banks = tuple(banks)
    by_bank = {bank.id: {c.id: c.label for c in bank.criteria} for bank in banks}
    return RubricLabels(by_bank, criterion_labels(banks))
