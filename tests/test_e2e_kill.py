"""The real app in a real terminal (tmux): killed mid-answer, it loses nothing it promised to keep.

Each test runs its own tmux server (its own socket), so nothing touches the developer's tmux,
and the server is killed when the test ends. Every wait polls with a deadline; nothing sleeps
for a fixed time.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from interview_tui.banks.model import Bank, BankSource
from interview_tui.banks.sources import load_banks
from interview_tui.paths import Paths, bundled_banks_dir

if shutil.which("tmux") is None or not hasattr(signal, "SIGKILL"):
    pytest.skip("needs tmux on a POSIX system", allow_module_level=True)

REPO = Path(__file__).resolve().parents[1]
TIMEOUT = 20.0
PROBE = "@@"
TMUX_CONF = """\
set -g remain-on-exit on
set -g status off
set -g default-terminal xterm-256color
"""


@dataclass
class Tmux:
    """One tmux server with one pane, driven from outside like a user at a keyboard."""

    socket: str
    conf: Path
    name: str = "app"
    env: dict[str, str] = field(default_factory=dict)
    apps: list[int] = field(default_factory=list)  # every app pid started, for the teardown

    def __call__(self, *args: str) -> str:
        done = subprocess.run(
            ["tmux", "-L", self.socket, "-f", str(self.conf), *args],
            capture_output=True,
            text=True,
            timeout=10,
            env=self.env,
        )
        if done.returncode != 0:
            raise AssertionError(f"tmux {args[0]} failed: {done.stderr.strip()}")
        return done.stdout

    def start(self, argv: list[str], width: int = 100, height: int = 32) -> int:
        """Run ``argv`` in a new pane of the given size; return the app's pid."""
        self("new-session", "-d", "-s", self.name, "-x", str(width), "-y", str(height),
             "-c", str(REPO), *in_shell(argv))  # fmt: skip
        return self._find_app()

    def restart(self, argv: list[str]) -> int:
        """Run ``argv`` in the same pane, after the last program ended; return its pid."""
        poll(lambda: self.dead, TIMEOUT, lambda: f"the pane is still busy:\n{self.screen()}")
        self("respawn-pane", "-t", self.name, "-c", str(REPO), *in_shell(argv))
        return self._find_app()

    def _find_app(self) -> int:
        shell = int(self.info("#{pane_pid}"))

        def child() -> int | None:
            table = subprocess.run(
                ["ps", "-A", "-o", "pid=,ppid=,args="], capture_output=True, text=True
            ).stdout
            for row in table.splitlines():
                pid, ppid, args = row.split(None, 2)
                if int(ppid) == shell and "interview_tui" in args:
                    return int(pid)
            return None

        pid: int = poll(child, TIMEOUT, lambda: "the app did not start")
        self.apps.append(pid)
        return pid

    def type(self, text: str) -> None:
        self("send-keys", "-t", self.name, "-l", text)

    def press(self, *keys: str) -> None:
        self("send-keys", "-t", self.name, *keys)

    def resize(self, width: int, height: int) -> None:
        self("resize-window", "-t", self.name, "-x", str(width), "-y", str(height))

    def screen(self, styled: bool = False) -> str:
        """The visible screen as text; ``styled`` keeps the SGR escape sequences."""
        return self("capture-pane", "-p", *(["-e"] if styled else []), "-t", self.name)

    def info(self, fmt: str) -> str:
        return self("display-message", "-p", "-t", self.name, fmt).strip()

    @property
    def dead(self) -> bool:
        return self.info("#{pane_dead}") == "1"

    def wait_for(self, *texts: str, timeout: float = TIMEOUT) -> str:
        """Poll the screen until every one of ``texts`` is on it; return that screen."""
        screen = ""

        def shown() -> bool:
            nonlocal screen
            screen = self.screen()
            return all(text in screen for text in texts)

        poll(shown, timeout, lambda: f"{texts} not on screen; the screen:\n{screen}")
        return screen

    def wait_gone(self, text: str, timeout: float = TIMEOUT) -> str:
        screen = ""

        def gone() -> bool:
            nonlocal screen
            screen = self.screen()
            return text not in screen

        poll(gone, timeout, lambda: f"{text!r} still on screen:\n{screen}")
        return screen

    def wait_for_editor(self) -> None:
        """Wait until keys reach the answer editor.

        A new screen asks for focus after it is drawn, so a key sent the moment the screen
        shows can land elsewhere. Type a probe, see it appear, and take it out again.
        """
        self.type(PROBE)
        self.wait_for(PROBE)
        self.press(*["BSpace"] * len(PROBE))
        self.wait_gone(PROBE)

    def rate(self, criteria: list[tuple[str, int]]) -> None:
        """Score each criterion in the rating dialog, then save with Enter.

        One key at a time, each waited for until it shows: a burst of keys ("1234" in one
        write) can outrun the dialog moving its focus to the next criterion.
        """
        for label, score in criteria:
            self.press(str(score))
            poll(
                lambda label=label: shown_score(self.screen(styled=True), label),
                TIMEOUT,
                lambda label=label: f"no score shown for {label!r}:\n{self.screen()}",
            )
            got = shown_score(self.screen(styled=True), label)
            assert got == score, (label, got)
        self.press("Enter")

    def assert_alive(self) -> str:
        screen = self.screen()
        assert all(running(pid) for pid in self.apps[-1:]), f"the app ended:\n{screen}"
        assert not self.dead and "[exited" not in screen, f"the app ended:\n{screen}"
        assert "Traceback" not in screen, screen
        return screen


