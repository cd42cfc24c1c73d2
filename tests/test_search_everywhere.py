"""One search, everywhere: the search box finds sessions of every forum, people and notes, and
is driven from the keyboard."""

from __future__ import annotations

from forumguide.catalog.library import CatalogLibrary
from forumguide.catalog.reader import SessionFilter
from tests.conftest import INTEROP

DEMOCON = INTEROP / "schedules" / "pretalx-democon.json"
OPENING_GUID_TITLE = "Opening session"


def test_names_match_inside_a_word(library: CatalogLibrary) -> None:
    reader = library.reader_for("attf-2025")
    assert reader is not None
    found = reader.sessions(SessionFilter("attf-2025", query="zadeh"))
    assert found, "“zadeh” finds no session of Saeed Khatibzadeh"
    assert all(any(a.speaker_slug == "saeed-khatibzadeh" for a in s.appearances) for s in found)
    ids = reader.session_ids(SessionFilter("attf-2025", query="zadeh"))
    assert len(ids) == len(found)
    # With another word: each word is a word's start or inside a name.
    assert list(reader.session_ids(SessionFilter("attf-2025", query="zadeh multilateralism")))
    assert list(reader.session_ids(SessionFilter("attf-2025", query="zadeh qqqq"))) == []
    # Two letters inside a word are too few to mean a name.
    assert list(reader.session_ids(SessionFilter("attf-2025", query="eh"))) == []
