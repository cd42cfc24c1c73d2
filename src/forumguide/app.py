"""The composition root: builds the services once and hands them to the window.

The window is painted from the catalog (standard-library sqlite3) before the personal store,
which needs SQLAlchemy, is opened off the GUI thread; bookmarks and notes appear a moment later.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from forumguide import APP_NAME, __version__
from forumguide.catalog.library import CatalogLibrary
from forumguide.paths import UserPaths, bundled_catalog, resources_dir, user_paths

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from forumguide.diagnostics import ExceptionHooks
    from forumguide.domain.clock import Clock
    from forumguide.personal.store import PersonalStore
    from forumguide.ui.main_window import MainWindow
    from forumguide.ui.single_instance import SingleInstance

log = logging.getLogger(__name__)

BENCH_VARIABLE = "FORUMGUIDE_BENCH_EXIT_ON_PAINT"
PAINTED_MARKER = "forumguide: programme painted"
FINISH_START_AT_THE_LATEST_MS = 2000


def open_library(paths: UserPaths, bundled: Path | None = None) -> tuple[CatalogLibrary, list[str]]:
    """The bundled catalog and every imported one; problems are returned, not raised."""
    from forumguide.services.catalogs import open_library as open_catalogs  # noqa: PLC0415

    opened = open_catalogs(bundled or bundled_catalog(), paths.catalogs_dir)
    return opened.library, list(opened.problems)


def open_personal_store(paths: UserPaths) -> PersonalStore:
    from forumguide.personal.store import PersonalStore  # noqa: PLC0415 - kept off the paint path

    return PersonalStore(paths.personal_store, backups_dir=paths.backups_dir)


def application_icon() -> QIcon:
    """The app's icon, drawn from its SVG at whatever size the desktop asks for."""
    from PySide6.QtGui import QIcon  # noqa: PLC0415

    return QIcon(str(resources_dir() / "icons" / "forumguide.svg"))


def create_application(argv: Sequence[str], settings_file: Path | None = None) -> QApplication:
    """The application, speaking ``--language``, else the language saved in ``settings_file``,
    else the system's."""
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
    from forumguide.ui.theme import apply_theme, install_translations  # noqa: PLC0415

    install_translations(app, settings_file)
    apply_theme(app)
    return app


def create_main_window(paths: UserPaths, bundled: Path | None = None) -> MainWindow:
    """The window over every catalog, with catalog problems in its banner.

    The personal store is opened (checked, and recovered if damaged) once the window has been
    painted, off the GUI thread; leftovers of interrupted imports are cleared then too.
    """
    from forumguide.services.catalogs import open_library as open_catalogs  # noqa: PLC0415
    from forumguide.ui.main_window import MainWindow  # noqa: PLC0415
    from forumguide.ui.messages import error_text  # noqa: PLC0415

    opened = open_catalogs(bundled or bundled_catalog(), paths.catalogs_dir)
    window = MainWindow(opened.library, paths, clock=app_clock())
    for error in opened.errors:
        window.show_problem(error_text(error))
    window.attach_store_soon(lambda: open_personal_store(paths))
    window.after_first_paint(lambda: _clean_leftovers(window, paths), delay_ms=500)
    return window


def app_clock() -> Clock:
    """The system clock, or one started at the moment FORUMGUIDE_NOW (``--now``) gives."""
    from forumguide.domain.clock import NOW_VARIABLE, SystemClock, clock_for  # noqa: PLC0415

    try:
        return clock_for(os.environ.get(NOW_VARIABLE))
    except ValueError as error:
        log.warning("%s ignored: %s", NOW_VARIABLE, error)
        return SystemClock()


def _clean_leftovers(window: MainWindow, paths: UserPaths) -> None:
    from forumguide.services.catalogs import clean_leftovers  # noqa: PLC0415

    window.tasks.run_task(
        lambda _progress: clean_leftovers(paths.catalogs_dir),
        lambda _removed: None,
        lambda error: log.warning("leftovers not cleaned: %s", error),
    )


def run_gui(argv: Sequence[str], home: Path | None = None) -> int:
    """Open the main window and run until it is closed.

    Arguments after the program name (a file to import) go to the window; if ForumGuide is
    already running on the same data folder, they are handed to it and this process exits.
    """
    paths = user_paths(home)
    unmade = paths.ensure()
    from forumguide.diagnostics import (  # noqa: PLC0415
        install_exception_hooks,
        setup_logging,
        start_logging,
        stop_logging,
    )

    start_logging(paths.log_dir)
    for folder, error in unmade:
        log.warning("folder %s not created: %s", folder, error)
    app = create_application(argv, paths.settings_file)
    from PySide6.QtCore import QCoreApplication  # noqa: PLC0415

    from forumguide.ui.single_instance import SingleInstance  # noqa: PLC0415

    arguments = [str(argument) for argument in argv[1:]]
    instance = SingleInstance(paths.data_dir)
    if not instance.claim(arguments, listen=False):
        setup_logging(paths.log_dir)
        log.info("handed %s to the running ForumGuide", arguments)
        return 0
    # Unhandled exceptions are logged from here on, and shown in a dialog once the window
    # has been painted (the dialog's code is not needed before).
    hooks = install_exception_hooks(None, paths.log_dir)
    window = create_main_window(paths)
    instance.arguments_received.connect(window.handle_arguments)
    if os.environ.get(BENCH_VARIABLE):
        _exit_after_first_paint(window)
    window.show()
    _finish_start_after_first_paint(window, instance, hooks, paths.log_dir)
    if arguments:
        window.handle_arguments(arguments)
    try:
        return app.exec()
    finally:
        # Work still running (a backup, the store being opened) finishes before the store is
        # closed; cancellable work was cancelled when the window closed.
        window.tasks.wait()
        QCoreApplication.processEvents()
        hooks.uninstall()
        if window.data is not None:
            # A clean close: the last backup is taken and the store is marked as closed.
            window.data.store.close()
        instance.release()
        stop_logging()


def _finish_start_after_first_paint(
    window: MainWindow, instance: SingleInstance, hooks: ExceptionHooks, log_dir: Path
) -> None:
    """Open the log file, accept later launches and show errors in a dialog, once painted.

    Neither ``logging.handlers``, QtNetwork nor the error dialog then delays the first paint;
    records logged until then are held and written when the file opens.
    """
    from PySide6.QtCore import QTimer  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from forumguide.diagnostics import setup_logging  # noqa: PLC0415

    def finish() -> None:  # runs twice at most; each step happens only once
        from forumguide.ui.signals import close_on_termination  # noqa: PLC0415

        close_on_termination(window)
        if QApplication.windowIcon().isNull():
            # Drawn from SVG, which loads Qt's SVG support: not needed for the first paint.
            QApplication.setWindowIcon(application_icon())
        setup_logging(log_dir)
        instance.listen()
        if hooks.reporter is None:
            from forumguide.ui.error_dialog import ErrorReporter  # noqa: PLC0415

            hooks.reporter = ErrorReporter(log_dir, window, window).report

    window.after_first_paint(finish)
    # In case nothing is painted (a window started minimised).
    QTimer.singleShot(FINISH_START_AT_THE_LATEST_MS, finish)


def _exit_after_first_paint(window: MainWindow) -> None:
    """For bench/startup.py: report when the programme list has been painted, then quit."""
    from PySide6.QtCore import QTimer  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    def painted() -> None:
        print(PAINTED_MARKER, flush=True)
        QTimer.singleShot(0, QApplication.quit)

    window.first_painted.connect(painted)


if __name__ == "__main__":
    sys.exit(run_gui(sys.argv))
