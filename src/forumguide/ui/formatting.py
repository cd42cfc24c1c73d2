"""Turns domain records into the text and HTML the window shows.

Times are shown in the forum's own time with its zone, or, on request, in the computer's own
zone; the offset is always the one in force on the session's date.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime, QUrl
from PySide6.QtGui import QImage, QTextCharFormat, QTextCursor, QTextDocument

from forumguide.domain.model import (
    Forum,
    ForumRole,
    Session,
    Source,
    Speaker,
    TextFormat,
)
from forumguide.domain.text import html_to_text
from forumguide.domain.timezones import (
    is_known_zone,
    offset_label,
    readable_zone_name,
    to_zone,
    wall_end,
    zone_and_offset,
)

log = logging.getLogger(__name__)

# Module-level tr() calls have no class: lupdate files them under the empty context.
CONTEXT = ""
# What the window shows of imported text at most: the whole text is kept and exported.
MAX_TITLE_SHOWN = 300
MAX_DESCRIPTION_SHOWN = 20_000
MAX_TOOLTIP_SHOWN = 500
# A word longer than this gets break opportunities, so that text layout stays quick.
MAX_WORD_SHOWN = 80
_LONG_WORD = re.compile(rf"\S{{{MAX_WORD_SHOWN},}}")


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def shortened(text: str, limit: int) -> str:
    """``text``, cut at ``limit`` characters with an ellipsis when it is longer."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def breakable(text: str) -> str:
    """``text`` with a zero-width space every :data:`MAX_WORD_SHOWN` characters of a long word.

    Laying out a word of a million letters takes Qt minutes; broken up, it takes milliseconds.
    """
    if len(text) < MAX_WORD_SHOWN:
        return text
    return _LONG_WORD.sub(
        lambda m: "\u200b".join(
            m.group(0)[i : i + MAX_WORD_SHOWN] for i in range(0, len(m.group(0)), MAX_WORD_SHOWN)
        ),
        text,
    )


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as it is: tooltips that look like markup are rendered as
    rich text (and would load images), so the text is escaped inside a paragraph."""
    return f"<p>{esc(breakable(shortened(text, MAX_TOOLTIP_SHOWN)))}</p>" if text else ""


def span_text(span: timedelta) -> str:
    """``5 min``, ``1 h 05 min``, ``2 days``: how long until something, in whole minutes."""
    minutes = max(0, int(span.total_seconds() // 60))
    if minutes >= 48 * 60:
        return tr("{days} days").format(days=minutes // (24 * 60))
    hours, minutes = divmod(minutes, 60)
    if hours:
        return tr("{hours} h {minutes:02d} min").format(hours=hours, minutes=minutes)
    return tr("{minutes} min").format(minutes=minutes)


# Hours and minutes on the 24-hour clock in every language, as programmes print them.
CLOCK_PATTERN = "HH:mm"


def clock_text(moment: datetime | time) -> str:
    """``14:05``: the wall-clock time of ``moment``, with the current language's digits."""
    return QLocale().toString(QTime(moment.hour, moment.minute), CLOCK_PATTERN)


def local_time_text(moment: datetime, with_date: bool = True) -> str:
    """An aware moment in the computer's zone (``3 Dec 2025, 14:05``, or ``14:05`` without the
    date), or "" for one the calendar cannot convert."""
    try:
        local = moment.astimezone()
    except (OverflowError, ValueError, OSError):
        return ""
    if not with_date:
        return clock_text(local)
    return tr("{date}, {time}").format(
        date=QLocale().toString(qdate(local.date()), tr("d MMM yyyy", "date pattern")),
        time=clock_text(local),
    )


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


# The date patterns are messages: each language orders and punctuates dates its own way, and
# QLocale writes the names of its months and weekdays (in Russian, "декабря" after a day).
def long_date(day: date) -> str:
    return QLocale().toString(qdate(day), tr("dddd d MMMM yyyy", "date pattern"))


def short_date(day: date) -> str:
    return QLocale().toString(qdate(day), tr("ddd d MMM", "date pattern"))


def forum_dates(forum: Forum) -> str:
    if forum.start and forum.end:
        locale = QLocale()
        full = tr("d MMMM yyyy", "date pattern")
        day_and_month = tr("d MMMM", "date pattern")
        if forum.start == forum.end:
            return locale.toString(qdate(forum.start), full)
        if (forum.start.year, forum.start.month) == (forum.end.year, forum.end.month):
            return f"{forum.start.day}–{locale.toString(qdate(forum.end), full)}"
        return (
            f"{locale.toString(qdate(forum.start), day_and_month)} – "
            f"{locale.toString(qdate(forum.end), full)}"
        )
    return forum.dates_text or tr("Dates to be confirmed")


