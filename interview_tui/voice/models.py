"""Speech models in the data folder: which are installed, and fetching one (with consent).

A session only ever loads a model from disk; :func:`download` is called by
``interview-tui voice setup`` alone, after the user agreed to the size it states.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from interview_tui.voice.extra import VoiceError, require

MODELS_DIR = "models"
DEFAULT_MODEL = "base.en"
#: The models offered, their Hugging Face repository and approximate size on disk (MB).
CATALOGUE: dict[str, tuple[str, int]] = {
    "tiny.en": ("Systran/faster-whisper-tiny.en", 75),
    "base.en": ("Systran/faster-whisper-base.en", 145),
    "small.en": ("Systran/faster-whisper-small.en", 485),
    "medium.en": ("Systran/faster-whisper-medium.en", 1530),
}
# The files faster-whisper needs; model.bin and config.json make a folder a model.
_FILES = ["config.json", "preprocessor_config.json", "model.bin", "tokenizer.json", "vocabulary.*"]


@dataclass(frozen=True)
class InstalledModel:
    name: str
    path: Path

    @property
    def megabytes(self) -> float:
        return folder_size(self.path) / 1_000_000


def models_dir(data_dir: Path) -> Path:
    return data_dir / MODELS_DIR


def is_model(path: Path) -> bool:
    """A complete model folder (without tokenizer.json faster-whisper would download one)."""
    return all((path / name).is_file() for name in ("model.bin", "config.json", "tokenizer.json"))


def installed(data_dir: Path) -> list[InstalledModel]:
    """The models in the data folder, smallest first (by the catalogue's order)."""
    folder = models_dir(data_dir)
    if not folder.is_dir():
        return []
    order = list(CATALOGUE)
    found = [InstalledModel(p.name, p) for p in folder.iterdir() if p.is_dir() and is_model(p)]
    return sorted(found, key=lambda m: (order.index(m.name) if m.name in order else 99, m.name))


def pick(data_dir: Path, name: str | None = None) -> InstalledModel | None:
    """The model to transcribe with: ``name`` if given, else the largest installed one."""
    models = installed(data_dir)
    if name is not None:
        return next((m for m in models if m.name == name), None)
    return models[-1] if models else None


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def check_name(name: str) -> tuple[str, int]:
    """The repository and size of model ``name``, or a one-line error listing the choices."""
    if name not in CATALOGUE:
        raise VoiceError(f"no model {name!r}; choose one of {', '.join(CATALOGUE)}")
    return CATALOGUE[name]


def download(name: str, data_dir: Path) -> InstalledModel:
    """Fetch model ``name`` into the data folder, with a progress bar on stderr.

    Downloaded into a temporary folder first, so an interrupted download never looks like a
    model.
    """
    repo, _size = check_name(name)
    require("faster_whisper")
    import huggingface_hub

    target = models_dir(data_dir) / name
    partial = models_dir(data_dir) / f".{name}.partial"
    partial.mkdir(parents=True, exist_ok=True)
    try:
        huggingface_hub.snapshot_download(repo, local_dir=partial, allow_patterns=_FILES)
    except Exception as error:  # network errors come in many types; each is one line here
        raise VoiceError(
            f"could not download {name}: {type(error).__name__}: {error}; "
            "check the network and run 'interview-tui voice setup' again"
        ) from None
    if not is_model(partial):
        raise VoiceError(f"the download of {name} is incomplete; run 'voice setup' again")
    shutil.rmtree(partial / ".cache", ignore_errors=True)
    shutil.rmtree(target, ignore_errors=True)
    partial.rename(target)
    return InstalledModel(name, target)
