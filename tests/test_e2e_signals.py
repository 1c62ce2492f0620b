"""SIGTERM and SIGHUP in a real terminal: the draft saved, the terminal restored, the app gone."""

from __future__ import annotations

import os
import signal
import sqlite3

import pytest

from interview_tui.paths import Paths
from tests.test_e2e_kill import Tmux, app, dirs, poll, query, running, tmux

__all__ = ["dirs", "tmux"]  # fixtures, used by name

TYPED = "Typed a second before the signal"


@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP"])
def test_signal_saves_the_draft_restores_the_terminal_and_exits(
    tmux: Tmux, dirs: Paths, name: str
) -> None:
    number = getattr(signal, name)
    dirs.config_file.write_text("autosave_seconds: 60\n", encoding="utf-8")  # no autosave
    pid = tmux.start(app(dirs, "practice", "behavioral", "-n", "2", "--order", "sequential"))
    tmux.wait_for("Question 1 of 2")
    tmux.wait_for_editor()
    tmux.type(TYPED)
    tmux.wait_for(TYPED)
    os.kill(pid, number)  # well before the autosave: only the handler can save it
    poll(lambda: tmux.dead, 20, lambda: f"the app did not exit:\n{tmux.screen()}")
    history = tmux("capture-pane", "-p", "-S", "-200", "-t", tmux.name)
    assert f"[exited {128 + number}]" in history, history  # it ended by the signal
    poll(lambda: not running(pid), 10, lambda: f"process {pid} is still running")

    def saved() -> bool:
        try:
            rows = query(dirs.database, "SELECT answer FROM attempts WHERE status = 'draft'")
        except sqlite3.OperationalError:
            return False
        return rows == [(TYPED,)]

    assert saved(), query(dirs.database, "SELECT answer, status FROM attempts")
    # The start made the day's backup, beside the database.
    assert list((dirs.data_dir / "backups").glob("interview-*.sqlite3"))
    # The terminal is back to normal: out of the alternate screen, no mouse reporting.
    assert tmux.info("#{alternate_on}") == "0"
    assert tmux.info("#{mouse_any_flag}#{mouse_button_flag}#{mouse_all_flag}") == "000"

    second = tmux.restart(app(dirs))
    assert second != pid
    tmux.wait_for("Resume your unfinished session?")
    tmux.press("Enter")
    tmux.wait_for("Question 1 of 2", TYPED)
    tmux.assert_alive()
