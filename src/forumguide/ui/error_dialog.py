"""The dialog that tells the user about an unexpected error and leads to the log folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from forumguide.ui.formatting import tr


class ErrorReporter(QObject):
    """Shows unhandled exceptions in a dialog; safe to call from any thread.

    A report from another thread travels by a queued signal, so the dialog is always built on
    the GUI thread. While a dialog is open, further reports are added to it rather than
    stacking up new windows.
    """

    _reported = Signal(str, str)  # summary, details

    def __init__(
        self, log_folder: Path, parent_window: QWidget | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.log_folder = log_folder
        self.parent_window = parent_window
        self.dialog: QMessageBox | None = None
        self._reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def report(self, summary: str, details: str) -> None:
        self._reported.emit(summary, details)

    def _show(self, summary: str, details: str) -> None:
        if self.dialog is not None:
            self.dialog.setDetailedText(f"{self.dialog.detailedText()}\n{details}")
            return
        dialog = QMessageBox(self.parent_window)
        dialog.setObjectName("errorDialog")
        dialog.setIcon(QMessageBox.Icon.Critical)
        dialog.setWindowTitle(tr("ForumGuide ran into a problem"))
        dialog.setTextFormat(Qt.TextFormat.PlainText)
        dialog.setText(
            tr(
                "Something went wrong: {summary}\n\nYour saved notes are safe. The details are "
                "in the log file in {folder}; please include it if you report the problem."
            ).format(summary=summary, folder=self.log_folder)
        )
        dialog.setDetailedText(details)
        self.open_folder_button = dialog.addButton(
            tr("Open &log folder"), QMessageBox.ButtonRole.ActionRole
        )
        self.open_folder_button.setAccessibleName(tr("Open the log folder"))
        self.open_folder_button.clicked.connect(self.open_log_folder)
        close = dialog.addButton(QMessageBox.StandardButton.Close)
        close.setAccessibleName(tr("Close this message"))
        dialog.setDefaultButton(close)
        dialog.setEscapeButton(close)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()

    def _closed(self) -> None:
        self.dialog = None

    def open_log_folder(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_folder)))
