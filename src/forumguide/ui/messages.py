"""What went wrong below the window, in the user's language.

The lower layers raise errors with a kind and the facts (the file, the reason); these
functions word them with tr(). An error of a kind not worded here is shown by its own English
message, which says as much as it knows.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from forumguide.catalog import CATALOG_SCHEMA_VERSION, CatalogError, CatalogProblem
from forumguide.ui.formatting import tr

if TYPE_CHECKING:
    from forumguide.interchange.atomic import ExportError
    from forumguide.interchange.personal_file import PersonalFileError, PersonalFileFacts
    from forumguide.personal import PersonalStoreError
    from forumguide.personal.store import PersonalStore

# Why writing a file failed (forumguide.interchange.atomic.OS_ERROR_REASONS), in words.
_WRITE_REASONS: dict[str, Callable[[], str]] = {
    "permission": lambda: tr("permission was denied"),
    "read-only-disk": lambda: tr("the folder is on a read-only disk"),
    "disk-full": lambda: tr("the disk is full"),
    "quota": lambda: tr("the disk quota is used up"),
    "no-folder": lambda: tr("the folder does not exist"),
    "in-the-way": lambda: tr("a folder of that name is in the way"),
    "name-too-long": lambda: tr("the name is too long"),
}
# Why the personal store could not be written (forumguide.personal.failures.kind_of).
_STORE_REASONS: dict[str, Callable[[], str]] = {
    "disk-full": lambda: tr("The disk is full."),
    "read-only": lambda: tr("The folder or file is read-only."),
    "locked": lambda: tr("The file is locked by another program."),
}


def catalog_problem_text(error: CatalogError) -> str:
    """Why a programme catalog cannot be opened, kept or removed, naming its file."""
    file, reason = str(error.path or ""), error.detail
    sentences: dict[CatalogProblem, Callable[[], str]] = {
        CatalogProblem.MISSING: lambda: tr("The programme catalog {file} does not exist."),
        CatalogProblem.UNREADABLE: lambda: tr(
            "The programme catalog {file} cannot be read ({reason})."
        ),
        CatalogProblem.TOO_NEW: lambda: tr(
            "The programme catalog {file} was written by a newer version of ForumGuide (schema "
            "{version}; this version reads {current}). Update ForumGuide to open it."
        ),
        CatalogProblem.TOO_OLD: lambda: tr(
            "The programme catalog {file} is of schema {version}, too old for this version of "
            "ForumGuide; import its schedule again."
        ),
        CatalogProblem.OLDER: lambda: tr(
            "The programme catalog {file} is of an older version and was not opened; "
            "reinstall ForumGuide."
        ),
        CatalogProblem.DAMAGED: lambda: tr("The programme catalog {file} is damaged ({reason})."),
        CatalogProblem.NOT_UPGRADED: lambda: tr(
            "The programme catalog {file} could not be upgraded to this version ({reason}); "
            "it was left as it was."
        ),
        CatalogProblem.BUNDLED: lambda: tr("The bundled programme cannot be removed."),
        CatalogProblem.NOT_IMPORTED: lambda: tr("There is no imported programme {programme}."),
        CatalogProblem.NOT_DELETED: lambda: tr("{file} could not be deleted ({reason})."),
    }
    return sentences[error.kind]().format(
        file=file,
        reason=reason,
        programme=reason,
        version=error.version,
        current=CATALOG_SCHEMA_VERSION,
    )


def _read_only_text(cause: str, path: Path, version: int) -> str:
    from forumguide.personal.store import ReadOnlyCause  # noqa: PLC0415 - SQLAlchemy

    if cause == ReadOnlyCause.NEWER_VERSION:
        return tr(
            "{file} was written by a newer version of ForumGuide (format {version}); it is "
            "open read-only so that nothing in it is changed."
        ).format(file=path, version=version)
    if cause == ReadOnlyCause.READ_ONLY_FOLDER:
        return tr(
            "The folder {folder} is read-only: your notes can be read but not changed."
        ).format(folder=path.parent)
    return tr("The file {file} is read-only: your notes can be read but not changed.").format(
        file=path
    )


def read_only_text(store: PersonalStore) -> str:
    """Why the personal store is open read-only, naming its file or folder."""
    if store.read_only_cause is None:
        return store.read_only_reason
    return _read_only_text(store.read_only_cause, store.path, store.read_only_version)


def _store_cause(error: PersonalStoreError) -> str:
    """Why a store failure happened: a worded cause, or the system's own words."""
    if error.kind in _STORE_REASONS:
        return _STORE_REASONS[error.kind]()
    if error.detail:
        return tr("The system reported: {reason}.").format(reason=error.detail.rstrip("."))
    return ""


