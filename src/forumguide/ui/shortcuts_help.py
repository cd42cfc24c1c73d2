"""Help › Keyboard shortcuts: every command that has keys, read from the window's actions.

The list is made from the actions themselves (the menus, in their order, then the window's
other actions), so a command given keys shows up here without anyone keeping a list.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QMenuBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from forumguide.ui.formatting import tr
from forumguide.ui.models import AnyIndex

if TYPE_CHECKING:
    from collections.abc import Iterable

_ROOT = QModelIndex()


@dataclass(frozen=True, slots=True)
class ShortcutRow:
    """A command and its keys, under the menu it is in (empty when in none)."""

    menu: str
    command: str
    keys: str


def plain(text: str) -> str:
    """A menu text without its mnemonic marks (``&&`` stays one ``&``)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def keys_text(action: QAction) -> str:
    return ", ".join(
        key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts()
    )


def _menu_actions(menu: QMenu, path: str) -> Iterable[tuple[str, QAction]]:
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            yield from _menu_actions(submenu, f"{path} › {plain(submenu.title())}")
        elif not action.isSeparator():
            yield path, action


def shortcut_rows(menus: QMenuBar | None, others: Iterable[QAction]) -> list[ShortcutRow]:
    """The commands with keys: those of the menus in menu order, then ``others`` not in a menu.

    An action is listed once, at its first place.
    """
    rows: list[ShortcutRow] = []
    seen: set[int] = set()
    found: list[tuple[str, QAction]] = []
    if menus is not None:
        for top in menus.actions():
            submenu = top.menu()
            if isinstance(submenu, QMenu):
                found.extend(_menu_actions(submenu, plain(submenu.title())))
    found.extend(("", action) for action in others)
    for path, action in found:
        if id(action) in seen or not action.shortcuts() or not action.text():
            continue
        seen.add(id(action))
        rows.append(ShortcutRow(path, plain(action.text()), keys_text(action)))
    return rows


class ShortcutsModel(QAbstractTableModel):
    COMMAND, KEYS, MENU = range(3)

    def __init__(self, rows: list[ShortcutRow], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows = rows

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else 3

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        return (row.command, row.keys, row.menu or tr("(no menu)"))[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (tr("Command"), tr("Keys"), tr("Menu"))[section]
        return None


class ShortcutsDialog(QDialog):
    """The list of keyboard shortcuts."""

    def __init__(self, rows: list[ShortcutRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.model = ShortcutsModel(rows, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(ShortcutsModel.COMMAND, QHeaderView.ResizeMode.Stretch)
        for column in (ShortcutsModel.KEYS, ShortcutsModel.MENU):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 480)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Keyboard shortcuts"))
        self.intro.setText(
            tr(
                "Every command with keys. Alt and the underlined letter of a menu, tab, button "
                "or label also goes to it."
            )
        )
        self.view.setAccessibleName(tr("Keyboard shortcuts"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
