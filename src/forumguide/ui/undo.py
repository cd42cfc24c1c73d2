"""Undo for what removes the delegate's own things: a bookmark removed, a note deleted.

Edit › Undo (Ctrl+Z) and the Undo button of a strip at the top of the window put the last one
back. Where the keyboard is in a text field, Ctrl+Z undoes typing there instead. A deleted note
waits whole in the store's bin while it can be undone (see
:meth:`~forumguide.personal.store.PersonalStore.delete_note`); an undo that fails keeps it
there and can be tried again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QWidget,
)

from forumguide.catalog.library import CatalogLibrary
from forumguide.domain.model import Bookmark, DeletedNote, NoteTarget
from forumguide.personal import PersonalStoreError
from forumguide.ui.formatting import MAX_TITLE_SHOWN, shortened, tr
from forumguide.ui.messages import error_text
from forumguide.ui.personal_data import PersonalData

# How many removals can be undone, newest first.
UNDO_LIMIT = 50


@dataclass(frozen=True, slots=True)
class UndoEntry:
    """Something that can be put back: what to say about it, and how to put it back.

    ``restore`` raises :class:`PersonalStoreError` when it could not put it back, and returns
    False when it can no longer be put back.
    """

    text: Callable[[], str]
    restore: Callable[[], bool]


class UndoBar(QFrame):
    """The strip that says what was just removed, with Undo and Dismiss buttons."""

    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#undoBar { background: palette(tool-tip-base); }")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_button = QPushButton(self)
        self.undo_button.clicked.connect(lambda _checked=False: self.undo_requested.emit())
        self.dismiss_button = QPushButton(self)
        self.dismiss_button.clicked.connect(lambda _checked=False: self.hide())
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.dismiss_button)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.label.setAccessibleName(tr("What was removed"))
        # No mnemonic: the strip shows over every tab, whose own keys it must not take.
        self.undo_button.setText(tr("Undo"))
        self.undo_button.setAccessibleName(tr("Undo the removal"))
        self.undo_button.setToolTip(tr("Put it back (Ctrl+Z)"))
        self.dismiss_button.setText(tr("Dismiss"))
        self.dismiss_button.setAccessibleName(tr("Dismiss this message"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def say(self, text: str, can_undo: bool) -> None:
        self.label.setText(text)
        self.undo_button.setVisible(can_undo)
        self.show()


class Undo(QObject):
    """The window's undo of removals: an Edit menu command and the strip."""

    def __init__(self, window: QMainWindow, library: CatalogLibrary, layout: QBoxLayout) -> None:
        """Put the strip in ``layout`` (the window's, below its message banner)."""
        super().__init__(window)
        self.library = library
        self.menu: QMenu | None = None
        self.entries: list[UndoEntry] = []
        self.action = QAction(window)
        self.action.setShortcut(QKeySequence.StandardKey.Undo)
        self.action.setEnabled(False)
        self.action.triggered.connect(lambda _checked=False: self.undo())
        window.addAction(self.action)
        self.bar = UndoBar(window)
        self.bar.undo_requested.connect(self.undo)
        layout.insertWidget(1, self.bar)
        self.retranslate()

    def retranslate(self) -> None:
        if self.menu is not None:
            self.menu.setTitle(tr("&Edit"))
        self.action.setText(tr("&Undo"))
        self.action.setToolTip(tr("Put back the bookmark removed or the note deleted last"))
        if self.bar.isVisible() and self.entries:
            self.bar.say(self.entries[-1].text(), True)

    def attach(self, data: PersonalData) -> None:
        data.bookmark_removed.connect(lambda bookmark: self._bookmark_removed(data, bookmark))
        data.note_deleted.connect(lambda deleted: self._note_deleted(data, deleted))

    def push(self, entry: UndoEntry) -> None:
        self.entries.append(entry)
        del self.entries[:-UNDO_LIMIT]
        self.action.setEnabled(True)
        self.bar.say(entry.text(), True)

    def undo(self) -> bool:
        """Put back the last removal; returns whether it was put back."""
        if not self.entries:
            return False
        entry = self.entries[-1]
        try:
            restored = entry.restore()
        except PersonalStoreError as error:
            self.bar.say(
                tr("It could not be put back: {reason}").format(reason=error_text(error)), True
            )
            return False
        self.entries.pop()
        self.action.setEnabled(bool(self.entries))
        if restored:
            self.bar.hide()
        else:
            self.bar.say(tr("That can no longer be undone."), False)
        return restored

    def _bookmark_removed(self, data: PersonalData, bookmark: Bookmark) -> None:
        session = self.library.session(bookmark.session_guid, bookmark.forum_slug)
        title = session.title if session is not None else bookmark.snapshot.title

        def restore() -> bool:
            data.restore_bookmark(bookmark)
            return True

        self.push(
            UndoEntry(
                lambda: tr("Bookmark removed: {title}").format(
                    title=shortened(title or bookmark.session_guid, MAX_TITLE_SHOWN)
                ),
                restore,
            )
        )

    def _note_deleted(self, data: PersonalData, deleted: DeletedNote) -> None:
        note = deleted.note
        title = note.snapshot.title or note.key
        if note.session_key is not None:
            session = self.library.session(note.key, note.forum_slug)
            title = session.title if session is not None else title

        def text() -> str:
            shown = shortened(title, MAX_TITLE_SHOWN)
            if note.target is NoteTarget.SPEAKER:
                return tr("Note on {name} deleted").format(name=shown)
            return tr("Note deleted: {title}").format(title=shown)

        self.push(UndoEntry(text, lambda: data.restore_note(deleted) is not None))


def install_undo(window: QMainWindow, library: CatalogLibrary, layout: QBoxLayout) -> Undo:
    """Add Edit › Undo to the window's menu bar (after the menus added so far) and the strip."""
    undo = Undo(window, library, layout)
    undo.menu = window.menuBar().addMenu(tr("&Edit"))
    undo.menu.addAction(undo.action)
    return undo
