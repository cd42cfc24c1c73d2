"""The delegate's notes as a Markdown document or a PDF.

Session notes are grouped by forum, then by session in programme order, each with the session's
date and time and its speakers; notes on people have their own section, and notes whose session
has left the programme keep what their snapshot remembers. The document ends with the open
follow-ups (lines of the notes that begin with ``[ ]``), each with what its note is about. The
PDF is laid out by Qt's text engine (see :mod:`.pdf`) in a font that has the Cyrillic and Kazakh
letters, and embeds it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from forumguide.domain.followups import open_follow_ups
from forumguide.domain.model import Forum, Note, NoteTarget, Session, SessionKey, Speaker
from forumguide.interchange.atomic import write_atomically
from forumguide.interchange.pdf import render_pdf
from forumguide.interchange.session_text import ENGLISH, Wording, place_of, speaker_lines

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


@dataclass(frozen=True, slots=True)
class NoteEntry:
    """One note with the heading and facts shown above it."""

    heading: str
    facts: tuple[str, ...]
    people: tuple[str, ...]
    note: Note


@dataclass(slots=True)
class NoteSection:
    """A forum's session notes, the removed sessions' notes, or the notes on people."""

    title: str
    entries: list[NoteEntry] = field(default_factory=list)


def _session_entry(
    session: Session, forum: Forum | None, speakers: Mapping[str, Speaker], note: Note, w: Wording
) -> NoteEntry:
    facts = [w.when(session, session.timezone)]
    place = place_of(session, forum)
    if place:
        facts.append(place)
    return NoteEntry(session.title, tuple(facts), tuple(speaker_lines(session, speakers)), note)


def _session_order(session: Session) -> tuple[bool, date, bool, str, int]:
    return (
        session.day is None and session.start is None,
        session.day or (session.start.date() if session.start else date.min),
        session.start is None,
        session.start.isoformat() if session.start else "",
        session.position,
    )


def arrange_notes(
    notes: Iterable[Note],
    sessions: Mapping[SessionKey, Session],
    forums: Sequence[Forum],
    speakers: Mapping[str, Speaker],
    wording: Wording = ENGLISH,
) -> list[NoteSection]:
    """The notes in the order a reader wants them: by forum and session, then people.

    Args:
        notes: the notes to include (empty ones are left out).
        sessions: sessions by (forum slug, guid); a note whose session is missing counts as
            removed.
        forums: the forums, in the order to show them.
        speakers: people by slug, for speaker lines and notes on people.
        wording: the phrases to use.
    """
    by_forum: dict[str, list[tuple[Session, Note]]] = {}
    removed: list[Note] = []
    on_people: list[Note] = []
    for note in notes:
        if not note.text.strip():
            continue
        if note.target is NoteTarget.SPEAKER:
            on_people.append(note)
            continue
        key = note.session_key
        session = sessions.get(key) if key is not None else None
        if session is None:
            removed.append(note)
        else:
            by_forum.setdefault(session.forum_slug, []).append((session, note))

    sections: list[NoteSection] = []
    known = {forum.slug: forum for forum in forums}
    order = [forum.slug for forum in forums] + sorted(set(by_forum) - set(known))
    for slug in order:
        pairs = sorted(by_forum.get(slug, ()), key=lambda pair: _session_order(pair[0]))
        if not pairs:
            continue
        forum = known.get(slug)
        section = NoteSection(forum.name if forum else slug)
        section.entries = [
            _session_entry(session, forum, speakers, note, wording) for session, note in pairs
        ]
        sections.append(section)
    if removed:
        section = NoteSection(wording.removed_sessions)
        for note in sorted(removed, key=lambda n: (n.snapshot.title.casefold(), n.key)):
            snapshot = note.snapshot
            facts = [
                f
                for f in (
                    snapshot.forum_name,
                    wording.when(snapshot, snapshot.timezone or "UTC"),
                    snapshot.room,
                )
                if f
            ]
            heading = f"{snapshot.title or note.key} ({wording.removed})"
            section.entries.append(NoteEntry(heading, tuple(facts), (), note))
        sections.append(section)
    if on_people:
        section = NoteSection(wording.people)

        def person_order(note: Note) -> tuple[str, str]:
            person = speakers.get(note.key)
            return (person.sort_key if person else note.snapshot.title.casefold(), note.key)

        for note in sorted(on_people, key=person_order):
            person = speakers.get(note.key)
            name = person.name if person else (note.snapshot.title or note.key)
            details = (person.affiliation, person.country) if person else ()
            section.entries.append(NoteEntry(name, tuple(d for d in details if d), (), note))
        sections.append(section)
    return sections


def follow_up_list(sections: Sequence[NoteSection]) -> list[tuple[str, str]]:
    """The open follow-ups of the arranged notes, in their order: (what to do, where from)."""
    return [
        (item.text, entry.heading)
        for section in sections
        for entry in section.entries
        for item in open_follow_ups(entry.note.text)
    ]


def _updated(note: Note) -> str:
    moment = note.updated_at
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
        return moment.strftime("%Y-%m-%d %H:%M UTC")
    return moment.strftime("%Y-%m-%d %H:%M")


def _md(text: str) -> str:
    """Text that Markdown shows as it is."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def _quoted(text: str) -> str:
    """``text`` as a Markdown block quote; each line is kept exactly after its ``> ``."""
    return "\n".join(f"> {line}" if line.strip() else ">" for line in text.strip().splitlines())


