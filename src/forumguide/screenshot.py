"""``forumguide screenshot DIR``: renders each tab offscreen to a PNG, with sample user data.

The bookmark and note are made in a temporary home, never in the user's own store.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from forumguide.app import create_application, open_library, open_personal_store
from forumguide.catalog.reader import SessionFilter
from forumguide.domain.model import NoteTarget
from forumguide.paths import user_paths
from forumguide.services.personal import snapshot_of
from forumguide.ui.main_window import AGENDA, NOTES, PROGRAMME, SPEAKERS, MainWindow
from forumguide.ui.personal_data import PersonalData

SIZE = (1280, 800)
SAMPLE_NOTE = (
    "Middle powers as bridge-builders: ask about the C5+1 format.\n"
    "Follow up on the InsightsCentral.Asia platform."
)


def write_screenshots(directory: Path, forum_slug: str = "attf-2025") -> int:
    """Write ``programme.png``, ``speakers.png``, ``agenda.png`` and ``notes.png``."""
    directory.mkdir(parents=True, exist_ok=True)
    app = create_application([sys.argv[0]])
    with tempfile.TemporaryDirectory(prefix="forumguide-shot-") as home:
        paths = user_paths(Path(home))
        paths.ensure()
        library, problems = open_library(paths)
        if problems or not library.forums():
            print("\n".join(problems) or "No programme to show.", file=sys.stderr)
            return 1
        window = MainWindow(library, paths)
        window.resize(*SIZE)
        data = PersonalData(open_personal_store(paths), library, window)
        window.attach(data)
        if library.forum(forum_slug) is not None:
            window.select_forum(forum_slug)
        reader = library.reader_for(window.current_forum())
        sessions = reader.sessions(SessionFilter(window.current_forum())) if reader else []
        if sessions:
            first = sessions[0]
            data.set_bookmarked(first, True)
            snapshot = snapshot_of(first, library)
            data.save_note(NoteTarget.SESSION, first.guid, SAMPLE_NOTE, snapshot, first.forum_slug)
            window.open_session(first.guid, first.forum_slug)
        window.show()
        shots = {
            PROGRAMME: "programme.png",
            SPEAKERS: "speakers.png",
            AGENDA: "agenda.png",
            NOTES: "notes.png",
        }
        for tab, name in shots.items():
            window.tabs.setCurrentIndex(tab)
            if tab == NOTES and window.notes.model.rowCount():
                window.notes.view.setCurrentIndex(window.notes.model.index(0, 0))
            app.processEvents()
            target = directory / name
            if not window.grab().save(str(target)):
                print(f"Could not write {target}", file=sys.stderr)
                return 1
            print(target)
        window.close()
        data.store.close()
        library.close()
    return 0
