"""The window in English, Russian and Kazakh: complete translations, dates in each language,
switching at run time, and messages that name their facts in the language chosen."""

from __future__ import annotations

import ast
import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from forumguide.catalog.library import CatalogLibrary
from forumguide.catalog.reader import CatalogReader
from forumguide.interchange.atomic import ExportError, write_atomically
from forumguide.paths import UserPaths
from forumguide.personal import PersonalStoreError, StoreWriteError
from forumguide.ui.export_flow import CalendarOptionsDialog
from forumguide.ui.formatting import clock_text, local_time_text, long_date, short_date, tr
from forumguide.ui.language import (
    current_language,
    remove_translations,
    set_language,
    startup_choice,
    translations_dir,
)
from forumguide.ui.main_window import MainWindow
from forumguide.ui.messages import error_text
from forumguide.ui.models import SessionListModel
from forumguide.ui.settings import Settings
from tests.conftest import REPO
from tests.ui_helpers import close_window, open_window

TRANSLATED = ("ru", "kk")
# Russian has three plural forms (1, 2–4, 5–20); Qt gives Kazakh two.
PLURAL_FORMS = {"ru": 3, "kk": 2}
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n")


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """Start in English and leave the process in English, whatever a test switched to."""
    locale = QLocale()
    set_language("en")
    yield
    remove_translations()
    QLocale.setDefault(locale)


@pytest.fixture
def window(qtbot: Any, english: None, bundled_path: Path, home: UserPaths) -> Iterator[MainWindow]:
    library = CatalogLibrary([CatalogReader(bundled_path)])
    shown = open_window(qtbot, library, home)
    yield shown
    close_window(shown)
    library.close()


def _messages(ts_file: Path) -> dict[tuple[str, str, str], ET.Element]:
    root = ET.parse(ts_file).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            found[key] = message
    return found


@pytest.fixture(scope="module")
def in_code(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str, str], ET.Element]:
    """Every message of the window's code, as ``make translations`` extracts them."""
    scanned = tmp_path_factory.mktemp("lupdate") / "scanned.ts"
    lupdate = REPO / ".venv" / "bin" / "pyside6-lupdate"
    sources = sorted(str(p) for p in (REPO / "src" / "forumguide" / "ui").glob("*.py"))
    subprocess.run(
        [str(lupdate), *sources, "-no-obsolete", "-locations", "none", "-ts", str(scanned)],
        check=True,
        capture_output=True,
    )
    return _messages(scanned)


def _literal_messages() -> dict[str, str]:
    """Each message the code passes to tr() or QT_TRANSLATE_NOOP as a literal, with its file."""
    found: dict[str, str] = {}
    for path in sorted((REPO / "src" / "forumguide" / "ui").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            function = node.func
            name = function.attr if isinstance(function, ast.Attribute) else ""
            name = function.id if isinstance(function, ast.Name) else name
            if name not in ("tr", "QT_TRANSLATE_NOOP"):
                continue
            text = node.args[1 if name == "QT_TRANSLATE_NOOP" else 0]
            if isinstance(text, ast.Constant) and isinstance(text.value, str):
                found[text.value] = path.name
    return found


def test_lupdate_finds_every_message_of_the_code(
    in_code: dict[tuple[str, str, str], ET.Element],
) -> None:
    """A message lupdate cannot see (in single quotes, say) would never be translated."""
    extracted = {source for _context, source, _comment in in_code}
    unseen = {text: name for text, name in _literal_messages().items() if text not in extracted}
    assert not unseen, f'write these as tr("…") outside f-strings: {unseen}'


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_message_of_the_code_is_translated(
    language: str, in_code: dict[tuple[str, str, str], ET.Element]
) -> None:
    ts_file = translations_dir() / f"forumguide_{language}.ts"
    translated = _messages(ts_file)
    missing = sorted(key[1] for key in in_code.keys() - translated.keys())
    assert not missing, f"{ts_file.name} lacks (run make translations, then translate): {missing}"
    stale = sorted(key[1] for key in translated.keys() - in_code.keys())
    assert not stale, f"{ts_file.name} holds messages the code no longer has: {stale}"
    for (_context, source, _comment), message in translated.items():
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") is None, f"unfinished in {ts_file.name}: {source!r}"
        if message.get("numerus") == "yes":
            texts = [form.text or "" for form in translation.iter("numerusform")]
            assert len(texts) == PLURAL_FORMS[language], source
        else:
            texts = [translation.text or ""]
        for text in texts:
            assert text.strip(), f"empty in {ts_file.name}: {source!r}"
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
                f"{ts_file.name}: {text!r} does not keep the placeholders of {source!r}"
            )
            assert text.count("&") == source.count("&"), (
                f"{ts_file.name}: {text!r} needs one keyboard mnemonic, as {source!r} has"
            )


