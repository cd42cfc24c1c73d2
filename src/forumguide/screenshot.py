"""``forumguide screenshot DIR``: renders each view offscreen to a PNG, with sample user data.

The programmes are the user's own (the bundled one and every imported one); the bookmarks and
the note are made in a temporary home, never in the user's own store. With ``--now`` the app's
clock stands at that moment: the timetable and "now and next" show it, and the sample bookmarks
are sessions on at that moment and just after.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from forumguide.app import create_application, open_library, open_personal_store
from forumguide.catalog.library import CatalogLibrary
from forumguide.catalog.reader import SessionFilter
from forumguide.domain.clock import Clock, FixedClock, SystemClock, parse_moment
from forumguide.domain.model import NoteTarget, Session
from forumguide.domain.now import now_and_next
from forumguide.paths import user_paths
from forumguide.services.personal import snapshot_of
from forumguide.ui.main_window import AGENDA, NOTES, PROGRAMME, SPEAKERS, MainWindow
from forumguide.ui.notes_tab import NOTES_PAGE
from forumguide.ui.personal_data import PersonalData

SIZE = (1280, 800)
SAMPLE_NOTE = (
    "Middle powers as bridge-builders: ask about the C5+1 format.\n"
    "[ ] Follow up on the InsightsCentral.Asia platform."
)
SAMPLE_NOTE_ELSEWHERE = "Ask the speaker for the slides."


def _samples(library: CatalogLibrary, forum_slug: str, clock: Clock | None) -> list[Session]:
    """The sessions to bookmark: on at the moment shown and next, or else the first one."""
    reader = library.reader_for(forum_slug)
    if reader is None:
        return []
    sessions = reader.sessions(SessionFilter(forum_slug))
    if clock is not None:
        found = now_and_next(sessions, clock.now())
        latest = sorted(found.running, key=lambda h: h.starts)[-1:]
        picked = [h.session for h in latest] + [h.session for h in found.upcoming[:1]]
        if picked:
            return picked
    return sessions[:1]


def write_screenshots(
    directory: Path,
    forum_slug: str = "attf-2025",
    now: str | None = None,
    size: tuple[int, int] = SIZE,
) -> int:
    """Write ``programme.png``, ``timetable.png``, ``speakers.png``, ``agenda.png``,
    ``notes.png``, ``followups.png`` and ``now.png``."""
    try:
        clock: Clock | None = FixedClock(parse_moment(now)) if now else None
    except ValueError as error:
        print(f"forumguide screenshot: --now: {error}", file=sys.stderr)
        return 2
    directory.mkdir(parents=True, exist_ok=True)
    app = create_application([sys.argv[0]])
    library, problems = open_library(user_paths())
    if problems or not library.forums():
        print("\n".join(problems) or "No programme to show.", file=sys.stderr)
        return 1
    if library.forum(forum_slug) is None:
        known = ", ".join(forum.slug for forum in library.forums())
        print(f"forumguide screenshot: no forum {forum_slug!r} (known: {known})", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="forumguide-shot-") as home:
        paths = user_paths(Path(home))
        paths.ensure()
        window = MainWindow(library, paths, clock=clock or SystemClock())
        window.reminders.set_lead_minutes(0)  # no reminder strip across the pictures
        window.resize(*size)
        data = PersonalData(open_personal_store(paths), library, window)
        window.attach(data)
        window.select_forum(forum_slug)
        samples = _samples(library, forum_slug, clock)
        for number, session in enumerate(samples):
            data.set_bookmarked(session, True)
            text = SAMPLE_NOTE if forum_slug == "attf-2025" else SAMPLE_NOTE_ELSEWHERE
            if number == 0:
                snapshot = snapshot_of(session, library)
                data.save_note(NoteTarget.SESSION, session.guid, text, snapshot, forum_slug)
        if samples:
            window.open_session(samples[0].guid, samples[0].forum_slug)
        window.show()
        app.processEvents()
        if (window.width(), window.height()) != size:
            # The window cannot be made smaller than its content allows: say so, since the
            # pictures then do not show the size asked for.
            print(
                f"forumguide screenshot: the window is {window.width()}x{window.height()}, "
                f"not {size[0]}x{size[1]}: its content needs more room",
                file=sys.stderr,
            )
        shots = [
            (PROGRAMME, "programme.png"),
            (PROGRAMME, "timetable.png"),
            (SPEAKERS, "speakers.png"),
            (AGENDA, "agenda.png"),
            (NOTES, "notes.png"),
        ]
        for tab, name in shots:
            window.tabs.setCurrentIndex(tab)
            window.programme.set_timetable_shown(name == "timetable.png")
            if name == "timetable.png":
                if clock is not None:
                    window.programme.timetable.jump_to_now()
                if samples:
                    window.programme.select_session(samples[0].guid)
            if tab == NOTES and window.notes.model.rowCount():
                window.notes.view.setCurrentIndex(window.notes.model.index(0, 0))
            # Twice: widgets shown for the first time are laid out once more after their first
            # resize, and the picture shows the window as it then stays.
            app.processEvents()
            app.processEvents()
            if not _save(window.grab(), directory / name):
                return 1
        window.show_follow_ups()
        app.processEvents()
        if not _save(window.grab(), directory / "followups.png"):
            return 1
        window.notes.show_page(NOTES_PAGE)
        window.tabs.setCurrentIndex(PROGRAMME)
        window.programme.set_timetable_shown(False)
        window.show_now_and_next()
        app.processEvents()
        if not _save(window.now_and_next.grab(), directory / "now.png"):
            return 1
        window.now_and_next.close()
        window.close()
        data.store.close()
    library.close()
    return 0


def _save(image: object, target: Path) -> bool:
    from PySide6.QtGui import QPixmap  # noqa: PLC0415

    assert isinstance(image, QPixmap)
    if not image.save(str(target)):
        print(f"Could not write {target}", file=sys.stderr)
        return False
    print(target)
    return True
