"""The real start-up path: the window paints first, then the rest of the start arrives."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from forumguide.app import FINISH_START_AT_THE_LATEST_MS, run_gui
from forumguide.paths import UserPaths
from forumguide.ui.main_window import MainWindow


def test_run_gui_paints_then_opens_store_icon_and_log(qapp: QApplication, home: UserPaths) -> None:
    seen: dict[str, bool] = {}

    def inspect_and_close() -> None:
        (window,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        seen["painted"] = window.programme.view.painted
        seen["store"] = window.data is not None
        seen["icon"] = not QApplication.windowIcon().isNull()
        seen["log"] = (home.log_dir / "forumguide.log").exists()
        window.close()

    # After the latest moment the deferred start-up steps may run.
    QTimer.singleShot(FINISH_START_AT_THE_LATEST_MS + 500, inspect_and_close)
    assert run_gui(["forumguide"], home=home.data_dir.parent) == 0
    assert seen == {"painted": True, "store": True, "icon": True, "log": True}
