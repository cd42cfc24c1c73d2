"""Checks the curated programme in data/ against the documents it cites.

Every quotation in a record (text in quotation marks) must be found in one of the documents
the record cites, and every person, forum, session and source must cite a document that names
it. Matching is on folded text: case, diacritics, runs of white space, quotation marks and
apostrophes, dashes and ellipses are all made alike on both sides, and a quotation cut with an
ellipsis is looked for piece by piece, in order.

The checks read the TOML files themselves, not the loaded programme, so that they see every
string exactly as it was written.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# Quotation marks, apostrophes and the like: dropped by folding, so that a quotation matches
# whatever marks the document put around it or inside it.
_MARKS = str.maketrans(dict.fromkeys("\"'`´‘’‚‛“”„‟«»‹›", ""))
_DASHES = str.maketrans(dict.fromkeys("‐‑‒–—―−", "-"))
_SPACE = re.compile(r"\s+")
_ELLIPSIS = re.compile(r"\s*(?:…|\.\.\.)\s*")
_EDGE_PUNCTUATION = " \t\n.,;:!?"

# A quotation: straight or curly double quotes, curly single quotes, or straight single quotes
# that open after a non-letter and close before one (so that apostrophes are not read as quotes).
_QUOTATIONS = (
    re.compile(r'"([^"]+)"'),
    re.compile(r"“([^”]+)”"),
    re.compile(r"‘([^’]+)’"),
    re.compile(r"(?<![\w])'(\w[^']*?)'(?!\w)"),
)

# The tables of a forum file that hold records of their own, each citing its own sources.
_NESTED = {"forum": ("role",), "session": ("speaker",)}


def fold(text: str) -> str:
    """``text`` with case, diacritics, spacing, quotation marks and dashes made alike."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    bare = bare.translate(_MARKS).translate(_DASHES).replace("…", "...")
    return _SPACE.sub(" ", bare).strip().casefold()


def quotations(text: str) -> list[str]:
    """The quoted passages in ``text``, in order of appearance."""
    found: list[tuple[int, str]] = []
    for pattern in _QUOTATIONS:
        found.extend((m.start(), m.group(1)) for m in pattern.finditer(text))
    return [quote for _start, quote in sorted(found)]


def quotation_found(quote: str, folded_document: str) -> bool:
    """Whether ``quote`` is in the folded document: each piece between ellipses, in order."""
    pieces = [fold(p.strip(_EDGE_PUNCTUATION)) for p in _ELLIPSIS.split(quote)]
    position = 0
    for piece in pieces:
        if not piece:
            continue
        found = folded_document.find(piece, position)
        if found < 0:
            return False
        position = found + len(piece)
    return True


@dataclass(frozen=True, slots=True)
class Record:
    """One record of a source file: what it is, where, its own strings and what it cites."""

    file: Path
    label: str
    fields: Mapping[str, Any]
    cited: tuple[str, ...]


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _own_fields(kind: str, table: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in table.items() if k not in _NESTED.get(kind, ())}


def records(data: Path) -> Iterator[Record]:
    """Every record of the curated sources under ``data``."""
    sources_file = data / "sources.toml"
    for source in tomllib.loads(sources_file.read_text(encoding="utf-8")).get("source", []):
        yield Record(sources_file, f"source '{source.get('key')}'", source, (source["key"],))
    people_file = data / "people.toml"
    for person in tomllib.loads(people_file.read_text(encoding="utf-8")).get("person", []):
        yield Record(
            people_file, f"person '{person.get('slug')}'", person, tuple(person["sources"])
        )
    for path in sorted((data / "forums").glob("*.toml")):
        content = tomllib.loads(path.read_text(encoding="utf-8"))
        forum = content["forum"]
        yield Record(
            path,
            f"forum '{forum.get('slug')}'",
            _own_fields("forum", forum),
            tuple(forum["sources"]),
        )
        for role in forum.get("role", []):
            yield Record(path, f"role of '{role.get('person')}'", role, tuple(role["sources"]))
        for session in content.get("session", []):
            yield Record(
                path,
                f"session '{session.get('title')}'",
                _own_fields("session", session),
                tuple(session["sources"]),
            )
            for speaker in session.get("speaker", []):
                yield Record(
                    path,
                    f"appearance of '{speaker.get('person')}' in '{session.get('title')}'",
                    speaker,
                    tuple(speaker["sources"]),
                )


class Documents:
    """The seed documents named in sources.toml, folded once."""

    def __init__(self, data: Path, seeds: Path) -> None:
        table = tomllib.loads((data / "sources.toml").read_text(encoding="utf-8"))
        self.names: dict[str, str] = {s["key"]: s["document"] for s in table.get("source", [])}
        self._folded: dict[str, str] = {}
        for key, name in self.names.items():
            path = seeds / name
            self._folded[key] = fold(path.read_text(encoding="utf-8")) if path.is_file() else ""

    def folded(self, key: str) -> str:
        return self._folded.get(key, "")

    def naming(self, keys: tuple[str, ...], name: str) -> list[str]:
        """The cited documents in which ``name`` is found."""
        wanted = fold(name)
        return [key for key in keys if wanted and wanted in self.folded(key)]

    def listed(self, keys: tuple[str, ...]) -> str:
        return ", ".join(self.names.get(key, key) for key in keys)


def _name_of(record: Record, people: Mapping[str, str]) -> str | None:
    """What a cited document must contain for the record to count as named by it."""
    fields = record.fields
    if record.label.startswith("source"):
        return None if fields.get("title_is_descriptive") else str(fields.get("title", ""))
    if record.label.startswith("person"):
        return str(fields.get("name", ""))
    if record.label.startswith("forum"):
        return str(fields.get("series", ""))
    if record.label.startswith("session"):
        title = str(fields.get("title", ""))
        # A descriptive title ("Second session: the shifting balance of power ...") begins with
        # what the documents call the session.
        return title.partition(":")[0] if fields.get("title_is_descriptive") else title
    return people.get(str(fields.get("person", "")), "")


def check(data: Path, seeds: Path) -> list[str]:
    """Every quotation not found in its record's documents, and every record no cited
    document names; an empty list when the data is true to its documents."""
    documents = Documents(data, seeds)
    all_records = list(records(data))
    people = {
        str(r.fields.get("slug")): str(r.fields.get("name", ""))
        for r in all_records
        if r.label.startswith("person")
    }
    problems: list[str] = []
    for record in all_records:
        where = f"{record.file.name}: {record.label}"
        for key in record.cited:
            if not documents.folded(key):
                problems.append(f"{where}: cites '{key}', whose document cannot be read")
        for field, value in record.fields.items():
            for text in _strings(value):
                for quote in quotations(text):
                    if not any(
                        quotation_found(quote, documents.folded(key)) for key in record.cited
                    ):
                        problems.append(
                            f"{where}: the quotation “{quote}” in '{field}' is not in "
                            f"{documents.listed(record.cited)}"
                        )
        name = _name_of(record, people)
        if name is not None and not documents.naming(record.cited, name):
            problems.append(
                f"{where}: none of its documents ({documents.listed(record.cited)}) names “{name}”"
            )
    return problems
