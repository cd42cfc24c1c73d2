"""What is on at a moment, what starts next, and whether a forum is on at all.

Sessions are given in their forum's wall-clock time; each is placed on the absolute time line
with its own zone, so that the answer holds for a delegate in any zone.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import Enum
from typing import Generic, Protocol, TypeVar

from forumguide.domain.agenda import DEFAULT_DURATION
from forumguide.domain.timezones import UnknownTimeZoneError, to_utc, zone

# A forum's day, for "next", runs until this hour of the morning after (a night's sessions
# belong to the day before).
DAY_CHANGE = time(6, 0)


class Timed(Protocol):
    @property
    def start(self) -> datetime | None: ...

    @property
    def duration(self) -> timedelta | None: ...

    @property
    def timezone(self) -> str: ...

    @property
    def room(self) -> str: ...


T = TypeVar("T", bound=Timed)


@dataclass(frozen=True, slots=True)
class Happening(Generic[T]):
    """A session on the absolute time line (``starts`` and ``ends`` are aware, in UTC)."""

    session: T
    starts: datetime
    ends: datetime


@dataclass(frozen=True, slots=True)
class NowAndNext(Generic[T]):
    """``running``: started and not ended, ending soonest first. ``upcoming``: the next
    session of each room before the day ends, starting soonest first."""

    moment: datetime
    running: tuple[Happening[T], ...]
    upcoming: tuple[Happening[T], ...]


def happenings(sessions: Iterable[T]) -> list[Happening[T]]:
    """The sessions that have a start, placed on the time line (others are left out)."""
    placed = []
    for session in sessions:
        if session.start is None:
            continue
        try:
            starts = to_utc(session.start, session.timezone)
            length = session.duration if session.duration is not None else DEFAULT_DURATION
            ends = starts + max(length, timedelta(0))
        except (OverflowError, ValueError):
            continue  # an unknown zone or a time at the edge of the calendar
        placed.append(Happening(session, starts, ends))
    return placed


def day_ends(moment: datetime, zone_name: str) -> datetime:
    """When the forum's day that ``moment`` falls in ends: :data:`DAY_CHANGE` next (forum
    time; a day later than ``moment`` for a zone this computer does not know)."""
    wall = wall_time(moment, zone_name)
    if wall is None:
        return moment + timedelta(days=1)
    change = datetime.combine(wall.date(), DAY_CHANGE)
    if change <= wall:
        change += timedelta(days=1)
    try:
        return to_utc(change, zone_name)
    except (OverflowError, ValueError):
        return moment + timedelta(days=1)


def now_and_next(
    sessions: Iterable[T], moment: datetime, until: datetime | None = None
) -> NowAndNext[T]:
    """What runs at ``moment`` and what starts next in each room, before ``until`` (a day
    after ``moment`` if not given)."""
    placed = happenings(sessions)
    horizon = until or moment + timedelta(days=1)
    running = sorted(
        (h for h in placed if h.starts <= moment < h.ends), key=lambda h: (h.ends, h.starts)
    )
    first_next: dict[str, Happening[T]] = {}
    for happening in sorted(placed, key=lambda h: h.starts):
        if moment < happening.starts < horizon:
            first_next.setdefault(happening.session.room, happening)
    upcoming = sorted(first_next.values(), key=lambda h: (h.starts, h.session.room))
    return NowAndNext(moment, tuple(running), tuple(upcoming))


class Phase(Enum):
    BEFORE = "before"
    ON = "on"
    AFTER = "after"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class ForumPhase:
    """Where a moment falls against a forum's days, and the forum's date that day."""

    phase: Phase
    today: date | None  # the date at the forum when it has a known zone
    first: date | None
    last: date | None

    @property
    def days_to_start(self) -> int:
        if self.today is None or self.first is None:
            return 0
        return (self.first - self.today).days


def forum_phase(
    moment: datetime, zone_name: str, days: Sequence[date], start: date | None, end: date | None
) -> ForumPhase:
    """Whether the forum has started, is on, or is over, at ``moment`` (a night after its
    last day is still on until the day change).

    Its span is ``start``..``end`` when known, else the days its sessions are listed on.
    """
    first = start or (min(days) if days else None)
    last = end or (max(days) if days else first)
    try:
        wall = moment.astimezone(zone(zone_name)).replace(tzinfo=None)
    except (UnknownTimeZoneError, OverflowError, ValueError):
        return ForumPhase(Phase.UNKNOWN, None, first, last)
    # Before the day change, the night still belongs to the day before.
    today = programme_date(wall)
    if first is None or last is None:
        return ForumPhase(Phase.UNKNOWN, today, first, last)
    if today < first:
        return ForumPhase(Phase.BEFORE, today, first, last)
    if today > last:
        return ForumPhase(Phase.AFTER, today, first, last)
    return ForumPhase(Phase.ON, today, first, last)


def programme_date(wall: datetime) -> date:
    """The programme day a wall time belongs to: the night before :data:`DAY_CHANGE` is the
    previous day's."""
    if wall.time() < DAY_CHANGE:
        return wall.date() - timedelta(days=1)
    return wall.date()


def wall_time(moment: datetime, zone_name: str) -> datetime | None:
    """``moment`` as the forum's wall clock shows it (naive), or None for an unknown zone."""
    try:
        return moment.astimezone(zone(zone_name)).replace(tzinfo=None)
    except (UnknownTimeZoneError, OverflowError, ValueError):
        return None
