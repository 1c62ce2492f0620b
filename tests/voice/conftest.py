"""Fixtures of the voice tests. Each test module first calls
:func:`tests.voice.audio_tools.require_extra`, so in a light venv they skip with the reason."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from interview_tui.clock import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2025, 6, 2, 10, 0, tzinfo=timezone(timedelta(hours=2))))


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny random-weight Whisper, built here: nothing is downloaded."""
    from tests.voice.tiny_whisper import build

    return build(tmp_path_factory.mktemp("models") / "tiny-random")
