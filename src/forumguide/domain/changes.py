"""What changed between two versions of a programme: sessions added, removed, moved.

Sessions are matched by their stable guid, the same key bookmarks and notes use, so a session
whose title was corrected is the same session, and one that was dropped and re-created under a
new guid shows as removed plus added.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from forumguide.domain.model import Session


@dataclass(frozen=True, slots=True)
class SessionMove:
    """A session that is in both versions but at another time or in another room."""

    before: Session
    after: Session

    @property
    def guid(self) -> str:
        return self.after.guid

    @property
    def time_changed(self) -> bool:
        """Its day, start or length changed."""
        return (self.before.day, self.before.start, self.before.duration) != (
            self.after.day,
            self.after.start,
            self.after.duration,
        )

    @property
    def room_changed(self) -> bool:
        return self.before.room != self.after.room


@dataclass(frozen=True, slots=True)
class ProgrammeChanges:
    """The difference between an old and a new version of a programme."""

    added: tuple[Session, ...] = ()
    removed: tuple[Session, ...] = ()
    moved: tuple[SessionMove, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.removed or self.moved)

    def affecting(self, guids: Iterable[str]) -> ProgrammeChanges:
        """Only the changes to the sessions in ``guids`` (for example the bookmarked ones)."""
        wanted = frozenset(guids)
        return ProgrammeChanges(
            added=tuple(s for s in self.added if s.guid in wanted),
            removed=tuple(s for s in self.removed if s.guid in wanted),
            moved=tuple(m for m in self.moved if m.guid in wanted),
        )


def _order(session: Session) -> tuple[bool, date, bool, datetime, int]:
    return (
        session.day is None,
        session.day or date.min,
        session.start is None,
        session.start or datetime.min,
        session.position,
    )


def compare_sessions(before: Iterable[Session], after: Iterable[Session]) -> ProgrammeChanges:
    """The sessions added, removed, and moved in time or room, each in programme order."""
    old = {s.guid: s for s in before}
    new = {s.guid: s for s in after}
    added = sorted((s for guid, s in new.items() if guid not in old), key=_order)
    removed = sorted((s for guid, s in old.items() if guid not in new), key=_order)
    moved = [SessionMove(old[guid], session) for guid, session in new.items() if guid in old]
    moved = [m for m in moved if m.time_changed or m.room_changed]
    moved.sort(key=lambda m: _order(m.after))
    return ProgrammeChanges(tuple(added), tuple(removed), tuple(moved))
