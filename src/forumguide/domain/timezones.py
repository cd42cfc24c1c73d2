"""Time-zone arithmetic for programme times.

A session is stored as local wall time plus the forum's IANA zone. The offset is always taken
for the session's own date, never today's: Astana moved from UTC+6 to UTC+5 on 2024-03-01.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


class UnknownTimeZoneError(ValueError):
    """The name is not an IANA time zone known to this system."""


@cache
def zone(name: str) -> ZoneInfo:
    """The IANA zone called ``name``."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise UnknownTimeZoneError(name) from error


def is_known_zone(name: str) -> bool:
    try:
        zone(name)
    except UnknownTimeZoneError:
        return False
    return True


def localize(wall_time: datetime, zone_name: str) -> datetime:
    """Attach the forum's zone to a naive local wall time."""
    if wall_time.tzinfo is not None:
        raise ValueError("expected a naive local wall time")
    return wall_time.replace(tzinfo=zone(zone_name))


def to_utc(wall_time: datetime, zone_name: str) -> datetime:
    """The UTC instant of a local wall time in the given zone, for that date's rules."""
    return localize(wall_time, zone_name).astimezone(UTC)


def to_zone(wall_time: datetime, from_zone: str, to: tzinfo | None) -> datetime:
    """A forum wall time seen in another zone (``None``: the computer's own zone)."""
    aware = localize(wall_time, from_zone)
    return aware.astimezone(to) if to is not None else aware.astimezone()


def offset_label(offset: timedelta | None) -> str:
    """``UTC+05:00`` style label for an offset from UTC."""
    if offset is None:
        return "UTC"
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"


def utc_offset_label(wall_time: datetime, zone_name: str) -> str:
    """``UTC+05:00`` style label for the zone's offset at that wall time."""
    return offset_label(localize(wall_time, zone_name).utcoffset())


def wall_end(start: datetime | None, duration: timedelta | None, zone_name: str) -> datetime | None:
    """When something that starts at the wall time ``start`` and lasts ``duration`` ends, on
    the same wall clock: across a change of the clocks it ends an hour later or earlier than
    ``start + duration``. None if either is unknown or the calendar does not reach that far;
    in a zone this computer does not know, ``start + duration``."""
    if start is None or duration is None:
        return None
    try:
        ends = to_utc(start, zone_name) + duration
        return ends.astimezone(zone(zone_name)).replace(tzinfo=None)
    except UnknownTimeZoneError:
        pass
    except (OverflowError, ValueError):
        return None
    try:
        return start + duration
    except OverflowError:
        return None
