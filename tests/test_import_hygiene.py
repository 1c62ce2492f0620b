"""Nothing outside interview_tui.tui imports Textual or Rich; plain commands never pay for it."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import interview_tui

DOMAIN = sorted(
    info.name
    for info in pkgutil.walk_packages(interview_tui.__path__, "interview_tui.")
    if not info.name.startswith("interview_tui.tui") and info.name != "interview_tui.__main__"
)


def loaded_after(code: str, cwd: Path | None = None) -> set[str]:
    probe = code + "\nimport sys, json; print(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=cwd
    ).stdout
    return set(json.loads(out.splitlines()[-1]))


def ui_modules(modules: set[str]) -> set[str]:
    return {m for m in modules if m.split(".")[0] in {"textual", "rich"}}


def test_domain_modules_exist() -> None:
    assert "interview_tui.banks.model" in DOMAIN and "interview_tui.cli.main" in DOMAIN


def test_no_domain_module_imports_textual() -> None:
    imports = "\n".join(f"import {name}" for name in DOMAIN)
    assert ui_modules(loaded_after(imports)) == set()


def test_plain_commands_do_not_import_textual(tmp_path: Path) -> None:
    for argv in (["validate"], ["banks", "--json"], ["locate"]):
        code = (
            "import contextlib, io\n"
            "from interview_tui.cli.main import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            f"    main({argv!r})\n"
        )
        assert ui_modules(loaded_after(code, cwd=tmp_path)) == set(), argv


VOICE_LIBRARIES = {"numpy", "soundfile", "sounddevice", "faster_whisper", "ctranslate2", "av"}


def test_start_up_and_typed_practice_import_nothing_of_voice(tmp_path: Path) -> None:
    """The voice extra is optional: the app, its screens and typed practice never load it."""
    code = (
        "import interview_tui.cli.main, interview_tui.cli.registry\n"
        "import interview_tui.tui.app, interview_tui.tui.screens.rehearse\n"
        "import interview_tui.practice.rehearsal, interview_tui.store.database\n"
    )
    loaded = loaded_after(code, cwd=tmp_path)
    assert {m for m in loaded if m.split(".")[0] in VOICE_LIBRARIES} == set()
    assert {m for m in loaded if m.startswith("interview_tui.voice.")} == set()


def test_opening_the_app_imports_no_command_module(tmp_path: Path) -> None:
    """`interview-tui` alone parses its flags from the registry: no subcommand is imported.

    Each command's module brings its own dependencies (YAML, coaching, review); building
    all of them cost more than the rest of start-up put together.
    """
    code = (
        "from interview_tui.cli.main import build_parser\n"
        "build_parser().parse_args(['--data-dir', 'd', '--config-dir', 'c'])\n"
        "build_parser().format_help()\n"
    )
    loaded = loaded_after(code, cwd=tmp_path)
    commands = {m for m in loaded if m.startswith("interview_tui.cli.")}
    assert commands <= {"interview_tui.cli.main", "interview_tui.cli.registry"} | {
        "interview_tui.cli.context",
        "interview_tui.cli.terminal",
    }
    assert "yaml" not in loaded


def test_a_command_is_configured_when_it_is_parsed() -> None:
    from interview_tui.cli.main import build_parser

    args = build_parser().parse_args(["history", "--limit", "3", "--data-dir", "d"])
    assert (args.command, args.limit, args.data_dir) == ("history", 3, "d")
    assert callable(args.handler)
