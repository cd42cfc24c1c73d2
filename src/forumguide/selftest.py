"""``forumguide --self-test``: proves that this installation works, from source or frozen.

Every check runs in a temporary home, so the delegate's own bookmarks and notes are never
touched, and offscreen unless a Qt platform was chosen, so no display is needed. Each check
prints one line; the first failure stops the run and is the reason given for exit status 1.
"""

from __future__ import annotations

import importlib
import os
import platform
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO
from zoneinfo import ZoneInfo

from forumguide import __version__
from forumguide.paths import HOME_VARIABLE, UserPaths, is_frozen, resources_dir, user_paths

if TYPE_CHECKING:
    from forumguide.catalog.library import CatalogLibrary
    from forumguide.domain.model import Session
    from forumguide.personal.store import PersonalStore
    from forumguide.ui.main_window import MainWindow

ASTANA = "Asia/Almaty"
# Astana moved from UTC+6 to UTC+5 on 2024-03-01: one wall time on each side of the change.
ZONE_CASES = (
    (datetime(2023, 6, 15, 10, 0), datetime(2023, 6, 15, 4, 0, tzinfo=UTC)),
    (datetime(2025, 10, 15, 10, 0), datetime(2025, 10, 15, 5, 0, tzinfo=UTC)),
)
NOTE_TEXT = "Self-test note: вопрос о платформе InsightsCentral.Asia — Қазақстан."
WINDOW_SIZE = (1200, 760)
# A rendered tab shows text, frames and a background; a blank or failed render has one or two
# colours at most.
MIN_COLOURS = 3
REQUIRED_PLATFORMS = {
    "linux": ("offscreen", "xcb", "wayland"),
    "win32": ("offscreen", "windows"),
    "darwin": ("offscreen", "cocoa"),
}


class CheckFailedError(Exception):
    """A check found a problem; the message says what."""


@dataclass
class _Run:
    """What the checks share: the temporary home and what earlier checks opened."""

    paths: UserPaths
    bundled: Path | None
    library: CatalogLibrary | None = None
    store: PersonalStore | None = None
    session: Session | None = None
    window: MainWindow | None = None
    opened: list[Callable[[], None]] = field(default_factory=list)

    def close(self) -> None:
        for close in reversed(self.opened):
            close()
        self.opened.clear()


def _check_time_zones(_run: _Run) -> str:
    from forumguide.domain.timezones import to_utc  # noqa: PLC0415

    tzdata: Any = importlib.import_module("tzdata")
    almaty = resources.files("tzdata").joinpath("zoneinfo", *ASTANA.split("/"))
    if not almaty.is_file():
        raise CheckFailedError(f"the tzdata package has no {ASTANA}")
    with almaty.open("rb") as data:
        packaged = ZoneInfo.from_file(data, key=ASTANA)
    shown = []
    for wall, expected in ZONE_CASES:
        converted = to_utc(wall, ASTANA)
        from_package = wall.replace(tzinfo=packaged).astimezone(UTC)
        if converted != expected or from_package != expected:
            raise CheckFailedError(
                f"{wall:%Y-%m-%d %H:%M} in {ASTANA} gave {converted:%H:%M} UTC "
                f"(tzdata package: {from_package:%H:%M}), expected {expected:%H:%M} UTC"
            )
        shown.append(f"{wall:%Y-%m-%d %H:%M} -> {converted:%H:%M} UTC")
    return f"{ASTANA} {'; '.join(shown)} (tzdata {tzdata.IANA_VERSION})"


def _check_https(_run: _Run) -> str:
    import ssl  # noqa: PLC0415

    from forumguide.services.web import tls_context  # noqa: PLC0415

    authorities = tls_context().cert_store_stats()["x509_ca"]
    if authorities == 0:
        raise CheckFailedError("no trusted certificate authorities: HTTPS cannot be verified")
    return f"{ssl.OPENSSL_VERSION}, {authorities} trusted authorities"


def _check_catalog(run: _Run) -> str:
    from forumguide.app import open_library  # noqa: PLC0415
    from forumguide.catalog.reader import SessionFilter  # noqa: PLC0415
    from forumguide.paths import bundled_catalog  # noqa: PLC0415

    path = run.bundled or bundled_catalog()
    library, problems = open_library(run.paths, path)
    run.library = library
    run.opened.append(library.close)
    if problems:
        raise CheckFailedError("; ".join(problems))
    forums = library.forums()
    if not forums:
        raise CheckFailedError(f"{path} holds no forum")
    count = most = 0
    for forum in forums:
        reader = library.reader_for(forum.slug)
        sessions = reader.sessions(SessionFilter(forum.slug)) if reader else []
        count += len(sessions)
        # The window is checked on the forum with the most sessions.
        if len(sessions) > most:
            run.session, most = sessions[0], len(sessions)
    if run.session is None:
        raise CheckFailedError(f"{path} holds no session")
    return f"{len(forums)} forums, {count} sessions in {path}"


