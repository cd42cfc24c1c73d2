"""Small widgets shared by the tabs: a safe text browser, the note editor, the banner."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFocusEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from forumguide.domain.model import NoteSummary, NoteTarget, SessionSnapshot
from forumguide.personal import PersonalStoreError
from forumguide.ui.formatting import (
    breakable,
    clock_text,
    inert_resource,
    local_time_text,
    tr,
)
from forumguide.ui.messages import error_text
from forumguide.ui.personal_data import PersonalData
from forumguide.ui.tasks import Task, TaskRunner

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 1000
RETRY_DELAY_MS = 5000
SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
# A note longer than this is shown in part and not edited in the window (it is kept whole):
# laying out millions of characters would stop the window for minutes.
EDITABLE_NOTE_CHARACTERS = 200_000
# How long a passing message stays in the message bar.
MESSAGE_SHOWN_MS = 12_000
# Work that ends sooner than this is not announced in the status bar.
TASK_STATUS_DELAY_MS = 300


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
        return inert_resource(kind)

    def _follow(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        if scheme in {"speaker", "session"}:
            self.internal_link.emit(scheme, url.path() or url.toString().partition(":")[2])
        elif scheme in SAFE_SCHEMES:
            QDesktopServices.openUrl(url)


class Banner(QFrame):
    """A non-blocking message strip at the top of the window.

    It shows one passing message at a time, each replacing the one before and closing itself
    after a while, below any lasting messages (problems that hold until they are solved or
    dismissed, one per key).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#banner { background: palette(tool-tip-base); }")
        self._lasting: dict[str, str] = {}
        self._passing = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(MESSAGE_SHOWN_MS)
        self._timer.timeout.connect(self._passing_expired)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        # Messages quote file names and error text, which must never be read as markup.
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setAccessibleName(tr("Message"))
        self.close_button.setText(tr("Dismiss"))
        self.close_button.setAccessibleName(tr("Dismiss message"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def shown_ms(self) -> int:
        """How long a passing message is shown."""
        return self._timer.interval()

    @shown_ms.setter
    def shown_ms(self, value: int) -> None:
        self._timer.setInterval(value)

    def show_message(self, text: str, key: str = "", *, lasting: bool = False) -> None:
        """Show ``text``: in place of the passing message shown, or as a lasting one.

        A lasting message with a ``key`` replaces the one shown earlier with the same key, and
        stays until :meth:`clear_message` or the user dismisses it.
        """
        if lasting:
            self._lasting.pop(key or text, None)
            self._lasting[key or text] = text
        else:
            self._passing = text
            self._timer.start()
        self._update()

    def clear_message(self, key: str) -> None:
        if self._lasting.pop(key, None) is not None:
            self._update()

    def dismiss(self) -> None:
        """Close every message shown."""
        self._lasting.clear()
        self._passing = ""
        self._timer.stop()
        self._update()

    def _passing_expired(self) -> None:
        if self.underMouse():  # being read: leave it a while longer
            self._timer.start()
            return
        self._passing = ""
        self._update()

    def _update(self) -> None:
        lines = [*self._lasting.values(), *([self._passing] if self._passing else [])]
        self.label.setText("\n".join(lines))
        self.setVisible(bool(lines))

    def message(self) -> str:
        return "" if self.isHidden() else self.label.text()


class TaskStatus(QWidget):
    """The status bar's view of long work: what runs, how far it is, and Cancel where it can."""

    busy_changed = Signal(bool)

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.task: Task[object] | None = None
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(240)
        self.bar.setTextVisible(False)
        self.cancel = QPushButton(self)
        self.cancel.clicked.connect(self._cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(TASK_STATUS_DELAY_MS)
        self._delay.timeout.connect(self._show_current)
        tasks.started.connect(self._started)
        tasks.idle.connect(self._idle)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setAccessibleName(tr("Work in progress"))
        self.bar.setAccessibleName(tr("Progress"))
        self.cancel.setText(tr("Cancel"))
        self.cancel.setAccessibleName(tr("Cancel the work in progress"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _started(self, task: Task[object]) -> None:
        task.progressed.connect(
            lambda done, total, shown=task: self._progressed(shown, done, total)
        )
        task.finished.connect(self._finished)
        if self.task is None or task.cancellable:
            self.task = task
            self.bar.setRange(0, 0)
        if self.isHidden():
            self._delay.start()

    def _progressed(self, task: Task[object], done: int, total: int) -> None:
        if task is self.task and total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    def _show_current(self) -> None:
        if self.task is None or self.task.done:
            return
        self.label.setText(self.task.title)
        self.cancel.setVisible(self.task.cancellable)
        self.cancel.setEnabled(not self.task.cancelled)
        self.show()
        self.busy_changed.emit(True)

    def _finished(self) -> None:
        running = [t for t in self.tasks.running if not t.done]
        if self.task is not None and self.task.done:
            self.task = next((t for t in running if t.cancellable), running[0] if running else None)
            if self.task is not None and self.isVisible():
                self._show_current()

    def _idle(self) -> None:
        self._delay.stop()
        self.task = None
        if self.isVisible():
            self.hide()
            self.busy_changed.emit(False)

    def _cancel(self) -> None:
        if self.task is not None and self.task.cancellable:
            self.task.cancel()
            self.cancel.setEnabled(False)
            self.label.setText(tr("Cancelling: {work}").format(work=self.task.title))


class _NoteTextEdit(QPlainTextEdit):
    focus_lost = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_lost.emit()


class NoteEditor(QWidget):
    """Edits one note; saves about a second after typing stops, on focus loss and on demand.

    A failed save keeps the text, says why, and is retried; the text is never cleared before it
    has been committed. Moving on to another note while saves are failing does not lose the
    unsaved one: its text is held (and shown again if that note is reopened) and retried with
    the rest until it is committed.

    The same note may be open in two editors (the Notes tab and the session's own): each saves
    from the text it started with, so that older text never replaces what the other saved
    meanwhile (both are kept), and an editor with nothing unsaved shows what the other saved.
    """

    save_failed = Signal(str)  # a message for the window's banner
    saves_resumed = Signal(str)  # every held note is saved after failures

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: PersonalData | None = None
        self.target: NoteTarget | None = None
        self.key = ""
        self.forum_slug = ""  # the forum of the session the note is on
        self.snapshot = SessionSnapshot()
        self.dirty = False
        # The note's text as stored when this editor read or last saved it (None: not read).
        self.base: str | None = None
        self._loading = False
        self._failing = False
        self._saving = False
        # Notes whose save failed and that are no longer on screen, with the text each started
        # from: (target, key, forum) -> (text, snapshot, base).
        self._held: dict[tuple[NoteTarget, str, str], tuple[str, SessionSnapshot, str | None]] = {}
        self.heading = QLabel(tr("&Your note"), self)
        self.editor = _NoteTextEdit(self)
        self.editor.setTabChangesFocus(True)
        self.heading.setBuddy(self.editor)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
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
        self.retranslate()

    def retranslate(self) -> None:
        self.editor.setAccessibleName(tr("Your note"))
        self.editor.setPlaceholderText(tr("Type your notes here; they are saved as you type."))
        self.status.setAccessibleName(tr("Note status"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def attach(self, data: PersonalData) -> None:
        self.data = data
        data.note_saved.connect(self._saved_elsewhere)
        if self.target is not None:
            self.load(self.target, self.key, self.snapshot, self.forum_slug)

    def reload(self) -> None:
        """Read the note shown again (it was changed elsewhere, by a merge say)."""
        if self.target is None or self.dirty:
            return
        target, key, snapshot, forum = self.target, self.key, self.snapshot, self.forum_slug
        position = self.editor.textCursor().position()
        self.target = None
        self.load(target, key, snapshot, forum)
        cursor = self.editor.textCursor()
        cursor.setPosition(min(position, len(self.editor.toPlainText())))
        self.editor.setTextCursor(cursor)

    def _saved_elsewhere(self, target: str, key: str) -> None:
        """Another editor, a tick or an undo changed a note: show it if it is this one."""
        if self._saving or self.target is None:
            return
        if (not target and not key) or (target == self.target.value and key == self.key):
            self.reload()

    @property
    def unsaved_count(self) -> int:
        """How many notes have text that is not committed yet (this one included)."""
        return len(self._held) + (1 if self.dirty else 0)

    def load(
        self, target: NoteTarget, key: str, snapshot: SessionSnapshot, forum_slug: str = ""
    ) -> None:
        """Show the note on ``key``, saving the one being edited first."""
        same = (target, key, forum_slug) == (self.target, self.key, self.forum_slug)
        if same and self.data is not None and self.isEnabled():
            self.snapshot = snapshot
            return
        self.flush()
        self._hold_current()
        self.target, self.key, self.snapshot = target, key, snapshot
        self.forum_slug = forum_slug
        if self.data is None:
            return
        held = self._held.pop((target, key, forum_slug), None)
        summary: NoteSummary | None = None
        readable = True
        text = held[0] if held else ""
        self.base = held[2] if held else None
        if held is None:
            try:
                # Its length first: a note too long to edit is not read whole.
                summary = self.data.note_summary(target, key, forum_slug)
                if summary is not None and summary.length <= EDITABLE_NOTE_CHARACTERS:
                    note = self.data.note(target, key, forum_slug)
                    text = note.text if note else ""
                    self.base = text
                elif summary is None:
                    self.base = ""
            except PersonalStoreError as error:
                log.warning("note not read: %s", error)
                readable = False
                self.save_failed.emit(
                    tr("Your note could not be read: {reason}").format(reason=error_text(error))
                )
        too_long = summary is not None and summary.length > EDITABLE_NOTE_CHARACTERS
        self._loading = True
        self.editor.setPlainText(
            breakable(summary.beginning) + " …" if too_long and summary else text
        )
        self._loading = False
        self.dirty = held is not None
        # A note shown in part is not editable, so that a save cannot cut it short.
        read_only = self.data.read_only or not readable or too_long
        # An unreadable note is not editable, so that a save cannot overwrite what is stored.
        self.editor.setReadOnly(read_only)
        self.setEnabled(True)
        if held is not None:
            self.status.setText(tr("Not saved yet; saving is being retried."))
            self._retry.start()
        elif not readable:
            self.status.setText(tr("This note could not be read."))
        elif too_long:
            self.status.setText(
                tr(
                    "This note is too long to edit here ({count} characters); its beginning is "
                    "shown and the whole note is kept. Export your notes to read all of it."
                ).format(count=summary.length if summary else 0)
            )
        elif read_only:
            self.status.setText(tr("Your notes are open read-only."))
        elif summary is not None:
            self.status.setText(
                tr("Saved {time}").format(time=local_time_text(summary.updated_at, with_date=False))
            )
        else:
            self.status.setText("")
        if self._held:
            waiting = tr("%n other note(s) waiting to be saved.", "", len(self._held))
            self.status.setText(f"{self.status.text()} {waiting}".strip())

    def clear_target(self) -> None:
        self.flush()
        self._hold_current()
        self.target, self.key, self.forum_slug = None, "", ""
        self._loading = True
        self.editor.clear()
        self._loading = False
        self.setEnabled(False)
        self.status.setText(
            tr("%n note(s) waiting to be saved.", "", len(self._held)) if self._held else ""
        )

    def text(self) -> str:
        return self.editor.toPlainText()

    def _hold_current(self) -> None:
        """Keep the text of the note on screen, whose save failed, before showing another."""
        if self.dirty and self.target is not None:
            self._held[(self.target, self.key, self.forum_slug)] = (
                self.text(),
                self.snapshot,
                self.base,
            )
            self.dirty = False

    def _changed(self) -> None:
        if self._loading:
            return
        self.dirty = True
        self.status.setText(tr("Editing…"))
        self._autosave.start()

    def flush(self) -> bool:
        """Save whatever is unsaved, this note first; returns whether everything is saved."""
        self._autosave.stop()
        if self.data is None:
            return self.unsaved_count == 0
        saved_current = False
        kept_both = False
        self._saving = True
        try:
            if self.dirty and self.target is not None:
                text = self.text()
                note = self.data.save_note(
                    self.target, self.key, text, self.snapshot, self.forum_slug, base=self.base
                )
                self.dirty = False
                saved_current = True
                self.base = note.text if note is not None else ""
                if self.base != text:
                    kept_both = True
                    self._show_stored(self.base)
            for (target, key, forum), (text, snapshot, base) in list(self._held.items()):
                self.data.save_note(target, key, text, snapshot, forum, base=base)
                del self._held[(target, key, forum)]
        except PersonalStoreError as error:
            self._save_failed(error, saved_current)
            return False
        finally:
            self._saving = False
        self._retry.stop()
        if kept_both:
            self.status.setText(
                tr("This note was changed elsewhere meanwhile; both texts are kept.")
            )
        elif saved_current:
            self.status.setText(tr("Saved {time}").format(time=clock_text(datetime.now())))
        if self._failing:
            self._failing = False
            self.saves_resumed.emit(tr("Your notes are saved again."))
        return True

    def _show_stored(self, text: str) -> None:
        """Show ``text``, the note as stored, keeping the cursor where it was."""
        position = self.editor.textCursor().position()
        self._loading = True
        self.editor.setPlainText(text)
        self._loading = False
        cursor = self.editor.textCursor()
        cursor.setPosition(min(position, len(text)))
        self.editor.setTextCursor(cursor)

    def _save_failed(self, error: PersonalStoreError, saved_current: bool) -> None:
        log.warning("note not saved: %s", error)
        message = tr(
            "Your note is not saved yet: {reason} The text is kept and saving is retried."
        ).format(reason=error_text(error))
        if self._held:
            message += " " + tr("%n other note(s) waiting to be saved.", "", len(self._held))
        self.status.setText(
            message if not saved_current else tr("Saved; other notes are waiting to be saved.")
        )
        self._failing = True
        self._retry.start()
        self.save_failed.emit(message)
