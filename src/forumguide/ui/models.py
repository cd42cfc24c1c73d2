"""Item models over the catalogs and the personal store: named columns, custom roles.

The lists are flat tables with heading rows (a day, say) between their sections, shown by a
:class:`SectionedTableView` that spans each heading across the row. The programme and people
lists hold only ids (a range, or an array in listing order) and read the few rows on screen
from the catalog when they are first shown, so that they open and filter at once whatever the
size of the programme.

Display code never raises out of :meth:`~PySide6.QtCore.QAbstractItemModel.data`: a failure is
logged once and the cell shows a placeholder, because an exception there can take the process
down.
"""

from __future__ import annotations

import bisect
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import IntEnum
from typing import Any, ClassVar, Generic, TypeVar, cast

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from forumguide.catalog.reader import CatalogReader, DaySlot
from forumguide.domain.model import (
    Forum,
    NoteSummary,
    NoteTarget,
    Session,
    SessionSnapshot,
    SessionSummary,
    SpeakerSummary,
)
from forumguide.ui.formatting import (
    MAX_TITLE_SHOWN,
    TimeFormatter,
    day_heading,
    local_time_text,
    plain_tooltip,
    short_date,
    shortened,
    tr,
)

log = logging.getLogger(__name__)

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
PLACEHOLDER = "…"
# Rows read from the catalog at a time, around the first one asked for that is not read yet:
# about a screenful, mostly below it, as lists are read downwards.
PAGE_BEFORE, PAGE_AFTER = 8, 56
MAX_CACHED_ROWS = 4000
NOTE_PREVIEW_CHARACTERS = 200
CHANGED_MARK = "● "  # before the title of a session an update changed, until it is opened

T = TypeVar("T")


class Role(IntEnum):
    """Custom data roles shared by the models."""

    KEY = Qt.ItemDataRole.UserRole + 1  # session guid, speaker slug or note key
    KIND = Qt.ItemDataRole.UserRole + 2  # what a row is: "session", "gap", "heading", ...
    RECORD = Qt.ItemDataRole.UserRole + 3  # the domain record behind the row
    FORUM = Qt.ItemDataRole.UserRole + 4  # the forum slug of the row


HEADING = "heading"

# Roles and flags as plain values: painting a list compares them thousands of times, and the
# enum members cost ten times as much to look up and compare.
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
FONT = int(Qt.ItemDataRole.FontRole)
ACCESSIBLE_TEXT = int(Qt.ItemDataRole.AccessibleTextRole)
KEY, KIND, RECORD, FORUM = (int(role) for role in Role)
# Roles a view asks of every cell it paints, which these models never answer.
UNANSWERED = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.CheckStateRole,
        Qt.ItemDataRole.SizeHintRole,
    )
)
ENABLED = Qt.ItemFlag.ItemIsEnabled
SELECTABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


_BOLD = _bold()


@dataclass(frozen=True, slots=True)
class _Item(Generic[T]):
    """A resolved row that is not a heading (an item may itself be a section-like record)."""

    item: T


