"""Rules over a delegate's bookmarked sessions: overlaps and free time between them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from forumguide.domain.model import Session, SessionKey
from forumguide.domain.timezones import to_utc

DEFAULT_DURATION = timedelta(minutes=60)


@dataclass(frozen=True, slots=True)
class TimedItem:
    """A session placed on the absolute time line."""

    guid: str
    starts: datetime
    ends: datetime


def timed(
    sessions: Iterable[Session], key: Callable[[Session], str] = lambda s: s.guid
) -> list[TimedItem]:
    """The sessions that have a start, as UTC intervals (each in its own forum's zone).

    A session without a duration counts as :data:`DEFAULT_DURATION` long. Each item is named
    by ``key`` (the guid; sessions of several programmes need their forum in it too).
    """
    items = []
    for session in sessions:
        if session.start is None:
            continue
        try:
            starts = to_utc(session.start, session.timezone)
            ends = starts + (session.duration or DEFAULT_DURATION)
        except (OverflowError, ValueError):
            continue  # a time at the edge of the calendar: not placed on the time line
        items.append(TimedItem(key(session), starts, ends))
    items.sort(key=lambda item: (item.starts, item.ends, item.guid))
    return items


def overlapping(items: Sequence[TimedItem]) -> set[str]:
    """The guids of items whose intervals overlap another's (touching ends do not overlap)."""
    ordered = sorted(items, key=lambda item: (item.starts, item.ends))
    clashes: set[str] = set()
    latest_end: datetime | None = None
    latest_guid = ""
    for item in ordered:
        if latest_end is not None and item.starts < latest_end:
            clashes.update((item.guid, latest_guid))
        if latest_end is None or item.ends > latest_end:
            latest_end, latest_guid = item.ends, item.guid
    return clashes


def overlaps_with(items: Sequence[TimedItem]) -> dict[str, list[str]]:
    """For each item that overlaps others, the names of those others, earliest first.

    Touching ends do not overlap, as in :func:`overlapping`.
    """
    ordered = sorted(items, key=lambda item: (item.starts, item.ends, item.guid))
    found: dict[str, list[str]] = {}
    for number, item in enumerate(ordered):
        for later in ordered[number + 1 :]:
            if later.starts >= item.ends:
                break
            if later.guid != item.guid:
                found.setdefault(item.guid, []).append(later.guid)
                found.setdefault(later.guid, []).append(item.guid)
    return found


def gaps(
    items: Sequence[TimedItem], minimum: timedelta = timedelta(minutes=15)
) -> dict[str, timedelta]:
    """Free time before each item since the previous one ended; call it with one day's items.

    Only gaps of at least ``minimum`` are returned, keyed by the guid of the item after the gap.
    """
    ordered = sorted(items, key=lambda item: (item.starts, item.ends))
    result: dict[str, timedelta] = {}
    latest_end: datetime | None = None
    for item in ordered:
        if latest_end is not None:
            free = item.starts - latest_end
            if free >= minimum:
                result[item.guid] = free
        if latest_end is None or item.ends > latest_end:
            latest_end = item.ends
    return result


def clashing(sessions: Iterable[Session]) -> set[SessionKey]:
    """The (forum slug, guid) of each session that overlaps another one of ``sessions``."""
    listed = list(sessions)
    keys = {_key_name(s): (s.forum_slug, s.guid) for s in listed}
    return {keys[name] for name in overlapping(timed(listed, _key_name))}


def _key_name(session: Session) -> str:
    return f"{session.forum_slug}\x1f{session.guid}"
