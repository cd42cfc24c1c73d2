"""Reminders before bookmarked sessions: a desktop notification, or a strip in the window.

:class:`Reminders` looks at the bookmarked sessions when they change, and again when the next
reminder falls due (at least once a minute, so that a clock put forward is noticed). Each
reminder given is remembered in the settings, so that none is given twice, not even after a
restart.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import timedelta

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from forumguide.catalog.library import CatalogLibrary
from forumguide.domain.clock import Clock
from forumguide.domain.model import Session
from forumguide.domain.now import Happening, wall_time
from forumguide.domain.reminders import LEADS, due, key_of, next_due, still_worth_keeping
from forumguide.ui.formatting import clock_text, span_text, tr
from forumguide.ui.personal_data import PersonalData
from forumguide.ui.settings import DEFAULT_REMINDER_MINUTES, Settings

log = logging.getLogger(__name__)

DEFAULT_LEAD = DEFAULT_REMINDER_MINUTES
LONGEST_WAIT_MS = 60_000


def reminders_text(happenings: Sequence[Happening[Session]]) -> tuple[str, str]:
    """The title and the body of one notification for every session due at once."""
    if len(happenings) == 1:
        return reminder_text(happenings[0])
    title = tr("Soon: {count} of your sessions").format(count=len(happenings))
    lines = []
    for happening in happenings:
        session = happening.session
        wall = wall_time(happening.starts, session.timezone)
        start = clock_text(wall) if wall is not None else ""
        place = f", {session.room}" if session.room else ""
        lines.append(f"{start} {session.title}{place}")
    return title, "\n".join(lines)


def reminder_text(happening: Happening[Session]) -> tuple[str, str]:
    """The title and the body of a reminder."""
    session = happening.session
    wall = wall_time(happening.starts, session.timezone)
    start = clock_text(wall) if wall is not None else ""
    title = tr("Soon: {title}").format(title=session.title)
    if session.room:
        body = tr("Starts at {start} in {room}.").format(start=start, room=session.room)
    else:
        body = tr("Starts at {start}.").format(start=start)
    return title, body


class Reminders(QObject):
    """Gives each reminder of a bookmarked session once, ``lead`` minutes before it starts."""

    remind = Signal(list)  # the Happening[Session]s to tell the user about, soonest first

    def __init__(
        self,
        library: CatalogLibrary,
        clock: Clock,
        settings: Settings,
        personal: Callable[[], PersonalData | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.clock = clock
        self.settings = settings
        self.personal = personal
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check)

    @property
    def lead_minutes(self) -> int:
        minutes = self.settings.reminder_minutes
        return minutes if minutes in LEADS else DEFAULT_LEAD

    def set_lead_minutes(self, minutes: int) -> None:
        self.settings.reminder_minutes = minutes
        self.settings.sync()
        self.check()

    def given(self) -> list[str]:
        return self.settings.reminders_given

    def check(self) -> list[Happening[Session]]:
        """Give the reminders due now; returns them."""
        self._timer.stop()
        data = self.personal()
        if data is None:
            return []
        moment = self.clock.now()
        lead = timedelta(minutes=self.lead_minutes)
        sessions = list(self.library.sessions_by_key(data.bookmarked_keys()).values())
        given = [key for key in self.given() if still_worth_keeping(key, moment)]
        found = due(sessions, moment, lead, set(given))
        if found:
            given += [key_of(happening) for happening in found]
            self.settings.reminders_given = given
            self.settings.sync()  # remembered even if the app is killed next
        for happening in found:
            log.info("reminder: %s", key_of(happening))
        if found:
            self.remind.emit(found)
        later = next_due(sessions, moment, lead, set(given))
        wait = LONGEST_WAIT_MS
        if later is not None:
            wait = min(wait, max(1000, round((later - moment).total_seconds() * 1000)))
        self._timer.start(wait)
        return found

    def stop(self) -> None:
        self._timer.stop()


class ReminderBar(QFrame):
    """A reminder shown in the window, where the desktop has no notifications."""

    open_requested = Signal(str, str)  # guid, forum slug

    def __init__(
        self, happening: Happening[Session], waited: timedelta, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reminder")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#reminder { background: palette(tool-tip-base); }")
        self.happening = happening
        self.waited = max(waited, timedelta(0))
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        session = happening.session
        self.show_button = show = QPushButton(self)
        show.clicked.connect(lambda: self.open_requested.emit(session.guid, session.forum_slug))
        show.clicked.connect(self.deleteLater)
        self.dismiss_button = dismiss = QPushButton(self)
        dismiss.clicked.connect(self.deleteLater)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(show)
        layout.addWidget(dismiss)
        self.retranslate()

    def retranslate(self) -> None:
        title, body = reminder_text(self.happening)
        self.label.setText(
            f"{title}\n{body} " + tr("(in {span})").format(span=span_text(self.waited))
        )
        self.label.setAccessibleName(tr("Reminder"))
        self.show_button.setText(tr("&Jump to the session"))
        self.show_button.setAccessibleName(tr("Show the session of this reminder"))
        self.dismiss_button.setText(tr("Dismiss"))
        self.dismiss_button.setAccessibleName(tr("Dismiss reminder"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