class GuardedModel(QAbstractTableModel):
    """A table model whose :meth:`data` logs a failure once and shows a placeholder.

    Subclasses say what a row is (:meth:`resolve`, which may read it from a database) and what
    each cell shows of it (:meth:`value`). A view painting a cell asks for all its roles at once
    (:meth:`multiData`), so the row is resolved once per cell, not once per role.
    """

    headers: ClassVar[tuple[str, ...]] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._failure_logged = False
        self.zone_heading = ""  # the zone the Time column is in, said in its heading

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def retranslate(self) -> None:
        """Show the headers and cells again in the current language (and its date formats)."""
        columns, rows = self.columnCount(), self.rowCount()
        if columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, columns - 1))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            if self.zone_heading and self.headers[section] == "Time":
                return tr("{time} ({zone})").format(time=tr("Time"), zone=self.zone_heading)
            return tr(self.headers[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        try:
            return self.value(self.resolve(index.row()), index.column(), role)
        except Exception:
            self._failed(index.row())
            return PLACEHOLDER if role == DISPLAY else None

    def multiData(self, index: AnyIndex, roles: QModelRoleDataSpan | QModelRoleData) -> None:
        if not index.isValid():
            return
        column = index.column()
        entries: Iterable[QModelRoleData] = (
            [roles] if isinstance(roles, QModelRoleData) else cast(Iterable[QModelRoleData], roles)
        )
        try:
            row = self.resolve(index.row())
            # The view hands the same entries over for every cell: each one is set or cleared.
            for entry in entries:
                role = entry.role()
                value = None if role in UNANSWERED else self.value(row, column, role)
                if value is None:
                    entry.clearData()
                else:
                    entry.setData(value)
        except Exception:
            self._failed(index.row())
            for entry in entries:
                if entry.role() == DISPLAY:
                    entry.setData(PLACEHOLDER)
                else:
                    entry.clearData()

    def _failed(self, row: int) -> None:
        if not self._failure_logged:
            self._failure_logged = True
            log.exception("a list cell could not be shown (row %d)", row)

    def cell(self, row: int, column: int, role: int) -> Any:
        """What ``role`` of the cell shows."""
        return self.value(self.resolve(row), column, role)

    def resolve(self, row: int) -> Any:
        """What row ``row`` is: read once for all the roles of a cell."""
        return row

    def value(self, row: Any, column: int, role: int) -> Any:
        """What ``role`` of the cell in ``column`` of the resolved ``row`` shows."""
        raise NotImplementedError


@dataclass
class Section(Generic[T]):
    """A heading and the rows under it; an empty label means no heading row."""

    label: str
    key: str = ""
    items: Sequence[T] = ()


class SectionedModel(GuardedModel, Generic[T]):
    """Rows in sections, each led by a heading row; subclasses say what a row shows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sections: list[Section[T]] = []
        self._starts: list[int] = []  # the row of each section's heading
        self._total = 0

    def set_sections(self, sections: list[Section[T]]) -> None:
        self.beginResetModel()
        self._install(sections)
        self.endResetModel()

    def _install(self, sections: list[Section[T]]) -> None:
        self._failure_logged = False
        self._sections = [s for s in sections if s.items or not s.label]
        self._starts = []
        row = 0
        for section in self._sections:
            self._starts.append(row)
            row += len(section.items) + (1 if section.label else 0)
        self._total = row

    @property
    def sections(self) -> list[Section[T]]:
        return self._sections

    def item_count(self) -> int:
        """The rows that are not headings."""
        return sum(len(s.items) for s in self._sections)

    def heading_rows(self) -> list[int]:
        return [start for start, s in zip(self._starts, self._sections, strict=True) if s.label]

    def locate(self, row: int) -> tuple[int, int]:
        """(section, position in it) of ``row``; the position is -1 for a heading."""
        number = bisect.bisect_right(self._starts, row) - 1
        offset = row - self._starts[number]
        if self._sections[number].label:
            offset -= 1
        return number, offset

    def row_of(self, section: int, position: int) -> int:
        return self._starts[section] + position + (1 if self._sections[section].label else 0)

    def item(self, row: int) -> T | None:
        """The record of ``row``, or None for a heading."""
        if not 0 <= row < self._total:
            return None
        number, offset = self.locate(row)
        return None if offset < 0 else self._sections[number].items[offset]

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self._total

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        number, offset = self.locate(index.row())
        if offset < 0:
            return ENABLED
        return self.item_flags(self._sections[number].items[offset])

    def item_flags(self, item: T) -> Qt.ItemFlag:
        return SELECTABLE

    def resolve(self, row: int) -> Any:
        number, offset = self.locate(row)
        section = self._sections[number]
        return section if offset < 0 else _Item(section.items[offset])

    def value(self, row: Any, column: int, role: int) -> Any:
        if isinstance(row, Section):
            return self.heading_value(row, column, role)
        return self.item_data(row.item, column, role)

    @staticmethod
    def heading_value(section: Section[Any], column: int, role: int) -> Any:
        if role == DISPLAY and column == 0:
            return section.label
        if role == FONT:
            return _BOLD
        if role == KIND:
            return HEADING
        if role == KEY:
            return section.key
        return None

    def item_data(self, item: T, column: int, role: int) -> Any:
        raise NotImplementedError

    def find_item(self, matches: Callable[[T], bool]) -> QModelIndex:
        for number, section in enumerate(self._sections):
            for position, item in enumerate(section.items):
                if matches(item):
                    return self.index(self.row_of(number, position), 0)
        return QModelIndex()


# The programme -------------------------------------------------------------------------------


class _Concatenated(Sequence[int]):
    """Slices of an id array, one after another, as one sequence (a section's rows)."""

    def __init__(self, ids: Sequence[int], spans: list[tuple[int, int]]) -> None:
        self.ids = ids
        self.spans = spans
        self._starts: list[int] = []
        total = 0
        for first, stop in spans:
            self._starts.append(total)
            total += stop - first
        self._length = total

    def __len__(self) -> int:
        return self._length

    def position(self, row: int) -> int:
        """Where row ``row`` of the section is in the id array."""
        number = bisect.bisect_right(self._starts, row) - 1
        return self.spans[number][0] + row - self._starts[number]

    def __getitem__(self, row: Any) -> Any:
        if isinstance(row, slice):
            return [self[i] for i in range(*row.indices(self._length))]
        if row < 0:
            row += self._length
        if not 0 <= row < self._length:
            raise IndexError(row)
        return self.ids[self.position(row)]

    def find(self, position: int) -> int:
        """The row that holds id-array position ``position``, or -1."""
        for start, (first, stop) in zip(self._starts, self.spans, strict=True):
            if first <= position < stop:
                return start + position - first
        return -1


@dataclass(frozen=True, slots=True)
class DayRun:
    """Consecutive session ids listed under one day heading (None: date to be confirmed)."""

    first: int
    last: int
    day: date | None


def day_runs(slots: Sequence[DaySlot], formatter: TimeFormatter, zone: str) -> list[DayRun]:
    """A forum's id runs, each under the day it is shown on with ``formatter``.

    A session is shown on the calendar day its start falls on, in forum time or the computer's
    own; without a start, on its programme day. Neighbouring slots of the same day are merged.
    """
    runs: list[DayRun] = []
    shown: dict[Any, date | None] = {}
    for slot in slots:
        if slot.start is None:
            day = slot.day
        else:
            day = shown.get(slot.start, date.min)
            if day == date.min:
                day = formatter.shown(slot.start, zone).date()
                shown[slot.start] = day
        if runs and runs[-1].day == day and runs[-1].last + 1 == slot.first:
            runs[-1] = DayRun(runs[-1].first, slot.last, day)
        else:
            runs.append(DayRun(slot.first, slot.last, day))
    return runs


def sections_by_day(ids: Sequence[int], runs: Sequence[DayRun]) -> list[Section[int]]:
    """The ids (in listing order) under their day headings, days in order, undated last."""
    spans: dict[date | None, list[tuple[int, int]]] = {}
    for run in runs:
        first = bisect.bisect_left(ids, run.first)
        stop = bisect.bisect_right(ids, run.last, lo=first)
        if stop > first:
            spans.setdefault(run.day, []).append((first, stop))
    ordered = sorted(spans, key=lambda d: (d is None, d or date.min))
    return [
        Section(day_heading(day), day.isoformat() if day else "", _Concatenated(ids, spans[day]))
        for day in ordered
    ]


class SessionListModel(SectionedModel[int]):
    """A forum's sessions by day (or search results by relevance), read as they are shown."""

    # The ★ column also carries ✎ for a session with a note: a column of its own would cost
    # every painted row another cell.
    STAR, TIME, TITLE, SPEAKERS, TRACK, ROOM = range(6)
    headers = (
        str(QT_TRANSLATE_NOOP("", "★")),
        str(QT_TRANSLATE_NOOP("", "Time")),
        str(QT_TRANSLATE_NOOP("", "Title")),
        str(QT_TRANSLATE_NOOP("", "Speakers")),
        str(QT_TRANSLATE_NOOP("", "Track")),
        str(QT_TRANSLATE_NOOP("", "Room")),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reader: CatalogReader | None = None
        self.ids: Sequence[int] = ()
        self.by_day = True
        self.bookmarked: frozenset[str] = frozenset()
        self.changed: frozenset[str] = frozenset()  # by the last update, not yet opened
        self.noted: frozenset[str] = frozenset()
        self.formatter = TimeFormatter()
        self._rows: dict[int, tuple[SessionSummary, str]] = {}
        self._resolved: tuple[int, Any] = (-1, None)

    def show(
        self,
        reader: CatalogReader | None,
        ids: Sequence[int],
        runs: Sequence[DayRun] | None,
        formatter: TimeFormatter,
        heading: str | None = None,
    ) -> None:
        """Show the sessions ``ids`` of ``reader``: under day ``runs`` (ids in listing order),
        or with ``runs`` None as one list in the order given, under ``heading`` (by default,
        that of search results; "" for none)."""
        self.beginResetModel()
        self._resolved = (-1, None)
        if reader is not self.reader or formatter != self.formatter:
            self._rows = {}
        self.reader, self.ids, self.formatter = reader, ids, formatter
        self.by_day = runs is not None
        if runs is not None:
            sections = sections_by_day(ids, runs)
        else:
            label = (
                heading
                if heading is not None
                else tr("Search results: {count}").format(count=len(ids))
            )
            sections = [Section(label, "results", _Concatenated(ids, [(0, len(ids))]))]
        self._install(sections)
        self.endResetModel()

    def set_bookmarked(self, guids: frozenset[str]) -> None:
        self.bookmarked = guids
        self._marks_changed(self.STAR)

    def set_noted(self, guids: frozenset[str]) -> None:
        """Mark the sessions ``guids`` as having a note."""
        self.noted = guids
        self._marks_changed(self.STAR)

    def _marks_changed(self, column: int) -> None:
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, column),
                self.index(self.rowCount() - 1, column),
                [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole],
            )

    def set_changed(self, guids: frozenset[str]) -> None:
        """Mark the sessions ``guids`` as changed by an update (in front of their titles)."""
        if guids == self.changed:
            return
        self.changed = guids
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, self.TITLE),
                self.index(self.rowCount() - 1, self.TITLE),
                [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole],
            )

    def summary(self, row: int) -> SessionSummary | None:
        """The session shown in ``row``, or None for a heading."""
        if not 0 <= row < self._total:
            return None
        number, offset = self.locate(row)
        if offset < 0:
            return None
        items = self._sections[number].items
        assert isinstance(items, _Concatenated)
        return self._read(items.position(offset))[0]

    def _read(self, position: int) -> tuple[SessionSummary, str]:
        session_id = self.ids[position]
        known = self._rows.get(session_id)
        if known is not None:
            return known
        if self.reader is None:
            raise LookupError(session_id)
        if len(self._rows) > MAX_CACHED_ROWS:
            self._rows = {}
        page = self.ids[max(0, position - PAGE_BEFORE) : position + PAGE_AFTER]
        for number, summary in self.reader.session_summaries(page).items():
            self._rows[number] = (summary, self._time_text(summary))
        return self._rows[session_id]

    def _time_text(self, summary: SessionSummary) -> str:
        clock = self.formatter.clock(summary)
        if self.by_day:
            return clock
        # Search results by relevance are not under day headings: the time says its day.
        day = self.formatter.shown_day(summary)
        return clock if day is None else f"{short_date(day)}, {clock}"

    def item_data(self, item: int, column: int, role: int) -> Any:
        raise AssertionError("rows are read by position")

    def resolve(self, row: int) -> Any:
        # A view paints a row cell by cell: the row is found once for all its columns.
        if row == self._resolved[0]:
            return self._resolved[1]
        number, offset = self.locate(row)
        section = self._sections[number]
        if offset < 0:
            found: Any = section
        else:
            items = section.items
            assert isinstance(items, _Concatenated)
            found = self._read(items.position(offset))
        self._resolved = (row, found)
        return found

    def value(self, row: Any, column: int, role: int) -> Any:
        if isinstance(row, Section):
            return self.heading_value(row, column, role)
        summary, time_text = row
        if role == DISPLAY:
            if column == self.STAR:
                return ("★" if summary.guid in self.bookmarked else "") + (
                    "✎" if summary.guid in self.noted else ""
                )
            if column == self.TIME:
                return time_text
            if column == self.TITLE:
                if self.changed and summary.guid in self.changed:
                    return CHANGED_MARK + shortened(summary.title, MAX_TITLE_SHOWN)
                return shortened(summary.title, MAX_TITLE_SHOWN)
            if column == self.SPEAKERS:
                return shortened(summary.people, MAX_TITLE_SHOWN)
            if column == self.ROOM:
                return summary.room
            if column == self.TRACK:
                return summary.track
            return None
        if role == KEY:
            return summary.guid
        if role == KIND:
            return "session"
        if role == RECORD:
            return summary
        if role == FORUM:
            return summary.forum_slug
        if role == ACCESSIBLE_TEXT and column == self.STAR:
            marks = tr("Bookmarked") if summary.guid in self.bookmarked else tr("Not bookmarked")
            if summary.guid in self.noted:
                marks = tr("{marks}, has a note").format(marks=marks)
            return marks
        if role == TOOLTIP and column == self.STAR:
            tip = tr("Click to bookmark or to remove the bookmark (Ctrl+D)")
            if summary.guid in self.noted:
                tip = tr("✎ You have a note on this session.") + "\n" + tip
            return tip
        if role == TOOLTIP and column == self.TRACK and summary.track:
            return plain_tooltip(summary.track)
        changed = self.changed and summary.guid in self.changed
        if changed and role in (ACCESSIBLE_TEXT, TOOLTIP) and column == self.TITLE:
            text = tr("Changed by the last update: {title}").format(title=summary.title)
            return plain_tooltip(text) if role == TOOLTIP else text
        if role == TOOLTIP and column in (self.TITLE, self.SPEAKERS):
            return plain_tooltip(summary.title if column == self.TITLE else summary.people)
        return None

    def find(self, guid: str) -> QModelIndex:
        """The first-column index of the session ``guid``, or an invalid one if not listed."""
        if self.reader is None:
            return QModelIndex()
        session_id = self.reader.session_id(guid)
        if session_id is None:
            return QModelIndex()
        position = self._position_of(session_id)
        if position < 0:
            return QModelIndex()
        for number, section in enumerate(self._sections):
            items = section.items
            assert isinstance(items, _Concatenated)
            row = items.find(position)
            if row >= 0:
                return self.index(self.row_of(number, row), 0)
        return QModelIndex()

    def _position_of(self, session_id: int) -> int:
        if self.by_day:
            position = bisect.bisect_left(self.ids, session_id)
            found = position < len(self.ids) and self.ids[position] == session_id
            return position if found else -1
        try:
            return list(self.ids).index(session_id)
        except ValueError:
            return -1

    def first_item_row(self) -> int:
        """The row of the first session, or -1 when none is listed."""
        for number, section in enumerate(self._sections):
            if section.items:
                return self.row_of(number, 0)
        return -1


