"""Home's styles come first; every other screen's are read once home is drawn."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path
from unittest.mock import patch

from textual.screen import Screen

import interview_tui.tui.screens as screens_package
from interview_tui.tui.app import SCREEN_STYLES
from interview_tui.tui.screens.home import HomeScreen
from interview_tui.tui.screens.setup import SetupScreen
from tests.ui.conftest import AppFactory, until


def _our_screens() -> list[type[Screen[object]]]:
    found = []
    for info in pkgutil.iter_modules(screens_package.__path__):
        module = importlib.import_module(f"{screens_package.__name__}.{info.name}")
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, Screen) and cls.__module__ == module.__name__:
                found.append(cls)
    return found


def test_every_screen_but_home_names_the_screen_styles() -> None:
    screens = _our_screens()
    assert len(screens) > 10
    for screen in screens:
        if screen is HomeScreen:
            assert screen.CSS_PATH is None
            continue
        path = Path(inspect.getfile(screen)).parent / str(screen.CSS_PATH)
        assert path.resolve() == SCREEN_STYLES.resolve(), screen.__name__


async def test_the_screen_styles_are_read_after_home_and_opening_a_screen_reparses_nothing(
    make_app: AppFactory,
) -> None:
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        path = str(SCREEN_STYLES.resolve())
        await until(pilot, lambda: app.stylesheet.has_source(path))
        with patch.object(app.stylesheet, "reparse", wraps=app.stylesheet.reparse) as reparse:
            await pilot.press("enter")
            await until(pilot, lambda: isinstance(app.screen, SetupScreen))
            await pilot.pause()
        assert reparse.call_count == 0
        # And the dialog is styled by those rules: its width comes from screens.tcss.
        assert app.screen.query_one("#setup-dialog").outer_size.width == 64
