"""During the talks: the timetable, now and next, reminders and the printed agenda, driven by an
injected clock (never by sleeping), on real schedules and real windows."""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from forumguide.catalog.builder import build_catalog
from forumguide.catalog.library import CatalogLibrary
from forumguide.catalog.reader import CatalogReader, SessionFilter
from forumguide.domain.clock import FixedClock, StartedClock, parse_moment
from forumguide.domain.model import Forum, Programme, Session
from forumguide.domain.timetable import Step, neighbour
from forumguide.interchange.pdf import PageSize
from forumguide.paths import UserPaths
from forumguide.services import exports
from forumguide.services.programmes import import_schedule
from forumguide.ui.main_window import AGENDA, PROGRAMME
from forumguide.ui.models import SessionListModel
from forumguide.ui.reminders import ReminderBar
from forumguide.ui.timetable import clock_text
from tests.conftest import SHARED
from tests.ui_helpers import close_window, data_of, open_window

SCHEDULES = SHARED / "interop" / "schedules"
BRUSSELS = "Europe/Brussels"
SATURDAY = date(2021, 2, 6)
AT_11_30 = datetime(2021, 2, 6, 11, 30, tzinfo=UTC) - timedelta(hours=1)  # 11:30 in Brussels
WIKI = "Rebuilding the Apache OpenOffice wiki"  # 11:15-12:00, D.apache.openoffice


