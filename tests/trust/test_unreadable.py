"""An unreadable config folder: every command says so in one line, none shows a traceback."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest

from interview_tui.cli.main import main
from interview_tui.paths import Paths


@pytest.fixture
def unreadable_config(isolated_dirs: Paths, monkeypatch: pytest.MonkeyPatch) -> Paths:
    """The config folder as a user without permission sees it (root would read it anyway)."""
    (isolated_dirs.config_dir / "banks").mkdir(parents=True)
    locked = str(isolated_dirs.config_dir)
    real_stat = Path.stat

    def stat(self: Path, *args: Any, **kwargs: Any) -> os.stat_result:
        if str(self).startswith(locked + os.sep):
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_stat(self, *args, **kwargs)

    monkeypatch.setattr(Path, "stat", stat)
    return isolated_dirs


@pytest.mark.parametrize(
    "command", [["banks"], ["banks", "--json"], ["validate"], ["history"], ["export"], ["locate"]]
)
def test_every_command_survives_an_unreadable_config_folder(
    unreadable_config: Paths, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    code = main(command)
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert code in (0, 1)
    if command[0] in ("banks", "validate"):
        assert "cannot read it (Permission denied); check its permissions" in (
            captured.out + captured.err
        )
