"""The layers hold: arrows point down only, formats stay formats, and no module imports itself
back through another (read from the source, every import counted, lazy ones included)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "forumguide"

# Each layer and the layers of ours it may import (domain imports nothing of ours).
ALLOWED = {
    "domain": set(),
    "catalog": {"domain"},
    "personal": {"domain"},
    "interchange": {"domain"},
    "services": {"domain", "catalog", "personal", "interchange"},
    "ui": {"domain", "catalog", "personal", "interchange", "services", "paths"},
}


def modules() -> Iterator[tuple[str, Path]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        yield name, path


def imports_of(path: Path, name: str) -> set[str]:
    """Every module of ours that ``path`` imports, at the top or inside a function."""
    found: set[str] = set()
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    known = {module for module, _path in modules()}
    return {module for module in found if module in known and module != name}


def layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def test_every_layer_imports_only_the_layers_below_it() -> None:
    wrong = []
    for name, path in modules():
        own = layer(name)
        if own not in ALLOWED:
            continue
        for imported in imports_of(path, name):
            other = layer(imported)
            if other and other != own and other not in ALLOWED[own]:
                wrong.append(f"{name} imports {imported}")
    assert wrong == []


def test_interchange_knows_neither_catalogs_nor_paths() -> None:
    wrong = [
        f"{name} imports {imported}"
        for name, path in modules()
        if layer(name) == "interchange"
        for imported in imports_of(path, name)
        if layer(imported) in {"catalog", "paths", "services", "ui"}
    ]
    assert wrong == []


def test_no_module_imports_itself_back() -> None:
    # Importing a package runs its __init__; a module importing its own package is no circle.
    graph = {
        name: {m for m in imports_of(path, name) if not name.startswith(f"{m}.")}
        for name, path in modules()
    }
    circles: list[list[str]] = []
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                circles.append([*stack[stack.index(target) :], target])
            elif target not in state:
                visit(target)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)
    assert circles == []
