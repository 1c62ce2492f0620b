"""The footer of every screen: Textual's, compact, and rebuilt only when its keys change."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import Footer

if TYPE_CHECKING:
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

    def bindings_changed(self, screen: Screen[object]) -> None:
        shown = tuple(
            (active.binding, active.enabled, active.tooltip)
            for active in screen.active_bindings.values()
        )
        if shown == self._shown:
            return
        super().bindings_changed(screen)
        # Textual skips the rebuild while the terminal is out of focus or another screen is
        # on top: remember only what was really drawn.
        if screen.app.app_focus and self.is_attached and screen is self.screen:
            self._shown = shown
