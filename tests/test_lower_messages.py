"""Failures below the window (catalogs, the personal store, its backups, exports) reach the user
in the user's language: each has a kind and its facts, and the window words it with tr().

A translator installed here marks every translated text; a sentence built below the window
would come through unmarked.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from forumguide.catalog import CatalogError, CatalogProblem
from forumguide.domain.model import NoteTarget, SessionSnapshot
from forumguide.interchange import atomic
from forumguide.interchange.atomic import EXPORT_REASONS, OS_ERROR_REASONS, ExportError
from forumguide.interchange.personal_file import (
    PersonalFileError,
    PersonalFileFacts,
    PersonalFileProblem,
    RecordProblem,
    read_personal_file,
)
from forumguide.paths import UserPaths
from forumguide.personal import PersonalStoreError, StoreProblem, StoreReadOnlyError
from forumguide.personal.backup import BackupFile, Backups
from forumguide.personal.recovery import (
    FailedRestore,
    Recovery,
    RestoreFailure,
    recovery_marker_path,
    unacknowledged,
)
from forumguide.personal.store import PersonalStore
from forumguide.services.web import FetchError, FetchProblem
from forumguide.ui.language import remove_translations, set_language
from forumguide.ui.messages import catalog_problem_text, error_text
from forumguide.ui.recovery_notice import recovery_text
from forumguide.ui.web_updates import problem_text
from tests.test_import_problems import MarkingTranslator
from tests.ui_helpers import close_window

SNAPSHOT = SessionSnapshot(title="Multilateralism at a Crossroads", forum_name="ATTF 2025")
CYRILLIC = re.compile("[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]")


@pytest.fixture
def marking(qapp: QApplication) -> Iterator[None]:
    translator = MarkingTranslator()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    locale = QLocale()
    set_language("en")
    yield
    remove_translations()
    QLocale.setDefault(locale)


@pytest.mark.parametrize("kind", list(CatalogProblem))
def test_every_catalog_problem_has_a_sentence_naming_its_file(
    kind: CatalogProblem, marking: None
) -> None:
    path = Path("/data/catalogs/attf-2025.sqlite")
    error = CatalogError("English", kind, path=path, detail="why", version=9)
    text = catalog_problem_text(error)
    assert text.startswith("«") and "English" not in text
    assert error_text(error) == text
    if kind not in (CatalogProblem.BUNDLED, CatalogProblem.NOT_IMPORTED):
        assert str(path) in text


def _failed(kind: RestoreFailure, backup: BackupFile) -> FailedRestore:
    return FailedRestore(
        backup,
        "English",
        disk_full=kind is RestoreFailure.DISK_FULL,
        kind=kind,
        detail="why",
    )


@pytest.mark.parametrize("kind", list(RestoreFailure))
def test_every_failed_restore_has_a_sentence_naming_the_backup(
    kind: RestoreFailure, marking: None, tmp_path: Path
) -> None:
    backup = BackupFile(tmp_path / "personal-20261130.sqlite", datetime.now(UTC), "20261130")
    recovery = Recovery(
        tmp_path / "personal.sqlite",
        tmp_path / "personal.damaged.sqlite",
        "English",
        None,
        not_restored=(_failed(kind, backup),),
    )
    text = recovery_text(recovery)
    assert "English" not in text
    assert backup.path.name in text
    failure = text.rsplit("» «", 1)[-1]
    assert failure.endswith("»") and backup.path.name in failure, text


def test_a_catalog_that_cannot_be_read_is_shown_in_kazakh_naming_the_file(
    qtbot: Any, english: None, home: UserPaths, bundled_path: Path
) -> None:
    from forumguide.app import create_main_window

    home.catalogs_dir.mkdir(parents=True, exist_ok=True)
    broken = home.catalogs_dir / "астана-2025.sqlite"
    broken.write_bytes(b"garbage" * 1000)
    set_language("kk")
    window = create_main_window(home, bundled_path)
    qtbot.addWidget(window)
    try:
        message = window.banner.message()
        assert str(broken) in message
        assert "cannot be read" not in message
        assert "бағдарлама каталогын оқу мүмкін емес" in message, message
    finally:
        close_window(window)


def test_a_catalog_of_a_newer_version_is_shown_in_russian(
    english: None, home: UserPaths, bundled_path: Path
) -> None:
    import sqlite3

    from forumguide.services.catalogs import open_library

    home.catalogs_dir.mkdir(parents=True, exist_ok=True)
    newer = home.catalogs_dir / "future.sqlite"
    with sqlite3.connect(newer) as db:
        db.execute("PRAGMA user_version = 99")
    opened = open_library(bundled_path, home.catalogs_dir)
    try:
        (error,) = opened.errors
        assert error.kind is CatalogProblem.TOO_NEW
        assert error.version == 99
        assert "schema version 99" in opened.problems[0]
        set_language("ru")
        text = error_text(error)
        assert str(newer) in text and "99" in text
        assert "written by a newer" not in text
        assert CYRILLIC.search(text), text
    finally:
        opened.library.close()


def test_a_damaged_newer_backup_is_named_in_russian(english: None, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    store = PersonalStore(folder / "personal.sqlite", backups_dir=folder / "backups")
    backups = Backups(folder / "backups")
    store.save_note(NoteTarget.SESSION, "guid-1", "early", SNAPSHOT)
    start = datetime.now(UTC) + timedelta(minutes=1)
    older = backups.create(store.path, now=start)
    store.save_note(NoteTarget.SESSION, "guid-1", "later", SNAPSHOT)
    newer = backups.create(store.path, now=start + timedelta(minutes=1))
    store.engine.dispose()
    store.path.write_bytes(b"garbage" * 1000)
    newer.path.write_bytes(b"garbage" * 1000)

    restored = PersonalStore(folder / "personal.sqlite", backups_dir=folder / "backups")
    try:
        recovery = restored.recovery
        assert recovery is not None
        assert recovery.restored_from == older
        (failed,) = recovery.not_restored
        assert failed.kind is RestoreFailure.DAMAGED
        set_language("ru")
        text = recovery_text(recovery)
        assert newer.path.name in text
        assert "The backup is damaged" not in text
        assert "повреждена" in text, text
    finally:
        restored.close()
    # Read again at the next start, the recovery still words the failure from its kind, also
    # when recorded with only the English sentence.
    marker = recovery_marker_path(folder / "personal.sqlite")
    for drop_kind in (False, True):
        document = json.loads(marker.read_text(encoding="utf-8"))
        if drop_kind:
            for record in document["recoveries"]:
                for failed in record["not_restored"]:
                    del failed["kind"], failed["detail"]
            marker.write_text(json.dumps(document), encoding="utf-8")
        (again,) = unacknowledged(folder / "personal.sqlite")
        assert [f.kind for f in again.not_restored] == [RestoreFailure.DAMAGED]
        assert "повреждена" in recovery_text(again)


@pytest.mark.parametrize("what", list(StoreProblem))
def test_every_store_problem_has_a_sentence_naming_its_file(
    what: StoreProblem, marking: None
) -> None:
    path = Path("/data/personal.sqlite")
    detail = "read-only-file" if what is StoreProblem.READ_ONLY else "disk I/O error"
    error = PersonalStoreError("English", what=what, path=path, detail=detail, version=3, target=9)
    text = error_text(error)
    assert text.startswith("«") and "English" not in text, text
    if what is StoreProblem.NO_UPGRADE:
        assert "3" in text and "9" in text
    elif what is not StoreProblem.WRITE:
        assert str(path) in text or str(path.parent) in text


def test_a_store_whose_folder_cannot_be_made_says_so_in_russian(
    english: None, tmp_path: Path
) -> None:
    in_the_way = tmp_path / "data"
    in_the_way.write_text("a file where the folder belongs")
    with pytest.raises(PersonalStoreError) as raised:
        PersonalStore(in_the_way / "personal.sqlite")
    error = raised.value
    assert error.what is StoreProblem.FOLDER_NOT_CREATED
    assert error.path == in_the_way
    set_language("ru")
    text = error_text(error)
    assert str(in_the_way) in text
    assert "could not be created" not in text
    assert "Не удалось создать папку" in text, text


def test_a_change_refused_by_a_newer_store_is_worded_in_kazakh(
    english: None, tmp_path: Path
) -> None:
    import sqlite3

    path = tmp_path / "personal.sqlite"
    PersonalStore(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA user_version=7")
    connection.close()
    newer = PersonalStore(path)
    try:
        with pytest.raises(StoreReadOnlyError) as raised:
            newer.save_note(NoteTarget.SESSION, "guid-1", "changed", SNAPSHOT)
        set_language("kk")
        text = error_text(raised.value)
        assert str(path) in text and "7" in text
        assert "newer version" not in text
        assert CYRILLIC.search(text), text
    finally:
        newer.close()


EXPORT_REASONS_WORDED = [*EXPORT_REASONS, *OS_ERROR_REASONS, ""]


@pytest.mark.parametrize("reason", EXPORT_REASONS_WORDED)
def test_every_export_failure_has_a_sentence(reason: str, marking: None) -> None:
    path = Path("/data/agenda.ics")
    error = ExportError("English", path=path, reason=reason, detail="Input/output error", year=9)
    text = error_text(error)
    assert text.startswith("«") and "English" not in text, text
    if reason not in EXPORT_REASONS or reason == "bad-name":
        assert str(path) in text


@pytest.mark.parametrize("kind", list(PersonalFileProblem))
def test_every_personal_file_refusal_has_a_sentence_naming_the_file(
    kind: PersonalFileProblem, marking: None
) -> None:
    facts = PersonalFileFacts(record="note", number=2, field="notes", version=9, detail="why")
    text = error_text(PersonalFileError("English", kind, "/data/mine.json", facts))
    assert text.startswith("«") and "English" not in text and "/data/mine.json" in text, text


@pytest.mark.parametrize("problem", list(RecordProblem))
def test_every_bad_record_has_a_sentence(problem: RecordProblem, marking: None) -> None:
    facts = PersonalFileFacts(record="bookmark", number=3, record_problem=problem, value="v")
    error = PersonalFileError("English", PersonalFileProblem.BAD_RECORD, "/data/mine.json", facts)
    text = error_text(error)
    assert "English" not in text and "/data/mine.json" in text
    assert text.count("«") >= 2, text  # the record's sentence and the record's problem


@pytest.mark.parametrize("problem", list(FetchProblem))
def test_every_fetch_problem_has_a_sentence(problem: FetchProblem, marking: None) -> None:
    text = problem_text(FetchError("https://forum.example/schedule.xml", problem, "English"))
    assert text.startswith("«") and "English" not in text, text


def test_a_malformed_bookmark_in_a_personal_file_is_named_in_russian(
    english: None, tmp_path: Path
) -> None:
    path = tmp_path / "закладки.json"
    path.write_text(
        json.dumps(
            {
                "format": "forumguide-personal-data",
                "version": 1,
                "bookmarks": [{"session_guid": "g", "created_at": "soon"}],
            }
        ),
        encoding="utf-8",
    )
    with pytest.raises(PersonalFileError) as raised:
        read_personal_file(path)
    error = raised.value
    assert error.kind is PersonalFileProblem.BAD_RECORD
    assert error.facts.record_problem is RecordProblem.NOT_A_MOMENT
    set_language("ru")
    text = error_text(error)
    assert str(path) in text and "«soon»" in text
    assert "is not a date and time" not in text
    assert "закладк" in text, text


def test_an_export_stopped_by_an_unnamed_system_error_is_worded_in_kazakh(
    english: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    import os

    target = tmp_path / "күн-тәртібі.ics"

    def failing_open(*args: Any, **kwargs: Any) -> int:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(os, "open", failing_open)
    with pytest.raises(ExportError) as raised:
        atomic.write_atomically(target, "BEGIN:VCALENDAR")
    monkeypatch.undo()
    set_language("kk")
    text = error_text(raised.value)
    assert str(target) in text and os.strerror(errno.EIO) in text
    assert "could not be written" not in text
    assert "жазылмады" in text, text


def test_a_store_that_cannot_be_opened_is_shown_once_in_russian_naming_the_file(
    qtbot: Any, english: None, home: UserPaths, bundled_path: Path, tmp_path: Path
) -> None:
    from forumguide.catalog.library import CatalogLibrary
    from forumguide.catalog.reader import CatalogReader
    from tests.ui_helpers import open_window

    locked = tmp_path / "personal.sqlite"

    def open_locked() -> PersonalStore:
        raise PersonalStoreError(
            f"The personal store {locked} could not be opened: the file is locked.",
            what=StoreProblem.NOT_OPENED,
            path=locked,
            kind="locked",
        )

    library = CatalogLibrary([CatalogReader(bundled_path)])
    window = open_window(qtbot, library, home)
    try:
        set_language("ru")
        window.open_store(open_locked)
        qtbot.waitUntil(lambda: str(locked) in window.banner.message())
        message = window.banner.message()
        assert message == (
            f"Не удалось открыть файл закладок и заметок {locked}. "
            "Файл заблокирован другой программой."
        )
    finally:
        close_window(window)
        library.close()
