"""The window's language: English, Russian or Kazakh, chosen by the user or the system's.

Choosing a language loads our translation and Qt's own (dialog buttons, file dialogs, the
context menus of text fields) and makes it the default locale, so that dates, weekdays, months
and numbers follow it too. Installing the translators sends every widget a
``QEvent.LanguageChange``: a widget sets its texts in a ``retranslate()`` method that its
``__init__`` calls once and its ``changeEvent`` calls again on that event.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
)
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from forumguide import LANGUAGE_VARIABLE
from forumguide.paths import resources_dir
from forumguide.ui.formatting import tr
from forumguide.ui.settings import Settings

log = logging.getLogger(__name__)

# The setting that remembers the choice: a language code, or "" to follow the system.
SYSTEM = ""
ENGLISH, RUSSIAN, KAZAKH = "en", "ru", "kk"  # forumguide.LANGUAGES, which ``--language`` sets
# Each language by its own name: a user who cannot read the current one still finds theirs.
LANGUAGE_NAMES = {ENGLISH: "English", RUSSIAN: "Русский", KAZAKH: "Қазақша"}
_LOCALES = {
    ENGLISH: QLocale.Language.English,
    RUSSIAN: QLocale.Language.Russian,
    KAZAKH: QLocale.Language.Kazakh,
}
# Qt's own messages in each language, from the folder of Qt's translations (English, Russian
# and Kazakh ship with PySide6).
QT_CATALOG = "qtbase"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def qt_translations_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def system_language() -> str:
    """The system's language where we have it, else English."""
    language = QLocale.system().language()
    for code, known in _LOCALES.items():
        if known == language:
            return code
    return ENGLISH


def language_of(choice: str) -> str:
    """The language a choice means: itself, or the system's for :data:`SYSTEM` or unknown."""
    return choice if choice in LANGUAGE_NAMES else system_language()


def saved_choice(settings: Settings) -> str:
    value = settings.language or SYSTEM
    return value if value in LANGUAGE_NAMES else SYSTEM


def startup_choice(settings_file: Path | None = None) -> str:
    """``--language`` if given, else the saved choice, else the system's."""
    forced = os.environ.get(LANGUAGE_VARIABLE, "")
    if forced:
        if forced in LANGUAGE_NAMES:
            return forced
        log.warning("%s=%r ignored: not one of %s", LANGUAGE_VARIABLE, forced, LANGUAGE_NAMES)
    if settings_file is None:
        return SYSTEM
    return saved_choice(Settings(settings_file))


def locale_for(code: str) -> QLocale:
    if code == ENGLISH:
        # The system's English (British, American…) where it is English, for its date order.
        system = QLocale.system()
        if system.language() == QLocale.Language.English:
            return system
    if code == KAZAKH:
        return QLocale(QLocale.Language.Kazakh, QLocale.Country.Kazakhstan)
    if code == RUSSIAN:
        return QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


class _Translators:
    """The translators installed for the current language, to remove on the next change."""

    installed: list[QTranslator] = []  # noqa: RUF012 - one set per process
    language = ""


def current_language() -> str:
    """The language the window speaks now ("" before one was set)."""
    return _Translators.language


def remove_translations() -> None:
    """Take every translator of ours out again: the source texts are shown (for tests)."""
    app = QCoreApplication.instance()
    for translator in _Translators.installed:
        if app is not None:
            app.removeTranslator(translator)
        translator.deleteLater()
    _Translators.installed = []
    _Translators.language = ""


def set_language(choice: str) -> str:
    """Speak ``choice`` (a code, or :data:`SYSTEM`) from now on; returns the language used.

    Every widget has been sent its ``LanguageChange`` when this returns.
    """
    app = QCoreApplication.instance()
    assert app is not None, "a QApplication comes first"
    code = language_of(choice)
    # The locale first: widgets that retranslate format their dates in the new language.
    QLocale.setDefault(locale_for(code))
    remove_translations()
    ours, qt = str(translations_dir()), str(qt_translations_dir())
    # The English file always: it holds the English plural forms of the %n messages. Later
    # translators are asked first, so the chosen language's files come after it.
    wanted = [("forumguide_en", ours)]
    if code != ENGLISH:
        wanted.append((f"forumguide_{code}", ours))
    wanted.append((f"{QT_CATALOG}_{code}", qt))
    for name, folder in wanted:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _Translators.installed.append(translator)
        else:
            log.warning("translation %s not found in %s", name, folder)
    _Translators.language = code
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange.value)
    return code


class LanguageMenu(QObject):
    """View › Language: System, English, Русский, Қазақша; a choice applies now and is saved."""

    def __init__(self, menu_bar_menu: QMenu, settings: Settings, parent: QWidget) -> None:
        super().__init__(parent)
        self.settings = settings
        self.menu = menu_bar_menu.addMenu("")
        self.menu.setObjectName("languageMenu")
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        chosen = saved_choice(settings)
        if os.environ.get(LANGUAGE_VARIABLE, "") in LANGUAGE_NAMES:
            chosen = os.environ[LANGUAGE_VARIABLE]
        for code in (SYSTEM, *LANGUAGE_NAMES):
            action = self.menu.addAction(LANGUAGE_NAMES.get(code, ""))
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.choose(c))
            self.group.addAction(action)
            self.actions[code] = action
        self.retranslate()
        # The menu is told of a new language like any widget; the actions are not widgets.
        self.menu.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.menu.setTitle(tr("&Language"))
        self.actions[SYSTEM].setText(
            tr("&System ({language})").format(language=LANGUAGE_NAMES[system_language()])
        )

    def choose(self, choice: str) -> None:
        self.actions[choice].setChecked(True)
        self.settings.language = choice
        self.settings.sync()
        set_language(choice)
