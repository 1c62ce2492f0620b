"""Where interview-tui keeps its data and configuration, and how a file there is replaced.

Everything is computed on demand: nothing here creates a folder or reads the disk at import
time. The precedence is flag, then environment variable, then the platform default.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

import platformdirs

APP_NAME = "interview-tui"
DATA_DIR_ENV = "INTERVIEW_TUI_DATA_DIR"
CONFIG_DIR_ENV = "INTERVIEW_TUI_CONFIG_DIR"
DATABASE_NAME = "interview.sqlite3"


@dataclass(frozen=True)
class Paths:
    """The folders the app reads and writes, resolved once at start-up."""

    data_dir: Path
    config_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DATABASE_NAME

    @property
    def config_file(self) -> Path:
        return self.config_dir / "config.yaml"

    @property
    def user_banks_dir(self) -> Path:
        return self.config_dir / "banks"

    @property
    def bank_cache(self) -> Path:
        """Parsed banks, so that unchanged YAML is not parsed at every start."""
        return self.data_dir / "cache" / "banks.json"


def _pick(flag: str | os.PathLike[str] | None, env: Mapping[str, str], name: str) -> Path | None:
    if flag:
        return Path(flag).expanduser()
    value = env.get(name, "").strip()
    return Path(value).expanduser() if value else None


def resolve_paths(
    data_dir: str | os.PathLike[str] | None = None,
    config_dir: str | os.PathLike[str] | None = None,
    env: Mapping[str, str] | None = None,
) -> Paths:
    """Resolve the data and config folders from flags, the environment and platformdirs."""
    environ = os.environ if env is None else env
    data = _pick(data_dir, environ, DATA_DIR_ENV) or platformdirs.user_data_path(APP_NAME)
    config = _pick(config_dir, environ, CONFIG_DIR_ENV) or platformdirs.user_config_path(APP_NAME)
    return Paths(data_dir=data.absolute(), config_dir=config.absolute())


def bundled_banks_dir() -> Path:
    """The question banks shipped with the app.

    Inside a wheel they sit in the package; in a source checkout, beside it.
    """
    package = Path(__file__).resolve().parent
    inside = package / "question_banks"
    return inside if inside.is_dir() else package.parent / "question_banks"


@contextmanager
def atomic_writer(path: Path) -> Iterator[TextIO]:
    """Write to a temporary file beside ``path`` and move it into place only on success.

    The file is private (0600): it holds the user's answers. A symlink keeps pointing where
    it did (its target is written), and anything but a regular file is refused rather than
    replaced (as root, ``-o /dev/full`` once replaced the device).
    """
    path = Path(os.path.realpath(path))
    if path.exists() and not path.is_file():
        raise OSError(errno.EINVAL, "not a regular file; give the name of a file to write")
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