# People --------------------------------------------------------------------------------------


class SpeakerListModel(GuardedModel):
    """People, by name or by search relevance, read as they are shown."""

    NAME, AFFILIATION = range(2)
    headers = (str(QT_TRANSLATE_NOOP("", "Name")), str(QT_TRANSLATE_NOOP("", "Affiliation")))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reader: CatalogReader | None = None
        self.ids: Sequence[int] = ()
        self._rows: dict[int, SpeakerSummary] = {}

    def show(self, reader: CatalogReader | None, ids: Sequence[int]) -> None:
        self.beginResetModel()
        if reader is not self.reader:
            self._rows = {}
        self.reader, self.ids = reader, ids
        self._failure_logged = False
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def speaker(self, row: int) -> SpeakerSummary:
        speaker_id = self.ids[row]
        known = self._rows.get(speaker_id)
        if known is None:
            if self.reader is None:
                raise LookupError(speaker_id)
            if len(self._rows) > MAX_CACHED_ROWS:
                self._rows = {}
            page = self.ids[max(0, row - PAGE_BEFORE) : row + PAGE_AFTER]
            self._rows.update(self.reader.speaker_summaries(page))
            known = self._rows[speaker_id]
        return known

    def find(self, slug: str) -> QModelIndex:
        if self.reader is None:
            return QModelIndex()
        speaker_id = self.reader.speaker_id(slug)
        if speaker_id is None:
            return QModelIndex()
        if isinstance(self.ids, range):
            row = speaker_id - self.ids.start if speaker_id in self.ids else -1
        else:
            try:
                row = list(self.ids).index(speaker_id)
            except ValueError:
                row = -1
        return self.index(row, 0) if row >= 0 else QModelIndex()

    def resolve(self, row: int) -> Any:
        return self.speaker(row)

    def value(self, row: Any, column: int, role: int) -> Any:
        speaker: SpeakerSummary = row
        if role == DISPLAY:
            text = speaker.name if column == self.NAME else speaker.affiliation
            return shortened(text, MAX_TITLE_SHOWN)
        if role == TOOLTIP:
            return plain_tooltip(speaker.name if column == self.NAME else speaker.affiliation)
        if role == KEY:
            return speaker.slug
        if role == RECORD:
            return speaker
        if role == KIND:
            return "speaker"
        return None