def in_shell(argv: list[str]) -> list[str]:
    """``argv`` under a shell that waits for it, reaps it and says how it ended.

    tmux 3.3 sometimes leaves its own dead child a zombie, and a zombie's pid still answers
    ``kill(pid, 0)``: the app would then think its killed predecessor is still running.
    """
    return ["sh", "-c", '"$@"; echo "[exited $?]"', "sh", *argv]


def running(pid: int) -> bool:
    """Whether ``pid`` is a live process (a zombie is not)."""
    state = subprocess.run(["ps", "-o", "stat=", "-p", str(pid)], capture_output=True, text=True)
    return state.stdout.strip()[:1] not in {"", "Z"}


def poll(
    condition: Callable[[], Any], timeout: float, message: Callable[[], str], every: float = 0.1
) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"after {timeout:.0f} s: {message()}")
        time.sleep(every)


SGR = re.compile(r"\x1b\[([0-9;]*)m")


def reversed_text(line: str) -> str:
    """The characters of a ``capture-pane -e`` line that are drawn in reverse video."""
    out: list[str] = []
    reverse = False
    position = 0
    for match in SGR.finditer(line):
        if reverse:
            out.append(line[position : match.start()])
        params = [int(p) if p else 0 for p in match.group(1).split(";")]
        i = 0
        while i < len(params):
            if params[i] == 0:
                reverse = False
            elif params[i] == 7:
                reverse = True
            elif params[i] == 27:
                reverse = False
            elif params[i] in (38, 48, 58):  # colours: 38;5;N or 38;2;R;G;B
                i += 2 if i + 1 < len(params) and params[i + 1] == 5 else 4
            i += 1
        position = match.end()
    if reverse:
        out.append(line[position:])
    return "".join(out)


def shown_score(styled_screen: str, label: str) -> int | None:
    """The score the rating dialog highlights (reverse video) on the row of ``label``."""
    for line in styled_screen.splitlines():
        plain = SGR.sub("", line)
        if label in plain:
            after = line[line.rindex(label) + len(label) :]
            digits = re.findall(r"[1-5]", reversed_text(after))
            return int(digits[0]) if len(digits) == 1 else None
    return None


