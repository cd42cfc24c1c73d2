"""The delegate's own data: what bookmarks and notes remember of their sessions, and merging a
personal-data file from another computer."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from forumguide.catalog.library import CatalogLibrary
from forumguide.domain.model import NoteTarget, Session, SessionSnapshot
from forumguide.personal import PersonalStoreError

if TYPE_CHECKING:
    from forumguide.interchange.personal_file import MergeReport
    from forumguide.personal.store import PersonalStore

log = logging.getLogger(__name__)


def snapshot_of(session: Session, library: CatalogLibrary) -> SessionSnapshot:
    """What a bookmark or note remembers of ``session``, to show it if the session goes."""
    forum = library.forum(session.forum_slug)
    return SessionSnapshot(
        title=session.title,
        forum_name=forum.name if forum else "",
        timezone=session.timezone,
        day=session.day,
        start=session.start,
        room=session.room,
    )


def refresh_snapshots(store: PersonalStore, library: CatalogLibrary) -> int:
    """Remember what the bookmarked and annotated sessions are now; returns how many changed.

    A store that cannot be written is logged, not raised: the snapshots are a convenience for
    sessions that may disappear later.
    """
    try:
        guids = {b.session_guid for b in store.bookmarks()}
        guids |= {n.key for n in store.notes() if n.target is NoteTarget.SESSION}
        sessions = library.sessions_by_guid(guids)
        return store.update_snapshots(
            {guid: snapshot_of(session, library) for guid, session in sessions.items()}
        )
    except PersonalStoreError as error:
        log.warning("snapshots not refreshed: %s", error)
        return 0


@dataclass(frozen=True, slots=True)
class MergeResult:
    """What merging a personal-data file changed."""

    path: Path
    report: MergeReport


def merge_personal_file(store: PersonalStore, path: Path) -> MergeResult:
    """Add the bookmarks and notes of the personal-data file at ``path`` to ``store``.

    Every word of every note is kept (see :func:`~forumguide.interchange.personal_file.
    combine_notes`), in one transaction: all of it, or nothing.

    Raises:
        PersonalFileError: the file is not a readable personal-data file; nothing was changed.
        PersonalStoreError: the store could not be written; nothing was changed.
    """
    from forumguide.interchange.personal_file import (  # noqa: PLC0415
        combine_notes,
        merge_report,
        read_personal_file,
    )

    records = read_personal_file(path)
    incoming = [note for note in records.notes if note.text.strip()]
    counts = store.merge_records(records.bookmarks, incoming, combine_notes)
    return MergeResult(path, merge_report(counts, records))