@pytest.fixture(scope="module")
def fosdem(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """FOSDEM 2021 imported as the window imports it, once for the module."""
    folder = tmp_path_factory.mktemp("catalogs")
    library = CatalogLibrary()
    import_schedule(
        SCHEDULES / "fosdem-2021-pentabarf.xml", library, folder, default_timezone=BRUSSELS
    )
    library.close()
    yield folder / "fosdem-2021.sqlite"


@pytest.fixture
def fosdem_library(fosdem: Path, bundled_path: Path) -> Iterator[CatalogLibrary]:
    library = CatalogLibrary([CatalogReader(bundled_path), CatalogReader(fosdem)])
    yield library
    library.close()


def pdf_text(reader: PdfReader) -> str:
    """The text of every page, with ligatures (ﬃ) as letters and spacing made single."""
    text = " ".join(page.extract_text() for page in reader.pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _session(library: CatalogLibrary, title: str) -> Session:
    reader = library.reader_for("fosdem-2021")
    assert reader is not None
    found = [s for s in reader.sessions(SessionFilter("fosdem-2021")) if s.title == title]
    assert len(found) == 1, title
    return found[0]


# The clock ---------------------------------------------------------------------------------


def test_the_clock_reads_a_moment_as_given_and_runs_on_from_it() -> None:
    moment = parse_moment("2021-02-06T11:30+01:00")
    assert moment == AT_11_30
    assert parse_moment("2021-02-06T10:30Z") == AT_11_30
    ticks = iter([100.0, 160.0])
    started = StartedClock(moment, elapsed=lambda: next(ticks))
    assert started.now() == moment + timedelta(minutes=1)
    fixed = FixedClock(moment)
    fixed.advance(timedelta(minutes=5))
    assert fixed.now() == moment + timedelta(minutes=5)
    for wrong in ("yesterday", "9999-12-31T23:00+00:00", ""):
        with pytest.raises(ValueError, match=r"2026-01-31T11:30|1900"):
            parse_moment(wrong)


# The timetable -----------------------------------------------------------------------------


def test_the_grid_places_a_session_in_its_room_at_its_start_for_its_length(
    qtbot, fosdem_library: CatalogLibrary, home: UserPaths
) -> None:
    window = open_window(qtbot, fosdem_library, home, clock=FixedClock(AT_11_30))
    window.select_forum("fosdem-2021")
    window.timetable_action.trigger()
    assert window.tabs.currentIndex() == PROGRAMME and window.programme.timetable_shown
    panel = window.programme.timetable
    assert panel.shown_day() == SATURDAY  # the day that is on
    view = panel.view
    grid = view.grid
    assert grid is not None
    number = next(n for n, b in enumerate(grid.blocks) if panel.items[b.item].title == WIKI)
    block = grid.blocks[number]
    assert grid.rooms[block.column] == "D.apache.openoffice"
    assert (block.start, block.length) == (11 * 60 + 15, 45)
    rect = view.block_rect(number)
    assert rect.top() == pytest.approx(view.y_of(11 * 60 + 15) + 1)
    assert rect.height() == pytest.approx(45 * view.minute_height - 2)
    assert view.now_minute == 11 * 60 + 30
    # A click on the block shows the session beside the grid; Ctrl+D bookmarks it.
    view.ensure_visible(number)
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.block_rect(number).center().toPoint()
    )
    assert window.programme.current is not None and window.programme.current.title == WIKI
    assert window.programme.selected_guid() == window.programme.current.guid
    window.toggle_bookmark()
    assert data_of(window).is_bookmarked(("fosdem-2021", window.programme.current.guid))
    assert panel.items[block.item].guid in view.bookmarked
    close_window(window)


def test_arrow_keys_move_between_blocks_and_zoom_is_remembered(
    qtbot, fosdem_library: CatalogLibrary, home: UserPaths
) -> None:
    window = open_window(qtbot, fosdem_library, home, clock=FixedClock(AT_11_30))
    window.select_forum("fosdem-2021")
    window.programme.set_timetable_shown(True)
    view = window.programme.timetable.view
    grid = view.grid
    assert grid is not None
    wiki = next(
        n
        for n, b in enumerate(grid.blocks)
        if window.programme.timetable.items[b.item].title == WIKI
    )
    view.select(wiki)
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Down)
    below = grid.blocks[view.current or 0]
    assert below.column == grid.blocks[wiki].column and below.start == 12 * 60
    assert window.programme.current is not None
    assert window.programme.current.title == "The future of Base"
    QTest.keyClick(view, Qt.Key.Key_Right)
    right = grid.blocks[view.current or 0]
    assert right.column == grid.blocks[wiki].column + 1
    assert right.start <= 12 * 60 < right.end  # the session on at the same time
    assert neighbour(grid, view.current or 0, Step.LEFT) == grid.block_of(below.item)
    with qtbot.waitSignal(view.activated):
        QTest.keyClick(view, Qt.Key.Key_Return)
    zoom = view.zoom
    QTest.keySequence(view, QKeySequence(QKeySequence.StandardKey.ZoomIn))
    assert view.zoom > zoom
    zoomed = view.zoom
    close_window(window)
    again = open_window(qtbot, fosdem_library, home, clock=FixedClock(AT_11_30))
    assert again.programme.timetable_shown
    assert again.programme.timetable.view.zoom == zoomed
    close_window(again)


def _made(
    forum: Forum,
    guid: str,
    title: str,
    day: date,
    start: datetime | None,
    *,
    minutes: int = 60,
    room: str = "Hall",
) -> Session:
    """A session of ``forum``, listed in the order the guids sort."""
    return Session(
        guid,
        forum.slug,
        title,
        day=day,
        start=start,
        duration=timedelta(minutes=minutes) if start is not None else None,
        room=room,
        timezone=forum.timezone,
        position=ord(guid[0]),
    )


def _catalog(tmp_path: Path, forum: Forum, sessions: tuple[Session, ...]) -> CatalogLibrary:
    """The forum built into a real catalog file, as the builder writes it."""
    path = build_catalog(
        Programme(forums=(forum,), sessions=sessions),
        tmp_path / f"{forum.slug}.sqlite",
        catalog_id=forum.slug,
        title=forum.name,
    )
    return CatalogLibrary([CatalogReader(path)])


