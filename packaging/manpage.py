"""The manual page forumguide(1), made from the command's own ``--help``.

The help text is kept as it is, in a no-fill block, so the page says exactly what
``forumguide --help`` says; only roff's special characters are escaped.
"""

from __future__ import annotations

import datetime
import os
import subprocess
import sys

SUMMARY = "offline guide to international forums"


def _escape(line: str) -> str:
    # A backslash starts an escape and a leading dot or quote a request; '\-' is a minus.
    line = line.replace("\\", "\\e").replace("-", "\\-")
    return "\\&" + line if line.startswith((".", "'")) else line


def help_text() -> str:
    """``forumguide --help`` from source, at a fixed width so every build gives the same page."""
    environment = {**os.environ, "COLUMNS": "80", "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "forumguide", "--help"],
        capture_output=True,
        text=True,
        check=True,
        env=environment,
    ).stdout


def render(help_output: str, version: str, epoch: int) -> str:
    """The roff source of the page."""
    date = datetime.datetime.fromtimestamp(epoch, datetime.UTC).strftime("%Y-%m-%d")
    lines = [
        f'.TH FORUMGUIDE 1 "{date}" "ForumGuide {version}" "User Commands"',
        ".SH NAME",
        f"forumguide \\- {SUMMARY}",
        ".SH SYNOPSIS",
        ".B forumguide",
        "[\\fIFILE\\fR ...]",
        ".br",
        ".B forumguide",
        "[\\fIOPTION\\fR ...] \\fICOMMAND\\fR",
        ".SH DESCRIPTION",
        "ForumGuide shows the programmes of international forums, their sessions and",
        "speakers, and keeps the delegate's bookmarks and notes. Started without a command",
        "it opens its window; files given instead of a command are imported there.",
        ".SH OPTIONS",
        ".nf",
        *(_escape(line) for line in help_output.rstrip("\n").splitlines()),
        ".fi",
        ".SH FILES",
        "User data is kept in the user data folder",
        "(\\fI~/.local/share/ForumGuide\\fR), or under the folder given with \\fB\\-\\-home\\fR.",
    ]
    return "\n".join(lines) + "\n"
