"""Write a briefing to an A4 PDF atomically: the whole file or, on any failure, nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileDevice, QIODevice, QMarginsF, QSaveFile
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

from callhandler.errors import BadInput
from callhandler.services.briefing import Briefing
from ui.briefing.document import render

MARGIN_MM = 12.0
RESOLUTION_DPI = 300


def _t(text: str) -> str:
    return QCoreApplication.translate("BriefingPdf", text)


def _check_target(path: str | Path) -> Path:
    text = str(path).strip()
    if not text:
        raise BadInput(_t("Choose a file name for the PDF."))
    target = Path(text).expanduser()
    if target.is_dir():
        raise BadInput(
            _t("%1 is a folder, not a file: choose a file name for the PDF.").replace(
                "%1", str(target)
            )
        )
    folder = target.parent
    if not folder.is_dir():
        problem = (
            _t("%1 is a file, not a folder")
            if folder.exists()
            else _t("the folder %1 does not exist")
        )
        raise BadInput(
            _t("The PDF cannot be saved there: %1. Choose another folder.").replace(
                "%1", problem.replace("%1", str(folder))
            )
        )
    return target


def export_pdf(briefing: Briefing, path: str | Path) -> None:
    """Write ``briefing`` as an A4 PDF at ``path`` (one page for a typical incident).

    Written through QSaveFile: a temporary file beside the target is renamed over it only
    once the PDF is complete, so a failure leaves any earlier file as it was and no partial
    one. BadInput, with a message fit to show, when the path cannot be written (a missing
    folder, a folder given as the name, a location the user may not write).
    Runs on the calling thread (Qt's text layout; no database work).
    """
    target = _check_target(path)
    save = QSaveFile(str(target))
    if not save.open(QIODevice.OpenModeFlag.WriteOnly):
        raise BadInput(
            _t("The PDF cannot be written to %1 (%2). Choose another folder.")
            .replace("%1", str(target))
            .replace("%2", save.errorString())
        )
    # personal data: 0600, also when it replaces an older file that was readable by others
    save.setPermissions(QFileDevice.Permission.ReadOwner | QFileDevice.Permission.WriteOwner)
    try:
        writer = QPdfWriter(save)
        writer.setResolution(RESOLUTION_DPI)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageOrientation(QPageLayout.Orientation.Portrait)
        writer.setPageMargins(
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
        )
        writer.setTitle(_t("Briefing %1").replace("%1", briefing.incident_ref))
        writer.setCreator("callhandler")
        render(briefing, writer)
        del writer  # the writer has flushed at painter.end(); drop it before the rename
    except BaseException:
        # Committing a cancelled QSaveFile removes its temporary file at once (waiting
        # for the object to be collected could leave it behind while a traceback lives).
        save.cancelWriting()
        save.commit()
        raise
    if not save.commit():
        raise BadInput(
            _t("The PDF could not be finished at %1 (%2); nothing was saved.")
            .replace("%1", str(target))
            .replace("%2", save.errorString())
        )
