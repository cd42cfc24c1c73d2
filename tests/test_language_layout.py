"""Longer languages fit, and every control can be named and reached in any language.

A pseudo-translation makes every message a third longer and accented, as Russian and Kazakh
often are: at 1366×768 no text of the tool bar, the filters, the list headers or the buttons may
be cut. Every interactive widget of the window and of its dialogs must have an accessible name
(or a text that names it) and a way to reach it from the keyboard.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTableView,
    QTextEdit,
    QToolBar,
    QToolButton,
    QWidget,
)

from forumguide.catalog.library import CatalogLibrary
from forumguide.catalog.reader import CatalogReader
from forumguide.paths import UserPaths
from forumguide.services.programmes import import_schedule
from forumguide.ui.export_flow import CalendarOptionsDialog
from forumguide.ui.import_flow import ImportSummaryDialog, timezone_dialog
from forumguide.ui.language import remove_translations, set_language
from forumguide.ui.main_window import PROGRAMME, MainWindow
from forumguide.ui.programmes_dialog import ManageProgrammesDialog
from forumguide.ui.web_updates import UrlDialog
from tests.conftest import INTEROP
from tests.test_keyboard import _our_dialog_classes
from tests.ui_helpers import close_window, open_window

SCREEN = (1366, 768)
SCHEDULES = INTEROP / "schedules"
DEMOCON = SCHEDULES / "pretalx-democon.json"
CAMP = SCHEDULES / "frab-camp2019.json"
ACCENTED = str.maketrans(
    "aceinoruyACEINORUY", "àçéîñöŕüýÀÇÉÎÑÖŔÜÝ"
)  # the same letters with marks, as Latin-script languages write them
# What a translation keeps as it is: placeholders, plural numbers, tags, entities, mnemonics.
KEPT = re.compile(r"\{[^{}]*\}|%n|<[^>]*>|&[a-zA-Z]+;|&.")
DATE_PATTERN = "date pattern"


def pseudo(text: str) -> str:
    """``text`` accented and a third longer, its placeholders and markup intact."""
    parts, last = [], 0
    for match in KEPT.finditer(text):
        parts.append(text[last : match.start()].translate(ACCENTED))
        parts.append(match.group(0))
        last = match.end()
    parts.append(text[last:].translate(ACCENTED))
    letters = sum(c.isalpha() for c in text)
    return "".join(parts) + ("·" * ((letters + 2) // 3) if letters else "")


class PseudoTranslator(QTranslator):
    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if disambiguation == DATE_PATTERN or not source.strip():
            return ""  # date patterns are formats, not text: QLocale reads them
        if n >= 0 and "%n" in source:
            source = source.replace("(s)", "s" if n != 1 else "")
        return pseudo(source)

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def pseudo_language(qapp: QApplication) -> Iterator[None]:
    locale = QLocale()
    set_language("en")
    translator = PseudoTranslator()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)
    remove_translations()
    QLocale.setDefault(locale)


@pytest.fixture
def window(qtbot: Any, bundled_path: Path, home: UserPaths) -> Iterator[MainWindow]:
    library = CatalogLibrary([CatalogReader(bundled_path)])
    shown = open_window(qtbot, library, home)
    shown.resize(*SCREEN)
    qtbot.waitUntil(lambda: shown.width() == SCREEN[0])
    yield shown
    close_window(shown)
    library.close()


def test_pseudo_translation_keeps_placeholders_and_lengthens() -> None:
    text = pseudo("Saved {name} to {file}.")
    assert "{name}" in text and "{file}" in text
    assert len(text) > len("Saved {name} to {file}.")
    assert pseudo("&File").startswith("&F")


def _clipped(widget: QWidget) -> bool:
    """Whether the widget is narrower than its text needs, or partly hidden by its parents."""
    if not widget.isVisible():
        return False
    shown = widget.visibleRegion().boundingRect()
    return widget.width() < widget.sizeHint().width() or shown.width() < widget.width()


def _clipped_in(container: QWidget) -> list[str]:
    found = []
    for widget in container.findChildren(QWidget):
        if isinstance(widget, QAbstractButton | QLabel | QComboBox) and _clipped(widget):
            text = widget.currentText() if isinstance(widget, QComboBox) else widget.text()
            found.append(f"{type(widget).__name__} {text!r}: {widget.width()} < hint")
    return found


def _clipped_headers(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None or not header.isVisible():
        return []
    found = []
    metrics = header.fontMetrics()
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        if metrics.horizontalAdvance(text) > header.sectionSize(section):
            found.append(f"header {text!r}: {header.sectionSize(section)}")
    return found


@pytest.mark.parametrize("schedule", [None, DEMOCON, CAMP])
def test_pseudo_translated_window_is_not_clipped_at_1366_by_768(
    pseudo_language: None, window: MainWindow, qtbot: Any, schedule: Path | None
) -> None:
    if schedule is not None:  # a conference with days, tracks, rooms and formats to filter
        window.import_flow.import_file(schedule)
        qtbot.waitUntil(lambda: window.import_flow.last_result is not None)
        dialog = window.import_flow.dialog
        if dialog is not None:
            dialog.close()
    window.tabs.setCurrentIndex(PROGRAMME)
    QApplication.processEvents()
    QApplication.processEvents()
    filters = [box for box in window.programme._boxes() if box.isVisible()]
    assert schedule is None or len(filters) >= 2, "the imported programme is not shown"
    bar = window.findChild(QToolBar, "mainToolBar")
    assert bar is not None
    overflow = bar.findChild(QToolButton, "qt_toolbar_ext_button")
    problems = []
    if overflow is not None and overflow.isVisible():
        problems.append("the tool bar's commands do not fit: some hide behind »")
    problems += _clipped_in(bar)
    for tab_index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab_index)
        QApplication.processEvents()
        tab = window.tabs.widget(tab_index)
        assert tab is not None
        problems += _clipped_in(tab)
        for view in tab.findChildren(QTableView):
            problems += _clipped_headers(view.horizontalHeader())
    assert not problems, "\n".join(problems)


def test_pseudo_translated_dialog_buttons_are_not_clipped(
    pseudo_language: None, window: MainWindow, qtbot: Any
) -> None:
    dialog = CalendarOptionsDialog("Astana Think Tank Forum 2025", [date(2025, 10, 15)], window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not _clipped_in(dialog)
    window.show_now_and_next()
    now = window.now_and_next
    qtbot.waitExposed(now)
    assert not _clipped_in(now)
    now.close()


# Widgets of Qt's own making inside others (a combo box's line edit, scroll bars, the tab bar's
# scroll arrows, a header's sections): they are reached and named through their owner.
def _own(widget: QWidget) -> bool:
    if widget.objectName().startswith("qt_") or isinstance(
        widget, QScrollBar | QHeaderView | QTabBar
    ):
        return False
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QTabBar | QAbstractSpinBox | QLineEdit):
            return False
        parent = parent.parentWidget()
    return True


INTERACTIVE = (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
)
MNEMONIC = re.compile(r"&[^&\s]")


def _has_mnemonic(widget: QWidget, labels: list[QLabel]) -> bool:
    if isinstance(widget, QAbstractButton) and MNEMONIC.search(widget.text()):
        return True
    return any(label.buddy() is widget and MNEMONIC.search(label.text()) for label in labels)


def _unreachable_or_unnamed(root: QWidget) -> list[str]:
    labels = root.findChildren(QLabel)
    problems = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not _own(widget):
            continue
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parent(), QComboBox | QAbstractSpinBox
        ):
            continue
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        named = bool(widget.accessibleName().strip() or text.replace("&", "").strip())
        if not named:
            problems.append(
                f"{type(widget).__name__} {widget.objectName()!r} in "
                f"{type(widget.parentWidget()).__name__} has no name"
            )
        reachable = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or _has_mnemonic(
            widget, labels
        )
        if isinstance(widget, QToolButton) and widget.defaultAction() is not None:
            reachable = True  # the tool bar's commands are menu commands with their keys
        if not reachable:
            problems.append(
                f"{type(widget).__name__} {widget.accessibleName()!r}: no keyboard path"
            )
    return problems


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_every_control_has_a_name_and_a_keyboard_path(
    language: str, window: MainWindow, qtbot: Any
) -> None:
    locale = QLocale()
    set_language(language)
    try:
        window.programme.set_timetable_shown(True)  # the timetable's controls exist from now
        window.programme.set_timetable_shown(False)
        window.file_menu.aboutToShow.emit()
        window.session_menu.aboutToShow.emit()
        problems = _unreachable_or_unnamed(window)
        imported = import_schedule(
            DEMOCON, window.library, window.paths.catalogs_dir, default_timezone="Europe/Berlin"
        )
        window.show_shortcuts()
        shortcuts = window.findChild(QDialog, "shortcutsDialog")
        assert shortcuts is not None
        dialogs: list[QWidget] = [
            CalendarOptionsDialog("ATTF 2025", [date(2025, 10, 15)], window),
            timezone_dialog(window, Path("schedule.xml")),
            ImportSummaryDialog(imported, [], window),
            UrlDialog(window),
            ManageProgrammesDialog(window.context, lambda: window.import_flow),
            shortcuts,
            window.now_and_next,
        ]
        for dialog in dialogs:
            dialog.show()
            problems += _unreachable_or_unnamed(dialog)
            dialog.close()
        assert not problems, "\n".join(problems)
        unseen = {cls.__name__ for cls in _our_dialog_classes()} - {
            type(dialog).__name__ for dialog in dialogs
        }
        assert unseen == set(), "dialogs this test does not look at"
        for widget in window.findChildren(QWidget):
            name = widget.accessibleName()
            if language != "en" and name and _own(widget) and isinstance(widget, INTERACTIVE):
                assert re.search("[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]", name) or name.isupper(), (
                    f"{type(widget).__name__} is named {name!r} in {language}"
                )
    finally:
        remove_translations()
        QLocale.setDefault(locale)
