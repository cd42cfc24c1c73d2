"""Diagnostics: the rotating log file, unhandled exceptions logged and shown in a dialog."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from forumguide import diagnostics
from forumguide.diagnostics import install_exception_hooks, setup_logging, start_logging
from forumguide.ui.error_dialog import ErrorReporter


@pytest.fixture
def log_folder(tmp_path: Path) -> Iterator[Path]:
    """A log folder; every handler the test adds to the root logger is removed afterwards."""
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    yield tmp_path / "logs"
    root.setLevel(level)
    for handler in [h for h in root.handlers if h not in handlers]:
        root.removeHandler(handler)
        handler.close()


@pytest.fixture
def log_dir(log_folder: Path) -> Path:
    """A log folder set up as run_gui does once the window is painted."""
    setup_logging(log_folder, faults=False)
    return log_folder


def log_text(folder: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return (folder / diagnostics.LOG_NAME).read_text(encoding="utf-8")


def divide_by_zero() -> float:
    return 1 / 0


def test_the_log_file_rotates(log_dir: Path) -> None:
    handler = next(
        h
        for h in logging.getLogger().handlers
        if isinstance(h, RotatingFileHandler) and Path(h.baseFilename).parent == log_dir
    )
    assert handler.maxBytes == diagnostics.MAX_LOG_BYTES
    assert handler.backupCount == diagnostics.LOG_BACKUPS
    setup_logging(log_dir, faults=False)  # a second call adds no second handler
    assert sum(isinstance(h, RotatingFileHandler) for h in logging.getLogger().handlers) == 1
    line = "x" * 1000
    for _ in range(diagnostics.MAX_LOG_BYTES // 1000 + 10):
        logging.getLogger("forumguide.test").warning(line)
    files = sorted(path.name for path in log_dir.iterdir())
    print(f"log files after {diagnostics.MAX_LOG_BYTES // 1000 + 10} kB of messages: {files}")
    assert files == [diagnostics.LOG_NAME, f"{diagnostics.LOG_NAME}.1"]


def test_records_from_before_the_file_opens_are_written_to_it(log_folder: Path) -> None:
    start_logging(log_folder, faults=False)
    logging.getLogger("forumguide.test").warning("logged while the window was being built")
    assert not (log_folder / diagnostics.LOG_NAME).exists()
    setup_logging(log_folder, faults=False)
    assert "logged while the window was being built" in log_text(log_folder)


def test_a_crash_before_the_file_opens_still_reaches_the_disk(log_folder: Path) -> None:
    start_logging(log_folder, faults=False)
    hooks = install_exception_hooks(log_dir=log_folder)
    try:
        try:
            divide_by_zero()
        except ZeroDivisionError:
            sys.excepthook(*sys.exc_info())
    finally:
        hooks.uninstall()
    assert "in divide_by_zero" in log_text(log_folder)


def test_an_unhandled_exception_is_logged_with_its_traceback_and_reported(log_dir: Path) -> None:
    reports: list[tuple[str, str]] = []
    hooks = install_exception_hooks(lambda summary, details: reports.append((summary, details)))
    try:
        assert sys.excepthook == hooks.handle
        try:
            divide_by_zero()
        except ZeroDivisionError:
            sys.excepthook(*sys.exc_info())
    finally:
        hooks.uninstall()
    assert sys.excepthook != hooks.handle
    text = log_text(log_dir)
    assert "CRITICAL" in text
    assert "ZeroDivisionError: division by zero" in text
    assert "in divide_by_zero" in text  # the traceback, not only the message
    assert reports[0][0] == "ZeroDivisionError: division by zero"
    assert "in divide_by_zero" in reports[0][1]


def test_an_exception_in_another_thread_is_logged_and_reported(log_dir: Path) -> None:
    reports: list[str] = []
    hooks = install_exception_hooks(lambda summary, _details: reports.append(summary))
    try:
        worker = threading.Thread(target=divide_by_zero, name="importer")
        worker.start()
        worker.join()
    finally:
        hooks.uninstall()
    text = log_text(log_dir)
    assert "unhandled exception in thread importer" in text
    assert "in divide_by_zero" in text
    assert reports == ["ZeroDivisionError: division by zero"]


def test_a_failing_reporter_does_not_hide_the_error(log_dir: Path) -> None:
    def broken_reporter(_summary: str, _details: str) -> None:
        raise RuntimeError("the dialog could not be shown")

    hooks = install_exception_hooks(broken_reporter)
    try:
        try:
            divide_by_zero()
        except ZeroDivisionError:
            hooks.handle(*sys.exc_info())
    finally:
        hooks.uninstall()
    text = log_text(log_dir)
    assert "ZeroDivisionError" in text
    assert "the error report failed" in text


class FolderOpener(QObject):
    """Receives file: URLs instead of the desktop's file manager."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url)


def test_an_exception_in_a_slot_shows_a_dialog_that_opens_the_log_folder(
    qtbot, log_dir: Path
) -> None:
    reporter = ErrorReporter(log_dir)
    hooks = install_exception_hooks(reporter.report)
    opener = FolderOpener()
    # PySide takes the slot's name as a str, though its stubs ask for bytes.
    QDesktopServices.setUrlHandler("file", opener, "open")  # type: ignore[arg-type]
    try:
        QTimer.singleShot(0, divide_by_zero)  # raised inside Qt's event loop, as a bug would be
        qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
        dialog = reporter.dialog
        assert dialog is not None
        print(f"\ndialog: {dialog.text()}")
        assert "ZeroDivisionError: division by zero" in dialog.text()
        assert str(log_dir) in dialog.text()
        assert "in divide_by_zero" in dialog.detailedText()
        assert reporter.open_folder_button.accessibleName()

        reporter.report("second problem", "second traceback")  # joins the open dialog
        qtbot.waitUntil(lambda: "second traceback" in dialog.detailedText())

        reporter.open_folder_button.click()
        assert opener.opened == [QUrl.fromLocalFile(str(log_dir))]
        qtbot.waitUntil(lambda: reporter.dialog is None)
    finally:
        QDesktopServices.unsetUrlHandler("file")
        hooks.uninstall()
    assert "ZeroDivisionError" in log_text(log_dir)
