"""Programmes from the web in the window: File › Import from URL…, Check for programme updates,
the changes listed and marked until seen, and offline or a broken download changing nothing.

Every schedule is served by a real HTTP server on 127.0.0.1 started by the test."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from forumguide.catalog.library import CatalogLibrary
from forumguide.catalog.reader import CatalogReader
from forumguide.paths import UserPaths
from forumguide.services.updates import NotModified, read_source
from forumguide.ui.import_flow import ImportSummaryDialog
from forumguide.ui.main_window import MainWindow
from forumguide.ui.models import CHANGED_MARK, SessionListModel
from forumguide.ui.timetable import TimetablePanel
from forumguide.ui.web_updates import UrlDialog
from tests.conftest import INTEROP
from tests.schedule_server import Served, serving
from tests.ui_helpers import close_window, data_of, open_window

DEMOCON = INTEROP / "schedules" / "pretalx-democon.json"


@pytest.fixture
def window(qtbot: Any, bundled_path: Path, home: UserPaths) -> Iterator[MainWindow]:
    library = CatalogLibrary([CatalogReader(bundled_path)])
    shown = open_window(qtbot, library, home)
    yield shown
    close_window(shown)
    library.close()


def moved_version() -> tuple[bytes, dict[str, Any]]:
    document = json.loads(DEMOCON.read_bytes())
    moving = document["schedule"]["conference"]["days"][0]["rooms"]["Gray Room"][1]
    moving["room"] = "Tan Room"
    return json.dumps(document).encode(), moving


def catalog_files(home: UserPaths) -> list[tuple[str, int, int]]:
    return sorted(
        (p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in home.catalogs_dir.iterdir()
    )


def title_cell(model: SessionListModel, guid: str) -> tuple[str, str]:
    index = model.find(guid)
    assert index.isValid()
    title = index.siblingAtColumn(SessionListModel.TITLE)
    return str(title.data()), str(title.data(Qt.ItemDataRole.AccessibleTextRole))


def test_the_file_menu_offers_import_from_url_and_checking_for_updates(
    window: MainWindow,
) -> None:
    updates = window.web_updates
    actions = window.file_menu.actions()
    position = actions.index(window.import_action)
    assert actions[position + 1 : position + 3] == [updates.import_action, updates.check_action]
    assert updates.import_action.text() == "Import from &URL…"
    assert updates.check_action.text() == "Chec&k for programme updates"
    assert updates.import_action.isEnabled()
    # The bundled programme has no web address to check.
    assert not updates.check_action.isEnabled()


def test_the_address_field_accepts_only_web_addresses(qtbot: Any) -> None:
    dialog = UrlDialog()
    qtbot.addWidget(dialog)
    ok = dialog.ok
    assert ok.isDefault() or ok.autoDefault()
    assert not ok.isEnabled() and not dialog.problem.isVisibleTo(dialog)
    assert dialog.label.buddy() is dialog.field
    assert dialog.field.accessibleName() == "Schedule address"
    assert "&" in dialog.label.text()
    for wrong in ("file:///etc/passwd", "ftp://example.org/s.xml", "schedule.json"):
        dialog.field.setText(wrong)
        assert not ok.isEnabled(), wrong
        assert dialog.problem.isVisibleTo(dialog)
        assert "http://" in dialog.problem.text()
    dialog.field.setText(" https://pretalx.example.org/democon/schedule/export/schedule.json ")
    assert ok.isEnabled() and not dialog.problem.isVisibleTo(dialog)
    assert dialog.url == "https://pretalx.example.org/democon/schedule/export/schedule.json"
    assert ok.text() == "&Import"
    QApplication.sendEvent(dialog, QEvent(QEvent.Type.LanguageChange))
    assert ok.text() == "&Import" and ok.isEnabled()
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted.value


def test_import_from_url_then_an_update_keeps_bookmarks_lists_and_marks_the_move(
    window: MainWindow, home: UserPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    updates = window.web_updates
    served = Served()
    served.publish(DEMOCON.read_bytes(), when=1_700_000_000)
    with serving(served) as base:
        url = f"{base}/democon/schedule.json"
        monkeypatch.setattr(UrlDialog, "exec", lambda self: self.field.setText(url) or 1)
        updates.import_action.trigger()
        assert window.current_forum() == "democon"
        assert isinstance(updates.dialog, ImportSummaryDialog)
        assert "DemoCon: 36 sessions" in updates.dialog.summary.text()
        updates.update_enabled()
        assert updates.check_action.isEnabled()

        body, moving = moved_version()
        data = data_of(window)
        session = window.library.session(moving["guid"])
        assert session is not None and data.set_bookmarked(session, True)
        served.publish(body, when=1_700_000_600)
        updates.check_action.trigger()

        summary = updates.dialog
        assert isinstance(summary, ImportSummaryDialog)
        assert summary.windowTitle() == "Programme updated"
        assert "0 added, 0 removed, 1 moved" in summary.summary.text()
        assert f"Moved: {moving['title']}" in summary.changes.toPlainText()
        assert "Tan Room) (bookmarked)" in summary.changes.toPlainText()
        assert data.bookmarked_in("democon") == {moving["guid"]}
        moved = window.library.session(moving["guid"])
        assert moved is not None and moved.room == "Tan Room"

        # Marked in the list until the delegate opens it.
        model = window.programme.model
        shown, spoken = title_cell(model, moving["guid"])
        assert shown == CHANGED_MARK + moving["title"]
        assert spoken == f"Changed by the last update: {moving['title']}"
        other = window.library.session(
            json.loads(body)["schedule"]["conference"]["days"][0]["rooms"]["Gray Room"][0]["guid"]
        )
        assert other is not None and not title_cell(model, other.guid)[0].startswith(CHANGED_MARK)
        assert window.programme.select_session(moving["guid"])
        assert title_cell(model, moving["guid"])[0] == moving["title"]
        source = read_source(home.catalogs_dir, "democon")
        assert source is not None and source.changed == frozenset()

        # A second check: "not modified", nothing read or rebuilt.
        before, sent = catalog_files(home), served.bodies_sent
        updates.check_action.trigger()
        assert updates.last_result == NotModified(url)
        assert served.bodies_sent == sent
        assert catalog_files(home) == before
        assert "up to date" in window.banner.message()


def test_marks_are_read_again_when_the_window_opens(
    window: MainWindow, home: UserPaths, qtbot: Any, bundled_path: Path
) -> None:
    served = Served()
    served.publish(DEMOCON.read_bytes(), when=1_700_000_000)
    with serving(served) as base:
        window.web_updates.import_url(f"{base}/schedule.json")
        body, moving = moved_version()
        served.publish(body, when=1_700_000_600)
        window.web_updates.check_for_updates()
    close_window(window)
    from forumguide.services.catalogs import open_library

    library = open_library(bundled_path, home.catalogs_dir).library
    again = open_window(qtbot, library, home)
    try:
        again.select_forum("democon")
        qtbot.waitUntil(lambda: moving["guid"] in again.programme.model.changed)
        assert title_cell(again.programme.model, moving["guid"])[0].startswith(CHANGED_MARK)
    finally:
        close_window(again)
        library.close()


def test_offline_says_so_and_changes_nothing(
    window: MainWindow, home: UserPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    served = Served()
    served.publish(DEMOCON.read_bytes(), when=1_700_000_000)
    with serving(served) as base:
        window.web_updates.import_url(f"{base}/schedule.json")
    before = catalog_files(home)

    def no_network(*_args: Any, **_kwargs: Any) -> Any:
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")

    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    window.web_updates.check_action.trigger()
    box = window.web_updates.dialog
    assert isinstance(box, QMessageBox)
    assert box.text().startswith("You appear to be offline: 127.0.0.1 could not be reached.")
    assert "Nothing was changed." in box.informativeText()
    assert box.windowTitle() == "Check for programme updates"
    assert catalog_files(home) == before
    assert "democon" in [window.forum_box.itemData(i) for i in range(window.forum_box.count())]


def test_a_download_cut_short_changes_nothing(window: MainWindow, home: UserPaths) -> None:
    served = Served()
    served.publish(DEMOCON.read_bytes(), when=1_700_000_000)
    with serving(served) as base:
        window.web_updates.import_url(f"{base}/schedule.json")
        before = catalog_files(home)
        body, moving = moved_version()
        served.publish(body, when=1_700_000_600)
        served.drop_half_way = True
        window.web_updates.check_for_updates()
    box = window.web_updates.dialog
    assert isinstance(box, QMessageBox)
    assert "ended before the whole file arrived" in box.text()
    assert catalog_files(home) == before
    unmoved = window.library.session(moving["guid"])
    assert unmoved is not None and unmoved.room == "Gray Room"
    assert window.web_updates.check_action.isEnabled()


def test_a_web_page_instead_of_a_schedule_is_refused_by_its_address(
    window: MainWindow, home: UserPaths
) -> None:
    served = Served(body=b"<!DOCTYPE html><html><body>Schedule</body></html>")
    with serving(served) as base:
        window.web_updates.import_url(f"{base}/schedule")
    box = window.web_updates.dialog
    assert isinstance(box, QMessageBox)
    assert box.text().startswith("What 127.0.0.1 sent cannot be imported. It is a web page")
    assert list(home.catalogs_dir.iterdir()) == []


def test_the_import_runs_off_the_gui_thread(
    qtbot: Any, bundled_path: Path, home: UserPaths
) -> None:
    library = CatalogLibrary([CatalogReader(bundled_path)])
    window = open_window(qtbot, library, home, threads=True)
    try:
        served = Served(body=DEMOCON.read_bytes())
        with serving(served) as base:
            task = window.web_updates.import_url(f"{base}/schedule.json")
            assert task is not None
            assert not window.web_updates.import_action.isEnabled()  # one at a time
            qtbot.waitUntil(lambda: window.web_updates.last_result is not None, timeout=20000)
        assert window.current_forum() == "democon"
        assert window.web_updates.import_action.isEnabled()
    finally:
        close_window(window)
        library.close()


def block_of(timetable: TimetablePanel, guid: str) -> int:
    grid = timetable.view.grid
    assert grid is not None
    item = next(n for n, summary in enumerate(timetable.items) if summary.guid == guid)
    number = grid.block_of(item)
    assert number is not None, "the session has no block on the day shown"
    return number


def test_a_changed_session_is_marked_in_the_timetable_and_my_agenda_until_opened(
    window: MainWindow, qtbot: Any
) -> None:
    served = Served()
    served.publish(DEMOCON.read_bytes(), when=1_700_000_000)
    with serving(served) as base:
        window.web_updates.import_url(f"{base}/schedule.json")
        body, moving = moved_version()
        session = window.library.session(moving["guid"])
        assert session is not None and data_of(window).set_bookmarked(session, True)
        served.publish(body, when=1_700_000_600)
        window.web_updates.check_for_updates()
    guid = moving["guid"]
    spoken = f"Changed by the last update: {moving['title']}"

    agenda = window.agenda.model
    index = agenda.find(guid, "democon").siblingAtColumn(agenda.TITLE)
    assert index.isValid()
    assert index.data() == CHANGED_MARK + moving["title"]
    assert index.data(Qt.ItemDataRole.AccessibleTextRole) == spoken

    programme = window.programme
    programme.set_timetable_shown(True)
    timetable = programme.timetable
    assert timetable.select_guid(guid)
    view = timetable.view
    assert view.accessibleDescription().startswith(spoken)
    assert view.block_title(block_of(timetable, guid)) == CHANGED_MARK + moving["title"]
    other = next(item.guid for item in timetable.items if item.guid != guid)
    assert not view.block_title(block_of(timetable, other)).startswith(CHANGED_MARK)

    # Opened from My agenda: the marks go everywhere.
    window.tabs.setCurrentWidget(window.agenda)
    window.agenda.view.setCurrentIndex(index)
    window.agenda.view.activated.emit(index)
    qtbot.waitUntil(lambda: programme.current is not None and programme.current.guid == guid)
    index = agenda.find(guid, "democon").siblingAtColumn(agenda.TITLE)
    assert index.data() == moving["title"]
    assert index.data(Qt.ItemDataRole.AccessibleTextRole) != spoken
    assert view.block_title(block_of(timetable, guid)) == moving["title"]
    assert not view.accessibleDescription().startswith(spoken)