@pytest.fixture
def tmux(tmp_path: Path) -> Iterator[Tmux]:
    conf = tmp_path / "tmux.conf"
    conf.write_text(TMUX_CONF, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in {"TMUX", "TMUX_PANE"}}
    # Unique per test and per run, so parallel runs and the user's own tmux never meet.
    server = Tmux(f"itui-{os.getpid()}-{tmp_path.name}"[:60], conf, env=env)
    try:
        yield server
    finally:
        for pid in server.apps:  # only the apps this test started
            if running(pid):
                os.kill(pid, signal.SIGKILL)
        socket = subprocess.run(
            ["tmux", "-L", server.socket, "display-message", "-p", "#{socket_path}"],
            capture_output=True, text=True, timeout=10, env=env,
        ).stdout.strip()  # fmt: skip
        subprocess.run(
            ["tmux", "-L", server.socket, "kill-server"], capture_output=True, timeout=10, env=env
        )
        if socket:  # tmux leaves its socket file behind
            Path(socket).unlink(missing_ok=True)


@pytest.fixture
def dirs(isolated_dirs: Paths) -> Paths:
    isolated_dirs.config_dir.mkdir(parents=True)
    isolated_dirs.config_file.write_text("autosave_seconds: 1\n", encoding="utf-8")
    return isolated_dirs


def app(paths: Paths, *argv: str) -> list[str]:
    return [
        sys.executable, "-m", "interview_tui",
        "--data-dir", str(paths.data_dir), "--config-dir", str(paths.config_dir), *argv,
    ]  # fmt: skip


def query(database: Path, sql: str, *parameters: Any) -> list[Any]:
    """Read the app's database read-only, beside the running app."""
    with closing(sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True, timeout=5)) as db:
        return db.execute(sql, parameters).fetchall()


def attempt(database: Path, position: int) -> tuple[str, str, float | None, dict[str, int]]:
    """(status, answer, overall, ratings) of the first session's attempt at ``position``."""
    rows = query(
        database,
        "SELECT id, status, answer, overall FROM attempts WHERE session_id = 1 AND position = ?",
        position,
    )
    assert len(rows) == 1, rows
    attempt_id, status, answer, overall = rows[0]
    ratings = dict(
        query(database, "SELECT criterion, score FROM ratings WHERE attempt_id = ?", attempt_id)
    )
    return status, answer, overall, ratings


def behavioral() -> Bank:
    bank = load_banks([BankSource(bundled_banks_dir(), "bundled")]).get("behavioral")
    assert bank is not None and len(bank.criteria) == 4
    return bank


FIRST = "First answer: I paired with Sam every morning for two weeks."
SECOND = "Second answer, still typing: the team had stopped talking"
MORE = " until we set one shared goal."


