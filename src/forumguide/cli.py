"""The command line: the window by default, plus build, screenshot and self-test commands."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from forumguide import LANGUAGE_VARIABLE, LANGUAGES, __version__
from forumguide.domain.clock import NOW_VARIABLE
from forumguide.domain.timezones import readable_zone_name

DEFAULT_FORUM = "attf-2025"

if TYPE_CHECKING:
    import argparse

    from forumguide.domain.model import Session
    from forumguide.services.programmes import ImportResult


def _parser() -> argparse.ArgumentParser:
    import argparse  # noqa: PLC0415 - not needed to open the window

    parser = argparse.ArgumentParser(
        prog="forumguide", description="An offline guide to international forums."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check offscreen, in a temporary home, that this installation works, and exit",
    )
    parser.add_argument(
        "--home",
        type=Path,
        help="keep every user file under this folder (also: FORUMGUIDE_HOME)",
    )
    parser.add_argument(
        "--now",
        metavar="MOMENT",
        help="start the app's clock at this moment, e.g. 2026-01-31T11:30+01:00, for "
        "demonstrations (also: FORUMGUIDE_NOW)",
    )
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        help="the window's language for this run (default: the one chosen in View › Language, "
        "else the system's)",
    )
    parser.epilog = "With files instead of a command, the window opens and imports them."
    commands = parser.add_subparsers(dest="command")
    build = commands.add_parser("build", help="build the bundled catalog from data/")
    build.add_argument("--data", type=Path, help="the curated sources (default: data/)")
    build.add_argument("--output", type=Path, help="where to write the catalog")
    shot = commands.add_parser("screenshot", help="render every tab to PNG files, offscreen")
    shot.add_argument("directory", type=Path)
    shot.add_argument("--forum", metavar="SLUG", help="the forum to show (default: attf-2025)")
    shot.add_argument(
        "--now", metavar="MOMENT", help="the moment to show, e.g. 2021-02-06T11:30+01:00"
    )
    shot.add_argument(
        "--language",
        choices=LANGUAGES,
        default=argparse.SUPPRESS,  # not to undo a --language given before the command
        help="the language of the pictures",
    )
    shot.add_argument(
        "--size",
        metavar="WxH",
        type=window_size,
        help="the window's size in pixels, e.g. 1366x768 (default: 1280x800)",
    )
    schedule = commands.add_parser(
        "import", help="import a frab/Pentabarf XML or frab/pretalx JSON schedule"
    )
    schedule.add_argument("file", type=Path, help="the schedule file")
    schedule.add_argument(
        "--timezone",
        metavar="ZONE",
        help="the conference's IANA time zone, for a file that does not say (e.g. Europe/Brussels)",
    )
    return parser


# X display ":<n>" listens on the socket X<n> here (and on the same name in Linux's abstract
# namespace); "host:<n>" on TCP port 6000 + n.
X11_SOCKET_DIR = Path("/tmp/.X11-unix")
X11_TCP_PORT = 6000
# How long a display may take to accept a connection before it counts as not answering.
DISPLAY_TIMEOUT_S = 1.0
# [protocol/][host]:number[.screen], as libxcb reads DISPLAY.
_X11_DISPLAY = re.compile(r"^(?:(?P<protocol>[A-Za-z]+)/)?(?P<host>.*):(?P<number>\d+)(?:\.\d+)?$")


def has_display() -> bool:
    """Whether Qt can open a window here: a display is named, and it answers.

    Always true on Windows and macOS, and when ``QT_QPA_PLATFORM`` chooses the platform. On
    Linux, Qt aborts the process when it cannot connect to the display, so an X server or
    Wayland compositor that is named but does not accept a connection counts as none.
    """
    if not sys.platform.startswith("linux"):
        return True
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    wayland = os.environ.get("WAYLAND_DISPLAY", "")
    x11 = os.environ.get("DISPLAY", "")
    return bool(wayland and _wayland_answers(wayland)) or bool(x11 and _x11_answers(x11))


def no_display_message() -> str:
    """What to tell the user when :func:`has_display` is false."""
    named = [
        f"{name}={os.environ[name]}"
        for name in ("WAYLAND_DISPLAY", "DISPLAY")
        if os.environ.get(name)
    ]
    problem = (
        f"nothing answers at {' or '.join(named)}"
        if named
        else "DISPLAY and WAYLAND_DISPLAY are not set"
    )
    return (
        f"forumguide: no display found ({problem}). Start ForumGuide from a desktop session, "
        "or set QT_QPA_PLATFORM=offscreen to run without a screen."
    )


def _wayland_answers(name: str) -> bool:
    if Path(name).is_absolute():
        return _unix_socket_answers(name)
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    return bool(runtime) and _unix_socket_answers(str(Path(runtime) / name))


def _x11_answers(display: str) -> bool:
    if display.startswith("/"):
        # A socket's path, optionally followed by :<n>[.<screen>].
        return _unix_socket_answers(display) or _unix_socket_answers(display.rpartition(":")[0])
    parts = _X11_DISPLAY.match(display)
    if parts is None:
        return True  # a form not known here: Qt decides
    protocol, host, number = parts["protocol"] or "", parts["host"], int(parts["number"])
    if protocol == "unix" or (not protocol and host in ("", "unix")):
        path = str(X11_SOCKET_DIR / f"X{number}")
        # A sandbox with its own /tmp may reach the server only by its abstract socket.
        return _unix_socket_answers("\0" + path) or _unix_socket_answers(path)
    port = X11_TCP_PORT + number
    return port <= 65535 and _tcp_answers(host.strip("[]") or "localhost", port)


def _unix_socket_answers(path: str) -> bool:
    import socket  # noqa: PLC0415

    if not path:
        return False
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
            connection.settimeout(DISPLAY_TIMEOUT_S)
            connection.connect(path)
    except (OSError, ValueError):
        return False
    return True


def _tcp_answers(host: str, port: int) -> bool:
    import socket  # noqa: PLC0415

    try:
        with socket.create_connection((host, port), timeout=DISPLAY_TIMEOUT_S):
            pass
    except (OSError, ValueError):
        # ValueError: a host name that cannot be encoded (UnicodeError).
        return False
    return True


# What Qt's xcb platform plugin loads, and the Debian/Ubuntu package of each.
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}


def missing_window_libraries() -> list[str]:
    """Packages Qt needs for an X11 window that are not installed (Qt aborts without them)."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    uses_xcb = platform.startswith("xcb") or (
        not platform and os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")
    )
    if not sys.platform.startswith("linux") or not uses_xcb:
        return []
    import ctypes  # noqa: PLC0415

    bundled = Path(getattr(sys, "_MEIPASS", "")) if getattr(sys, "frozen", False) else None
    missing = []
    for library, package in XCB_LIBRARIES.items():
        if bundled is not None and (bundled / library).exists():
            continue
        try:
            ctypes.CDLL(library)
        except OSError:
            missing.append(package)
    return missing


