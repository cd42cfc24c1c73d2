"""Diagnostics: a rotating log file in the user log folder, and a record of every crash.

:func:`start_logging` is cheap and runs first: it points :mod:`faulthandler` at
``faults.log``, so that even a hard crash of the interpreter leaves a trace, and holds log
records in memory. :func:`setup_logging` opens ``forumguide.log`` (rotated at 1 MB, three old
files kept) and writes the held records to it; the window calls it once it has been painted,
because :mod:`logging.handlers` takes longer to import than the rest of this module.

Neither raises when the log folder cannot be written (a read-only or full disk, a folder the
user may not write to): the records and the crash reports then go to the standard error stream,
after one warning that says why, and the app runs on.

:func:`install_exception_hooks` logs every unhandled exception, in the main thread or any
other, with its traceback, then hands a summary to a reporter (the window shows it in a dialog
that offers to open the log folder).

No Qt here: the reporter is a plain callable supplied by the UI.
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO, TextIO

LOG_NAME = "forumguide.log"
FAULTS_NAME = "faults.log"
MAX_LOG_BYTES = 1_000_000
LOG_BACKUPS = 3
MAX_HELD_RECORDS = 10_000
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"

# Receives a one-line summary and the formatted traceback of an unhandled exception.
Reporter = Callable[[str, str], None]

log = logging.getLogger("forumguide")
_fault_file: IO[str] | None = None
# Set once faults.log could not be opened and hard crashes are reported on stderr instead.
_faults_on_stderr = False


class _HeldRecords(logging.Handler):
    """Keeps the records logged before the log file is open."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.records) < MAX_HELD_RECORDS:
            self.records.append(record)


class _StderrFallback(logging.StreamHandler[TextIO]):
    """Writes the records to the standard error stream while no log file can be opened."""


def _held_records() -> _HeldRecords | None:
    return next((h for h in logging.getLogger().handlers if isinstance(h, _HeldRecords)), None)


def _stderr_fallback() -> _StderrFallback | None:
    return next((h for h in logging.getLogger().handlers if isinstance(h, _StderrFallback)), None)


def _reason(error: OSError) -> str:
    return error.strerror or str(error)


def start_logging(log_dir: Path, level: int = logging.INFO, faults: bool = True) -> None:
    """Hold log records in memory until :func:`setup_logging`; record hard crashes at once.

    With ``faults``, :mod:`faulthandler` writes the tracebacks of a hard crash to
    ``faults.log`` in ``log_dir``, or to the standard error stream when that file cannot be
    opened (a warning says why, once).
    """
    global _fault_file, _faults_on_stderr  # noqa: PLW0603 - the file stays open for the run
    root = logging.getLogger()
    if _held_records() is None and _stderr_fallback() is None:
        root.addHandler(_HeldRecords())
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    if faults and _fault_file is None and not _faults_on_stderr:
        try:
            log_dir.mkdir(parents=True, exist_ok=True)
            _fault_file = (log_dir / FAULTS_NAME).open("a", encoding="utf-8")
            faulthandler.enable(_fault_file)
        except OSError as error:
            _faults_on_stderr = True
            log.warning(
                "the fault log cannot be opened in %s (%s); hard crashes are reported on the "
                "standard error stream instead",
                log_dir,
                _reason(error),
            )
            # Without a usable stderr (a windowed build may have none) there is nowhere to
            # report them.
            with contextlib.suppress(OSError, ValueError, RuntimeError, AttributeError):
                faulthandler.enable()


def setup_logging(log_dir: Path, level: int = logging.INFO, faults: bool = True) -> Path | None:
    """Log to a rotating file in ``log_dir``, with any records held so far; returns its path.

    When the file cannot be opened there, the records go to the standard error stream after one
    warning that says why, and the result is None; a later call tries the file again. Calling
    it again for the same folder adds no second handler.
    """
    from logging.handlers import RotatingFileHandler  # noqa: PLC0415 - see the module's note

    start_logging(log_dir, level, faults)
    path = log_dir / LOG_NAME
    root = logging.getLogger()
    held = _held_records()
    if held is not None:
        root.removeHandler(held)
    existing = [
        h
        for h in root.handlers
        if isinstance(h, RotatingFileHandler) and Path(h.baseFilename) == path
    ]
    if existing:
        return path
    records = held.records if held is not None else []
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            path, maxBytes=MAX_LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
    except OSError as error:
        _log_to_stderr(records, log_dir, error)
        return None
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    fallback = _stderr_fallback()
    if fallback is not None:
        root.removeHandler(fallback)
        fallback.close()
    root.addHandler(handler)
    for record in records:
        handler.handle(record)
    log.info("log file opened: %s", path)
    return path


def _log_to_stderr(records: list[logging.LogRecord], log_dir: Path, error: OSError) -> None:
    """Send ``records`` and all later ones to stderr, saying why, unless that is done already."""
    if _stderr_fallback() is not None:
        return
    handler = _StderrFallback()
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    logging.getLogger().addHandler(handler)
    for record in records:
        handler.handle(record)
    log.warning(
        "the log file cannot be opened in %s (%s); logging to the standard error stream instead",
        log_dir,
        _reason(error),
    )


def stop_logging() -> None:
    """Close the log file at the end of a run (records after this go nowhere)."""
    from logging.handlers import RotatingFileHandler  # noqa: PLC0415

    root = logging.getLogger()
    closing = RotatingFileHandler | _HeldRecords | _StderrFallback
    for handler in [h for h in root.handlers if isinstance(h, closing)]:
        root.removeHandler(handler)
        handler.close()


def log_file(log_dir: Path) -> Path:
    return log_dir / LOG_NAME


def _summary(error: BaseException) -> str:
    text = str(error).strip()
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


class ExceptionHooks:
    """Logs unhandled exceptions and reports them; :meth:`uninstall` puts the old hooks back."""

    def __init__(self, reporter: Reporter | None = None, log_dir: Path | None = None) -> None:
        self.reporter = reporter
        self.log_dir = log_dir
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._reporting = False

    def install(self) -> ExceptionHooks:
        sys.excepthook = self.handle
        threading.excepthook = self.handle_thread
        return self

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self.handle_thread:
            threading.excepthook = self._previous_thread_hook

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
        thread_name: str = "",
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous_hook(kind, error, trace)
            return
        details = "".join(traceback.format_exception(kind, error, trace))
        where = f" in thread {thread_name}" if thread_name else ""
        log.critical("unhandled exception%s:\n%s", where, details.rstrip())
        if self.log_dir is not None:
            # Do not leave a crash only in memory: open the log file now if it is not open yet.
            with contextlib.suppress(OSError):
                setup_logging(self.log_dir)
        if self.reporter is None or self._reporting:
            return
        # An exception raised while reporting is logged above, not reported again.
        self._reporting = True
        try:
            self.reporter(_summary(error), details)
        except Exception:
            log.exception("the error report failed")
        finally:
            self._reporting = False

    def handle_thread(self, arguments: threading.ExceptHookArgs) -> None:
        if arguments.exc_value is None:
            return
        thread = arguments.thread
        self.handle(
            arguments.exc_type,
            arguments.exc_value,
            arguments.exc_traceback,
            thread_name=thread.name if thread is not None else "?",
        )


def install_exception_hooks(
    reporter: Reporter | None = None, log_dir: Path | None = None
) -> ExceptionHooks:
    """Route unhandled exceptions of every thread to the log and to ``reporter``.

    With ``log_dir``, the log file there is opened at the first such exception if it is not
    open yet, so that the traceback reaches the disk.
    """
    return ExceptionHooks(reporter, log_dir).install()
