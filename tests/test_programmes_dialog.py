"""File › Manage programmes: the order programmes are listed in, and removing an imported one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from forumguide.app import open_library
from forumguide.catalog.library import CatalogLibrary
from forumguide.catalog.reader import CatalogReader, SessionFilter
from forumguide.domain.model import NoteTarget
from forumguide.paths import UserPaths
from forumguide.services.personal import snapshot_of
from forumguide.services.programmes import import_schedule
from forumguide.ui.main_window import MainWindow
from forumguide.ui.models import AgendaModel
from tests.conftest import INTEROP
from tests.ui_helpers import close_window, data_of, open_window

CAMP = INTEROP / "schedules" / "frab-camp2019.json"  # August 2019
DEMOCON = INTEROP / "schedules" / "pretalx-democon.json"  # December 2020
BUNDLED = ["doha-2025", "attf-2025", "aif-2024", "aif-2023"]


def _import(home: UserPaths, bundled_path: Path, *schedules: Path) -> None:
    library = CatalogLibrary([CatalogReader(bundled_path)])
    try:
        for schedule in schedules:
            import_schedule(schedule, library, home.catalogs_dir)
    finally:
        library.close()


@pytest.fixture
def imported(home: UserPaths, bundled_path: Path) -> Iterator[CatalogLibrary]:
    """The library as the app opens it, after importing DemoCon and then Camp 2019."""
    _import(home, bundled_path, DEMOCON, CAMP)
    library, problems = open_library(home, bundled_path)
    assert not problems
    yield library
    library.close()


def slugs(window: MainWindow) -> list[str]:
    return [str(window.forum_box.itemData(i)) for i in range(window.forum_box.count())]


def test_bundled_forums_come_first_then_imported_ones_newest_first(
    qtbot, imported: CatalogLibrary, home: UserPaths
) -> None:
    window = open_window(qtbot, imported, home)
    camp = next(r for r in imported.readers if r.path.name.startswith("camp")).forums()[0]
    # Imported in this order, and listed by the conferences' dates, the latest first.
    assert slugs(window) == [*BUNDLED, "democon", camp.slug]
    dialog = window.manage_programmes_action.show_dialog()
    assert [p.bundled for p in dialog.listed] == [True, False, False]
    assert dialog.listed[1].forums[0].slug == "democon"
    rows = [dialog.items[n].text(0) for n in range(len(dialog.items))]
    assert rows[: len(BUNDLED) + 1] == [
        *(f.name for f in dialog.listed[0].forums),
        "DemoCon",
    ]
    assert dialog.remove_button.accessibleName() and dialog.table.accessibleName()
    # The bundled programme cannot be removed.
    dialog.select("bundled")
    assert not dialog.remove_button.isEnabled()
    dialog.close()
    close_window(window)


def test_removing_an_imported_programme_keeps_its_bookmarks_and_notes(
    qtbot,
    imported: CatalogLibrary,
    home: UserPaths,
    bundled_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(qtbot, imported, home)
    data = data_of(window)
    reader = imported.reader_for("democon")
    assert reader is not None
    session = reader.sessions(SessionFilter("democon"))[0]
    data.set_bookmarked(session, True)
    data.save_note(
        NoteTarget.SESSION,
        session.guid,
        "Ask about the demo.",
        snapshot_of(session, imported),
        "democon",
    )
    window.select_forum("democon")
    catalog = reader.path
    questions: list[str] = []

    def answer(_parent, _title, text, *_args):
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog = window.manage_programmes_action.show_dialog()
    dialog.select("democon")
    assert dialog.remove_button.isEnabled()
    # From the keyboard: Delete in the list asks, as the Remove button does.
    dialog.table.setFocus()
    QTest.keyClick(dialog.table, Qt.Key.Key_Delete)

    assert "1 bookmark(s) and 1 note(s)" in questions[0]
    assert not catalog.exists()
    assert "democon" not in slugs(window)
    assert window.current_forum() == "doha-2025"
    assert "democon" not in [p.forums[0].slug for p in dialog.listed]
    assert "DemoCon was removed" in window.banner.message()
    # The bookmark and the note are kept, and say their programme was removed.
    assert (session.forum_slug, session.guid) in data.bookmarked_keys()
    assert data.store.note(NoteTarget.SESSION, session.guid, "democon") is not None
    window.agenda.reload()
    model = window.agenda.model
    statuses = [model.index(row, AgendaModel.STATUS).data() for row in range(model.rowCount())]
    assert "Its programme was removed" in statuses
    window.notes.reload()
    titles = [
        window.notes.model.index(row, 0).data() for row in range(window.notes.model.rowCount())
    ]
    assert any("its programme was removed" in str(title) for title in titles)

    # Importing the schedule again brings them back.
    window.import_flow.import_file(DEMOCON)
    assert "democon" in slugs(window)
    window.agenda.reload()
    statuses = [model.index(row, AgendaModel.STATUS).data() for row in range(model.rowCount())]
    assert "Its programme was removed" not in statuses
    assert session.guid in data.bookmarked_in("democon")
    dialog.close()
    close_window(window)
