"""Every item model passes Qt's model tester, with real data; lists group and read rows right."""

from __future__ import annotations

import logging
import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from forumguide.catalog.builder import build_catalog
from forumguide.catalog.library import CatalogLibrary
from forumguide.catalog.reader import CatalogReader, SessionFilter
from forumguide.domain.model import (
    Forum,
    NoteSummary,
    NoteTarget,
    Programme,
    Session,
    SessionSnapshot,
)
from forumguide.ui.formatting import TimeFormatter, day_heading
from forumguide.ui.models import (
    PLACEHOLDER,
    AgendaModel,
    AgendaRow,
    GuardedModel,
    NotesModel,
    Role,
    Section,
    SessionListModel,
    SpeakerListModel,
    day_runs,
)


def _runs(reader: CatalogReader, slug: str, formatter: TimeFormatter) -> Any:
    forum = next(f for f in reader.forums() if f.slug == slug)
    return day_runs(reader.day_slots(slug), formatter, forum.timezone)


def test_session_list_model(qtmodeltester, library: CatalogLibrary) -> None:
    reader = library.reader_for("attf-2025")
    assert reader is not None and reader is library.reader_for("doha-2025")
    formatter = TimeFormatter()
    model = SessionListModel()
    ids = reader.session_ids(SessionFilter("attf-2025"))
    model.show(reader, ids, _runs(reader, "attf-2025", formatter), formatter)
    qtmodeltester.check(model, force_py=True)
    # The Think Tank Forum's sessions have no day: one heading, four sessions.
    assert [model.index(row, 0).data() for row in model.heading_rows()] == ["Date to be confirmed"]
    assert model.item_count() == len(ids) == 4
    first = model.first_item_row()
    assert model.index(first, SessionListModel.TITLE).data() == "Opening session"
    assert model.index(first - 1, 0).data(Role.KIND) == "heading"
    assert not model.flags(model.index(first - 1, 0)) & Qt.ItemFlag.ItemIsSelectable
    guid = model.index(first, 0).data(Role.KEY)
    model.set_bookmarked(frozenset({guid}))
    assert model.index(first, SessionListModel.STAR).data() == "★"
    assert model.find(guid).row() == first

    doha = reader.session_ids(SessionFilter("doha-2025"))
    model.show(reader, doha, _runs(reader, "doha-2025", formatter), formatter)
    assert [model.index(row, 0).data() for row in model.heading_rows()] == [
        "Sunday 7 December 2025"
    ]
    # Search results by relevance are not under day headings, so the time says its day.
    model.show(reader, doha, None, formatter)
    assert model.index(0, 0).data() == "Search results: 1"
    assert model.index(1, SessionListModel.TIME).data() == "Sun 7 Dec, time TBC"
    assert not model.find(guid).isValid()  # not listed now


def test_speaker_list_model(qtmodeltester, library: CatalogLibrary) -> None:
    reader = library.reader_for("attf-2025")
    assert reader is not None
    model = SpeakerListModel()
    model.show(reader, reader.speaker_ids())
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 9
    assert model.find("thomas-greminger").data() == "Thomas Greminger"
    # A part of a name inside it finds the person.
    model.show(reader, reader.speaker_ids("greminger"))
    assert model.rowCount() == 1 and model.speaker(0).slug == "thomas-greminger"


def test_agenda_model(qtmodeltester, library: CatalogLibrary) -> None:
    reader = library.reader_for("doha-2025")
    assert reader is not None
    session = reader.sessions(SessionFilter("doha-2025"))[0]
    model = AgendaModel()
    model.set_sections(
        [
            Section(
                "Sunday",
                "2025-12-07",
                [
                    AgendaRow(
                        "session",
                        session.guid,
                        session,
                        forum=library.forum("doha-2025"),
                        overlaps=True,
                    )
                ],
            ),
            Section(
                "Removed", "", [AgendaRow("removed", "gone", None, SessionSnapshot(title="Old"))]
            ),
        ]
    )
    qtmodeltester.check(model, force_py=True)
    assert model.index(1, AgendaModel.STATUS).data() == "⚠ Overlaps another bookmark"
    assert model.index(3, AgendaModel.STATUS).data() == "Removed from the programme"
    assert model.find("gone").row() == 3


def summary(target: NoteTarget, key: str, text: str, when: datetime) -> NoteSummary:
    return NoteSummary(target, key, text[:2000], len(text), when)


