"""Themes (light, night, high contrast, or a force's own) and text size, applied to the
whole application and kept per user; the View menu and keys that switch them."""

from __future__ import annotations

import importlib.resources
import json
import os
import re
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QWidget

from ui.common import qss

BASE_SHEET = "control-room.qss"  # layout and sizes shared by every theme; no colour
DEFAULT_THEME = "light"
BUILT_IN = ("light", "night", "high-contrast")  # first in the menu, in this order
PREFERENCES_FILE = "appearance.json"
MIN_PERCENT, MAX_PERCENT, STEP_PERCENT = 100, 150, 10
THEME_KEYS = "Ctrl+Shift+L"
LARGER_KEYS = ("Ctrl+=", "Ctrl++")
SMALLER_KEYS = "Ctrl+-"
ACTUAL_SIZE_KEYS = "Ctrl+0"
_TITLE = re.compile(r"/\*\s*Theme:\s*([^\n*]+)")


def styles_dir() -> Path:
    return Path(str(importlib.resources.files("callhandler.resources") / "styles"))


@dataclass(frozen=True)
class Theme:
    name: str  # the file's name without .qss: what the preference file keeps
    title: str  # shown in the View menu (from the file's "/* Theme: …" line)
    path: Path

    def sheet(self) -> str:
        return self.path.read_text(encoding="utf-8")


def available_themes(folder: Path | None = None) -> list[Theme]:
    """Every ``*.qss`` in the styles folder but the shared layout, the built-in ones first."""
    folder = folder or styles_dir()
    themes = []
    for path in sorted(folder.glob("*.qss")):
        if path.name == BASE_SHEET:
            continue
        match = _TITLE.search(path.read_text(encoding="utf-8")[:400])
        title = match[1].strip() if match else path.stem.replace("-", " ").capitalize()
        themes.append(Theme(path.stem, title, path))
    order = {name: i for i, name in enumerate(BUILT_IN)}
    return sorted(themes, key=lambda t: (order.get(t.name, len(order)), t.name))


def find_theme(name: str, folder: Path | None = None) -> Theme | None:
    return next((t for t in available_themes(folder) if t.name == name), None)


def stylesheet(name: str = DEFAULT_THEME, percent: int = 100, folder: Path | None = None) -> str:
    """The shared layout and one theme's colours, every font size scaled to ``percent``."""
    folder = folder or styles_dir()
    theme = find_theme(name, folder) or find_theme(DEFAULT_THEME, folder)
    colours = theme.sheet() if theme is not None else ""
    base = (folder / BASE_SHEET).read_text(encoding="utf-8")
    return qss.scale_fonts(base + "\n" + colours, percent)


@dataclass(frozen=True)
class Appearance:
    """One user's look: a theme's name and the text size in percent (100–150)."""

    theme: str = DEFAULT_THEME
    percent: int = 100

    def larger(self) -> Appearance:
        return replace(self, percent=min(MAX_PERCENT, self.percent + STEP_PERCENT))

    def smaller(self) -> Appearance:
        return replace(self, percent=max(MIN_PERCENT, self.percent - STEP_PERCENT))


