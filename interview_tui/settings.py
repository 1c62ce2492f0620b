"""User settings from ``config.yaml``. A bad file or value gives a warning and the default."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from interview_tui.banks.model import ROLES, Role
from interview_tui.durations import DurationError, parse_duration
from interview_tui.practice.plan import ORDERS, Order

if TYPE_CHECKING:
    import yaml


@dataclass(frozen=True)
class Settings:
    role: Role = "interviewee"
    questions: int = 5
    order: Order = "random"
    time_limit: int | None = None  # overrides every bank's limit when set
    autosave_seconds: int = 5
    theme: str = "textual-dark"
    checklist: bool = True  # the interviewer's preparation checklist before a session
    backups: int = 7  # daily database backups kept; 0 turns them off
    interview_date: date | None = None  # the next real interview: every question due by then
    max_interval_days: int = 14  # spaced repetition never waits longer than this
    read_aloud: bool = False  # each question spoken by the system's voice in a session


@dataclass(frozen=True)
class LoadedSettings:
    settings: Settings
    warnings: tuple[str, ...] = ()


def _check(name: str, value: Any) -> Any:
    """The value for ``name`` if it is acceptable; raise ValueError saying why not."""
    if name == "role":
        if value not in ROLES:
            raise ValueError(f"must be {' or '.join(ROLES)}")
        return value
    if name == "order":
        if value not in ORDERS:
            raise ValueError(f"must be one of {', '.join(ORDERS)}")
        return value
    if name == "questions":
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 100:
            raise ValueError("must be a whole number from 1 to 100")
        return value
    if name == "autosave_seconds":
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 60:
            raise ValueError("must be a whole number of seconds from 1 to 60")
        return value
    if name == "time_limit":
        if value is None:
            return None
        # YAML gives floats, lists and maps too; parse_duration only reads ints and strings.
        if isinstance(value, bool) or not isinstance(value, int | str):
            raise ValueError("must be whole seconds or a duration like '90s', '2m' or '1m30s'")
        try:
            return parse_duration(value)
        except DurationError as error:
            raise ValueError(str(error)) from None
    if name == "backups":
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 365:
            raise ValueError("must be a whole number of backups to keep, from 0 to 365")
        return value
    if name in ("checklist", "read_aloud"):
        if not isinstance(value, bool):
            raise ValueError("must be true or false")
        return value
    if name == "interview_date":
        return parse_interview_date(value)
    if name == "max_interval_days":
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 365:
            raise ValueError("must be a whole number of days from 1 to 365")
        return value
    if name == "theme":
        if not isinstance(value, str) or not value.strip():
            raise ValueError("must be the name of a theme")
        return value.strip()
    raise AssertionError(name)


def parse_interview_date(value: Any) -> date | None:
    """A date from config (YAML reads 2026-03-14 as a date) or typed text; blank is None."""
    if value is None or isinstance(value, date):
        return value
    if isinstance(value, str):
        if not value.strip():
            return None
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValueError("must be a date written YYYY-MM-DD, e.g. 2026-03-14")


def _describe_default(name: str) -> str:
    if name == "interview_date":
        return "no interview date"
    if name == "time_limit":
        return "each bank's own limit"  # the default, None, means no override
    return repr(getattr(Settings(), name))


def _yaml_problem(error: yaml.YAMLError, text: str) -> tuple[str, str]:
    """``(":LINE:COL", problem)`` for a YAML error; the reader's errors carry no mark."""
    mark = getattr(error, "problem_mark", None)
    if mark is not None:
        problem = getattr(error, "problem", None) or "invalid YAML"
        return f":{mark.line + 1}:{mark.column + 1}", problem
    from yaml.reader import ReaderError

    if isinstance(error, ReaderError):
        before = text[: error.position]
        line, column = before.count("\n") + 1, len(before) - before.rfind("\n")
        return f":{line}:{column}", f"unacceptable character #x{error.character:04x}"
    return "", "invalid YAML"


def load_settings(path: Path) -> LoadedSettings:
    """Read ``path``; a missing file is the defaults, a broken one the defaults plus warnings."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return LoadedSettings(Settings())
    except (OSError, UnicodeDecodeError) as error:
        return LoadedSettings(Settings(), (f"{path}: cannot read it ({error}); using defaults",))
    # YAML is imported only when there is a file to read: it is a sizeable part of start-up.
    import yaml

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        where, problem = _yaml_problem(error, text)
        return LoadedSettings(Settings(), (f"{path}{where}: {problem}; using defaults",))
    if data is None:
        return LoadedSettings(Settings())
    if not isinstance(data, dict):
        return LoadedSettings(Settings(), (f"{path}: expected keys and values; using defaults",))
    settings = Settings()
    warnings = []
    known = [f.name for f in fields(Settings)]
    for key, value in data.items():
        if key not in known:
            import difflib

            hint = difflib.get_close_matches(str(key), known, n=1)
            suggestion = f"; did you mean {hint[0]!r}?" if hint else ""
            warnings.append(f"{path}: unknown setting {key!r}{suggestion}")
            continue
        try:
            settings = replace(settings, **{key: _check(key, value)})
        except ValueError as error:
            warnings.append(f"{path}: {key} {error}; using {_describe_default(key)}")
    return LoadedSettings(settings, tuple(warnings))
