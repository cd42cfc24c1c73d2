"""One day of a programme as a grid: rooms across, time down, each session a block.

The grid is laid out in the forum's wall-clock time, in minutes from midnight of the programme
day; a session after midnight (listed under the day before) lies below 24:00, and a session
across a change of the clocks ends where the wall clock says it does. Sessions of one
room that overlap share its column side by side, in lanes. Sessions without a time are kept
apart, to be listed under the grid.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum
from typing import Protocol

from forumguide.domain.timezones import wall_end

# A session of unknown length is drawn an hour long; a longer one than a day is cut at a day.
DEFAULT_LENGTH = 60
LONGEST = 24 * 60
# Blocks are at least this tall, so that a five-minute lightning talk can still be read.
SHORTEST = 10
MINUTES_PER_DAY = 24 * 60


class Placed(Protocol):
    @property
    def start(self) -> datetime | None: ...

    @property
    def duration(self) -> timedelta | None: ...

    @property
    def room(self) -> str: ...

    @property
    def timezone(self) -> str: ...


@dataclass(frozen=True, slots=True)
class Block:
    """Where a session lies in the grid.

    Attributes:
        item: The session's index in the sequence that was laid out.
        column: Its room's column.
        start: Minutes from midnight of the day (above 1440 after midnight).
        length: Minutes it lasts, as drawn.
        lane: Its place among the overlapping sessions of its room, from the left.
        lanes: How many lanes its room needs where it lies.
    """

    item: int
    column: int
    start: int
    length: int
    lane: int = 0
    lanes: int = 1

    @property
    def end(self) -> int:
        return self.start + self.length


@dataclass(frozen=True, slots=True)
class DayGrid:
    """A day's grid. ``first`` and ``last`` are the whole hours (in minutes) it spans."""

    day: date | None
    rooms: tuple[str, ...]
    first: int
    last: int
    blocks: tuple[Block, ...]  # by column, then start, then lane
    untimed: tuple[int, ...]  # the items with no start, in the order given

    def block_of(self, item: int) -> int | None:
        """The number of the block showing ``item``, if it has one."""
        for number, block in enumerate(self.blocks):
            if block.item == item:
                return number
        return None

    def at(self, column: int, minute: float) -> list[int]:
        """The numbers of the blocks in ``column`` that cover ``minute``."""
        return [
            number
            for number, block in enumerate(self.blocks)
            if block.column == column and block.start <= minute < block.end
        ]

    def running(self, minute: float) -> list[int]:
        return [
            number
            for number, block in enumerate(self.blocks)
            if block.start <= minute < block.start + max(block.length, 1)
        ]


def minutes_into(day: date, moment: datetime) -> float:
    """How many minutes ``moment`` (a wall-clock time) lies after midnight of ``day``."""
    return (moment - datetime.combine(day, datetime.min.time())) / timedelta(minutes=1)


def lay_out(day: date | None, items: Sequence[Placed], room_order: Sequence[str] = ()) -> DayGrid:
    """Place the sessions of ``day`` in a grid.

    Rooms come in ``room_order`` (rooms it does not name follow, by name), only those with a
    session this day; a session without a room gets a column of its own, last. With no day
    (sessions whose date is still to be confirmed) nothing is placed: all are untimed.
    """
    timed: list[tuple[int, int, int]] = []  # (item, start, length)
    untimed: list[int] = []
    for number, item in enumerate(items):
        if item.start is None or day is None:
            untimed.append(number)
            continue
        start = round(minutes_into(day, item.start))
        end = None
        if item.duration is not None and item.duration >= timedelta(0):
            end = wall_end(item.start, item.duration, item.timezone)
        if end is None:
            length = DEFAULT_LENGTH
        else:
            length = min(max(round(minutes_into(day, end)) - start, 0), LONGEST)
        timed.append((number, start, length))
    used = {items[number].room for number, _start, _length in timed}
    ranked = {room: position for position, room in enumerate(room_order)}
    rooms = sorted(
        used,
        key=lambda room: (room == "", ranked.get(room, len(ranked)), room.casefold(), room),
    )
    blocks: list[Block] = []
    for column, room in enumerate(rooms):
        own = sorted(
            (
                (start, -length, number)
                for number, start, length in timed
                if items[number].room == room
            )
        )
        blocks.extend(
            _lanes(column, [(number, start, -negative) for start, negative, number in own])
        )
    blocks.sort(key=lambda block: (block.column, block.start, block.lane))
    if blocks:
        first = min(block.start for block in blocks) // 60 * 60
        last = -(-max(block.start + max(block.length, SHORTEST) for block in blocks) // 60) * 60
    else:
        first, last = 9 * 60, 18 * 60
    return DayGrid(day, tuple(rooms), first, last, tuple(blocks), tuple(untimed))


def _lanes(column: int, sessions: list[tuple[int, int, int]]) -> list[Block]:
    """Blocks for one room's sessions (sorted by start, longest first): each overlapping group
    is split into as many lanes as it needs at most."""
    placed: list[Block] = []
    group: list[tuple[int, int, int, int]] = []  # (item, start, length, lane)
    lane_ends: list[int] = []  # where each lane of the group is free again
    group_end = 0

    def close_group() -> None:
        lanes = len(lane_ends)
        placed.extend(
            Block(item, column, start, length, lane, lanes) for item, start, length, lane in group
        )

    for item, start, length in sessions:
        drawn = max(length, SHORTEST)
        if group and start >= group_end:
            close_group()
            group, lane_ends = [], []
        if not group:
            group_end = start
        free = [lane for lane, end in enumerate(lane_ends) if end <= start]
        if free:
            lane = free[0]
            lane_ends[lane] = start + drawn
        else:
            lane = len(lane_ends)
            lane_ends.append(start + drawn)
        group.append((item, start, length, lane))
        group_end = max(group_end, start + drawn)
    if group:
        close_group()
    return placed


class Step(Enum):
    UP = "up"
    DOWN = "down"
    LEFT = "left"
    RIGHT = "right"


def neighbour(grid: DayGrid, number: int, step: Step) -> int:
    """The block the arrow key ``step`` moves to from block ``number`` (itself at an edge).

    Up and down go to the previous or next session of the same room; left and right to the
    nearest room with sessions, to the session there closest in time.
    """
    blocks = grid.blocks
    current = blocks[number]
    if step in (Step.UP, Step.DOWN):
        same = [n for n, block in enumerate(blocks) if block.column == current.column]
        position = same.index(number)
        position += -1 if step is Step.UP else 1
        return same[position] if 0 <= position < len(same) else number
    direction = -1 if step is Step.LEFT else 1
    columns = sorted({block.column for block in blocks})
    at = bisect.bisect_left(columns, current.column) + direction
    if not 0 <= at < len(columns):
        return number
    column = columns[at]
    candidates = [n for n, block in enumerate(blocks) if block.column == column]

    def distance(n: int) -> tuple[int, int, int]:
        block = blocks[n]
        covers = block.start <= current.start < block.end
        return (0 if covers else 1, abs(block.start - current.start), block.lane)

    return min(candidates, key=distance)
