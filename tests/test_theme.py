"""The window follows the system's light or dark scheme."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from forumguide.ui import theme


def test_dark_scheme_gets_a_dark_palette_and_light_returns(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The offscreen platform cannot switch schemes itself: stand in for the system's answer.
    scheme = {"dark": True}
    monkeypatch.setattr(theme, "is_dark", lambda _app: scheme["dark"])
    original = qapp.palette()
    try:
        assert original.window().color().lightness() > 127
        theme.apply_theme(qapp)
        assert qapp.palette().window().color().lightness() < 128
        assert qapp.palette().text().color().lightness() > 127
        scheme["dark"] = False
        qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert qapp.palette().window().color().lightness() > 127
    finally:
        qapp.setPalette(original)
