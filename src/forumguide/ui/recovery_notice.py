"""The notice that says what happened to the bookmarks and notes file, and offers what was saved.

It stays until the user has read it: the store reports an unacknowledged recovery at every start
and keeps every backup meanwhile. Notes and bookmarks found only in the set-aside file (or in
backups that could not be restored) can be added back from here, every word kept.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from forumguide.personal.backup import BackupFile
from forumguide.personal.recovery import FailedRestore, Recovery, RecoveryReason, RestoreFailure
from forumguide.ui.formatting import local_time_text, tr


def _taken(backup: BackupFile) -> str:
    return local_time_text(backup.taken_at)


def _what_was_found(recovery: Recovery) -> str:
    path = str(recovery.damaged_path or "")
    if recovery.reason is RecoveryReason.MISSING:
        return tr("Your bookmarks and notes file was missing.")
    if recovery.reason is RecoveryReason.EMPTY:
        return tr("Your bookmarks and notes file was empty; it was kept as {path}.").format(
            path=path
        )
    if recovery.reason is RecoveryReason.FOREIGN:
        return tr(
            "The file in the place of your bookmarks and notes was not ForumGuide's; it was "
            "moved, unchanged, to {path}."
        ).format(path=path)
    if recovery.reason is RecoveryReason.NOT_A_FILE:
        return tr(
            "Something that is not a file was in the place of your bookmarks and notes; it was "
            "moved to {path}."
        ).format(path=path)
    return tr("Your bookmarks and notes file was damaged; it was kept as {path}.").format(path=path)


def _failed(failed: FailedRestore) -> str:
    kind = RestoreFailure.DISK_FULL if failed.disk_full else failed.kind
    sentences = {
        RestoreFailure.DISK_FULL: lambda: tr(
            "The newer backup of {time} ({file}) could not be restored because the disk is "
            "full. Free some space and start ForumGuide again to get back what it holds."
        ),
        RestoreFailure.DAMAGED: lambda: tr(
            "The backup of {time} ({file}) is damaged and could not be used."
        ),
        RestoreFailure.NEWER: lambda: tr(
            "The backup of {time} ({file}) was written by a newer version of ForumGuide and "
            "could not be used."
        ),
        RestoreFailure.READ_ONLY: lambda: tr(
            "The backup of {time} ({file}) could not be restored: the folder or file is read-only."
        ),
        RestoreFailure.LOCKED: lambda: tr(
            "The backup of {time} ({file}) could not be restored: the file is locked by "
            "another program."
        ),
        RestoreFailure.OTHER: lambda: tr(
            "The backup of {time} ({file}) could not be restored ({reason})."
        ),
    }
    return sentences[kind]().format(
        time=_taken(failed.backup),
        file=failed.backup.path.name,
        reason=failed.detail or failed.problem,
    )


def recovery_text(recovery: Recovery) -> str:
    """Every fact of a recovery, as sentences for the user."""
    parts = []
    if recovery.from_earlier_start:
        parts.append(
            tr("When ForumGuide started on {time}:").format(
                time=local_time_text(recovery.happened_at)
            )
        )
    parts.append(_what_was_found(recovery))
    if recovery.restored_from is not None:
        parts.append(
            tr("The backup of {time} was restored.").format(time=_taken(recovery.restored_from))
        )
    else:
        parts.append(tr("No backup could be restored, so an empty file was started."))
    parts.extend(_failed(failed) for failed in recovery.not_restored)
    salvaged = recovery.salvaged
    if not salvaged.empty:
        parts.append(
            tr(
                "{notes} note(s) and {bookmarks} bookmark(s) were found only in the files set "
                "aside; you can add them back."
            ).format(notes=len(salvaged.notes), bookmarks=len(salvaged.bookmarks))
        )
        if salvaged.hidden:
            parts.append(
                tr("{count} hidden room(s), track(s) or session(s) were found there too.").format(
                    count=len(salvaged.hidden)
                )
            )
    return " ".join(parts)


class RecoveryNotice(QFrame):
    """What happened to the store; stays until the user says they have read it."""

    add_back_requested = Signal()
    acknowledged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#recoveryNotice { background: palette(tool-tip-base); }")
        self.recovery: Recovery | None = None
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.added = ""  # what was said once the records found were added back
        self.add_back = QPushButton(self)
        self.add_back.clicked.connect(self.add_back_requested)
        self.folder = QPushButton(self)
        self.folder.clicked.connect(self._show_folder)
        self.done = QPushButton(self)
        self.done.clicked.connect(self._acknowledge)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.add_back, self.folder, self.done):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addLayout(buttons)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setAccessibleName(tr("What happened to your bookmarks and notes"))
        self.add_back.setText(tr("Add them ba&ck"))
        self.add_back.setAccessibleName(tr("Add the notes and bookmarks found back"))
        self.folder.setText(tr("&Go to the folder"))
        self.folder.setAccessibleName(tr("Show the folder of the files set aside"))
        self.done.setText(tr("&OK, I have read this"))
        self.done.setAccessibleName(tr("I have read this"))
        if self.recovery is not None:
            self.label.setText(" ".join(t for t in (recovery_text(self.recovery), self.added) if t))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_recovery(self, recovery: Recovery) -> None:
        self.recovery = recovery
        self.label.setText(recovery_text(recovery))
        self.add_back.setVisible(not recovery.salvaged.empty)
        self.folder.setVisible(recovery.damaged_path is not None)
        self.show()

    def salvage_added(self, text: str) -> None:
        """The salvaged records were added back: say so, and offer nothing more to add."""
        self.add_back.hide()
        self.added = text
        self.label.setText(f"{self.label.text()} {text}")

    def _show_folder(self) -> None:
        if self.recovery is not None and self.recovery.damaged_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.recovery.damaged_path.parent)))

    def _acknowledge(self) -> None:
        self.hide()
        self.acknowledged.emit()
