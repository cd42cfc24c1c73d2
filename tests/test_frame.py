"""The window's frame: its size on a small screen, the message bar, the panes, the filters."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QFileDialog

from forumguide.catalog.library import CatalogLibrary
from forumguide.catalog.reader import SessionFilter
from forumguide.paths import UserPaths
from forumguide.ui.export_flow import CalendarOptionsDialog
from forumguide.ui.main_window import MainWindow
from forumguide.ui.settings import CalendarChoices
from forumguide.ui.tasks import SynchronousTaskRunner
from forumguide.ui.window_size import FRAME_ALLOWANCE
from tests.test_export_ui import answer_options_dialog
from tests.test_import_ui import DEMOCON
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