def _check_personal_store(run: _Run) -> str:
    from forumguide.app import open_personal_store  # noqa: PLC0415

    store = open_personal_store(run.paths)
    run.store = store
    run.opened.append(store.close)
    if store.read_only:
        raise CheckFailedError(store.read_only_reason)
    if not store.path.is_file():
        raise CheckFailedError(f"{store.path} was not created")
    return f"created {store.path}"


def _check_note(run: _Run) -> str:
    from forumguide.domain.model import NoteTarget  # noqa: PLC0415
    from forumguide.personal.store import PersonalStore  # noqa: PLC0415
    from forumguide.services.personal import snapshot_of  # noqa: PLC0415

    assert run.store is not None and run.session is not None and run.library is not None
    guid = run.session.guid
    snapshot = snapshot_of(run.session, run.library)
    run.store.add_bookmark(guid, run.session.forum_slug, snapshot)
    forum = run.session.forum_slug
    run.store.save_note(NoteTarget.SESSION, guid, NOTE_TEXT, snapshot, forum)
    # Read both back through a second connection, as the next start of the app would.
    again = PersonalStore(run.store.path)
    try:
        note = again.note(NoteTarget.SESSION, guid, forum)
        bookmarked = again.is_bookmarked(guid, forum)
    finally:
        again.close()
    if note is None or note.text != NOTE_TEXT:
        raise CheckFailedError(f"the note on {guid} read back as {note.text if note else None!r}")
    if not bookmarked:
        raise CheckFailedError(f"the bookmark on {guid} was not read back")
    return f"saved and read back a bookmark and a note on session {guid}"


def _check_qt(_run: _Run) -> str:
    from PySide6.QtCore import QCoreApplication  # noqa: PLC0415
    from PySide6.QtGui import QFontDatabase, QGuiApplication  # noqa: PLC0415

    from forumguide.app import application_icon, create_application  # noqa: PLC0415

    create_application([sys.argv[0] if sys.argv else "forumguide"])
    found: set[str] = set()
    for folder in QCoreApplication.libraryPaths():
        platforms = Path(folder) / "platforms"
        if platforms.is_dir():
            found.update(_plugin_name(item) for item in platforms.iterdir())
    required = REQUIRED_PLATFORMS.get(sys.platform, ("offscreen",))
    missing = [name for name in required if name not in found]
    if missing:
        raise CheckFailedError(f"platform plugins missing: {', '.join(missing)}")
    if not QFontDatabase.families():
        raise CheckFailedError("Qt found no fonts")
    if application_icon().pixmap(64, 64).isNull():
        raise CheckFailedError("the application icon (SVG) could not be rendered")
    return (
        f"platform {QGuiApplication.platformName()}, plugins {', '.join(sorted(found))}, "
        f"{len(QFontDatabase.families())} font families, icon rendered"
    )


def _plugin_name(path: Path) -> str:
    """``libqxcb.so`` -> ``xcb``, ``qwindows.dll`` -> ``windows``."""
    name = path.name.split(".")[0]
    name = name.removeprefix("lib")
    return name.removeprefix("q")


def _check_translations(_run: _Run) -> str:
    from PySide6.QtCore import QTranslator  # noqa: PLC0415

    folder = resources_dir() / "translations"
    files = sorted(folder.glob("*.qm")) if folder.is_dir() else []
    for path in files:
        if not QTranslator().load(str(path)):
            raise CheckFailedError(f"{path} could not be loaded")
    return ", ".join(path.stem for path in files) if files else "none shipped"


