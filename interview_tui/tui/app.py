"""The Textual application."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, OptionList

from interview_tui.banks import BankSource, load_banks
from interview_tui.paths import Paths


class InterviewApp(App[None]):
    TITLE = "interview-tui"

    def __init__(self, paths: Paths, bank_sources: Sequence[BankSource]) -> None:
        super().__init__()
        self.paths = paths
        self.bank_sources = list(bank_sources)

    def compose(self) -> ComposeResult:
        yield Header()
        result = load_banks(self.bank_sources)
        yield OptionList(*(f"{b.title} ({len(b.questions)})" for b in result.banks))
        yield Footer()
