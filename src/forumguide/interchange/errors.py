"""The one error a schedule import raises, whatever went wrong with the file.

Besides an English sentence (for the command line and the log), the error carries what is wrong
as a :class:`ImportProblem` and the facts behind it as :class:`ImportFacts` (the kind of file,
the line, the field, the value), so that the window can say it in the user's language.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path


class FileKind(StrEnum):
    """What a file is, as far as an import can tell."""

    FRAB_XML = "frab-xml"
    """A frab or Pentabarf schedule (XML)."""
    FRAB_JSON = "frab-json"
    """A frab or pretalx schedule (JSON, the first c3voc schema)."""
    C3VOC_JSON = "c3voc-json"
    """A c3voc schedule of the second schema (JSON with flat events and persons)."""
    ICALENDAR = "icalendar"
    XML = "xml"
    JSON = "json"
    HTML = "html"
    PDF = "pdf"
    PNG = "png"
    JPEG = "jpeg"
    GIF = "gif"
    ZIP = "zip"
    SQLITE = "sqlite"
    TEXT = "text"


class ImportProblem(StrEnum):
    """Why a file cannot be imported; :class:`ImportFacts` fields that apply are named."""

    MISSING = "missing"
    FOLDER = "folder"
    NOT_REGULAR = "not-regular"
    NOT_ALLOWED = "not-allowed"
    UNREADABLE = "unreadable"
    """The system could not read it: ``detail``."""
    TOO_LARGE = "too-large"
    """``size_mb`` (0 when not known) over ``limit_mb``."""
    EMPTY = "empty"
    WRONG_KIND = "wrong-kind"
    """It is ``what``, a kind of file that holds no schedule."""
    NOT_A_SCHEDULE = "not-a-schedule"
    """It is ``what`` (XML or JSON) but not a schedule; ``field``: its root element, if XML."""
    MALFORMED = "malformed"
    """``what`` is malformed or truncated at ``line``, ``column``: ``detail``."""
    NOT_UTF8 = "not-utf8"
    REFUSED_MARKUP = "refused-markup"
    """XML that declares a DTD, entities or external references (``detail``)."""
    TOO_DEEP = "too-deep"
    BAD_VALUE = "bad-value"
    """A value that cannot be read (``field``, ``value``; ``detail`` in the reader's words)."""
    WRONG_TYPE = "wrong-type"
    """``field`` is not ``detail`` (``object``, ``list`` or ``text``)."""
    NO_CONFERENCE = "no-conference"
    NO_EVENTS = "no-events"
    """``what`` lists no events."""
    NO_NAME = "no-name"
    NO_TITLE = "no-title"
    """``session`` has no title."""
    BAD_DATE = "bad-date"
    """``field`` holds ``value``, which is not a date."""
    BAD_TIME = "bad-time"
    """``session``'s ``field`` holds ``value``, which is not a time."""
    OUT_OF_YEARS = "out-of-years"
    """``field`` (of ``session``) is in ``year``, outside the accepted years."""
    UNKNOWN_ZONE = "unknown-zone"
    """``zone`` is not a time zone this computer knows."""
    NEEDS_ZONE = "needs-zone"
    """The file does not say its time zone (or names ``zone``, unknown here)."""
    NOT_SAVED = "not-saved"
    """The catalog could not be written in ``folder``: ``detail``."""
    NOT_PLACED = "not-placed"
    """The catalog could not be put in place: ``detail``."""


@dataclass(frozen=True, slots=True)
class ImportFacts:
    """The facts of a refusal, each empty (or 0) when it does not apply.

    Attributes:
        what: What the file is.
        line: The line of the problem (1-based).
        column: The column of the problem (1-based).
        field: Where in the file: an element, a JSON key path, a calendar property.
        session: Which session: its id in the file, or its position (``#3``).
        value: The value as the file gives it.
        detail: The reader's or the system's own words (not translated).
        size_mb: The file's size in MB.
        limit_mb: The largest size accepted, in MB.
        year: The year of a date outside the accepted years.
        zone: A time zone name.
        folder: A folder.
    """

    what: FileKind | None = None
    line: int = 0
    column: int = 0
    field: str = ""
    session: str = ""
    value: str = ""
    detail: str = ""
    size_mb: int = 0
    limit_mb: int = 0
    year: int = 0
    zone: str = ""
    folder: str = ""


class ScheduleImportError(Exception):
    """A schedule file cannot be imported; nothing was changed.

    Attributes:
        source: The file's path or name, as shown in the message.
        problem: What is wrong, as an English sentence (for the command line and the log).
        reason: What is wrong, for the window to word.
        facts: The facts behind ``reason``.
    """

    def __init__(
        self,
        source: str | Path,
        problem: str,
        reason: ImportProblem = ImportProblem.BAD_VALUE,
        facts: ImportFacts | None = None,
    ) -> None:
        self.source = str(source)
        self.problem = problem
        self.reason = reason
        self.facts = facts or ImportFacts()
        name = self.source or "the schedule"
        super().__init__(f"Cannot import {name}: {problem}")

    @property
    def needs_timezone(self) -> bool:
        """True when the only problem is that the file does not say its time zone; importing
        again with an explicit zone will work."""
        return self.reason is ImportProblem.NEEDS_ZONE


@contextmanager
def unreadable_as_import_error(source: str | Path) -> Iterator[None]:
    """Turn what a reader did not anticipate in a damaged file into a :class:`ScheduleImportError`.

    A value out of range (a date in year 0, say) raises ValueError or OverflowError deep inside
    the standard library, and markup nested thousands of levels deep raises RecursionError.
    """
    try:
        yield
    except RecursionError as error:
        raise ScheduleImportError(
            source, "it is nested too deeply to be a schedule.", ImportProblem.TOO_DEEP
        ) from error
    except (ValueError, OverflowError) as error:
        raise ScheduleImportError(
            source,
            f"it holds a value that cannot be read ({error}).",
            ImportProblem.BAD_VALUE,
            ImportFacts(detail=str(error)),
        ) from error
