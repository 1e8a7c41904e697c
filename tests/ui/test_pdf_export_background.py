"""A long oversight PDF is drawn off the GUI thread (issue 18): the window keeps answering
while the pages are written, and Cancel in the progress dialog leaves no file behind."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from builders import NOW
from ui.oversight import export

ROWS = 20_000  # about 670 landscape pages: seconds of drawing


def long_table() -> export.TableSnapshot:
    rows = tuple(
        (f"CH-{n:05d}", f"Victim number {n}", f"{n * 3 % 17}", "01 Nov 2026 12:00")
        for n in range(ROWS)
    )
    return export.TableSnapshot(
        "Sign-off backlog", ("Window: 365 days",), NOW, ("Ref", "Victim", "Count", "When"), rows
    )


def test_the_window_keeps_answering_while_a_long_pdf_is_written(qtbot, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    table = long_table()
    rows = table.rows[:600]  # twenty pages: the whole file is written in the test
    short = export.TableSnapshot(table.title, table.filters, NOW, table.headers, rows)
    ticks: list[bool] = []
    exporting = [False]
    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(lambda: ticks.append(exporting[0]))
    timer.start()
    exporting[0] = True
    written = export.save_as(parent, "PDF", export.export_pdf, short, tmp_path / "b.pdf", "b.pdf")
    exporting[0] = False
    timer.stop()
    assert written == tmp_path / "b.pdf" and written.stat().st_size > 10_000
    assert written.read_bytes().startswith(b"%PDF")
    assert any(ticks), "the event loop did not turn while the PDF was written"


def test_cancelling_a_long_pdf_leaves_no_file(qtbot, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    out = tmp_path / "out"
    out.mkdir()
    seen: list[int] = []

    def cancel_once_pages_are_written() -> None:
        dialog = parent.findChild(QProgressDialog)
        if dialog is not None and dialog.value() >= 2 and not seen:
            seen.append(dialog.value())
            button = dialog.findChild(QPushButton)
            assert button is not None and button.text() == "Cancel"
            button.click()

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(cancel_once_pages_are_written)
    timer.start()
    written = export.save_as(
        parent, "PDF", export.export_pdf, long_table(), out / "long.pdf", "long.pdf"
    )
    timer.stop()
    assert seen and seen[0] < ROWS // 30, "cancelled only once the pages were being written"
    assert written is None
    assert list(out.iterdir()) == []  # neither the PDF nor QSaveFile's temporary file
