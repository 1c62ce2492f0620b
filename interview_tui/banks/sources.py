"""Where banks come from: the bundled folder, the user's folder and ``--bank`` paths, in order.

Loading is forgiving: a broken bank is reported as a problem and the others still load.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from interview_tui.banks.model import (
    BANK_SUFFIXES,
    Bank,
    BankError,
    BankSource,
    LoadResult,
    Problem,
)

if TYPE_CHECKING:
    from interview_tui.banks.cache import BankCache


def load_bank(path: Path) -> Bank:
    """Read and validate one bank file; raise :class:`BankError` listing every problem."""
    from interview_tui.banks.parse import parse_bank_file

    return parse_bank_file(path)


def bank_files(path: Path) -> list[Path]:
    """The bank files at ``path``: the file itself, or every YAML file below a folder."""
    if path.is_dir():
        found = (p for p in path.rglob("*") if p.suffix.lower() in BANK_SUFFIXES and p.is_file())
        return sorted(found, key=lambda p: p.as_posix())
    return [path]


class _CacheMiss(Exception):
    """A file that would have to be parsed, when only cached banks were asked for."""


def load_banks(sources: Iterable[BankSource], cache: BankCache | None = None) -> LoadResult:
    """Load every bank from ``sources`` in order. Broken banks are reported, never fatal.

    A bank id already taken by an earlier source is a problem of the later file. With a
    ``cache``, files that have not changed since they were last parsed are not parsed again.
    """
    return _collect(sources, cache, parse=True)


def load_cached_banks(sources: Iterable[BankSource], cache: BankCache) -> LoadResult | None:
    """The banks straight from ``cache``, or None if any file would need parsing.

    A warm start costs a few milliseconds this way, little enough for the UI thread; a file
    that is new, changed or broken sends the caller to ``load_banks`` in a worker.
    """
    try:
        return _collect(sources, cache, parse=False)
    except _CacheMiss:
        return None


def _collect(sources: Iterable[BankSource], cache: BankCache | None, *, parse: bool) -> LoadResult:
    banks: list[Bank] = []
    problems: list[Problem] = []
    seen: dict[str, Bank] = {}
    for source in sources:
        try:
            if not source.path.exists():
                if source.required:
                    problems.append(Problem(source.path, 1, 1, "no such file or folder"))
                continue
            files = bank_files(source.path)
        except OSError as error:  # an unreadable folder is one problem, not a crash
            reason = error.strerror or str(error)
            problems.append(
                Problem(source.path, 1, 1, f"cannot read it ({reason}); check its permissions")
            )
            continue
        for path in files:
            bank = cache.get(path) if cache else None
            if bank is None:
                if not parse:
                    raise _CacheMiss(path)
                try:
                    bank = load_bank(path)
                except BankError as error:
                    problems.extend(error.problems)
                    continue
                if cache:
                    cache.put(path, bank)
            if bank.id in seen:
                problems.append(
                    Problem(
                        path,
                        1,
                        1,
                        f"bank id {bank.id!r} is already used by {seen[bank.id].path}; "
                        "give this bank another `id`",
                        "id",
                    )
                )
                continue
            seen[bank.id] = bank
            banks.append(bank)
    if cache and parse:
        cache.save()
    return LoadResult(tuple(banks), tuple(problems))


def default_sources(user_banks_dir: Path, extra: Sequence[Path] = ()) -> list[BankSource]:
    """Bundled banks, then the user's banks folder, then each ``--bank`` path."""
    from interview_tui.paths import bundled_banks_dir

    return [
        BankSource(bundled_banks_dir(), "bundled"),
        BankSource(user_banks_dir, "user", required=False),
        *(BankSource(path, "flag") for path in extra),
    ]
