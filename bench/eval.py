"""`python -m bench.eval` (or `make eval`): how often the coaching is right, on labelled sets.

The sets are every ``tests/eval/questions*.yaml`` (interviewer questions, each labelled with
the checker flags a coach requires) and ``tests/eval/answers*.yaml`` (interviewee answers with
key points labelled covered or not, STAR parts and nudges); see ``tests/eval/LABELLING.md`` and
:mod:`bench.eval_sets`. Items have a ``dev`` split, the only one the rules were tuned on, a
``holdout`` split kept aside, and a ``fresh`` split written later by someone who never saw the
rules; every figure is printed for each split separately. An answer written to a bundled
bank's question is measured with that bank's own key points and cues.

Checker figures are per question: a rule counts as found when the checker raises at least
one flag of that rule anywhere in the question.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.eval_sets import EVAL_DIR, SPLITS, bank_question, bundled_banks, load, split
from interview_tui.banks.model import Bank
from interview_tui.coaching.applies import insights_for, is_past_behaviour, question_kind
from interview_tui.coaching.checker import RULE_LABELS, check_question
from interview_tui.coaching.insights import analyse
from interview_tui.coaching.nudges import NUDGE_IDS
from interview_tui.coaching.wordlists import STAR_PARTS, WordLists, load_word_lists

__all__ = ["EVAL_DIR", "SPLITS", "load", "split"]

CONTEXTS = ("informational", "hiring", "candidate")


@dataclass
class Counts:
    """True positives, false positives and false negatives of one verdict."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    def add(self, expected: bool, found: bool, what: str) -> None:
        if expected and found:
            self.tp += 1
        elif found:
            self.fp += 1
            self.false_alarms.append(what)
        elif expected:
            self.fn += 1
            self.misses.append(what)
        else:
            self.tn += 1

    @property
    def precision(self) -> float:
        """Share of raised verdicts that were right (1.0 when none were raised)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Share of expected verdicts that were raised (1.0 when none were expected)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def agreement(self) -> float:
        """Share of all verdicts that agree with the label."""
        total = self.tp + self.fp + self.fn + self.tn
        return (self.tp + self.tn) / total if total else 1.0


@dataclass
class CheckerReport:
    """Per-rule counts overall and per context."""

    rules: dict[str, Counts]
    by_context: dict[tuple[str, str], Counts]


def evaluate_checker(items: Sequence[Mapping[str, Any]], words: WordLists) -> CheckerReport:
    """Compare the checker's rules with the labelled flags of each question."""
    rules: dict[str, Counts] = {rule: Counts() for rule in RULE_LABELS}
    by_context: dict[tuple[str, str], Counts] = {
        (c, r): Counts() for c in CONTEXTS for r in RULE_LABELS
    }
    for item in items:
        context = item["context"]
        flags = check_question(
            item["text"],
            words,
            informational=context == "informational",
            hiring=context == "hiring",
        )
        found = {flag.rule for flag in flags}
        for rule in RULE_LABELS:
            expected = rule in item["flags"]
            rules[rule].add(expected, rule in found, item["text"])
            by_context[(context, rule)].add(expected, rule in found, item["text"])
    return CheckerReport(rules, by_context)


@dataclass
class AnswerReport:
    """Key-point coverage, STAR parts, past-behaviour recognition and nudges."""

    key_points: Counts
    star: dict[str, Counts]
    past_behaviour: Counts
    nudges: dict[str, Counts]
    # Hypothetical nudges raised on answers that tell a real past story.
    hypothetical_on_stories: list[str]

    @property
    def star_agreement(self) -> float:
        """Share of STAR part verdicts (over answers where STAR applies) that agree."""
        right = sum(c.tp + c.tn for c in self.star.values())
        total = sum(c.tp + c.tn + c.fp + c.fn for c in self.star.values())
        return right / total if total else 1.0


