"""Third-party text shows cleanly: Markdown questions, categories without HTML, wide scripts."""

from __future__ import annotations

from pathlib import Path

from rich.cells import cell_len
from textual.content import Content
from textual.widgets import Label

from interview_tui.banks.model import BankSource
from interview_tui.clock import FakeClock
from interview_tui.tui.app import PracticeRequest
from interview_tui.tui.screens.rate import RateScreen
from interview_tui.tui.widgets.criterion_row import CriterionRow
from tests.ui.conftest import AppFactory, until

BANK = """\
id: third_party
role: interviewee
time_limit: 60
rubric:
  - {id: clarity, label: 明確さ}
  - {id: depth, label: Depth}
questions:
  - id: code
    category: '<a name="ds"></a>Data structures [[⬆]](#toc)'
    text: |
      What does this print?

      ```python
      print([x * 2 for x in range(3)])
      ```
"""


async def test_a_question_renders_as_markdown_and_its_category_is_plain(
    make_app: AppFactory, tmp_path: Path, clock: FakeClock
) -> None:
    (tmp_path / "third.yaml").write_text(BANK, encoding="utf-8")
    app = make_app(
        practice=PracticeRequest("third_party", 1, "sequential"),
        sources=[BankSource(tmp_path / "third.yaml", "flag")],
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await until(pilot, lambda: app.screen.query("MarkdownFence"))
        card_text = app.screen.query_one("#card-text")
        assert "```" not in " ".join(str(w.render()) for w in card_text.query("*"))
        progress = str(app.screen.query_one("#card-progress", Label).content)
        assert progress.endswith("· Data structures")
        assert "<a" not in progress and "[[" not in progress

        await pilot.press(*"[0, 2, 4]")
        clock.advance(5)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, RateScreen))
        rows = list(app.screen.query(CriterionRow))
        lines = [Content.from_markup(str(row.render())).plain.split("\n")[0] for row in rows]
        # The scores start in the same column whatever script the label is in.
        starts = [cell_len(line[: line.index(" 1 ")]) for line in lines]
        assert starts[0] == starts[1]
