"""The one clock the whole app reads the current moment from.

Everything that depends on "now" (what is on, reminders, the line across the timetable) asks a
:class:`Clock`. The app runs on :class:`SystemClock`; ``--now MOMENT`` (or ``FORUMGUIDE_NOW``)
starts it at a chosen moment instead, for demonstrations and screenshots; tests hold it still
with :class:`FixedClock` and move it by hand, never by sleeping.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Protocol

NOW_VARIABLE = "FORUMGUIDE_NOW"
EARLIEST_YEAR = 1900
LATEST_YEAR = 2200


class Clock(Protocol):
    def now(self) -> datetime:
        """The current moment, as an aware datetime."""
        ...


class SystemClock:
    """The computer's own clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class FixedClock:
    """A clock that stands at one moment until it is set or moved on."""

    def __init__(self, moment: datetime) -> None:
        self._moment = _aware(moment)

    def now(self) -> datetime:
        return self._moment

    def set(self, moment: datetime) -> None:
        self._moment = _aware(moment)

    def advance(self, step: timedelta) -> None:
        self._moment += step


class StartedClock:
    """A clock set to a chosen moment at start, which then runs on as time passes."""

    def __init__(self, moment: datetime, elapsed: Callable[[], float] = time.monotonic) -> None:
        self._moment = _aware(moment)
        self._elapsed = elapsed
        self._started = elapsed()

    def now(self) -> datetime:
        return self._moment + timedelta(seconds=self._elapsed() - self._started)


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("the clock needs a moment with its offset from UTC")
    return moment


def parse_moment(text: str) -> datetime:
    """An ISO 8601 moment such as ``2026-01-31T11:30+01:00``; without an offset (or ``Z``) it
    is read in this computer's time zone.

    Raises:
        ValueError: with a message saying what is wrong and what is expected.
    """
    cleaned = text.strip()
    if cleaned.endswith(("Z", "z")):
        cleaned = cleaned[:-1] + "+00:00"
    try:
        moment = datetime.fromisoformat(cleaned)
    except ValueError:
        raise ValueError(
            f"“{text}” is not a moment; give one like 2026-01-31T11:30+01:00"
        ) from None
    if not EARLIEST_YEAR <= moment.year <= LATEST_YEAR:
        raise ValueError(
            f"“{text}” is outside the years {EARLIEST_YEAR}–{LATEST_YEAR} that ForumGuide shows"
        )
    if moment.tzinfo is None:
        moment = moment.astimezone()  # this computer's zone
    return moment


def clock_for(moment_text: str | None) -> Clock:
    """The system clock, or one started at ``moment_text`` (see :func:`parse_moment`)."""
    if not moment_text:
        return SystemClock()
    return StartedClock(parse_moment(moment_text))