def evaluate_answers(
    items: Sequence[dict[str, Any]], words: WordLists, banks: dict[str, Bank] | None = None
) -> AnswerReport:
    """Compare the insights for each labelled answer with its labels.

    An answer naming a bank question is judged as the app judges it: that question's key
    points and cues, and what applies decided from its bank (``banks``, by default the
    bundled ones).
    """
    report = AnswerReport(
        key_points=Counts(),
        star={part: Counts() for part in STAR_PARTS},
        past_behaviour=Counts(),
        nudges={nudge: Counts() for nudge in NUDGE_IDS},
        hypothetical_on_stories=[],
    )
    if banks is None and any("bank" in item for item in items):
        banks = bundled_banks()
    for item in items:
        asked = bank_question(item, banks or {})
        if asked is None:
            points = [point["text"] for point in item["key_points"]]
            past = is_past_behaviour(item["question"])
            insights = analyse(item["answer"], points, None, past, words, question=item["question"])
        else:
            past = question_kind(asked.question, asked.bank).behavioral
            insights = insights_for(
                item["answer"], asked.question, asked.bank, "interviewee", None, words
            )
        question_text = item.get("question") or (asked.question.text if asked else "")
        report.past_behaviour.add(item["past_behaviour"], past, question_text)
        for label, found in zip(item["key_points"], insights.key_points, strict=True):
            report.key_points.add(label["covered"], found.covered, f"{item['id']}: {label['text']}")
        if item["star"] is not None and insights.star is not None:
            for part in STAR_PARTS:
                report.star[part].add(
                    item["star"][part], insights.star[part], f"{item['id']}: {part}"
                )
        raised = {nudge.id for nudge in insights.nudges}
        for nudge in NUDGE_IDS:
            report.nudges[nudge].add(nudge in item["nudges"], nudge in raised, item["id"])
        told_a_story = item["past_behaviour"] and item["star"] is not None
        if "hypothetical" in raised and told_a_story and "hypothetical" not in item["nudges"]:
            report.hypothetical_on_stories.append(item["id"])
    return report


def _pr(counts: Counts) -> str:
    return (
        f"precision {counts.precision:.2f}  recall {counts.recall:.2f}  "
        f"(tp {counts.tp}, fp {counts.fp}, fn {counts.fn})"
    )


def print_report(which: str, verbose: bool = False, directory: Path = EVAL_DIR) -> None:
    """Print every figure for one split of the sets in ``directory``."""
    words = load_word_lists()
    checker = evaluate_checker(split(load("questions", directory), which), words)
    print(f"== {which}: interviewer question checker")
    for rule, counts in checker.rules.items():
        print(f"  {rule:<8} {_pr(counts)}")
        for context in CONTEXTS:
            per = checker.by_context[(context, rule)]
            if per.tp + per.fp + per.fn:
                print(f"    {context:<14} {_pr(per)}")
        if verbose:
            for text in counts.misses:
                print(f"      not flagged: {text}")
            for text in counts.false_alarms:
                print(f"      wrongly flagged: {text}")
    labelled = split(load("answers", directory), which)
    if not labelled:
        # A split may hold questions only (fresh3): say so rather than print empty figures.
        print(f"== {which}: interviewee answers: none in this split")
        return
    answers = evaluate_answers(labelled, words)
    print(f"== {which}: interviewee answers")
    print(f"  key points     {_pr(answers.key_points)}")
    print(f"  past behaviour {_pr(answers.past_behaviour)}")
    print(f"  STAR agreement {answers.star_agreement:.2f}")
    for part, counts in answers.star.items():
        print(f"    {part:<10} agreement {counts.agreement:.2f}  {_pr(counts)}")
    for nudge, counts in answers.nudges.items():
        print(f"  nudge {nudge:<12} recall {counts.recall:.2f}  false alarms {counts.fp}")
    stories = ", ".join(answers.hypothetical_on_stories) or "none"
    print(f"  hypothetical nudge on a real past story: {stories}")
    if verbose:
        for what in answers.key_points.misses:
            print(f"      key point not detected: {what}")
        for what in answers.key_points.false_alarms:
            print(f"      key point wrongly detected: {what}")
        for part, counts in answers.star.items():
            for what in counts.misses + counts.false_alarms:
                print(f"      STAR {part} disagrees: {what}")
        for nudge, counts in answers.nudges.items():
            for what in counts.misses:
                print(f"      nudge {nudge} not raised: {what}")
            for what in counts.false_alarms:
                print(f"      nudge {nudge} false alarm: {what}")


def main(argv: Sequence[str] | None = None, directory: Path = EVAL_DIR) -> None:
    """Print the figures for each split present, in SPLITS order (the set kept aside last).

    ``-v`` lists every disagreement; use it on dev only, so as not to tune on the others.
    """
    import sys

    from bench.eval_sets import splits_present

    args = list(sys.argv[1:] if argv is None else argv)
    verbose = "-v" in args
    present = splits_present(load("questions", directory), load("answers", directory))
    splits = [a for a in args if a in SPLITS] or present
    for which in splits:
        print_report(which, verbose, directory)


if __name__ == "__main__":
    main()
