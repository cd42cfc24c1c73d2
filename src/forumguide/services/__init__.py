"""The use cases, one place for each, called alike by the command line and the window.

Each service is a plain function over the catalogs (:class:`~forumguide.catalog.library.
CatalogLibrary`), the personal store and the folders it needs, and returns a frozen record of
what it did. Long ones take a ``progress`` callable, which may raise :class:`CancelledError` to stop
them; the window runs them off the GUI thread through its task runner.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]
"""Told (done, total) as work goes on; raising :class:`CancelledError` from it stops the work."""


class CancelledError(Exception):
    """The user stopped the work; nothing was changed."""


def no_progress(_done: int, _total: int) -> None:
    """A :data:`Progress` that ignores what it is told."""
