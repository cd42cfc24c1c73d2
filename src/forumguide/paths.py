"""Every location on disk.

User data follows the platform's conventions (platformdirs). Setting ``FORUMGUIDE_HOME``
moves every user location under that one folder, for tests and portable use. Nothing is ever
written inside the installed application.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from forumguide import APP_NAME

HOME_VARIABLE = "FORUMGUIDE_HOME"
BUNDLED_CATALOG_NAME = "catalog.sqlite"


@dataclass(frozen=True, slots=True)
class UserPaths:
    """The folders that hold what the app writes."""

    data_dir: Path
    config_dir: Path
    log_dir: Path

    @property
    def personal_store(self) -> Path:
        return self.data_dir / "personal.sqlite"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def catalogs_dir(self) -> Path:
        """Catalogs of programmes the user imported."""
        return self.data_dir / "catalogs"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.ini"

    def ensure(self) -> list[tuple[Path, OSError]]:
        """Create the folders; returns those that could not be (a read-only disk, say)."""
        failed: list[tuple[Path, OSError]] = []
        for folder in (self.data_dir, self.config_dir, self.log_dir, self.catalogs_dir):
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                failed.append((folder, error))
        return failed


def user_paths(home: Path | None = None) -> UserPaths:
    """Where user data lives: ``home``, else ``$FORUMGUIDE_HOME``, else platformdirs' folders."""
    if home is None and os.environ.get(HOME_VARIABLE):
        home = Path(os.environ[HOME_VARIABLE])
    if home is not None:
        home = home.expanduser().resolve()
        return UserPaths(home / "data", home / "config", home / "logs")
    import platformdirs  # noqa: PLC0415 - only needed when no override is set

    dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
    return UserPaths(Path(dirs.user_data_dir), Path(dirs.user_config_dir), Path(dirs.user_log_dir))


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def resources_dir() -> Path:
    """The icons, translations and desktop metadata shipped with the app."""
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def data_sources_dir() -> Path:
    """The curated programme sources (``data/``), present in a source checkout only."""
    return Path(__file__).resolve().parents[2] / "data"


def bundled_catalog() -> Path:
    """The catalog file that ships with the app (read-only)."""
    beside = Path(__file__).resolve().parent / "bundled" / BUNDLED_CATALOG_NAME
    if beside.is_file():  # a source checkout, an installed package or a frozen app
        return beside
    from importlib import resources  # noqa: PLC0415 - a package inside an archive only

    with resources.as_file(resources.files("forumguide.bundled") / BUNDLED_CATALOG_NAME) as path:
        return Path(path)
