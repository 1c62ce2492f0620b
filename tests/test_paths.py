from __future__ import annotations

from pathlib import Path

from interview_tui.paths import resolve_paths


def test_flag_beats_env_beats_platform(tmp_path: Path) -> None:
    env = {"INTERVIEW_TUI_DATA_DIR": str(tmp_path / "env-data")}
    paths = resolve_paths(data_dir=tmp_path / "flag", env=env)
    assert paths.data_dir == tmp_path / "flag"
    assert resolve_paths(env=env).data_dir == tmp_path / "env-data"
    platform = resolve_paths(env={})
    assert platform.data_dir.name == "interview-tui"
    assert platform.config_dir.name == "interview-tui"


def test_resolving_creates_nothing(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "d", tmp_path / "c", env={})
    assert paths.database == tmp_path / "d" / "interview.sqlite3"
    assert paths.user_banks_dir == tmp_path / "c" / "banks"
    assert not (tmp_path / "d").exists() and not (tmp_path / "c").exists()