def _night_and_undated(tmp_path: Path) -> CatalogLibrary:
    """A forum whose day ends with a session across midnight, and has one without a time."""
    day = date(2025, 10, 15)
    forum = Forum("late", "Late forum", timezone="Asia/Almaty", start=day, end=day)
    return _catalog(
        tmp_path,
        forum,
        (
            _made(forum, "a", "Morning talk", day, datetime(2025, 10, 15, 10, 0)),
            _made(forum, "b", "Night session", day, datetime(2025, 10, 15, 23, 30)),
            _made(forum, "c", "Reception, time to be announced", day, None, room="Foyer"),
        ),
    )


def test_a_session_across_midnight_and_one_without_a_time_are_both_shown(
    qtbot, tmp_path: Path, home: UserPaths
) -> None:
    library = _night_and_undated(tmp_path)
    moment = datetime(2025, 10, 15, 19, 15, tzinfo=UTC)  # 00:15 on the 16th in Almaty
    window = open_window(qtbot, library, home, clock=FixedClock(moment))
    window.programme.set_timetable_shown(True)
    panel = window.programme.timetable
    grid = panel.view.grid
    assert grid is not None
    titles = {panel.items[b.item].title: b for b in grid.blocks}
    night = titles["Night session"]
    assert (night.start, night.end) == (23 * 60 + 30, 24 * 60 + 30)
    assert grid.last >= 24 * 60 + 30  # the grid runs on past midnight
    assert [panel.untimed.item(row).text() for row in range(panel.untimed.count())] == [
        "Reception, time to be announced, time TBC, Foyer"
    ]
    assert panel.untimed.isVisibleTo(window)
    # After midnight, the day that is on is still the 15th, and the line is below 24:00.
    assert panel.jump_to_now()
    assert panel.view.now_minute == 24 * 60 + 15
    # Picking the untimed session shows it.
    panel.untimed.setCurrentRow(0)
    assert window.programme.current is not None and window.programme.current.guid == "c"
    close_window(window)
    library.close()


# Now and next ------------------------------------------------------------------------------


def _expected_now_and_next(library: CatalogLibrary, moment: datetime) -> tuple[set[str], set[str]]:
    """Worked out here from the wall-clock times: running at 11:30, and each room's next."""
    reader = library.reader_for("fosdem-2021")
    assert reader is not None
    wall = moment.astimezone(ZoneInfo(BRUSSELS)).replace(tzinfo=None)
    running: set[str] = set()
    next_of_room: dict[str, str] = {}
    for session in sorted(
        reader.sessions(SessionFilter("fosdem-2021", day=SATURDAY)),
        key=lambda s: s.start or datetime.max,
    ):
        assert session.start is not None and session.duration is not None
        if session.start <= wall < session.start + session.duration:
            running.add(session.title)
        elif session.start > wall:
            next_of_room.setdefault(session.room, session.title)
    return running, set(next_of_room.values())


def test_now_and_next_lists_exactly_what_runs_and_what_starts_next(
    qtbot, fosdem_library: CatalogLibrary, home: UserPaths
) -> None:
    clock = FixedClock(AT_11_30)
    window = open_window(qtbot, fosdem_library, home, clock=clock)
    window.select_forum("fosdem-2021")
    wiki = _session(fosdem_library, WIKI)
    data_of(window).set_bookmarked(wiki, True)
    QTest.keySequence(window, QKeySequence("Ctrl+N"))
    dialog = window.now_and_next
    assert dialog.isVisible()
    rows = dialog.rows()
    running, upcoming = _expected_now_and_next(fosdem_library, AT_11_30)
    assert {title for group, _when, title, _room in rows if group == "On now"} == running
    assert {
        title for group, _when, title, _room in rows if group == "Next in each room"
    } == upcoming
    # My bookmarked session first, with the time it has left.
    assert rows[0] == ("My sessions", "until 12:00, 30 min left", WIKI, "D.apache.openoffice")
    assert "11:30 (Europe/Brussels)" in dialog.heading.text()
    # A minute later it says so.
    clock.advance(timedelta(minutes=1))
    dialog.refresh()
    assert dialog.rows()[0][1] == "until 12:00, 29 min left"
    # Enter opens the session in the programme.
    mine = dialog.tree.topLevelItem(0)
    first = mine.child(0) if mine is not None else None
    assert first is not None
    dialog.tree.setCurrentItem(first)
    QTest.keyClick(dialog, Qt.Key.Key_Return)
    assert window.programme.current is not None and window.programme.current.title == WIKI
    # Before the forum, it says when it starts.
    clock.set(datetime(2021, 1, 30, 12, 0, tzinfo=UTC))
    dialog.refresh()
    assert "has not started" in dialog.heading.text() and "6 February 2021" in dialog.heading.text()
    dialog.close()
    close_window(window)


