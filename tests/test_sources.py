"""Sources in the forum and session pages: title and publication, their address, the file a
detail."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QTextCursor

from forumguide.catalog.library import CatalogLibrary
from forumguide.domain.model import Source
from forumguide.paths import UserPaths
from forumguide.ui.formatting import forum_html
from forumguide.ui.widgets import SafeBrowser
from tests.test_forum_page import FORUM, PERSON, tooltips_at
from tests.ui_helpers import close_window, open_window

ONLINE = Source(
    key="o",
    title="Middle powers meet in Astana",
    document="005_0a1b2c3d4e5f6789.txt",
    kind="news report",
    author="A. Writer",
    published=date(2025, 10, 16),
    url="https://example.org/astana-report",
)
OFFLINE = Source(key="f", title="Report on the forum", document="006_ffeeddccbbaa9988.txt")


def test_a_source_shows_its_title_and_publication_and_opens_its_address(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    browser = SafeBrowser()
    qtbot.addWidget(browser)
    browser.setHtml(forum_html(FORUM, {"p": PERSON}, [ONLINE, OFFLINE]))
    page = browser.toPlainText()
    assert "Middle powers meet in Astana, news report, A. Writer, Thursday 16 October 2025" in page
    # The file names are not in the text; hovering the title gives them.
    assert ".txt" not in page
    assert tooltips_at(browser, "Middle powers") == ["<p>Source file: 005_0a1b2c3d4e5f6789.txt</p>"]
    assert tooltips_at(browser, "Report on the forum") == [
        "<p>Source file: 006_ffeeddccbbaa9988.txt</p>"
    ]
    cursor = QTextCursor(browser.document())
    cursor.setPosition(page.find("Middle powers") + 1)
    assert cursor.charFormat().anchorHref() == ONLINE.url
    cursor.setPosition(page.find("Report on the forum") + 1)
    assert not cursor.charFormat().isAnchor()  # no address known: nothing to open
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    browser.anchorClicked.emit(QUrl(ONLINE.url))
    assert opened == [QUrl(ONLINE.url)]


def test_the_bundled_forum_pages_show_no_file_names(
    qtbot, library: CatalogLibrary, home: UserPaths
) -> None:
    window = open_window(qtbot, library, home)
    for forum in library.forums():
        window.select_forum(forum.slug)
        page = window.programme.details.toPlainText()
        assert "Sources" in page
        assert ".txt" not in page, forum.slug
    close_window(window)
