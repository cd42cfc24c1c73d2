"""A log folder that cannot be written: logging falls back to the standard error stream.

The machine runs the tests as root, for whom no folder is read-only, so the failures are
injected where the file system would report them: creating the folder, or opening the file.
"""

from __future__ import annotations

import errno
import faulthandler
import logging
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from forumguide import diagnostics
from forumguide.diagnostics import setup_logging, start_logging

READ_ONLY = OSError(errno.EROFS, "Read-only file system")
DENIED = PermissionError(errno.EACCES, "Permission denied")
DISK_FULL = OSError(errno.ENOSPC, "No space left on device")


@pytest.fixture
def log_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A log folder; the root logger and the fault log are as they were afterwards."""
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    monkeypatch.setattr(diagnostics, "_fault_file", None)
    monkeypatch.setattr(diagnostics, "_faults_on_stderr", False, raising=False)
    yield tmp_path / "logs"
    root.setLevel(level)
    for handler in [h for h in root.handlers if h not in handlers]:
        root.removeHandler(handler)
        handler.close()


def refuse_folder(monkeypatch: pytest.MonkeyPatch, folder: Path, error: OSError) -> None:
    """``folder`` cannot be created, as on a read-only disk."""
    original: Callable[..., None] = Path.mkdir

    def mkdir(self: Path, *args: Any, **kwargs: Any) -> None:
        if self == folder or folder in self.parents:
            raise OSError(error.errno, error.strerror, str(self))
        original(self, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", mkdir)


def refuse_files(monkeypatch: pytest.MonkeyPatch, error: OSError) -> None:
    """No log file can be opened, as in a folder the user may not write to."""

    def refuse(self: logging.FileHandler) -> Any:
        raise type(error)(error.errno, error.strerror, self.baseFilename)

    monkeypatch.setattr(logging.FileHandler, "_open", refuse)


def flush() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


@pytest.mark.parametrize(
    ("refuse", "reason"),
    [
        (lambda m, folder: refuse_folder(m, folder, READ_ONLY), "Read-only file system"),
        (lambda m, _folder: refuse_files(m, DENIED), "Permission denied"),
        (lambda m, _folder: refuse_files(m, DISK_FULL), "No space left on device"),
    ],
    ids=["read-only-folder", "permission-denied", "disk-full"],
)
def test_setup_logging_falls_back_to_stderr_with_one_warning(
    log_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    refuse: Callable[[pytest.MonkeyPatch, Path], None],
    reason: str,
) -> None:
    refuse(monkeypatch, log_folder)
    start_logging(log_folder, faults=False)
    logging.getLogger("forumguide.test").warning("logged while the window was being built")

    assert setup_logging(log_folder, faults=False) is None
    # Called again, as the exception hooks do for each unhandled exception.
    assert setup_logging(log_folder, faults=False) is None
    logging.getLogger("forumguide.test").error("logged after the fallback")
    flush()
    err = capsys.readouterr().err
    print(err)
    assert err.count("logged while the window was being built") == 1
    assert err.count("logged after the fallback") == 1
    warnings = [line for line in err.splitlines() if "log file" in line]
    assert len(warnings) == 1
    assert str(log_folder) in warnings[0]
    assert reason in warnings[0]
    assert "standard error" in warnings[0]
    assert not (log_folder / diagnostics.LOG_NAME).exists()


def test_once_the_folder_can_be_written_the_file_takes_over(
    log_folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with monkeypatch.context() as refusing:
        refuse_files(refusing, DENIED)
        assert setup_logging(log_folder, faults=False) is None
    assert setup_logging(log_folder, faults=False) == log_folder / diagnostics.LOG_NAME
    capsys.readouterr()
    logging.getLogger("forumguide.test").warning("written to the file")
    flush()
    assert "written to the file" not in capsys.readouterr().err
    text = (log_folder / diagnostics.LOG_NAME).read_text(encoding="utf-8")
    assert "written to the file" in text


def test_start_logging_reports_hard_crashes_on_stderr_when_the_fault_log_cannot_open(
    log_folder: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    enabled: list[Any] = []
    # faulthandler is process-wide (pytest has its own on): record the call, change nothing.
    monkeypatch.setattr(faulthandler, "enable", lambda *a, **k: enabled.append((a, k)))
    refuse_folder(monkeypatch, log_folder, READ_ONLY)
    caplog.set_level(logging.INFO)

    start_logging(log_folder)
    start_logging(log_folder)  # setup_logging calls it again

    assert len(enabled) == 1
    arguments, options = enabled[0]
    assert [*arguments, *options.values()] in ([], [sys.stderr])
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert str(log_folder) in warnings[0]
    assert "Read-only file system" in warnings[0]
    assert "standard error" in warnings[0]
    assert setup_logging(log_folder) is None
