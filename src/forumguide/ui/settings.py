"""The window's remembered choices, typed, over one QSettings file.

Each setting is a property with its key and its default in one place; a value the file holds
in a form that cannot be read (edited by hand, or from another version) reads as the default.
The keys are those the window has always written, so earlier settings files still load.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QSettings, QStandardPaths

GEOMETRY = "window/geometry"
STATE = "window/state"
FORUM = "view/forum"
TAB = "view/tab"
LOCAL_TIME = "view/local_time"
BY_RELEVANCE = "view/by_relevance"
TIMETABLE = "view/timetable"
TIMETABLE_ZOOM = "timetable/zoom"
EXPORT_FOLDER = "export/folder"
IMPORT_FOLDER = "import/folder"
CALENDAR_SCOPE = "export/calendar_scope"
CALENDAR_REMIND = "export/calendar_remind"
CALENDAR_MINUTES = "export/calendar_minutes"
CALENDAR_NOTES = "export/calendar_notes"
SPLITTER_PREFIX = "splitter/"
REMINDER_MINUTES = "reminders/minutes"
REMINDERS_GIVEN = "reminders/given"
NOTES_ORDER = "notes/order"
LANGUAGE = "view/language"

DEFAULT_CALENDAR_MINUTES = 15
DEFAULT_REMINDER_MINUTES = 10
CALENDAR_SCOPES = ("all", "forum", "day")


DOCUMENTS = QStandardPaths.StandardLocation.DocumentsLocation
DOWNLOADS = QStandardPaths.StandardLocation.DownloadLocation


def default_folder(location: QStandardPaths.StandardLocation) -> Path:
    """The user's Documents or Downloads folder where there is one, else the home folder."""
    folder = QStandardPaths.writableLocation(location)
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


@dataclass(frozen=True, slots=True)
class CalendarChoices:
    """What the calendar-export dialog was last set to.

    Attributes:
        scope: ``"all"``, ``"forum"`` or ``"day"`` (the bookmarks to export).
        remind: Whether each event reminds before the session.
        minutes: How many minutes before.
        include_notes: Whether the user's notes go into the descriptions.
    """

    scope: str = "all"
    remind: bool = False
    minutes: int = DEFAULT_CALENDAR_MINUTES
    include_notes: bool = False


def _flag(value: object, default: bool) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in {"true", "1", "yes"}:
        return True
    if text in {"false", "0", "no"}:
        return False
    return default


def _number(value: object, default: int) -> int:
    try:
        return int(str(value))
    except ValueError:
        return default