def _build(data: Path | None, output: Path | None) -> int:
    from forumguide.catalog.builder import build_catalog  # noqa: PLC0415
    from forumguide.interchange.curated import SourceDataError, load_curated  # noqa: PLC0415
    from forumguide.paths import bundled_catalog, data_sources_dir  # noqa: PLC0415

    root = data or data_sources_dir()
    try:
        programme = load_curated(root)
    except SourceDataError as error:
        print(f"forumguide build: the sources in {root} have problems:", file=sys.stderr)
        for problem in error.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    target = build_catalog(
        programme, output or bundled_catalog(), catalog_id="bundled", title="Astana forums"
    )
    print(
        f"Built {target}: {len(programme.forums)} forums, {len(programme.sessions)} sessions, "
        f"{len(programme.speakers)} people."
    )
    return 0


def _import(file: Path, timezone: str | None) -> int:
    """Import through the same service as the window, refreshing the bookmarks' snapshots."""
    from forumguide.app import open_library  # noqa: PLC0415
    from forumguide.interchange.errors import ScheduleImportError  # noqa: PLC0415
    from forumguide.paths import user_paths  # noqa: PLC0415
    from forumguide.personal import PersonalStoreError  # noqa: PLC0415
    from forumguide.personal.store import PersonalStore  # noqa: PLC0415
    from forumguide.services.programmes import import_schedule  # noqa: PLC0415

    paths = user_paths()
    paths.ensure()
    library, problems = open_library(paths)
    for problem in problems:
        print(f"forumguide import: {problem}", file=sys.stderr)
    store: PersonalStore | None = None
    if paths.personal_store.exists():
        try:
            store = PersonalStore(paths.personal_store, backups_dir=paths.backups_dir)
        except PersonalStoreError as error:
            print(f"forumguide import: bookmarks not updated: {error}", file=sys.stderr)
    try:
        result = import_schedule(
            file, library, paths.catalogs_dir, store, default_timezone=timezone
        )
    except ScheduleImportError as error:
        print(f"forumguide import: {error}", file=sys.stderr)
        if error.needs_timezone:
            print("Run it again with --timezone ZONE.", file=sys.stderr)
        return 1
    finally:
        if store is not None:
            store.close()
        library.close()
    print(describe_import(result))
    return 0


def _when(session: Session) -> str:
    if session.start is not None:
        return session.start.strftime("%Y-%m-%d %H:%M")
    return session.day.isoformat() if session.day else "time to be confirmed"


def _place(session: Session) -> str:
    return f"{_when(session)}, {session.room}" if session.room else _when(session)


