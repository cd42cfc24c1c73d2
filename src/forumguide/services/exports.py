"""Exports: bookmarks to a calendar, notes to Markdown or PDF, a programme to frab, and the
personal data to a file another computer can merge.

Each export reads what it needs from the catalogs and the personal store, makes the file's bytes
with the formats in :mod:`forumguide.interchange`, and writes them in one step
(:func:`~forumguide.interchange.atomic.write_atomically`), so a failure leaves nothing behind.
They may run on any thread; the phrases they write come translated from the caller.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from forumguide.catalog.library import CatalogLibrary
from forumguide.domain.model import Bookmark, Note, NoteTarget, Programme, SessionKey
from forumguide.interchange.atomic import write_atomically
from forumguide.interchange.pdf import PageSize
from forumguide.interchange.session_text import ENGLISH, Wording

if TYPE_CHECKING:
    from forumguide.interchange.ics import CalendarOptions
    from forumguide.personal.store import PersonalStore


class NotesFormat(StrEnum):
    MARKDOWN = "md"
    PDF = "pdf"


class ProgrammeFormat(StrEnum):
    XML = "xml"
    JSON = "json"


@dataclass(frozen=True, slots=True)
class Exported:
    """A file written, and how many of each thing went into it."""

    path: Path
    count: int = 0
    undated: int = 0
    removed: int = 0
    second_count: int = 0


def programme_of(library: CatalogLibrary, forum_slug: str) -> Programme:
    """One forum with its sessions and people, read from the catalog that holds it."""
    reader = library.reader_for(forum_slug)
    if reader is None:
        return Programme(forums=())
    return reader.programme(forum_slug)


def export_calendar(
    path: Path,
    library: CatalogLibrary,
    store: PersonalStore,
    options: CalendarOptions,
    wording: Wording = ENGLISH,
) -> Exported:
    """Write the bookmarked sessions chosen by ``options`` to an iCalendar file.

    ``count`` is the number of events written; ``undated`` and ``removed`` count the bookmarks
    left out because their session has no date yet or is no longer in the programme. Nothing is
    written when no event would be.

    Raises:
        PersonalStoreError: the bookmarks could not be read.
        ExportError: the file could not be written.
    """
    from forumguide.interchange.ics import bookmarks_to_ics  # noqa: PLC0415

    bookmarks = store.bookmarks()
    sessions = library.sessions_by_key((b.forum_slug, b.session_guid) for b in bookmarks)
    notes: dict[SessionKey, Note] = {}
    if options.include_notes:
        notes = {key: n for n in store.notes() if (key := n.session_key) is not None}
    speakers = library.speakers_by_slug(
        a.speaker_slug for s in sessions.values() for a in s.appearances
    )
    forums = {f.slug: f for f in library.forums()}
    export = bookmarks_to_ics(
        bookmarks, sessions, forums, speakers, notes=notes, options=options, wording=wording
    )
    if export.exported:
        write_atomically(path, export.data)
    return Exported(path, export.exported, export.undated, export.removed)


def export_session_calendar(
    path: Path, library: CatalogLibrary, key: SessionKey, wording: Wording = ENGLISH
) -> Exported:
    """Write one session (``key``: forum slug, guid) to an iCalendar file of one event.

    ``count`` is 1, or 0 with ``undated`` 1 (and nothing written) when the session has no date
    yet.

    Raises:
        ExportError: the session is not in the programme, or the file could not be written.
    """
    from datetime import UTC, datetime  # noqa: PLC0415

    from forumguide.interchange.atomic import ExportError  # noqa: PLC0415
    from forumguide.interchange.ics import bookmarks_to_ics  # noqa: PLC0415

    session = library.sessions_by_key([key]).get(key)
    if session is None:
        raise ExportError(
            f"The session {key[1]} is not in the programme.", reason="no-session", detail=key[1]
        )
    speakers = library.speakers_by_slug(a.speaker_slug for a in session.appearances)
    forum = library.forum(session.forum_slug)
    export = bookmarks_to_ics(
        [Bookmark(session.guid, session.forum_slug, datetime.now(UTC))],
        {key: session},
        {forum.slug: forum} if forum else {},
        speakers,
        wording=wording,
    )
    if export.exported:
        write_atomically(path, export.data)
    return Exported(path, export.exported, export.undated, export.removed)


def export_notes(
    path: Path,
    library: CatalogLibrary,
    store: PersonalStore,
    kind: NotesFormat,
    wording: Wording = ENGLISH,
) -> Exported:
    """Write every note, arranged by forum and session, as Markdown or PDF.

    Raises:
        PersonalStoreError: the notes could not be read.
        ExportError: the file could not be written.
    """
    from forumguide.interchange.notes_export import (  # noqa: PLC0415
        arrange_notes,
        notes_to_markdown,
        notes_to_pdf,
    )

    notes = store.notes()
    sessions = library.sessions_by_key(key for n in notes if (key := n.session_key) is not None)
    slugs = [a.speaker_slug for s in sessions.values() for a in s.appearances]
    slugs += [n.key for n in notes if n.target is NoteTarget.SPEAKER]
    sections = arrange_notes(
        notes, sessions, library.forums(), library.speakers_by_slug(slugs), wording
    )
    if kind is NotesFormat.PDF:
        write_atomically(path, notes_to_pdf(sections, wording))
    else:
        write_atomically(path, notes_to_markdown(sections, wording))
    return Exported(path, len(notes))


def export_programme(
    path: Path, library: CatalogLibrary, forum_slug: str, kind: ProgrammeFormat
) -> Exported:
    """Write one forum's programme as a frab schedule (XML or JSON).

    Raises:
        ExportError: the forum cannot be written in the format, or the file could not be.
    """
    from forumguide.interchange.frab_export import (  # noqa: PLC0415
        programme_to_json,
        programme_to_xml,
    )

    programme = programme_of(library, forum_slug)
    if kind is ProgrammeFormat.JSON:
        data = programme_to_json(programme, forum_slug)
    else:
        data = programme_to_xml(programme, forum_slug)
    write_atomically(path, data)
    return Exported(path, len(programme.sessions))


def agenda_document(
    library: CatalogLibrary, store: PersonalStore, wording: Wording = ENGLISH
) -> tuple[list[str], int]:
    """The bookmarked sessions as a document to print (HTML pieces), by day and forum, overlaps
    marked; and how many sessions it holds (bookmarks of sessions no longer in a programme are
    left out).

    Raises:
        PersonalStoreError: the bookmarks could not be read.
    """
    from forumguide.domain.agenda import clashing  # noqa: PLC0415
    from forumguide.interchange.printable import arrange, document_html  # noqa: PLC0415

    keys = [(b.forum_slug, b.session_guid) for b in store.bookmarks()]
    sessions = list(library.sessions_by_key(keys).values())
    forums = library.forums()
    groups = arrange(sessions, forums, clashes=clashing(sessions))
    speakers = library.speakers_by_slug(a.speaker_slug for s in sessions for a in s.appearances)
    pieces = document_html(
        wording.calendar_name, groups, {f.slug: f for f in forums}, speakers, wording
    )
    return pieces, len(sessions)


def day_document(
    library: CatalogLibrary,
    forum_slug: str,
    day: date | None,
    bookmarked: Collection[SessionKey] = (),
    wording: Wording = ENGLISH,
) -> tuple[list[str], int]:
    """One day of a forum's programme (``day`` None: the sessions with no date yet) as a
    document to print, the delegate's bookmarks starred; and how many sessions it holds."""
    from forumguide.catalog.reader import SessionFilter  # noqa: PLC0415
    from forumguide.interchange.printable import arrange, document_html  # noqa: PLC0415

    reader = library.reader_for(forum_slug)
    forum = library.forum(forum_slug)
    if reader is None or forum is None:
        return [], 0
    sessions = reader.sessions(SessionFilter(forum_slug, day=day, unscheduled_only=day is None))
    groups = arrange(sessions, [forum], bookmarked=bookmarked)
    speakers = reader.speakers_by_slug(a.speaker_slug for s in sessions for a in s.appearances)
    pieces = document_html(forum.name, groups, {forum.slug: forum}, speakers, wording, note_lines=1)
    return pieces, len(sessions)


def export_document(
    path: Path, pieces: Sequence[str], title: str, count: int, paper: PageSize = PageSize.A4
) -> Exported:
    """Write a document made by :func:`agenda_document` or :func:`day_document` as a PDF.

    Raises:
        ExportError: the file could not be written.
    """
    from forumguide.interchange.pdf import render_pdf  # noqa: PLC0415

    write_atomically(path, render_pdf(pieces, title, paper=paper))
    return Exported(path, count)


def export_personal_data(path: Path, store: PersonalStore) -> Exported:
    """Write every bookmark, note and hidden item to a personal-data file; ``count`` is the
    bookmarks written and ``second_count`` the notes.

    Raises:
        PersonalStoreError: the store could not be read.
        ExportError: the file could not be written.
    """
    from forumguide.interchange.personal_file import write_personal_file  # noqa: PLC0415

    bookmarks, notes = write_personal_file(
        path, store.bookmarks(), store.notes(), store.hidden_items()
    )
    return Exported(path, bookmarks, second_count=notes)
