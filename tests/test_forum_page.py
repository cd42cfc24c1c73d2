"""The forum page and the session and person pages: inferred years marked with their reason,
co-organisers, descriptive source titles, and forums whose documents name no session."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from forumguide.catalog.library import CatalogLibrary
from forumguide.domain.model import Appearance, Forum, ForumRole, Session, Source, Speaker
from forumguide.paths import UserPaths
from forumguide.ui.formatting import TimeFormatter, forum_html, session_html, speaker_html
from forumguide.ui.widgets import SafeBrowser
from tests.ui_helpers import close_window, open_window

REASON = 'A report speaks of "the new administration" <b>in office from June</b>.'
FORUM = Forum(
    slug="f",
    name="Example Forum 2025",
    start=None,
    dates_text="June 2025",
    year_inferred=REASON,
    roles=(ForumRole("p", "patron"),),
)
PERSON = Speaker(slug="p", name="A Person")
SESSION = Session(
    guid="g",
    forum_slug="f",
    title="Panel",
    co_organisers=("Partner Forum (PF)",),
    appearances=(Appearance("p"),),
)
HEADLINE = Source(key="a", title="A Headline", document="a.txt")
DESCRIBED = Source(
    key="b", title="Report on the forum", document="b.txt", title_is_descriptive=True
)


def tooltips_at(browser: SafeBrowser, text: str) -> list[str]:
    """The tooltip over each place the page shows ``text``."""
    plain = browser.document().toPlainText()
    found = []
    start = plain.find(text)
    while start >= 0:
        cursor = QTextCursor(browser.document())
        cursor.setPosition(start + 1)
        found.append(cursor.charFormat().toolTip())
        start = plain.find(text, start + 1)
    return found


def test_an_inferred_year_is_marked_where_the_forum_page_shows_it(qtbot) -> None:
    browser = SafeBrowser()
    qtbot.addWidget(browser)
    browser.setHtml(forum_html(FORUM, {"p": PERSON}, [HEADLINE, DESCRIBED]))
    page = browser.toPlainText()
    assert page.startswith("Example Forum 2025 (year inferred)")
    assert "Dates: June 2025 (year inferred)" in page
    assert f"Year inferred: {REASON}" in page
    # Hovering either mark gives the reason, as text: the markup in it is not rendered.
    tips = tooltips_at(browser, "(year inferred)")
    assert len(tips) == 2
    for tip in tips:
        assert tip.startswith("<p>Year inferred: A report speaks of")
        assert "&lt;b&gt;in office from June&lt;/b&gt;" in tip


def test_a_forum_whose_year_is_stated_has_no_mark(qtbot) -> None:
    browser = SafeBrowser()
    qtbot.addWidget(browser)
    stated = Forum(slug="f", name="Example Forum 2024", dates_text="June 2024")
    browser.setHtml(forum_html(stated, {}, []))
    assert "inferred" not in browser.toPlainText()
    assert tooltips_at(browser, "2024") == ["", ""]


def test_session_and_person_pages_mark_the_forum_and_name_co_organisers(qtbot) -> None:
    browser = SafeBrowser()
    qtbot.addWidget(browser)
    browser.setHtml(session_html(SESSION, FORUM, {"p": PERSON}, [HEADLINE], TimeFormatter()))
    page = browser.toPlainText()
    assert "Example Forum 2025 (year inferred)" in page
    assert "Co-organised with: Partner Forum (PF)" in page
    assert tooltips_at(browser, "(year inferred)")[0].startswith("<p>Year inferred:")
    browser.setHtml(
        speaker_html(
            PERSON,
            [(SESSION, "", FORUM, "speaker")],
            [(FORUM, FORUM.roles[0])],
            [],
            TimeFormatter(),
        )
    )
    assert browser.toPlainText().count("Example Forum 2025 (year inferred)") == 2


def test_a_descriptive_source_title_is_not_shown_as_a_headline(qtbot) -> None:
    browser = SafeBrowser()
    qtbot.addWidget(browser)
    browser.setHtml(forum_html(FORUM, {}, [HEADLINE, DESCRIBED]))
    page = browser.toPlainText()
    assert "Report on the forum (descriptive title; the document has no headline)" in page
    assert "A Headline (" not in page
    cursor = QTextCursor(browser.document())
    cursor.setPosition(page.find("Report on the forum") + 1)
    assert not cursor.charFormat().fontItalic()
    cursor.setPosition(page.find("A Headline") + 1)
    assert cursor.charFormat().fontItalic()


def test_a_forum_without_sessions_opens_on_its_page(
    qtbot, library: CatalogLibrary, home: UserPaths
) -> None:
    window = open_window(qtbot, library, home)
    tab = window.programme
    for slug in ("aif-2023", "aif-2024"):
        window.select_forum(slug)
        forum = library.forum(slug)
        assert forum is not None
        # No empty list and no word of filters: the forum's page, and why there is no list.
        assert not tab.list_pane.isVisibleTo(window)
        assert not tab.empty.isVisibleTo(window)
        assert tab.no_sessions.isVisibleTo(window)
        assert tab.no_sessions.text() == "The documents name no sessions of this forum."
        page = tab.details.toPlainText()
        assert page.startswith(forum.name)
        for part in ("Dates:", "People", "Kassym-Jomart Tokayev", "Sources"):
            assert part in page, part
        # A search on it still says only that the documents name no session.
        window.search.setText("multilateralism")
        window.search.returnPressed.emit()
        assert tab.shown_query == "multilateralism"
        assert not tab.empty.isVisibleTo(window)
        assert tab.no_sessions.isVisibleTo(window)
        window.search.clear()
    window.select_forum("attf-2025")
    assert tab.list_pane.isVisibleTo(window)
    assert not tab.no_sessions.isVisibleTo(window)
    assert tab.model.item_count() > 0
    close_window(window)
