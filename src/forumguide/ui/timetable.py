"""The timetable: one day of a forum as a grid of rooms across and time down.

:class:`TimetableView` paints the blocks that are on screen (so a day of 25 rooms and 250
sessions scrolls and switches as fast as a small one), with the room names and the hours held
at the edges, a line at the current time, and the keyboard moving between blocks.
:class:`TimetablePanel` adds the day, "now" and zoom controls, and the sessions of the day
that have no time yet, listed under the grid.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QShortcut,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from forumguide.catalog.library import CatalogLibrary
from forumguide.catalog.reader import SessionFilter
from forumguide.domain.clock import Clock, SystemClock
from forumguide.domain.model import Forum, SessionSummary
from forumguide.domain.now import wall_time
from forumguide.domain.timetable import (
    SHORTEST,
    Block,
    DayGrid,
    Step,
    lay_out,
    minutes_into,
    neighbour,
)
from forumguide.domain.timezones import (
    UnknownTimeZoneError,
    localize,
    wall_end,
    zone_and_offset,
)
from forumguide.ui.formatting import (
    UNSCHEDULED,
    plain_tooltip,
    short_date,
    shortened,
    tr,
)
from forumguide.ui.formatting import (
    clock_text as wall_clock_text,
)
from forumguide.ui.models import CHANGED_MARK

QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's largest widget size
ZOOMS = (0.5, 0.625, 0.75, 0.875, 1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0)
DEFAULT_ZOOM = 1.0
PIXELS_PER_MINUTE = 1.6  # at zoom 1: an hour is 96 pixels
COLUMN_WIDTH = 150  # at zoom 1
TRACK_COLOURS = (
    "#cfe3ff",
    "#d4f2cc",
    "#ffe0bf",
    "#f1d3f6",
    "#fff1a8",
    "#c6eeec",
    "#ffd4d4",
    "#deddff",
    "#e4efc4",
    "#f4dccb",
    "#d2e9f4",
    "#ecdcff",
)
NO_TRACK_COLOUR = "#e6e6e6"
BLOCK_TEXT = QColor("#1b1b1b")
NOW_COLOUR = QColor("#d32f2f")
TITLE_SHOWN = 200  # characters of a title drawn in a block (the tooltip has more)


def track_colour(track: str) -> QColor:
    """A light colour of its own for each track, the same at every start."""
    if not track:
        return QColor(NO_TRACK_COLOUR)
    return QColor(TRACK_COLOURS[zlib.crc32(track.encode("utf-8")) % len(TRACK_COLOURS)])


def clock_text(item: SessionSummary) -> str:
    if item.start is None:
        return tr("time TBC")
    text = wall_clock_text(item.start)
    end = wall_end(item.start, item.duration, item.timezone)
    return f"{text}–{wall_clock_text(end)}" if end is not None else text


def describe(item: SessionSummary, changed: bool = False) -> str:
    """The session as one line: what a screen reader says and a tooltip begins with;
    ``changed``: the last update changed it and it has not been opened since."""
    parts = [item.title, clock_text(item)]
    if item.room:
        parts.append(item.room)
    if item.people:
        parts.append(item.people)
    text = ", ".join(parts)
    return tr("Changed by the last update: {title}").format(title=text) if changed else text


class TimetableView(QAbstractScrollArea):
    """One day's grid, painted as it scrolls into view."""

    selected = Signal(int)  # the item shown in the selected block
    activated = Signal(int)  # Enter or a double click on a block
    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid: DayGrid | None = None
        self.items: Sequence[SessionSummary] = ()
        self.current: int | None = None  # block number
        self.bookmarked: frozenset[str] = frozenset()
        self.noted: frozenset[str] = frozenset()
        self.changed: frozenset[str] = frozenset()  # by the last update, not yet opened
        self.matching: frozenset[int] | None = None  # items a search finds; None: no search
        self.now_minute: float | None = None
        self.zoom = DEFAULT_ZOOM
        self.paints = 0  # how many times the grid was painted (for benchmarks)
        self.empty_text = ""
        self.zone_name = ""
        self._by_column: list[list[int]] = []
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.retranslate()
        self.viewport().setMouseTracking(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._fonts()

    # Geometry ----------------------------------------------------------------------------

    def _fonts(self) -> None:
        base = self.font()
        self.title_font = QFont(base)
        self.title_font.setBold(True)
        self.small_font = QFont(base)
        self.small_font.setPointSizeF(max(base.pointSizeF() * 0.85, 6.0))
        metrics = QFontMetrics(base)
        self.gutter = metrics.horizontalAdvance("00:00") + 16
        self.header = metrics.height() + 12

    @property
    def minute_height(self) -> float:
        return PIXELS_PER_MINUTE * self.zoom

    @property
    def column_width(self) -> int:
        return round(COLUMN_WIDTH * self.zoom)

    def content_size(self) -> QSize:
        if self.grid is None or not self.grid.blocks:
            return QSize(0, 0)
        width = self.gutter + len(self.grid.rooms) * self.column_width
        height = self.header + round((self.grid.last - self.grid.first) * self.minute_height)
        return QSize(width, height)

    def _update_scroll_bars(self) -> None:
        size = self.content_size()
        page = self.viewport().size()
        horizontal, vertical = self.horizontalScrollBar(), self.verticalScrollBar()
        horizontal.setRange(0, max(0, size.width() - page.width()))
        horizontal.setPageStep(max(1, page.width() - self.gutter))
        horizontal.setSingleStep(max(1, self.column_width // 4))
        vertical.setRange(0, max(0, size.height() - page.height()))
        vertical.setPageStep(max(1, page.height() - self.header))
        vertical.setSingleStep(max(1, round(15 * self.minute_height)))

    def _origin(self) -> QPoint:
        """Where minute ``first`` of the first column is drawn, scrolling counted."""
        return QPoint(
            self.gutter - self.horizontalScrollBar().value(),
            self.header - self.verticalScrollBar().value(),
        )

    def y_of(self, minute: float) -> float:
        assert self.grid is not None
        return self._origin().y() + (minute - self.grid.first) * self.minute_height

    def block_rect(self, number: int) -> QRectF:
        """Where block ``number`` is drawn, in viewport coordinates."""
        assert self.grid is not None
        block = self.grid.blocks[number]
        origin = self._origin()
        width = self.column_width / block.lanes
        left = origin.x() + block.column * self.column_width + block.lane * width
        top = self.y_of(block.start)
        height = max(block.length, SHORTEST) * self.minute_height
        return QRectF(left + 2, top + 1, width - 4, height - 2)

    # Content -----------------------------------------------------------------------------

    def set_grid(self, grid: DayGrid | None, items: Sequence[SessionSummary]) -> None:
        self.grid = grid
        self.items = items
        self.current = None
        self._by_column = []
        if grid is not None:
            self._by_column = [[] for _room in grid.rooms]
            for number, block in enumerate(grid.blocks):
                self._by_column[block.column].append(number)
        self.setAccessibleDescription(self.zone_text())
        self._update_scroll_bars()
        self.viewport().update()

    def set_marks(self, bookmarked: frozenset[str], noted: frozenset[str]) -> None:
        if (bookmarked, noted) != (self.bookmarked, self.noted):
            self.bookmarked, self.noted = bookmarked, noted
            self.viewport().update()

    def set_changed(self, guids: frozenset[str]) -> None:
        if guids == self.changed:
            return
        self.changed = guids
        if self.grid is not None and self.current is not None:
            item = self.items[self.grid.blocks[self.current].item]
            self.setAccessibleDescription(describe(item, item.guid in guids))
        self.viewport().update()

    def block_title(self, number: int) -> str:
        """The title block ``number`` shows: marked when the last update changed the session."""
        assert self.grid is not None
        item = self.items[self.grid.blocks[number].item]
        mark = CHANGED_MARK if item.guid in self.changed else ""
        return mark + shortened(item.title, TITLE_SHOWN)

    def set_matching(self, matching: frozenset[int] | None) -> None:
        if matching != self.matching:
            self.matching = matching
            self.viewport().update()

    def set_now(self, minute: float | None) -> None:
        if minute != self.now_minute:
            self.now_minute = minute
            self.viewport().update()

    def set_zoom(self, zoom: float) -> None:
        zoom = min(max(zoom, ZOOMS[0]), ZOOMS[-1])
        if zoom == self.zoom:
            return
        # Keep the minute at the top of the view where it is.
        top_minute = self.minute_at_top()
        self.zoom = zoom
        self._update_scroll_bars()
        if top_minute is not None:
            self.scroll_to_minute(top_minute, margin=0)
        self.viewport().update()
        self.zoom_changed.emit(zoom)

    def zoom_by(self, steps: int) -> None:
        nearest = min(range(len(ZOOMS)), key=lambda n: abs(ZOOMS[n] - self.zoom))
        self.set_zoom(ZOOMS[min(max(nearest + steps, 0), len(ZOOMS) - 1)])

    def minute_at_top(self) -> float | None:
        if self.grid is None:
            return None
        return self.grid.first + self.verticalScrollBar().value() / self.minute_height

    def scroll_to_minute(self, minute: float, margin: float = 30) -> None:
        """Scroll so that ``minute`` is near the top (``margin`` minutes above it shown)."""
        if self.grid is None:
            return
        offset = (minute - margin - self.grid.first) * self.minute_height
        self.verticalScrollBar().setValue(round(offset))

    def select(self, number: int | None, *, announce: bool = True) -> None:
        """Make block ``number`` the selected one and bring it into view."""
        if self.grid is None or number is None or not 0 <= number < len(self.grid.blocks):
            self.current = None
            self.viewport().update()
            return
        self.current = number
        self.ensure_visible(number)
        item = self.items[self.grid.blocks[number].item]
        self.setAccessibleDescription(describe(item, item.guid in self.changed))
        self.viewport().update()
        if announce:
            self.selected.emit(self.grid.blocks[number].item)

    def select_item(self, item: int) -> bool:
        """Select the block of ``item`` without announcing it (it is shown already)."""
        if self.grid is None:
            return False
        number = self.grid.block_of(item)
        if number is None:
            return False
        self.select(number, announce=False)
        return True

    def ensure_visible(self, number: int) -> None:
        rect = self.block_rect(number)
        area = QRectF(self.viewport().rect()).adjusted(self.gutter, self.header, 0, 0)
        horizontal, vertical = self.horizontalScrollBar(), self.verticalScrollBar()
        # Sideways by whole rooms, so that the first room shown is never cut in half.
        width = self.column_width
        if rect.left() < area.left():
            shift = rect.left() - area.left()
            horizontal.setValue(horizontal.value() + math.floor(shift / width) * width)
        elif rect.right() > area.right():
            shift = min(rect.right() - area.right(), rect.left() - area.left())
            horizontal.setValue(horizontal.value() + math.ceil(shift / width) * width)
        if rect.top() < area.top():
            vertical.setValue(vertical.value() - round(area.top() - rect.top()) - 4)
        elif rect.bottom() > area.bottom():
            shift = min(rect.bottom() - area.bottom(), rect.top() - area.top())
            vertical.setValue(vertical.value() + round(shift) + 4)

    def block_at(self, point: QPoint) -> int | None:
        if self.grid is None or point.x() < self.gutter or point.y() < self.header:
            return None
        column = (point.x() - self._origin().x()) // self.column_width
        if not 0 <= column < len(self._by_column):
            return None
        for number in self._by_column[column]:
            if self.block_rect(number).adjusted(-2, -1, 2, 1).contains(QPointF(point)):
                return number
        return None

    # Painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        self.paints += 1
        painter = QPainter(self.viewport())
        palette = self.palette()
        area = self.viewport().rect()
        painter.fillRect(area, palette.base())
        if self.grid is None or not self.grid.blocks:
            painter.setPen(palette.color(palette.ColorRole.PlaceholderText))
            painter.drawText(
                area.adjusted(12, 12, -12, -12),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.empty_text,
            )
            return
        grid = self.grid
        origin = self._origin()
        width = self.column_width
        line = palette.color(palette.ColorRole.Mid)
        faint = QColor(line)
        faint.setAlpha(90)
        # Hour and half-hour lines, then the room separators.
        for minute in range(grid.first, grid.last + 1, 30):
            y = round(self.y_of(minute))
            if self.header <= y <= area.bottom():
                painter.setPen(QPen(line if minute % 60 == 0 else faint, 1))
                painter.drawLine(self.gutter, y, area.right(), y)
        painter.setPen(QPen(faint, 1))
        first_column = max(0, (self.gutter - origin.x()) // width)
        last_column = min(len(grid.rooms) - 1, (area.right() - origin.x()) // width)
        for column in range(first_column, last_column + 2):
            x = origin.x() + column * width
            if x >= self.gutter:
                painter.drawLine(x, self.header, x, area.bottom())
        painter.setClipRect(area.adjusted(self.gutter, self.header, 0, 0))
        for column in range(first_column, last_column + 1):
            for number in self._by_column[column]:
                rect = self.block_rect(number)
                if rect.bottom() < self.header or rect.top() > area.bottom():
                    continue
                self._paint_block(painter, number, rect)
        if self.now_minute is not None and grid.first <= self.now_minute <= grid.last:
            y = round(self.y_of(self.now_minute))
            painter.setPen(QPen(NOW_COLOUR, 2))
            painter.drawLine(self.gutter, y, area.right(), y)
        painter.setClipping(False)
        self._paint_edges(painter, area, first_column, last_column)

    def _paint_block(self, painter: QPainter, number: int, rect: QRectF) -> None:
        assert self.grid is not None
        block: Block = self.grid.blocks[number]
        item = self.items[block.item]
        dimmed = self.matching is not None and block.item not in self.matching
        fill = track_colour(item.track)
        text_colour = QColor(BLOCK_TEXT)
        if dimmed:
            fill.setAlpha(70)
            text_colour.setAlpha(110)
        painter.setBrush(fill)
        selected = number == self.current
        if selected:
            highlight = self.palette().color(self.palette().ColorRole.Highlight)
            painter.setPen(QPen(highlight, 3 if self.hasFocus() else 2))
        else:
            painter.setPen(QPen(fill.darker(150), 1))
        painter.drawRoundedRect(rect, 3, 3)
        inner = rect.adjusted(5, 3, -5, -3).toRect()
        if inner.height() < 4 or inner.width() < 8:
            return
        painter.save()
        painter.setClipRect(rect.adjusted(1, 1, -1, -1), Qt.ClipOperation.IntersectClip)
        painter.setPen(text_colour)
        marks = ""
        if item.guid in self.bookmarked:
            marks += "★"
        if item.guid in self.noted:
            marks += "✎"
        painter.setFont(self.small_font)
        small = QFontMetrics(self.small_font)
        top_line = clock_text(item) + (f"  {marks}" if marks else "")
        painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, top_line)
        used = small.height()
        painter.setFont(self.title_font)
        # Whole lines only: a line cut in half by the block's edge reads as another word.
        spacing = QFontMetrics(self.title_font).lineSpacing()
        lines = max(0, (inner.height() - used) // spacing)
        if lines == 0:
            # A short session: its time and title on one line.
            painter.setFont(self.small_font)
            painter.fillRect(QRect(inner.topLeft(), QSize(inner.width(), used)), fill)
            one_line = f"{top_line}  {self.block_title(number)}"
            painter.drawText(
                inner,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                small.elidedText(one_line, Qt.TextElideMode.ElideRight, inner.width()),
            )
            painter.restore()
            return
        title_rect = QRect(inner.left(), inner.top() + used, inner.width(), lines * spacing)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        title = self.block_title(number)
        bounds = painter.boundingRect(title_rect, flags, title)
        painter.setClipRect(title_rect, Qt.ClipOperation.IntersectClip)
        painter.drawText(title_rect, flags, title)
        painter.setClipRect(rect.adjusted(1, 1, -1, -1))
        if item.people and bounds.bottom() + small.height() <= inner.bottom():
            painter.setFont(self.small_font)
            people = QRect(inner.left(), bounds.bottom() + 2, inner.width(), small.height())
            shown = small.elidedText(item.people, Qt.TextElideMode.ElideRight, inner.width())
            painter.drawText(people, Qt.AlignmentFlag.AlignLeft, shown)
        painter.restore()

    def _paint_edges(
        self, painter: QPainter, area: QRect, first_column: int, last_column: int
    ) -> None:
        """The room names along the top and the hours down the side, held as the grid scrolls."""
        assert self.grid is not None
        palette = self.palette()
        band = palette.button()
        painter.fillRect(QRect(0, 0, area.width(), self.header), band)
        painter.fillRect(QRect(0, 0, self.gutter, area.height()), band)
        painter.setPen(palette.color(palette.ColorRole.ButtonText))
        painter.setFont(self.font())
        metrics = QFontMetrics(self.font())
        origin = self._origin()
        width = self.column_width
        painter.setClipRect(QRect(self.gutter, 0, area.width() - self.gutter, self.header))
        for column in range(first_column, last_column + 1):
            room = self.grid.rooms[column] or tr("No room")
            cell = QRect(origin.x() + column * width + 4, 0, width - 8, self.header)
            shown = metrics.elidedText(room, Qt.TextElideMode.ElideRight, cell.width())
            painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, shown)
        painter.setClipRect(QRect(0, self.header, self.gutter, area.height() - self.header))
        for minute in range(self.grid.first, self.grid.last + 1, 60):
            y = round(self.y_of(minute))
            hour = (minute // 60) % 24
            painter.drawText(
                QRect(0, y - metrics.height() // 2, self.gutter - 6, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{hour:02d}:00",
            )
        painter.setClipping(False)
        painter.setFont(self.small_font)
        corner = QRect(2, 0, self.gutter - 4, self.header)
        painter.drawText(
            corner,
            Qt.AlignmentFlag.AlignCenter,
            QFontMetrics(self.small_font).elidedText(
                self.zone_abbreviation(), Qt.TextElideMode.ElideRight, corner.width()
            ),
        )
        painter.setPen(palette.color(palette.ColorRole.Mid))
        painter.drawLine(0, self.header - 1, area.width(), self.header - 1)
        painter.drawLine(self.gutter - 1, 0, self.gutter - 1, area.height())

    def zone_abbreviation(self) -> str:
        """The zone's short name on the day shown (``CET``, ``+05``), for the corner."""
        if self.grid is None or self.grid.day is None or not self.zone_name:
            return ""
        noon = datetime.combine(self.grid.day, datetime.min.time()) + timedelta(hours=12)
        try:
            return localize(noon, self.zone_name).tzname() or ""
        except (UnknownTimeZoneError, OverflowError, ValueError):
            return ""

    def zone_text(self) -> str:
        if self.grid is None or self.grid.day is None or not self.zone_name:
            return ""
        noon = datetime.combine(self.grid.day, datetime.min.time()) + timedelta(hours=12)
        name, offset = zone_and_offset(noon, self.zone_name)
        if not offset:
            return tr("Times in {zone}").format(zone=name)
        return tr("Times in {zone} ({offset})").format(zone=name, offset=offset)

    # Events ------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_scroll_bars()

    def retranslate(self) -> None:
        """The grid's texts are written as it is painted: it is painted again."""
        self.setAccessibleName(tr("Timetable"))
        self.viewport().update()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fonts()
            self._update_scroll_bars()
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            number = self.block_at(event.position().toPoint())
            if number is not None:
                self.select(number)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        number = self.block_at(event.position().toPoint())
        if number is not None and self.grid is not None:
            self.activated.emit(self.grid.blocks[number].item)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = 1 if event.angleDelta().y() > 0 else -1 if event.angleDelta().y() < 0 else 0
            if steps:
                self.zoom_by(steps)
            event.accept()
            return
        super().wheelEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            if event.pos().x() < self.gutter and event.pos().y() < self.header:
                QToolTip.showText(event.globalPos(), plain_tooltip(self.zone_text()), self)
                return True
            number = self.block_at(event.pos())
            if number is None or self.grid is None:
                QToolTip.hideText()
                event.ignore()
                return True
            item = self.items[self.grid.blocks[number].item]
            lines = [describe(item, item.guid in self.changed)]
            if item.track:
                lines.append(tr("Track: {track}").format(track=item.track))
            QToolTip.showText(event.globalPos(), plain_tooltip("\n".join(lines)), self)
            return True
        return super().viewportEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {
            Qt.Key.Key_Up: Step.UP,
            Qt.Key.Key_Down: Step.DOWN,
            Qt.Key.Key_Left: Step.LEFT,
            Qt.Key.Key_Right: Step.RIGHT,
        }
        key = Qt.Key(event.key())
        if self.grid is not None and self.grid.blocks and key in steps:
            if self.current is None:
                self.select(self.first_in_view())
            else:
                self.select(neighbour(self.grid, self.current, steps[key]))
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.grid is not None:
            if self.current is not None:
                self.activated.emit(self.grid.blocks[self.current].item)
            event.accept()
            return
        super().keyPressEvent(event)

    def first_in_view(self) -> int:
        """The block to start from: the first one at or below the top of the view."""
        assert self.grid is not None and self.grid.blocks
        blocks = self.grid.blocks
        top = self.minute_at_top() or self.grid.first
        left = self.horizontalScrollBar().value() // max(self.column_width, 1)
        candidates = [
            n for n, block in enumerate(blocks) if block.end > top and block.column >= left
        ] or list(range(len(blocks)))
        return min(candidates, key=lambda n: (blocks[n].start, blocks[n].column))

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()


class TimetablePanel(QWidget):
    """The day to show, "now", zoom, the grid, and the sessions with no time yet."""

    session_selected = Signal(str)  # the guid of the session picked in the grid or list
    session_activated = Signal(str)
    zoom_changed = Signal(float)
    day_shown = Signal()  # a day (or the undated sessions) is now in the grid

    def __init__(
        self, library: CatalogLibrary, clock: Clock | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.clock: Clock = clock or SystemClock()
        self.forum: Forum | None = None
        self.query = ""
        self.items: list[SessionSummary] = []
        self.ids: list[int] = []
        self._days: dict[str, date] = {}
        self.rooms: tuple[str, ...] = ()
        # Leaves out what the delegate hid (set by the tab that holds the timetable).
        self.narrow: Callable[[SessionFilter], SessionFilter] = lambda selection: selection

        self.view = TimetableView(self)
        self.view.selected.connect(self._picked)
        self.view.activated.connect(self._activated)
        self.view.zoom_changed.connect(self.zoom_changed)
        self.day = QComboBox(self)
        self.day.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.day.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.day.currentIndexChanged.connect(lambda _index: self.show_day())
        self.day_label = day_label = QLabel(self)
        day_label.setBuddy(self.day)
        self.previous_day = self._button("◀", lambda: self._step_day(-1))
        self.next_day = self._button("▶", lambda: self._step_day(1))
        self.zoom_out = self._button("−", lambda: self.view.zoom_by(-1))
        self.zoom_in = self._button("+", lambda: self.view.zoom_by(1))

        # The controls go where the window puts them (beside the list's filters).
        self.controls = QWidget(self)
        controls = QHBoxLayout(self.controls)
        controls.setContentsMargins(0, 0, 0, 0)
        controls.addWidget(day_label)
        controls.addWidget(self.previous_day)
        controls.addWidget(self.day)
        controls.addWidget(self.next_day)
        controls.addStretch(1)
        controls.addWidget(self.zoom_out)
        controls.addWidget(self.zoom_in)

        self.untimed_label = QLabel(self)
        self.untimed = QListWidget(self)
        self.untimed_label.setBuddy(self.untimed)
        self.untimed.setMaximumHeight(self.untimed.fontMetrics().height() * 5)
        self.untimed.currentRowChanged.connect(self._untimed_picked)
        self.untimed.itemActivated.connect(
            lambda item: self._untimed_picked(self.untimed.row(item))
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.untimed_label)
        layout.addWidget(self.untimed)

        for keys, steps in (
            (QKeySequence.StandardKey.ZoomIn, 1),
            (QKeySequence.StandardKey.ZoomOut, -1),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda n=steps: self.view.zoom_by(n))
        reset = QShortcut(QKeySequence("Ctrl+0"), self)
        reset.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        reset.activated.connect(lambda: self.view.set_zoom(DEFAULT_ZOOM))
        # The line at the current time moves on each minute while the timetable is shown.
        self._ticker = QTimer(self)
        self._ticker.setInterval(30_000)
        self._ticker.timeout.connect(self.update_now)
        self.retranslate()

    def retranslate(self) -> None:
        self.day.setAccessibleName(tr("Day shown in the timetable"))
        self.day_label.setText(tr("&Day:"))
        for button, name in (
            (self.previous_day, tr("Previous day")),
            (self.next_day, tr("Next day")),
            (self.zoom_out, tr("Zoom out (Ctrl+Minus)")),
            (self.zoom_in, tr("Zoom in (Ctrl+Plus)")),
        ):
            button.setAccessibleName(name)
            button.setToolTip(name)
        self.untimed_label.setText(tr("&Time to be confirmed:"))
        self.untimed.setAccessibleName(tr("Sessions of this day with no time yet"))
        for index in range(self.day.count()):
            value = str(self.day.itemData(index))
            day = self._days.get(value)
            self.day.setItemText(index, short_date(day) if day else tr("Date TBC"))
        if self.forum is not None:
            self.show_day()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _button(self, text: str, action: Callable[[], object]) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setAutoRaise(False)
        button.clicked.connect(action)
        return button

    # Public API --------------------------------------------------------------------------

    def set_forum(self, forum: Forum) -> None:
        reader = self.library.reader_for(forum.slug)
        if reader is None:
            return
        self.forum = forum
        facets = reader.facets(forum.slug)
        self.rooms = facets.rooms
        self.day.blockSignals(True)
        self.day.clear()
        self._days = {}
        for day in facets.days:
            self.day.addItem(short_date(day), day.isoformat())
            self._days[day.isoformat()] = day
        if facets.has_unscheduled:
            self.day.addItem(tr("Date TBC"), UNSCHEDULED)
        self.day.setCurrentIndex(max(0, self._index_of(self.today())))
        self.day.blockSignals(False)
        self.view.zone_name = forum.timezone
        self.show_day()

    def today(self) -> date | None:
        """The forum's programme day now, if it has one: the day before while a session of
        its night still runs after midnight."""
        if self.forum is None:
            return None
        wall = wall_time(self.clock.now(), self.forum.timezone)
        if wall is None:
            return None
        before = wall.date() - timedelta(days=1)
        if before.isoformat() in self._days and self._runs_into(before, wall):
            return before
        return wall.date() if wall.date().isoformat() in self._days else None

    def _runs_into(self, day: date, wall: datetime) -> bool:
        """Whether a session of ``day`` is still on at ``wall`` (after that day's midnight)."""
        reader = self.library.reader_for(self.forum.slug) if self.forum else None
        if reader is None or self.forum is None:
            return False
        ids = reader.session_ids(SessionFilter(self.forum.slug, day=day))
        grid = lay_out(day, list(reader.session_summaries(ids).values()))
        return bool(grid.running(minutes_into(day, wall)))

    def _index_of(self, day: date | None) -> int:
        return self.day.findData(day.isoformat()) if day is not None else -1

    def shown_day(self) -> date | None:
        value = self.day.currentData()
        return self._days.get(str(value)) if value else None

    def show_day(self) -> None:
        """Lay out the chosen day's sessions in the grid."""
        reader = self.library.reader_for(self.forum.slug) if self.forum else None
        if reader is None or self.forum is None:
            self.view.set_grid(None, [])
            return
        value = self.day.currentData()
        day = self._days.get(str(value))
        selection = self.narrow(
            SessionFilter(self.forum.slug, day=day, unscheduled_only=value == UNSCHEDULED)
        )
        ids = list(reader.session_ids(selection)) if value else []
        summaries = reader.session_summaries(ids)
        self.ids = [i for i in ids if i in summaries]
        self.items = [summaries[i] for i in self.ids]
        # Sessions with no date have nothing to be placed by: they are all listed below.
        grid = lay_out(day, self.items, self.rooms) if value else None
        self.view.empty_text = (
            tr("No session of this day has a time yet.")
            if self.items
            else tr("There are no sessions to show.")
        )
        self.view.set_grid(grid, self.items)
        self.previous_day.setEnabled(self.day.currentIndex() > 0)
        self.next_day.setEnabled(0 <= self.day.currentIndex() < self.day.count() - 1)
        self.untimed.blockSignals(True)
        self.untimed.clear()
        for number in grid.untimed if grid is not None else ():
            entry = QListWidgetItem()
            entry.setData(Qt.ItemDataRole.UserRole, number)
            self._describe_untimed(entry)
            self.untimed.addItem(entry)
        self.untimed.blockSignals(False)
        has_untimed = self.untimed.count() > 0
        self.untimed.setVisible(has_untimed)
        self.untimed_label.setVisible(has_untimed)
        # With nothing to place in the grid, the list of the day's sessions takes its room.
        only_list = has_untimed and (grid is None or not grid.blocks)
        self.view.setVisible(not only_list)
        self.untimed.setMaximumHeight(
            QWIDGETSIZE_MAX if only_list else self.untimed.fontMetrics().height() * 5
        )
        self._search()
        self.update_now()
        if grid is not None and grid.blocks:
            now = self.view.now_minute
            self.view.scroll_to_minute(now if now is not None else grid.first, margin=30)
        self.day_shown.emit()

    def set_query(self, text: str) -> None:
        if text != self.query:
            self.query = text
            self._search()

    def _search(self) -> None:
        """Sessions the search does not find are drawn faded."""
        reader = self.library.reader_for(self.forum.slug) if self.forum else None
        if reader is None or self.forum is None or not self.query.strip():
            self.view.set_matching(None)
            return
        value = self.day.currentData()
        selection = SessionFilter(
            self.forum.slug,
            day=self._days.get(str(value)),
            unscheduled_only=value == UNSCHEDULED,
            query=self.query,
        )
        found = set(reader.session_ids(selection))
        self.view.set_matching(frozenset(number for number, i in enumerate(self.ids) if i in found))

    def set_marks(self, bookmarked: frozenset[str], noted: frozenset[str]) -> None:
        self.view.set_marks(bookmarked, noted)

    def set_changed(self, guids: frozenset[str]) -> None:
        """Mark the sessions ``guids`` as changed by an update, until they are opened."""
        self.view.set_changed(guids)
        for row in range(self.untimed.count()):
            entry = self.untimed.item(row)
            if entry is not None:
                self._describe_untimed(entry)

    def _describe_untimed(self, entry: QListWidgetItem) -> None:
        item = self.items[int(entry.data(Qt.ItemDataRole.UserRole))]
        changed = item.guid in self.view.changed
        entry.setText((CHANGED_MARK if changed else "") + describe(item))
        entry.setData(Qt.ItemDataRole.AccessibleTextRole, describe(item, changed))

    def select_guid(self, guid: str) -> bool:
        """Show the session ``guid`` selected if it is on the day shown."""
        for number, item in enumerate(self.items):
            if item.guid == guid:
                if self.view.select_item(number):
                    return True
                self.untimed.blockSignals(True)
                for row in range(self.untimed.count()):
                    if self.untimed.item(row).data(Qt.ItemDataRole.UserRole) == number:
                        self.untimed.setCurrentRow(row)
                self.untimed.blockSignals(False)
                return True
        return False

    def selected_guid(self) -> str:
        """The session selected in the grid or in the list under it, or ""."""
        grid = self.view.grid
        if self.untimed.hasFocus() and self.untimed.currentRow() >= 0:
            number = self.untimed.currentItem().data(Qt.ItemDataRole.UserRole)
            return self.items[int(number)].guid
        if grid is not None and self.view.current is not None:
            return self.items[grid.blocks[self.view.current].item].guid
        return ""

    def jump_to_now(self) -> bool:
        """Show the day that is on now, scrolled to the current time. False if none is."""
        day = self.today()
        if day is None:
            return False
        index = self._index_of(day)
        if index != self.day.currentIndex():
            self.day.setCurrentIndex(index)  # lays the day out
        self.update_now()
        grid = self.view.grid
        if grid is not None and self.view.now_minute is not None:
            self.view.scroll_to_minute(self.view.now_minute)
            running = grid.running(self.view.now_minute)
            if running:
                self.view.select(min(running, key=lambda n: grid.blocks[n].column))
        self.view.setFocus()
        return True

    def update_now(self) -> None:
        """Place the line at the current time, on the day shown."""
        day = self.shown_day()
        wall = wall_time(self.clock.now(), self.forum.timezone) if self.forum else None
        self.view.set_now(minutes_into(day, wall) if day is not None and wall is not None else None)

    # Internals ---------------------------------------------------------------------------

    def _step_day(self, step: int) -> None:
        index = self.day.currentIndex() + step
        if 0 <= index < self.day.count():
            self.day.setCurrentIndex(index)

    def _picked(self, number: int) -> None:
        self.untimed.blockSignals(True)
        self.untimed.setCurrentRow(-1)
        self.untimed.blockSignals(False)
        self.session_selected.emit(self.items[number].guid)

    def _activated(self, number: int) -> None:
        self.session_activated.emit(self.items[number].guid)

    def _untimed_picked(self, row: int) -> None:
        if row < 0:
            return
        number = self.untimed.item(row).data(Qt.ItemDataRole.UserRole)
        self.view.select(None)
        self.session_selected.emit(self.items[int(number)].guid)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.update_now()
        self._ticker.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._ticker.stop()