def test_jump_to_now_in_the_list_and_when_the_forum_is_over(
    qtbot, fosdem_library: CatalogLibrary, home: UserPaths
) -> None:
    clock = FixedClock(AT_11_30)
    window = open_window(qtbot, fosdem_library, home, clock=clock)
    window.select_forum("fosdem-2021")
    window.now_action.trigger()
    current = window.programme.current
    assert current is not None and current.start is not None and current.duration is not None
    wall = datetime(2021, 2, 6, 11, 30)
    assert current.start <= wall < current.start + current.duration
    assert window.programme.selected_guid() == current.guid
    clock.set(datetime(2021, 3, 1, tzinfo=UTC))
    window.now_action.trigger()
    assert "FOSDEM 2021 is over" in window.banner.message()
    close_window(window)


# Reminders ---------------------------------------------------------------------------------


def _bars(window) -> list[ReminderBar]:
    return [bar for bar in window.reminder_bars if isinstance(bar, ReminderBar)]


def test_a_reminder_comes_once_at_its_minute_and_not_after_a_restart(
    qtbot, fosdem_library: CatalogLibrary, home: UserPaths
) -> None:
    clock = FixedClock(datetime(2021, 2, 6, 10, 20, tzinfo=UTC))  # 11:20 in Brussels
    window = open_window(qtbot, fosdem_library, home, clock=clock)
    assert window.reminders.lead_minutes == 10
    thola = _session(fosdem_library, "Introducing Thola")  # 11:35, D.network
    started = _session(fosdem_library, WIKI)  # 11:15: under way already
    data = data_of(window)
    data.set_bookmarked(thola, True)
    data.set_bookmarked(started, True)
    assert _bars(window) == []
    clock.set(datetime(2021, 2, 6, 10, 24, 59, tzinfo=UTC))
    assert window.reminders.check() == []
    clock.set(datetime(2021, 2, 6, 10, 25, tzinfo=UTC))  # 11:25, ten minutes before
    given = window.reminders.check()
    assert [h.session.title for h in given] == ["Introducing Thola"]
    bars = _bars(window)
    assert len(bars) == 1
    assert "Introducing Thola" in bars[0].label.text() and "D.network" in bars[0].label.text()
    clock.set(datetime(2021, 2, 6, 10, 26, tzinfo=UTC))
    assert window.reminders.check() == []
    assert len(_bars(window)) == 1
    # Its button shows the session.
    show = next(
        b
        for b in bars[0].findChildren(QPushButton)
        if b.accessibleName() == "Show the session of this reminder"
    )
    show.click()
    assert window.programme.current is not None
    assert window.programme.current.title == "Introducing Thola"
    close_window(window)
    again = open_window(qtbot, fosdem_library, home, clock=clock)
    assert again.reminders.check() == [] and _bars(again) == []
    close_window(again)


