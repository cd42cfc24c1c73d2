"""Small widgets shared by the tabs: a safe text browser, the note editor, the banner."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFocusEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from forumguide.domain.model import NoteTarget, SessionSnapshot
from forumguide.personal import PersonalStoreError
from forumguide.ui.formatting import tr
from forumguide.ui.personal_data import PersonalData

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 1000
RETRY_DELAY_MS = 5000
SAFE_SCHEMES = frozenset({"http", "https", "mailto"})


class SafeBrowser(QTextBrowser):
    """Shows rich text that cannot load anything; our own links are reported by signal.

    Links with the ``speaker:`` and ``session:`` schemes are emitted as :attr:`internal_link`;
    web and mail links open in the system's browser; anything else is ignored.
    """

    internal_link = Signal(str, str)  # scheme, key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._follow)

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        return None

    def _follow(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        if scheme in {"speaker", "session"}:
            self.internal_link.emit(scheme, url.path() or url.toString().partition(":")[2])
        elif scheme in SAFE_SCHEMES:
            QDesktopServices.openUrl(url)


class Banner(QFrame):
    """A non-blocking message strip at the top of the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#banner { background: palette(tool-tip-base); }")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(tr("Message"))
        close = QPushButton(tr("Dismiss"), self)
        close.setAccessibleName(tr("Dismiss message"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self.hide()

    def show_message(self, text: str) -> None:
        current = self.label.text() if self.isVisible() else ""
        self.label.setText(text if not current or text in current else f"{current}\n{text}")
        self.show()

    def message(self) -> str:
        return self.label.text() if self.isVisible() else ""


class _NoteTextEdit(QPlainTextEdit):
    focus_lost = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_lost.emit()


class NoteEditor(QWidget):
    """Edits one note; saves about a second after typing stops, on focus loss and on demand.

    A failed save keeps the text, says why, and is retried; the text is never cleared before it
    has been committed.
    """

    save_failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: PersonalData | None = None
        self.target: NoteTarget | None = None
        self.key = ""
        self.snapshot = SessionSnapshot()
        self.dirty = False
        self._loading = False
        self.heading = QLabel(tr("&Your note"), self)
        self.editor = _NoteTextEdit(self)
        self.editor.setAccessibleName(tr("Your note"))
        self.editor.setTabChangesFocus(True)
        self.editor.setPlaceholderText(tr("Type your notes here; they are saved as you type."))
        self.heading.setBuddy(self.editor)
        self.status = QLabel(self)
        self.status.setAccessibleName(tr("Note status"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.status)
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_DELAY_MS)
        self._autosave.timeout.connect(self.flush)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_DELAY_MS)
        self._retry.timeout.connect(self.flush)
        self.editor.textChanged.connect(self._changed)
        self.editor.focus_lost.connect(self.flush)
        self.setEnabled(False)
        self.status.setText(tr("Opening your notes…"))

    def attach(self, data: PersonalData) -> None:
        self.data = data
        if self.target is not None:
            self.load(self.target, self.key, self.snapshot)

    def load(self, target: NoteTarget, key: str, snapshot: SessionSnapshot) -> None:
        """Show the note on ``key``, saving the one being edited first."""
        if (target, key) == (self.target, self.key) and self.data is not None and self.isEnabled():
            self.snapshot = snapshot
            return
        self.flush()
        if self.dirty:
            # The previous note could not be saved: keep it on screen rather than lose it.
            return
        self.target, self.key, self.snapshot = target, key, snapshot
        if self.data is None:
            return
        note = self.data.note(target, key)
        self._loading = True
        self.editor.setPlainText(note.text if note else "")
        self._loading = False
        self.dirty = False
        read_only = self.data.read_only
        self.editor.setReadOnly(read_only)
        self.setEnabled(True)
        if read_only:
            self.status.setText(tr("Your notes are open read-only."))
        elif note:
            self.status.setText(
                tr("Saved {time}").format(time=note.updated_at.astimezone().strftime("%H:%M"))
            )
        else:
            self.status.setText("")

    def clear_target(self) -> None:
        self.flush()
        if self.dirty:
            return
        self.target, self.key = None, ""
        self._loading = True
        self.editor.clear()
        self._loading = False
        self.setEnabled(False)
        self.status.setText("")

    def text(self) -> str:
        return self.editor.toPlainText()

    def _changed(self) -> None:
        if self._loading:
            return
        self.dirty = True
        self.status.setText(tr("Editing…"))
        self._autosave.start()

    def flush(self) -> bool:
        """Save now if there are unsaved changes; returns whether everything is saved."""
        self._autosave.stop()
        if not self.dirty or self.data is None or self.target is None:
            return not self.dirty
        try:
            self.data.save_note(self.target, self.key, self.text(), self.snapshot)
        except PersonalStoreError as error:
            log.warning("note not saved: %s", error)
            message = tr(
                "Your note is not saved yet: {reason} The text stays here; retrying."
            ).format(reason=error)
            self.status.setText(message)
            self._retry.start()
            self.save_failed.emit(message)
            return False
        self._retry.stop()
        self.dirty = False
        self.status.setText(tr("Saved {time}").format(time=datetime.now().strftime("%H:%M")))
        return True


class FirstPaintWatcher(QObject):
    """Calls ``callback`` once ``widget`` gets its first paint event.

    With ``delay_ms`` set, the call waits that long in the event loop, so that the paint
    itself (and anything else already queued) finishes first; with ``None`` it is immediate.
    """

    def __init__(
        self, widget: QWidget, callback: Callable[[], None], delay_ms: int | None = 0
    ) -> None:
        super().__init__(widget)
        self._callback: Callable[[], None] | None = callback
        self._delay_ms = delay_ms
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            callback, self._callback = self._callback, None
            if self._delay_ms is None:
                callback()
            else:
                QTimer.singleShot(self._delay_ms, callback)
        return False
