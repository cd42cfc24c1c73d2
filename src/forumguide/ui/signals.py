"""Termination signals close the window as its close button does, so notes are saved.

A logout or shutdown sends SIGTERM (and a closed terminal SIGHUP); Ctrl+C sends SIGINT. Python
runs its signal handlers only between bytecodes, which never happen while Qt waits for events,
so the signal's byte is written to a socket that Qt watches: that wakes the event loop, the
handler runs, and it asks the window to close through the event loop.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

TERMINATION_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name)
)


class _Wakeup(QObject):
    """The socket pair whose reading end Qt watches, and the notifier on it; lives as long as
    the window it belongs to."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.reader, self.writer = socket.socketpair()
        for end in (self.reader, self.writer):
            end.setblocking(False)
        self.notifier = QSocketNotifier(self.reader.fileno(), QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self._drain)

    def _drain(self) -> None:
        with contextlib.suppress(OSError):
            while self.reader.recv(64):
                pass


def close_on_termination(window: QWidget) -> None:
    """Close ``window`` (saving notes, settings) when a termination signal arrives.

    Calling it again for the same window changes nothing.
    """
    if window.findChild(_Wakeup) is not None:
        return
    wakeup = _Wakeup(window)
    try:
        signal.set_wakeup_fd(wakeup.writer.fileno(), warn_on_full_buffer=False)
    except ValueError:  # not the main thread: nothing to install
        wakeup.deleteLater()
        return

    def handle(number: int, _frame: FrameType | None) -> None:
        log.info("signal %d: closing the window", number)
        QTimer.singleShot(0, window.close)

    for number in TERMINATION_SIGNALS:
        signal.signal(number, handle)
