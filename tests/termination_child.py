"""A real ForumGuide window, wired as ``forumguide`` wires it, that types a note and waits.

Run by tests/test_never_lose_a_note.py, which sends it a termination signal right after the
typing: ``python tests/termination_child.py HOME TEXT``. It prints ``typed`` once the text is in
the note editor (not saved yet: the autosave waits a second), then runs the event loop.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest

from forumguide.app import create_application, create_main_window
from forumguide.paths import user_paths
from forumguide.ui.signals import close_on_termination


def main() -> int:
    home, text = Path(sys.argv[1]), sys.argv[2]
    paths = user_paths(home)
    paths.ensure()
    app = create_application([sys.argv[0]])
    window = create_main_window(paths)
    close_on_termination(window)
    window.show()

    def type_when_ready() -> None:
        if window.data is None:
            QTimer.singleShot(20, type_when_ready)
            return
        window.select_forum("attf-2025")
        model = window.programme.model
        window.programme.view.setCurrentIndex(model.index(model.first_item_row(), 0))
        editor = window.programme.notes.editor
        editor.setFocus()
        QTest.keyClicks(editor, text)
        print(
            "typed", window.programme.current.guid if window.programme.current else "", flush=True
        )

    type_when_ready()
    try:
        return app.exec()
    finally:
        window.tasks.wait()
        app.processEvents()
        if window.data is not None:
            window.data.store.close()


if __name__ == "__main__":
    sys.exit(main())