def _aside(text: str, tooltip: str = "") -> str:
    """A remark after a value, in normal weight and small print, with an optional tooltip."""
    hover = f' title="{esc(plain_tooltip(tooltip))}"' if tooltip else ""
    return f'<span style="font-weight: normal; font-size: small"{hover}>({esc(text)})</span>'


def year_inferred_mark(forum: Forum) -> str:
    """The mark after a forum's name or dates when its year is inferred: hovering it gives the
    reason. Empty when a document states the year."""
    if not forum.year_inferred:
        return ""
    reason = tr("Year inferred: {reason}").format(reason=forum.year_inferred)
    return " " + _aside(tr("year inferred"), reason)


def forum_name_html(forum: Forum) -> str:
    """A forum's name as HTML, marked when the year in it is inferred."""
    return esc(breakable(shortened(forum.name, MAX_TITLE_SHOWN))) + year_inferred_mark(forum)


# What a day box holds for the sessions whose date is still to be confirmed.
UNSCHEDULED = "unscheduled"


def day_heading(day: date | None) -> str:
    return long_date(day) if day else tr("Date to be confirmed")


class Timed(Protocol):
    """A session, a list row of one, or a snapshot: anything with a day, a start and a zone."""

    @property
    def day(self) -> date | None: ...

    @property
    def start(self) -> datetime | None: ...

    @property
    def timezone(self) -> str: ...


def _end(subject: Timed) -> datetime | None:
    return wall_end(subject.start, getattr(subject, "duration", None), _zone_name(subject))


def _zone_name(subject: Timed) -> str:
    return subject.timezone or "UTC"


