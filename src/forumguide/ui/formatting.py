"""Turns domain records into the text and HTML the window shows.

Times are shown in the forum's own time with its zone, or, on request, in the computer's own
zone; the offset is always the one in force on the session's date.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QUrl
from PySide6.QtGui import QImage, QTextCharFormat, QTextCursor, QTextDocument

from forumguide.domain.model import (
    Forum,
    ForumRole,
    Session,
    SessionSnapshot,
    Source,
    Speaker,
    TextFormat,
)
from forumguide.domain.timezones import is_known_zone, offset_label, to_zone, utc_offset_label

# Module-level tr() calls have no class: lupdate files them under the empty context.
CONTEXT = ""


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def long_date(day: date) -> str:
    return QLocale().toString(qdate(day), "dddd d MMMM yyyy")


def short_date(day: date) -> str:
    return QLocale().toString(qdate(day), "ddd d MMM")


def forum_dates(forum: Forum) -> str:
    if forum.start and forum.end:
        locale = QLocale()
        if forum.start == forum.end:
            return locale.toString(qdate(forum.start), "d MMMM yyyy")
        if (forum.start.year, forum.start.month) == (forum.end.year, forum.end.month):
            return f"{forum.start.day}–{locale.toString(qdate(forum.end), 'd MMMM yyyy')}"
        return (
            f"{locale.toString(qdate(forum.start), 'd MMMM')} – "
            f"{locale.toString(qdate(forum.end), 'd MMMM yyyy')}"
        )
    return forum.dates_text or tr("Dates to be confirmed")


def day_heading(day: date | None) -> str:
    return long_date(day) if day else tr("Date to be confirmed")


@dataclass(frozen=True, slots=True)
class TimeFormatter:
    """Formats session times in forum time, or in ``local_zone`` when ``use_local`` is set."""

    use_local: bool = False
    local_zone: tzinfo | None = None

    def _shown(self, wall: datetime, zone_name: str) -> datetime:
        # A zone this computer does not know (from an old personal-data file, say) cannot be
        # converted: the forum's wall time is shown as it is.
        if not self.use_local or not is_known_zone(zone_name):
            return wall
        return to_zone(wall, zone_name, self.local_zone).replace(tzinfo=None)

    def zone_label(self, wall: datetime, zone_name: str) -> str:
        if not is_known_zone(zone_name):
            return zone_name
        if not self.use_local:
            return tr("{zone}, {offset}").format(
                zone=zone_name, offset=utc_offset_label(wall, zone_name)
            )
        offset = to_zone(wall, zone_name, self.local_zone).utcoffset()
        return tr("your time, {offset}").format(offset=offset_label(offset))

    def clock(self, session: Session | SessionSnapshot, zone_name: str) -> str:
        """``10:00–11:30`` or ``10:00``, or "time TBC" (to be confirmed)."""
        if session.start is None:
            return tr("time TBC")
        start = self._shown(session.start, zone_name)
        end = session.end if isinstance(session, Session) else None
        text = start.strftime("%H:%M")
        if end is not None:
            text += "–" + self._shown(end, zone_name).strftime("%H:%M")
        return text

    def shown_day(self, session: Session | SessionSnapshot, zone_name: str) -> date | None:
        if session.start is None:
            return session.day
        return self._shown(session.start, zone_name).date()

    def when(self, session: Session | SessionSnapshot, zone_name: str) -> str:
        """The full date and time line of a session's details."""
        if session.day is None and session.start is None:
            return tr("Date and time to be confirmed")
        if session.start is None:
            return tr("{date}, time to be confirmed").format(
                date=long_date(session.day or date.min)
            )
        shown_day = self.shown_day(session, zone_name) or session.start.date()
        return tr("{date}, {clock} ({zone})").format(
            date=long_date(shown_day),
            clock=self.clock(session, zone_name),
            zone=self.zone_label(session.start, zone_name),
        )


SAFE_LINK_PREFIXES = ("http://", "https://", "mailto:")
# Background images of tables, cells and blocks, as Qt writes them out.
_BACKGROUND_IMAGE = re.compile(r'\sbackground="[^"]*"|background-image:[^;"]*;?')


def inert_resource(kind: int) -> Any:
    """What a text view answers when asked for a resource: an empty one.

    A null answer would make QTextDocument fall back to reading ``file:`` URLs by itself; an
    empty image (or empty text) is an answer, so nothing is read from disk or network.
    """
    return QImage() if kind == QTextDocument.ResourceType.ImageResource.value else ""


