"""The window's frame: its size on a small screen, the message bar, the panes, the filters."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QScreen
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QFileDialog

from forumguide.catalog.library import CatalogLibrary
from forumguide.catalog.reader import CatalogReader, SessionFilter
from forumguide.paths import UserPaths
from forumguide.services.programmes import import_schedule
from forumguide.ui.export_flow import CalendarOptionsDialog
from forumguide.ui.main_window import MainWindow
from forumguide.ui.models import AgendaModel, SessionListModel
from forumguide.ui.programme_tab import FILTER_WIDEST
from forumguide.ui.settings import CalendarChoices
from forumguide.ui.tasks import SynchronousTaskRunner
from forumguide.ui.window_size import FRAME_ALLOWANCE, first_start_size
from tests.test_export_ui import answer_options_dialog
from tests.test_import_ui import DEMOCON
from tests.test_import_ui import FOSDEM_2021 as FOSDEM
from tests.ui_helpers import close_window, data_of, open_window

# A 1366×768 laptop screen less a 40-pixel task bar; a 1024×600 netbook screen likewise.
LAPTOP = QRect(0, 0, 1366, 728)
NETBOOK = QRect(0, 0, 1024, 560)


@pytest.mark.parametrize("available", [LAPTOP, NETBOOK], ids=["1366x768", "1024x600"])
def test_the_first_start_window_fits_the_screen_with_its_frame(
    qtbot,
    library: CatalogLibrary,
    home: UserPaths,
    monkeypatch: pytest.MonkeyPatch,
    available: QRect,
) -> None:
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(available))
    window = MainWindow(library, home, tasks=SynchronousTaskRunner())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    framed = window.size().grownBy(FRAME_ALLOWANCE)
    assert framed.width() <= available.width()
    assert framed.height() <= available.height()
    # Not a window squeezed small on a screen with room for it.
    assert window.width() >= min(1200, available.width() - 16)
    # Nothing inside asks for more room than the window has.
    hint = window.minimumSizeHint()
    assert hint.width() <= window.width()
    assert hint.height() <= window.height()
    window.close()


def test_the_screenshot_size_option_reads_width_by_height() -> None:
    import argparse

    from forumguide.cli import window_size

    assert window_size("1366x768") == (1366, 768)
    assert window_size("1024×600") == (1024, 600)
    with pytest.raises(argparse.ArgumentTypeError):
        window_size("large")


def test_messages_replace_each_other_and_close_themselves(
    qtbot, library: CatalogLibrary, home: UserPaths
) -> None:
    window = open_window(qtbot, library, home)
    banner = window.banner
    banner.shown_ms = 50
    window.show_banner("Saved 2 sessions to a.ics.")
    window.show_banner("Saved 3 sessions to b.ics.")
    assert banner.message() == "Saved 3 sessions to b.ics."
    qtbot.waitUntil(lambda: not banner.isVisible())
    close_window(window)


def test_a_problem_stays_while_passing_messages_come_and_go(
    qtbot, library: CatalogLibrary, home: UserPaths
) -> None:
    window = open_window(qtbot, library, home)
    banner = window.banner
    banner.shown_ms = 50
    window.show_problem("Your bookmarks and notes could not be opened.")
    window.show_banner("Saved 2 sessions to a.ics.")
    assert banner.message().splitlines() == [
        "Your bookmarks and notes could not be opened.",
        "Saved 2 sessions to a.ics.",
    ]
    qtbot.waitUntil(lambda: "a.ics" not in banner.message())
    assert banner.message() == "Your bookmarks and notes could not be opened."
    banner.close_button.click()
    assert not banner.isVisible()
    close_window(window)


def test_the_import_dialog_opens_in_the_folder_of_the_last_import(
    qtbot, library: CatalogLibrary, home: UserPaths, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "schedules"
    folder.mkdir()
    schedule = folder / "democon.json"
    schedule.write_bytes(DEMOCON.read_bytes())
    asked_in: list[str] = []

    def answer(_parent, _title, directory, _filters):
        asked_in.append(directory)
        return str(schedule), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(answer))
    window = open_window(qtbot, library, home)
    assert window.import_flow.choose_file() == schedule
    # Not the working directory the app happened to start in.
    assert asked_in[0] and Path(asked_in[0]).is_dir()
    close_window(window)

    again = open_window(qtbot, library, home)
    again.import_flow.choose_file()
    assert Path(asked_in[1]) == folder
    close_window(again)


def test_the_calendar_dialog_offers_the_choices_made_last_time(
    qtbot, library: CatalogLibrary, home: UserPaths, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, library, home)
    window.select_forum("doha-2025")
    data = data_of(window)
    reader = library.reader_for("doha-2025")
    assert reader is not None
    for session in reader.sessions(SessionFilter("doha-2025")):
        data.set_bookmarked(session, True)
    target = tmp_path / "agenda.ics"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_args: (str(target), ""))
    )
    seen: list[tuple[bool, bool, int, bool]] = []

    def shown(dialog: CalendarOptionsDialog) -> None:
        seen.append(
            (
                dialog.forum_button.isChecked(),
                dialog.remind.isChecked(),
                dialog.minutes.value(),
                dialog.include_notes.isChecked(),
            )
        )

    def configure(dialog: CalendarOptionsDialog) -> None:
        shown(dialog)
        dialog.forum_button.setChecked(True)
        dialog.remind.setChecked(True)
        dialog.minutes.setValue(30)
        dialog.include_notes.setChecked(True)

    answer_options_dialog(qtbot, configure)
    window.export_flow.export_calendar()
    qtbot.waitUntil(target.exists)
    close_window(window)

    again = open_window(qtbot, library, home)
    again.select_forum("doha-2025")
    answer_options_dialog(qtbot, shown)
    again.export_flow.export_calendar()
    assert seen == [(False, False, 15, False), (True, True, 30, True)]
    assert again.settings.calendar_choices == CalendarChoices("forum", True, 30, True)
    close_window(again)


@pytest.fixture
def camp(home: UserPaths, bundled_path: Path) -> Iterator[CatalogLibrary]:
    """The library with Camp 2019 imported: many tracks and rooms with long names."""
    from forumguide.app import open_library
    from tests.test_programmes_dialog import CAMP, _import

    _import(home, bundled_path, CAMP)
    library, problems = open_library(home, bundled_path)
    assert not problems
    yield library
    library.close()


@pytest.fixture
def fosdem(home: UserPaths, bundled_path: Path) -> Iterator[CatalogLibrary]:
    """The library with FOSDEM 2021 imported: over a hundred rooms and tracks."""
    from forumguide.app import open_library

    library = CatalogLibrary([CatalogReader(bundled_path)])
    try:
        import_schedule(FOSDEM, library, home.catalogs_dir, default_timezone="Europe/Brussels")
    finally:
        library.close()
    opened, problems = open_library(home, bundled_path)
    assert not problems
    yield opened
    opened.close()


def _camp_slug(library: CatalogLibrary) -> str:
    return next(f.slug for f in library.forums() if "camp" in f.slug)


@pytest.mark.parametrize("available", [LAPTOP, NETBOOK], ids=["1366x768", "1024x600"])
def test_filter_boxes_are_as_wide_as_their_texts(
    qtbot, fosdem: CatalogLibrary, home: UserPaths, available: QRect
) -> None:
    window = open_window(qtbot, fosdem, home)
    window.resize(first_start_size(available))
    window.select_forum("fosdem-2021")
    tab = window.programme
    boxes = (tab.day, tab.track, tab.room, tab.format)

    def problems() -> list[str]:
        """What is clipped: a box narrower than its text, or reaching out of the pane."""
        found = []
        for box in boxes:
            shown = box.fontMetrics().horizontalAdvance(box.currentText())
            right = box.mapTo(tab.list_pane, box.rect().topRight()).x()
            if not box.isVisible() or not box.property("caption").isVisible():
                found.append(f"{box.accessibleName()} hidden")
            elif box.width() < min(box.sizeHint().width(), FILTER_WIDEST) or box.width() <= shown:
                found.append(f"{box.accessibleName()} {box.width()} px for {shown} px of text")
            elif right > tab.list_pane.width():
                found.append(
                    f"{box.accessibleName()} reaches {right} px of {tab.list_pane.width()}"
                )
        return found

    # The rows settle once the boxes' new entries have been laid out.
    with suppress(qtbot.TimeoutError):
        qtbot.waitUntil(lambda: not problems())
    assert problems() == []
    close_window(window)


def test_the_details_get_at_least_half_the_pane_and_the_divider_is_remembered(
    qtbot, library: CatalogLibrary, home: UserPaths
) -> None:
    window = open_window(qtbot, library, home)
    window.resize(first_start_size(NETBOOK))
    window.select_forum("attf-2025")
    tab = window.programme
    first = tab.model.summary(tab.model.first_item_row())
    assert first is not None
    tab.select_session(first.guid)
    qtbot.waitUntil(lambda: tab.current is not None)
    pane = tab.splitter.widget(1)
    assert pane is not None
    assert tab.details.height() >= pane.height() / 2
    splitter = tab.detail_splitter
    splitter.setSizes([200, splitter.height() - 200])
    moved = splitter.sizes()
    close_window(window)

    again = open_window(qtbot, library, home)
    assert again.programme.detail_splitter.sizes() == moved
    close_window(again)


def test_the_time_zone_switch_shows_its_state_and_the_list_says_the_zone(
    qtbot, camp: CatalogLibrary, home: UserPaths
) -> None:
    window = open_window(qtbot, camp, home)
    window.select_forum(_camp_slug(camp))
    switches = [
        box for box in window.findChildren(QCheckBox) if "time zone" in box.accessibleName()
    ]
    assert len(switches) == 1
    switch = switches[0]
    model = window.programme.model
    heading = model.headerData(SessionListModel.TIME, Qt.Orientation.Horizontal)
    assert not switch.isChecked()
    assert heading == "Time (CEST)"  # Berlin in August
    QTest.keyClick(switch, Qt.Key.Key_Space)
    assert switch.isChecked() and window.local_time_action.isChecked()
    assert model.headerData(SessionListModel.TIME, Qt.Orientation.Horizontal) == (
        "Time (your time)"
    )
    agenda = window.agenda.model
    assert agenda.headerData(AgendaModel.TIME, Qt.Orientation.Horizontal) == "Time (your time)"
    window.local_time_action.setChecked(False)
    assert not switch.isChecked()
    assert agenda.headerData(AgendaModel.TIME, Qt.Orientation.Horizontal) == ("Time (forum time)")
    close_window(window)


@pytest.mark.parametrize("available", [LAPTOP, NETBOOK], ids=["1366x768", "1024x600"])
def test_the_time_heading_shows_its_zone_whole(
    qtbot, library: CatalogLibrary, home: UserPaths, available: QRect
) -> None:
    window = open_window(qtbot, library, home)
    window.resize(first_start_size(available))
    window.tabs.setCurrentWidget(window.programme)
    view = window.programme.view
    header = view.horizontalHeader()
    for slug in [forum.slug for forum in library.forums()]:
        window.select_forum(slug)
        qtbot.waitUntil(lambda: view.viewport().width() > 0)
        heading = window.programme.model.headerData(
            SessionListModel.TIME, Qt.Orientation.Horizontal
        )
        needed = header.sectionSizeFromContents(SessionListModel.TIME).width()
        assert header.sectionSize(SessionListModel.TIME) >= needed, (slug, heading)
    close_window(window)
