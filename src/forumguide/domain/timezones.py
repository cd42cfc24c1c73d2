"""Time-zone arithmetic for programme times.

A session is stored as local wall time plus the forum's IANA zone. The offset is always taken
for the session's own date, never today's: Astana moved from UTC+6 to UTC+5 on 2024-03-01.

A schedule that gives only a UTC offset has no IANA zone: its zone is named by the offset, as
people read it (``UTC+05:30``). The IANA ``Etc/GMT-1`` zones have the POSIX sign (``Etc/GMT-1``
is one hour ahead of UTC), so they are never shown by their names.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_OFFSET_NAME = re.compile(r"^UTC([+-])(\d{2}):(\d{2})$")
_ETC_NAME = re.compile(r"^Etc/GMT([+-]?)(\d{1,2})$")
# The largest offsets in use are UTC-12:00 and UTC+14:00.
_MAX_OFFSET = timedelta(hours=14)


class UnknownTimeZoneError(ValueError):
    """The name is not an IANA time zone known to this system."""


@cache
def zone(name: str) -> tzinfo:
    """The IANA zone called ``name``, or the fixed offset named like ``UTC+05:30``."""
    match = _OFFSET_NAME.match(name)
    if match is not None:
        offset = timedelta(hours=int(match[2]), minutes=int(match[3]))
        if int(match[3]) >= 60 or offset > _MAX_OFFSET:
            raise UnknownTimeZoneError(name)
        return timezone(-offset if match[1] == "-" else offset, name)
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise UnknownTimeZoneError(name) from error


def fixed_offset_name(offset: timedelta) -> str:
    """The name of the zone always ``offset`` ahead of UTC: ``UTC+05:30``, or ``UTC``."""
    return offset_label(offset) if offset else "UTC"


def readable_zone_name(name: str) -> str:
    """``name`` as people read it: an ``Etc/GMT±N`` zone by its offset (``Etc/GMT-1`` is
    ``UTC+01:00``); any other name as it is."""
    match = _ETC_NAME.match(name)
    if match is None:
        return name
    hours = int(match[2])
    return fixed_offset_name(timedelta(hours=hours if match[1] == "-" else -hours))


def is_fixed_offset(name: str) -> bool:
    """Whether ``name`` is a zone without rules, a bare offset (``UTC+05:30``, ``Etc/GMT-1``)."""
    return bool(_OFFSET_NAME.match(name) or _ETC_NAME.match(name))


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


def zone_and_offset(wall_time: datetime, zone_name: str) -> tuple[str, str]:
    """A zone's name as people read it, and its offset at that wall time (``UTC+05:00``).

    The offset is "" where the name already is one (``UTC+05:30``) or the zone is not known.
    """
    name = readable_zone_name(zone_name)
    if is_fixed_offset(zone_name):
        return name, ""
    try:
        return name, utc_offset_label(wall_time, zone_name)
    except (UnknownTimeZoneError, OverflowError, ValueError):
        return name, ""


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
