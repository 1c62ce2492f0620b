"""Under the interviewer's question: what the question checker found, most serious first."""

from __future__ import annotations

from collections.abc import Sequence

from textual.widgets import Static

from interview_tui.coaching.checker import RULE_LABELS, QuestionFlag
from interview_tui.tui.cells import quoted
from interview_tui.tui.markup import escape

#: The flag that matters most first: asking for a job defeats the conversation.
FLAG_PRIORITY = ("illegal", "job_ask", "leading", "double", "yes_no")
SHOWN = 3  # flags at most: the editor keeps its lines at 80×24


class CheckerFlags(Static):
    """Hidden while the question has no flag."""

    def show(self, text: str, flags: Sequence[QuestionFlag]) -> None:
        ordered = sorted(flags, key=lambda f: (FLAG_PRIORITY.index(f.rule), f.start))
        self.update(
            "\n".join(
                f"[b $warning]⚑ {RULE_LABELS[f.rule]}[/] "
                f"“{escape(quoted(text[f.start : f.end]))}”: "
                f"{escape(f.why)} [dim]{escape(f.suggestion)}[/dim]"
                for f in ordered[:SHOWN]
            )
        )
        self.display = bool(flags)
