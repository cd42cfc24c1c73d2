"""The application layer as the window and the command line use it: the same import service,
imports on a real worker thread while the window answers, Cancel that changes nothing, and a
list whose selection is always what commands act on."""

from __future__ import annotations

import hashlib
import sqlite3
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from bench.large_schedule import make_schedule
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QInputDialog

from forumguide.app import open_library
from forumguide.catalog.library import CatalogLibrary
from forumguide.catalog.reader import CatalogReader, SessionFilter
from forumguide.cli import main
from forumguide.domain.model import NoteTarget, SessionSnapshot
from forumguide.interchange.frab_common import derived_uuid
from forumguide.paths import UserPaths, user_paths
from forumguide.personal.store import PersonalStore
from forumguide.ui.main_window import PROGRAMME, MainWindow
from forumguide.ui.models import Role
from tests.ui_helpers import close_window, current, data_of, focused, open_window

SCHEDULES = Path(__file__).resolve().parents[2] / "shared" / "interop" / "schedules"
FOSDEM_2021 = SCHEDULES / "fosdem-2021-pentabarf.xml"
BRUSSELS = "Europe/Brussels"
WELCOME = derived_uuid("fosdem-2021", "11795")  # 09:00 in K.fosdem
SCHOOL = derived_uuid("fosdem-2021", "11164")  # "Empowering the school of the future"