def test_bookmarking_a_session_that_starts_in_three_minutes_reminds_at_once(
    qtbot, fosdem_library: CatalogLibrary, home: UserPaths
) -> None:
    clock = FixedClock(datetime(2021, 2, 6, 10, 32, tzinfo=UTC))  # 11:32, Thola at 11:35
    window = open_window(qtbot, fosdem_library, home, clock=clock)
    data_of(window).set_bookmarked(_session(fosdem_library, "Introducing Thola"), True)
    bars = _bars(window)
    assert len(bars) == 1 and "(in 3 min)" in bars[0].label.text()
    window.reminder_actions[0].trigger()  # Never
    assert window.reminders.lead_minutes == 0
    data_of(window).set_bookmarked(_session(fosdem_library, "NESi"), True)
    assert len(_bars(window)) == 1
    close_window(window)


# The printed agenda ------------------------------------------------------------------------


@pytest.mark.parametrize("paper", [PageSize.A4, PageSize.LETTER])
def test_the_agenda_pdf_holds_each_bookmark_with_its_room_and_zoned_time(
    qtbot, fosdem_library: CatalogLibrary, home: UserPaths, tmp_path: Path, paper: PageSize
) -> None:
    width_pt = {PageSize.A4: 595, PageSize.LETTER: 612}[paper]
    window = open_window(qtbot, fosdem_library, home)
    data = data_of(window)
    picked = [
        _session(fosdem_library, WIKI),
        _session(fosdem_library, "Introducing Thola"),
        _session(fosdem_library, "The future of Base"),
    ]
    for session in picked:
        data.set_bookmarked(session, True)
    pieces, count = exports.agenda_document(fosdem_library, data.store)
    assert count == 3
    written = exports.export_document(tmp_path / "agenda.pdf", pieces, "My agenda", count, paper)
    reader = PdfReader(io.BytesIO(written.path.read_bytes()))
    assert round(float(reader.pages[0].mediabox.width)) == width_pt
    text = pdf_text(reader)
    assert "Times in Europe/Brussels (UTC+01:00)" in text
    for session in picked:
        assert session.title in text
        assert f"Room: {session.room}" in text
        assert session.start is not None and session.start.strftime("%H:%M") in text
    # Thola (11:35-12:20) overlaps the wiki (11:15-12:00) and Base (12:00-12:45).
    assert text.count("Overlaps another session you bookmarked") == 3
    close_window(window)


def test_the_day_shown_prints_through_the_printer_path(
    qtbot, fosdem_library: CatalogLibrary, home: UserPaths, tmp_path: Path
) -> None:
    from PySide6.QtPrintSupport import QPrinter

    window = open_window(qtbot, fosdem_library, home, clock=FixedClock(AT_11_30))
    window.select_forum("fosdem-2021")
    window.programme.set_timetable_shown(True)
    (pieces, count), name = window.print_flow.day()
    assert count == 401 and name == "FOSDEM 2021 2021-02-06"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "day.pdf"))
    window.print_flow.print_to(printer, (pieces, count))
    assert WIKI in pdf_text(PdfReader(tmp_path / "day.pdf"))
    window.tabs.setCurrentIndex(AGENDA)
    close_window(window)


def test_the_timetable_screenshot_stays_inside_a_small_screen(
    qtbot, fosdem_library: CatalogLibrary, home: UserPaths
) -> None:
    window = open_window(qtbot, fosdem_library, home, clock=FixedClock(AT_11_30))
    window.resize(1024, 600)
    window.select_forum("fosdem-2021")
    window.programme.set_timetable_shown(True)
    qtbot.wait(10)
    controls = window.programme.timetable.controls
    for child in (window.programme.timetable.day, window.programme.timetable.zoom_in):
        corner = child.mapTo(window, QPoint(child.width(), 0))
        assert corner.x() <= window.programme.pages.mapTo(window, QPoint(0, 0)).x() + (
            window.programme.pages.width()
        ), f"{child.accessibleName()} is cut off"
        assert child.width() >= child.sizeHint().width()
    assert controls.isVisible()
    close_window(window)