def test_qt_ships_its_own_strings_in_every_language(english: None) -> None:
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for language in ("en", "ru", "kk"):
        assert (folder / f"qtbase_{language}.qm").is_file(), language


def test_kazakh_and_russian_dates_and_24_hour_times(english: None) -> None:
    december = date(2025, 12, 3)
    afternoon = datetime(2025, 12, 3, 14, 5)
    set_language("kk")
    assert "желтоқсан" in long_date(december)
    assert "сәрсенбі" in long_date(december)
    assert clock_text(afternoon) == "14:05"
    set_language("ru")
    # After a day number, Russian names the month in the genitive.
    assert long_date(december) == "среда, 3 декабря 2025"
    assert short_date(december) == "ср, 3 дек."
    assert clock_text(afternoon) == "14:05"
    assert local_time_text(datetime(2025, 12, 3, 14, 5, tzinfo=UTC)).startswith("3 дек. 2025")
    set_language("en")
    assert "December" in long_date(december)


def test_russian_plurals_have_their_three_forms(english: None) -> None:
    set_language("ru")
    message = "Saved %n session(s) to {file}."
    assert "1 сессия" in tr(message, "", 1)
    assert "2 сессии" in tr(message, "", 2)
    assert "5 сессий" in tr(message, "", 5)
    assert "21 сессия" in tr(message, "", 21)
    set_language("kk")
    assert "5 сессия" in tr(message, "", 5)


def test_language_option_wins_over_the_saved_choice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings_file = tmp_path / "settings.ini"
    settings = Settings(settings_file)
    settings.language = "ru"
    settings.sync()
    monkeypatch.delenv("FORUMGUIDE_LANGUAGE", raising=False)
    assert startup_choice(settings_file) == "ru"
    monkeypatch.setenv("FORUMGUIDE_LANGUAGE", "kk")
    assert startup_choice(settings_file) == "kk"


def test_switching_language_retranslates_menus_tabs_headers_and_an_open_dialog(
    window: MainWindow, qtbot: Any
) -> None:
    dialog = CalendarOptionsDialog("ATTF 2025", [date(2025, 12, 3)], window)
    qtbot.addWidget(dialog)
    dialog.open()
    header = window.programme.model.headerData(
        SessionListModel.TIME, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
    )
    assert header.startswith("Time (")
    changed: list[Any] = []
    window.programme.model.headerDataChanged.connect(lambda *args: changed.append(args))

    window.language_menu.actions["kk"].trigger()

    assert current_language() == "kk"
    assert window.settings.language == "kk"
    assert window.file_menu.title() == "&Файл"
    assert window.view_menu.title() == "&Көрініс"
    assert window.find_action.text() == "&Іздеу…"
    assert window.tabs.tabText(0) == "&Бағдарлама"
    assert window.tabs.tabText(2) == "Күн т&әртібім"
    assert window.search.placeholderText().startswith("Сессиялар, спикерлер")
    assert window.language_menu.menu.title() == "&Тіл"
    assert changed, "the list's headers were not told of the new language"
    assert window.programme.model.headerData(
        SessionListModel.TIME, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
    ).startswith("Уақыты (")
    assert dialog.windowTitle() == "Бетбелгілерді күнтізбеге экспорттау"
    assert dialog.all_button.text() == "&Барлық бетбелгілер"
    assert "желтоқсан" in dialog.day_box.itemText(0)
    assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).text() == "&Экспорттау…"

    window.language_menu.actions["ru"].trigger()
    assert window.file_menu.title() == "&Файл"
    assert window.view_menu.title() == "&Вид"
    assert window.tabs.tabText(0) == "&Программа"
    assert dialog.all_button.text() == "&Все закладки"
    assert "декабря" in dialog.day_box.itemText(0)

    window.language_menu.actions["en"].trigger()
    assert window.view_menu.title() == "&View"
    assert window.tabs.tabText(0) == "&Programme"
    assert dialog.all_button.text() == "&All bookmarks"
    dialog.reject()


