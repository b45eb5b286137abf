"""One writer per database: a second launch hands its files to the running window.

A lock file beside the database (``QLockFile``: stale when its process has died) says
whether a copy of the app has the database open; a local socket named after the database
carries the files to open from the second launch to the first.
"""

from __future__ import annotations

import errno
import hashlib
import json
from pathlib import Path

from PySide6.QtCore import QByteArray, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

TIMEOUT_MS = 2000
# The running copy answers from its event loop, which may still be starting (migrating,
# importing seeds) when a quick second double-click arrives: wait that long for it.
ANSWER_TIMEOUT_MS = 15_000


def server_name(database: Path) -> str:
    """The local socket name for ``database`` (same file → same name)."""
    digest = hashlib.sha1(str(database.resolve()).encode(), usedforsecurity=False).hexdigest()
    return f"dragon-reader-{digest[:16]}"


class InstanceGuard(QObject):
    """Holds the database's lock while the window runs, and listens for second launches.

    Signals:
        files_received(list): paths a second launch asked this window to open.
    """

    files_received = Signal(list)

    def __init__(self, database: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.lock = QLockFile(str(database.with_name(database.name + ".lock")))
        self.lock.setStaleLockTime(0)  # stale only when the owning process is gone
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """Take the lock; False when another running copy holds it.

        Raises ``OSError`` when the database's folder cannot be made or written (the lock
        file cannot be made), which is not another copy running."""
        self.database.parent.mkdir(parents=True, exist_ok=True)
        if self.lock.tryLock(100):
            return True
        if self.lock.error() == QLockFile.LockError.LockFailedError:
            return False
        msg = f"cannot make the lock file in {self.database.parent}"
        raise PermissionError(errno.EACCES, msg)

    def holder(self) -> str:
        """ "pid N on HOST" of the copy holding the lock, when known."""
        info = self.lock.getLockInfo()  # PySide6 returns (pid, hostname, appname)
        if isinstance(info, tuple) and len(info) >= 2 and info[0]:
            return f"process {info[0]} on {info[1]}"
        return "another program"

    def send_to_running(self, files: list[str]) -> bool:
        """Ask the running copy to come forward and open ``files``; True if it answered."""
        socket = QLocalSocket()
        socket.connectToServer(server_name(self.database))
        if not socket.waitForConnected(TIMEOUT_MS):
            return False
        socket.write(json.dumps({"files": files}).encode() + b"\n")
        socket.waitForBytesWritten(TIMEOUT_MS)
        answered = socket.waitForReadyRead(ANSWER_TIMEOUT_MS) and _text(
            socket.readAll()
        ).startswith("ok")
        socket.disconnectFromServer()
        return answered

    def listen(self) -> None:
        """Accept second launches (call once the lock is held)."""
        name = server_name(self.database)
        QLocalServer.removeServer(name)  # a socket file left by a crash
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._accept)
        self._server.listen(name)

    def release(self) -> None:
        """Stop listening and drop the lock."""
        if self._server is not None:
            self._server.close()
        self.lock.unlock()

    def _accept(self) -> None:
        assert self._server is not None
        socket = self._server.nextPendingConnection()
        if not socket.canReadLine():
            socket.waitForReadyRead(TIMEOUT_MS)
        try:
            message = json.loads(_text(socket.readLine()) or "{}")
        except ValueError:
            message = {}
        socket.write(b"ok\n")
        socket.flush()
        socket.disconnectFromServer()
        self.files_received.emit([str(f) for f in message.get("files", [])])


def _text(data: QByteArray) -> str:
    return bytes(data.data()).decode("utf-8", errors="replace")
