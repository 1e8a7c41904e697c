"""The attending officers' briefing in a window: read it, print it, save it as a PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from callhandler.desk import Desk
from callhandler.errors import BadInput
from callhandler.services.briefing import Briefing
from ui.briefing.document import briefing_html, render
from ui.briefing.pdf_export import export_pdf
from ui.common.theme import set_tone
from ui.worker import Failure, Worker

STATUS_STYLE = {  # (property, value) the theme colours, and the layout
    "info": (("ink", "muted"), "padding:4px 6px;"),
    "ok": (("tone", "ok"), "padding:4px 6px; font-weight:700;"),
    "error": (("tone", "danger-soft"), "padding:4px 6px; font-weight:700;"),
}


class BriefingView(QDialog):
    """One incident's briefing, narrow enough for a phone held upright.

    Loads the desk's ``build_briefing`` through the worker when constructed (and again with F5);
    ``loaded(Briefing)`` is emitted when it is shown. Keys: Ctrl+P prints (Qt's print
    dialog), Ctrl+S saves as PDF (a file dialog; ``pdf_saved(path)`` after), F5 reloads,
    Esc closes; the arrow and Page keys scroll the page. Problems (a path that cannot be
    written, a load that failed) are shown in the line above the page, never in a box.
    Not modal by itself: the caller chooses ``show()`` or ``exec()``.
    """

    loaded = Signal(object)
    pdf_saved = Signal(str)

    def __init__(
        self,
        desk: Desk,
        worker: Worker,
        incident_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._worker = worker
        self.incident_id = incident_id
        self._briefing: Briefing | None = None
        self.setWindowTitle(self.tr("Briefing for the attending officers"))
        self.setMinimumWidth(340)
        self.resize(460, 820)

        self.status = QLabel()
        self.status.setObjectName("briefingStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.page = QTextBrowser()
        self.page.setObjectName("briefingPage")
        self.page.setAccessibleName(self.tr("Briefing page"))
        self.page.setAccessibleDescription(
            self.tr("The briefing for the attending officers, as it prints; read-only.")
        )
        self.page.setOpenLinks(False)
        # white paper in every theme: the page is the document as it prints

        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setToolTip(self.tr("Print the briefing (Ctrl+P)"))
        self.print_button.clicked.connect(lambda: self.print_briefing())
        self.pdf_button = QPushButton(self.tr("&Save as PDF…"))
        self.pdf_button.setToolTip(self.tr("Save the briefing as a PDF (Ctrl+S)"))
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.print_button, self.pdf_button, self.close_button):
            button.setAutoDefault(False)  # Enter on the page must not open the print dialog
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.status)
        layout.addWidget(self.page, 1)
        layout.addLayout(buttons)

        for keys, action in (
            (QKeySequence.StandardKey.Print, self.print_briefing),
            (QKeySequence.StandardKey.Save, self.save_pdf),
            (QKeySequence.StandardKey.Refresh, self.load),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda action=action: action())
        self._set_ready(False)
        self.load()

    # -- loading ----------------------------------------------------------------------

    def load(self) -> None:
        """(Re)build the briefing in the background; shown when it arrives."""
        self._say(self.tr("Building the briefing…"), "info")
        self._worker.submit(
            self._desk.build_briefing,
            self.incident_id,
            on_done=self._loaded,
            on_error=self._load_failed,
        )

    def _loaded(self, briefing: Briefing) -> None:
        self._briefing = briefing
        position = self.page.verticalScrollBar().value()
        self.page.setHtml(briefing_html(briefing))
        self.page.verticalScrollBar().setValue(position)
        self.setWindowTitle(self.tr("Briefing %1").replace("%1", briefing.incident_ref))
        self._say("", "info")
        self._set_ready(True)
        self.loaded.emit(briefing)

    def _load_failed(self, failure: Failure) -> None:
        self._say(
            self.tr("The briefing could not be built: %1").replace("%1", str(failure)), "error"
        )

    def briefing(self) -> Briefing | None:
        """The briefing shown, or None before it has loaded."""
        return self._briefing

    def text(self) -> str:
        """What the page shows, as plain text."""
        return self.page.toPlainText()

    # -- print and PDF ----------------------------------------------------------------

    def choose_pdf_path(self) -> str:
        """Ask where to save the PDF (a file dialog); "" when the user cancels."""
        assert self._briefing is not None
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / f"briefing-{self._briefing.incident_ref}.pdf")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the briefing as PDF"), suggested, self.tr("PDF files (*.pdf)")
        )
        if path and not path.lower().endswith(".pdf"):
            path += ".pdf"
        return path

    def save_pdf(self, path: str | Path | None = None) -> bool:
        """Write the PDF to ``path`` (asking where when None); True once it is written."""
        if self._briefing is None:
            return False
        chosen = str(path) if path is not None else self.choose_pdf_path()
        if not chosen:
            return False
        try:
            export_pdf(self._briefing, chosen)
        except BadInput as problem:
            self._say(str(problem), "error")
            return False
        self._say(self.tr("Saved as %1").replace("%1", chosen), "ok")
        self.pdf_saved.emit(chosen)
        return True

    def print_briefing(self, printer: QPrinter | None = None) -> bool:
        """Print on ``printer`` (asking with Qt's print dialog when None); True once sent."""
        if self._briefing is None:
            return False
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setDocName(self.tr("Briefing %1").replace("%1", self._briefing.incident_ref))
            dialog = QPrintDialog(printer, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        try:
            pages = render(self._briefing, printer)
        except BadInput as problem:
            self._say(str(problem), "error")
            return False
        self._say(self.tr("Sent to the printer (%1 page(s)).").replace("%1", str(pages)), "ok")
        return True

    # -- state ------------------------------------------------------------------------

    def _set_ready(self, ready: bool) -> None:
        self.print_button.setEnabled(ready)
        self.pdf_button.setEnabled(ready)

    def _say(self, text: str, kind: str) -> None:
        self.status.setText(text)
        (name, value), layout = STATUS_STYLE[kind]
        for other in ("ink", "tone"):
            set_tone(self.status, other, value if other == name else None)
        self.status.setStyleSheet(layout)
        self.status.setVisible(bool(text))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.page.setFocus(Qt.FocusReason.OtherFocusReason)
