"""Item models over domain records: named columns, custom roles, fed by SQL queries."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import IntEnum
from typing import Any, ClassVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from forumguide.domain.model import Forum, Note, NoteTarget, Session, SessionSnapshot, Speaker
from forumguide.ui.formatting import TimeFormatter, day_heading, short_date, tr

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class Role(IntEnum):
    """Custom data roles shared by the models."""

    KEY = Qt.ItemDataRole.UserRole + 1  # session guid, speaker slug or note key
    KIND = Qt.ItemDataRole.UserRole + 2  # what a row is: "session", "gap", "removed", ...
    RECORD = Qt.ItemDataRole.UserRole + 3  # the domain record behind the row
    FORUM = Qt.ItemDataRole.UserRole + 4  # the forum slug of the row


@dataclass
class Group:
    """A heading row with the rows under it."""

    label: str
    rows: list[Any] = field(default_factory=list)
    key: str = ""


class GroupedModel(QAbstractItemModel):
    """A two-level tree: group headings, each with its rows. Subclasses render the rows."""

    headers: ClassVar[tuple[str, ...]] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[Group] = []

    def set_groups(self, groups: list[Group]) -> None:
        self.beginResetModel()
        self._groups = groups
        self.endResetModel()

    @property
    def groups(self) -> list[Group]:
        return self._groups

    def row_count_total(self) -> int:
        return sum(len(group.rows) for group in self._groups)

    def record(self, index: AnyIndex) -> Any:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._groups[index.internalId() - 1].rows[index.row()]

    def index(self, row: int, column: int, parent: AnyIndex = _ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        if parent.internalId() == 0:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, child: AnyIndex | None = None) -> Any:
        if child is None:
            return super().parent()
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        if parent.column() > 0:
            return 0
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0:
            return len(self._groups[parent.row()].rows)
        return 0

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.headers[section])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return Qt.ItemFlag.ItemIsEnabled
        return self.row_flags(self.record(index))

    def row_flags(self, record: Any) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            group = self._groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return group.label
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Role.KIND:
                return "group"
            if role == Role.KEY:
                return group.key
            return None
        return self.row_data(self.record(index), index.column(), role)

    def row_data(self, record: Any, column: int, role: int) -> Any:
        raise NotImplementedError

    def find(self, key: str) -> QModelIndex:
        """The first-column index of the row whose key is ``key``."""
        for group_row, group in enumerate(self._groups):
            for row, record in enumerate(group.rows):
                if self.row_data(record, 0, Role.KEY) == key:
                    return self.createIndex(row, 0, group_row + 1)
        return QModelIndex()


class SessionListModel(GroupedModel):
    """A forum's sessions, grouped by day, in time order."""

    STAR, TIME, TITLE, SPEAKERS, ROOM = range(5)
    headers = (
        str(QT_TRANSLATE_NOOP("", "★")),
        str(QT_TRANSLATE_NOOP("", "Time")),
        str(QT_TRANSLATE_NOOP("", "Title")),
        str(QT_TRANSLATE_NOOP("", "Speakers")),
        str(QT_TRANSLATE_NOOP("", "Room")),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.forum: Forum | None = None
        self.names: dict[str, str] = {}
        self.bookmarked: frozenset[str] = frozenset()
        self.formatter = TimeFormatter()
        self.grouped = True

    def set_sessions(
        self,
        forum: Forum | None,
        sessions: Sequence[Session],
        names: dict[str, str],
        formatter: TimeFormatter,
        *,
        grouped: bool = True,
    ) -> None:
        """Show ``sessions`` by day (or, for search results, in one group in the given order)."""
        self.forum, self.names, self.formatter = forum, names, formatter
        self.grouped = grouped
        zone = forum.timezone if forum else "UTC"
        if not grouped:
            groups = [
                Group(
                    tr("Search results: {count}").format(count=len(sessions)),
                    list(sessions),
                    "results",
                )
            ]
        else:
            by_day: dict[date | None, list[Session]] = {}
            for session in sessions:
                by_day.setdefault(formatter.shown_day(session, zone), []).append(session)
            ordered = sorted(by_day, key=lambda d: (d is None, d or date.min))
            groups = [Group(day_heading(d), by_day[d], d.isoformat() if d else "") for d in ordered]
        self.set_groups([g for g in groups if g.rows] if grouped else groups)

    def set_bookmarked(self, guids: frozenset[str]) -> None:
        self.bookmarked = guids
        for group_row, group in enumerate(self._groups):
            if group.rows:
                parent = self.index(group_row, 0)
                self.dataChanged.emit(
                    self.index(0, self.STAR, parent),
                    self.index(len(group.rows) - 1, self.STAR, parent),
                    [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole],
                )

    def row_data(self, record: Any, column: int, role: int) -> Any:
        session: Session = record
        zone = self.forum.timezone if self.forum else "UTC"
        if role == Role.KEY:
            return session.guid
        if role == Role.KIND:
            return "session"
        if role == Role.RECORD:
            return session
        if role == Role.FORUM:
            return session.forum_slug
        starred = session.guid in self.bookmarked
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.STAR:
                return "★" if starred else ""
            if column == self.TIME:
                clock = self.formatter.clock(session, zone)
                day = self.formatter.shown_day(session, zone)
                # Search results are not under day headings: say the day with the time.
                return clock if self.grouped or day is None else f"{short_date(day)}, {clock}"
            if column == self.TITLE:
                return session.title
            if column == self.SPEAKERS:
                return ", ".join(
                    self.names.get(a.speaker_slug, a.speaker_slug) for a in session.appearances
                )
            if column == self.ROOM:
                return session.room
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.STAR:
            return tr("Bookmarked") if starred else tr("Not bookmarked")
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            return session.title
        return None


class SpeakerListModel(QAbstractTableModel):
    """People, by name or by search relevance."""

    NAME, AFFILIATION = range(2)
    headers = (str(QT_TRANSLATE_NOOP("", "Name")), str(QT_TRANSLATE_NOOP("", "Affiliation")))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._speakers: list[Speaker] = []

    def set_speakers(self, speakers: Sequence[Speaker]) -> None:
        self.beginResetModel()
        self._speakers = list(speakers)
        self.endResetModel()

    def speaker(self, row: int) -> Speaker:
        return self._speakers[row]

    def find(self, slug: str) -> QModelIndex:
        for row, speaker in enumerate(self._speakers):
            if speaker.slug == slug:
                return self.index(row, 0)
        return QModelIndex()

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._speakers)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.headers[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        speaker = self._speakers[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return speaker.name if index.column() == self.NAME else speaker.affiliation
        if role == Role.KEY:
            return speaker.slug
        if role == Role.RECORD:
            return speaker
        if role == Role.KIND:
            return "speaker"
        return None


@dataclass(frozen=True, slots=True)
class AgendaRow:
    """A row of My agenda: a bookmarked session, one removed from the programme, or free time."""

    kind: str  # "session", "removed" or "gap"
    guid: str = ""
    session: Session | None = None
    snapshot: SessionSnapshot = field(default_factory=SessionSnapshot)
    forum: Forum | None = None
    overlaps: bool = False
    free: timedelta = timedelta(0)


class AgendaModel(GroupedModel):
    """Bookmarked sessions by day, with overlaps marked and free time between them shown."""

    TIME, TITLE, FORUM, ROOM, STATUS = range(5)
    headers = (
        str(QT_TRANSLATE_NOOP("", "Time")),
        str(QT_TRANSLATE_NOOP("", "Title")),
        str(QT_TRANSLATE_NOOP("", "Forum")),
        str(QT_TRANSLATE_NOOP("", "Room")),
        str(QT_TRANSLATE_NOOP("", "Status")),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.formatter = TimeFormatter()

    def row_flags(self, record: Any) -> Qt.ItemFlag:
        if record.kind == "gap":
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def row_data(self, record: Any, column: int, role: int) -> Any:
        row: AgendaRow = record
        if role == Role.KEY:
            return row.guid
        if role == Role.KIND:
            return row.kind
        if role == Role.RECORD:
            return row
        if role == Role.FORUM:
            return row.forum.slug if row.forum else ""
        if role == Qt.ItemDataRole.FontRole and row.kind == "gap":
            font = QFont()
            font.setItalic(True)
            return font
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if row.kind == "gap":
            if column == self.TITLE:
                minutes = int(row.free.total_seconds() // 60)
                hours, rest = divmod(minutes, 60)
                if hours:
                    return tr("Free time: {h} h {m:02d} min").format(h=hours, m=rest)
                return tr("Free time: {m} min").format(m=rest)
            return None
        zone = row.forum.timezone if row.forum else row.snapshot.timezone or "UTC"
        subject: Session | SessionSnapshot = row.session or row.snapshot
        if column == self.TIME:
            return self.formatter.clock(subject, zone)
        if column == self.TITLE:
            return row.session.title if row.session else row.snapshot.title
        if column == self.FORUM:
            return row.forum.name if row.forum else row.snapshot.forum_name
        if column == self.ROOM:
            return row.session.room if row.session else row.snapshot.room
        if column == self.STATUS:
            if row.kind == "removed":
                return tr("Removed from the programme")
            if row.overlaps:
                return tr("⚠ Overlaps another bookmark")
        return None


class NotesModel(QAbstractTableModel):
    """Every note: what it is about, its first line, when it was last saved."""

    ABOUT, TEXT, UPDATED = range(3)
    headers = (
        str(QT_TRANSLATE_NOOP("", "About")),
        str(QT_TRANSLATE_NOOP("", "Note")),
        str(QT_TRANSLATE_NOOP("", "Saved")),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._notes: list[tuple[Note, str]] = []

    def set_notes(self, notes: Sequence[tuple[Note, str]]) -> None:
        """``notes`` pairs each note with the title of what it is about."""
        self.beginResetModel()
        self._notes = list(notes)
        self.endResetModel()

    def note(self, row: int) -> Note:
        return self._notes[row][0]

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._notes)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.headers[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        note, title = self._notes[index.row()]
        if role == Role.KEY:
            return note.key
        if role == Role.KIND:
            return note.target.value
        if role == Role.RECORD:
            return note
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == self.ABOUT:
                prefix = tr("Person: ") if note.target is NoteTarget.SPEAKER else ""
                return prefix + title
            if index.column() == self.TEXT:
                return note.text.strip().splitlines()[0] if note.text.strip() else ""
            if index.column() == self.UPDATED:
                return note.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.TEXT:
            return note.text
        return None
