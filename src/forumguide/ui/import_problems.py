"""Why a schedule could not be imported, in the user's language.

The importers refuse a file with a :class:`~forumguide.interchange.errors.ImportProblem` and
the facts behind it (what the file is, the line, the field, the value); this module words them.
Each sentence says what the file is and why it cannot be read. Details in the reader's or the
system's own words (an XML parser's message, an operating-system error) are shown as given.
"""

from __future__ import annotations

from forumguide.interchange.errors import FileKind, ImportProblem, ScheduleImportError
from forumguide.interchange.limits import MAX_YEAR, MIN_YEAR
from forumguide.ui.formatting import tr


def _wrong_kind(kind: FileKind | None) -> str:
    if kind is FileKind.PDF:
        return tr("It is a PDF document, not a schedule.")
    if kind in (FileKind.PNG, FileKind.JPEG, FileKind.GIF):
        return tr("It is an image, not a schedule.")
    if kind is FileKind.ZIP:
        return tr("It is a ZIP archive (or an office document), not a schedule.")
    if kind is FileKind.SQLITE:
        return tr("It is an SQLite database, not a schedule.")
    if kind is FileKind.HTML:
        return tr("It is a web page (HTML), not a schedule.")
    return tr(
        "It is not a schedule file ForumGuide reads (frab or Pentabarf XML; frab, pretalx or "
        "c3voc JSON; iCalendar)."
    )


def _no_events(kind: FileKind | None) -> str:
    if kind is FileKind.ICALENDAR:
        return tr("It is a calendar with no events.")
    if kind is FileKind.C3VOC_JSON:
        return tr("It is a c3voc schedule (second version) with no events.")
    if kind is FileKind.FRAB_JSON:
        return tr("It is a frab or pretalx schedule (JSON) with no events.")
    return tr("It is a frab schedule with no events.")


def _malformed(error: ScheduleImportError) -> str:
    facts = error.facts
    if facts.what is FileKind.ICALENDAR:
        return tr("It is a calendar, but it is malformed or truncated ({reason}).").format(
            reason=facts.detail
        )
    if facts.line:
        sentence = (
            tr(
                "It is JSON, but it is malformed or truncated (line {line}, column {column}: "
                "{reason})."
            )
            if facts.what is FileKind.JSON
            else tr(
                "It is XML, but it is malformed or truncated (line {line}, column {column}: "
                "{reason})."
            )
        )
        return sentence.format(line=facts.line, column=facts.column, reason=facts.detail)
    if facts.what is FileKind.JSON:
        return tr("It is JSON, but it cannot be read ({reason}).").format(reason=facts.detail)
    return tr("It is XML, but it cannot be read ({reason}).").format(reason=facts.detail)


def _refused_markup(detail: str) -> str:
    if detail == "entities":
        return tr(
            "It is XML that declares entities (an “XML bomb” can expand them to gigabytes); "
            "ForumGuide refuses such files."
        )
    if detail == "external":
        return tr(
            "It is XML that refers to an external entity (a way to read other files); "
            "ForumGuide refuses such files."
        )
    return tr(
        "It is XML that declares a document type (DTD), which can hide an XML bomb or read "
        "other files; ForumGuide refuses such files."
    )


def _wrong_type(field: str, expected: str) -> str:
    if expected == "object":
        return tr("It is a schedule, but {field} is not a JSON object.").format(field=field)
    if expected == "list":
        return tr("It is a schedule, but {field} is not a list.").format(field=field)
    return tr("It is a schedule, but {field} is not text.").format(field=field)


def _out_of_years(error: ScheduleImportError) -> str:
    facts = error.facts
    if facts.session:
        return tr(
            "It is a schedule, but session {session} has a date in the year {year}, outside "
            "{first}–{last}."
        ).format(session=facts.session, year=facts.year, first=MIN_YEAR, last=MAX_YEAR)
    return tr(
        "It is a schedule, but the conference has a date in the year {year}, outside "
        "{first}–{last}."
    ).format(year=facts.year, first=MIN_YEAR, last=MAX_YEAR)