class _InertDocument(QTextDocument):
    """A document that loads no resource while a description is parsed and re-rendered."""

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        return inert_resource(kind)


def _remove_unsafe(document: QTextDocument) -> None:
    """Drop images, and unlink links other than http, https and mailto."""
    images: list[tuple[int, int]] = []
    links: list[tuple[int, int]] = []
    block = document.begin()
    while block.isValid():
        item = block.begin()
        while not item.atEnd():
            fragment = item.fragment()
            item += 1
            style = fragment.charFormat()
            span = (fragment.position(), fragment.length())
            if style.isImageFormat():
                images.append(span)
            elif style.isAnchor() and not style.anchorHref().lower().startswith(SAFE_LINK_PREFIXES):
                links.append(span)
        block = block.next()
    cursor = QTextCursor(document)
    plain = QTextCharFormat()
    plain.setAnchor(False)
    plain.setAnchorHref("")
    for start, length in links:
        cursor.setPosition(start)
        cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(plain)
    for start, length in reversed(images):
        cursor.setPosition(start)
        cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()


def description_html(text: str, text_format: TextFormat) -> str:
    """A description as safe HTML: plain text escaped, Markdown and HTML re-rendered by Qt.

    Qt's rich-text engine keeps only its own subset (no scripts, no forms). Images are dropped
    and links other than http, https and mailto unlinked, and nothing is loaded while parsing;
    the browser that shows the result refuses to load any resource, local or remote, as well.
    """
    if not text.strip():
        return ""
    if text_format is TextFormat.PLAIN:
        paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
        return "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
    document = _InertDocument()
    if text_format is TextFormat.MARKDOWN:
        document.setMarkdown(text)
    else:
        document.setHtml(text)
    _remove_unsafe(document)
    rendered = _BACKGROUND_IMAGE.sub("", document.toHtml())
    start = rendered.find("<body")
    start = rendered.find(">", start) + 1 if start >= 0 else 0
    end = rendered.rfind("</body>")
    return rendered[start : end if end >= 0 else None]


def _sources_html(sources: Sequence[Source]) -> str:
    if not sources:
        return ""
    items = []
    for source in sources:
        parts = [f"<i>{esc(source.title)}</i>"]
        if source.kind:
            parts.append(esc(source.kind))
        if source.author:
            parts.append(esc(source.author))
        if source.published:
            parts.append(esc(long_date(source.published)))
        if source.document:
            parts.append(tr("document {name}").format(name=f"<code>{esc(source.document)}</code>"))
        items.append(f"<li>{', '.join(parts)}</li>")
    return f"<h4>{esc(tr('Sources'))}</h4><ul>{''.join(items)}</ul>"


def _links_html(session_url: str, links: Iterable[tuple[str, str]]) -> str:
    items = [(session_url, session_url)] if session_url else []
    items.extend(links)
    safe = [
        f'<li><a href="{esc(url)}">{esc(title or url)}</a></li>'
        for url, title in items
        if url.lower().startswith(("http://", "https://", "mailto:"))
    ]
    return f"<h4>{esc(tr('Links'))}</h4><ul>{''.join(safe)}</ul>" if safe else ""


def session_html(
    session: Session,
    forum: Forum | None,
    speakers: dict[str, Speaker],
    sources: Sequence[Source],
    formatter: TimeFormatter,
) -> str:
    zone = forum.timezone if forum else "UTC"
    title = esc(session.title)
    if session.title_is_descriptive:
        note = esc(tr("descriptive title; the sources give no official title"))
        title += f' <span style="font-weight: normal; font-size: small">({note})</span>'
    parts = [f"<h2>{title}</h2>"]
    if session.subtitle:
        parts.append(f"<p><i>{esc(session.subtitle)}</i></p>")
    facts = [esc(formatter.when(session, zone))]
    if forum:
        facts.append(esc(forum.name))
    for label, value in (
        (tr("Room"), session.room),
        (tr("Track"), session.track),
        (tr("Format"), session.format),
        (tr("Language"), session.language),
    ):
        if value:
            facts.append(f"{esc(label)}: {esc(value)}")
    parts.append("<p>" + "<br>".join(facts) + "</p>")
    if session.appearances:
        people = []
        for appearance in session.appearances:
            person = speakers.get(appearance.speaker_slug)
            name = person.name if person else appearance.speaker_slug
            line = f'<a href="speaker:{esc(appearance.speaker_slug)}">{esc(name)}</a>'
            details = [d for d in (appearance.billed_title, _role_label(appearance.role)) if d]
            if details:
                line += " — " + esc("; ".join(details))
            people.append(f"<li>{line}</li>")
        parts.append(f"<h4>{esc(tr('Speakers'))}</h4><ul>{''.join(people)}</ul>")
    body = description_html(session.description, session.description_format)
    if body:
        parts.append(f"<h4>{esc(tr('About this session'))}</h4>{body}")
    parts.append(_links_html(session.url, ((link.url, link.title) for link in session.links)))
    parts.append(_sources_html(sources))
    return "".join(parts)


