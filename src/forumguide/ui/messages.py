"""What went wrong below the window, in the user's language.

The lower layers raise errors with a kind and the facts (the file, the reason); these
functions word them with tr(). An error of a kind not worded here is shown by its own English
message, which says as much as it knows.
"""

from __future__ import annotations

from collections.abc import Callable

from forumguide.ui.formatting import tr

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


def error_text(error: BaseException) -> str:
    """A sentence about ``error`` in the current language, from its kind and facts."""
    from forumguide.interchange.atomic import ExportError  # noqa: PLC0415 - on failure only
    from forumguide.personal import PersonalStoreError  # noqa: PLC0415

    if isinstance(error, ExportError) and error.path is not None and error.reason in _WRITE_REASONS:
        return tr("{file} could not be written: {reason}.").format(
            file=error.path, reason=_WRITE_REASONS[error.reason]()
        )
    if isinstance(error, PersonalStoreError) and error.kind in _STORE_REASONS:
        return _STORE_REASONS[error.kind]()
    return str(error)
