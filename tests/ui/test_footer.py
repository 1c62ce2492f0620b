"""The footer is rebuilt when the keys it shows change, and only then."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import Button
from textual.widgets._footer import FooterKey

from interview_tui.tui.widgets.footer import AppFooter
from tests.ui.conftest import until


class Plain(Button):
    pass


class WithKey(Button):
    BINDINGS = [Binding("x", "press", "Press it")]


class FooterApp(App[None]):
    BINDINGS = [Binding("f2", "bell", "Ring")]

    def compose(self) -> ComposeResult:
        yield Plain("one", id="one")
        yield Plain("two", id="two")
        yield WithKey("three", id="three")
        yield AppFooter()


def _keys(app: App[None]) -> list[FooterKey]:
    return list(app.screen.query(FooterKey))


def _shown(app: App[None]) -> list[str]:
    return [key.description for key in _keys(app) if key.description]


async def test_the_footer_follows_the_keys_and_skips_rebuilds_that_change_nothing() -> None:
    app = FooterApp()
    async with app.run_test() as pilot:
        await until(pilot, lambda: "Ring" in _shown(app))
        assert app.focused is not None and app.focused.id == "one"
        before = _keys(app)

        app.set_focus(app.query_one("#two"))  # the same keys: the footer is left alone
        for _ in range(5):
            await pilot.pause()
        assert _keys(app) == before

        app.set_focus(app.query_one("#three"))  # a key more: the footer shows it
        await until(pilot, lambda: "Press it" in _shown(app))
        assert _shown(app)[:2] == ["Press it", "Ring"]

        app.set_focus(app.query_one("#one"))  # and drops it again
        await until(pilot, lambda: "Press it" not in _shown(app))
        assert "Ring" in _shown(app)
