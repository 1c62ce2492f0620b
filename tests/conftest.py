"""Shared fixtures. Every test runs isolated from the developer's own data and config."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from interview_tui.clock import FakeClock
from interview_tui.paths import Paths
from interview_tui.store.database import Store


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Paths]:
    """Point every path the app could use at a temporary folder."""
    data = tmp_path / "data"
    config = tmp_path / "config"
    monkeypatch.setenv("INTERVIEW_TUI_DATA_DIR", str(data))
    monkeypatch.setenv("INTERVIEW_TUI_CONFIG_DIR", str(config))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    yield Paths(data_dir=data, config_dir=config)


OpenStore = Callable[..., Store]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "interview.sqlite3"


@pytest.fixture
def open_store(db: Path, clock: FakeClock) -> Iterator[OpenStore]:
    """Open stores on ``db`` (or another path); every one is closed after the test.

    ``clock`` is each test module's own: their start dates differ on purpose.
    """
    opened: list[Store] = []

    def open_(path: Path | None = None, **kwargs: Any) -> Store:
        store = Store.open(path or db, kwargs.pop("clock", clock), **kwargs)
        opened.append(store)
        return store

    yield open_
    for store in opened:
        store.close()


@pytest.fixture
def store(open_store: OpenStore) -> Store:
    return open_store()


@pytest.fixture
def write_bank(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Write a bank file under tmp_path/banks and return its path."""

    def write(text: str, name: str = "bank.yaml", folder: Path | None = None) -> Path:
        target = (folder or tmp_path / "banks") / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        return target

    return write
