"""The oversight lists view: every report listed, loads on the worker, thresholds, text filter,
sorting on real values, drill-down to the incidents and a read-only incident."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from builders import NOW, add_incident
from callhandler.desk import DatabaseDesk
from callhandler.services import oversight
from ui.oversight.incident_dialog import IncidentDialog
from ui.oversight.lists_view import OversightListsView
from ui.oversight.report_model import RowRole
from uitools import WAIT_MS, make_actor


def victims_history(db) -> dict[str, int]:
    """Jane: 3 DA incidents in 12 months (in). Ann: 2, the last 12 hours ago (in at 2+).
    Zoe: 3, but one 370 days ago (out unless the window is widened). Refs by name."""
    refs: dict[str, int] = {}
    for ref, name, days in (
        ("J-1", "Jane Example", 10),
        ("J-2", "Jane Example", 40),
        ("J-3", "Jane Example", 300),
        ("A-1", "Ann Once", 0.5),
        ("A-2", "Ann Once", 20),
        ("Z-1", "Zoe Edge", 30),
        ("Z-2", "Zoe Edge", 60),
        ("Z-3", "Zoe Edge", 370),
    ):
        refs[ref] = add_incident(
            db,
            ref,
            days_ago=days,
            address=f"{len(refs) + 1} Test Street",
            postcode="CB1 2AD",
            people=[("victim", name), ("suspect", f"Suspect of {name}")],
        )
    return refs


def shown_column(view: OversightListsView, name: str) -> list[str]:
    column = view.model.columns().index(name)
    return [view.proxy.index(r, column).data() for r in range(view.proxy.rowCount())]


def make_view(qtbot, db, worker, actor) -> OversightListsView:
    view = OversightListsView(DatabaseDesk(db, actor), worker, clock=lambda: NOW)
    qtbot.addWidget(view)
    view.resize(1300, 800)
    view.show()
    return view


def load(qtbot, view: OversightListsView, name: str) -> None:
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        view.choose(name)
    assert not view.loading and not view.problem.isVisible(), view.problem.text()


def test_every_report_is_listed_and_loads_on_the_worker(qtbot, qtmodeltester, db, worker) -> None:
    inspector = make_actor(db, "inspector1", "inspector")
    victims_history(db)
    view = make_view(qtbot, db, worker, inspector)
    titles = [view.reports.item(r).text() for r in range(view.reports.count())]
    assert titles == [report.title for report in oversight.REPORTS.values()]
    assert "Risk reassessment due" in titles and "Closure completion by handler" in titles

    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        view.start()
        assert view.loading and view.showing.text() == "Loading…" and view.busy.isVisible()
    assert view.report_name == "repeat-victims"
    assert shown_column(view, "subject") == ["Jane Example"]
    assert shown_column(view, "incidents_12m") == ["3"]
    assert view.showing.text().startswith("1 of 1 rows · generated 01 Nov 2026")
    assert view.table.isColumnHidden(view.model.columns().index("subject_id"))
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.proxy)

    # Every list loads without error (whatever it finds in this history).
    for name in oversight.REPORTS:
        load(qtbot, view, name)
        assert view.title.text() == oversight.REPORTS[name].title


def test_thresholds_feed_the_list_and_show_only_where_they_apply(qtbot, db, worker) -> None:
    inspector = make_actor(db, "inspector1", "inspector")
    victims_history(db)
    view = make_view(qtbot, db, worker, inspector)
    load(qtbot, view, "repeat-victims")
    assert view.thresholds.minimum.isVisible() and view.thresholds.window_days.isVisible()
    assert not view.thresholds.quiet.isVisible()

    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        view.thresholds.minimum.setValue(2)
    assert sorted(shown_column(view, "subject")) == ["Ann Once", "Jane Example", "Zoe Edge"]
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        view.thresholds.minimum.setValue(3)
    assert shown_column(view, "subject") == ["Jane Example"]
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        view.thresholds.window_days.setValue(400)  # Zoe's third incident, 370 days ago, counts
    assert sorted(shown_column(view, "subject")) == ["Jane Example", "Zoe Edge"]
    assert view.thresholds.describe() == ("Window: 400 days", "Minimum: 3")

    load(qtbot, view, "high-risk-victims")
    assert not view.thresholds.minimum.isVisible() and view.thresholds.none_label.isVisible()
    load(qtbot, view, "gone-quiet")
    assert view.thresholds.quiet.isVisible()


def test_text_filter_and_sorting_on_real_dates(qtbot, qtmodeltester, db, worker) -> None:
    inspector = make_actor(db, "inspector1", "inspector")
    victims_history(db)
    view = make_view(qtbot, db, worker, inspector)
    load(qtbot, view, "repeat-victims")
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        view.thresholds.minimum.setValue(2)

    column = view.model.columns().index("last_incident_at")
    view.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    # As text "01 Nov" would sort before "22 Oct"; by the real time it comes last.
    assert shown_column(view, "subject") == ["Zoe Edge", "Jane Example", "Ann Once"]
    assert shown_column(view, "last_incident_at")[-1].startswith("01 Nov 2026")
    local = (NOW - dt.timedelta(days=0.5)).astimezone()
    assert shown_column(view, "last_incident_at")[-1] == local.strftime("%d %b %Y %H:%M")
    view.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert shown_column(view, "subject") == ["Ann Once", "Jane Example", "Zoe Edge"]
    qtmodeltester.check(view.model)

    # The row chosen stays chosen when the order changes.
    with qtbot.waitSignal(view.drilled, timeout=WAIT_MS):
        view.table.selectRow(2)
    assert view.table.current_row().subject == "Zoe Edge"
    view.table.sortByColumn(view.model.columns().index("subject"), Qt.SortOrder.AscendingOrder)
    assert shown_column(view, "subject") == ["Ann Once", "Jane Example", "Zoe Edge"]
    view.table.sortByColumn(
        view.model.columns().index("incidents_12m"), Qt.SortOrder.DescendingOrder
    )
    assert shown_column(view, "incidents_12m") == ["3", "2", "2"]
    assert view.table.current_row().subject == "Zoe Edge"
    assert shown_column(view, "subject")[view.table.currentIndex().row()] == "Zoe Edge"

    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is view.filter_edit
    qtbot.keyClicks(view.filter_edit, "ZOE")
    assert shown_column(view, "subject") == ["Zoe Edge"]
    assert view.showing.text().startswith("1 of 3 rows")

    # Another list and back: the service's order again (most incidents first), filter kept.
    view.filter_edit.clear()
    load(qtbot, view, "gone-quiet")
    load(qtbot, view, "repeat-victims")
    assert view.proxy.sortColumn() == -1
    assert shown_column(view, "incidents_12m")[0] == "3"


def test_drill_down_to_the_incidents_and_open_one_read_only(
    qtbot, qtmodeltester, db, worker
) -> None:
    inspector = make_actor(db, "inspector1", "inspector")
    refs = victims_history(db)
    view = make_view(qtbot, db, worker, inspector)
    load(qtbot, view, "repeat-victims")
    view.table.setFocus()
    with qtbot.waitSignal(view.drilled, timeout=WAIT_MS):
        view.table.selectRow(0)
    assert view.table.current_row().subject == "Jane Example"
    drilled = [
        view.drill_proxy.index(r, 0).data(RowRole) for r in range(view.drill_proxy.rowCount())
    ]
    assert sorted(r.ref for r in drilled) == ["J-1", "J-2", "J-3"]
    assert "3 (Enter opens one, read-only)" in view.drill_heading.text()
    qtmodeltester.check(view.drill.model)
    assert view.list_actions["open"].isEnabled()  # the first incident is ready for Ctrl+O

    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is view.drill_table
    first = view.drill_table.current_row()
    qtbot.keyClick(view.drill_table, Qt.Key.Key_Return)
    dialog = view.dialog
    assert isinstance(dialog, IncidentDialog) and dialog.incident_id == refs[first.ref]
    qtbot.waitUntil(lambda: dialog.review is not None, timeout=WAIT_MS)
    assert dialog.review.ref == first.ref
    assert dialog.windowTitle() == f"Incident {first.ref} (read-only)"
    dialog.reject()


def test_a_refused_list_says_why(qtbot, db, worker) -> None:
    handler = make_actor(db, "handler1", "handler")
    view = make_view(qtbot, db, worker, handler)
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        view.start()
    assert view.problem.isVisible()
    assert "Only inspectors and administrators see the oversight lists" in view.problem.text()
    assert not view.list_actions["csv"].isEnabled()


def test_overdue_reassessments_are_red_and_headers_explain_themselves(qtmodeltester) -> None:
    from callhandler.domain.oversight import ReassessmentDueRow
    from ui.oversight.report_model import ReportTableModel

    def due(event_id: int, days: int) -> ReassessmentDueRow:
        return ReassessmentDueRow(
            event_id,
            "court_date",
            dt.date(2026, 11, 1),
            days,
            "Jane Example",
            None,
            None,
            "",
            "none",
            "",
        )

    model = ReportTableModel()
    columns = ReportTableModel.columns_of(ReassessmentDueRow)
    model.set_rows(columns, [due(1, -2), due(2, 3)])
    qtmodeltester.check(model)
    column = columns.index("days_until_due")
    late = model.index(0, column).data(Qt.ItemDataRole.ForegroundRole)
    assert late is not None and late.color().name() == "#b91c1c"
    assert model.index(1, column).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(0, columns.index("kind")).data() == "Court date"
    assert "overdue" in model.headerData(
        column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )


def test_columns_are_as_wide_as_qt_measures_their_text(qtbot, db, worker) -> None:
    """The widths worked out from the text (issue 18: Qt's measure asked the model a dozen
    times a cell) are those Qt's own measure gives: no cell cut short, none much wider."""
    inspector = make_actor(db, "inspector1", "inspector")
    victims_history(db)
    view = make_view(qtbot, db, worker, inspector)
    for name in ("repeat-victims", "sign-off-backlog"):
        load(qtbot, view, name)
        table, header = view.table, view.table.horizontalHeader()
        widest = max(160, table.viewport().width() // 3)
        shown = [c for c in range(header.count()) if not table.isColumnHidden(c)]
        for column in shown[:-1]:  # the last one stretches
            qt_width = max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
            assert min(qt_width, widest) <= table.columnWidth(column) <= qt_width + 8, (
                name,
                view.model.column_name(column),
            )
