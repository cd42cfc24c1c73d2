"""Translations: every plural message has its English forms, and they are used."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from forumguide.paths import resources_dir
from forumguide.ui.formatting import tr
from tests.conftest import REPO

TRANSLATIONS = resources_dir() / "translations"


def _numerus_sources(ts_file: Path) -> dict[str, list[str]]:
    root = ET.parse(ts_file).getroot()
    return {
        message.findtext("source", ""): [form.text or "" for form in message.iter("numerusform")]
        for message in root.iter("message")
        if message.get("numerus") == "yes"
    }


def test_every_plural_message_has_english_forms(tmp_path: Path) -> None:
    scanned = tmp_path / "scanned.ts"
    lupdate = Path(REPO / ".venv" / "bin" / "pyside6-lupdate")
    sources = sorted(str(p) for p in (REPO / "src" / "forumguide" / "ui").glob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(scanned)], check=True, capture_output=True)
    in_code = _numerus_sources(scanned)
    assert in_code, "expected some %n messages in the window's code"
    english = _numerus_sources(TRANSLATIONS / "forumguide_en.ts")
    for source in in_code:
        forms = english.get(source, [])
        assert len(forms) == 2 and all("%n" in form for form in forms), (
            f"{source!r} needs its English singular and plural in forumguide_en.ts "
            "(run make translations, then fill them in)"
        )


def test_english_plurals_are_used(qapp) -> None:
    translator = QTranslator()
    assert translator.load("forumguide_en", str(TRANSLATIONS)), "run make to compile the .qm files"
    QCoreApplication.installTranslator(translator)
    try:
        assert tr("%n note(s) waiting to be saved.", "", 1) == "1 note waiting to be saved."
        assert tr("%n note(s) waiting to be saved.", "", 4) == "4 notes waiting to be saved."
    finally:
        QCoreApplication.removeTranslator(translator)
