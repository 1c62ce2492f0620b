"""Offer to resume a session that was left unfinished (a crash, a closed terminal)."""

from __future__ import annotations

from typing import Literal

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static

from interview_tui.store.records import SessionRecord
from interview_tui.timefmt import moment
from interview_tui.tui.markup import escape
from interview_tui.tui.widgets.footer import AppFooter

ResumeChoice = Literal["resume", "finish", "later"]


class ResumeScreen(ModalScreen[ResumeChoice]):
    CSS_PATH = "screens.tcss"
    BINDINGS = [
        # Keys for every choice, in the footer: at 40x12 the buttons are below the fold.
        Binding("r", "dismiss('resume')", "Resume"),
        Binding("f", "dismiss('finish')", "Finish it"),
        Binding("escape", "dismiss('later')", "Not now"),
    ]

    def __init__(self, session: SessionRecord, titles: str, draft_words: int) -> None:
        super().__init__()
        self.session = session
        self.titles = titles
        self.draft_words = draft_words

    def compose(self) -> ComposeResult:
        yield AppFooter()  # this dialog's own keys, not those of the screen below
        session = self.session
        where = min(session.position + 1, len(session.plan))
        draft = f", with a draft of {self.draft_words} words" if self.draft_words else ""
        with Vertical(classes="dialog"):
            yield Label("Resume your unfinished session?", classes="dialog-title")
            yield Static(
                f"{escape(self.titles)} ({session.role}), started {moment(session.started_at)}.\n"
                f"It stopped at question {where} of {len(session.plan)}{draft}.",
                classes="dialog-body",
            )
            with Horizontal(classes="dialog-buttons"):
                yield Button("Resume", id="resume", variant="primary")
                yield Button("Finish it", id="finish")
                yield Button("Not now", id="later")

    def on_mount(self) -> None:
        self.query_one("#resume", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        choice: ResumeChoice = "resume"
        if event.button.id == "finish":
            choice = "finish"
        elif event.button.id == "later":
            choice = "later"
        self.dismiss(choice)
