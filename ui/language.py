"""The window's language: the system locale by default, or the one a user chose (View →
Language), kept per user on this workstation.

The translations are the ``callhandler_<lang>.qm`` files the build compiles from
``resources/translations/*.ts`` (never committed): a language is offered when its ``.qm``
is installed. ``use(app, code)`` swaps the installed translators (Qt's own ``qtbase_<lang>``
for standard buttons, and ours); windows built afterwards come up in that language, so the
main window is rebuilt for the user after a change (the session loop in ``ui/app.py``).

Each user's choice is a line in ``<config folder>/languages.json`` (``{"username": "cy"}``),
on this workstation only: the sign-in screen, before anyone is known, follows the system
locale.
"""

from __future__ import annotations

import importlib.resources
import json
import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

if TYPE_CHECKING:
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)
SYSTEM = ""  # the system locale's language
ENGLISH = "en"
PREFIX = "callhandler_"
_installed: list[QTranslator] = []


def translations_folder() -> Path:
    return Path(str(importlib.resources.files("callhandler.resources") / "translations"))


@dataclass(frozen=True)
class Language:
    code: str  # "cy", "en"
    name: str  # in the language itself: "Cymraeg", "English"


def available(folder: Path | None = None) -> list[Language]:
    """English and every language whose compiled translation is installed."""
    codes = sorted(
        p.stem.removeprefix(PREFIX) for p in (folder or translations_folder()).glob("*.qm")
    )
    found = [Language(ENGLISH, "English")]
    for code in codes:
        if code != ENGLISH and code.replace("_", "").isalpha():
            name = QLocale(code).nativeLanguageName() or code
            found.append(Language(code, name[:1].upper() + name[1:]))
    return found


def use(app: QCoreApplication, code: str = SYSTEM, folder: Path | None = None) -> QLocale:
    """Install the translators for ``code`` (SYSTEM: the system locale), removing the ones
    this module installed before; returns the locale now in use."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = QLocale() if code == SYSTEM else QLocale(code)
    if code == ENGLISH:
        return locale
    for name, where in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("callhandler", str(folder or translations_folder())),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", where):
            app.installTranslator(translator)
            _installed.append(translator)
    return locale


class LanguageChoices:
    """Each user's chosen language, in ``<config folder>/languages.json``."""

    FILE = "languages.json"

    def __init__(self, config_dir: Path) -> None:
        self.path = config_dir / self.FILE

    def _read(self) -> dict[str, str]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:  # a damaged file: the system language
            log.warning("%s was not used: %s", self.path, type(exc).__name__)
            return {}
        if not isinstance(data, dict):
            return {}
        return {str(k): str(v) for k, v in data.items() if isinstance(v, str)}

    def get(self, username: str) -> str:
        """The user's language code, or SYSTEM when they never chose one."""
        return self._read().get(username, SYSTEM)

    def set(self, username: str, code: str) -> None:
        """Keep ``code`` for ``username`` (SYSTEM forgets the choice); written atomically."""
        data = self._read()
        if code == SYSTEM:
            data.pop(username, None)
        else:
            data[username] = code
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=self.path.parent, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(data, out, indent=1, sort_keys=True)
        os.replace(temporary, self.path)


def view_menu(window: QMainWindow) -> QMenu:
    """The window's View menu (made, before Help, when it has none)."""
    title = QCoreApplication.translate("MainWindow", "&View")
    for action in window.menuBar().actions():
        if action.menu() is not None and action.text() == title:
            menu = action.menu()
            assert isinstance(menu, QMenu)
            return menu
    menu = QMenu(title, window)
    actions = window.menuBar().actions()
    if actions:
        window.menuBar().insertMenu(actions[-1], menu)
    else:
        window.menuBar().addMenu(menu)
    return menu


def add_menu(window: MainWindow, choices: LanguageChoices, folder: Path | None = None) -> QMenu:
    """View → Language in ``window`` (a MainWindow): the system language or one installed.

    Choosing one keeps it for the signed-in user and reopens their window in it at once
    (as signing in again at the lock screen does); with a call typed but not yet opened as
    an incident, the window stays as it is and the language applies from the next sign-in.
    """
    username = window.actor.username
    chosen = choices.get(username)
    submenu = view_menu(window).addMenu(QCoreApplication.translate("Language", "Lan&guage"))
    group = QActionGroup(submenu)
    entries = [(SYSTEM, QCoreApplication.translate("Language", "System language"))]
    entries += [(lang.code, lang.name) for lang in available(folder)]
    for code, name in entries:
        action = QAction(name, submenu)
        action.setCheckable(True)
        action.setChecked(code == chosen)
        action.setData(code)
        action.triggered.connect(lambda _c=False, code=code: _chosen(window, choices, code))
        group.addAction(action)
        submenu.addAction(action)
    return submenu


def _chosen(window: MainWindow, choices: LanguageChoices, code: str) -> None:
    username = window.actor.username
    if choices.get(username) == code:
        return
    choices.set(username, code)
    view = window.view
    if view.has_unsent_text():
        QMessageBox.information(
            window,
            QCoreApplication.translate("Language", "Language"),
            QCoreApplication.translate(
                "Language",
                "The new language is used from your next sign-in: a call is in the form now.",
            ),
        )
        return
    window.switch_user(window.actor)
