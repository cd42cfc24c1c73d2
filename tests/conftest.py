"""Shared fixtures: the real bundled catalog, a temporary user home, a real main window."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from forumguide.catalog.library import CatalogLibrary
from forumguide.catalog.reader import CatalogReader
from forumguide.paths import HOME_VARIABLE, UserPaths, bundled_catalog, user_paths

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
INTEROP = SHARED / "interop"


@pytest.fixture(scope="session")
def bundled_path() -> Path:
    """The bundled catalog that the README's commands build from data/."""
    path = bundled_catalog()
    if not path.is_file():
        pytest.fail(f"{path} is missing: run `make test` (or `.venv/bin/forumguide build`) first")
    return path


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> UserPaths:
    """A fresh user home; FORUMGUIDE_HOME points at it for code that reads the variable."""
    folder = tmp_path / "home"
    monkeypatch.setenv(HOME_VARIABLE, str(folder))
    paths = user_paths(folder)
    paths.ensure()
    return paths


@pytest.fixture
def library(bundled_path: Path) -> Iterator[CatalogLibrary]:
    catalogs = CatalogLibrary([CatalogReader(bundled_path)])
    yield catalogs
    catalogs.close()
