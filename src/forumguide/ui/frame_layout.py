"""Layout pieces of the window's frame: rows that wrap, the time-zone switch, remembered panes.

:class:`FlowLayout` lays its widgets out in a row and starts another row when the width runs
out, so that filter boxes keep the width of their longest entry instead of being clipped.
:class:`ControlsStack` shows one of several rows of controls and, unlike a stacked widget, lets
a wrapping row ask for the height it needs. :func:`zone_heading` says which zone a list's
times are in. :func:`restore_splitters` and :func:`save_splitters` keep the panes' sizes.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
    QWidgetItem,
)

from forumguide.domain.timezones import is_known_zone, localize
from forumguide.ui.formatting import TimeFormatter, tr

if TYPE_CHECKING:
    from forumguide.ui.settings import Settings

# The share of a detail pane's height the details get before the user moves the divider.
DETAILS_SHARE = 0.62


class FlowLayout(QLayout):
    """Widgets left to right, wrapping to a new row where the next one does not fit."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def add(self, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """One row of every widget."""
        shown = self._shown()
        width = sum(i.sizeHint().width() for i in shown) + self._spacing * max(len(shown) - 1, 0)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:
        """As narrow as the widest widget."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size.grownBy(self.contentsMargins())

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        x, y, row_height = area.x(), area.y(), 0
        for item in self._shown():
            hint = item.sizeHint()
            width = min(hint.width(), area.width())
            if x > area.x() and x + width > area.right() + 1:
                x, y = area.x(), y + row_height + self._spacing
                row_height = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
            x += width + self._spacing
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y() + margins.bottom()


class ControlsStack(QWidget):
    """One of several rows of controls at a time, each as high as it needs at its width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: list[QWidget] = []
        self._current = 0
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def addWidget(self, page: QWidget) -> int:
        self._pages.append(page)
        self._layout.addWidget(page)
        page.setVisible(len(self._pages) - 1 == self._current)
        return len(self._pages) - 1

    def setCurrentIndex(self, index: int) -> None:
        self._current = index
        for number, page in enumerate(self._pages):
            page.setVisible(number == index)

    def currentIndex(self) -> int:
        return self._current

    def currentWidget(self) -> QWidget | None:
        return self._pages[self._current] if self._current < len(self._pages) else None


def labelled(caption: QWidget, field: QWidget, parent: QWidget) -> QWidget:
    """A caption and its field as one piece, which a wrapping row keeps together."""
    pair = QWidget(parent)
    row = QHBoxLayout(pair)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    row.addWidget(caption)
    row.addWidget(field)
    return pair


class LocalTimeSwitch(QCheckBox):
    """The tool bar's switch between the forum's time and this computer's: a check box that
    shows its state, kept in step with the window's checkable action."""

    def __init__(self, action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.action = action
        self.setChecked(action.isChecked())
        self.toggled.connect(action.setChecked)
        action.toggled.connect(self.setChecked)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(tr("Times in my time &zone"))
        self.setAccessibleName(tr("Show times in my time zone"))
        self.setToolTip(
            tr("Show session times in this computer's time zone instead of the forum's")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def zone_abbreviation(zone_name: str, day: date | None) -> str:
    """The zone's short name on ``day`` (``CET``, ``+05``), else its IANA name."""
    if not is_known_zone(zone_name):
        return zone_name
    noon = datetime.combine(day or date.today(), time(12))
    try:
        name = localize(noon, zone_name).tzname() or zone_name
    except (OverflowError, ValueError):
        return zone_name
    # A zone without a common short name is known by its offset: "+05" reads as UTC+05.
    return f"UTC{name}" if name[:1] in "+-" else name


def zone_heading(formatter: TimeFormatter, zone_name: str = "", day: date | None = None) -> str:
    """What a list's Time heading says of its zone: the forum's, yours, or each forum's own."""
    if formatter.use_local:
        return tr("your time")
    if not zone_name:
        return tr("forum time")
    return zone_abbreviation(zone_name, day)


def splitters(tabs: Iterable[tuple[str, QWidget]]) -> Iterable[tuple[str, QSplitter]]:
    """The splitters of ``tabs`` (named), whose positions are kept, by name."""
    for tab_name, tab in tabs:
        for part in ("splitter", "detail_splitter"):
            splitter = getattr(tab, part, None)
            if isinstance(splitter, QSplitter):
                yield f"{tab_name}/{part}", splitter


def restore_splitters(settings: Settings, tabs: Iterable[tuple[str, QWidget]]) -> None:
    for name, splitter in splitters(tabs):
        state = settings.splitter(name)
        if state is not None:
            splitter.restoreState(state)


def save_splitters(settings: Settings, tabs: Iterable[tuple[str, QWidget]]) -> None:
    for name, splitter in splitters(tabs):
        settings.set_splitter(name, splitter.saveState())


def detail_splitter(details: QWidget, notes: QWidget, parent: QWidget) -> QSplitter:
    """Details above, the note below, the details getting the larger part at first."""
    splitter = QSplitter(Qt.Orientation.Vertical, parent)
    splitter.setChildrenCollapsible(False)
    splitter.addWidget(details)
    splitter.addWidget(notes)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 2)
    share = int(DETAILS_SHARE * 1000)
    splitter.setSizes([share, 1000 - share])
    return splitter
