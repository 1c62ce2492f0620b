"""Export from the TUI: one session or all of them, as Markdown, CSV or JSON, to a file."""

from __future__ import annotations

from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet, Static

from interview_tui.clock import iso
from interview_tui.errors import UserError
from interview_tui.review.export import FORMATS, ExportFormat, export_to_file
from interview_tui.review.ratings import rubric_labels
from interview_tui.timefmt import counted
from interview_tui.tui.markup import escape
from interview_tui.tui.services import UsesServices
from interview_tui.tui.widgets.footer import AppFooter

FORMAT_LABELS: dict[ExportFormat, str] = {
    "md": "Markdown: to read, or to send to a mentor",
    "csv": "CSV: one row per answer, for a spreadsheet",
    "json": "JSON: everything, for other programs",
}


class ExportScreen(UsesServices, ModalScreen[None]):
    CSS_PATH = "screens.tcss"

    BINDINGS = [Binding("escape", "dismiss", "Cancel")]

    def __init__(self, session_id: int | None) -> None:
        super().__init__()
        self.session_id = session_id

    def default_path(self, fmt: ExportFormat) -> Path:
        stamp = self.services.clock.now().strftime("%Y-%m-%d")
        which = f"session-{self.session_id}" if self.session_id else "all"
        return Path.home() / f"interview-tui-{which}-{stamp}.{fmt}"

    def compose(self) -> ComposeResult:
        yield AppFooter()  # this dialog's own keys, not those of the screen below
        with Vertical(classes="dialog", id="export-dialog"):
            yield Label("Export", classes="dialog-title")
            yield RadioSet(
                RadioButton("This session", value=self.session_id is not None, id="one"),
                RadioButton("All sessions", value=self.session_id is None, id="all"),
                id="export-which",
                disabled=self.session_id is None,
            )
            yield RadioSet(
                *(RadioButton(FORMAT_LABELS[f], value=f == "md", id=f) for f in FORMATS),
                id="export-format",
            )
            yield Input(str(self.default_path("md")), id="export-path")
            yield Static("", id="export-status")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Export", id="go", variant="primary")
                yield Button("Cancel", id="cancel")

    def _format(self) -> ExportFormat:
        pressed = self.query_one("#export-format", RadioSet).pressed_button
        return next((f for f in FORMATS if pressed is not None and pressed.id == f), "md")

    @on(RadioSet.Changed, "#export-format")
    def _format_changed(self) -> None:
        path_input = self.query_one("#export-path", Input)
        path_input.value = str(Path(path_input.value).with_suffix(f".{self._format()}"))

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss()

    @on(Input.Submitted)
    @on(Button.Pressed, "#go")
    def _go(self) -> None:
        value = self.query_one("#export-path", Input).value.strip()
        if not value:
            self.notify("Where should the file go?", severity="warning")
            return
        which = self.query_one("#export-which", RadioSet).pressed_button
        ids = (
            [self.session_id]
            if which is not None and which.id == "one" and self.session_id
            else None
        )
        self.query_one("#export-status", Static).update("Exporting…")
        self._export(Path(value).expanduser(), self._format(), ids)

    @work(thread=True, exclusive=True, group="export")
    def _export(self, path: Path, fmt: ExportFormat, ids: list[int] | None) -> None:
        store = self.services.store
        try:
            count = export_to_file(
                store,
                ids,
                fmt,
                path,
                iso(self.services.clock.now()),
                rubric_labels(self.services.banks.banks),
            )
        except (UserError, OSError) as error:
            message = getattr(error, "strerror", None) or str(error)
            self.app.call_from_thread(self._failed, f"Not exported: {message}")
            return
        self.app.call_from_thread(self._done, f"Exported {counted(count, 'session')} to {path}")

    def _failed(self, message: str) -> None:
        self.query_one("#export-status", Static).update(f"[$error]{escape(message)}[/]")

    def _done(self, message: str) -> None:
        self.notify(message, timeout=8)
        self.dismiss()