def store_problem_text(error: PersonalStoreError) -> str:
    """What failed in the personal store and why, naming its file or folder."""
    from forumguide.personal import StoreProblem  # noqa: PLC0415 - on failure only

    file = str(error.path or "")
    cause = _store_cause(error)
    if error.what is StoreProblem.WRITE:
        return cause or str(error)
    if error.what is StoreProblem.READ_ONLY and error.path is not None:
        return _read_only_text(error.detail, error.path, error.version)
    if error.what is StoreProblem.NO_UPGRADE:
        return tr(
            "There is no way to upgrade your bookmarks and notes from format {version} to "
            "{target}; use the version of ForumGuide that wrote them."
        ).format(version=error.version, target=error.target)
    if error.what is StoreProblem.RECOVERY_REFUSED:
        return tr(
            "Your bookmarks and notes file {file} is damaged and needs to be recovered, but its "
            "folder is read-only, so it was left as it is."
        ).format(file=file)
    sentences: dict[StoreProblem, Callable[[], str]] = {
        StoreProblem.READ: lambda: tr("Your bookmarks and notes file {file} could not be read."),
        StoreProblem.FOLDER_NOT_CREATED: lambda: tr("The folder {file} could not be created."),
        StoreProblem.FOLDER_READ_ONLY: lambda: tr(
            "The folder {file} is read-only, so your bookmarks and notes cannot be kept there."
        ),
        StoreProblem.NOT_CREATED: lambda: tr(
            "Your bookmarks and notes file {file} cannot be created: the file is read-only."
        ),
        StoreProblem.NOT_OPENED: lambda: tr(
            "Your bookmarks and notes file {file} could not be opened."
        ),
        StoreProblem.NOT_PREPARED: lambda: tr(
            "Your bookmarks and notes file {file} could not be prepared for this version."
        ),
        StoreProblem.NOT_BACKED_UP_FOR_UPGRADE: lambda: tr(
            "Your bookmarks and notes file {file} needs an upgrade, but it could not be backed "
            "up first, so it was left as it is."
        ),
        StoreProblem.NOT_BACKED_UP: lambda: tr("{file} could not be backed up."),
        StoreProblem.BACKUP_UNREADABLE: lambda: tr("The backup {file} cannot be read."),
        StoreProblem.BACKUP_DAMAGED: lambda: tr("The backup {file} is damaged."),
    }
    if error.what not in sentences:
        return str(error)
    return " ".join(t for t in (sentences[error.what]().format(file=file), cause) if t)


def _export_text(error: ExportError) -> str:
    from forumguide.interchange.limits import MAX_YEAR, MIN_YEAR  # noqa: PLC0415

    facts = {
        "file": str(error.path or ""),
        "folder": str(error.path or ""),
        "reason": error.detail,
        "name": error.detail,
        "session": error.detail,
        "forum": error.detail,
        "zone": error.detail,
        "year": error.year,
        "first": MIN_YEAR,
        "last": MAX_YEAR,
    }
    if error.reason in _WRITE_REASONS:
        facts["reason"] = _WRITE_REASONS[error.reason]()
        return tr("{file} could not be written: {reason}.").format(**facts)
    sentences: dict[str, Callable[[], str]] = {
        "bad-name": lambda: tr("“{name}” cannot be used as a file name in {folder}."),
        "no-session": lambda: tr("The session {session} is not in the programme."),
        "no-forum": lambda: tr("The programme has no forum “{forum}”."),
        "no-sessions": lambda: tr(
            "{forum} has no sessions yet, and a schedule file needs at least one."
        ),
        "unknown-zone": lambda: tr(
            "The forum's time zone “{zone}” is not one this computer knows, so its times "
            "cannot be written."
        ),
        "forum-out-of-years": lambda: tr(
            "{forum} has a date in the year {year}, outside {first}–{last}; a schedule is "
            "written only with dates in those years."
        ),
        "session-out-of-years": lambda: tr(
            "“{session}” has a date in the year {year}, outside {first}–{last}; a schedule is "
            "written only with dates in those years."
        ),
        "no-window": lambda: tr("A PDF can only be made while ForumGuide's window is running."),
    }
    if error.reason in sentences:
        return sentences[error.reason]().format(**facts)
    if error.path is not None and error.detail:
        return tr("{file} could not be written: {reason}.").format(**facts)
    return str(error)


