"""What a delegate chose not to see in a forum's programme: rooms, tracks, single sessions."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class HiddenKind(StrEnum):
    """What a hidden item is."""

    ROOM = "room"
    TRACK = "track"
    SESSION = "session"


@dataclass(frozen=True, slots=True)
class HiddenItem:
    """A room, a track (by name) or a session (by guid) hidden in one forum's lists.

    ``label`` is what the item is called for the delegate: a room's or track's name, a
    session's title when it was hidden (the session may leave the programme later).
    """

    forum_slug: str
    kind: HiddenKind
    value: str
    label: str = ""


@dataclass(frozen=True, slots=True)
class Hidden:
    """Everything hidden in one forum, by kind."""

    rooms: tuple[str, ...] = ()
    tracks: tuple[str, ...] = ()
    guids: tuple[str, ...] = ()

    @classmethod
    def of(cls, items: Iterable[HiddenItem]) -> Hidden:
        listed = list(items)

        def values(kind: HiddenKind) -> tuple[str, ...]:
            return tuple(sorted(item.value for item in listed if item.kind is kind))

        return cls(values(HiddenKind.ROOM), values(HiddenKind.TRACK), values(HiddenKind.SESSION))

    def __bool__(self) -> bool:
        return bool(self.rooms or self.tracks or self.guids)
