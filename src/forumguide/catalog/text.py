"""Text folding shared by the index builder and the search queries."""

from __future__ import annotations

import re

_FOLDS = str.maketrans({"ё": "е", "Ё": "Е"})
_TOKEN = re.compile(r"\w+", re.UNICODE)


def fold(text: str) -> str:
    """Fold what SQLite's unicode61 tokenizer leaves apart (``ё`` and ``е``)."""
    return text.translate(_FOLDS)


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression: every word of ``query`` as a prefix, all required.

    Returns ``None`` when the query has no word characters (nothing to search for).
    """
    words = _TOKEN.findall(fold(query))
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words)


def like_pattern(query: str) -> str:
    """A LIKE pattern for a substring match on a folded, lower-cased column."""
    escaped = fold(query).casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped.strip()}%"
