"""What every command needs: the resolved paths and the bank sources."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from interview_tui.banks.model import BankSource, LoadResult
from interview_tui.banks.sources import default_sources, load_banks
from interview_tui.errors import UserError
from interview_tui.paths import Paths, resolve_paths


@dataclass(frozen=True)
class Context:
    paths: Paths
    extra_banks: tuple[Path, ...] = field(default=())

    @classmethod
    def from_args(
        cls,
        data_dir: str | os.PathLike[str] | None,
        config_dir: str | os.PathLike[str] | None,
        banks: Sequence[Path] = (),
    ) -> Context:
        return cls(resolve_paths(data_dir, config_dir), tuple(banks))

    @property
    def bank_sources(self) -> list[BankSource]:
        return default_sources(self.paths.user_banks_dir, self.extra_banks)

    def existing_database(self) -> Path | None:
        """The database if there is one yet (a fresh install has none, and gets none).

        A data path that is a file is an error, not an empty history.
        """
        folder = self.paths.data_dir
        if folder.exists() and not folder.is_dir():
            raise UserError(
                f"the data folder {folder} is a file, not a folder; move it aside or give "
                "another --data-dir"
            )
        database = self.paths.database
        return database if database.exists() else None

    def load_banks(self) -> LoadResult:
        return load_banks(self.bank_sources)
