"""Your own questions for the current side of the table: add, edit, remove."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static

from interview_tui.banks.model import BankError, Question
from interview_tui.banks.parse import parse_bank_file
from interview_tui.banks.personal import (
    QuestionDraft,
    personal_bank_path,
    remove_question,
    update_question,
)
from interview_tui.errors import UserError
from interview_tui.timefmt import counted
from interview_tui.tui.markup import escape
from interview_tui.tui.screens.confirm import confirm_delete
from interview_tui.tui.screens.question_editor import QuestionEditorScreen
from interview_tui.tui.services import UsesServices
from interview_tui.tui.widgets.footer import AppFooter
from interview_tui.tui.widgets.table import Table


class MyQuestionsScreen(UsesServices, Screen[None]):
    CSS_PATH = "screens.tcss"

    BINDINGS = [
        Binding("a", "add", "Add"),
        Binding("enter", "edit", "Edit"),
        Binding("x,delete", "remove", "Remove"),
        Binding("escape", "app.pop_screen", "Back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.questions: list[Question] = []

    @property
    def path(self) -> Path:
        return personal_bank_path(self.services.paths.user_banks_dir, self.services.role)

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="mine-head")
        yield Table(id="mine", cursor_type="row", zebra_stripes=True)
        yield AppFooter()

    def on_mount(self) -> None:
        self.sub_title = f"{self.services.role} · my questions"
        table = self.query_one("#mine", DataTable)
        table.add_column("Question")
        table.add_column("Category")
        self.reload()

    def reload(self) -> None:
        path = self.path
        try:
            self.questions = list(parse_bank_file(path).questions) if path.exists() else []
        except BankError as error:
            self.questions = []
            self.notify(str(error.problems[0]), severity="error", timeout=12)
        table = self.query_one("#mine", DataTable)
        table.clear()
        for question in self.questions:
            text = question.text if len(question.text) <= 70 else question.text[:69] + "…"
            table.add_row(Text(text), Text(question.category), key=question.id)
        self.query_one("#mine-head", Static).update(
            f"{counted(len(self.questions), 'question')} in [b]{escape(str(path))}[/b]. a: add · "
            "enter: edit · x: remove. They are rehearsed like any bank: pick “My questions” on "
            "the home screen."
            if self.questions
            else "No questions of your own yet. Press [b]a[/b] to write one, e.g. from a job "
            "posting, and rehearse it a minute later."
        )

    def _changed(self) -> None:
        """After an edit: the list here, and the banks the home screen offers."""
        self.reload()
        self.services.reload_banks()

    def selected(self) -> Question | None:
        table = self.query_one("#mine", DataTable)
        return self.questions[table.cursor_row] if self.questions else None

    def action_add(self) -> None:
        self.services.add_own_question(after=self._changed)

    @on(DataTable.RowSelected, "#mine")
    def action_edit(self) -> None:
        question = self.selected()
        if question is None:
            return
        self.app.push_screen(
            QuestionEditorScreen(self.services.role, QuestionDraft.from_question(question)),
            partial(self._save, question.id),
        )

    def _save(self, question_id: str, draft: QuestionDraft | None) -> None:
        if draft is None:
            return
        try:
            update_question(self.path, question_id, draft)
        except UserError as error:
            self.notify(str(error), severity="error", timeout=12)
            return
        self.notify("Saved.")
        self._changed()

    def action_remove(self) -> None:
        question = self.selected()
        if question is not None:
            confirm_delete(
                self,
                "question",
                f"“{question.text}” from your bank (answers you gave to it stay in the history).",
                partial(remove_question, self.path, question.id),
                self._changed,
            )