def _bad_time(error: ScheduleImportError) -> str:
    facts = error.facts
    session = facts.session or "?"
    if facts.value:
        return tr("It is a schedule, but session {session} has an invalid time “{value}”.").format(
            session=session, value=facts.value
        )
    return tr("It is a schedule, but session {session} has an invalid time ({reason}).").format(
        session=session, reason=facts.detail
    )


def _needs_zone(zone: str) -> str:
    if zone:
        return tr(
            "It is a schedule whose time zone “{zone}” is not one this computer knows; give the "
            "conference's time zone."
        ).format(zone=zone)
    return tr(
        "It is a schedule that does not say which time zone its times are in; give the "
        "conference's time zone."
    )


def import_problem_text(error: ScheduleImportError) -> str:
    """What is wrong with the file, as one or two sentences for the user."""
    facts = error.facts
    reason = error.reason
    simple = {
        ImportProblem.MISSING: lambda: tr("The file does not exist."),
        ImportProblem.FOLDER: lambda: tr("It is a folder, not a file."),
        ImportProblem.NOT_REGULAR: lambda: tr("It is not a regular file."),
        ImportProblem.NOT_ALLOWED: lambda: tr("ForumGuide is not allowed to read it."),
        ImportProblem.UNREADABLE: lambda: tr("It cannot be read ({reason}).").format(
            reason=facts.detail
        ),
        ImportProblem.TOO_LARGE: lambda: (
            tr("It is {size} MB, over the limit of {limit} MB.").format(
                size=facts.size_mb, limit=facts.limit_mb
            )
            if facts.size_mb
            else tr("It is over the limit of {limit} MB.").format(limit=facts.limit_mb)
        ),
        ImportProblem.EMPTY: lambda: tr("The file is empty."),
        ImportProblem.WRONG_KIND: lambda: _wrong_kind(facts.what),
        ImportProblem.NOT_A_SCHEDULE: lambda: (
            tr("It is a JSON file that is not a schedule.")
            if facts.what is FileKind.JSON
            else tr(
                "It is an XML file, but not a conference schedule (it holds <{element}>)."
            ).format(element=facts.field)
        ),
        ImportProblem.MALFORMED: lambda: _malformed(error),
        ImportProblem.NOT_UTF8: lambda: tr("It is not UTF-8 text."),
        ImportProblem.REFUSED_MARKUP: lambda: _refused_markup(facts.detail),
        ImportProblem.TOO_DEEP: lambda: tr("It is nested too deeply to be a schedule."),
        ImportProblem.BAD_VALUE: lambda: tr(
            "It holds a value that cannot be read ({reason})."
        ).format(reason=facts.detail),
        ImportProblem.WRONG_TYPE: lambda: _wrong_type(facts.field, facts.detail),
        ImportProblem.NO_CONFERENCE: lambda: tr(
            "It is a frab schedule with no <conference> section."
        ),
        ImportProblem.NO_EVENTS: lambda: _no_events(facts.what),
        ImportProblem.NO_NAME: lambda: tr(
            "It is a schedule that names no conference (no title or acronym)."
        ),
        ImportProblem.NO_TITLE: lambda: tr(
            "It is a schedule, but session {session} has no title."
        ).format(session=facts.session),
        ImportProblem.BAD_DATE: lambda: tr(
            "It is a schedule, but {field} holds “{value}”, which is not a date."
        ).format(field=facts.field, value=facts.value),
        ImportProblem.BAD_TIME: lambda: _bad_time(error),
        ImportProblem.OUT_OF_YEARS: lambda: _out_of_years(error),
        ImportProblem.UNKNOWN_ZONE: lambda: tr(
            "“{zone}” is not a time zone this computer knows."
        ).format(zone=facts.zone),
        ImportProblem.NEEDS_ZONE: lambda: _needs_zone(facts.zone),
        ImportProblem.NOT_SAVED: lambda: tr(
            "Its programme could not be saved in {folder} ({reason})."
        ).format(folder=facts.folder, reason=facts.detail),
        ImportProblem.NOT_PLACED: lambda: tr(
            "Its programme could not be put in place ({reason})."
        ).format(reason=facts.detail),
    }
    return simple[reason]()