def test_an_import_error_in_kazakh_names_the_file(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    unreadable = tmp_path / "кесте-2025.xml"
    unreadable.mkdir()  # a folder where a file is expected: it cannot be read as a schedule
    set_language("kk")
    window.import_flow.import_file(unreadable)
    qtbot.waitUntil(lambda: isinstance(window.import_flow.dialog, QMessageBox))
    box = window.import_flow.dialog
    assert isinstance(box, QMessageBox)
    assert str(unreadable) in box.text()
    assert "импортталмады" in box.text()
    QTimer.singleShot(0, box.reject)


def test_the_locale_follows_the_language(english: None) -> None:
    set_language("kk")
    assert QLocale().language() == QLocale.Language.Kazakh
    set_language("ru")
    assert QLocale().language() == QLocale.Language.Russian


def test_an_export_error_in_kazakh_names_the_file_and_the_reason(
    english: None, tmp_path: Path
) -> None:
    target = tmp_path / "жоқ-қалта" / "күн-тәртібі.ics"
    with pytest.raises(ExportError) as raised:
        write_atomically(target, "BEGIN:VCALENDAR")
    assert raised.value.path == target
    assert raised.value.reason == "no-folder"
    set_language("kk")
    text = error_text(raised.value)
    assert str(target) in text
    assert text == f"{target} жазылмады: қалта жоқ."
    set_language("ru")
    assert error_text(raised.value) == f"Не удалось записать {target}: папки не существует."


def test_a_store_failure_is_worded_from_its_kind(english: None) -> None:
    set_language("kk")
    assert error_text(StoreWriteError("The disk is full.", kind="disk-full")) == (
        "Дискіде орын жоқ."
    )
    # A cause the window does not word is shown as the store said it.
    assert error_text(PersonalStoreError("Something new.")) == "Something new."


def _mnemonic(text: str) -> str:
    match = re.search(r"&([^&\s])", text)
    return match.group(1).casefold() if match else ""


def _collisions(texts: list[str]) -> list[str]:
    letters = [_mnemonic(text) for text in texts]
    return sorted({t for t, m in zip(texts, letters, strict=True) if m and letters.count(m) > 1})


@pytest.mark.parametrize("language", TRANSLATED)
def test_keyboard_mnemonics_do_not_collide_in_a_menu(language: str, window: MainWindow) -> None:
    set_language(language)
    window.file_menu.aboutToShow.emit()  # the export and print commands are added then
    window.session_menu.aboutToShow.emit()
    bar = window.menuBar()
    titles = [action.text() for action in bar.actions()]
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    problems = (
        [f"menu bar and tabs: {_collisions(titles + tabs)}"] if _collisions(titles + tabs) else []
    )
    menus = [action.menu() for action in bar.actions()]
    # Not the reminder choices: "&{minutes} minutes before" marks the first digit of 10 and 15.
    menus += [window.language_menu.menu]
    for menu in menus:
        assert isinstance(menu, QMenu)
        texts = [action.text() for action in menu.actions() if not action.isSeparator()]
        if _collisions(texts):
            problems.append(f"{menu.title()}: {_collisions(texts)}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_kind_of_source_is_named_in_the_language(english: None, language: str) -> None:
    from forumguide.interchange.curated import SOURCE_KINDS
    from forumguide.ui.formatting import source_kind_text

    set_language(language)
    for kind in (*sorted(SOURCE_KINDS), "published schedule"):
        text = source_kind_text(kind)
        assert text != kind and re.search("[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]", text), (language, kind)
