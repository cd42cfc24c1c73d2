"""How people's names sort: by family name, as a printed list of participants does."""

from __future__ import annotations

import re
import unicodedata

# Words after a family name that are not one ("Martin Luther King Jr.", "Jane Doe PhD").
_SUFFIXES = frozenset(
    {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "phd", "ph.d.", "md", "m.d.", "dds"}
)
# What a schedule adds to a name that is not part of it: "(EDRi)", a nickname in quotes.
_ASIDE = re.compile(r"\([^)]*\)|\[[^]]*\]")
_QUOTES = "'\"‘’“”«»"


def family_name_first(name: str) -> str:
    """``name`` with the family name first, for sorting when the source gives no sort name.

    Schedules in the frab and Pentabarf formats give one display name, given names first; the
    last word (before a suffix such as "Jr.", and leaving out asides in brackets and nicknames
    in quotes) is taken as the family name. A name already written "Family, Given" and a single
    word are kept as they are.
    """
    name = " ".join(name.split())
    if not name or "," in name:
        return name
    words = [w for w in _ASIDE.sub(" ", name).split() if w[0] not in _QUOTES]
    end = len(words)
    while end > 1 and words[end - 1].casefold() in _SUFFIXES:
        end -= 1
    if end < 2:
        return name
    family = " ".join(words[end - 1 :])
    return f"{family}, {' '.join(words[: end - 1])}"


def sort_key(text: str) -> str:
    """``text`` as lists compare it: without case or accents, so "Émile" sorts beside "Emil"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
