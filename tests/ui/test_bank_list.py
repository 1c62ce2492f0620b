"""Home's bank list: aligned columns under the names on its border, one highlight kept."""

from __future__ import annotations

from textual.app import App, ComposeResult

from interview_tui.tui.cells import fit_cells
from interview_tui.tui.widgets.bank_list import TITLE_WIDTH, BankList


class ListApp(App[None]):
    def compose(self) -> ComposeResult:
        yield BankList(id="banks")


def _lines(listing: BankList) -> list[str]:
    return [str(option.prompt) for option in listing.options]


def test_a_long_title_is_cut_with_an_ellipsis() -> None:
    assert fit_cells("short", 10) == "short"
    assert fit_cells("abcdefghij", 10) == "abcdefghij"
    assert fit_cells("abcdefghijk", 10) == "abcdefghi…"


async def test_columns_line_up_with_their_names_and_a_number_widens_its_column() -> None:
    app = ListApp()
    async with app.run_test() as pilot:
        listing = app.query_one(BankList)
        listing.show(
            [
                ("a", ("Behavioral", "33", "never", "")),
                ("b", ("Career story and motivation [draft]", "7", "2 days ago", "4")),
                ("c", ("x" * 60, "5", "today", "…")),
            ]
        )
        await pilot.pause()
        title = str(listing.border_title)
        lines = _lines(listing)
        # Each column starts where its name does; the numbers end where theirs end.
        assert lines[1].index("2 days ago") == title.index("Practised")
        assert lines[0].index("33") == title.index("Qs")
        assert lines[1].index("7") == title.index("Qs") + 1
        assert lines[1].endswith("  4")
        assert "[draft]" in lines[1]  # shown as written, not read as markup
        assert lines[2].startswith("x" * (TITLE_WIDTH - 1) + "…")
        assert listing.highlighted_id == "a"

        listing.set_cell("b", 3, "12")  # a wider count: every line moves with it
        lines = _lines(listing)
        assert lines[1].endswith(" 12") and lines[0].endswith("   ")
        assert len({len(line) for line in lines}) == 1
        assert lines[1].index("12") == str(listing.border_title).index("Due") + 1
        assert listing.cell("b", 3) == "12" and listing.cell("zzz", 3) == ""

        listing.highlighted = 2
        listing.show([("c", ("C", "1", "never", "")), ("a", ("A", "1", "never", ""))])
        assert listing.highlighted_id == "c"  # the same bank, wherever it is now
        listing.show([("a", ("A", "1", "never", ""))])
        assert listing.highlighted_id == "a"
        listing.show([])
        assert listing.highlighted_id is None