def _role_label(role: str) -> str:
    return "" if role in ("", "speaker") else role


def forum_html(forum: Forum, speakers: dict[str, Speaker], sources: Sequence[Source]) -> str:
    parts = [f"<h2>{esc(forum.name)}</h2>"]
    if forum.theme:
        parts.append(f"<p><i>{esc(forum.theme)}</i></p>")
    place = ", ".join(p for p in (forum.venue, forum.city, forum.country) if p)
    facts = [f"{esc(tr('Dates'))}: {esc(forum_dates(forum))}"]
    if place:
        facts.append(f"{esc(tr('Venue'))}: {esc(place)}")
    if forum.organisers:
        facts.append(f"{esc(tr('Organised by'))}: {esc('; '.join(forum.organisers))}")
    facts.append(f"{esc(tr('Time zone'))}: {esc(forum.timezone)}")
    parts.append("<p>" + "<br>".join(facts) + "</p>")
    parts.append(description_html(forum.description, forum.description_format))
    if forum.roles:
        people = "".join(_role_item(r, speakers) for r in forum.roles)
        parts.append(f"<h4>{esc(tr('People'))}</h4><ul>{people}</ul>")
    parts.append(_links_html(forum.url, ()))
    parts.append(_sources_html(sources))
    return "".join(parts)


def _role_item(role: ForumRole, speakers: dict[str, Speaker]) -> str:
    person = speakers.get(role.speaker_slug)
    name = person.name if person else role.speaker_slug
    details = "; ".join(d for d in (role.billed_title, role.role) if d)
    return f'<li><a href="speaker:{esc(role.speaker_slug)}">{esc(name)}</a> — {esc(details)}</li>'


def speaker_html(
    speaker: Speaker,
    appearances: Sequence[tuple[Session, str, Forum | None, str]],
    roles: Sequence[tuple[Forum | None, ForumRole]],
    sources: Sequence[Source],
    formatter: TimeFormatter,
) -> str:
    """A person's page; ``appearances`` holds (session, billed title, forum, role)."""
    parts = [f"<h2>{esc(speaker.name)}</h2>"]
    facts = []
    if speaker.affiliation:
        facts.append(f"{esc(tr('Affiliation'))}: {esc(speaker.affiliation)}")
    if speaker.country:
        facts.append(f"{esc(tr('Country'))}: {esc(speaker.country)}")
    if facts:
        parts.append("<p>" + "<br>".join(facts) + "</p>")
    parts.append(description_html(speaker.bio, speaker.bio_format))
    if roles:
        items = [
            f"<li>{esc(forum.name if forum else '')}: "
            f"{esc('; '.join(d for d in (role.role, role.billed_title) if d))}</li>"
            for forum, role in roles
        ]
        parts.append(f"<h4>{esc(tr('Roles'))}</h4><ul>{''.join(items)}</ul>")
    if appearances:
        items = []
        for session, billed, forum, role in appearances:
            zone = forum.timezone if forum else "UTC"
            when = formatter.when(session, zone)
            details = "; ".join(d for d in (_role_label(role), billed) if d)
            items.append(
                f'<li><a href="session:{esc(session.guid)}">{esc(session.title)}</a><br>'
                f"{esc(forum.name if forum else '')} · {esc(when)}"
                + (f"<br><i>{esc(tr('Billed as'))}: {esc(details)}</i>" if details else "")
                + "</li>"
            )
        parts.append(f"<h4>{esc(tr('Sessions'))}</h4><ul>{''.join(items)}</ul>")
    parts.append(_links_html("", ((link.url, link.title) for link in speaker.links)))
    parts.append(_sources_html(sources))
    return "".join(parts)
