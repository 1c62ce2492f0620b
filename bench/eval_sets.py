"""The labelled sets of ``bench.eval``: every ``questions*.yaml`` and ``answers*.yaml`` file.

Sets may be split over several files (``questions.yaml``, ``questions_fresh.yaml``…); each
item names its split: ``dev`` (the only one rules may be tuned on), ``holdout`` (kept aside
from the start), ``fresh`` (written later by someone who never saw the rules), ``fresh2``
(a third set, written while the rules were tuned again on dev), ``fresh3`` (a fourth set
kept aside, written while the rules were tuned on fresh2; it may hold questions only),
``fresh4`` (questions and answers written while the rules were tuned on fresh3), ``fresh5``
(written while the rules were tuned on fresh4; the checker's learned model,
``bench.train_checker``, is trained on it and on every split above), ``fresh6`` (questions
written while the rules and the model were tuned on fresh5: the set kept aside for the
figures that count until fresh7 came), ``fresh7`` (questions and answers written while the
rules and the model were tuned on fresh6, by people who never saw the coaching), ``fresh8``
(questions written while the rules and the model were tuned on fresh7, by people who never saw
the coaching, measured once), ``fresh9`` (questions and answers written while the rules
and the model were tuned on fresh8 and the bank cues widened, by people who never saw the
coaching, measured once), ``fresh10`` (questions and answers written while the rules,
the model and the cues were tuned on fresh9, by people who never saw the coaching, measured
once), ``fresh11`` (written while the coaching was tuned on fresh10; its answers are to bank
questions old and new; measured once), ``fresh12`` (written while the coaching was tuned on
fresh11, by people who never saw it; measured once), ``fresh13`` (written while the coaching
was tuned on fresh12, measured once) and ``fresh14`` (written while the coaching was tuned on
fresh13: the set kept aside now, measured once).

An answer may name a question of a bank (``bank: <bank id>``, ``question_id: <id>``). Its
key points are then the bank's own, loaded through the real bank loader with their cues, and
the coaching that applies is decided from the bank as the app decides it; the item's
``key_points`` labels must list the bank's key-point texts in the bank's order, so that a
bank edit cannot silently misalign the labels.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from interview_tui.banks.model import Bank, BankSource, Question
from interview_tui.banks.sources import load_banks

EVAL_DIR = Path(__file__).resolve().parent.parent / "tests" / "eval"
SPLITS = (
    "dev",
    "holdout",
    "fresh",
    "fresh2",
    "fresh3",
    "fresh4",
    "fresh5",
    "fresh6",
    "fresh7",
    "fresh8",
    "fresh9",
    "fresh10",
    "fresh11",
    "fresh12",
    "fresh13",
    "fresh14",
)


class EvalSetError(Exception):
    """A labelled set that cannot be measured: the message names the file and the item."""


def load(name: str, directory: Path = EVAL_DIR) -> list[dict[str, Any]]:
    """Every item of the sets named ``name*.yaml`` in ``directory`` ("questions", "answers").

    ``name`` may also be one file's name ("questions.yaml"). Each item remembers its file in
    ``_file``, for messages.
    """
    paths = (
        [directory / name] if name.endswith(".yaml") else sorted(directory.glob(f"{name}*.yaml"))
    )
    items: list[dict[str, Any]] = []
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            data = yaml.safe_load(handle)
        if not isinstance(data, list):
            raise EvalSetError(f"{path}: expected a list of items")
        for number, item in enumerate(data):
            if not isinstance(item, dict) or item.get("split") not in SPLITS:
                raise EvalSetError(f"{path}: item {number}: needs split: one of {SPLITS}")
            items.append({**item, "_file": path.name})
    return items


def split(items: Iterable[dict[str, Any]], which: str) -> list[dict[str, Any]]:
    """The items of one split."""
    return [item for item in items if item["split"] == which]


def splits_present(*sets: Sequence[dict[str, Any]]) -> list[str]:
    """The splits that hold at least one item, in :data:`SPLITS` order."""
    seen = {item["split"] for items in sets for item in items}
    return [which for which in SPLITS if which in seen]


@dataclass(frozen=True)
class BankQuestion:
    """The bank and question an answer was written to."""

    bank: Bank
    question: Question


def bundled_banks() -> dict[str, Bank]:
    """The bundled banks, through the loader the app uses."""
    from interview_tui.paths import bundled_banks_dir

    return banks_in(bundled_banks_dir())


def banks_in(path: Path) -> dict[str, Bank]:
    """Every bank at ``path`` (a file or a folder), by id."""
    result = load_banks([BankSource(path, "bundled")])
    if result.problems:
        raise EvalSetError(str(result.problems[0]))
    return {bank.id: bank for bank in result.banks}


def bank_question(item: dict[str, Any], banks: dict[str, Bank]) -> BankQuestion | None:
    """The bank question ``item`` names, checked against its labels; None if it names none."""
    if "bank" not in item:
        return None
    where = f"{item['_file']}: {item.get('id', '?')}"
    bank = banks.get(item["bank"])
    if bank is None:
        raise EvalSetError(f"{where}: no bundled bank {item['bank']!r}")
    question = bank.question(item.get("question_id", ""))
    if question is None:
        raise EvalSetError(f"{where}: bank {bank.id!r} has no question {item.get('question_id')!r}")
    labelled = [point["text"] for point in item["key_points"]]
    if labelled != list(question.key_points):
        raise EvalSetError(
            f"{where}: key_points must be the bank's key points in order: {question.key_points}"
        )
    return BankQuestion(bank, question)