def test_notes_model(qtmodeltester) -> None:
    model = NotesModel()
    when = datetime(2025, 10, 15, 5, 0, tzinfo=UTC)
    model.set_notes(
        [
            (summary(NoteTarget.SESSION, "g", "First line\nsecond", when), "A session"),
            (summary(NoteTarget.SPEAKER, "p", "About a person", when), "A person"),
        ]
    )
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, NotesModel.TEXT).data() == "First line"
    assert model.index(1, NotesModel.ABOUT).data() == "Person: A person"


def test_a_huge_note_and_markup_are_shown_short_and_plain() -> None:
    model = NotesModel()
    when = datetime(2025, 10, 15, 5, 0, tzinfo=UTC)
    huge = "<img src=x width=20000 height=20000>" + "w" * 5_000_000
    model.set_notes([(summary(NoteTarget.SESSION, "g", huge, when), "<b>A session</b>")])
    shown = model.index(0, NotesModel.TEXT).data()
    assert len(shown) <= 200 and shown.startswith("<img src=x")
    tip = model.index(0, NotesModel.TEXT).data(Qt.ItemDataRole.ToolTipRole)
    assert "<img" not in tip and "&lt;img" in tip and len(tip) < 2000
    assert model.index(0, NotesModel.ABOUT).data() == "<b>A session</b>"  # shown as plain text


def test_a_moment_the_calendar_cannot_convert_is_shown_empty_not_raised() -> None:
    model = NotesModel()
    edges = (datetime(9999, 12, 31, 23, 0, tzinfo=UTC), datetime(1, 1, 1, 1, 0, tzinfo=UTC))
    model.set_notes(
        [(summary(NoteTarget.SESSION, str(n), "x", m), "s") for n, m in enumerate(edges)]
    )
    for row in range(2):
        assert isinstance(model.index(row, NotesModel.UPDATED).data(), str)


class _Failing(GuardedModel):
    headers = ("A",)

    def rowCount(self, parent: Any = None) -> int:
        return 0 if parent is not None and parent.isValid() else 3

    def value(self, row: Any, column: int, role: int) -> Any:
        raise OverflowError("date value out of range")


def test_a_cell_that_raises_shows_a_placeholder_and_is_logged_once(
    qtbot, caplog: pytest.LogCaptureFixture
) -> None:
    model = _Failing()
    with caplog.at_level(logging.ERROR, logger="forumguide.ui.models"):
        shown = [model.index(row, 0).data() for row in range(3)]
        tips = [model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) for row in range(3)]
        # As a view paints it: every role of a cell at once.
        view = QTableView()
        qtbot.addWidget(view)
        view.setModel(model)
        view.resize(200, 200)
        view.grab()
    assert shown == [PLACEHOLDER] * 3
    assert tips == [None] * 3
    logged = [r for r in caplog.records if "could not be shown" in r.getMessage()]
    assert len(logged) == 1 and logged[0].exc_info is not None


def test_a_zone_this_computer_does_not_know_is_shown_not_converted() -> None:
    snapshot = SessionSnapshot(
        title="Old", start=datetime(2025, 10, 15, 10, 0), timezone="Not/AZone"
    )
    for formatter in (TimeFormatter(), TimeFormatter(use_local=True)):
        assert formatter.clock(snapshot) == "10:00"
        assert "(Not/AZone)" in formatter.when(snapshot)


# Day headings in forum time and in the computer's own ------------------------------------------


def _evening_programme(zone: str) -> Programme:
    """Sessions all round the clock over three days, some with no time or no day."""
    chance = random.Random(7)
    sessions = []
    for number in range(240):
        day = date(2025, 3, 29) + timedelta(days=number % 3)
        start = datetime.combine(day, datetime.min.time()) + timedelta(
            minutes=15 * chance.randrange(0, 96)
        )
        timed = number % 11 != 0
        sessions.append(
            Session(
                guid=f"s{number}",
                forum_slug="f",
                title=f"Session {number}",
                day=day if number % 17 != 0 else None,
                start=start if timed and number % 17 != 0 else None,
                duration=timedelta(minutes=45),
                room=f"Room {number % 4}",
                position=number,
                timezone=zone,
            )
        )
    return Programme(forums=(Forum(slug="f", name="F", timezone=zone),), sessions=tuple(sessions))


