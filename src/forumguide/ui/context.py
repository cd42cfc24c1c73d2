"""What the window's flows (import, export) are given to work with, instead of the window."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QWidget

from forumguide.catalog.library import CatalogLibrary
from forumguide.paths import UserPaths
from forumguide.ui.personal_data import PersonalData
from forumguide.ui.settings import Settings
from forumguide.ui.tasks import TaskRunner


@dataclass(frozen=True, slots=True)
class WindowContext:
    """The parts of the window a flow may use.

    Attributes:
        parent: The parent of the flow's dialogs.
        library: The catalogs shown.
        paths: Where the user's files are.
        settings: The window's settings (folders and choices dialogs remember).
        tasks: Runs long work off the GUI thread.
        personal: The personal data, once it is open (None before).
        flush_notes: Saves the notes being typed; False if one could not be saved.
        current_forum: The slug of the forum shown.
        show_message: Shows a message in the window's message bar.
        programmes_changed: Tells the window the library changed (and which forum to show).
        shown_day: The day of the current forum shown in the timetable (None: the sessions
            whose date is still to be confirmed).
    """

    parent: QWidget
    library: CatalogLibrary
    paths: UserPaths
    settings: Settings
    tasks: TaskRunner
    personal: Callable[[], PersonalData | None]
    flush_notes: Callable[[], bool]
    current_forum: Callable[[], str]
    show_message: Callable[[str], None]
    programmes_changed: Callable[[str], None]
    shown_day: Callable[[], date | None]