def _record_problem_text(facts: PersonalFileFacts) -> str:
    from forumguide.interchange.limits import MAX_YEAR, MIN_YEAR  # noqa: PLC0415
    from forumguide.interchange.personal_file import RecordProblem  # noqa: PLC0415

    sentences: dict[RecordProblem | None, Callable[[], str]] = {
        RecordProblem.NOT_AN_OBJECT: lambda: tr("it is not a JSON object."),
        RecordProblem.NOT_TEXT: lambda: tr("“{field}” is not text."),
        RecordProblem.EMPTY: lambda: tr("“{field}” is empty."),
        RecordProblem.NOT_A_MOMENT: lambda: tr(
            "“{field}” holds “{value}”, which is not a date and time."
        ),
        RecordProblem.OUT_OF_YEARS: lambda: tr(
            "“{field}” is in the year {year}, outside {first}–{last}."
        ),
        RecordProblem.SNAPSHOT_NOT_AN_OBJECT: lambda: tr("its “snapshot” is not a JSON object."),
        RecordProblem.SNAPSHOT_NOT_A_DATE: lambda: tr(
            "its snapshot's “day” or “start” is not a date."
        ),
        RecordProblem.SNAPSHOT_NOT_LOCAL: lambda: tr(
            "its snapshot's “start” is not a local wall time."
        ),
        RecordProblem.UNKNOWN_ZONE: lambda: tr(
            "its snapshot's time zone “{value}” is not one this computer knows."
        ),
        RecordProblem.BAD_TARGET: lambda: tr(
            "“target” must be “session” or “speaker”, not “{value}”."
        ),
        RecordProblem.BAD_HIDDEN_KIND: lambda: tr(
            "“kind” must be “room”, “track” or “session”, not “{value}”."
        ),
    }
    sentence = sentences.get(facts.record_problem, lambda: tr("it cannot be read."))
    return sentence().format(
        field=facts.field, value=facts.value, year=facts.year, first=MIN_YEAR, last=MAX_YEAR
    )


def personal_file_text(error: PersonalFileError) -> str:
    """Why a personal-data file cannot be imported, naming the file."""
    from forumguide.interchange.personal_file import (  # noqa: PLC0415
        FORMAT_VERSION,
        PersonalFileProblem,
    )

    facts = error.facts
    if error.kind is PersonalFileProblem.BAD_RECORD:
        sentence = {
            "note": lambda: tr("In {file}, note {number} cannot be imported: {problem}"),
            "hidden item": lambda: tr(
                "In {file}, hidden item {number} cannot be imported: {problem}"
            ),
        }.get(
            facts.record, lambda: tr("In {file}, bookmark {number} cannot be imported: {problem}")
        )()
        return sentence.format(
            file=error.source, number=facts.number, problem=_record_problem_text(facts)
        )
    sentences: dict[PersonalFileProblem, Callable[[], str]] = {
        PersonalFileProblem.TOO_LARGE: lambda: tr(
            "{file} is {size} MB, over the limit of {limit} MB for a personal-data file."
        ),
        PersonalFileProblem.UNREADABLE: lambda: tr("{file} could not be read ({reason})."),
        PersonalFileProblem.NOT_TEXT: lambda: tr("{file} is not a text file."),
        PersonalFileProblem.MALFORMED: lambda: tr(
            "{file} is damaged or incomplete (not valid JSON at line {line}, column {column})."
        ),
        PersonalFileProblem.TOO_DEEP: lambda: tr(
            "{file} is nested too deeply to be a personal-data file."
        ),
        PersonalFileProblem.NOT_OURS: lambda: tr("{file} is not a ForumGuide personal-data file."),
        PersonalFileProblem.NO_VERSION: lambda: tr("{file} has no valid format version."),
        PersonalFileProblem.TOO_NEW: lambda: tr(
            "{file} was written by a newer version of ForumGuide (format version {version}); "
            "this version reads format version {current}. Update ForumGuide to import it."
        ),
        PersonalFileProblem.NOT_A_LIST: lambda: tr("In {file}, “{field}” is not a list."),
    }
    return sentences[error.kind]().format(
        file=error.source,
        size=facts.size_mb,
        limit=facts.limit_mb,
        reason=facts.detail,
        line=facts.line,
        column=facts.column,
        version=facts.version,
        current=FORMAT_VERSION,
        field=facts.field,
    )


def error_text(error: BaseException) -> str:
    """A sentence about ``error`` in the current language, from its kind and facts."""
    from forumguide.interchange.atomic import ExportError  # noqa: PLC0415 - on failure only
    from forumguide.interchange.personal_file import PersonalFileError  # noqa: PLC0415
    from forumguide.personal import PersonalStoreError  # noqa: PLC0415

    if isinstance(error, ExportError):
        return _export_text(error)
    if isinstance(error, PersonalFileError):
        return personal_file_text(error)
    if isinstance(error, CatalogError):
        return catalog_problem_text(error)
    if isinstance(error, PersonalStoreError):
        return store_problem_text(error)
    return str(error)
