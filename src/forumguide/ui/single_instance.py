"""One running ForumGuide per user data folder.

The first launch takes a :class:`QLockFile` in the data folder and listens on a
:class:`QLocalServer` (a Unix socket, or a named pipe on Windows). A later launch finds the lock
taken, sends its arguments to the running window over a :class:`QLocalSocket`, waits for the
receipt and exits. A lock left by a crashed process is recognised as stale (its process is
gone) and taken over. If the holder does not answer at all, its lock file is removed when no
live process holds it (a lock written on another host, say); otherwise this process opens its
window without the lock, because being unable to start is worse than running twice on a store
that SQLite keeps consistent.

QtNetwork is loaded only when it is needed (to listen, or to hand over), so that the first
window can be painted without it.
"""

from __future__ import annotations

import json
import logging
import time
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

LOCK_NAME = "forumguide.lock"
# Long enough for a running instance that is still starting to begin listening.
HAND_OVER_TIMEOUT_MS = 8000
RECEIPT = b"ok\n"
MAX_MESSAGE_BYTES = 256 * 1024


def server_name(data_dir: Path) -> str:
    """The local server's name: one per data folder, short enough for a Unix socket path."""
    digest = zlib.crc32(str(data_dir.resolve()).encode("utf-8"))
    return f"forumguide-{digest:08x}"


def _absolute(arguments: list[str]) -> list[str]:
    """Existing paths made absolute: the running instance has another working folder."""
    result = []
    for argument in arguments:
        path = Path(argument)
        result.append(
            str(path.resolve()) if not argument.startswith("-") and path.exists() else argument
        )
    return result


class SingleInstance(QObject):
    """The lock and the hand-over channel of one data folder."""

    arguments_received = Signal(list)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        data_dir.mkdir(parents=True, exist_ok=True)
        self.lock_path = data_dir / LOCK_NAME
        self.name = server_name(data_dir)
        self.lock = QLockFile(str(self.lock_path))
        # Only a lock whose process is gone is stale: age says nothing about a long-running app.
        self.lock.setStaleLockTime(0)
        self.server: QLocalServer | None = None

    @property
    def is_primary(self) -> bool:
        return self.lock.isLocked()

    def claim(
        self, arguments: list[str], timeout_ms: int = HAND_OVER_TIMEOUT_MS, listen: bool = True
    ) -> bool:
        """Become the running instance, or hand ``arguments`` to the one that is running.

        With ``listen`` false, the running instance starts accepting hand-overs only when
        :meth:`listen` is called (later launches wait for it meanwhile).

        Returns:
            True if this process should go on and open its window; False if a running instance
            has received the arguments and this process should exit.
        """
        if self.acquire(listen):
            return True
        if self.hand_over(arguments, timeout_ms):
            return False
        log.warning("the instance holding %s does not answer", self.lock_path)
        # Qt removes the file only if no live process still holds its native lock.
        if not (self.lock.removeStaleLockFile() and self.acquire(listen)):
            log.warning("running without the single-instance lock %s", self.lock_path)
        return True

    def acquire(self, listen: bool = True) -> bool:
        """Take the lock (a stale one included); False if a live process has it."""
        if not self.lock.tryLock(100):
            if self.lock.error() == QLockFile.LockError.LockFailedError:
                return False
            # The lock file cannot be written at all (permissions): do not refuse to start.
            log.warning("cannot create the lock file %s: %s", self.lock_path, self.lock.error())
            return True
        if listen:
            self.listen()
        return True

    def listen(self) -> None:
        """Accept hand-overs from later launches (once this process holds the lock)."""
        if self.server is not None or not self.lock.isLocked():
            return
        from PySide6.QtNetwork import QLocalServer  # noqa: PLC0415

        # A socket file left by a crashed instance would make listen() fail on Unix; the lock
        # is ours, so nothing else can be serving this name.
        QLocalServer.removeServer(self.name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            log.warning("cannot listen as %s: %s", self.name, server.errorString())
            return
        server.newConnection.connect(self._accept)
        self.server = server
        log.info("running instance; later launches hand over to %s", self.name)

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        if self.lock.isLocked():
            self.lock.unlock()

    # Receiving ---------------------------------------------------------------------------

    def _accept(self) -> None:
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            # Qt owns the socket (a child of the server) and deletes it once it is closed.
            socket.readyRead.connect(self._ready)
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _ready(self) -> None:
        from PySide6.QtNetwork import QLocalSocket  # noqa: PLC0415

        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            if socket.bytesAvailable() > MAX_MESSAGE_BYTES:
                log.warning("dropped an oversized hand-over message")
                socket.abort()
            return
        line = bytes(socket.readLine().data())
        try:
            message = json.loads(line.decode("utf-8"))
            arguments = [str(item) for item in message["arguments"]]
        except (ValueError, KeyError, TypeError) as error:
            log.warning("ignored a malformed hand-over message: %s", error)
            socket.abort()
            return
        socket.write(QByteArray(RECEIPT))
        socket.flush()
        socket.disconnectFromServer()
        log.info("arguments handed over by a later launch: %s", arguments)
        self.arguments_received.emit(arguments)

    # Sending -----------------------------------------------------------------------------

    def hand_over(self, arguments: list[str], timeout_ms: int = HAND_OVER_TIMEOUT_MS) -> bool:
        """Send ``arguments`` to the running instance; True once it has confirmed receipt.

        The running instance may have taken the lock but not yet be listening, so connecting
        is retried until ``timeout_ms`` has passed.
        """
        from PySide6.QtNetwork import QLocalSocket  # noqa: PLC0415

        payload = json.dumps({"arguments": _absolute(arguments)}).encode("utf-8") + b"\n"
        deadline = time.monotonic() + timeout_ms / 1000
        while time.monotonic() < deadline:
            socket = QLocalSocket()
            socket.connectToServer(self.name)
            if not socket.waitForConnected(500):
                socket.abort()
                time.sleep(0.1)
                continue
            try:
                return self._send(socket, payload, deadline)
            finally:
                socket.abort()
        return False

    @staticmethod
    def _send(socket: QLocalSocket, payload: bytes, deadline: float) -> bool:
        socket.write(QByteArray(payload))
        while socket.bytesToWrite() and time.monotonic() < deadline:
            # A busy machine can take a while; give it the rest of the hand-over time.
            socket.waitForBytesWritten(200)
        if socket.bytesToWrite():
            return False
        reply = b""
        while RECEIPT not in reply and time.monotonic() < deadline:
            if socket.bytesAvailable() or socket.waitForReadyRead(200):
                reply += bytes(socket.readAll().data())
            elif socket.state() != socket.LocalSocketState.ConnectedState:
                reply += bytes(socket.readAll().data())
                break
        return RECEIPT in reply
