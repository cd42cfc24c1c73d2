"""The words and plain-text lines that exports write about sessions and people.

Exports run below the user interface, so they cannot translate; :class:`Wording` holds every
phrase they write, in English by default, and the window passes a translated one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from forumguide.domain.model import Forum, Session, SessionSnapshot, Speaker
from forumguide.domain.timezones import wall_end, zone_and_offset
from forumguide.interchange.limits import believable_duration

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def english_date(day: date) -> str:
    """``Wednesday 15 October 2025``."""
    return f"{_WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def _clock(start: datetime, end: datetime | None) -> str:
    text = start.strftime("%H:%M")
    return f"{text}–{end.strftime('%H:%M')}" if end is not None else text


def session_end(subject: Session | SessionSnapshot) -> datetime | None:
    """When a session ends, if its duration is believable (see :mod:`.limits`) and its end is a
    date Python can hold; a snapshot keeps no end."""
    if not isinstance(subject, Session) or subject.start is None:
        return None
    return wall_end(subject.start, believable_duration(subject.duration), subject.timezone)


def english_when(subject: Session | SessionSnapshot, zone_name: str) -> str:
    """The date and time of a session in forum time, or what is still to be confirmed."""
    if subject.start is None:
        if subject.day is None:
            return "Date and time to be confirmed"
        return f"{english_date(subject.day)}, time to be confirmed"
    end = session_end(subject)
    name, in_force = zone_and_offset(subject.start, zone_name)
    offset = f"{name}, {in_force}" if in_force else name
    return f"{english_date(subject.start.date())}, {_clock(subject.start, end)} ({offset})"


@dataclass(frozen=True, slots=True)
class Wording:
    """Every phrase an export writes; the defaults are English."""

    speakers: str = "Speakers"
    time_to_be_confirmed: str = "Time to be confirmed."
    end_to_be_confirmed: str = "End time to be confirmed."
    my_note: str = "My note"
    reminder: str = "Reminder: {title}"
    calendar_name: str = "My agenda"
    notes_title: str = "My notes"
    exported_on: str = "Exported on {date}."
    people: str = "People"
    removed_sessions: str = "Sessions no longer in the programme"
    removed: str = "removed from the programme"
    updated: str = "Updated {date}"
    room: str = "Room"
    note_count: str = "{count} notes"
    time_tbc: str = "Time to be confirmed"
    date_tbc: str = "Date to be confirmed"
    times_in: str = "Times in {zone} ({offset})"
    times_in_zone: str = "Times in {zone}"
    overlaps: str = "Overlaps another session you bookmarked"
    nothing_to_print: str = "There are no sessions to show."
    open_follow_ups: str = "Open follow-ups"
    when: Callable[[Session | SessionSnapshot, str], str] = field(default=english_when)
    long_date: Callable[[date], str] = field(default=english_date)


ENGLISH = Wording()


def role_label(role: str) -> str:
    """The role worth showing beside a name: "speaker" goes without saying."""
    return "" if role in ("", "speaker") else role


def speaker_lines(session: Session, speakers: Mapping[str, Speaker]) -> list[str]:
    """``Name, billed title (role)`` for each person in the session, in billing order."""
    lines = []
    for appearance in session.appearances:
        person = speakers.get(appearance.speaker_slug)
        line = person.name if person else appearance.speaker_slug
        if appearance.billed_title:
            line += f", {appearance.billed_title}"
        role = role_label(appearance.role)
        if role:
            line += f" ({role})"
        lines.append(line)
    return lines


def place_of(session: Session, forum: Forum | None) -> str:
    """Room, venue and city, as far as they are known."""
    parts = [session.room]
    if forum is not None:
        parts += [forum.venue, forum.city]
    seen: list[str] = []
    for part in parts:
        if part and part not in seen:
            seen.append(part)
    return ", ".join(seen)


def session_day(session: Session) -> date | None:
    """The programme day a session is listed under, or the date it starts on."""
    if session.day is not None:
        return session.day
    return session.start.date() if session.start is not None else None
