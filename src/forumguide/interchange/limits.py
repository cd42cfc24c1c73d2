"""What ForumGuide accepts from files: the years of dates and times, durations, and text.

Every date and time read from outside (a schedule, the curated sources, a personal-data file) is
checked when it is read, so that nothing further on meets a value it cannot handle: Python's
dates run from the year 1 to 9999, so a time late on 9999-12-31 overflows when it is shown in a
zone east of its forum's, one early in the year 1 in a zone west of it, and a calendar's
time-zone rules need a year either side. Years 1900 to 2200 hold every real programme with room
to spare.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

MIN_YEAR = 1900
MAX_YEAR = 2200
YEARS = f"{MIN_YEAR}-{MAX_YEAR}"
# Longer than any session; a longer one in a file is a slip, and its end is treated as unknown.
MAX_DURATION = timedelta(days=7)

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def in_years(value: date) -> bool:
    """Whether ``value`` (a date or a date and time) falls in the years ForumGuide accepts."""
    return MIN_YEAR <= value.year <= MAX_YEAR


def outside_years(what: str, value: date) -> str:
    """``what`` said to be in ``value``'s year, outside the accepted years, as a phrase.

    For example ``session 42 starts in the year 9999, outside 1900-2200``.
    """
    return f"{what} in the year {value.year}, outside {YEARS}"


def believable_duration(value: timedelta | None) -> timedelta | None:
    """``value`` when it is from zero to seven days long, else None (the end is not known)."""
    if value is None or value < timedelta(0) or value > MAX_DURATION:
        return None
    return value


def without_lone_surrogates(text: str) -> str:
    """``text`` with each lone UTF-16 surrogate replaced by U+FFFD.

    A JSON escape such as ``"\\ud83d"`` decodes to a lone surrogate, which cannot be written as
    UTF-8 or stored in SQLite. A surrogate pair held as two characters becomes the one
    character it stands for.
    """
    if not _LONE_SURROGATE.search(text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
