"""File › Manage programmes: the programmes the app shows, and removing an imported one.

The bundled programme is listed first and cannot be removed; the imported ones follow, the most
recent conference first. Removing one deletes its catalog but keeps every bookmark and note made
on its sessions: they show as belonging to a removed programme, and importing the schedule
again brings them back to life.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from forumguide.catalog import CatalogError
from forumguide.services.programme_list import ProgrammeInfo, programmes
from forumguide.ui.context import WindowContext
from forumguide.ui.formatting import forum_dates, qdate, tr
from forumguide.ui.messages import error_text

if TYPE_CHECKING:
    from forumguide.ui.import_flow import ImportFlow

log = logging.getLogger(__name__)

CATALOG_ID = Qt.ItemDataRole.UserRole


class ManageProgrammesDialog(QDialog):
    """Lists the programmes; imports another or removes an imported one."""

    def __init__(self, context: WindowContext, import_flow: Callable[[], ImportFlow]) -> None:
        super().__init__(context.parent)
        self.context = context
        self.import_flow = import_flow
        self.listed: list[ProgrammeInfo] = []
        self.items: list[QTreeWidgetItem] = []
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTreeWidget(self)
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setColumnCount(3)
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.header().setStretchLastSection(False)
        for column in (1, 2):
            self.table.header().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.table.currentItemChanged.connect(lambda *_items: self._update_buttons())
        self.intro.setBuddy(self.table)
        self.import_button = QPushButton(self)
        self.import_button.clicked.connect(self._import)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(lambda _checked=False: self.remove_selected())
        self.table.installEventFilter(self)  # Delete in the list removes, as the button does
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.resize(640, 360)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Manage programmes"))
        self.setAccessibleName(tr("Manage programmes"))
        self.intro.setText(
            tr(
                "&Programmes shown. Removing an imported programme keeps your bookmarks and "
                "notes on it; importing its schedule again brings them back."
            )
        )
        self.table.setHeaderLabels([tr("Forum"), tr("Dates"), tr("Programme")])
        self.table.setAccessibleName(tr("Programmes"))
        self.import_button.setText(tr("&Import schedule…"))
        self.import_button.setAccessibleName(tr("Import a schedule"))
        self.remove_button.setText(tr("&Remove…"))
        self.remove_button.setAccessibleName(tr("Remove the selected programme"))
        self.remove_button.setToolTip(
            tr("Remove the selected imported programme; your bookmarks and notes on it are kept")
        )
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(tr("&Close"))
        close.setAccessibleName(tr("Close"))
        if self.listed:
            self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Delete)
        ):
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)

    def reload(self) -> None:
        """List the library's programmes again, keeping the selection where it can."""
        chosen = self.selected()
        self.listed = programmes(self.context.library)
        self.table.clear()
        self.items = []
        locale = QLocale()
        for info in self.listed:
            if info.bundled:
                added = tr("Comes with ForumGuide")
            elif info.imported is not None:
                day = qdate(info.imported.astimezone().date())
                added = tr("Imported {date}").format(
                    date=locale.toString(day, QLocale.FormatType.ShortFormat)
                )
            else:
                added = tr("Imported")
            # A row for each forum; every forum of a programme stands for the programme.
            for forum in info.forums or ():
                item = QTreeWidgetItem([forum.name, forum_dates(forum), added])
                item.setData(0, CATALOG_ID, info.catalog_id)
                if info.origin:
                    item.setToolTip(0, tr("Imported from {source}").format(source=info.origin))
                self.table.addTopLevelItem(item)
                self.items.append(item)
        index = next(
            (
                n
                for n, info in enumerate(self.listed)
                if chosen and info.catalog_id == chosen.catalog_id
            ),
            0,
        )
        if self.listed:
            self.table.setCurrentItem(self.items[index])
        self._update_buttons()

    def select(self, catalog_id: str) -> None:
        """Select the first row of the programme ``catalog_id``."""
        for item in self.items:
            if item.data(0, CATALOG_ID) == catalog_id:
                self.table.setCurrentItem(item)
                return

    def selected(self) -> ProgrammeInfo | None:
        item = self.table.currentItem()
        if item is None:
            return None
        catalog_id = item.data(0, CATALOG_ID)
        return next((p for p in self.listed if p.catalog_id == catalog_id), None)

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.remove_button.setEnabled(chosen is not None and not chosen.bundled)

    def _import(self) -> None:
        flow = self.import_flow()
        flow.finished.connect(self.reload, Qt.ConnectionType.SingleShotConnection)
        flow.run()
        if not flow.busy:
            self.reload()

    def remove_selected(self, *, confirm: bool = True) -> bool:
        """Remove the selected imported programme, after asking; True if it was removed."""
        from forumguide.services.programmes import remove_programme  # noqa: PLC0415

        chosen = self.selected()
        if chosen is None or chosen.bundled:
            return False
        name = ", ".join(forum.name for forum in chosen.forums) or chosen.title
        data = self.context.personal()
        bookmarks = notes = 0
        if data is not None:
            for forum in chosen.forums:
                bookmarks += len(data.bookmarked_in(forum.slug))
                notes += len(data.noted_in(forum.slug))
        title = tr("Remove programme")
        if confirm:
            answer = QMessageBox.question(
                self,
                title,
                tr(
                    "Remove {programme}?\n\nYour {bookmarks} bookmark(s) and {notes} note(s) on "
                    "its sessions are kept and shown as belonging to a removed programme. "
                    "Importing its schedule again brings them back."
                ).format(programme=name, bookmarks=bookmarks, notes=notes),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self.context.flush_notes()
        try:
            remove_programme(
                chosen.catalog_id, self.context.library, data.store if data is not None else None
            )
        except CatalogError as error:
            log.warning("programme not removed: %s", error)
            QMessageBox.warning(
                self,
                title,
                tr("{programme} was not removed.\n\n{reason}").format(
                    programme=name, reason=error_text(error)
                ),
            )
            self.context.programmes_changed("")
            self.reload()
            return False
        if data is not None:
            data.changed_elsewhere()
        # The forum shown stays, unless it was removed: then the first one listed is shown.
        self.context.programmes_changed("")
        self.context.show_message(
            tr(
                "{programme} was removed. Your {bookmarks} bookmark(s) and {notes} note(s) on it "
                "are kept; import its schedule again to bring them back."
            ).format(programme=name, bookmarks=bookmarks, notes=notes)
        )
        self.reload()
        return True


class ManageProgrammesAction(QAction):
    """File › Manage programmes…, opening the dialog (made on first use)."""

    def __init__(
        self,
        context: Callable[[], WindowContext],
        import_flow: Callable[[], ImportFlow],
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self.context = context
        self.import_flow = import_flow
        self.dialog: ManageProgrammesDialog | None = None
        self.triggered.connect(lambda _checked=False: self.show_dialog())
        self.retranslate()
        window.installEventFilter(self)

    def retranslate(self) -> None:
        self.setText(tr("M&anage programmes…"))
        self.setToolTip(tr("See the programmes shown, import another or remove an imported one"))
        self.setStatusTip(self.toolTip())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # An action has no change events of its own: it follows its window's language.
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().eventFilter(watched, event)

    def show_dialog(self) -> ManageProgrammesDialog:
        if self.dialog is None:
            self.dialog = ManageProgrammesDialog(self.context(), self.import_flow)
        else:
            self.dialog.reload()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog
