"""IncidentTableModel and its filter proxy: Qt's model checks, roles, and changes that keep rows."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QPersistentModelIndex, Qt

from callhandler.services.calls import IncidentRow
from ui.common.words import local_time
from ui.models.incident_filter import IncidentFilterProxy
from ui.models.incident_table import (
    ADDRESS,
    DA,
    GRADE,
    HANDLER,
    OPENED,
    REF,
    IncidentRowRole,
    IncidentTableModel,
    SortKeyRole,
    attendance_text,
)

BASE = dt.datetime(2025, 3, 14, 9, 30, tzinfo=dt.UTC)


def row(number: int, **changes: object) -> IncidentRow:
    values: dict[str, object] = dict(
        id=number,
        ref=f"CH20250314-{number:04d}",
        opened_at=BASE + dt.timedelta(minutes=number),
        status="open",
        phone="07700 900123",
        address=f"{number} Mill Road",
        postcode="CB1 2AD",
        caller="Jane Example",
        victim="Jane Example",
        suspect="John Example",
        category="call in progress",
        domestic_abuse=False,
        grade=None,
        risk_level="none",
        handler="Sam Handler",
        version=1,
    )
    values.update(changes)
    return IncidentRow(**values)  # type: ignore[arg-type]


def newest_first(*numbers: int) -> list[IncidentRow]:
    return [row(n) for n in sorted(numbers, reverse=True)]


def test_empty_model_passes_qt_checks(qtmodeltester) -> None:
    qtmodeltester.check(IncidentTableModel())


def test_model_with_rows_passes_qt_checks_through_every_change(qtmodeltester) -> None:
    model = IncidentTableModel(show_handler=True)
    model.set_rows(newest_first(1, 2, 3))
    qtmodeltester.check(model)
    # the tester stays attached: each of these changes is checked as it happens
    model.add_row(row(4))
    model.set_rows(newest_first(2, 3, 4, 5))
    model.set_rows([])
    model.set_rows(newest_first(7, 8))


def test_columns_and_display(qapp) -> None:
    model = IncidentTableModel()
    model.set_rows([row(5, grade=1, domestic_abuse=True)])
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "Ref",
        "Opened",
        "Status",
        "Attendance",
        "Number",
        "Address",
        "Victim",
        "Suspect",
        "Grade",
        "DA",
    ]
    assert model.column_of(HANDLER) == -1

    def cell(field: int, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return model.index(0, model.column_of(field)).data(role)

    assert cell(REF) == "CH20250314-0005"
    assert cell(OPENED) == local_time(BASE + dt.timedelta(minutes=5)).strftime("%H:%M")
    assert "2025" in str(cell(OPENED, Qt.ItemDataRole.ToolTipRole))
    assert cell(ADDRESS) == "5 Mill Road, CB1 2AD"
    assert cell(GRADE) == "1"
    assert "Emergency" in str(cell(GRADE, Qt.ItemDataRole.ToolTipRole))
    assert cell(DA) == "Yes"
    assert cell(REF, IncidentRowRole) == row(5, grade=1, domestic_abuse=True)
    assert model.index(0, 0).data(SortKeyRole) == "ch20250314-0005"


def test_refresh_inserts_on_top_and_keeps_existing_rows(qtbot) -> None:
    model = IncidentTableModel()
    model.set_rows(newest_first(1, 2))
    selected = QPersistentModelIndex(model.index(1, 0))  # as a selection holds it
    with qtbot.assertNotEmitted(model.modelReset):
        with qtbot.waitSignal(model.rowsInserted):
            model.set_rows(newest_first(1, 2, 3))
    assert selected.isValid() and selected.row() == 2
    assert selected.data(IncidentRowRole).id == 1
    changed = dataclasses.replace(row(2), status="returned")
    with qtbot.waitSignal(model.dataChanged):
        model.set_rows([row(3), changed, row(1)])
    assert model.rows()[1].status == "returned"


def test_add_row_puts_a_new_incident_on_top_once(qapp) -> None:
    model = IncidentTableModel()
    model.set_rows(newest_first(1))
    model.add_row(row(2))
    model.add_row(row(2))
    assert [r.id for r in model.rows()] == [2, 1]


def test_proxy_filters_by_words_across_columns_and_by_status(qtmodeltester) -> None:
    model = IncidentTableModel(show_handler=True)
    model.set_rows(
        [
            row(3, victim="Priya Sample", address="7 Orchard Close", handler="Alex Second"),
            row(2, status="returned", address="22 Station Street"),
            row(1),
        ]
    )
    proxy = IncidentFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)

    def refs() -> list[str]:
        return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]

    proxy.set_text("orchard")
    assert refs() == ["CH20250314-0003"]
    proxy.set_text("  JANE   mill ")
    assert refs() == ["CH20250314-0001"]
    proxy.set_text("alex")
    assert refs() == ["CH20250314-0003"]
    proxy.set_text("")
    proxy.set_status("returned")
    assert refs() == ["CH20250314-0002"]
    proxy.set_status(None)
    assert proxy.rowCount() == 3
    proxy.sort(model.column_of(OPENED), Qt.SortOrder.AscendingOrder)
    assert refs() == ["CH20250314-0001", "CH20250314-0002", "CH20250314-0003"]


def test_attendance_shows_time_against_the_grade_target(qapp) -> None:
    sent = dt.datetime(2026, 11, 26, 12, 0, tzinfo=dt.UTC)
    dispatched = dataclasses.replace(row(1, grade=1), status="dispatched", dispatched_at=sent)
    assert attendance_text(dispatched, sent + dt.timedelta(minutes=12)) == "12/15 min"
    assert attendance_text(dispatched, sent + dt.timedelta(minutes=23)) == "OVER 23/15 min"
    arrived = dataclasses.replace(dispatched, attended_at=sent + dt.timedelta(minutes=9))
    assert attendance_text(arrived, sent + dt.timedelta(hours=2)) == "attended in 9 min"
    assert attendance_text(row(2, grade=2)) == ""  # not dispatched
