"""Every item model passes Qt's model tester, with real data."""

from __future__ import annotations

from datetime import UTC, datetime

from forumguide.catalog.library import CatalogLibrary
from forumguide.catalog.reader import SessionFilter
from forumguide.domain.model import Note, NoteTarget, SessionSnapshot
from forumguide.ui.formatting import TimeFormatter
from forumguide.ui.models import (
    AgendaModel,
    AgendaRow,
    Group,
    NotesModel,
    Role,
    SessionListModel,
    SpeakerListModel,
)


def test_session_list_model(qtmodeltester, library: CatalogLibrary) -> None:
    reader = library.reader_for("attf-2025")
    assert reader is not None
    # Sessions on two days and undated ones: the Think Tank Forum's, with the Doha session's day.
    doha = library.reader_for("doha-2025")
    assert doha is not None
    sessions = reader.sessions(SessionFilter("attf-2025"))
    dated = doha.sessions(SessionFilter("doha-2025"))[0]
    names = {p.slug: p.name for p in reader.speakers()}
    model = SessionListModel()
    model.set_sessions(library.forum("attf-2025"), [dated, *sessions], names, TimeFormatter())
    qtmodeltester.check(model, force_py=True)
    assert [model.index(row, 0).data() for row in range(model.rowCount())] == [
        "Sunday 7 December 2025",
        "Date to be confirmed",
    ]
    assert model.row_count_total() == len(sessions) + 1
    model.set_sessions(library.forum("attf-2025"), sessions, names, TimeFormatter())
    first_day = model.index(0, 0)
    session_index = model.index(0, SessionListModel.TITLE, first_day)
    assert session_index.data().startswith("Multilateralism at a Crossroads")
    assert model.parent(session_index) == first_day
    model.set_bookmarked(frozenset({sessions[0].guid}))
    assert model.index(0, SessionListModel.STAR, first_day).data() == "★"
    assert model.find(sessions[0].guid).data(Role.KEY) == sessions[0].guid
    model.set_sessions(
        library.forum("attf-2025"), sessions[:1], names, TimeFormatter(), grouped=False
    )  # the tester attached above checks this reset too
    # Search results are not under day headings, so the time says its day.
    result_time = model.index(0, SessionListModel.TIME, model.index(0, 0)).data()
    assert result_time == "time TBC"  # no day to show for an undated session
    model.set_sessions(library.forum("doha-2025"), [dated], names, TimeFormatter(), grouped=False)
    result_time = model.index(0, SessionListModel.TIME, model.index(0, 0)).data()
    assert result_time == "Sun 7 Dec, time TBC"


def test_speaker_list_model(qtmodeltester, library: CatalogLibrary) -> None:
    reader = library.reader_for("attf-2025")
    assert reader is not None
    model = SpeakerListModel()
    model.set_speakers(reader.speakers())
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 9
    assert model.find("thomas-greminger").data() == "Thomas Greminger"


def test_agenda_model(qtmodeltester, library: CatalogLibrary) -> None:
    reader = library.reader_for("doha-2025")
    assert reader is not None
    session = reader.sessions(SessionFilter("doha-2025"))[0]
    model = AgendaModel()
    model.set_groups(
        [
            Group(
                "Sunday",
                [
                    AgendaRow(
                        "session",
                        session.guid,
                        session,
                        forum=library.forum("doha-2025"),
                        overlaps=True,
                    )
                ],
            ),
            Group(
                "Removed", [AgendaRow("removed", "gone", None, SessionSnapshot(title="Old talk"))]
            ),
        ]
    )
    qtmodeltester.check(model, force_py=True)
    assert (
        model.index(0, AgendaModel.STATUS, model.index(0, 0)).data()
        == "⚠ Overlaps another bookmark"
    )
    assert (
        model.index(0, AgendaModel.STATUS, model.index(1, 0)).data() == "Removed from the programme"
    )


def test_notes_model(qtmodeltester) -> None:
    model = NotesModel()
    when = datetime(2025, 10, 15, 5, 0, tzinfo=UTC)
    model.set_notes(
        [
            (Note(NoteTarget.SESSION, "g", "First line\nsecond", when), "A session"),
            (Note(NoteTarget.SPEAKER, "p", "About a person", when), "A person"),
        ]
    )
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, NotesModel.TEXT).data() == "First line"
    assert model.index(1, NotesModel.ABOUT).data() == "Person: A person"


def test_a_zone_this_computer_does_not_know_is_shown_not_converted() -> None:
    from datetime import datetime as wall

    snapshot = SessionSnapshot(title="Old", start=wall(2025, 10, 15, 10, 0), timezone="Not/AZone")
    for formatter in (TimeFormatter(), TimeFormatter(use_local=True)):
        assert formatter.clock(snapshot, "Not/AZone") == "10:00"
        assert "(Not/AZone)" in formatter.when(snapshot, "Not/AZone")
