"""Builds a real main window around a temporary personal store, for UI tests."""

from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from forumguide.catalog.library import CatalogLibrary
from forumguide.domain.clock import Clock
from forumguide.domain.model import Session
from forumguide.paths import UserPaths
from forumguide.personal.store import PersonalStore
from forumguide.ui.main_window import MainWindow
from forumguide.ui.personal_data import PersonalData
from forumguide.ui.tasks import SynchronousTaskRunner


def open_window(
    qtbot,
    library: CatalogLibrary,
    paths: UserPaths,
    *,
    threads: bool = False,
    clock: Clock | None = None,
) -> MainWindow:
    """A shown main window with its personal store attached (as app.run_gui does).

    Its long work runs at once on the calling thread, unless ``threads`` asks for the real
    thread pool. ``clock`` fixes the window's idea of the current moment.
    """
    window = MainWindow(
        library, paths, tasks=None if threads else SynchronousTaskRunner(), clock=clock
    )
    qtbot.addWidget(window)
    window.attach(PersonalData(PersonalStore(paths.personal_store), library, window))
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def focused(window: MainWindow) -> QWidget:
    """Where a key press goes: shortcuts are delivered through the focused widget."""
    return QApplication.focusWidget() or window


def close_window(window: MainWindow) -> None:
    window.close()
    if window.data is not None:
        window.data.store.close()


def type_text(widget: QWidget, text: str) -> None:
    """Enter text as an input method commits it (QTest only types ASCII keys)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def data_of(window: MainWindow) -> PersonalData:
    assert window.data is not None, "the personal store is not attached"
    return window.data


def current(window: MainWindow) -> Session:
    assert window.programme.current is not None, "no session is selected"
    return window.programme.current
