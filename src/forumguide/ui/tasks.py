"""The one way work leaves the GUI thread: :meth:`TaskRunner.run_task`.

``run_task(work, on_done, on_error)`` runs ``work(progress)`` on a thread pool and calls
``on_done(result)`` or ``on_error(exception)`` back on the GUI thread, where widgets may be
touched. ``progress(done, total)`` may be called by the work as it goes; it reaches the task's
:attr:`Task.progressed` signal on the GUI thread and raises
:class:`~forumguide.services.CancelledError` once :meth:`Task.cancel` has been called, which stops
work that reports progress. A task cancelled before its result arrives never calls ``on_done``:
``on_cancelled`` runs instead, with the result so that it can be undone.

:class:`SynchronousTaskRunner` runs everything at once on the calling thread, for tests that do
not need a real thread.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from forumguide.services import CancelledError

log = logging.getLogger(__name__)

T = TypeVar("T")
Work = Callable[[Callable[[int, int], None]], T]

# While work runs on another thread, the GUI thread gets Python's interpreter lock back within a
# millisecond instead of five: each call from Qt into Python (a cell painted, a timer) waits for
# it, and a screenful of them would otherwise add up to a visible stall.
BUSY_SWITCH_INTERVAL_S = 0.001


class Task(QObject, Generic[T]):
    """A piece of work handed to a runner: its progress, and a way to cancel it."""

    progressed = Signal(int, int)  # done, total
    finished = Signal()  # after on_done, on_error or on_cancelled has run
    _result = Signal(object, object)  # result, error (from the worker thread)

    def __init__(
        self,
        title: str,
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None],
        on_cancelled: Callable[[T | None], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.title = title
        # Only work that can be undone completely offers the user a Cancel button.
        self.cancellable = on_cancelled is not None
        self._on_done = on_done
        self._on_error = on_error
        self._on_cancelled = on_cancelled
        self._cancel = threading.Event()
        self.done = False
        self._result.connect(self.finish)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report; its result will not be used."""
        self._cancel.set()

    def report(self, done: int, total: int) -> None:
        """The ``progress`` callable handed to the work (any thread)."""
        if self._cancel.is_set():
            raise CancelledError
        self.progressed.emit(done, total)

    def deliver(self, result: Any, error: BaseException | None) -> None:
        """Called with the outcome (any thread); the callbacks run on the task's thread."""
        self._result.emit(result, error)

    def finish(self, result: Any, error: BaseException | None) -> None:
        """Run the callback for the outcome, on the task's own thread."""
        self.done = True
        try:
            if self._cancel.is_set() or isinstance(error, CancelledError):
                if self._on_cancelled is not None:
                    self._on_cancelled(result if error is None else None)
            elif error is not None:
                self._on_error(error)
            else:
                self._on_done(result)
        finally:
            self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, task: Task[Any], work: Work[Any]) -> None:
        super().__init__()
        self.task = task
        self.work = work

    def run(self) -> None:
        try:
            result = self.work(self.task.report)
        except Exception as error:  # handed back to the GUI thread, never lost here
            self.task.deliver(None, error)
        else:
            self.task.deliver(result, None)


class TaskRunner(QObject):
    """Runs work on a thread pool and hands the results back on the GUI thread."""

    started = Signal(object)  # the Task
    idle = Signal()  # no task is running any more

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self.running: list[Task[Any]] = []
        self._idle_switch_interval = sys.getswitchinterval()

    def run_task(
        self,
        work: Work[T],
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None],
        *,
        title: str = "",
        on_cancelled: Callable[[T | None], None] | None = None,
    ) -> Task[T]:
        task: Task[T] = Task(title, on_done, on_error, on_cancelled, self)
        if not self.running:
            self._idle_switch_interval = sys.getswitchinterval()
            sys.setswitchinterval(min(BUSY_SWITCH_INTERVAL_S, self._idle_switch_interval))
        self.running.append(task)
        task.finished.connect(lambda: self._finished(task))
        self.started.emit(task)
        self._start(task, work)
        return task

    def _start(self, task: Task[Any], work: Work[Any]) -> None:
        self.pool.start(_Runnable(task, work))

    def _finished(self, task: Task[Any]) -> None:
        if task in self.running:
            self.running.remove(task)
        task.deleteLater()
        if not self.running:
            sys.setswitchinterval(self._idle_switch_interval)
            self.idle.emit()

    def wait(self, timeout_ms: int = -1) -> bool:
        """Wait for the pool's threads (at exit); True if they all finished."""
        return self.pool.waitForDone(timeout_ms)


class SynchronousTaskRunner(TaskRunner):
    """Runs each task at once on the calling thread; callbacks run before run_task returns."""

    def _start(self, task: Task[Any], work: Work[Any]) -> None:
        try:
            result = work(task.report)
        except Exception as error:
            task.finish(None, error)
        else:
            task.finish(result, None)