@pytest.mark.parametrize(
    ("forum_zone", "local_zone"),
    [
        ("Europe/Brussels", "Pacific/Kiritimati"),  # 13 hours ahead, over a DST change
        ("Asia/Almaty", "America/New_York"),  # 10 hours behind
        ("Asia/Kolkata", "UTC"),  # a half-hour offset
    ],
)
def test_each_session_is_listed_under_the_day_it_is_shown_on(
    tmp_path: Path, forum_zone: str, local_zone: str
) -> None:
    programme = _evening_programme(forum_zone)
    path = build_catalog(programme, tmp_path / "c.sqlite", catalog_id="c", title="c")
    reader = CatalogReader(path)
    try:
        for formatter in (TimeFormatter(), TimeFormatter(True, ZoneInfo(local_zone))):
            model = SessionListModel()
            query = SessionFilter("f", room="Room 1")
            model.show(reader, reader.session_ids(query), _runs(reader, "f", formatter), formatter)
            listed: dict[str, str] = {}
            heading = ""
            for row in range(model.rowCount()):
                if model.index(row, 0).data(Role.KIND) == "heading":
                    heading = model.index(row, 0).data()
                else:
                    listed[model.index(row, 0).data(Role.KEY)] = heading
            wanted = {s.guid: day_heading(formatter.shown_day(s)) for s in reader.sessions(query)}
            assert listed == wanted
            headings = [model.index(row, 0).data() for row in model.heading_rows()]
            assert len(headings) == len(set(headings))  # each day once, in order
    finally:
        reader.close()


def test_a_cell_painted_after_a_heading_does_not_take_its_bold_font(
    qtbot, library: CatalogLibrary
) -> None:
    """A view hands the same role buffer to every cell it paints: each role is set or cleared."""
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

    reader = library.reader_for("doha-2025")
    assert reader is not None
    formatter = TimeFormatter()
    model = SessionListModel()
    model.show(
        reader,
        reader.session_ids(SessionFilter("doha-2025")),
        _runs(reader, "doha-2025", formatter),
        formatter,
    )
    delegate = QStyledItemDelegate()
    heading, session = (
        model.index(0, 0),
        model.index(model.first_item_row(), SessionListModel.TITLE),
    )
    assert heading.data(Role.KIND) == "heading"
    first, second = QStyleOptionViewItem(), QStyleOptionViewItem()
    delegate.initStyleOption(first, heading)
    delegate.initStyleOption(second, session)
    assert first.font.bold()
    assert not second.font.bold()
    assert second.text.startswith("Middle Powers")


def test_the_keyboard_steps_over_heading_rows(qtbot, tmp_path: Path) -> None:
    """Up, Down, Home and first focus land on sessions: a heading is never the current row."""
    from PySide6.QtWidgets import QAbstractItemView

    from forumguide.interchange.importing import read_schedule
    from forumguide.ui.views import SectionedTableView

    from .conftest import INTEROP

    programme = read_schedule(
        INTEROP / "schedules" / "fosdem-2021-pentabarf.xml", "Europe/Brussels"
    )
    slug = programme.forums[0].slug
    path = build_catalog(programme, tmp_path / "c.sqlite", catalog_id="c", title="c")
    reader = CatalogReader(path)
    formatter = TimeFormatter()
    model = SessionListModel()
    model.show(
        reader, reader.session_ids(SessionFilter(slug)), _runs(reader, slug, formatter), formatter
    )
    headings = list(model.heading_rows())
    assert len(headings) >= 2, "the test needs a second day"
    view = SectionedTableView()
    view.setModel(model)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)

    def step(action: QAbstractItemView.CursorAction) -> int:
        index = view.moveCursor(action, Qt.KeyboardModifier.NoModifier)
        view.setCurrentIndex(index)
        return index.row()

    view.setFocus()
    qtbot.waitUntil(lambda: view.currentIndex().isValid())
    assert view.currentIndex().row() == model.first_item_row()
    assert step(QAbstractItemView.CursorAction.MoveHome) == model.first_item_row()
    # The first row of the second day, and back to the last row of the first.
    view.setCurrentIndex(model.index(headings[1] - 1, 0))
    assert step(QAbstractItemView.CursorAction.MoveDown) == headings[1] + 1
    assert step(QAbstractItemView.CursorAction.MoveUp) == headings[1] - 1
    # At the top, Up stays on the first session rather than climbing onto the heading.
    view.setCurrentIndex(model.index(model.first_item_row(), 0))
    assert step(QAbstractItemView.CursorAction.MoveUp) == model.first_item_row()
    reader.close()
