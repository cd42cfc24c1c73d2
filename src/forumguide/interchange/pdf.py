"""PDF documents laid out by Qt's text engine, and the font they are set in.

``QtGui`` only, so it runs wherever a ``QGuiApplication`` does, off the GUI thread too. The
font is one installed here that has the Cyrillic and Kazakh letters, and the PDF embeds it.
The same document can go to a printer (:func:`text_document`).
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QFontMetrics,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
)

from forumguide.interchange.atomic import ExportError

# Letters a font must have for our programmes: Kazakh's own Cyrillic letters, and ё.
REQUIRED_LETTERS = "ҚқӘәҮүҰұҒғӨөҺһІіЖжЁё"
# Common families with those letters: Windows, macOS and most Linux desktops have one.
PREFERRED_FAMILIES = ("Segoe UI", "Arial", "Noto Sans", "DejaVu Sans", "Liberation Sans")
MARGIN_MM = 18
POINT_SIZE = 10.5


def _covers(family: str, letters: str) -> bool:
    metrics = QFontMetrics(QFont(family))
    return all(metrics.inFontUcs4(ord(letter)) for letter in letters)


def pdf_font_family(letters: str = REQUIRED_LETTERS) -> str:
    """A font family installed here that has every one of ``letters``.

    The common families come first; failing those, any installed family that has them; failing
    that, an empty string (Qt's default font, which may lack some letters).
    """
    installed = QFontDatabase.families()
    available = set(installed)
    for family in PREFERRED_FAMILIES:
        if family in available and _covers(family, letters):
            return family
    for family in installed:
        if not QFontDatabase.isPrivateFamily(family) and _covers(family, letters):
            return family
    return ""


class PageSize(StrEnum):
    """The paper a document is laid out for."""

    A4 = "a4"
    LETTER = "letter"


_PAGE_IDS = {PageSize.A4: QPageSize.PageSizeId.A4, PageSize.LETTER: QPageSize.PageSizeId.Letter}


def page_size(name: PageSize) -> QPageSize:
    return QPageSize(_PAGE_IDS.get(name, QPageSize.PageSizeId.A4))


def text_document(body_html: str | Sequence[str], family: str = "") -> QTextDocument:
    """``body_html`` as a document in ``family`` (chosen when empty), for a PDF or a printer.

    Given in pieces, the document is built a piece at a time: parsing all of a long document at
    once holds Python's interpreter lock for as long, which would stop the window when this runs
    off its thread.
    """
    family = family or pdf_font_family()
    document = QTextDocument()
    font = QFont(family) if family else QFont()
    font.setPointSizeF(POINT_SIZE)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    if isinstance(body_html, str):
        document.setHtml(body_html)
    else:
        cursor = QTextCursor(document)
        for number, piece in enumerate(body_html):
            if number:
                cursor.insertBlock()
            cursor.insertHtml(piece)
    return document


def render_pdf(
    body_html: str | Sequence[str], title: str, family: str = "", paper: PageSize = PageSize.A4
) -> bytes:
    """``body_html`` laid out as a PDF on ``paper`` (A4 or US Letter).

    Raises:
        ExportError: there is no ``QGuiApplication`` to lay text out with.
    """
    if QGuiApplication.instance() is None:
        raise ExportError(
            "A PDF can only be made while ForumGuide's window is running.", reason="no-window"
        )
    buffer = QByteArray()
    device = QBuffer(buffer)
    device.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(device)
    writer.setTitle(title)
    writer.setCreator("ForumGuide")
    writer.setResolution(300)
    writer.setPageSize(page_size(paper))
    writer.setPageMargins(
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
    )
    document = text_document(body_html, family)
    document.print_(writer)
    del writer  # finishes the PDF into the buffer
    device.close()
    return bytes(buffer.data())