class Settings:
    """The settings file of one user: window, view, dialog folders and choices, reminders."""

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        self.qsettings = QSettings(str(path), QSettings.Format.IniFormat, parent)

    def sync(self) -> None:
        """Write what was set to the file now."""
        self.qsettings.sync()

    def value(self, key: str, default: object = None) -> object:
        """The raw value at ``key``, for a setting that has no property yet."""
        return self.qsettings.value(key, default)

    def setValue(self, key: str, value: object) -> None:
        """Set the raw value at ``key``, for a setting that has no property yet."""
        self.qsettings.setValue(key, value)

    _get = value
    _set = setValue

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._get(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    # Window ----------------------------------------------------------------------------------

    @property
    def geometry(self) -> QByteArray | None:
        """The window's saved geometry; None before the first close."""
        return self._bytes(GEOMETRY)

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._set(GEOMETRY, value)

    @property
    def state(self) -> QByteArray | None:
        """The window's tool bars and docks."""
        return self._bytes(STATE)

    @state.setter
    def state(self, value: QByteArray) -> None:
        self._set(STATE, value)

    def splitter(self, name: str) -> QByteArray | None:
        """The saved state of the splitter ``name`` (None if never saved)."""
        return self._bytes(SPLITTER_PREFIX + name)

    def set_splitter(self, name: str, state: QByteArray) -> None:
        self._set(SPLITTER_PREFIX + name, state)

    # View ------------------------------------------------------------------------------------

    @property
    def forum(self) -> str:
        """The slug of the forum shown last ("" if none)."""
        return str(self._get(FORUM, "") or "")

    @forum.setter
    def forum(self, slug: str) -> None:
        self._set(FORUM, slug)

    @property
    def tab(self) -> int:
        return _number(self._get(TAB, 0), 0)

    @tab.setter
    def tab(self, index: int) -> None:
        self._set(TAB, index)

    @property
    def local_time(self) -> bool:
        """Whether times are shown in this computer's zone rather than the forum's."""
        return _flag(self._get(LOCAL_TIME, False), False)

    @local_time.setter
    def local_time(self, value: bool) -> None:
        self._set(LOCAL_TIME, value)

    @property
    def by_relevance(self) -> bool:
        return _flag(self._get(BY_RELEVANCE, False), False)

    @by_relevance.setter
    def by_relevance(self, value: bool) -> None:
        self._set(BY_RELEVANCE, value)

    @property
    def timetable_shown(self) -> bool:
        return _flag(self._get(TIMETABLE, False), False)

    @timetable_shown.setter
    def timetable_shown(self, value: bool) -> None:
        self._set(TIMETABLE, value)

    @property
    def timetable_zoom(self) -> float | None:
        try:
            return float(str(self._get(TIMETABLE_ZOOM)))
        except ValueError:
            return None

    @timetable_zoom.setter
    def timetable_zoom(self, zoom: float) -> None:
        self._set(TIMETABLE_ZOOM, zoom)

    # Dialogs ---------------------------------------------------------------------------------

    def _folder(self, key: str) -> Path | None:
        saved = str(self._get(key, "") or "")
        return Path(saved) if saved and Path(saved).is_dir() else None

    @property
    def export_folder(self) -> Path | None:
        """The folder last saved into, if it still exists."""
        return self._folder(EXPORT_FOLDER)

    @export_folder.setter
    def export_folder(self, folder: Path) -> None:
        self._set(EXPORT_FOLDER, str(folder))

    @property
    def import_folder(self) -> Path | None:
        """The folder a schedule was last imported from, if it still exists."""
        return self._folder(IMPORT_FOLDER)

    @import_folder.setter
    def import_folder(self, folder: Path) -> None:
        self._set(IMPORT_FOLDER, str(folder))

    @property
    def calendar_choices(self) -> CalendarChoices:
        scope = str(self._get(CALENDAR_SCOPE, "all"))
        minutes = _number(self._get(CALENDAR_MINUTES, DEFAULT_CALENDAR_MINUTES), -1)
        return CalendarChoices(
            scope=scope if scope in CALENDAR_SCOPES else "all",
            remind=_flag(self._get(CALENDAR_REMIND, False), False),
            minutes=minutes if 0 <= minutes <= 24 * 60 else DEFAULT_CALENDAR_MINUTES,
            include_notes=_flag(self._get(CALENDAR_NOTES, False), False),
        )

    @calendar_choices.setter
    def calendar_choices(self, choices: CalendarChoices) -> None:
        self._set(CALENDAR_SCOPE, choices.scope)
        self._set(CALENDAR_REMIND, choices.remind)
        self._set(CALENDAR_MINUTES, choices.minutes)
        self._set(CALENDAR_NOTES, choices.include_notes)

    # The language --------------------------------------------------------------------------

    @property
    def language(self) -> str:
        """The language chosen in View › Language ("" for the system's)."""
        return str(self._get(LANGUAGE, "") or "")

    @language.setter
    def language(self, choice: str) -> None:
        self._set(LANGUAGE, choice)

    # The Notes tab ---------------------------------------------------------------------------

    @property
    def notes_order(self) -> str:
        """How the list of notes is sorted (a value of ``NotesOrder``; "" if never chosen)."""
        return str(self._get(NOTES_ORDER, "") or "")

    @notes_order.setter
    def notes_order(self, order: str) -> None:
        self._set(NOTES_ORDER, order)

    # Reminders -------------------------------------------------------------------------------

    @property
    def reminder_minutes(self) -> int:
        """Minutes before a bookmarked session to remind of it (0: never)."""
        return _number(self._get(REMINDER_MINUTES, DEFAULT_REMINDER_MINUTES), -1)

    @reminder_minutes.setter
    def reminder_minutes(self, minutes: int) -> None:
        self._set(REMINDER_MINUTES, minutes)

    @property
    def reminders_given(self) -> list[str]:
        """The keys of the reminders given already."""
        value = self._get(REMINDERS_GIVEN, [])
        if isinstance(value, str):
            return [value] if value else []
        return [str(item) for item in value] if isinstance(value, list) else []

    @reminders_given.setter
    def reminders_given(self, keys: list[str]) -> None:
        self._set(REMINDERS_GIVEN, keys)
