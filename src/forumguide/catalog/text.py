"""Text folding shared by the index builder and the search queries."""

from __future__ import annotations

import re

from forumguide.domain.folding import fold, like_pattern

__all__ = ["fold", "like_pattern", "match_expression", "words_of"]

_TOKEN = re.compile(r"\w+", re.UNICODE)


def words_of(text: str) -> list[str]:
    """The words of ``text``, folded as the index folds them."""
    return _TOKEN.findall(fold(text))


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression: every word of ``query`` as a prefix, all required.

    Returns ``None`` when the query has no word characters (nothing to search for).
    """
    words = words_of(query)
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words)
