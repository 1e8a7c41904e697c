"""The View menu's themes and text size: switched by key, applied at once to every
window, kept per user across sign-ins, and a broken preference file explained."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel

from ui.app import ensure_application
from ui.common import theme
from ui.main_window import build_main_window
from uitools import WAIT_MS, make_actor

SHIFT_CTRL = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(autouse=True)
def preferences(tmp_path: Path, qapp: QApplication) -> Iterator[Path]:
    """Each user's look kept in a temporary config folder; the light look back afterwards
    (the QApplication is shared by every test)."""
    ensure_application()
    theme.use_preferences_folder(tmp_path)
    yield tmp_path
    theme.use_preferences_folder(None)
    theme.apply(theme.Appearance())


def _window(qtbot, db, worker, actor):  # type: ignore[no-untyped-def]
    window = build_main_window(db, actor, worker)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    return window


def _dark_share(window) -> float:  # type: ignore[no-untyped-def]
    """The share of the window's pixels that are dark (what a dim room sees)."""
    image = window.grab().toImage()
    dark = total = 0
    for y in range(0, image.height(), 8):
        for x in range(0, image.width(), 8):
            total += 1
            dark += image.pixelColor(x, y).lightnessF() < 0.3
    return dark / total


def _press(qtbot, window, key, modifiers=Qt.KeyboardModifier.ControlModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window.focusWidget() or window, key, modifiers)


def test_the_theme_key_goes_night_then_high_contrast_and_is_kept_for_that_user(
    qtbot, db, worker, handler, preferences
) -> None:
    window = _window(qtbot, db, worker, handler)
    titles = [a.text() for a in window.appearance.theme_actions.values()]
    assert titles[:3] == ["Light", "Night", "High contrast"]
    assert _dark_share(window) < 0.2  # light: a bright window

    _press(qtbot, window, Qt.Key.Key_L, SHIFT_CTRL)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert window.appearance.theme_actions["night"].isChecked()
    assert app.palette().color(QPalette.ColorRole.Window).name() == "#121418"
    assert _dark_share(window) > 0.8  # night: no glare
    assert "Night" in window.statusBar().currentMessage()

    _press(qtbot, window, Qt.Key.Key_L, SHIFT_CTRL)
    assert app.palette().color(QPalette.ColorRole.Window).name() == "#000000"
    kept = json.loads((preferences / "appearance.json").read_text(encoding="utf-8"))
    assert kept["users"][handler.username] == {"theme": "high-contrast", "font_percent": 100}
    window.close()

    # Someone else signs in on the same workstation: their own (default) look.
    other = make_actor(db, "handler2", "handler")
    second = _window(qtbot, db, worker, other)
    assert app.palette().color(QPalette.ColorRole.Window).name() == "#f3f4f6"
    assert second.appearance.theme_actions["light"].isChecked()
    second.close()

    # The first handler signs in again: high contrast at once.
    third = _window(qtbot, db, worker, handler)
    assert app.palette().color(QPalette.ColorRole.Window).name() == "#000000"
    assert third.appearance.theme_actions["high-contrast"].isChecked()


def test_text_grows_to_150_percent_shrinks_and_goes_back_with_ctrl_0(
    qtbot, db, worker, handler, preferences
) -> None:
    window = _window(qtbot, db, worker, handler)
    label = window.who_label
    at_100 = QLabel("probe", window)  # an ordinary label: 11 pt
    at_100.ensurePolished()
    assert at_100.font().pointSizeF() == pytest.approx(11.0)
    for _ in range(7):  # two more than needed: it stops at 150 %
        _press(qtbot, window, Qt.Key.Key_Equal)
    assert window.appearance.appearance.percent == 150
    assert "already at 150" in window.statusBar().currentMessage()
    probe = QLabel("probe", window)
    probe.ensurePolished()
    assert probe.font().pointSizeF() == pytest.approx(16.5)
    assert label.font().pointSizeF() == pytest.approx(15.0)  # the status bar's 10 pt
    _press(qtbot, window, Qt.Key.Key_Minus)
    assert window.appearance.appearance.percent == 140
    kept = json.loads((preferences / "appearance.json").read_text(encoding="utf-8"))
    assert kept["users"][handler.username]["font_percent"] == 140
    _press(qtbot, window, Qt.Key.Key_0)
    assert window.appearance.appearance.percent == 100
    assert label.font().pointSizeF() == pytest.approx(10.0)


def test_a_broken_preference_file_says_what_is_wrong_and_shows_the_light_theme(
    qtbot, db, worker, handler, preferences
) -> None:
    (preferences / "appearance.json").write_text(
        json.dumps({"users": {handler.username: {"theme": "dusk", "font_percent": 100}}}),
        encoding="utf-8",
    )
    window = _window(qtbot, db, worker, handler)
    message = window.statusBar().currentMessage()
    assert "there is no theme 'dusk'" in message and "light, night, high-contrast" in message
    assert window.appearance.theme_actions["light"].isChecked()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app.palette().color(QPalette.ColorRole.Window).name() == "#f3f4f6"
