"""Follow-ups: the to-do lines a delegate writes in notes, and writing a tick back.

A line whose first characters (after any indent) are ``[ ]``, ``- [ ]`` or ``* [ ]`` is an open
follow-up; with ``[x]`` (or ``[X]``) in the brackets it is done. What follows the brackets is the
follow-up's text. Ticking one changes only the character between its brackets, so the note is
otherwise kept exactly as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_LINE = re.compile(r"^(?P<lead>[ \t]*(?:[-*][ \t]+)?)\[(?P<mark>[ xX])\](?P<rest>.*)$")


@dataclass(frozen=True, slots=True)
class FollowUp:
    """One follow-up line of a note.

    ``line`` is its line number in the note (from 0) and ``offset`` where the character between
    its brackets is in the note's text; ``text`` is what follows the brackets, stripped.
    """

    line: int
    offset: int
    text: str
    done: bool


def follow_ups(text: str) -> list[FollowUp]:
    """The follow-up lines of ``text``, in order (lines split at ``\\n`` only, as in the editor)."""
    found: list[FollowUp] = []
    position = 0
    for number, line in enumerate(text.split("\n")):
        match = _LINE.match(line.rstrip("\r"))
        if match is not None:
            found.append(
                FollowUp(
                    line=number,
                    offset=position + match.start("mark"),
                    text=match.group("rest").strip(),
                    done=match.group("mark") != " ",
                )
            )
        position += len(line) + 1
    return found


def open_follow_ups(text: str) -> list[FollowUp]:
    """The follow-ups of ``text`` not done yet."""
    return [item for item in follow_ups(text) if not item.done]


class FollowUpMovedError(ValueError):
    """The note no longer has that follow-up where it was seen: it was edited meanwhile."""


def with_follow_up_done(text: str, item: FollowUp, done: bool = True) -> str:
    """``text`` with ``item`` ticked (or unticked); nothing else in it changes.

    Raises:
        FollowUpMovedError: ``text`` has no follow-up with ``item``'s text on ``item``'s line.
    """
    current = {(f.line, f.text): f for f in follow_ups(text)}.get((item.line, item.text))
    if current is None:
        raise FollowUpMovedError(item.text)
    mark = "x" if done else " "
    return text[: current.offset] + mark + text[current.offset + 1 :]


def keep_both(stored: str, mine: str, separator: str) -> str:
    """The text to store when ``mine`` was written from an older version than ``stored``.

    Nothing is lost: ``stored`` is kept exactly, and the lines of ``mine`` that it lacks are
    added after ``separator``, in their order. When ``stored`` has every line of ``mine``,
    ``stored`` is returned unchanged.
    """
    present = set(stored.split("\n"))
    missing = [line for line in mine.split("\n") if line.strip() and line not in present]
    if not missing:
        return stored
    if not stored.strip():
        return mine
    return stored.rstrip("\n") + separator + "\n".join(missing)