def describe_import(result: ImportResult) -> str:
    """A plain-text report of an import, for the command line."""
    forum = result.forum
    lines = [
        f"Imported {forum.name} ({result.catalog_id}): {result.session_count} sessions, "
        f"{result.speaker_count} people, times in {readable_zone_name(forum.timezone)}.",
        f"Catalog: {result.catalog_path}",
    ]
    if not result.replaced:
        return "\n".join(lines)
    changes = result.changes
    if changes.is_empty:
        lines.append("It replaces the earlier import; no session was added, removed or moved.")
        return "\n".join(lines)
    lines.append(
        f"It replaces the earlier import: {len(changes.added)} added, "
        f"{len(changes.removed)} removed, {len(changes.moved)} moved."
    )
    lines.extend(f"  added:   {s.title} ({_place(s)})" for s in changes.added)
    lines.extend(f"  removed: {s.title} (was {_place(s)})" for s in changes.removed)
    lines.extend(
        f"  moved:   {m.after.title} ({_place(m.before)} -> {_place(m.after)})"
        for m in changes.moved
    )
    return "\n".join(lines)


def window_size(text: str) -> tuple[int, int]:
    """``1366x768`` (or ``1366×768``) as (width, height)."""
    import argparse  # noqa: PLC0415

    match = re.fullmatch(r"\s*(\d{2,5})\s*[x×X]\s*(\d{2,5})\s*", text)
    if match is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size like 1366x768")
    return int(match[1]), int(match[2])


COMMANDS = frozenset({"build", "screenshot", "import"})
_OPTIONS_WITH_VALUES = frozenset({"--home", "--now", "--language"})


def _first_positional(argv: Sequence[str]) -> str | None:
    skip = False
    for argument in argv:
        if skip:
            skip = False
        elif argument in _OPTIONS_WITH_VALUES:
            skip = True
        elif not argument.startswith("-"):
            return argument
    return None


def _file_parser() -> argparse.ArgumentParser:
    """``forumguide [FILE ...]``: open the window with schedule files to import."""
    import argparse  # noqa: PLC0415

    parser = argparse.ArgumentParser(prog="forumguide")
    parser.add_argument("--home", type=Path)
    parser.add_argument("--now", metavar="MOMENT")
    parser.add_argument("--language", choices=LANGUAGES)
    parser.add_argument("files", nargs="*", type=Path)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv:  # the usual start from a menu: nothing to parse, the window at once
        problem = _check_moment()
        if problem:
            print(f"forumguide: {problem}", file=sys.stderr)
            return 2
        return _open_window([])
    first = _first_positional(argv)
    if first is not None and first not in COMMANDS:
        arguments = _file_parser().parse_args(argv)
        arguments.command, arguments.self_test = None, False
    else:
        arguments = _parser().parse_args(argv)
        arguments.files = []
    if arguments.home:
        os.environ["FORUMGUIDE_HOME"] = str(arguments.home.resolve())
    if getattr(arguments, "now", None):
        os.environ[NOW_VARIABLE] = arguments.now
    if getattr(arguments, "language", None):
        os.environ[LANGUAGE_VARIABLE] = arguments.language
    problem = _check_moment()
    if problem:
        print(f"forumguide: {problem}", file=sys.stderr)
        return 2
    if arguments.self_test:
        from forumguide.selftest import run_self_test  # noqa: PLC0415

        return run_self_test()
    if arguments.command == "build":
        return _build(arguments.data, arguments.output)
    if arguments.command == "import":
        return _import(arguments.file, arguments.timezone)
    if arguments.command == "screenshot":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from forumguide.screenshot import write_screenshots  # noqa: PLC0415

        return write_screenshots(
            arguments.directory,
            arguments.forum or DEFAULT_FORUM,
            arguments.now,
            **({"size": arguments.size} if arguments.size else {}),
        )
    return _open_window(arguments.files)


def _check_moment() -> str:
    """What is wrong with the moment ``--now`` or FORUMGUIDE_NOW gives, if anything."""
    text = os.environ.get(NOW_VARIABLE, "")
    if not text:
        return ""
    from forumguide.domain.clock import parse_moment  # noqa: PLC0415

    try:
        parse_moment(text)
    except ValueError as error:
        return f"{NOW_VARIABLE} / --now: {error}"
    return ""


def _open_window(files: Sequence[Path]) -> int:
    if not has_display():
        print(no_display_message(), file=sys.stderr)
        return 2
    missing = missing_window_libraries()
    if missing:
        print(
            "forumguide: Qt cannot open a window because these system libraries are missing: "
            f"{', '.join(missing)}. On Debian or Ubuntu: sudo apt install {' '.join(missing)}",
            file=sys.stderr,
        )
        return 3
    from forumguide.app import run_gui  # noqa: PLC0415

    return run_gui([sys.argv[0], *(str(path.resolve()) for path in files)])


def gui_main() -> int:
    return main()
