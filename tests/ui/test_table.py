"""Table: rows drawn before the table measured them are not kept at the old widths."""

from __future__ import annotations

from textual.app import App, ComposeResult

from interview_tui.tui.widgets.table import Table

LONG = "Sun 29 Nov, 13:55"


class _TableApp(App[None]):
    def compose(self) -> ComposeResult:
        yield Table()

    def on_mount(self) -> None:
        self.query_one(Table).add_column("Started")


async def test_measuring_new_rows_retires_the_lines_drawn_before() -> None:
    app = _TableApp()
    async with app.run_test(size=(60, 10)) as pilot:
        await pilot.pause()
        table = app.query_one(Table)
        table.add_row(LONG)
        early = table.render_line(1).text  # drawn before the table's idle measured the row
        drawn_at = table._update_count
        await pilot.pause()  # measured now
        assert LONG not in early  # the label's width, as Textual draws it then
        assert table._update_count > drawn_at  # so the lines cached at that count are retired
        assert LONG in table.render_line(1).text
