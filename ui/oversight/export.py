"""Export what an oversight table shows to CSV or a landscape A4 PDF, atomically."""

from __future__ import annotations

import csv
import datetime as dt
import io
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QFileDevice,
    QIODevice,
    QMarginsF,
    QObject,
    QRect,
    QSaveFile,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication, QFileDialog, QTableView, QWidget

from callhandler.errors import BadInput
from callhandler.progress import Cancelled, NoProgress, Progress, check_cancel
from callhandler.spreadsheet import safe_cell
from ui.common.words import local_time
from ui.oversight.report_model import ReportFilterProxy
from ui.progress_dialog import DialogProgress

MARGIN_MM = 10.0
RESOLUTION_DPI = 300
OWNER_ONLY = QFileDevice.Permission.ReadOwner | QFileDevice.Permission.WriteOwner


def _t(text: str) -> str:
    return QCoreApplication.translate("OversightExport", text)


@dataclass(frozen=True)
class TableSnapshot:
    """The rows of a table as the user sees them: visible columns in on-screen order, the
    rows as filtered and sorted, every cell as its shown text."""

    title: str
    filters: tuple[str, ...]  # "Window: 365 days", "Text filter: mill"
    generated_at: dt.datetime
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]

    def generated_text(self) -> str:
        return local_time(self.generated_at).strftime("%d %b %Y %H:%M %Z")


def snapshot(
    view: QTableView, title: str, filters: tuple[str, ...], generated_at: dt.datetime
) -> TableSnapshot:
    """What ``view`` shows: its model's rows (a proxy's order) and its visible columns."""
    model = view.model()
    header = view.horizontalHeader()
    columns = [
        header.logicalIndex(visual)
        for visual in range(header.count())
        if not view.isColumnHidden(header.logicalIndex(visual))
    ]
    headers = tuple(str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns)
    # A report's proxy: the same text, without a round trip through Qt per cell.
    if isinstance(model, ReportFilterProxy) and (source := model.report_model()) is not None:
        rows = tuple(
            tuple(source.shown_text(source_row, c) for c in columns)
            for source_row in (
                model.mapToSource(model.index(r, 0)).row() for r in range(model.rowCount())
            )
        )
    else:
        rows = tuple(
            tuple(str(model.index(r, c).data() or "") for c in columns)
            for r in range(model.rowCount())
        )
    return TableSnapshot(title, filters, generated_at, headers, rows)


def save_as(
    parent: QWidget,
    kind: str,
    write: Callable[[TableSnapshot, str | Path], Path],
    table: TableSnapshot,
    path: str | Path | None,
    suggested_name: str,
) -> Path | None:
    """Write ``table`` to ``path``, asking for one (a save dialog) when it is None.

    None when the user cancels; BadInput, fit to show, when it cannot be written. A PDF is
    drawn on a thread of its own behind a progress dialog whose Cancel leaves no file (a
    560-page list takes seconds: the window keeps answering meanwhile, issue 18).
    """
    if path is None:
        chosen, _filter = QFileDialog.getSaveFileName(
            parent,
            _t("Export %1 as %2").replace("%1", table.title).replace("%2", kind),
            str(Path.home() / suggested_name),
            f"{kind} (*.{kind.lower()})",
        )
        if not chosen:
            return None
        path = chosen
    if kind == "PDF":
        title = _t("Writing the PDF of %1…").replace("%1", table.title)
        target = path
        return in_background(parent, title, lambda progress: export_pdf(table, target, progress))
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return write(table, path)
    finally:
        QApplication.restoreOverrideCursor()


class _Done(QObject):
    finished = Signal()


_running: set[int] = set()  # the windows with an export under way (no second one meanwhile)


def in_background(parent: QWidget, title: str, work: Callable[[Progress], Path]) -> Path | None:
    """Run ``work`` on a thread of its own while the GUI thread's event loop keeps turning;
    a progress dialog shows after half a second. The written path; None when the user
    cancelled (``work`` raised Cancelled and wrote nothing) or an export is already under
    way for ``parent``; BadInput as ``work`` raised it."""
    if id(parent) in _running:
        return None
    progress = DialogProgress(title, parent)
    done = _Done()
    loop = QEventLoop()
    done.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["path"] = work(progress)
        except BaseException as exc:  # every failure reaches the GUI thread, or it waits
            outcome["error"] = exc
        finally:
            done.finished.emit()

    _running.add(id(parent))
    thread = threading.Thread(target=run, name="pdf-export", daemon=True)
    try:
        thread.start()
        loop.exec()
        thread.join()
    finally:
        _running.discard(id(parent))
        progress.finish()
        progress.deleteLater()
    error = outcome.get("error")
    if isinstance(error, Cancelled):
        return None
    if error is not None:
        raise error
    path = outcome["path"]
    assert isinstance(path, Path)
    return path


