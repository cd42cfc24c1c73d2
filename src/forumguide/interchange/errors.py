"""The one error a schedule import raises, whatever went wrong with the file."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class ScheduleImportError(Exception):
    """A schedule file cannot be imported; nothing was changed.

    The message names the file and the problem (truncated or malformed, the wrong kind of file,
    a refused XML construct, too large, or required data missing), in words for the user.

    Attributes:
        source: The file's path or name, as shown in the message.
        problem: What is wrong, as a sentence.
        needs_timezone: True when the only problem is that the file does not say its time zone;
            importing again with an explicit zone will work.
    """

    def __init__(self, source: str | Path, problem: str, *, needs_timezone: bool = False) -> None:
        self.source = str(source)
        self.problem = problem
        self.needs_timezone = needs_timezone
        name = self.source or "the schedule"
        super().__init__(f"Cannot import {name}: {problem}")


@contextmanager
def unreadable_as_import_error(source: str | Path) -> Iterator[None]:
    """Turn what a reader did not anticipate in a damaged file into a :class:`ScheduleImportError`.

    A value out of range (a date in year 0, say) raises ValueError or OverflowError deep inside
    the standard library, and markup nested thousands of levels deep raises RecursionError.
    """
    try:
        yield
    except RecursionError as error:
        raise ScheduleImportError(source, "it is nested too deeply to be a schedule.") from error
    except (ValueError, OverflowError) as error:
        raise ScheduleImportError(
            source, f"it holds a value that cannot be read ({error})."
        ) from error