# Nights, focus, searches and printing -------------------------------------------------------

D1, D2 = date(2025, 6, 6), date(2025, 6, 7)


def _two_nights(tmp_path: Path) -> CatalogLibrary:
    """Two days in Brussels, each ending with a session that runs past midnight."""
    forum = Forum("two", "Two days", timezone=BRUSSELS, start=D1, end=D2)
    return _catalog(
        tmp_path,
        forum,
        (
            _made(forum, "a", "Day one talk", D1, datetime(2025, 6, 6, 10, 0)),
            _made(forum, "n", "Night party", D1, datetime(2025, 6, 6, 23, 0), minutes=180),
            _made(forum, "b", "Day two talk", D2, datetime(2025, 6, 7, 10, 0)),
            _made(forum, "m", "Last night", D2, datetime(2025, 6, 7, 23, 30), minutes=150),
        ),
    )


def test_after_midnight_now_is_the_night_of_the_day_before(
    qtbot, tmp_path: Path, home: UserPaths
) -> None:
    library = _two_nights(tmp_path)
    clock = FixedClock(datetime(2025, 6, 6, 22, 30, tzinfo=UTC))  # 00:30 on the 7th (CEST)
    window = open_window(qtbot, library, home, clock=clock)
    window.programme.set_timetable_shown(True)
    panel = window.programme.timetable
    assert panel.shown_day() == D1
    assert panel.jump_to_now()
    assert panel.shown_day() == D1 and panel.view.now_minute == 24 * 60 + 30
    assert window.programme.current is not None
    assert window.programme.current.title == "Night party"
    # After the last day's midnight the forum is not over while its last night runs.
    clock.set(datetime(2025, 6, 7, 23, 0, tzinfo=UTC))  # 01:00 on the 8th
    window.show_now_and_next()
    heading = window.now_and_next.heading.text()
    assert "is over" not in heading
    assert ("On now", "until 02:00, 1 h 00 min left", "Last night", "Hall") in (
        window.now_and_next.rows()
    )
    window.now_and_next.close()
    close_window(window)
    library.close()


def test_a_session_opened_elsewhere_takes_the_keyboard_in_the_timetable(
    qtbot, fosdem_library: CatalogLibrary, home: UserPaths
) -> None:
    window = open_window(qtbot, fosdem_library, home, clock=FixedClock(AT_11_30))
    window.select_forum("fosdem-2021")
    window.programme.set_timetable_shown(True)
    thola = _session(fosdem_library, "Introducing Thola")
    window.tabs.setCurrentIndex(AGENDA)
    window.open_session(thola.guid, thola.forum_slug)
    assert QApplication.focusWidget() is window.programme.timetable.view
    QTest.keyClick(window.programme.timetable.view, Qt.Key.Key_Down)
    assert window.programme.current is not None
    assert window.programme.selected_guid() == window.programme.current.guid
    close_window(window)


def test_a_search_and_a_tab_switch_keep_the_timetables_selection(
    qtbot, fosdem_library: CatalogLibrary, home: UserPaths
) -> None:
    window = open_window(qtbot, fosdem_library, home, clock=FixedClock(AT_11_30))
    window.select_forum("fosdem-2021")
    window.programme.set_timetable_shown(True)
    wiki = _session(fosdem_library, WIKI)
    window.programme.select_session(wiki.guid)
    window.search.setText("kubernetes")
    window._apply_search()
    assert window.programme.timetable.view.matching is not None
    window.tabs.setCurrentIndex(AGENDA)
    window.tabs.setCurrentIndex(PROGRAMME)
    assert window.programme.current is not None and window.programme.current.guid == wiki.guid
    assert window.programme.selected_guid() == wiki.guid
    close_window(window)


