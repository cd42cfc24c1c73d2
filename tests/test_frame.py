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