def files(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def catalog_rows(path: Path) -> list[tuple[Any, ...]]:
    """Every session of a catalog file as stored, in listing order."""
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
        return connection.execute(
            "SELECT id, guid, title, day, start, duration_minutes, room, people FROM session "
            "ORDER BY id"
        ).fetchall()


def moved_fosdem(target: Path) -> Path:
    """FOSDEM 2021 with its welcome talk an hour later, in another room."""
    tree = ET.parse(FOSDEM_2021)
    for event in tree.getroot().iter("event"):
        if event.get("id") == "11795":
            start, room = event.find("start"), event.find("room")
            assert start is not None and room is not None
            start.text, room.text = "10:00", "D.moved"
    tree.write(target, encoding="UTF-8", xml_declaration=True)
    return target


def with_bookmarks(home: UserPaths) -> None:
    """The schedule imported and two of its sessions bookmarked and annotated, as of then."""
    root = str(home.data_dir.parent)
    assert main(["--home", root, "import", str(FOSDEM_2021), "--timezone", BRUSSELS]) == 0
    store = PersonalStore(home.personal_store, backups_dir=home.backups_dir)
    for guid in (WELCOME, SCHOOL):
        snapshot = SessionSnapshot(title="as bookmarked", timezone=BRUSSELS)
        store.add_bookmark(guid, "fosdem-2021", snapshot)
        store.save_note(NoteTarget.SESSION, guid, f"note on {guid}", snapshot, "fosdem-2021")
    store.close()


def personal_state(home: UserPaths) -> tuple[Any, ...]:
    store = PersonalStore(home.personal_store)
    try:
        bookmarks = sorted((b.forum_slug, b.session_guid, b.snapshot) for b in store.bookmarks())
        notes = sorted((n.forum_slug, n.key, n.text, n.snapshot) for n in store.notes())
    finally:
        store.close()
    return tuple(bookmarks), tuple(notes)


def test_the_command_line_and_the_window_import_through_the_same_service(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The command line's --home sets the variable: set here first, it is put back afterwards.
    monkeypatch.setenv("FORUMGUIDE_HOME", str(tmp_path / "cli"))
    by_cli, by_window = user_paths(tmp_path / "cli"), user_paths(tmp_path / "window")
    for home in (by_cli, by_window):
        home.ensure()
        with_bookmarks(home)
    update = moved_fosdem(tmp_path / "fosdem-2021.xml")

    monkeypatch.setenv("FORUMGUIDE_HOME", str(by_cli.data_dir.parent))
    assert main(["import", str(update), "--timezone", BRUSSELS]) == 0
    assert "0 added, 0 removed, 1 moved" in capsys.readouterr().out

    def answer(self: QInputDialog) -> int:
        self.setTextValue(BRUSSELS)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QInputDialog, "exec", answer)
    library, _problems = open_library(by_window)
    window = open_window(qtbot, library, by_window)
    window.import_flow.import_file(update)
    result = window.import_flow.last_result
    assert result is not None and result.replaced
    close_window(window)
    library.close()

    cli_catalog = by_cli.catalogs_dir / "fosdem-2021.sqlite"
    window_catalog = by_window.catalogs_dir / "fosdem-2021.sqlite"
    assert catalog_rows(cli_catalog) == catalog_rows(window_catalog)
    assert len(catalog_rows(cli_catalog)) == 773
    assert personal_state(by_cli) == personal_state(by_window)
    bookmarks, _notes = personal_state(by_cli)
    moved = next(snapshot for _forum, guid, snapshot in bookmarks if guid == WELCOME)
    assert (moved.title, moved.room, moved.start.hour) == ("Welcome to FOSDEM 2021", "D.moved", 10)


# Imports on a worker thread ------------------------------------------------------------------


@pytest.fixture
def threaded(qtbot: Any, bundled_path: Path, home: UserPaths) -> Iterator[MainWindow]:
    library = CatalogLibrary([CatalogReader(bundled_path)])
    window = open_window(qtbot, library, home, threads=True)
    yield window
    window.tasks.wait()
    close_window(window)
    library.close()


@pytest.fixture(scope="module")
def big_schedule(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_schedule(3000, tmp_path_factory.mktemp("big") / "fosdem-x3000.xml")


def answer_brussels(monkeypatch: pytest.MonkeyPatch) -> None:
    def answer(self: QInputDialog) -> int:
        self.setTextValue(BRUSSELS)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QInputDialog, "exec", answer)


def test_an_import_runs_on_a_worker_thread_while_the_window_answers(
    qtbot: Any, threaded: MainWindow, big_schedule: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer_brussels(monkeypatch)
    ticks: list[int] = []
    heartbeat = QTimer(threaded)
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(lambda: ticks.append(1))
    heartbeat.start()
    progress: list[tuple[int, int]] = []
    threaded.tasks.started.connect(
        lambda task: task.progressed.connect(lambda done, total: progress.append((done, total)))
    )
    task = threaded.import_flow.import_file(big_schedule)
    assert task is not None and not task.done  # it returned before the work was done
    qtbot.waitUntil(lambda: threaded.import_flow.last_result is not None, timeout=120_000)
    heartbeat.stop()
    result = threaded.import_flow.last_result
    assert result is not None and result.session_count == 3000
    print(f"\nheartbeats during the import: {len(ticks)}, progress reports: {len(progress)}")
    assert len(ticks) >= 10  # the GUI thread ran its timer all along
    assert progress and progress[-1][0] == progress[-1][1]
    assert threaded.current_forum() == result.forum.slug
    assert threaded.statusBar().isHidden()


def test_cancel_leaves_the_catalogs_as_they_were(
    qtbot: Any,
    threaded: MainWindow,
    home: UserPaths,
    big_schedule: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answer_brussels(monkeypatch)
    # An earlier import of the same conference, which the cancelled one would replace.
    threaded.import_flow.import_file(FOSDEM_2021)
    qtbot.waitUntil(lambda: threaded.import_flow.last_result is not None, timeout=60_000)
    before = files(home.catalogs_dir)
    forums = [threaded.forum_box.itemData(i) for i in range(threaded.forum_box.count())]

    def cancel_on_progress(task: Any) -> None:
        task.progressed.connect(lambda _done, _total: threaded.task_status.cancel.click())

    threaded.tasks.started.connect(cancel_on_progress)
    threaded.import_flow.import_file(big_schedule)
    qtbot.waitUntil(lambda: not threaded.import_flow.busy, timeout=120_000)
    threaded.tasks.wait()
    assert threaded.import_flow.last_result is None
    assert files(home.catalogs_dir) == before
    assert [threaded.forum_box.itemData(i) for i in range(threaded.forum_box.count())] == forums
    assert "cancelled" in threaded.banner.message()
    reader = threaded.library.reader_for("fosdem-2021")
    assert reader is not None and len(reader.session_ids(SessionFilter("fosdem-2021"))) == 773


# What is selected is what commands act on ----------------------------------------------------


def test_a_session_hidden_by_a_search_is_never_bookmarked(
    qtbot: Any, library: CatalogLibrary, home: UserPaths
) -> None:
    window = open_window(qtbot, library, home)
    window.select_forum("attf-2025")
    model, programme = window.programme.model, window.programme

    def select_first() -> str:
        programme.view.setFocus()
        programme.view.setCurrentIndex(model.index(model.first_item_row(), 0))
        return current(window).guid

    shown = select_first()
    window.search.setFocus()
    qtbot.keyClicks(window.search, "Rhee")  # only the second session has that name
    qtbot.waitUntil(lambda: model.item_count() == 1)
    # The details no longer show the hidden session: they show the forum.
    assert programme.current is None
    assert "From Polarization to Partnership" in programme.details.toPlainText()
    qtbot.keyClick(focused(window), Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert data_of(window).bookmarked_keys() == frozenset()

    # A filter hides it as well.
    window.search.clear()
    qtbot.waitUntil(lambda: model.item_count() == 4)
    assert select_first() == shown
    programme.format.setCurrentIndex(programme.format.findData("side event"))
    assert model.item_count() == 1 and not model.find(shown).isValid()
    assert programme.current is None
    window.toggle_bookmark()
    assert data_of(window).bookmarked_keys() == frozenset()
    # The session listed and selected is the one bookmarked.
    listed = select_first()
    window.toggle_bookmark()
    assert data_of(window).bookmarked_keys() == {("attf-2025", listed)}
    close_window(window)


def test_switching_forum_shows_the_top_of_the_list_with_its_day_heading(
    qtbot: Any, threaded: MainWindow, big_schedule: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer_brussels(monkeypatch)
    threaded.import_flow.import_file(big_schedule)
    qtbot.waitUntil(lambda: threaded.import_flow.last_result is not None, timeout=120_000)
    view = threaded.programme.view
    threaded.tabs.setCurrentIndex(PROGRAMME)
    view.scrollToBottom()
    assert view.verticalScrollBar().value() > 0
    threaded.select_forum("attf-2025")
    threaded.select_forum("fosdem-2021-x3000")
    assert view.verticalScrollBar().value() == 0
    top = view.indexAt(view.viewport().rect().topLeft())
    assert top.row() == 0 and top.data(Role.KIND) == "heading"
    assert top.data() == "Saturday 6 February 2021"


def test_search_results_come_by_day_or_best_match_first(
    qtbot: Any, threaded: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer_brussels(monkeypatch)
    threaded.import_flow.import_file(FOSDEM_2021)
    qtbot.waitUntil(lambda: threaded.import_flow.last_result is not None, timeout=60_000)
    model = threaded.programme.model

    def listed() -> tuple[list[str], list[str]]:
        headings = [model.index(row, 0).data() for row in model.heading_rows()]
        titles = [
            model.index(row, 2).data()
            for row in range(model.rowCount())
            if model.index(row, 0).data(Role.KIND) == "session"
        ]
        return headings, titles

    threaded.search.setText("postgresql")
    threaded.search.returnPressed.emit()
    by_day, by_day_titles = listed()
    assert by_day == ["Saturday 6 February 2021", "Sunday 7 February 2021"]
    threaded.relevance_action.setChecked(True)
    ranked, ranked_titles = listed()
    assert ranked == [f"Search results: {len(by_day_titles)}"]
    assert sorted(ranked_titles) == sorted(by_day_titles)
    assert "postgresql" in ranked_titles[0].casefold()  # a title match before body matches
    assert ranked_titles != by_day_titles
    threaded.relevance_action.setChecked(False)
    assert listed() == (by_day, by_day_titles)
