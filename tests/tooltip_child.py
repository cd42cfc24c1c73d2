"""Hovers over a session whose imported title is an enormous image, and prints the memory used.

Run by tests/test_never_lose_a_note.py: ``python tests/tooltip_child.py CATALOG``. Prints
``rss KB`` (the largest resident size of the program) once the tooltip has been shown.
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from forumguide.catalog.library import CatalogLibrary
from forumguide.catalog.reader import CatalogReader
from forumguide.paths import user_paths
from forumguide.ui.main_window import MainWindow
from forumguide.ui.models import SessionListModel


def peak_kilobytes() -> int:
    """This process's largest resident size since it started this program.

    ``getrusage`` would count the memory of the process it was forked from as well.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main() -> int:
    app = QApplication([sys.argv[0]])
    library = CatalogLibrary([CatalogReader(Path(sys.argv[1]))])
    with tempfile.TemporaryDirectory() as home:
        paths = user_paths(Path(home))
        paths.ensure()
        window = MainWindow(library, paths)
        window.resize(1200, 700)
        window.show()
        app.processEvents()
        view = window.programme.view
        model = window.programme.model
        index = model.index(model.first_item_row(), SessionListModel.TITLE)
        where = view.visualRect(index).center()
        event = QHelpEvent(QEvent.Type.ToolTip, where, view.viewport().mapToGlobal(where))
        QApplication.sendEvent(view.viewport(), event)
        for _ in range(20):
            app.processEvents()
        shown = QToolTip.isVisible()
        print("tooltip", shown, QToolTip.text()[:80], flush=True)
        print("rss", peak_kilobytes(), flush=True)
        window.close()

    library.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