def check_target(path: str | Path, kind: str) -> Path:
    """The file to write, or BadInput saying why it cannot be written there."""
    text = str(path).strip()
    if not text:
        raise BadInput(_t("Choose a file name for the %1 file.").replace("%1", kind))
    target = Path(text).expanduser()
    if target.is_dir():
        raise BadInput(
            _t("%1 is a folder, not a file: choose a file name for the %2 file.")
            .replace("%1", str(target))
            .replace("%2", kind)
        )
    folder = target.parent
    if not folder.is_dir():
        problem = (
            _t("%1 is a file, not a folder")
            if folder.exists()
            else _t("the folder %1 does not exist")
        ).replace("%1", str(folder))
        raise BadInput(
            _t("The %1 file cannot be saved there: %2. Choose another folder.")
            .replace("%1", kind)
            .replace("%2", problem)
        )
    return target


def _write_atomically(target: Path, kind: str, write: Callable[[QSaveFile], None]) -> None:
    """The whole file or, on any failure, nothing new (QSaveFile renames at the end)."""
    save = QSaveFile(str(target))
    if not save.open(QIODevice.OpenModeFlag.WriteOnly):
        raise BadInput(
            _t("The %1 file cannot be written to %2 (%3). Choose another folder.")
            .replace("%1", kind)
            .replace("%2", str(target))
            .replace("%3", save.errorString())
        )
    save.setPermissions(OWNER_ONLY)  # personal data: 0600, also over an older 0644 file
    try:
        write(save)
    except BaseException:
        save.cancelWriting()
        save.commit()  # a cancelled commit removes the temporary file at once
        raise
    if not save.commit():
        raise BadInput(
            _t("The %1 file could not be finished at %2 (%3); nothing was saved.")
            .replace("%1", kind)
            .replace("%2", str(target))
            .replace("%3", save.errorString())
        )


def export_csv(table: TableSnapshot, path: str | Path) -> Path:
    """The title, filters and time generated, a blank line, then the header and rows.

    UTF-8 with a byte-order mark so spreadsheet programs read names correctly.
    """
    target = check_target(path, "CSV")
    buffer = io.StringIO(newline="")
    out = csv.writer(buffer)
    out.writerow([table.title])
    out.writerow([_t("Filters"), *table.filters] if table.filters else [_t("Filters"), _t("none")])
    out.writerow([_t("Generated"), table.generated_text()])
    out.writerow([])
    out.writerow([safe_cell(h) for h in table.headers])
    for row in table.rows:
        out.writerow([safe_cell(cell) for cell in row])
    data = buffer.getvalue().encode("utf-8-sig")

    def write(save: QSaveFile) -> None:
        if save.write(data) != len(data):
            raise BadInput(
                _t("The CSV file could not be written (%1); nothing was saved.").replace(
                    "%1", save.errorString()
                )
            )

    _write_atomically(target, "CSV", write)
    return target


# -- PDF ---------------------------------------------------------------------------------


def _column_widths(
    metrics: QFontMetrics, bold: QFontMetrics, table: TableSnapshot, room: int
) -> list[int]:
    padding = metrics.horizontalAdvance("  ")
    natural = []
    for column, header in enumerate(table.headers):
        widest = bold.horizontalAdvance(header)
        for row in table.rows:
            widest = max(widest, metrics.horizontalAdvance(row[column]))
        natural.append(widest + padding)
    total = sum(natural)
    if total <= room or not natural:
        extra = (room - total) // max(1, len(natural))
        return [w + extra for w in natural]
    # Too wide: narrow columns keep their width, the widest are capped (their text elided).
    low, high = padding * 3, max(natural)
    while low < high:
        cap = (low + high + 1) // 2
        if sum(min(w, cap) for w in natural) <= room:
            low = cap
        else:
            high = cap - 1
    return [min(w, low) for w in natural]


def export_pdf(table: TableSnapshot, path: str | Path, progress: Progress | None = None) -> Path:
    """A landscape A4 table that runs onto as many pages as it needs, the header repeated
    on each, the title, filters and time generated on the first, page numbers on all.

    Safe off the GUI thread (no widget is touched). ``progress`` hears of each page drawn;
    its cancel stops the drawing (Cancelled) and nothing is left at ``path``."""
    target = check_target(path, "PDF")

    def write(save: QSaveFile) -> None:
        writer = QPdfWriter(save)
        writer.setResolution(RESOLUTION_DPI)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageOrientation(QPageLayout.Orientation.Landscape)
        writer.setPageMargins(
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
        )
        writer.setTitle(table.title)
        writer.setCreator("callhandler")
        _paint(table, writer, progress or NoProgress())
        del writer

    _write_atomically(target, "PDF", write)
    return target


