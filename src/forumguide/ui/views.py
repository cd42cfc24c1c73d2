"""The list views: flat tables whose heading rows span the whole width, and the tabs they
are in, which follow changes while shown and catch up when shown again."""

from __future__ import annotations

from itertools import chain

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from forumguide.ui.models import GuardedModel, SectionedModel


class SectionedTableView(QTableView):
    """A list of rows with heading rows between sections, selected a whole row at a time.

    It says when it has first been painted: start-up work waits for that.
    """

    first_painted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.painted = False
        self.paints = 0  # how many times the rows were painted (for benchmarks)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        columns = self.horizontalHeader()
        columns.setHighlightSections(False)
        columns.setSectionsClickable(False)
        # A column sized to its contents is measured on the rows on screen only.
        columns.setResizeContentsPrecision(0)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        previous = self.model()
        if previous is not None:
            previous.modelReset.disconnect(self._span_headings)
        super().setModel(model)
        if model is not None:
            model.modelReset.connect(self._span_headings)
        self._span_headings()

    def _span_headings(self) -> None:
        self.clearSpans()
        model = self.model()
        if isinstance(model, SectionedModel):
            columns = model.columnCount()
            if columns > 1:
                for row in model.heading_rows():
                    self.setSpan(row, 0, 1, columns)
        # Lay the rows out now rather than after the next paint, which would then paint the
        # whole list a second time (a hidden list is laid out when it is shown).
        if self.isVisible():
            self.executeDelayedItemsLayout()

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Steps over heading rows, which cannot be selected, on to the nearest row that can:
        onward in the direction of travel, or back if nothing selectable lies that way."""
        index = super().moveCursor(action, modifiers)
        model = self.model()
        if model is None or not index.isValid() or _selectable(model, index.row()):
            return index
        move = QAbstractItemView.CursorAction
        backward = action in (
            move.MoveUp,
            move.MovePageUp,
            move.MovePrevious,
            move.MoveEnd,
        )
        rows = model.rowCount()
        onward = range(index.row() - 1, -1, -1) if backward else range(index.row() + 1, rows)
        back = range(index.row() + 1, rows) if backward else range(index.row() - 1, -1, -1)
        for row in chain(onward, back):
            if _selectable(model, row):
                return model.index(row, index.column())
        return self.currentIndex()

    def changeEvent(self, event: QEvent) -> None:
        # Models are not widgets: the view tells its model that the language has changed.
        if event.type() == QEvent.Type.LanguageChange:
            model = self.model()
            if isinstance(model, GuardedModel):
                model.retranslate()
        super().changeEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        handled = super().viewportEvent(event)
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
            if not self.painted:
                self.painted = True
                self.first_painted.emit()
        return handled


def _selectable(model: QAbstractItemModel, row: int) -> bool:
    return bool(model.flags(model.index(row, 0)) & Qt.ItemFlag.ItemIsSelectable)


class ListTab(QWidget):
    """A tab whose list follows each change while it is shown, and catches up when it is shown
    again: a search typed on another tab, or notes saved elsewhere, cost it nothing meanwhile."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stale = False

    def reload(self) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set the tab's texts in the current language: called by ``__init__`` once the tab is
        built, and again when the language changes."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload_when_shown(self) -> None:
        self.stale = not self.isVisible()
        if not self.stale:
            self.reload()

    def catch_up(self) -> None:
        """Reload now if a change came while the tab was hidden."""
        if self.stale:
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        self.catch_up()
        super().showEvent(event)