def test_the_day_printed_is_the_one_the_list_shows_when_the_list_is_shown(
    qtbot, fosdem_library: CatalogLibrary, home: UserPaths
) -> None:
    window = open_window(qtbot, fosdem_library, home, clock=FixedClock(AT_11_30))
    window.select_forum("fosdem-2021")
    window.programme.set_timetable_shown(True)
    assert window.programme.shown_day() == SATURDAY
    window.timetable_action.trigger()  # View › Programme as timetable, unchecked: the list
    assert not window.programme.timetable_shown and not window.timetable_action.isChecked()
    assert window.programme.pages.currentIndex() == 0 and window.programme.as_list.isChecked()
    days = window.programme.day
    days.setCurrentIndex(days.findData("2021-02-07"))
    assert window.programme.shown_day() == date(2021, 2, 7)
    (_pieces, count), name = window.print_flow.day()
    assert name == "FOSDEM 2021 2021-02-07" and count == 372
    close_window(window)


def test_now_and_next_keeps_the_row_the_user_is_on(
    qtbot, fosdem_library: CatalogLibrary, home: UserPaths
) -> None:
    window = open_window(qtbot, fosdem_library, home, clock=FixedClock(AT_11_30))
    window.select_forum("fosdem-2021")
    window.show_now_and_next()
    dialog = window.now_and_next
    on_now = dialog.tree.topLevelItem(0)
    assert on_now is not None and on_now.childCount() > 6
    sixth = on_now.child(5)
    assert sixth is not None
    dialog.tree.setCurrentItem(sixth)
    title = sixth.text(1)
    dialog.refresh()
    current = dialog.tree.currentItem()
    assert current is not None and current.text(1) == title
    dialog.close()
    close_window(window)


def test_a_session_across_the_spring_change_ends_at_its_real_end(
    qtbot, tmp_path: Path, home: UserPaths
) -> None:
    day = date(2021, 3, 28)  # Brussels: 02:00 became 03:00
    forum = Forum("dst", "Spring", timezone=BRUSSELS, start=day, end=day)
    library = _catalog(
        tmp_path,
        forum,
        (_made(forum, "s", "Through the change", day, datetime(2021, 3, 28, 1, 30), minutes=120),),
    )
    clock = FixedClock(datetime(2021, 3, 28, 1, 50, tzinfo=UTC))  # 03:50 CEST: still on
    window = open_window(qtbot, library, home, clock=clock)
    window.programme.set_timetable_shown(True)
    panel = window.programme.timetable
    grid = panel.view.grid
    assert grid is not None
    assert grid.blocks[0].end == 4 * 60 + 30
    assert clock_text(panel.items[0]) == "01:30–04:30"
    assert panel.jump_to_now() and panel.view.current == 0
    window.programme.set_timetable_shown(False)
    row = window.programme.model.first_item_row()
    assert window.programme.model.index(row, SessionListModel.TIME).data() == "01:30–04:30"
    close_window(window)
    library.close()


def test_sessions_due_at_once_are_told_together(
    qtbot, fosdem_library: CatalogLibrary, home: UserPaths
) -> None:
    from forumguide.ui.reminders import reminders_text

    clock = FixedClock(datetime(2021, 2, 6, 10, 20, tzinfo=UTC))  # 11:20 in Brussels
    window = open_window(qtbot, fosdem_library, home, clock=clock)
    for title in ("Introducing Thola", "From 0 to public website in 20 minutes with XWiki"):
        data_of(window).set_bookmarked(_session(fosdem_library, title), True)
    told: list[list[object]] = []
    window.reminders.remind.connect(told.append)
    clock.set(datetime(2021, 2, 6, 10, 25, tzinfo=UTC))
    window.reminders.check()
    assert len(told) == 1 and len(told[0]) == 2  # one notification for both
    title, body = reminders_text(told[0])  # type: ignore[arg-type]
    assert title == "Soon: 2 of your sessions"
    assert "11:35 Introducing Thola, D.network" in body.splitlines()
    assert len(_bars(window)) == 2  # without desktop notifications: a strip for each
    close_window(window)
