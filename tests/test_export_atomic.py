"""Atomic export writes and the file names we derive ourselves."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from forumguide.interchange.atomic import (
    MAX_NAME_BYTES,
    ExportError,
    path_in_folder,
    safe_file_name,
    write_atomically,
)


def test_writes_the_whole_file_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "agenda.ics"
    write_atomically(target, "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    assert target.read_bytes() == b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"
    write_atomically(target, b"second")
    assert target.read_bytes() == b"second"
    assert [p.name for p in tmp_path.iterdir()] == ["agenda.ics"]


def test_a_failed_write_keeps_the_old_file_and_removes_the_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "notes.md"
    target.write_text("the old notes", encoding="utf-8")

    def disk_full(_descriptor: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(ExportError, match="the disk is full") as raised:
        write_atomically(target, "the new notes")
    assert str(target) in str(raised.value)
    assert target.read_text(encoding="utf-8") == "the old notes"
    assert [p.name for p in tmp_path.iterdir()] == ["notes.md"]


def test_a_failed_rename_removes_the_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "programme.xml"

    def refuse(self: Path, _target: Path) -> Path:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(Path, "replace", refuse)
    with pytest.raises(ExportError, match="permission was denied"):
        write_atomically(target, b"<schedule/>")
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_or_a_folder_in_the_way_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="the folder does not exist"):
        write_atomically(tmp_path / "gone" / "agenda.ics", b"x")
    (tmp_path / "taken.ics").mkdir()
    with pytest.raises(ExportError, match="a folder of that name is in the way"):
        write_atomically(tmp_path / "taken.ics", b"x")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken.ics"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_a_read_only_folder_is_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportError, match="permission was denied"):
            write_atomically(folder / "agenda.ics", b"x")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_replacing_keeps_the_permissions_of_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "shared.json"
    target.write_text("{}", encoding="utf-8")
    target.chmod(0o640)
    write_atomically(target, "[]")
    assert target.stat().st_mode & 0o777 == 0o640


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Astana International Forum 2024", "Astana International Forum 2024"),
        ("Қазақстан / форум: 2025", "Қазақстан - форум- 2025"),
        ("../../etc/passwd", "etc-passwd"),
        ("..", "export"),
        ("  . ", "export"),
        ("CON", "_CON"),
        ("nul.txt", "_nul.txt"),
        ("com1", "_com1"),
        ('a<b>c:d"e|f?g*h\\i', "a-b-c-d-e-f-g-h-i"),
        ("tab\there\nnew line", "tab here new line"),
    ],
)
def test_safe_file_name(name: str, expected: str) -> None:
    assert safe_file_name(name) == expected


def test_safe_file_name_adds_the_suffix_after_cleaning_and_keeps_names_short() -> None:
    assert safe_file_name("CON", suffix=".ics") == "_CON.ics"
    assert safe_file_name("", suffix=".md", fallback="My notes") == "My notes.md"
    long = safe_file_name("Ә" * 400, suffix=".pdf")
    assert long.endswith(".pdf")
    assert len(long.encode("utf-8")) <= MAX_NAME_BYTES
    assert set(long.removesuffix(".pdf")) == {"Ә"}


@given(st.text(max_size=300), st.sampled_from(["", ".ics", ".md", ".json"]))
def test_a_derived_name_always_stays_inside_its_folder(name: str, suffix: str) -> None:
    folder = Path("/exports")
    cleaned = safe_file_name(name, suffix=suffix)
    assert cleaned
    assert "/" not in cleaned and "\\" not in cleaned and "\x00" not in cleaned
    assert ".." not in cleaned
    assert not cleaned.startswith((".", " "))
    assert len(cleaned.encode("utf-8")) <= MAX_NAME_BYTES
    assert path_in_folder(folder, name, suffix=suffix).parent == folder
