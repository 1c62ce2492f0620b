"""The last setup choices (side, count, order, time, interview date, typing or speaking,
questions read aloud or not), kept between launches.

A small JSON file in the data folder, written atomically; config.yaml is the user's and is
never rewritten. A missing, unreadable or corrupt file means the defaults, silently: losing
a remembered choice is no reason to stop anyone practising.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from interview_tui.banks.model import ROLES, Role
from interview_tui.paths import atomic_writer
from interview_tui.practice.plan import ANSWER_BY, ORDERS, SessionSetup
from interview_tui.settings import Settings

FILE_NAME = "choices.json"


@dataclass(frozen=True)
class Choices:
    role: Role
    setup: SessionSetup


def choices_path(data_dir: Path) -> Path:
    return data_dir / FILE_NAME


def load_choices(path: Path, defaults: Choices) -> Choices:
    """The remembered choices, each one that is missing or wrong taken from ``defaults``."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return defaults
    if not isinstance(data, dict):
        return defaults
    role = next((r for r in ROLES if r == data.get("role")), defaults.role)
    count = data.get("count")
    if not (isinstance(count, int) and not isinstance(count, bool) and 1 <= count <= 100):
        count = defaults.setup.count
    order = next((o for o in ORDERS if o == data.get("order")), defaults.setup.order)
    limit = data.get("time_limit", defaults.setup.time_limit)
    if not (limit is None or (type(limit) is int and 1 <= limit <= 24 * 3600)):
        limit = defaults.setup.time_limit
    when = defaults.setup.interview_date
    if "interview_date" in data:  # null: the user cleared it
        when = _date(data["interview_date"], when)
    by = next((b for b in ANSWER_BY if b == data.get("answer_by")), defaults.setup.answer_by)
    aloud = data.get("read_aloud", defaults.setup.read_aloud)
    if not isinstance(aloud, bool):
        aloud = defaults.setup.read_aloud
    setup = SessionSetup(count, order, limit, interview_date=when, answer_by=by, read_aloud=aloud)
    return Choices(role, setup)


def _date(value: object, default: date | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value) if isinstance(value, str) else default
    except ValueError:
        return default


def remembered_choices(data_dir: Path, settings: Settings) -> Choices:
    """What to offer at launch: the last choices, else those of config.yaml."""
    setup = SessionSetup(
        settings.questions,
        settings.order,
        settings.time_limit,
        interview_date=settings.interview_date,
        read_aloud=settings.read_aloud,
    )
    return load_choices(choices_path(data_dir), Choices(settings.role, setup))


def save_choices(path: Path, choices: Choices) -> None:
    """Write ``choices`` atomically (temporary file, then rename); the goal is not kept."""
    setup = choices.setup
    text = json.dumps(
        {
            "role": choices.role,
            "count": setup.count,
            "order": setup.order,
            "time_limit": setup.time_limit,
            "interview_date": setup.interview_date.isoformat() if setup.interview_date else None,
            "answer_by": setup.answer_by,
            "read_aloud": setup.read_aloud,
        }
    )
    with atomic_writer(path) as out:
        out.write(text)
