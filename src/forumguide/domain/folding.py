"""Folding text for searches, shared by the programme's index and the notes search."""

from __future__ import annotations

_FOLDS = str.maketrans({"ё": "е", "Ё": "Е"})


def fold(text: str) -> str:
    """Fold what SQLite's unicode61 tokenizer leaves apart (``ё`` and ``е``)."""
    return text.translate(_FOLDS)


def search_key(text: str) -> str:
    """``text`` folded for a case-insensitive substring search in any script."""
    return fold(text).casefold()


def like_pattern(query: str) -> str:
    """A LIKE pattern (escape character ``\\``) for a substring match on :func:`search_key`."""
    escaped = search_key(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped.strip()}%"
