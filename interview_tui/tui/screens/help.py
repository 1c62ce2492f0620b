"""Help: the keys of the screen you came from, and what the cycle is for."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Markdown

from interview_tui.tui.widgets.footer import AppFooter

CYCLE = """\
## The cycle

1. **Prepare**: pick a side of the table, a bank, and a goal for the session.
2. **Rehearse**: one question at a time. The clock never cuts you off; past the limit it
   counts overtime. Say it out loud as you type if you can.
3. **Rate**: be honest, 1 to 5 on each criterion. Mark the questions that stumped you:
   they are the ones worth practising again.
4. **Reflect**: what went well, what to improve, and goals for next time.

Everything you type is saved on this computer only.
"""


def keys_markdown(screen: Screen[object]) -> str:
    """The app's own keys on ``screen`` as a Markdown table (no widget internals)."""
    from interview_tui.tui.keys import own_keys

    rows = [f"| `{key.key}` | {key.description} |" for key in own_keys(screen)]
    table = "\n".join(rows) or "| | |"
    return (
        f"## Keys here\n\n| key | does |\n|---|---|\n{table}\n\n"
        "`ctrl+p` opens the command palette.\n"
    )


class HelpScreen(ModalScreen[None]):
    CSS_PATH = "screens.tcss"
    BINDINGS = [Binding("escape,f1,question_mark", "dismiss", "Close")]

    def __init__(self, keys: str) -> None:
        super().__init__()
        self._keys = keys

    def compose(self) -> ComposeResult:
        yield AppFooter()  # this dialog's own keys, not those of the screen below
        with VerticalScroll(id="help", classes="dialog"):
            yield Markdown(self._keys + "\n" + CYCLE)