# My agenda -----------------------------------------------------------------------------------


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
    forum_slug: str = ""
    programme_removed: bool = False  # the session's whole programme was removed
    # The titles of the bookmarked sessions this one overlaps, earliest first.
    overlaps_with: tuple[str, ...] = ()


class AgendaModel(SectionedModel[AgendaRow]):
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
        self.changed: frozenset[str] = frozenset()  # by the last update, not yet opened

    def set_changed(self, guids: frozenset[str]) -> None:
        """Mark the sessions ``guids`` as changed by an update (in front of their titles)."""
        if guids == self.changed:
            return
        self.changed = guids
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, self.TITLE),
                self.index(self.rowCount() - 1, self.TITLE),
                [
                    Qt.ItemDataRole.DisplayRole,
                    Qt.ItemDataRole.AccessibleTextRole,
                    Qt.ItemDataRole.ToolTipRole,
                ],
            )

    def item_flags(self, item: AgendaRow) -> Qt.ItemFlag:
        return ENABLED if item.kind == "gap" else SELECTABLE

    def find(self, guid: str, forum_slug: str = "") -> QModelIndex:
        return self.find_item(
            lambda row: (
                row.kind != "gap"
                and row.guid == guid
                and (not forum_slug or row.forum_slug == forum_slug)
            )
        )

    def item_data(self, item: AgendaRow, column: int, role: int) -> Any:
        row = item
        if role == KEY:
            return row.guid
        if role == KIND:
            return row.kind
        if role == RECORD:
            return row
        if role == FORUM:
            return row.forum.slug if row.forum else ""
        if role == FONT and row.kind == "gap":
            font = QFont()
            font.setItalic(True)
            return font
        changed = row.kind == "session" and row.guid in self.changed
        if changed and role in (ACCESSIBLE_TEXT, TOOLTIP) and column == self.TITLE:
            title = row.session.title if row.session else row.snapshot.title
            text = tr("Changed by the last update: {title}").format(title=title)
            return plain_tooltip(text) if role == TOOLTIP else text
        if role == TOOLTIP and column == self.TITLE and row.kind != "gap":
            return plain_tooltip(row.session.title if row.session else row.snapshot.title)
        if role == TOOLTIP and column == self.STATUS and row.overlaps_with:
            return plain_tooltip(overlap_text(row.overlaps_with, whole=True))
        if role != DISPLAY:
            return None
        if row.kind == "gap":
            if column == self.TITLE:
                minutes = int(row.free.total_seconds() // 60)
                hours, rest = divmod(minutes, 60)
                if hours:
                    return tr("Free time: {h} h {m:02d} min").format(h=hours, m=rest)
                return tr("Free time: {m} min").format(m=rest)
            return None
        subject: Session | SessionSnapshot = row.session or row.snapshot
        if column == self.TIME:
            return self.formatter.clock(subject)
        if column == self.TITLE:
            mark = CHANGED_MARK if row.kind == "session" and row.guid in self.changed else ""
            return mark + shortened(subject.title, MAX_TITLE_SHOWN)
        if column == self.FORUM:
            return row.forum.name if row.forum else row.snapshot.forum_name
        if column == self.ROOM:
            return row.session.room if row.session else row.snapshot.room
        if column == self.STATUS:
            if row.kind == "removed" and row.programme_removed:
                return tr("Its programme was removed")
            if row.kind == "removed":
                return tr("Removed from the programme")
            if row.overlaps_with:
                return overlap_text(row.overlaps_with)
            if row.overlaps:
                return tr("⚠ Overlaps another bookmark")
        return None


# Titles of overlapping sessions are cut to this in the Status column (the tooltip has them all).
OVERLAP_TITLE_SHOWN = 24


def overlap_text(titles: Sequence[str], whole: bool = False) -> str:
    """``⚠ Overlaps “A”`` or ``⚠ Overlaps “A” and 2 more``; ``whole`` names every one."""
    if whole or len(titles) == 1:
        quoted = "; ".join(
            "“" + (title if whole else shortened(title, OVERLAP_TITLE_SHOWN)) + "”"
            for title in titles
        )
        return tr("⚠ Overlaps {titles}").format(titles=quoted)
    first = "“" + shortened(titles[0], OVERLAP_TITLE_SHOWN) + "”"
    return tr("⚠ Overlaps {title} and %n more", "", len(titles) - 1).format(title=first)


# Notes ---------------------------------------------------------------------------------------


def note_preview(text: str) -> str:
    """The first line of a note, short enough for a list, however long the note is."""
    head = text[: NOTE_PREVIEW_CHARACTERS * 4].strip()
    first = head.split("\n", 1)[0] if head else ""
    return shortened(first, NOTE_PREVIEW_CHARACTERS)


class NotesModel(GuardedModel):
    """Every note: what it is about, its first line, when it was last saved."""

    ABOUT, TEXT, UPDATED = range(3)
    headers = (
        str(QT_TRANSLATE_NOOP("", "About")),
        str(QT_TRANSLATE_NOOP("", "Note")),
        str(QT_TRANSLATE_NOOP("", "Saved")),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._notes: list[tuple[NoteSummary, str, str]] = []

    def set_notes(self, notes: Sequence[tuple[NoteSummary, str]]) -> None:
        """``notes`` pairs each note with the title of what it is about."""
        self.beginResetModel()
        self._failure_logged = False
        self._notes = [(note, title, note_preview(note.beginning)) for note, title in notes]
        self.endResetModel()

    def note(self, row: int) -> NoteSummary:
        return self._notes[row][0]

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._notes)

    def resolve(self, row: int) -> Any:
        return self._notes[row]

    def value(self, row: Any, column: int, role: int) -> Any:
        note, title, preview = row
        if role == KEY:
            return note.key
        if role == KIND:
            return note.target.value
        if role == RECORD:
            return note
        if role == DISPLAY:
            if column == self.ABOUT:
                prefix = tr("Person: ") if note.target is NoteTarget.SPEAKER else ""
                return prefix + shortened(title, MAX_TITLE_SHOWN)
            if column == self.TEXT:
                return preview
            if column == self.UPDATED:
                return local_time_text(note.updated_at)
        if role == TOOLTIP and column == self.TEXT:
            return plain_tooltip(note.beginning)
        return None
