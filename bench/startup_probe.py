"""Start one app headless and print when its home screen is interactive, then exit.

`python -m bench.startup_probe bare|ours [DATA_DIR CONFIG_DIR]`. The line printed is
``time.monotonic()`` at the moment the first frame showing the filled home screen has been
rendered; the parent subtracts the moment it spawned the process. Both apps are measured to
the same point, and neither pays for its own shutdown.
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from rich.console import RenderableType
    from textual.app import App
    from textual.pilot import Pilot
    from textual.screen import Screen


def run_until_interactive(app: App[None], interactive: Callable[[], bool]) -> None:
    """Run ``app`` until it renders the first frame drawn after ``interactive()`` held.

    A task polls the condition; the frame is caught where Textual hands it to the driver
    (``App._display``), so work an app defers until after that frame is not counted, and
    work it does before is.
    """
    ready = False
    display = app._display

    def displayed(screen: Screen[object], renderable: RenderableType | None) -> None:
        nonlocal ready
        display(screen, renderable)
        if ready and renderable is not None:
            ready = False
            print(time.monotonic(), flush=True)
            if os.environ.get("STARTUP_PROBE_EXIT_AT_ONCE"):
                os._exit(0)  # counting instructions: shutdown is not start-up
            app.exit()

    app._display = displayed  # type: ignore[method-assign]

    async def wait(pilot: Pilot[object]) -> None:
        nonlocal ready
        while not interactive():
            await asyncio.sleep(0.001)
        ready = True
        app.refresh()  # so that a frame follows even if nothing else changes

    app.run(headless=True, size=(100, 32), auto_pilot=wait)


def bare() -> None:
    from textual.app import App, ComposeResult
    from textual.widgets import Footer, Header, OptionList

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            yield Header()
            yield OptionList(*(f"Bank {i}" for i in range(9)))
            yield Footer()

    app = Bare()
    run_until_interactive(app, lambda: app.query_one(OptionList).option_count > 0)


def ours(data: Path, config: Path) -> None:
    from textual.widget import Widget

    from interview_tui.cli.context import Context
    from interview_tui.cli.main import build_parser
    from interview_tui.cli.tui import make_app
    from interview_tui.tui.screens.home import HomeScreen
    from interview_tui.tui.widgets.bank_list import BankList

    # The way `interview-tui --data-dir D --config-dir C` gets there: its parser included.
    args = build_parser().parse_args(["--data-dir", str(data), "--config-dir", str(config)])
    context = Context.from_args(args.data_dir, args.config_dir)
    app = make_app(context)

    def interactive() -> bool:
        # The home screen is up with its bank list filled and every widget on it mounted.
        # The list's size counts its banks only once it has laid them out.
        screen = app.screen
        if not (isinstance(screen, HomeScreen) and screen.is_mounted):
            return False
        listing = screen.query_one(BankList)
        return (
            screen.selected_bank() is not None
            and listing.virtual_size.height >= listing.option_count
            and all(node.is_mounted for node in screen.walk_children(Widget))
        )

    run_until_interactive(app, interactive)


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:
        ours(Path(sys.argv[2]), Path(sys.argv[3]))
