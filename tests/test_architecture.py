"""The plan of the code, checked: packages, their one rule each, small files, no import cycle.

Imports are read from the source (``ast``), so every import counts, including the lazy ones
inside functions; only those under ``if TYPE_CHECKING:`` are left out, since they never run.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "interview_tui"
ROOT_MODULES_ALLOWED = 8
MAX_LINES = 450

# For each package, the packages of ours it must never import (at run time).
FORBIDDEN: dict[str, set[str]] = {
    "banks": {"store", "practice", "coaching", "review", "cli", "tui", "voice", "settings"},
    "store": {"practice", "coaching", "review", "cli", "tui", "voice"},
    "practice": {"coaching", "review", "cli", "tui"},
    "review": {"coaching", "practice", "cli", "tui"},
    "coaching": {"cli", "tui"},
    "voice": {"cli", "tui", "review"},
    "cli": set(),
}
UI_LIBRARIES = {"textual", "rich"}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def source_files() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def runtime_imports(path: Path, here: str = "") -> Iterator[str]:
    """The modules ``path`` (module ``here``) imports when it runs (absolute names)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    here = here or module_name(path)
    package = here if path.name == "__init__.py" else here.rpartition(".")[0]

    def walk(nodes: list[ast.stmt]) -> Iterator[str]:
        for node in nodes:
            if isinstance(node, ast.If) and _is_type_checking(node):
                yield from walk(node.orelse)
                continue
            for child in ast.walk(node):
                if isinstance(child, ast.Import):
                    yield from (alias.name for alias in child.names)
                elif isinstance(child, ast.ImportFrom):
                    base = child.module or ""
                    if child.level:
                        anchor = package.split(".")[: len(package.split(".")) - child.level + 1]
                        base = ".".join([*anchor, base] if base else anchor)
                    yield base
                    # `from interview_tui.cli import banks` imports the module cli.banks.
                    for alias in child.names:
                        yield f"{base}.{alias.name}"

    yield from walk(tree.body)


def graph() -> dict[str, set[str]]:
    modules = {module_name(path): path for path in source_files()}
    edges: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets = set()
        for imported in runtime_imports(path):
            if imported in modules and imported != name:
                targets.add(imported)
        edges[name] = targets
    return edges


def part(module: str) -> str:
    """The package (or root module) a module belongs to: ``interview_tui.store.x`` → store."""
    pieces = module.split(".")
    return pieces[1] if len(pieces) > 1 else ""


def test_few_modules_at_the_root() -> None:
    loose = sorted(path.name for path in PACKAGE.glob("*.py"))
    assert len(loose) <= ROOT_MODULES_ALLOWED, loose


def test_no_file_is_over_the_limit() -> None:
    long = {
        str(path.relative_to(PACKAGE)): lines
        for path in source_files()
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


def test_every_package_states_its_rule() -> None:
    for init in PACKAGE.glob("*/__init__.py"):
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or ""
        assert "Rule:" in doc, init


def test_no_import_cycle_at_run_time() -> None:
    edges = graph()
    state: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for target in sorted(edges[node]):
            if state.get(target) == 1:
                cycles.append([*stack[stack.index(target) :], target])
            elif target not in state:
                visit(target)
        stack.pop()
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node)
    assert cycles == []


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_layering(package: str) -> None:
    found = []
    for path in source_files():
        name = module_name(path)
        if part(name) != package:
            continue
        for imported in runtime_imports(path):
            top = imported.split(".")[0]
            if package != "tui" and top in UI_LIBRARIES:
                found.append(f"{name} imports {imported}")
            if top == "interview_tui" and part(imported) in FORBIDDEN[package]:
                found.append(f"{name} imports {imported}")
    assert found == []


def test_the_rules_catch_a_breach(tmp_path: Path) -> None:
    """The reader itself works: type-only imports are left out, lazy ones are counted."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    import textual.app\n"
        "def f():\n    from interview_tui.tui import app\n    from . import errors\n"
    )
    found = set(runtime_imports(sample, "interview_tui.sample"))
    assert found == {
        "typing",
        "typing.TYPE_CHECKING",
        "interview_tui.tui",
        "interview_tui.tui.app",
        "interview_tui",
        "interview_tui.errors",
    }
