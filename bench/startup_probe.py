"""Start one app headless, exit as soon as its home screen is interactive.

`python -m bench.startup_probe bare|ours DATA_DIR CONFIG_DIR`; the parent times the process.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path


def bare() -> None:
    from textual.app import App, ComposeResult
    from textual.widgets import Footer, Header, OptionList

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            yield Header()
            yield OptionList(*(f"Bank {i}" for i in range(9)))
            yield Footer()

    async def ready(pilot: object) -> None:
        app.exit()

    app = Bare()
    app.run(headless=True, auto_pilot=ready)  # type: ignore[arg-type]


def ours(data: Path, config: Path) -> None:
    from interview_tui.context import Context
    from interview_tui.tui.app import InterviewApp
    from interview_tui.tui.screens.home import HomeScreen

    context = Context.from_args(data, config)
    app = InterviewApp(paths=context.paths, bank_sources=context.bank_sources)

    async def ready(pilot: object) -> None:
        # Interactive: the home screen is up and its bank list is filled.
        while not (app.banks_ready and isinstance(app.screen, HomeScreen)):
            await asyncio.sleep(0.001)
        app.exit()

    app.run(headless=True, auto_pilot=ready)  # type: ignore[arg-type]


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:
        ours(Path(sys.argv[2]), Path(sys.argv[3]))
