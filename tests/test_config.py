"""config.yaml: good values are used; anything wrong is one warning and the default."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from interview_tui.paths import Paths
from interview_tui.settings import Settings, load_settings

DEFAULTS = Settings()


@pytest.fixture
def config_file(tmp_path: Path) -> Path:
    return tmp_path / "config.yaml"


def write(path: Path, text: str | bytes) -> Path:
    if isinstance(text, str):
        text = text.encode("utf-8")
    path.write_bytes(text)
    return path


def test_missing_file_is_the_defaults_without_warnings(config_file: Path) -> None:
    loaded = load_settings(config_file)
    assert loaded.settings == DEFAULTS
    assert loaded.warnings == ()
    assert not config_file.exists()  # reading never creates it


@pytest.mark.parametrize("text", ["", "\n", "# only a comment\n", "---\n"])
def test_empty_file_is_the_defaults_without_warnings(config_file: Path, text: str) -> None:
    loaded = load_settings(write(config_file, text))
    assert (loaded.settings, loaded.warnings) == (DEFAULTS, ())


def test_valid_file_sets_every_setting(config_file: Path) -> None:
    write(
        config_file,
        "role: interviewer\n"
        "questions: 12\n"
        "order: sequential\n"
        "time_limit: 90\n"
        "autosave_seconds: 2\n"
        "theme: nord\n",
    )
    loaded = load_settings(config_file)
    assert loaded.warnings == ()
    assert loaded.settings == Settings(
        role="interviewer",
        questions=12,
        order="sequential",
        time_limit=90,
        autosave_seconds=2,
        theme="nord",
    )


def test_the_settings_example_in_the_readme_loads_cleanly(config_file: Path) -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### Settings") :]
    example = section[section.index("```yaml\n") + 8 : section.index("```\n", 10)]
    loaded = load_settings(write(config_file, example))
    assert loaded.warnings == ()
    assert loaded.settings == Settings(time_limit=120)  # the example sets a 2m limit


def test_windows_line_endings_and_a_byte_order_mark_are_fine(config_file: Path) -> None:
    write(config_file, "\ufeffrole: interviewer\r\nquestions: 3\r\n")
    loaded = load_settings(config_file)
    assert loaded.warnings == ()
    assert (loaded.settings.role, loaded.settings.questions) == ("interviewer", 3)


@pytest.mark.parametrize(
    ("value", "seconds"),
    [("2m", 120), ("'1m30s'", 90), ("90s", 90), ("90", 90), ("1h", 3600), ("null", None)],
)
def test_time_limit_reads_durations(config_file: Path, value: str, seconds: int | None) -> None:
    loaded = load_settings(write(config_file, f"time_limit: {value}\n"))
    assert loaded.warnings == ()
    assert loaded.settings.time_limit == seconds


BAD_VALUES = [
    ("role", "boss"),
    ("role", "Interviewer"),
    ("role", "[interviewee]"),
    ("questions", "0"),
    ("questions", "101"),
    ("questions", "five"),
    ("questions", "'5'"),
    ("questions", "2.5"),
    ("questions", "true"),
    ("order", "alphabetical"),
    ("order", "1"),
    ("autosave_seconds", "0"),
    ("autosave_seconds", "61"),
    ("autosave_seconds", "1.5"),
    ("autosave_seconds", "yes"),
    ("time_limit", "soon"),
    ("time_limit", "0"),
    ("time_limit", "3s"),
    ("time_limit", "3h"),
    ("time_limit", "-30"),
    ("time_limit", "true"),
    ("time_limit", "2.5"),  # a float once reached parse_duration and raised TypeError
    ("time_limit", "[90]"),
    ("time_limit", "{minutes: 2}"),
    ("theme", "''"),
    ("theme", "'   '"),
    ("theme", "5"),
    ("theme", "[a, b]"),
]


@pytest.mark.parametrize(("key", "value"), BAD_VALUES)
def test_each_bad_value_is_one_warning_naming_the_key_and_the_default(
    config_file: Path, key: str, value: str
) -> None:
    # A good setting beside the bad one must survive.
    other = "questions: 7\n" if key != "questions" else "order: sequential\n"
    loaded = load_settings(write(config_file, f"{other}{key}: {value}\n"))
    assert len(loaded.warnings) == 1, loaded.warnings
    warning = loaded.warnings[0]
    assert warning.startswith(f"{config_file}: {key} ")
    default = getattr(DEFAULTS, key)
    shown = "each bank's own limit" if default is None else repr(default)
    assert warning.endswith(f"; using {shown}")
    assert "\n" not in warning
    assert getattr(loaded.settings, key) == default
    if key == "questions":
        assert loaded.settings.order == "sequential"
    else:
        assert loaded.settings.questions == 7


def test_every_bad_value_gets_its_own_warning(config_file: Path) -> None:
    write(config_file, "role: boss\nquestions: 0\norder: x\ntheme: ''\nautosave_seconds: 99\n")
    loaded = load_settings(config_file)
    assert [w.split(": ")[1].split()[0] for w in loaded.warnings] == [
        "role",
        "questions",
        "order",
        "theme",
        "autosave_seconds",
    ]
    assert loaded.settings == DEFAULTS


@pytest.mark.parametrize(
    ("key", "suggestion"),
    [("autosave_second", "autosave_seconds"), ("qestions", "questions"), ("Theme", "theme")],
)
def test_unknown_key_suggests_the_nearest(config_file: Path, key: str, suggestion: str) -> None:
    loaded = load_settings(write(config_file, f"{key}: 3\nrole: interviewer\n"))
    assert loaded.warnings == (
        f"{config_file}: unknown setting {key!r}; did you mean {suggestion!r}?",
    )
    assert loaded.settings == Settings(role="interviewer")


def test_unknown_key_without_a_near_match_has_no_suggestion(config_file: Path) -> None:
    loaded = load_settings(write(config_file, "colour_scheme_for_the_footer: red\n"))
    assert len(loaded.warnings) == 1
    assert "unknown setting 'colour_scheme_for_the_footer'" in loaded.warnings[0]
    assert "did you mean" not in loaded.warnings[0]


def test_non_string_key_is_an_unknown_setting(config_file: Path) -> None:
    loaded = load_settings(write(config_file, "1: 2\n"))
    assert len(loaded.warnings) == 1
    assert "unknown setting 1" in loaded.warnings[0]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("role: [interviewee\n", ":2:1:"),
        ("role: interviewee\n  questions: 3\n", ":2:12:"),
        ("order: sequential\n\ttheme: x\n", ":2:1:"),
        ("a: b: c\n", ":1:5:"),
        ("questions: 3\nrole: inter\x00viewee\n", ":2:12:"),  # the reader has no mark of its own
    ],
)
def test_invalid_yaml_is_one_warning_with_line_and_column(
    config_file: Path, text: str, where: str
) -> None:
    loaded = load_settings(write(config_file, text))
    assert loaded.settings == DEFAULTS
    assert len(loaded.warnings) == 1
    warning = loaded.warnings[0]
    assert warning.startswith(f"{config_file}{where} ")
    assert warning.endswith("; using defaults")


def test_python_tags_are_refused_not_run(config_file: Path, tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    write(config_file, f"theme: !!python/object/apply:os.system ['touch {marker}']\n")
    loaded = load_settings(config_file)
    assert not marker.exists()
    assert loaded.settings == DEFAULTS
    assert len(loaded.warnings) == 1 and loaded.warnings[0].startswith(f"{config_file}:1:")


@pytest.mark.parametrize("text", ["- role: interviewer\n- questions: 3\n", "42\n", "hello\n"])
def test_a_file_that_is_not_a_mapping_is_the_defaults(config_file: Path, text: str) -> None:
    loaded = load_settings(write(config_file, text))
    assert loaded.settings == DEFAULTS
    assert loaded.warnings == (f"{config_file}: expected keys and values; using defaults",)


def test_non_utf8_bytes_are_a_warning_and_the_defaults(config_file: Path) -> None:
    loaded = load_settings(write(config_file, b"role: interviewer\ntheme: caf\xe9\n"))
    assert loaded.settings == DEFAULTS
    assert len(loaded.warnings) == 1
    assert loaded.warnings[0].startswith(f"{config_file}: cannot read it (")
    assert loaded.warnings[0].endswith("; using defaults")


def test_a_folder_where_the_file_should_be_is_a_warning(config_file: Path) -> None:
    config_file.mkdir()
    loaded = load_settings(config_file)
    assert loaded.settings == DEFAULTS
    assert len(loaded.warnings) == 1 and "cannot read it" in loaded.warnings[0]


def test_corrupt_config_does_not_spoil_a_cli_error(isolated_dirs: Paths) -> None:
    isolated_dirs.config_dir.mkdir(parents=True)
    isolated_dirs.config_file.write_bytes(b"role: [\x00\xff\ntime_limit: 2.5\n")
    done = subprocess.run(
        [sys.executable, "-m", "interview_tui", "practice", "nosuchbank"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("interview-tui: error: no bank 'nosuchbank'")
    assert done.stdout == ""


def test_interview_date_and_interval_cap_settings(tmp_path: Path) -> None:
    from datetime import date

    path = tmp_path / "config.yaml"
    path.write_text("interview_date: 2026-12-01\nmax_interval_days: 7\n", encoding="utf-8")
    loaded = load_settings(path)
    assert loaded.warnings == ()
    assert loaded.settings.interview_date == date(2026, 12, 1)
    assert loaded.settings.max_interval_days == 7
    path.write_text("interview_date: soon\nmax_interval_days: 0\n", encoding="utf-8")
    loaded = load_settings(path)
    assert loaded.settings.interview_date is None and loaded.settings.max_interval_days == 14
    assert [w.split(": ", 1)[1] for w in loaded.warnings] == [
        "interview_date must be a date written YYYY-MM-DD, e.g. 2026-03-14; "
        "using no interview date",
        "max_interval_days must be a whole number of days from 1 to 365; using 14",
    ]
