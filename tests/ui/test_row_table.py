"""The row-table model base and the read-only view (issue 15, ui/common): a model on the
base passes Qt's model tester, finds a row again after a refresh, and the view lets Tab
leave it and never edits a cell."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QVBoxLayout, QWidget

from callhandler.services.policy_impact import Change
from ui.common.table_view import ReadOnlyTableView
from ui.oversight.policy_impact_model import CHOSEN, DIRECTION, ChangeRole, PolicyImpactModel
from uitools import WAIT_MS

AT = dt.datetime(2026, 3, 14, 9, 30, tzinfo=dt.UTC)


def change(ref: str, new_grade: int, chosen: int = 3) -> Change:
    return Change(ref, AT, 3, new_grade, 4, 3, chosen, ("weapons",), (), False)


def test_a_model_on_the_base_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = PolicyImpactModel()
    qtmodeltester.check(model)
    model.set_rows([change("CH-1", 2), change("CH-2", 3, chosen=4)], {"weapons": "Weapon"})
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.columnCount() == 9
    assert model.headerData(DIRECTION, Qt.Orientation.Horizontal) == "Change"
    assert model.index(1, 0).data(ChangeRole).incident_ref == "CH-2"
    assert model.index(0, DIRECTION).data() == "More urgent"
    assert model.index(1, CHOSEN).data(Qt.ItemDataRole.ToolTipRole).startswith("Grade 4 is below")
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.index(0, 0).flags() & Qt.ItemFlag.ItemIsEditable == Qt.ItemFlag.NoItemFlags


def test_the_view_is_read_only_and_tab_leaves_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    host = QWidget()
    qtbot.addWidget(host)
    model = PolicyImpactModel()
    model.set_rows([change("CH-1", 2), change("CH-2", 3)])
    view = ReadOnlyTableView(model, stretch=DIRECTION)
    after = QLineEdit()
    layout = QVBoxLayout(host)
    layout.addWidget(view)
    layout.addWidget(after)
    host.show()
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow, timeout=WAIT_MS)
    view.setFocus()
    view.selectRow(1)
    assert view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert [i.row() for i in view.selectionModel().selectedRows()] == [1]
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.waitUntil(after.hasFocus, timeout=WAIT_MS)
