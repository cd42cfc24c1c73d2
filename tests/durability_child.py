"""Child processes for the kill tests: they write notes until they are killed with SIGKILL.

``python tests/durability_child.py writer STORE BACKUPS``
    A writer server. SQLAlchemy is imported once; for every ``run LOG GENERATIONS`` line on
    stdin it forks a writer that opens the real :class:`PersonalStore` and saves notes in a loop,
    recording each save in LOG before (``B key generation``) and after (``C key generation``)
    it commits, and prints the writer's pid. ``reap PID`` waits for a killed writer.
    Forking from a warm process keeps fifty kills well under a minute.

``python tests/durability_child.py window HOME TEXT``
    Runs the real app (``run_gui``) offscreen on HOME, types TEXT into the Programme tab's note
    editor on the first session, and prints ``typed GUID`` two seconds later; it then waits to be
    killed.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

KEYS = tuple(f"session-{number}" for number in range(8))
ROOT = Path(__file__).resolve().parents[1]


def note_text(key: str, generation: int) -> str:
    """The text a note holds at a generation; every ninth generation empties (deletes) it."""
    if generation % 9 == 0:
        return ""
    words = (generation * 37) % 300
    return f"{key} generation {generation}: " + "Қазақстан word " * words


def _write_notes(
    store_path: Path, backups: Path, log_path: Path, generations: dict[str, int]
) -> None:
    from forumguide.domain.model import NoteTarget, SessionSnapshot
    from forumguide.personal.store import PersonalStore

    log = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    os.write(log, b"starting\n")
    store = PersonalStore(store_path, backups_dir=backups)
    os.write(log, b"open\n")
    snapshot = SessionSnapshot(title="A session", forum_name="Kill test forum")
    turn = 0
    while True:
        key = KEYS[turn % len(KEYS)]
        generation = generations[key] + 1
        # os.write reaches the kernel at once, so a line written survives the SIGKILL.
        os.write(log, f"B {key} {generation}\n".encode())
        store.save_note(NoteTarget.SESSION, key, note_text(key, generation), snapshot)
        os.write(log, f"C {key} {generation}\n".encode())
        generations[key] = generation
        turn += 1


def writer_server(store_path: Path, backups: Path) -> None:
    # Imported once, before forking (the SQLite dialect is otherwise loaded on first use).
    import sqlalchemy.dialects.sqlite  # noqa: F401

    import forumguide.personal.store  # noqa: F401

    for line in sys.stdin:
        command, _, rest = line.strip().partition(" ")
        if command == "run":
            log_name, _, generations = rest.partition(" ")
            pid = os.fork()
            if pid == 0:
                code = 0
                try:
                    _write_notes(store_path, backups, Path(log_name), json.loads(generations))
                except BaseException as error:  # reported to the test through the log
                    with Path(log_name).open("a", encoding="utf-8") as log:
                        log.write(f"E {type(error).__name__}: {error}\n")
                    code = 1
                os._exit(code)
            print(pid, flush=True)
        elif command == "reap":
            _pid, status = os.waitpid(int(rest), 0)
            print(status, flush=True)
        elif command == "quit":
            return


def window(home: Path, text: str) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from forumguide.app import create_application, run_gui
    from forumguide.catalog.reader import SessionFilter
    from forumguide.ui.main_window import MainWindow

    app = create_application([sys.argv[0]])

    def type_note() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if not windows or windows[0].data is None:
            QTimer.singleShot(50, type_note)  # the store is attached after the first paint
            return
        main = windows[0]
        reader = main.library.reader_for(main.current_forum())
        assert reader is not None
        guid = reader.sessions(SessionFilter(main.current_forum()))[0].guid
        main.open_session(guid)
        editor = main.programme.notes.editor
        editor.setFocus()
        QTest.keyClicks(editor, text)
        QTimer.singleShot(2000, lambda: print(f"typed {guid}", flush=True))

    QTimer.singleShot(0, type_note)
    code = run_gui([sys.argv[0]], home=home)
    del app
    return code


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "writer":
        writer_server(Path(sys.argv[2]), Path(sys.argv[3]))
    elif mode == "window":
        sys.exit(window(Path(sys.argv[2]), sys.argv[3]))
