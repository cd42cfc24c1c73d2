"""Refused schedules: each refusal is a kind with its facts, and the window words it with tr().

The importers below the window give no sentence the window shows as is: a translator installed
here marks every translated text, and the message box shows only marked sentences.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from forumguide.catalog.library import CatalogLibrary
from forumguide.catalog.reader import CatalogReader
from forumguide.interchange.errors import FileKind, ImportFacts, ImportProblem, ScheduleImportError
from forumguide.interchange.importing import read_schedule
from forumguide.paths import UserPaths
from forumguide.ui.import_problems import import_problem_text
from forumguide.ui.main_window import MainWindow
from tests.ui_helpers import close_window, open_window

SCHEDULES = Path(__file__).resolve().parents[2] / "shared" / "interop" / "schedules"
FOSDEM_2021 = SCHEDULES / "fosdem-2021-pentabarf.xml"

V2_EMPTY = json.dumps(
    {"schedule": {"version": "1", "conference": {"title": "Hub", "acronym": "hub"}, "events": []}}
).encode()

# name: (bytes, reason, what the file is, words the sentence must hold)
REFUSED: dict[str, tuple[bytes, ImportProblem, FileKind | None, str]] = {
    "empty": (b"", ImportProblem.EMPTY, None, "empty"),
    "pdf": (b"%PDF-1.7\n", ImportProblem.WRONG_KIND, FileKind.PDF, "PDF document"),
    "web page": (b"<html><body/></html>", ImportProblem.WRONG_KIND, FileKind.HTML, "web page"),
    "text": (b"Opening at ten\n", ImportProblem.WRONG_KIND, FileKind.TEXT, "iCalendar"),
    "rss": (b"<rss/>", ImportProblem.NOT_A_SCHEDULE, FileKind.XML, "<rss>"),
    "other json": (b'{"a": 1}', ImportProblem.NOT_A_SCHEDULE, FileKind.JSON, "JSON file"),
    "truncated xml": (
        b"<schedule><conference>",
        ImportProblem.MALFORMED,
        FileKind.XML,
        "line 1, column 23",
    ),
    "truncated json": (b'{"schedule": {', ImportProblem.MALFORMED, FileKind.JSON, "line 1"),
    "frab without events": (
        b"<schedule><conference><title>E</title></conference></schedule>",
        ImportProblem.NO_EVENTS,
        FileKind.FRAB_XML,
        "frab schedule with no events",
    ),
    "c3voc without events": (
        V2_EMPTY,
        ImportProblem.NO_EVENTS,
        FileKind.C3VOC_JSON,
        "c3voc schedule (second version) with no events",
    ),
    "calendar without events": (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n",
        ImportProblem.NO_EVENTS,
        FileKind.ICALENDAR,
        "calendar with no events",
    ),
    "broken calendar": (
        b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\n",
        ImportProblem.MALFORMED,
        FileKind.ICALENDAR,
        "calendar, but it is malformed",
    ),
    "bad day": (
        b'<schedule><conference><title>T</title></conference><day date="soon"/></schedule>',
        ImportProblem.BAD_DATE,
        FileKind.FRAB_XML,
        "“soon”",
    ),
    "untitled session": (
        b"<schedule><conference><title>T</title><time_zone_name>UTC</time_zone_name>"
        b'</conference><day date="2024-01-01"><event id="9"><start>10:00</start></event>'
        b"</day></schedule>",
        ImportProblem.NO_TITLE,
        FileKind.FRAB_XML,
        "session 9 has no title",
    ),
    "wrong type": (
        b'{"schedule": {"conference": {"title": "T", "days": {"1": []}}}}',
        ImportProblem.WRONG_TYPE,
        None,
        "schedule.conference.days is not a list",
    ),
}


@pytest.mark.parametrize("name", list(REFUSED))
def test_each_refusal_has_a_kind_facts_and_a_true_sentence(
    name: str, tmp_path: Path, qapp: QApplication
) -> None:
    data, reason, what, words = REFUSED[name]
    path = tmp_path / "schedule"
    path.write_bytes(data)
    with pytest.raises(ScheduleImportError) as caught:
        read_schedule(path)
    error = caught.value
    assert error.reason is reason, error
    if what is not None:
        assert error.facts.what is what
    assert words in import_problem_text(error)


def test_a_file_without_a_zone_asks_for_one() -> None:
    with pytest.raises(ScheduleImportError) as caught:
        read_schedule(FOSDEM_2021)
    assert caught.value.needs_timezone
    assert caught.value.reason is ImportProblem.NEEDS_ZONE


@pytest.mark.parametrize("reason", list(ImportProblem))
def test_every_kind_of_refusal_has_its_own_sentence(
    reason: ImportProblem, qapp: QApplication
) -> None:
    facts = ImportFacts(detail="why", field="f", session="7", value="v", year=3000, zone="Z")
    text = import_problem_text(ScheduleImportError("x", "English", reason, facts))
    assert text and text != "English"


class MarkingTranslator(QTranslator):
    """Translates every text to itself between guillemets."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"«{source}»"

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def window(qtbot: Any, bundled_path: Path, home: UserPaths) -> Iterator[MainWindow]:
    library = CatalogLibrary([CatalogReader(bundled_path)])
    shown = open_window(qtbot, library, home)
    yield shown
    close_window(shown)
    library.close()


def test_the_window_shows_the_refusal_through_tr(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "empty.ics"
    path.write_bytes(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n")
    translator = MarkingTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        window.import_flow.import_file(path)
    finally:
        QCoreApplication.removeTranslator(translator)
    box = window.import_flow.dialog
    assert isinstance(box, QMessageBox)
    assert box.informativeText() == "«It is a calendar with no events.»"
