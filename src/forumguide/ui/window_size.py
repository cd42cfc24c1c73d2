"""The window's size on first start: as large as it is comfortable, never beyond the screen."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize

PREFERRED_SIZE = QSize(1200, 760)
# Before the window is first shown its frame is not known: room for a title bar and borders
# about as large as the common desktops draw them.
FRAME_ALLOWANCE = QMargins(8, 38, 8, 8)


def first_start_size(available: QRect, frame: QMargins = FRAME_ALLOWANCE) -> QSize:
    """The window's size (without its frame) so that, framed, it fits in ``available``."""
    return PREFERRED_SIZE.boundedTo(available.size().shrunkBy(frame))
