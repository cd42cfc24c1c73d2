"""The programme and the delegate's own records, as frozen dataclasses.

A programme from any source (our curated files, a frab or pretalx schedule) becomes the same
:class:`Programme`. Times are local wall-clock times in the forum's IANA zone; the UTC instant
is computed for the event's own date (see :mod:`forumguide.domain.timezones`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

from forumguide.domain.names import family_name_first, sort_key
from forumguide.domain.timezones import wall_end


class TextFormat(StrEnum):
    """How a description is written."""

    PLAIN = "plain"
    MARKDOWN = "markdown"
    HTML = "html"


@dataclass(frozen=True, slots=True)
class Source:
    """A document that facts were taken from.

    ``title_is_descriptive`` is set when the document has no headline and ``title`` describes
    it instead.
    """

    key: str
    title: str
    document: str = ""
    kind: str = ""
    author: str = ""
    published: date | None = None
    url: str = ""
    title_is_descriptive: bool = False


@dataclass(frozen=True, slots=True)
class Link:
    """A web page that belongs to a session or a person."""

    url: str
    title: str = ""


@dataclass(frozen=True, slots=True)
class Speaker:
    """A person who takes part in a forum."""

    slug: str
    name: str
    sort_name: str = ""
    affiliation: str = ""
    country: str = ""
    bio: str = ""
    bio_format: TextFormat = TextFormat.PLAIN
    links: tuple[Link, ...] = ()
    source_keys: tuple[str, ...] = ()

    @property
    def sort_key(self) -> str:
        """What lists sort the person by: the sort name the source gives, or else the name
        with its last word (the family name) first."""
        return sort_key(self.sort_name or family_name_first(self.name))


@dataclass(frozen=True, slots=True)
class Appearance:
    """A speaker in a session, with the role and title billed there."""

    speaker_slug: str
    role: str = "speaker"
    billed_title: str = ""
    source_keys: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ForumRole:
    """A person's role in a forum as a whole (patron, host), not in one session."""

    speaker_slug: str
    role: str
    billed_title: str = ""
    source_keys: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Session:
    """One item of a programme.

    ``day`` is the programme day the session is listed under; ``start`` is its local wall-clock
    start in ``timezone`` (the forum's IANA zone), which falls on the next calendar date for
    sessions after midnight. Either may be unknown: the app then shows "time to be confirmed".
    """

    guid: str
    forum_slug: str
    title: str
    day: date | None = None
    start: datetime | None = None
    duration: timedelta | None = None
    timezone: str = "UTC"
    title_is_descriptive: bool = False
    subtitle: str = ""
    room: str = ""
    track: str = ""
    format: str = ""
    language: str = ""
    description: str = ""
    description_format: TextFormat = TextFormat.PLAIN
    url: str = ""
    links: tuple[Link, ...] = ()
    # Organisations the session was organised together with (a partner of the host forum).
    co_organisers: tuple[str, ...] = ()
    appearances: tuple[Appearance, ...] = ()
    source_keys: tuple[str, ...] = ()
    position: int = 0

    @property
    def end(self) -> datetime | None:
        """The wall-clock end in the session's zone (see :func:`.timezones.wall_end`)."""
        return wall_end(self.start, self.duration, self.timezone)


@dataclass(frozen=True, slots=True)
class SessionSummary:
    """What a list row shows of a session: no description, people as one line of names."""

    guid: str
    forum_slug: str
    title: str
    day: date | None = None
    start: datetime | None = None
    duration: timedelta | None = None
    timezone: str = "UTC"
    room: str = ""
    track: str = ""
    format: str = ""
    people: str = ""

    @property
    def end(self) -> datetime | None:
        """The wall-clock end in the session's zone (see :func:`.timezones.wall_end`)."""
        return wall_end(self.start, self.duration, self.timezone)


@dataclass(frozen=True, slots=True)
class SpeakerSummary:
    """What a list row shows of a person."""

    slug: str
    name: str
    affiliation: str = ""


