"""The app's own keys on a screen, each once, for the help dialog and the command palette.

Textual's ``active_bindings`` also holds the keys of the focused widget's internals (↑,
"Scroll Left", "Page Right"): useful to the widget, noise in a list of what the app does.
Only bindings declared by interview-tui's own classes are listed: the screen's and its
widgets' first, then the app-wide ones (help, quit).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.dom import DOMNode
from textual.screen import Screen

OWN_PACKAGE = "interview_tui."


@dataclass(frozen=True)
class OwnKey:
    """One action of the app: its key as shown, what it does, and where it runs."""

    key: str
    binding: Binding
    node: DOMNode

    @property
    def description(self) -> str:
        return self.binding.description

    @property
    def action(self) -> str:
        return self.binding.action


def _declared_by_us(node: DOMNode, binding: Binding) -> bool:
    """Whether one of our classes, not Textual's, declares ``binding`` on ``node``."""
    wanted = (binding.action, binding.description)
    for cls in type(node).__mro__:
        declared = cls.__dict__.get("BINDINGS", ())
        # Textual splits "f1,question_mark" into one binding per key: match on what it does.
        if any(
            isinstance(item, Binding) and (item.action, item.description) == wanted
            for item in declared
        ):
            return cls.__module__.startswith(OWN_PACKAGE)
    return False


def own_keys(screen: Screen[object]) -> list[OwnKey]:
    """The app's actions reachable on ``screen``, each once, screen first, app last."""
    app = screen.app
    found: list[OwnKey] = []
    seen: set[str] = set()
    last: list[OwnKey] = []
    for active in screen.active_bindings.values():
        binding, node = active.binding, active.node
        if not binding.description or binding.system or not _declared_by_us(node, binding):
            continue
        if binding.description in seen:
            continue
        seen.add(binding.description)
        key = OwnKey(app.get_key_display(binding), binding, node)
        (last if isinstance(node, App) else found).append(key)
    return found + last


class OwnCommandsApp(App[None]):
    """An app whose command palette lists its own actions first (see :func:`own_keys`)."""

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """The app's own actions on this screen first, each once with its key; then Textual's."""
        for key in own_keys(screen):
            if key.action in {"quit", "command_palette"}:
                continue  # Textual's own "Quit" follows
            about = key.binding.tooltip or key.description
            yield SystemCommand(
                key.description,
                f"{about} · {key.key}",
                partial(self._run_binding, key.node, key.action),
            )
        yield from super().get_system_commands(screen)

    async def _run_binding(self, node: object, action: str) -> None:
        await self.run_action(action, node if isinstance(node, DOMNode) else None)
