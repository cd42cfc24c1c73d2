"""A delegate's agenda, or one day of a programme, as a document to print or keep as a PDF.

Sessions are grouped by day and forum; each group names the time zone its times are in (the
forum's own, with its offset that day). Each session shows its time, title, room and speakers,
is marked when it overlaps another of the delegate's sessions, and is followed by ruled lines
to write on. Every text is escaped: titles are never read as markup.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from forumguide.domain.model import Forum, Session, SessionKey, Speaker
from forumguide.domain.timezones import readable_zone_name, zone_and_offset
from forumguide.interchange.session_text import (
    ENGLISH,
    Wording,
    session_end,
    speaker_lines,
)

RULE = '<tr><td colspan="2" style="border-bottom: 1px solid #9a9a9a; height: 24px">&nbsp;</td></tr>'
CLASH_COLOUR = "#b00020"


@dataclass(frozen=True, slots=True)
class Entry:
    session: Session
    clash: bool = False
    bookmarked: bool = False


@dataclass(frozen=True, slots=True)
class Group:
    """The sessions of one forum on one day (``day`` None: date to be confirmed)."""

    day: date | None
    forum_slug: str
    entries: tuple[Entry, ...]


def _day_of(session: Session) -> date | None:
    return session.day or (session.start.date() if session.start is not None else None)


def arrange(
    sessions: Iterable[Session],
    forums: Sequence[Forum],
    *,
    clashes: Iterable[SessionKey] = (),
    bookmarked: Iterable[SessionKey] = (),
) -> list[Group]:
    """The sessions by day (dated first), then forum (in ``forums``' order), then time."""
    clashing, marked = set(clashes), set(bookmarked)
    order = {forum.slug: number for number, forum in enumerate(forums)}
    grouped: dict[tuple[date | None, str], list[Entry]] = {}
    for session in sessions:
        key = (session.forum_slug, session.guid)
        grouped.setdefault((_day_of(session), session.forum_slug), []).append(
            Entry(session, key in clashing, key in marked)
        )

    def group_order(item: tuple[date | None, str]) -> tuple[bool, date, int, str]:
        day, slug = item
        return (day is None, day or date.min, order.get(slug, len(order)), slug)

    def entry_order(entry: Entry) -> tuple[bool, datetime, int, str]:
        start = entry.session.start
        return (start is None, start or datetime.min, entry.session.position, entry.session.title)

    return [
        Group(day, slug, tuple(sorted(grouped[(day, slug)], key=entry_order)))
        for day, slug in sorted(grouped, key=group_order)
    ]


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _zone_line(group: Group, forum: Forum | None, wording: Wording) -> str:
    zone = forum.timezone if forum is not None else ""
    if not zone:
        zone = group.entries[0].session.timezone if group.entries else "UTC"
    moment = next((e.session.start for e in group.entries if e.session.start), None)
    if moment is None:
        return wording.times_in_zone.format(zone=readable_zone_name(zone))
    name, offset = zone_and_offset(moment, zone)
    if not offset:
        return wording.times_in_zone.format(zone=name)
    return wording.times_in.format(zone=name, offset=offset)


def _clock(session: Session, wording: Wording) -> str:
    if session.start is None:
        return wording.time_tbc
    text = session.start.strftime("%H:%M")
    end = session_end(session)
    return f"{text}–{end.strftime('%H:%M')}" if end is not None else text


def document_html(
    title: str,
    groups: Sequence[Group],
    forums: Mapping[str, Forum],
    speakers: Mapping[str, Speaker],
    wording: Wording = ENGLISH,
    *,
    subtitle: str = "",
    note_lines: int = 3,
) -> list[str]:
    """The document as HTML pieces for Qt's text engine: a title, then one piece per group."""
    pieces = [f"<h1>{_esc(title)}</h1>" + (f"<p><i>{_esc(subtitle)}</i></p>" if subtitle else "")]
    if not groups:
        pieces.append(f"<p>{_esc(wording.nothing_to_print)}</p>")
    for group in groups:
        forum = forums.get(group.forum_slug)
        day = wording.long_date(group.day) if group.day is not None else wording.date_tbc
        heading = f"{day} · {forum.name}" if forum is not None else day
        parts = [
            f"<h2>{_esc(heading)}</h2>",
            f'<p style="color: #555555">{_esc(_zone_line(group, forum, wording))}</p>',
            '<table width="100%" cellspacing="0" cellpadding="4">',
        ]
        for entry in group.entries:
            session = entry.session
            lines = [f"<b>{'★ ' if entry.bookmarked else ''}{_esc(session.title)}</b>"]
            if session.room:
                lines.append(_esc(f"{wording.room}: {session.room}"))
            people = speaker_lines(session, speakers)
            if people:
                lines.append(_esc("; ".join(people)))
            if entry.clash:
                lines.append(f'<span style="color: {CLASH_COLOUR}">{_esc(wording.overlaps)}</span>')
            parts.append(
                '<tr><td width="25%" valign="top">'
                f"<b>{_esc(_clock(session, wording))}</b></td>"
                f'<td valign="top">{"<br>".join(lines)}</td></tr>'
            )
            parts.append(RULE * note_lines)
        parts.append("</table>")
        pieces.append("".join(parts))
    return pieces