@dataclass(frozen=True, slots=True)
class Forum:
    """One edition of a forum or conference.

    ``year_inferred`` is empty when the documents state the forum's year; otherwise it says
    why the year (in the name, the edition and the dates) is inferred, and from what.
    """

    slug: str
    name: str
    series: str = ""
    edition: str = ""
    theme: str = ""
    start: date | None = None
    end: date | None = None
    dates_text: str = ""
    timezone: str = "UTC"
    city: str = ""
    country: str = ""
    venue: str = ""
    organisers: tuple[str, ...] = ()
    url: str = ""
    description: str = ""
    description_format: TextFormat = TextFormat.PLAIN
    roles: tuple[ForumRole, ...] = ()
    source_keys: tuple[str, ...] = ()
    year_inferred: str = ""

    def days(self) -> tuple[date, ...]:
        """Every calendar day from the first to the last, when both are known."""
        if self.start is None or self.end is None:
            return ()
        count = (self.end - self.start).days + 1
        return tuple(self.start + timedelta(days=n) for n in range(max(count, 0)))


@dataclass(frozen=True, slots=True)
class Programme:
    """Everything one catalog holds: forums, their sessions, the people and the sources."""

    forums: tuple[Forum, ...]
    sessions: tuple[Session, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    sources: tuple[Source, ...] = ()
    origin: str = field(default="", compare=False)

    def sessions_of(self, forum_slug: str) -> tuple[Session, ...]:
        return tuple(s for s in self.sessions if s.forum_slug == forum_slug)


@dataclass(frozen=True, slots=True)
class SessionSnapshot:
    """What a bookmark or note remembers of its session, to show it if the session is removed."""

    title: str = ""
    forum_name: str = ""
    timezone: str = ""
    day: date | None = None
    start: datetime | None = None
    room: str = ""


SessionKey = tuple[str, str]
"""A session as bookmarks and notes name it: (forum slug, session guid).

A guid is stable for a session but only within its programme: another schedule may reuse it,
and must not take over the bookmarks and notes made on the first one.
"""


@dataclass(frozen=True, slots=True)
class Bookmark:
    """A session the delegate starred, keyed by its forum and its stable guid."""

    session_guid: str
    forum_slug: str
    created_at: datetime
    snapshot: SessionSnapshot = SessionSnapshot()


class NoteTarget(StrEnum):
    """What a note is about."""

    SESSION = "session"
    SPEAKER = "speaker"


@dataclass(frozen=True, slots=True)
class Note:
    """The delegate's note on a session (by forum and guid) or a person (by slug).

    ``forum_slug`` is the session's forum; it is empty for a note on a person, and for a note
    on a session written before notes named their forum (it is then adopted by the first forum
    that has the session).
    """

    target: NoteTarget
    key: str
    text: str
    updated_at: datetime
    snapshot: SessionSnapshot = SessionSnapshot()
    forum_slug: str = ""
    # When the note was first written, where the store knows it.
    created_at: datetime | None = None

    @property
    def session_key(self) -> SessionKey | None:
        """The session the note is on, for a note on a session."""
        return (self.forum_slug, self.key) if self.target is NoteTarget.SESSION else None


@dataclass(frozen=True, slots=True)
class NoteSummary:
    """What lists show of a note, read without its text: its beginning and its length.

    A note may be tens of megabytes (pasted in); reading it whole to list it would stop the
    window.
    """

    target: NoteTarget
    key: str
    beginning: str
    length: int
    updated_at: datetime
    snapshot: SessionSnapshot = SessionSnapshot()
    forum_slug: str = ""
    created_at: datetime | None = None

    @property
    def session_key(self) -> SessionKey | None:
        return (self.forum_slug, self.key) if self.target is NoteTarget.SESSION else None


@dataclass(frozen=True, slots=True)
class DeletedNote:
    """A note deleted while its deletion can still be undone; ``number`` names it in the bin."""

    number: int
    note: Note
