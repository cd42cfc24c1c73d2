"""The composition root: builds the services once and hands them to the window.

The window is painted from the catalog (standard-library sqlite3) before the personal store,
which needs SQLAlchemy, is opened; bookmarks and notes appear a moment later.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from forumguide import APP_NAME, __version__
from forumguide.catalog import CatalogError
from forumguide.catalog.library import CatalogLibrary
from forumguide.catalog.reader import CatalogReader
from forumguide.paths import UserPaths, bundled_catalog, resources_dir, user_paths

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from forumguide.personal.store import PersonalStore
    from forumguide.ui.main_window import MainWindow

log = logging.getLogger(__name__)

BENCH_VARIABLE = "FORUMGUIDE_BENCH_EXIT_ON_PAINT"
PAINTED_MARKER = "forumguide: programme painted"


def open_library(paths: UserPaths, bundled: Path | None = None) -> tuple[CatalogLibrary, list[str]]:
    """The bundled catalog and every imported one; problems are returned, not raised."""
    problems: list[str] = []
    readers: list[CatalogReader] = []
    candidates = [bundled or bundled_catalog()]
    if paths.catalogs_dir.is_dir():
        candidates.extend(sorted(paths.catalogs_dir.glob("*.sqlite")))
    for path in candidates:
        try:
            readers.append(CatalogReader(path))
        except CatalogError as error:
            log.warning("%s", error)
            problems.append(str(error))
    return CatalogLibrary(readers), problems


def open_personal_store(paths: UserPaths) -> PersonalStore:
    from forumguide.personal.store import PersonalStore  # noqa: PLC0415 - kept off the paint path

    return PersonalStore(paths.personal_store)


def application_icon() -> QIcon:
    """The app's icon, drawn from its SVG at whatever size the desktop asks for."""
    from PySide6.QtGui import QIcon  # noqa: PLC0415

    return QIcon(str(resources_dir() / "icons" / "forumguide.svg"))


def create_application(argv: Sequence[str]) -> QApplication:
    from PySide6.QtCore import QCoreApplication  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    existing = QCoreApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName("org.forumguide.ForumGuide")
    app = QApplication(list(argv))
    app.setWindowIcon(application_icon())
    from forumguide.ui.theme import apply_theme, install_translations  # noqa: PLC0415

    install_translations(app)
    apply_theme(app)
    return app


def run_gui(argv: Sequence[str], home: Path | None = None) -> int:
    """Open the main window and run until it is closed."""
    paths = user_paths(home)
    paths.ensure()
    app = create_application(argv)
    from forumguide.ui.main_window import MainWindow  # noqa: PLC0415

    library, problems = open_library(paths)
    window = MainWindow(library, paths)
    for problem in problems:
        window.show_banner(problem)
    if os.environ.get(BENCH_VARIABLE):
        _exit_after_first_paint(window)
    window.show()
    window.attach_store_soon(lambda: open_personal_store(paths))
    return app.exec()


def _exit_after_first_paint(window: MainWindow) -> None:
    """For bench/startup.py: report when the programme list has been painted, then quit."""
    from PySide6.QtCore import QTimer  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from forumguide.ui.widgets import FirstPaintWatcher  # noqa: PLC0415

    def painted() -> None:
        print(PAINTED_MARKER, flush=True)
        QTimer.singleShot(0, QApplication.quit)

    FirstPaintWatcher(window.programme.view.viewport(), painted, delay_ms=None)


if __name__ == "__main__":
    sys.exit(run_gui(sys.argv))
