"""The keyboard: no two things of a window share an Alt+letter, and Help › Keyboard shortcuts
lists every command that has keys."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QTableView,
    QWidget,
)

import forumguide.ui
from forumguide.catalog.library import CatalogLibrary
from forumguide.catalog.reader import SessionFilter
from forumguide.domain.now import Happening
from forumguide.paths import UserPaths
from forumguide.services.programmes import import_schedule
from forumguide.ui.language import remove_translations, set_language
from tests.conftest import INTEROP
from tests.ui_helpers import close_window, open_window

DEMOCON = INTEROP / "schedules" / "pretalx-democon.json"


def _letter(text: str) -> str:
    return QKeySequence.mnemonic(text).toString()


def _sources(window: QWidget) -> list[tuple[str, str]]:
    """(Alt+letter, what has it) of everything shown in ``window`` that has a mnemonic."""
    found: list[tuple[str, str]] = []
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            if action.isVisible():
                found.append((_letter(action.text()), f"menu {action.text()!r}"))
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton):
            found.append((_letter(widget.text()), f"button {widget.text()!r}"))
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            found.append((_letter(widget.text()), f"label {widget.text()!r}"))
        elif isinstance(widget, QGroupBox):
            found.append((_letter(widget.title()), f"group {widget.title()!r}"))
        elif isinstance(widget, QTabBar):
            for tab in range(widget.count()):
                if widget.isTabVisible(tab):
                    found.append((_letter(widget.tabText(tab)), f"tab {widget.tabText(tab)!r}"))
    return [(letter, what) for letter, what in found if letter]


def _clashes(pairs: list[tuple[str, str]]) -> list[str]:
    by_letter: dict[str, list[str]] = {}
    for letter, what in pairs:
        by_letter.setdefault(letter, []).append(what)
    return [
        f"{letter}: {', '.join(sorted(set(whats)))}"
        for letter, whats in sorted(by_letter.items())
        if len(whats) > 1
    ]


def _menu_clashes(window: QWidget) -> list[str]:
    problems = []
    for menu in window.findChildren(QMenu):
        pairs = [
            (_letter(action.text()), f"{action.text()!r}")
            for action in menu.actions()
            if not action.isSeparator() and action.isVisible() and _letter(action.text())
        ]
        problems += [f"in menu {menu.title()!r}: {c}" for c in _clashes(pairs)]
    return problems


class Walk:
    """Collects the clashes of each window and dialog shown, and which classes were seen."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.seen: set[type] = set()

    def check(self, window: QWidget, state: str) -> None:
        QApplication.processEvents()
        self.seen.add(type(window))
        self.problems += [f"{state}: {c}" for c in _clashes(_sources(window))]
        self.problems += _menu_clashes(window)

    def dialog(self, dialog: QDialog, state: str) -> None:
        dialog.show()
        self.check(dialog, state)
        dialog.reject()


def _our_dialog_classes() -> set[type]:
    """Every dialog class of the app's windows."""
    for module in pkgutil.iter_modules(forumguide.ui.__path__, "forumguide.ui."):
        importlib.import_module(module.name)
    classes: set[type] = set()
    pending: list[type] = [QDialog]
    while pending:
        cls = pending.pop()
        subclasses: list[type] = cls.__subclasses__()
        for sub in subclasses:
            pending.append(sub)
            if sub.__module__.startswith("forumguide."):
                classes.add(sub)
    return classes