def _check_window(run: _Run) -> str:
    from PySide6.QtCore import QCoreApplication  # noqa: PLC0415

    from forumguide.ui.main_window import MainWindow  # noqa: PLC0415
    from forumguide.ui.personal_data import PersonalData  # noqa: PLC0415

    assert run.library is not None and run.store is not None and run.session is not None
    window = MainWindow(run.library, run.paths)
    run.window = window
    run.opened.append(lambda: _close_window(window))
    window.attach(PersonalData(run.store, run.library, window))
    window.select_forum(run.session.forum_slug)
    window.resize(*WINDOW_SIZE)
    window.show()
    reader = run.library.reader_for(run.session.forum_slug)
    speakers = len(reader.speakers(forum_slug=run.session.forum_slug)) if reader else 0
    # The models of the tabs that list something, and how many rows the catalog and the store
    # hold for them. Tabs fill when first shown, so the models are read after rendering.
    listings = {
        window.tabs.indexOf(window.programme): (window.programme.model, 1),
        window.tabs.indexOf(window.speakers): (window.speakers.model, speakers),
        window.tabs.indexOf(window.agenda): (window.agenda.model, 1),
        window.tabs.indexOf(window.notes): (window.notes.model, 1),
    }
    rendered = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QCoreApplication.processEvents()
        name = window.tabs.tabText(index).replace("&", "")
        image = window.grab().toImage()
        if image.isNull() or image.width() == 0:
            raise CheckFailedError(f"the {name} tab could not be rendered")
        colours = _colour_count(image)
        if colours < MIN_COLOURS:
            raise CheckFailedError(f"the {name} tab rendered blank ({colours} colours)")
        model, held = listings.get(index, (None, 0))
        if model is not None and model.rowCount() == 0 and held > 0:
            raise CheckFailedError(f"the {name} tab lists nothing")
        rendered.append(f"{name} {image.width()}x{image.height()}")
    return "rendered " + ", ".join(rendered)


def _colour_count(image: Any) -> int:
    """Distinct colours on a coarse grid over the image."""
    step_x, step_y = max(image.width() // 60, 1), max(image.height() // 40, 1)
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), step_x)
            for y in range(0, image.height(), step_y)
        }
    )


def _close_window(window: MainWindow) -> None:
    from PySide6.QtCore import QCoreApplication  # noqa: PLC0415

    window.close()
    window.deleteLater()
    QCoreApplication.processEvents()


CHECKS: tuple[tuple[str, Callable[[_Run], str]], ...] = (
    ("time zones", _check_time_zones),
    ("HTTPS", _check_https),
    ("bundled catalog", _check_catalog),
    ("personal store", _check_personal_store),
    ("bookmark and note", _check_note),
    ("Qt", _check_qt),
    ("translations", _check_translations),
    ("main window", _check_window),
)


@contextmanager
def _temporary_home() -> Iterator[Path]:
    previous = os.environ.get(HOME_VARIABLE)
    # ignore_cleanup_errors: Windows may still hold a just-closed SQLite file for a moment.
    with tempfile.TemporaryDirectory(
        prefix="forumguide-selftest-", ignore_cleanup_errors=True
    ) as home:
        os.environ[HOME_VARIABLE] = home
        try:
            yield Path(home)
        finally:
            if previous is None:
                os.environ.pop(HOME_VARIABLE, None)
            else:
                os.environ[HOME_VARIABLE] = previous


def _use_parent_console() -> None:
    """A windowed Windows build has no stdout: write to the console that started it, if any."""
    if sys.platform != "win32" or sys.stdout is not None:
        return
    import ctypes  # noqa: PLC0415

    attach_parent_process = -1
    if ctypes.windll.kernel32.AttachConsole(attach_parent_process):
        # Kept open for as long as the process writes to it.
        console = Path("CONOUT$").open("w", encoding="utf-8")  # noqa: SIM115
        sys.stdout = sys.stderr = console


def run_self_test(bundled: Path | None = None, out: TextIO | None = None) -> int:
    """Run every check; 0 when all pass, 1 (with the reason printed) at the first failure.

    Args:
        bundled: the catalog to check instead of the one shipped with the app.
        out: where the report goes (default: standard output).
    """
    _use_parent_console()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if sys.platform == "win32" and os.environ["QT_QPA_PLATFORM"] == "offscreen":
        # Offscreen Qt on Windows reads fonts from a folder (with FreeType), not from the
        # system: point it at the system's fonts, or every tab renders without text.
        windows = Path(os.environ.get("WINDIR", r"C:\Windows"))
        os.environ.setdefault("QT_QPA_FONTDIR", str(windows / "Fonts"))
    stream = out or sys.stdout

    def say(line: str) -> None:
        print(line, file=stream, flush=True)

    how = "frozen" if is_frozen() else "from source"
    say(
        f"ForumGuide {__version__} self-test ({how}; Python {platform.python_version()}; "
        f"{sys.platform})"
    )
    with _temporary_home() as home:
        run = _Run(user_paths(home), bundled)
        run.paths.ensure()
        try:
            for name, check in CHECKS:
                try:
                    detail = check(run)
                except Exception as error:  # every failure, expected or not, is the reason
                    reason = str(error) if isinstance(error, CheckFailedError) else repr(error)
                    say(f"FAIL {name}: {reason}")
                    if stream is not sys.stderr:
                        print(f"forumguide self-test failed: {name}: {reason}", file=sys.stderr)
                    return 1
                say(f"ok   {name}: {detail}")
        finally:
            run.close()
    say("self-test passed")
    return 0
