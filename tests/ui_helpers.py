"""Builds a real main window around a temporary personal store, for UI tests."""

from __future__ import annotations

from forumguide.catalog.library import CatalogLibrary
from forumguide.paths import UserPaths
from forumguide.personal.store import PersonalStore
from forumguide.ui.main_window import MainWindow
from forumguide.ui.personal_data import PersonalData


def open_window(qtbot, library: CatalogLibrary, paths: UserPaths) -> MainWindow:
    """A shown main window with its personal store attached (as app.run_gui does)."""
    window = MainWindow(library, paths)
    qtbot.addWidget(window)
    window.attach(PersonalData(PersonalStore(paths.personal_store), library, window))
    window.show()
    qtbot.waitExposed(window)
    return window


def close_window(window: MainWindow) -> None:
    window.close()
    if window.data is not None:
        window.data.store.close()
