"""When to remind a delegate of a bookmarked session, once.

A reminder is due from ``lead`` before a session's start until it starts; one that was given
is remembered by :func:`reminder_key` (which names the start, so a session moved to another
time reminds again), and never given twice. Sessions without a time never remind.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import datetime, timedelta

from forumguide.domain.model import Session, SessionKey
from forumguide.domain.now import Happening, happenings

LEADS = (0, 5, 10, 15)  # the choices offered, in minutes; 0 is off
# Reminders given longer ago than this are forgotten (their sessions are long over).
REMEMBERED_FOR = timedelta(days=3)


def reminder_key(key: SessionKey, starts: datetime) -> str:
    forum_slug, guid = key
    return f"{forum_slug}|{guid}|{starts.isoformat()}"


def key_of(happening: Happening[Session]) -> str:
    session = happening.session
    return reminder_key((session.forum_slug, session.guid), happening.starts)


def due(
    sessions: Iterable[Session], moment: datetime, lead: timedelta, given: Collection[str]
) -> list[Happening[Session]]:
    """The sessions to remind of at ``moment``, soonest first."""
    if lead <= timedelta(0):
        return []
    found = [
        happening
        for happening in happenings(sessions)
        if happening.starts - lead <= moment < happening.starts and key_of(happening) not in given
    ]
    return sorted(found, key=lambda h: (h.starts, h.session.title))


def next_due(
    sessions: Iterable[Session], moment: datetime, lead: timedelta, given: Collection[str]
) -> datetime | None:
    """When the next reminder after ``moment`` falls due, if any will."""
    if lead <= timedelta(0):
        return None
    moments = [
        happening.starts - lead
        for happening in happenings(sessions)
        if happening.starts - lead > moment and key_of(happening) not in given
    ]
    return min(moments, default=None)


def still_worth_keeping(key: str, moment: datetime) -> bool:
    """Whether a reminder given earlier should still be remembered at ``moment``."""
    _forum, _guid, starts = key.rsplit("|", 2) if key.count("|") >= 2 else ("", "", "")
    try:
        when = datetime.fromisoformat(starts)
    except ValueError:
        return False
    if when.tzinfo is None:
        return False
    return moment - when < REMEMBERED_FOR
