"""Set up the next session: its goal first, then how many questions, their order and time,
whether the answers are typed or spoken, and whether the questions are read aloud."""

from __future__ import annotations

from collections.abc import Hashable
from typing import TypeVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Input, Label, Select

from interview_tui.banks.model import Bank, Role
from interview_tui.durations import DurationError, parse_duration
from interview_tui.practice.plan import ANSWER_BY, ORDERS, AnswerBy, Order, SessionSetup
from interview_tui.settings import parse_interview_date
from interview_tui.tui.markup import escape
from interview_tui.tui.screens.scrolling_dialog import ScrollingDialogScreen
from interview_tui.tui.widgets.footer import AppFooter
from interview_tui.tui.widgets.interview_date import interview_date_field
from interview_tui.tui.widgets.stumped_checkbox import SpaceCheckbox

ORDER_LABELS: dict[Order, str] = {
    "random": "Random",
    "sequential": "As written",
    "weakest": "Weakest first",
    "new": "Never practised first",
    "due": "Due (spaced repetition)",
}


GOAL_EXAMPLES: dict[Role, str] = {
    "interviewee": "e.g. answer in under two minutes",
    "interviewer": "e.g. ask only open questions, and follow up once",
}


ANSWER_BY_LABELS: dict[AnswerBy, str] = {"typing": "Typing", "speaking": "Speaking"}

Choice = TypeVar("Choice", bound=Hashable)


class DialogSelect(Select[Choice], inherit_bindings=False):
    """A dropdown that leaves enter to the dialog, which starts the session with it."""

    BINDINGS = [Binding("down,space,up", "show_overlay", "Choose", show=False)]


class SetupScreen(ScrollingDialogScreen[SessionSetup | None]):
    """Dismisses with the setup to start, or None to go back to the bank list."""

    CSS_PATH = "screens.tcss"
    # Textual focuses it once every field is mounted (on_mount may run before the fields
    # inside the scrolling dialog are).
    AUTO_FOCUS = "#goal"

    BINDINGS = [
        # Enter starts from any field (an input's own enter submits, which starts too); the
        # order's dropdown opens with space or ↑↓. The footer names enter through ctrl+s,
        # because a focused input hides the screen's enter from it.
        Binding("ctrl+s", "start", "Start", key_display="⏎"),
        Binding("enter", "start", "Start", show=False),
        Binding("escape", "dismiss(None)", "Back"),
    ]

    def __init__(self, bank: Bank, setup: SessionSetup) -> None:
        super().__init__()
        self.bank = bank
        self.setup = setup

    def compose(self) -> ComposeResult:
        yield AppFooter()  # this dialog's own keys, not those of the screen below
        setup, bank = self.setup, self.bank
        own_time = f"{bank.time_limit}s" if bank.time_limit else "each question's own"
        # Scrolls when the terminal is shorter than the dialog; focus keeps the field in view.
        with VerticalScroll(classes="dialog", id="setup-dialog"):
            yield Label(
                f"Practise {escape(bank.title)} [dim]· {len(bank.questions)} questions[/dim]",
                classes="dialog-title",
            )
            yield Label("Goal for this session (optional)", classes="field-label")
            yield Input(setup.goal, placeholder=GOAL_EXAMPLES[bank.role], id="goal")
            with Horizontal(id="setup-row"):
                with Vertical(id="count-field"):
                    yield Label("Questions", classes="field-label")
                    yield Input(str(setup.count), id="count", type="integer", max_length=3)
                with Vertical(id="order-field"):
                    yield Label("Order", classes="field-label")
                    yield DialogSelect(
                        [(ORDER_LABELS[order], order) for order in ORDERS],
                        value=setup.order,
                        allow_blank=False,
                        id="order",
                    )
            with Horizontal(id="time-row"):
                with Vertical(id="time-field"):
                    yield Label("Time per question", classes="field-label")
                    yield Input(
                        str(setup.time_limit) if setup.time_limit else "",
                        placeholder=f"bank's {own_time}; or e.g. 90s, 2m",
                        id="time-limit",
                    )
                with Vertical(id="answer-by-field"):
                    yield Label("Answer by", classes="field-label")
                    yield DialogSelect(
                        [(ANSWER_BY_LABELS[by], by) for by in ANSWER_BY],
                        value=setup.answer_by,
                        allow_blank=False,
                        id="answer-by",
                    )
            # Shown while "speaking" is chosen without the voice extra: the session is typed.
            hint = Label(_voice_hint(setup.answer_by), id="voice-hint")
            hint.display = bool(hint.content)
            yield hint
            yield SpaceCheckbox(
                "Read each question aloud (f5 repeats it)", setup.read_aloud, id="read-aloud"
            )
            yield from interview_date_field(setup.interview_date)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Start ⏎", id="start", variant="primary")
                yield Button("Back", id="back")

    @on(Select.Changed, "#answer-by")
    def _show_voice_hint(self, event: Select.Changed) -> None:
        text = _voice_hint(event.value)
        for hint in self.query("#voice-hint").results(Label):
            hint.update(text)
            hint.display = bool(text)

    @on(Input.Submitted)
    @on(Button.Pressed, "#start")
    def action_start(self) -> None:
        setup = self._read()
        if setup is not None:
            self.dismiss(setup)

    @on(Button.Pressed, "#back")
    def _back(self) -> None:
        self.dismiss(None)

    def _read(self) -> SessionSetup | None:
        """The fields as a setup, or None after saying which one is wrong and focusing it."""
        count_input = self.query_one("#count", Input)
        try:
            count = int(count_input.value or "0")
        except ValueError:
            count = 0
        if not 1 <= count <= 100:
            self._refuse(count_input, "Questions: a number from 1 to 100.")
            return None
        time_input = self.query_one("#time-limit", Input)
        time_limit = None
        if time_input.value.strip():
            try:
                time_limit = parse_duration(time_input.value)
            except DurationError as error:
                self._refuse(time_input, f"Time per question: {error}")
                return None
        date_input = self.query_one("#interview-date", Input)
        try:
            interview_date = parse_interview_date(date_input.value)
        except ValueError as error:
            self._refuse(date_input, f"Interview date: {error}.")
            return None
        chosen = self.query_one("#order", Select).value
        order = next((o for o in ORDERS if o == chosen), self.setup.order)
        goal = self.query_one("#goal", Input).value.strip()
        by = self.query_one("#answer-by", Select).value
        answer_by = next((b for b in ANSWER_BY if b == by), self.setup.answer_by)
        aloud = self.query_one("#read-aloud", SpaceCheckbox).value
        return SessionSetup(count, order, time_limit, goal, interview_date, answer_by, aloud)

    def _refuse(self, field: Input, message: str) -> None:
        self.notify(message, severity="error")
        field.focus()


def _voice_hint(answer_by: object) -> str:
    """One line when speaking is chosen but the voice extra is not installed, else empty."""
    if answer_by != "speaking":
        return ""
    from interview_tui.voice.extra import INSTALL_HINT, missing

    return escape(f"Answers will be typed: to speak them, {INSTALL_HINT}.") if missing() else ""