@dataclass(frozen=True, slots=True)
class TimeFormatter:
    """Formats session times in forum time, or in ``local_zone`` when ``use_local`` is set.

    Each subject says its own zone. A time that cannot be shown in the chosen zone (a year near
    the limits of the calendar) is shown as the forum's wall time: formatting never raises.
    """

    use_local: bool = False
    local_zone: tzinfo | None = None

    def shown(self, wall: datetime, zone_name: str) -> datetime:
        """A forum wall time as it is shown: in forum time, or converted to the local zone."""
        # A zone this computer does not know (from an old personal-data file, say) cannot be
        # converted: the forum's wall time is shown as it is.
        if not self.use_local or not is_known_zone(zone_name):
            return wall
        try:
            return to_zone(wall, zone_name, self.local_zone).replace(tzinfo=None)
        except (OverflowError, ValueError) as error:
            log.warning("%s in %s not converted: %s", wall, zone_name, error)
            return wall

    def zone_label(self, wall: datetime, zone_name: str) -> str:
        if not is_known_zone(zone_name):
            return zone_name
        try:
            if not self.use_local:
                name, in_force = zone_and_offset(wall, zone_name)
                return (
                    tr("{zone}, {offset}").format(zone=name, offset=in_force) if in_force else name
                )
            offset = to_zone(wall, zone_name, self.local_zone).utcoffset()
        except (OverflowError, ValueError):
            return readable_zone_name(zone_name)
        return tr("your time, {offset}").format(offset=offset_label(offset))

    def clock(self, subject: Timed) -> str:
        """``10:00–11:30`` or ``10:00``, or "time TBC" (to be confirmed)."""
        if subject.start is None:
            return tr("time TBC")
        zone_name = _zone_name(subject)
        text = clock_text(self.shown(subject.start, zone_name))
        end = _end(subject)
        if end is not None:
            text += "–" + clock_text(self.shown(end, zone_name))
        return text

    def shown_day(self, subject: Timed) -> date | None:
        if subject.start is None:
            return subject.day
        return self.shown(subject.start, _zone_name(subject)).date()

    def when(self, subject: Timed) -> str:
        """The full date and time line of a session's details."""
        if subject.day is None and subject.start is None:
            return tr("Date and time to be confirmed")
        if subject.start is None:
            return tr("{date}, time to be confirmed").format(
                date=long_date(subject.day or date.min)
            )
        shown_day = self.shown_day(subject) or subject.start.date()
        return tr("{date}, {clock} ({zone})").format(
            date=long_date(shown_day),
            clock=self.clock(subject),
            zone=self.zone_label(subject.start, _zone_name(subject)),
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


def text_of(text: str, text_format: TextFormat) -> str:
    """The plain text of a description."""
    if text_format is TextFormat.HTML:
        return html_to_text(text)
    return text


def _break_long_words(document: QTextDocument) -> None:
    block = document.begin()
    while block.isValid():
        content = block.text()
        if len(content) >= MAX_WORD_SHOWN and _LONG_WORD.search(content):
            cursor = QTextCursor(block)
            for match in reversed(list(_LONG_WORD.finditer(content))):
                for offset in reversed(
                    range(match.start() + MAX_WORD_SHOWN, match.end(), MAX_WORD_SHOWN)
                ):
                    cursor.setPosition(block.position() + offset)
                    cursor.insertText("\u200b")
        block = block.next()


def description_html(text: str, text_format: TextFormat) -> str:
    """A description as safe HTML: plain text escaped, Markdown and HTML re-rendered by Qt.

    Qt's rich-text engine keeps only its own subset (no scripts, no forms). Images are dropped
    and links other than http, https and mailto unlinked, and nothing is loaded while parsing;
    the browser that shows the result refuses to load any resource, local or remote, as well.
    """
    if not text.strip():
        return ""
    if len(text) > MAX_DESCRIPTION_SHOWN:
        # Shown as plain text: cut markup would not render as its author meant anyway.
        text = shortened(text_of(text, text_format), MAX_DESCRIPTION_SHOWN)
        text_format = TextFormat.PLAIN
    if text_format is TextFormat.PLAIN:
        paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
        return "".join(f"<p>{esc(breakable(p))}</p>" for p in paragraphs)
    document = _InertDocument()
    if text_format is TextFormat.MARKDOWN:
        document.setMarkdown(text)
    else:
        document.setHtml(text)
    _remove_unsafe(document)
    _break_long_words(document)
    rendered = _BACKGROUND_IMAGE.sub("", document.toHtml())
    start = rendered.find("<body")
    start = rendered.find(">", start) + 1 if start >= 0 else 0
    end = rendered.rfind("</body>")
    return rendered[start : end if end >= 0 else None]


def source_kind_text(kind: str) -> str:
    """A source's kind as the catalog names it, in the user's language (an unknown kind as
    it is)."""
    known = {
        "news report": lambda: tr("news report"),
        "forum website": lambda: tr("forum website"),
        "opinion article": lambda: tr("opinion article"),
        "official programme": lambda: tr("official programme"),
        "published schedule": lambda: tr("published schedule"),
    }
    text = known.get(kind)
    return text() if text is not None else kind


def _sources_html(sources: Sequence[Source]) -> str:
    if not sources:
        return ""
    items = []
    for source in sources:
        # The title opens the source where its address is known; the file the facts were
        # taken from is a detail, shown on hovering the title.
        title = esc(source.title)
        if source.url and QUrl(source.url).scheme().lower() in {"http", "https"}:
            title = f'<a href="{esc(source.url)}">{title}</a>'
        if source.document:
            detail = tr("Source file: {name}").format(name=source.document)
            title = f'<span title="{esc(plain_tooltip(detail))}">{title}</span>'
        if source.title_is_descriptive:
            note = _aside(tr("descriptive title; the document has no headline"))
            parts = [f"{title} {note}"]
        else:
            parts = [f"<i>{title}</i>"]
        if source.kind:
            parts.append(esc(source_kind_text(source.kind)))
        if source.author:
            parts.append(esc(source.author))
        if source.published:
            parts.append(esc(long_date(source.published)))
        items.append(f"<li>{', '.join(parts)}</li>")
    heading = esc(tr("Sources"))
    return f"<h4>{heading}</h4><ul>{''.join(items)}</ul>"


def _links_html(session_url: str, links: Iterable[tuple[str, str]]) -> str:
    items = [(session_url, session_url)] if session_url else []
    items.extend(links)
    safe = [
        f'<li><a href="{esc(url)}">{esc(title or url)}</a></li>'
        for url, title in items
        if url.lower().startswith(("http://", "https://", "mailto:"))
    ]
    heading = esc(tr("Links"))
    return f"<h4>{heading}</h4><ul>{''.join(safe)}</ul>" if safe else ""


def session_html(
    session: Session,
    forum: Forum | None,
    speakers: dict[str, Speaker],
    sources: Sequence[Source],
    formatter: TimeFormatter,
) -> str:
    title = esc(breakable(shortened(session.title, MAX_TITLE_SHOWN)))
    if session.title_is_descriptive:
        title += " " + _aside(tr("descriptive title; the sources give no official title"))
    parts = [f"<h2>{title}</h2>"]
    if session.subtitle:
        parts.append(
            f"<p><i>{esc(breakable(shortened(session.subtitle, MAX_TITLE_SHOWN)))}</i></p>"
        )
    facts = [esc(formatter.when(session))]
    if forum:
        facts.append(forum_name_html(forum))
    for label, value in (
        (tr("Room"), session.room),
        (tr("Track"), session.track),
        (tr("Format"), session.format),
        (tr("Language"), session.language),
        (tr("Co-organised with"), "; ".join(session.co_organisers)),
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
        heading = esc(tr("Speakers"))
        parts.append(f"<h4>{heading}</h4><ul>{''.join(people)}</ul>")
    body = description_html(session.description, session.description_format)
    if body:
        heading = esc(tr("About this session"))
        parts.append(f"<h4>{heading}</h4>{body}")
    parts.append(_links_html(session.url, ((link.url, link.title) for link in session.links)))
    parts.append(_sources_html(sources))
    return "".join(parts)


def _role_label(role: str) -> str:
    return "" if role in ("", "speaker") else role


def forum_html(forum: Forum, speakers: dict[str, Speaker], sources: Sequence[Source]) -> str:
    parts = [f"<h2>{forum_name_html(forum)}</h2>"]
    if forum.theme:
        parts.append(f"<p><i>{esc(forum.theme)}</i></p>")
    place = ", ".join(p for p in (forum.venue, forum.city, forum.country) if p)
    label = esc(tr("Dates"))
    facts = [f"{label}: {esc(forum_dates(forum))}{year_inferred_mark(forum)}"]
    if forum.year_inferred:
        reason = breakable(shortened(forum.year_inferred, MAX_DESCRIPTION_SHOWN))
        facts.append(esc(tr("Year inferred: {reason}").format(reason=reason)))
    if place:
        facts.append(esc(tr("Venue")) + f": {esc(place)}")
    if forum.organisers:
        facts.append(esc(tr("Organised by")) + f": {esc('; '.join(forum.organisers))}")
    facts.append(esc(tr("Time zone")) + f": {esc(readable_zone_name(forum.timezone))}")
    parts.append("<p>" + "<br>".join(facts) + "</p>")
    parts.append(description_html(forum.description, forum.description_format))
    if forum.roles:
        people = "".join(_role_item(r, speakers) for r in forum.roles)
        parts.append("<h4>" + esc(tr("People")) + f"</h4><ul>{people}</ul>")
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
    parts = [f"<h2>{esc(breakable(shortened(speaker.name, MAX_TITLE_SHOWN)))}</h2>"]
    facts = []
    if speaker.affiliation:
        facts.append(esc(tr("Affiliation")) + f": {esc(speaker.affiliation)}")
    if speaker.country:
        facts.append(esc(tr("Country")) + f": {esc(speaker.country)}")
    if facts:
        parts.append("<p>" + "<br>".join(facts) + "</p>")
    parts.append(description_html(speaker.bio, speaker.bio_format))
    if roles:
        items = [
            f"<li>{forum_name_html(forum) if forum else ''}: "
            f"{esc('; '.join(d for d in (role.role, role.billed_title) if d))}</li>"
            for forum, role in roles
        ]
        parts.append("<h4>" + esc(tr("Roles")) + f"</h4><ul>{''.join(items)}</ul>")
    if appearances:
        items = []
        for session, billed, forum, role in appearances:
            when = formatter.when(session)
            details = "; ".join(d for d in (_role_label(role), billed) if d)
            items.append(
                f'<li><a href="session:{esc(session.guid)}">'
                f"{esc(breakable(shortened(session.title, MAX_TITLE_SHOWN)))}</a><br>"
                f"{forum_name_html(forum) if forum else ''} · {esc(when)}"
                + ("<br><i>" + esc(tr("Billed as")) + f": {esc(details)}</i>" if details else "")
                + "</li>"
            )
        parts.append("<h4>" + esc(tr("Sessions")) + f"</h4><ul>{''.join(items)}</ul>")
    parts.append(_links_html("", ((link.url, link.title) for link in speaker.links)))
    parts.append(_sources_html(sources))
    return "".join(parts)
