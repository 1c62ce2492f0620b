"""The footer of every screen: Textual's, compact, and rebuilt only when its keys change."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import Footer

if TYPE_CHECKING:
    from textual.app import ComposeResult
    from textual.screen import Screen


class AppFooter(Footer):
    """Textual's footer, compact so that a screen's keys fit in 80 columns.

    Textual's footer rebuilds all its keys on every bindings signal, and a screen sends one
    for each change of focus even when the keys stay the same. Each rebuild mounts and
    restyles every key: on home that was a tenth of the start-up time. Here the footer is
    rebuilt only when what it would show (the bindings, enabled or not, and their tooltips)
    differs from what it shows.
    """

    def __init__(self) -> None:
        super().__init__(compact=True)
        self._shown: tuple[object, ...] | None = None
        # Textual composes its footer empty and fills it after the first frame; composed
        # with its keys at once, a screen settles in one frame (start-up is measured so).
        self.set_reactive(Footer._bindings_ready, True)

    @staticmethod
    def _keys_of(screen: Screen[object]) -> tuple[object, ...]:
        return tuple(
            (active.binding, active.enabled, active.tooltip)
            for active in screen.active_bindings.values()
        )

    def compose(self) -> ComposeResult:
        # What the first compose draws counts as shown: the first signal need not redo it.
        self._shown = self._keys_of(self.screen)
        yield from super().compose()

    def bindings_changed(self, screen: Screen[object]) -> None:
        shown = self._keys_of(screen)
        if shown == self._shown:
            return
        super().bindings_changed(screen)
        # Textual skips the rebuild while the terminal is out of focus or another screen is
        # on top: remember only what was really drawn.
        if screen.app.app_focus and self.is_attached and screen is self.screen:
            self._shown = shown
