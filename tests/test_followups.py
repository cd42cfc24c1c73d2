"""Follow-ups: the parser, ticking one, and keeping both texts of a note changed in two places."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from pypdf import PdfReader

from forumguide.domain.followups import (
    FollowUpMovedError,
    follow_ups,
    keep_both,
    open_follow_ups,
    with_follow_up_done,
)
from forumguide.domain.model import NoteTarget
from forumguide.interchange.notes_export import (
    NoteSection,
    arrange_notes,
    notes_to_markdown,
    notes_to_pdf,
)
from tests.test_export_notes import AIF, ATTF, EARLY, LATE, PEOPLE, SESSIONS, note

NOTE = (
    "Met the KazISS team.\n"
    "[ ] Send the paper to Joshua\n"
    "- [ ] Ask about the C5+1 format\n"
    "  * [x] Book the side event\n"
    "A line with [ ] inside is not one\n"
    "-[ ] nor is this\n"
    "- [X] Done in capitals"
)


def test_lines_starting_with_brackets_are_follow_ups() -> None:
    found = follow_ups(NOTE)
    assert [(f.line, f.text, f.done) for f in found] == [
        (1, "Send the paper to Joshua", False),
        (2, "Ask about the C5+1 format", False),
        (3, "Book the side event", True),
        (6, "Done in capitals", True),
    ]
    assert [f.text for f in open_follow_ups(NOTE)] == [
        "Send the paper to Joshua",
        "Ask about the C5+1 format",
    ]


def test_ticking_changes_only_the_mark() -> None:
    second = open_follow_ups(NOTE)[1]
    ticked = with_follow_up_done(NOTE, second)
    assert ticked == NOTE.replace("- [ ] Ask", "- [x] Ask")
    assert [f.text for f in open_follow_ups(ticked)] == ["Send the paper to Joshua"]
    # And back again.
    done = next(f for f in follow_ups(ticked) if f.text == second.text)
    assert with_follow_up_done(ticked, done, done=False) == NOTE


def test_windows_line_ends_and_cyrillic_are_kept() -> None:
    text = "Заметка\r\n[ ] Позвонить Айгерим\r\nконец"
    (item,) = follow_ups(text)
    assert item.text == "Позвонить Айгерим"
    assert with_follow_up_done(text, item) == "Заметка\r\n[x] Позвонить Айгерим\r\nконец"


def test_a_follow_up_edited_meanwhile_is_not_ticked_blindly() -> None:
    item = open_follow_ups(NOTE)[0]
    edited = "A new first line\n" + NOTE
    with pytest.raises(FollowUpMovedError):
        with_follow_up_done(edited, item)


def test_keep_both_keeps_every_line() -> None:
    stored = "First\n[x] Call Aigerim"
    mine = "First\n[ ] Call Aigerim\nA line typed here"
    both = keep_both(stored, mine, "\n--\n")
    assert both.startswith(stored)
    assert "A line typed here" in both
    assert "[ ] Call Aigerim" in both
    assert keep_both(stored, "First", "\n--\n") == stored
    assert keep_both("", "only mine", "\n--\n") == "only mine"


# Exports end with the open follow-ups ----------------------------------------------------------


def _export_sections() -> list[NoteSection]:
    notes = [
        note(
            NoteTarget.SESSION,
            LATE.guid,
            "Good panel.\n- [ ] Send the *paper* to Joshua\n[x] Already done",
            forum=LATE.forum_slug,
        ),
        note(NoteTarget.SESSION, EARLY.guid, "[ ] Позвонить Әйгерім", forum=EARLY.forum_slug),
        note(NoteTarget.SPEAKER, "joshua-lincoln", "[ ] Ask for the slides"),
    ]
    return arrange_notes(notes, SESSIONS, [AIF, ATTF], PEOPLE)


def test_markdown_export_ends_with_the_open_follow_ups() -> None:
    sections = _export_sections()
    text = notes_to_markdown(sections, today=date(2025, 10, 16))
    head, _, tail = text.rpartition("## Open follow-ups\n")
    assert head, "no follow-ups section"
    assert "###" not in tail, "the follow-ups are not last"
    lines = [line for line in tail.splitlines() if line]
    assert lines == [
        f"- [ ] Позвонить Әйгерім — *{EARLY.title}*",
        "- [ ] Send the \\*paper\\* to Joshua — *Afternoon \\*panel\\* \\#2*",
        "- [ ] Ask for the slides — *Joshua Lincoln*",
    ]
    assert "Already done" not in tail


def test_pdf_export_ends_with_the_open_follow_ups(qapp) -> None:
    sections = _export_sections()
    reader = PdfReader(io.BytesIO(notes_to_pdf(sections, today=date(2025, 10, 16))))
    words = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))
    tail = words[words.rindex("Open follow-ups") :]
    for expected in ("Позвонить Әйгерім", "Send the *paper* to Joshua", "Ask for the slides"):
        assert expected in tail
    assert "Already done" not in tail
