"""The parsed-bank cache gives back exactly what parsing gives, and never a stale bank."""

from __future__ import annotations

import json
import os
from pathlib import Path

from interview_tui.banks.cache import BankCache
from interview_tui.banks.model import BankSource
from interview_tui.banks.sources import load_banks
from interview_tui.paths import bundled_banks_dir


def test_cached_banks_equal_parsed_banks(tmp_path: Path) -> None:
    sources = [BankSource(bundled_banks_dir(), "bundled")]
    parsed = load_banks(sources)
    cache_file = tmp_path / "cache.json"
    load_banks(sources, BankCache(cache_file))  # fills the cache
    assert cache_file.exists()
    cached = load_banks(sources, BankCache(cache_file))
    assert cached == parsed


def test_an_edited_bank_is_parsed_again(tmp_path: Path, write_bank) -> None:  # type: ignore[no-untyped-def]
    bank = write_bank("role: interviewee\nquestions: [{text: Old?}]\n")
    cache_file = tmp_path / "cache.json"
    load_banks([BankSource(bank, "flag")], BankCache(cache_file))
    bank.write_text("role: interviewee\nquestions: [{text: New question?}]\n", encoding="utf-8")
    stat = bank.stat()
    os.utime(bank, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    result = load_banks([BankSource(bank, "flag")], BankCache(cache_file))
    assert result.banks[0].questions[0].text == "New question?"


def test_a_bank_that_breaks_is_reported_not_served_from_cache(tmp_path: Path, write_bank) -> None:  # type: ignore[no-untyped-def]
    bank = write_bank("role: interviewee\nquestions: [{text: Fine?}]\n")
    cache_file = tmp_path / "cache.json"
    load_banks([BankSource(bank, "flag")], BankCache(cache_file))
    bank.write_text("role: nobody\nquestions: [{text: Fine?}]\n", encoding="utf-8")
    result = load_banks([BankSource(bank, "flag")], BankCache(cache_file))
    assert result.banks == () and result.problems[0].field == "role"


def test_corrupt_or_foreign_cache_is_ignored(tmp_path: Path, write_bank) -> None:  # type: ignore[no-untyped-def]
    bank = write_bank("role: interviewee\nquestions: [{text: Q?}]\n")
    cache_file = tmp_path / "cache.json"
    for junk in ("not json", json.dumps({"format": "other", "banks": {}}), json.dumps([1])):
        cache_file.write_text(junk, encoding="utf-8")
        assert load_banks([BankSource(bank, "flag")], BankCache(cache_file)).banks[0].id == "bank"


def test_entries_of_files_no_longer_loaded_are_dropped(tmp_path: Path, write_bank) -> None:  # type: ignore[no-untyped-def]
    one = write_bank("role: interviewee\nquestions: [{text: A?}]\n", "one.yaml")
    two = write_bank("role: interviewee\nquestions: [{text: B?}]\n", "two.yaml")
    cache_file = tmp_path / "cache.json"
    load_banks([BankSource(one, "flag"), BankSource(two, "flag")], BankCache(cache_file))
    assert len(json.loads(cache_file.read_text())["banks"]) == 2
    load_banks([BankSource(one, "flag")], BankCache(cache_file))
    assert len(json.loads(cache_file.read_text())["banks"]) == 1
