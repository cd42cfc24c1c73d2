"""Importing from the window: the menu action, dropping a file, the zone question, the report,
and imported descriptions that cannot load or open anything."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QDropEvent, QImage, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QTextBrowser,
)

from forumguide.catalog.library import CatalogLibrary
from forumguide.catalog.reader import CatalogReader
from forumguide.domain.model import NoteTarget, TextFormat
from forumguide.paths import UserPaths
from forumguide.services.personal import snapshot_of
from forumguide.ui import import_flow
from forumguide.ui.formatting import description_html
from forumguide.ui.import_flow import ImportSummaryDialog, timezone_dialog
from forumguide.ui.main_window import AGENDA, MainWindow
from forumguide.ui.models import Role
from forumguide.ui.widgets import SafeBrowser
from tests.ui_helpers import close_window, data_of, open_window

SCHEDULES = Path(__file__).resolve().parents[2] / "shared" / "interop" / "schedules"
DEMOCON = SCHEDULES / "pretalx-democon.json"
FOSDEM_2021 = SCHEDULES / "fosdem-2021-pentabarf.xml"


@pytest.fixture
def window(qtbot: Any, bundled_path: Path, home: UserPaths) -> Iterator[MainWindow]:
    library = CatalogLibrary([CatalogReader(bundled_path)])
    shown = open_window(qtbot, library, home)
    yield shown
    close_window(shown)
    library.close()


def forum_slugs(window: MainWindow) -> list[str]:
    return [str(window.forum_box.itemData(i)) for i in range(window.forum_box.count())]


def summary_text(window: MainWindow) -> str:
    dialog = window.import_flow.dialog
    assert isinstance(dialog, ImportSummaryDialog), dialog
    return dialog.summary.text() + "\n" + dialog.changes.toPlainText()


def test_file_import_schedule_menu_imports_and_shows_the_forum(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    action = window.import_action
    assert action in window.file_menu.actions()
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kw: (str(DEMOCON), ""))
    )
    action.trigger()
    assert "democon" in forum_slugs(window)
    assert {"aif-2023", "aif-2024", "attf-2025", "doha-2025"} <= set(forum_slugs(window))
    assert window.current_forum() == "democon"
    assert window.programme.forum is not None and window.programme.forum.slug == "democon"
    assert window.windowTitle().startswith("DemoCon")
    text = summary_text(window)
    assert "DemoCon: 36 sessions and 27 people. Times are in UTC." in text
    assert window.import_flow.dialog is not None and window.import_flow.dialog.isVisible()


def test_a_schedule_without_a_zone_asks_offering_the_computers_zone(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_flow, "computer_zone", lambda: "Asia/Almaty")
    dialog = timezone_dialog(window, FOSDEM_2021)
    assert dialog.textValue() == "Asia/Almaty"
    assert "Europe/Brussels" in dialog.comboBoxItems()
    assert "fosdem-2021-pentabarf.xml does not say" in dialog.labelText()
    assert [box.accessibleName() for box in dialog.findChildren(QComboBox)] == ["Time zone"]
    dialog.deleteLater()

    asked: list[str] = []

    def answer(self: QInputDialog) -> int:
        asked.append(self.labelText())
        self.setTextValue("Europe/Brussels")
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QInputDialog, "exec", answer)
    window.import_flow.import_file(FOSDEM_2021)
    result = window.import_flow.last_result
    assert result is not None and len(asked) == 1
    assert result.forum.timezone == "Europe/Brussels"
    assert window.current_forum() == "fosdem-2021"


def test_declining_the_zone_question_imports_nothing(
    window: MainWindow, home: UserPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QInputDialog, "exec", lambda self: QDialog.DialogCode.Rejected.value)
    window.import_flow.import_file(FOSDEM_2021)
    assert window.import_flow.last_result is None
    assert list(home.catalogs_dir.iterdir()) == []
    assert "fosdem-2021" not in forum_slugs(window)


def test_a_bad_file_is_reported_by_name_and_changes_nothing(
    window: MainWindow, home: UserPaths, tmp_path: Path
) -> None:
    window.import_flow.import_file(DEMOCON)
    before = sorted((p.name, p.stat().st_mtime_ns) for p in home.catalogs_dir.iterdir())
    bad = tmp_path / "pretalx-democon.json"
    bad.write_bytes(DEMOCON.read_bytes()[:5000])
    window.import_flow.import_file(bad)
    assert window.import_flow.last_result is None
    box = window.import_flow.dialog
    assert isinstance(box, QMessageBox)
    assert str(bad) in box.text() and "nothing was changed" in box.text()
    assert "malformed or truncated" in box.informativeText()
    assert sorted((p.name, p.stat().st_mtime_ns) for p in home.catalogs_dir.iterdir()) == before
    assert "democon" in forum_slugs(window)
    reader = window.library.reader_for("democon")
    assert reader is not None and len(reader.forums()) == 1  # still open and readable


def test_an_update_keeps_bookmarks_and_shows_what_changed(
    window: MainWindow, home: UserPaths, tmp_path: Path, qtbot: Any
) -> None:
    window.import_flow.import_file(DEMOCON)
    data = data_of(window)
    document = json.loads(DEMOCON.read_bytes())
    gray = document["schedule"]["conference"]["days"][0]["rooms"]["Gray Room"]
    gone, moving = gray[0], gray[1]
    for event in (gone, moving):
        session = window.library.session(event["guid"])
        assert session is not None
        assert data.set_bookmarked(session, True)
        data.save_note(
            NoteTarget.SESSION, session.guid, "keep me", snapshot_of(session, window.library)
        )
    gray.remove(gone)
    moving["room"] = "Tan Room"
    changed = tmp_path / "democon-v2.json"
    changed.write_text(json.dumps(document))

    window.import_flow.import_file(changed)
    result = window.import_flow.last_result
    assert result is not None and result.replaced
    text = summary_text(window)
    assert "1 added" not in text and "0 added, 1 removed, 1 moved" in text
    assert f"Removed: {gone['title']}" in text and "(bookmarked)" in text
    assert f"Moved: {moving['title']}" in text
    assert data.bookmarked_in("democon") == {gone["guid"], moving["guid"]}
    assert [n.text for n in data.notes()] == ["keep me", "keep me"]
    moved = window.library.session(moving["guid"])
    assert moved is not None and moved.room == "Tan Room"
    assert window.library.session(gone["guid"]) is None
    window.tabs.setCurrentIndex(AGENDA)
    model = window.agenda.model
    rows = {
        model.index(row, 0).data(Role.KEY): model.index(row, 0).data(Role.KIND)
        for row in range(model.rowCount())
    }
    assert rows[gone["guid"]] == "removed"
    assert rows[moving["guid"]] != "removed"


def test_dropping_a_schedule_on_the_window_imports_it(window: MainWindow, qtbot: Any) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(DEMOCON))])
    event = QDropEvent(
        QPointF(QPoint(50, 50)),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert event.isAccepted()
    qtbot.waitUntil(lambda: "democon" in forum_slugs(window))
    assert window.current_forum() == "democon"


# Imported text cannot load or open anything ----------------------------------------------------

HOSTILE = (
    '<p>Read <a href="javascript:alert(1)">this</a> and <a href="file:///etc/passwd">that</a>'
    ' or <a href="https://example.org/talk">the page</a>.</p>'
    '<img src="http://tracker.example.org/pixel.png"><img src="file:///etc/passwd">'
    "<script>alert('x')</script>"
    '<table background="file:///etc/passwd"><tr><td>cell</td></tr></table>'
)


MARKDOWN_HOSTILE = (
    "![logo](file:///etc/passwd) ![pixel](http://tracker.example.org/p.png) "
    "[click](javascript:alert(2)) [page](https://example.org/md) ![hosts](/etc/hosts)"
)
FORBIDDEN = ("<img", "src=", 'href="file:', 'href="javascript:', "<script", "background=")


@pytest.fixture
def hostile_schedule(tmp_path: Path) -> Path:
    document = json.loads(DEMOCON.read_bytes())
    gray = document["schedule"]["conference"]["days"][0]["rooms"]["Gray Room"]
    gray[0]["abstract"], gray[0]["description"] = HOSTILE, ""
    gray[1]["abstract"], gray[1]["description"] = MARKDOWN_HOSTILE, ""
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(document))
    return path


def test_an_imported_description_loads_nothing_and_opens_only_web_links(
    window: MainWindow, hostile_schedule: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    loads: list[str] = []
    opened: list[str] = []
    original = SafeBrowser.loadResource

    def recording(self: SafeBrowser, kind: int, name: QUrl) -> Any:
        loads.append(name.toString())
        return original(self, kind, name)

    monkeypatch.setattr(SafeBrowser, "loadResource", recording)
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toString()))
    )

    window.import_flow.import_file(hostile_schedule)
    assert window.import_flow.last_result is not None
    gray = json.loads(hostile_schedule.read_bytes())["schedule"]["conference"]["days"][0]["rooms"][
        "Gray Room"
    ]
    for event, text_format, safe_link in (
        (gray[0], TextFormat.HTML, "https://example.org/talk"),
        (gray[1], TextFormat.MARKDOWN, "https://example.org/md"),
    ):
        session = window.library.session(event["guid"])
        assert session is not None and session.description_format is text_format
        rendered = description_html(session.description, session.description_format)
        for forbidden in FORBIDDEN:
            assert forbidden not in rendered, (text_format, forbidden)
        assert f'href="{safe_link}"' in rendered

        assert window.programme.select_session(session.guid)
        details = window.programme.details
        details.document().documentLayout().documentSize()  # laid out: images would load now
        QApplication.processEvents()
        assert session.title in details.toPlainText()
        for url in ("javascript:alert(1)", "file:///etc/passwd", safe_link):
            details.anchorClicked.emit(QUrl(url))
    assert not [url for url in loads if "passwd" in url or "hosts" in url or "tracker" in url]
    assert opened == ["https://example.org/talk", "https://example.org/md"]


def test_the_safe_browser_refuses_local_files_that_qt_would_load(
    tmp_path: Path, qtbot: Any
) -> None:
    picture = tmp_path / "local.png"
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(picture))
    url = QUrl.fromLocalFile(str(picture))
    markup = f'<p>x<img src="{url.toString()}"></p>'

    def fetched(browser: QTextBrowser) -> bool:
        qtbot.addWidget(browser)
        browser.setHtml(markup)
        browser.document().documentLayout().documentSize()
        resource = browser.document().resource(QTextDocument.ResourceType.ImageResource, url)
        return resource is not None and not resource.isNull()

    # A plain text browser reads the local file by itself: the check below can fail.
    assert fetched(QTextBrowser())
    assert not fetched(SafeBrowser())