def test_sigkill_mid_answer_keeps_everything_and_resumes_the_draft(tmux: Tmux, dirs: Paths) -> None:
    bank = behavioral()
    questions = [question.text for question in bank.questions]
    labels = [criterion.label for criterion in bank.criteria]
    database = dirs.database
    pid = tmux.start(app(dirs, "practice", "behavioral", "-n", "3", "--order", "sequential"))
    tmux.wait_for("Question 1 of 3", questions[0][:40])
    tmux.wait_for_editor()

    # First answer: submitted and rated.
    tmux.type(FIRST)
    tmux.wait_for(FIRST)
    tmux.press("C-s")
    tmux.wait_for("Rate your answer")
    tmux.rate(list(zip(labels, [1, 2, 3, 4], strict=True)))
    tmux.wait_for("Question 2 of 3", questions[1][:40])
    tmux.wait_for_editor()

    # Second answer: half typed, and autosaved as a draft.
    tmux.type(SECOND)
    tmux.wait_for(SECOND)

    def draft_saved() -> bool:
        try:
            rows = query(
                database, "SELECT answer FROM attempts WHERE status = 'draft' AND position = 1"
            )
        except sqlite3.OperationalError:  # not created yet, or busy for a moment
            return False
        return rows == [(SECOND,)]

    poll(draft_saved, 10, lambda: "the draft never reached the database")

    # Kill it the hard way: no handler runs, nothing is flushed.
    os.kill(pid, signal.SIGKILL)
    tmux.wait_for(f"[exited {128 + signal.SIGKILL}]")  # the shell saw it die of SIGKILL
    poll(lambda: not running(pid), 10, lambda: f"process {pid} is still running")
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # reaped: gone for the next start's liveness check too

    # Everything submitted before the kill is intact, and so is the draft.
    assert attempt(database, 0) == (
        "submitted",
        FIRST,
        2.5,
        {"structure": 1, "specificity": 2, "impact": 3, "reflection": 4},
    )
    assert attempt(database, 1) == ("draft", SECOND, None, {})
    assert query(database, "SELECT position, ended_at FROM sessions") == [(1, None)]

    # Start again: the unfinished session is offered, and Enter resumes it with the draft.
    second = tmux.restart(app(dirs))
    assert second != pid
    tmux.wait_for("Resume your unfinished session?", "question 2 of 3")
    tmux.press("Enter")
    tmux.wait_gone("Resume your unfinished session?")
    tmux.wait_for("Question 2 of 3", SECOND)
    tmux.wait_for_editor()

    # The cursor waits at the end of the draft: typing carries on from there.
    tmux.type(MORE)
    tmux.wait_for(SECOND + MORE)
    tmux.press("C-s")
    tmux.wait_for("Rate your answer")
    tmux.rate(list(zip(labels, [4, 3, 2, 1], strict=True)))
    tmux.wait_for("Question 3 of 3", questions[2][:40])

    assert attempt(database, 1) == (
        "submitted",
        SECOND + MORE,
        2.5,
        {"structure": 4, "specificity": 3, "impact": 2, "reflection": 1},
    )
    assert attempt(database, 0)[:2] == ("submitted", FIRST)
    assert query(database, "SELECT count(*) FROM sessions") == [(1,)]  # resumed, not restarted
    tmux.assert_alive()


def test_home_and_a_session_at_40x12_do_not_crash(tmux: Tmux, dirs: Paths) -> None:
    tmux.start(app(dirs), width=40, height=12)
    tmux.wait_for("interview-tui", "INTERVIEWEE", "Behavioral (STAR)")  # banks loaded
    tmux.assert_alive()

    tmux.press("Enter")  # the bank list has the focus: set up a session at this size
    tmux.wait_for("Practise", "Goal for this")
    tmux.press("Enter")  # and start it
    tmux.wait_for("Question 1")
    tmux.wait_for_editor()
    tmux.type("tiny screen")
    tmux.wait_for("tiny screen")  # still drawing, still reading keys
    tmux.press("C-s")
    tmux.wait_for("Rate your answer")
    tmux.press("escape")
    tmux.wait_gone("Rate your answer")
    tmux.type(" still")
    tmux.wait_for("tiny screen still")
    tmux.assert_alive()


def test_shrinking_the_terminal_during_a_rehearsal_does_not_crash(tmux: Tmux, dirs: Paths) -> None:
    questions = [question.text for question in behavioral().questions]
    tmux.start(app(dirs, "practice", "behavioral", "-n", "2", "--order", "sequential"))
    tmux.wait_for("Question 1 of 2", questions[0][:40])
    tmux.wait_for_editor()
    tmux.type("before")
    tmux.wait_for("before")

    tmux.resize(40, 12)
    poll(lambda: tmux.info("#{pane_width}x#{pane_height}") == "40x12", 10, lambda: "no resize")
    tmux.type(" after")
    tmux.wait_for("before after")  # it redrew at 40x12 and still reads keys
    tmux.assert_alive()

    tmux.press("C-s")  # the rating dialog at 40x12
    tmux.wait_for("Rate your answer")
    tmux.resize(100, 32)
    tmux.wait_for("Rate your answer", questions[0][:40])
    tmux.assert_alive()


def test_a_broken_config_is_a_warning_in_the_app_not_a_crash(tmux: Tmux, dirs: Paths) -> None:
    dirs.config_file.write_text("time_limit: 2.5\nquestions: lots\n", encoding="utf-8")
    tmux.start(app(dirs, "practice", "behavioral", "-n", "1"))
    tmux.wait_for("Question 1 of 1", "time_limit")  # the session runs; the warning shows
    tmux.assert_alive()