def _paint(table: TableSnapshot, writer: QPdfWriter, progress: Progress) -> None:
    painter = QPainter()
    if not painter.begin(writer):
        raise BadInput(_t("The PDF could not be started; nothing was saved."))
    try:
        page = writer.pageLayout().paintRectPixels(writer.resolution())
        width, height = page.width(), page.height()
        body = QFont("Sans Serif")
        body.setPointSizeF(8.5)
        bold = QFont(body)
        bold.setBold(True)
        title_font = QFont(body)
        title_font.setPointSizeF(14)
        title_font.setBold(True)
        painter.setFont(body)
        metrics = QFontMetrics(body, writer)
        bold_metrics = QFontMetrics(bold, writer)
        line = metrics.height()
        row_height = int(line * 1.5)
        widths = _column_widths(metrics, bold_metrics, table, width)

        intro_lines = [
            _t("Filters: %1").replace("%1", "; ".join(table.filters) or _t("none")),
            _t("Generated %1 · %2 rows")
            .replace("%1", table.generated_text())
            .replace("%2", str(len(table.rows))),
        ]
        title_height = QFontMetrics(title_font, writer).height() + line // 2
        intro_height = title_height + line * len(intro_lines) + line // 2
        footer = line * 2
        usable = height - footer - row_height  # the header row on every page
        first = max(1, (usable - intro_height) // row_height)
        per_page = max(1, usable // row_height)
        remaining = max(0, len(table.rows) - first)
        pages = 1 + (remaining + per_page - 1) // per_page

        progress.start(pages, _t("Writing %1 pages…").replace("%1", str(pages)))
        row_number = 0
        for page_number in range(1, pages + 1):
            check_cancel(progress)
            if page_number > 1:
                writer.newPage()
            y = 0
            if page_number == 1:
                painter.setFont(title_font)
                painter.drawText(
                    QRect(0, 0, width, title_height), Qt.AlignmentFlag.AlignLeft, table.title
                )
                painter.setFont(body)
                y = title_height
                for text in intro_lines:
                    painter.drawText(
                        QRect(0, y, width, line),
                        Qt.AlignmentFlag.AlignLeft,
                        metrics.elidedText(text, Qt.TextElideMode.ElideRight, width),
                    )
                    y += line
                y += line // 2
            _header_row(painter, bold, table.headers, widths, y, row_height)
            y += row_height
            painter.setFont(body)
            count = first if page_number == 1 else per_page
            for offset, cells in enumerate(table.rows[row_number : row_number + count]):
                if offset % 2:
                    painter.fillRect(0, y, sum(widths), row_height, QColor("#f1f5f9"))
                _cells(painter, metrics, cells, widths, y, row_height)
                y += row_height
            row_number += count
            if not table.rows and page_number == 1:
                painter.drawText(
                    QRect(0, y, width, row_height),
                    Qt.AlignmentFlag.AlignVCenter,
                    _t("No rows match these filters."),
                )
            painter.setPen(QColor("#4b5563"))
            painter.drawText(
                QRect(0, height - line, width, line),
                Qt.AlignmentFlag.AlignRight,
                _t("%1 · page %2 of %3")
                .replace("%1", table.title)
                .replace("%2", str(page_number))
                .replace("%3", str(pages)),
            )
            painter.setPen(QColor("#111827"))
            progress.advance(1)
    finally:
        painter.end()


def _header_row(
    painter: QPainter,
    font: QFont,
    headers: tuple[str, ...],
    widths: list[int],
    y: int,
    height: int,
) -> None:
    painter.fillRect(0, y, sum(widths), height, QColor("#1f2937"))
    painter.setPen(QColor("#ffffff"))
    painter.setFont(font)
    _cells(painter, QFontMetrics(font, painter.device()), headers, widths, y, height)
    painter.setPen(QColor("#111827"))


def _cells(
    painter: QPainter,
    metrics: QFontMetrics,
    cells: tuple[str, ...],
    widths: list[int],
    y: int,
    height: int,
) -> None:
    pad = metrics.horizontalAdvance(" ")
    x = 0
    for text, width in zip(cells, widths, strict=True):
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width - 2 * pad)
        painter.drawText(
            QRect(x + pad, y, width - 2 * pad, height),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            shown,
        )
        x += width