@pytest.fixture(params=["en", "ru", "kk"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The window in each of its languages; the process is left without our translators."""
    locale = QLocale()
    set_language(request.param)
    yield request.param
    remove_translations()
    QLocale.setDefault(locale)


def test_no_mnemonic_clash_in_any_window_or_dialog(
    qtbot, library: CatalogLibrary, home: UserPaths, language: str
) -> None:
    from forumguide.ui.export_flow import CalendarOptionsDialog
    from forumguide.ui.import_flow import ImportSummaryDialog, timezone_dialog
    from forumguide.ui.programmes_dialog import ManageProgrammesDialog
    from forumguide.ui.recovery_notice import RecoveryNotice
    from forumguide.ui.reminders import ReminderBar
    from forumguide.ui.web_updates import UrlDialog

    imported = import_schedule(
        DEMOCON, library, home.catalogs_dir, default_timezone="Europe/Berlin"
    )
    window = open_window(qtbot, library, home)
    walk = Walk()
    window.select_forum("attf-2025")
    # The menus' commands that are added when a menu first opens.
    window.file_menu.aboutToShow.emit()
    window.session_menu.aboutToShow.emit()
    # The strips that can appear above the tabs, all at once.
    notice = RecoveryNotice(window)
    window.central_layout.insertWidget(1, notice)
    notice.show()
    reader = library.reader_for("attf-2025")
    assert reader is not None
    session = reader.sessions(SessionFilter("attf-2025"))[0]
    moment = datetime(2025, 10, 15, 5, tzinfo=UTC)
    bar = ReminderBar(Happening(session, moment, moment), timedelta(minutes=5), window)
    window.central_layout.insertWidget(1, bar)
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        walk.check(window, f"tab {window.tabs.tabText(tab)!r}")
    # A session and a person shown, with their note editors.
    window.open_session(session.guid, "attf-2025")
    walk.check(window, "a session shown")
    window.open_speaker(session.appearances[0].speaker_slug)
    walk.check(window, "a person shown")
    window.tabs.setCurrentIndex(0)
    window.programme.set_timetable_shown(True)
    walk.check(window, "timetable")
    window.programme.set_timetable_shown(False)
    window.search.setFocus()
    qtbot.keyClicks(window.search, "session")
    qtbot.waitUntil(window.search_everywhere.panel.isVisible)
    walk.check(window, "search results")

    window.show_now_and_next()
    walk.check(window.now_and_next, "now and next")
    window.now_and_next.close()
    walk.dialog(CalendarOptionsDialog("A forum", [date(2025, 10, 15)], window), "calendar")
    walk.dialog(timezone_dialog(window, Path("schedule.xml")), "time zone")
    walk.dialog(ImportSummaryDialog(imported, [], window), "import summary")
    walk.dialog(UrlDialog(window), "import from URL")
    walk.dialog(ManageProgrammesDialog(window.context, lambda: window.import_flow), "programmes")
    window.show_shortcuts()
    shortcuts = window.findChild(QDialog, "shortcutsDialog")
    assert shortcuts is not None
    walk.dialog(shortcuts, "keyboard shortcuts")

    problems = list(dict.fromkeys(walk.problems))
    assert problems == [], "\n".join(problems)
    unseen = {cls.__name__ for cls in _our_dialog_classes() - walk.seen}
    assert unseen == set(), "dialogs this test does not open"
    notice.deleteLater()
    close_window(window)


def test_help_lists_every_shortcut(qtbot, library: CatalogLibrary, home: UserPaths) -> None:
    window = open_window(qtbot, library, home)
    qtbot.keyClick(window.programme.view, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.findChild(QDialog, "shortcutsDialog") is not None)
    dialog = window.findChild(QDialog, "shortcutsDialog")
    assert dialog is not None and dialog.isVisible()
    table = dialog.findChild(QTableView)
    assert table is not None
    model = table.model()
    listed = {
        (model.index(row, 0).data(), model.index(row, 1).data()) for row in range(model.rowCount())
    }
    # Every action of the window that has keys, with them; the File menu's too.
    expected = {
        (
            action.text().replace("&", ""),
            ", ".join(
                k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
            ),
        )
        for action in window.findChildren(QAction)
        if action.shortcuts() and action.text()
    }
    assert expected <= listed
    texts = {command for command, _keys in listed}
    for command in (
        "Find…",
        "Bookmark session",
        "Keyboard shortcuts",
        "Print my agenda…",
        "Clear the search (in the search box)",
        "Go to the first result (in the search box)",
    ):
        assert command in texts
    assert ("Keyboard shortcuts", "F1") in listed
    dialog.reject()
    close_window(window)
