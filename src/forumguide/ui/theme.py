"""Follows the system's light or dark colour scheme, and installs translations."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory


def _dark_palette() -> QPalette:
    palette = QPalette()
    base, window, text = QColor(30, 31, 34), QColor(43, 45, 48), QColor(223, 225, 229)
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor(38, 40, 43),
        QPalette.ColorRole.ToolTipBase: window,
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: QColor(140, 143, 148),
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: window,
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor(255, 110, 110),
        QPalette.ColorRole.Link: QColor(110, 170, 255),
        QPalette.ColorRole.LinkVisited: QColor(170, 140, 255),
        QPalette.ColorRole.Highlight: QColor(53, 116, 240),
        QPalette.ColorRole.HighlightedText: QColor(255, 255, 255),
    }
    for role, color in roles.items():
        palette.setColor(role, color)
    disabled = QColor(120, 122, 126)
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def is_dark(app: QGuiApplication) -> bool:
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def _is_light(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() > 127


def apply_theme(app: QApplication) -> None:
    """Follow the system's light or dark scheme, now and when it changes.

    The platform's own style and palette are kept where they already match the scheme (most
    desktops give Qt a dark palette in dark mode). Where the scheme is dark but the palette
    is light, Fusion is used with a dark palette, because some native styles ignore palettes.
    """
    state = {"darkened": False}

    def refresh() -> None:
        if is_dark(app) and _is_light(app.palette()):
            if app.style().name().lower() != "fusion":
                fusion = QStyleFactory.create("Fusion")
                if fusion is not None:
                    app.setStyle(fusion)
            app.setPalette(_dark_palette())
            state["darkened"] = True
        elif not is_dark(app) and state["darkened"]:
            app.setPalette(app.style().standardPalette())
            state["darkened"] = False

    refresh()
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: refresh())


def install_translations(app: QApplication, settings_file: Path | None = None) -> None:
    """Speak the language ``--language`` names, else the one saved, else the system's."""
    from forumguide.ui.language import set_language, startup_choice  # noqa: PLC0415

    set_language(startup_choice(settings_file))