class AppearanceStore:
    """``appearance.json`` in the config folder: each user's theme and text size, by
    username (one workstation, many staff). A file or value that cannot be used gives the
    default look and ``problem`` says which and how to fix it; saving rewrites the file."""

    def __init__(self, config_dir: Path | None) -> None:
        self.path = config_dir / PREFERENCES_FILE if config_dir is not None else None
        self.problem: str | None = None

    def read(self, username: str) -> Appearance:
        self.problem = None
        users = self._users()
        entry = users.get(username, {})
        if not isinstance(entry, dict):
            return self._unusable(f"the entry for {username!r} is not a table")
        theme = entry.get("theme", DEFAULT_THEME)
        percent = entry.get("font_percent", 100)
        names = [t.name for t in available_themes()]
        if theme not in names:
            return self._unusable(f"there is no theme {theme!r} (there are: {', '.join(names)})")
        if isinstance(percent, bool) or not isinstance(percent, int):
            return self._unusable(f"font_percent must be a whole number, not {percent!r}")
        if not MIN_PERCENT <= percent <= MAX_PERCENT:
            return self._unusable(
                f"font_percent must be from {MIN_PERCENT} to {MAX_PERCENT}, not {percent}"
            )
        return Appearance(theme, percent)

    def write(self, username: str, appearance: Appearance) -> None:
        if self.path is None:
            return
        users = self._users() if self.path.exists() else {}
        users[username] = {"theme": appearance.theme, "font_percent": appearance.percent}
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        partial = self.path.with_suffix(".partial")
        partial.write_text(json.dumps({"users": users}, indent=2, sort_keys=True), "utf-8")
        partial.chmod(0o600)
        os.replace(partial, self.path)

    def _users(self) -> dict[str, object]:
        if self.path is None:
            return {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            self._unusable(f"it cannot be read ({exc})")
            return {}
        users = data.get("users", {}) if isinstance(data, dict) else None
        if not isinstance(users, dict):
            self._unusable('it must hold {"users": {"name": {"theme": …}}}')
            return {}
        return users

    def _unusable(self, why: str) -> Appearance:
        self.problem = (
            f"The look kept in {self.path} was not used: {why}. The light theme at 100 % "
            "is shown; choose a theme or text size from the View menu to save a good one."
        )
        return Appearance()


_preferences_dir: list[Path | None] = [None]


def use_preferences_folder(config_dir: Path | None) -> None:
    """Where each user's look is kept (the application's config folder); None keeps
    nothing (a look chosen still applies until sign-out)."""
    _preferences_dir[0] = config_dir


def preferences() -> AppearanceStore:
    return AppearanceStore(_preferences_dir[0])


def apply(appearance: Appearance, app: QApplication | None = None) -> None:
    """The look for the whole application, at once: every open window restyles."""
    instance = app or QApplication.instance()
    if not isinstance(instance, QApplication):
        return
    sheet = stylesheet(appearance.theme, appearance.percent)
    rules = qss.merged(qss.parse(sheet))
    _current.update(rules)
    if sheet == instance.styleSheet():
        return  # restyling every widget of a busy window costs a visible moment
    instance.setPalette(palette(rules))
    instance.setStyleSheet(sheet)
    instance.setProperty("theme", appearance.theme)
    instance.setProperty("fontPercent", appearance.percent)
    notifier().changed.emit(appearance.theme)


class _Notifier(QObject):
    """What a stylesheet cannot reach (a chart's painted ground) listens here."""

    changed = Signal(str)  # the theme's name, after it is applied


_notifier: list[_Notifier] = []


def notifier() -> _Notifier:
    if not _notifier:
        _notifier.append(_Notifier())
    return _notifier[0]


def text_colour() -> QColor:
    """The theme's text colour (QWidget's), for text a stylesheet cannot reach."""
    return _rule_colour("QWidget", "color")


def ground_colour() -> QColor:
    """The window's ground, for a painted area such as a chart."""
    return _rule_colour("QMainWindow", "background")


def line_colour() -> QColor:
    """A quiet line on the ground (a chart's grid), the splitters' colour."""
    return _rule_colour("QSplitter::handle", "background")


def _rule_colour(selector: str, attribute: str) -> QColor:
    if not _current:
        _current.update(qss.merged(qss.parse(stylesheet())))
    rule = _current.get(selector)
    if rule is None:
        return QColor()
    value = rule.background if attribute == "background" else rule.colour(attribute)
    return QColor(value or "")


_current: dict[str, qss.Rule] = {}


def ink(name: str) -> QColor:
    """The current theme's colour for text that says ``name`` ("danger", "ok", "caution",
    "muted", "accent"): for table cells, which a stylesheet cannot reach."""
    if not _current:
        _current.update(qss.merged(qss.parse(stylesheet())))
    rule = _current.get(f'*[ink="{name}"]')
    colour = rule.colour("color") if rule is not None else None
    return QColor(colour) if colour else QColor()


def badge(selector: str) -> tuple[QColor, QColor]:
    """(ground, text) the current theme gives ``*[risk="high"]`` and the like."""
    if not _current:
        _current.update(qss.merged(qss.parse(stylesheet())))
    rule = _current.get(selector)
    if rule is None:
        return QColor(), QColor()
    return QColor(rule.background or ""), QColor(rule.colour("color") or "")


def palette(rules: dict[str, qss.Rule]) -> QPalette:
    """Qt's palette from the sheet, for what the sheet does not draw (tabs, scroll bars,
    check boxes, menus, message boxes)."""

    def pick(selector: str, attribute: str) -> QColor | None:
        rule = rules.get(selector)
        value = rule.colour(attribute) if rule is not None else None
        if attribute == "background" and rule is not None:
            value = rule.background
        return QColor(value) if value else None

    roles = {
        QPalette.ColorRole.Window: pick("QMainWindow", "background"),
        QPalette.ColorRole.WindowText: pick("QWidget", "color"),
        QPalette.ColorRole.Text: pick("QWidget", "color"),
        QPalette.ColorRole.ButtonText: pick("QWidget", "color"),
        QPalette.ColorRole.Base: pick("QLineEdit", "background"),
        QPalette.ColorRole.AlternateBase: pick("QTableView", "alternate-background-color"),
        QPalette.ColorRole.Button: pick("QPushButton", "background"),
        QPalette.ColorRole.Highlight: pick("QTableView", "selection-background-color"),
        QPalette.ColorRole.HighlightedText: pick("QTableView", "selection-color"),
        QPalette.ColorRole.ToolTipBase: pick("QLineEdit", "background"),
        QPalette.ColorRole.ToolTipText: pick("QWidget", "color"),
        QPalette.ColorRole.PlaceholderText: pick('*[ink="muted"]', "color"),
        QPalette.ColorRole.Link: pick('*[ink="accent"]', "color"),
        # frame lines and bevels (a line under the tabs, group boxes)
        QPalette.ColorRole.Light: pick("QSplitter::handle", "background"),
        QPalette.ColorRole.Midlight: pick("QSplitter::handle", "background"),
        QPalette.ColorRole.Mid: pick("QSplitter::handle", "background"),
    }
    result = QPalette()
    for role, colour in roles.items():
        if colour is not None:
            result.setColor(role, colour)
    return result


def set_tone(widget: QWidget, name: str, value: str | None) -> None:
    """Set a styling property (``tone``, ``ink``, ``grade``, ``risk``) and restyle the
    widget at once (Qt reads property selectors only when a widget is polished)."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    for child in widget.findChildren(QWidget):  # "*[tone=…] QLabel" rules
        style.unpolish(child)
        style.polish(child)
    widget.update()


class AppearanceMenu(QObject):
    """The View menu's theme and text-size entries for one signed-in user; applies their
    look at once (sign-in) and on every change, and keeps it in their preferences.

    ``changed`` is emitted with the Appearance now shown; ``message`` with a line for the
    status bar (the look chosen, or why a kept one was not used)."""

    changed = Signal(object)
    message = Signal(str)

    def __init__(self, window: QMainWindow, username: str) -> None:
        """Reads and applies the user's look at once: before the window builds its panes,
        so they are laid out in the user's text size."""
        super().__init__(window)
        self.username = username
        self.store = preferences()
        self.appearance = self.store.read(username)
        self.problem = self.store.problem
        self.theme_actions: dict[str, QAction] = {}
        apply(self.appearance)

    def add_to(self, menu: QMenu) -> None:
        """The Theme submenu, Next theme, Larger/Smaller text and Actual size, with keys."""
        group = QActionGroup(self)
        themes = menu.addMenu(self.tr("&Theme"))
        for theme in available_themes():
            action = QAction(self.tr(theme.title), self, checkable=True)
            action.setChecked(theme.name == self.appearance.theme)
            action.triggered.connect(lambda _c=False, n=theme.name: self.choose_theme(n))
            group.addAction(action)
            themes.addAction(action)
            self.theme_actions[theme.name] = action
        self.next_theme_action = self._action(menu, self.tr("&Next theme"), THEME_KEYS)
        self.next_theme_action.triggered.connect(self.next_theme)
        self.larger_action = self._action(menu, self.tr("&Larger text"), *LARGER_KEYS)
        self.larger_action.triggered.connect(lambda: self._set(self.appearance.larger()))
        self.smaller_action = self._action(menu, self.tr("&Smaller text"), SMALLER_KEYS)
        self.smaller_action.triggered.connect(lambda: self._set(self.appearance.smaller()))
        self.actual_action = self._action(menu, self.tr("&Actual size (100 %)"), ACTUAL_SIZE_KEYS)
        self.actual_action.triggered.connect(
            lambda: self._set(replace(self.appearance, percent=100))
        )

    def _action(self, menu: QMenu, text: str, *keys: str) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        parent = self.parent()
        if isinstance(parent, QWidget):
            parent.addAction(action)  # the keys work while the menu is closed
        menu.addAction(action)
        return action

    def choose_theme(self, name: str) -> None:
        self._set(replace(self.appearance, theme=name))

    def next_theme(self) -> None:
        names = list(self.theme_actions)
        at = names.index(self.appearance.theme) if self.appearance.theme in names else -1
        self.choose_theme(names[(at + 1) % len(names)])

    def _set(self, appearance: Appearance) -> None:
        if appearance == self.appearance:
            limit = self.tr("Text is already at %1 %").replace("%1", str(appearance.percent))
            self.message.emit(limit)
            return
        self.appearance = appearance
        apply(appearance)
        action = self.theme_actions.get(appearance.theme)
        if action is not None:
            action.setChecked(True)
        try:
            self.store.write(self.username, appearance)
        except OSError as exc:
            self.message.emit(
                self.tr("The look is used but could not be kept for next time: %1").replace(
                    "%1", str(exc)
                )
            )
        else:
            title = action.text() if action is not None else appearance.theme
            self.message.emit(
                self.tr("Theme: %1 · text %2 %")
                .replace("%1", title)
                .replace("%2", str(appearance.percent))
            )
        self.changed.emit(appearance)
