"""The few modal questions and alerts the application shows, in one place tests can replace."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm_discard(parent: QWidget | None, what: str) -> bool:
    """Ask before throwing away typed text; True means discard. Esc keeps the text."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("ask", "Discard what you typed?"))
    box.setText(what)
    discard = box.addButton(
        QCoreApplication.translate("ask", "&Discard"), QMessageBox.ButtonRole.DestructiveRole
    )
    keep = box.addButton(
        QCoreApplication.translate("ask", "&Keep it"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is discard


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    """A blocking error box for problems that stop the application (not for form problems)."""
    QMessageBox.critical(parent, title, message)
