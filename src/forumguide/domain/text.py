"""Plain-text views of descriptions, for search indexes and plain-text exports."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from forumguide.domain.model import TextFormat

_BLOCK_TAGS = frozenset({"p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "tr", "pre"})
_SPACES = re.compile(r"[ \t]+")
_BLANK_LINES = re.compile(r"\n\s*\n\s*(\n\s*)+")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"script", "style"}:
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style"} and self._skip:
            self._skip -= 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """The readable text of an HTML fragment, with paragraphs kept apart."""
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(collector.parts).splitlines())
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def to_plain_text(text: str, text_format: TextFormat) -> str:
    """Plain text of a description in any of the formats we store."""
    if text_format is TextFormat.HTML:
        return html_to_text(text)
    return text.strip()
