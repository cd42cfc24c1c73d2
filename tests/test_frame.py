"""The window's frame: its size on a small screen, the message bar, the panes, the filters."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen

from forumguide.catalog.library import CatalogLibrary
from forumguide.paths import UserPaths
from forumguide.ui.main_window import MainWindow
from forumguide.ui.tasks import SynchronousTaskRunner
from forumguide.ui.window_size import FRAME_ALLOWANCE
from tests.ui_helpers import close_window, open_window

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
