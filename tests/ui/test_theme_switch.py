"""The View menu's themes and text size: switched by key, applied at once to every
window, kept per user across sign-ins, and a broken preference file explained."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from fit_call import call_in_progress
from fit_check import problems
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel

from call_window import workspace_of
from closure_helpers import make_staff
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


@pytest.mark.parametrize(
    ("chosen", "how"), [("light", "kept"), ("night", "kept"), ("light", "keys")]
)
def test_at_150_percent_the_call_window_still_fits_1920x1080(
    qtbot, db, worker, preferences, chosen, how
) -> None:
    """The largest text, the busiest call (long history, hand-over offered): nothing is
    larger than the screen, no label or button cut, no box squashed; whether the size was
    kept from before (applied at sign-in) or pressed up to 150 % during the call."""
    staff = make_staff(db)
    if how == "kept":
        theme.preferences().write(staff.handler.username, theme.Appearance(chosen, 150))
    window = call_in_progress(qtbot, db, worker, staff)  # signs in: the kept look applies
    if how == "keys":
        for _ in range(5):
            _press(qtbot, window, Qt.Key.Key_Equal)
    assert window.appearance.appearance.percent == 150
    probe = QLabel("probe", window)
    probe.ensurePolished()
    assert probe.font().pointSizeF() == pytest.approx(16.5)
    found = problems(window, QSize(1920, 1080))
    form, area = workspace_of(window).form, workspace_of(window).form_area
    if form.minimumSizeHint().width() > area.viewport().width():  # no sideways scrolling
        found.append(
            f"the new-call form needs {form.minimumSizeHint().width()} px, shown in "
            f"{area.viewport().width()}: cut off on the right"
        )
    if folder := os.environ.get("THEME_SCREENSHOTS"):
        assert window.grab().save(str(Path(folder) / f"call-window-{chosen}-{how}-150.png"))
    assert not found, f"{chosen} at 150 % ({how}), 1920x1080:\n" + "\n".join(found)


def test_the_inspectors_charts_follow_the_theme(qtbot, db, worker, inspector) -> None:
    """A chart paints its own ground: it must go dark with the window, not stay a white
    panel in a dim room."""
    window = _window(qtbot, db, worker, inspector)
    assert window.oversight is not None
    charts = window.oversight.charts.charts
    assert {c.backgroundBrush().color().name() for c in charts.values()} == {"#f3f4f6"}
    _press(qtbot, window, Qt.Key.Key_L, SHIFT_CTRL)  # night
    assert {c.backgroundBrush().color().name() for c in charts.values()} == {"#121418"}
    assert {c.titleBrush().color().name() for c in charts.values()} == {"#d4d4d8"}
    assert window.oversight.qa.chart.backgroundBrush().color().name() == "#121418"  # QA's
