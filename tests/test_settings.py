"""The typed settings: the keys earlier versions wrote still load, and values round-trip."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from forumguide.ui.settings import CalendarChoices, Settings


def _raw(path: Path) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)


def test_a_settings_file_written_with_the_raw_keys_loads(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    raw = _raw(path)
    raw.setValue("window/geometry", QByteArray(b"geometry"))
    raw.setValue("view/forum", "fosdem-2021")
    raw.setValue("view/tab", 2)
    raw.setValue("view/local_time", True)
    raw.setValue("view/by_relevance", "true")
    raw.setValue("view/timetable", True)
    raw.setValue("timetable/zoom", 1.5)
    raw.setValue("export/folder", str(tmp_path))
    raw.setValue("reminders/minutes", 5)
    raw.setValue("reminders/given", ["a", "b"])
    raw.sync()

    settings = Settings(path)

    assert settings.geometry == QByteArray(b"geometry")
    assert settings.state is None
    assert settings.forum == "fosdem-2021"
    assert settings.tab == 2
    assert settings.local_time is True
    assert settings.by_relevance is True
    assert settings.timetable_shown is True
    assert settings.timetable_zoom == 1.5
    assert settings.export_folder == tmp_path
    assert settings.import_folder is None
    assert settings.reminder_minutes == 5
    assert settings.reminders_given == ["a", "b"]


def test_unreadable_values_read_as_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    raw = _raw(path)
    raw.setValue("view/tab", "third")
    raw.setValue("view/local_time", "perhaps")
    raw.setValue("timetable/zoom", "big")
    raw.setValue("export/folder", str(tmp_path / "gone"))
    raw.setValue("export/calendar_scope", "everything")
    raw.setValue("export/calendar_minutes", "-4")
    raw.sync()

    settings = Settings(path)

    assert settings.tab == 0
    assert settings.local_time is False
    assert settings.timetable_zoom is None
    assert settings.export_folder is None
    assert settings.calendar_choices == CalendarChoices()


def test_values_set_are_read_back_after_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    settings = Settings(path)
    settings.import_folder = tmp_path
    settings.calendar_choices = CalendarChoices("day", True, 30, True)
    settings.set_splitter("programme", QByteArray(b"split"))
    settings.local_time = True
    settings.sync()

    again = Settings(path)

    assert again.import_folder == tmp_path
    assert again.calendar_choices == CalendarChoices("day", True, 30, True)
    assert again.splitter("programme") == QByteArray(b"split")
    assert again.splitter("speakers") is None
    assert again.local_time is True