def notes_to_markdown(
    sections: Sequence[NoteSection], wording: Wording = ENGLISH, today: date | None = None
) -> str:
    """The arranged notes as Markdown; each note's text is quoted, exactly as written."""
    day = today or datetime.now(UTC).date()
    lines = [f"# {_md(wording.notes_title)}", "", _md(wording.exported_on.format(date=day)), ""]
    for section in sections:
        lines += [f"## {_md(section.title)}", ""]
        for entry in section.entries:
            lines += [f"### {_md(entry.heading)}", ""]
            lines += [f"{_md(fact)}  " for fact in entry.facts[:-1]]
            if entry.facts:
                lines.append(_md(entry.facts[-1]))
                lines.append("")
            if entry.people:
                lines += [f"**{_md(wording.speakers)}**", ""]
                lines += [f"- {_md(person)}" for person in entry.people]
                lines.append("")
            lines += [f"*{_md(wording.updated.format(date=_updated(entry.note)))}*", ""]
            # Quoted, so the note's own Markdown (a "# line", say) stays inside its entry.
            lines += [_quoted(entry.note.text), ""]
    follow_ups = follow_up_list(sections)
    if follow_ups:
        lines += [f"## {_md(wording.open_follow_ups)}", ""]
        lines += [f"- [ ] {_md(text)} — *{_md(source)}*" for text, source in follow_ups]
    return "\n".join(lines).rstrip("\n") + "\n"


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _paragraphs(text: str) -> str:
    blocks = [block.strip("\n") for block in re.split(r"\n\s*\n", text.strip()) if block.strip()]
    return "".join(
        f"<p>{'<br>'.join(_esc(line) for line in block.splitlines())}</p>" for block in blocks
    )


def notes_to_html_parts(
    sections: Sequence[NoteSection], wording: Wording = ENGLISH, today: date | None = None
) -> list[str]:
    """The arranged notes as simple HTML for Qt's text engine, one piece per note (after a
    heading piece); every text is escaped."""
    day = today or datetime.now(UTC).date()
    pieces = [
        f"<h1>{_esc(wording.notes_title)}</h1>"
        f"<p><i>{_esc(wording.exported_on.format(date=day))}</i></p>"
    ]
    for section in sections:
        parts = [f"<h2>{_esc(section.title)}</h2>"]
        for entry in section.entries:
            parts.append(f"<h3>{_esc(entry.heading)}</h3>")
            if entry.facts:
                parts.append("<p>" + "<br>".join(_esc(f) for f in entry.facts) + "</p>")
            if entry.people:
                people = "".join(f"<li>{_esc(person)}</li>" for person in entry.people)
                parts.append(f"<p><b>{_esc(wording.speakers)}</b></p><ul>{people}</ul>")
            updated = wording.updated.format(date=_updated(entry.note))
            parts.append(f'<p style="color: #555555"><i>{_esc(updated)}</i></p>')
            parts.append(_paragraphs(entry.note.text))
            pieces.append("".join(parts))
            parts = []
        if parts:
            pieces.append("".join(parts))
    follow_ups = follow_up_list(sections)
    if follow_ups:
        items = "".join(
            f"<li>[ ] {_esc(text)} — <i>{_esc(source)}</i></li>" for text, source in follow_ups
        )
        pieces.append(f"<h2>{_esc(wording.open_follow_ups)}</h2><ul>{items}</ul>")
    return pieces


def notes_to_html(
    sections: Sequence[NoteSection], wording: Wording = ENGLISH, today: date | None = None
) -> str:
    """The arranged notes as simple HTML for Qt's text engine; every text is escaped."""
    return "".join(notes_to_html_parts(sections, wording, today))


def notes_to_pdf(
    sections: Sequence[NoteSection], wording: Wording = ENGLISH, today: date | None = None
) -> bytes:
    """The arranged notes as a PDF document."""
    return render_pdf(notes_to_html_parts(sections, wording, today), wording.notes_title)


def write_notes(path: Path, sections: Sequence[NoteSection], wording: Wording = ENGLISH) -> Path:
    """Write the notes to ``path`` atomically: PDF for a ``.pdf`` name, Markdown otherwise.

    Raises:
        ExportError: the file could not be written; nothing was left behind.
    """
    if path.suffix.lower() == ".pdf":
        return write_atomically(path, notes_to_pdf(sections, wording))
    return write_atomically(path, notes_to_markdown(sections, wording))
