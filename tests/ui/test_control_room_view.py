"""The inspector's view: every handler's incidents, counts, and filters that narrow the list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from callhandler.desk import DatabaseDesk
from callhandler.services import calls
from ui.inspector.control_room_view import ControlRoomView
from ui.models.incident_table import HANDLER, VICTIM
from uitools import WAIT_MS, make_actor


@pytest.fixture
def view(qtbot, db, worker, inspector) -> ControlRoomView:
    first = make_actor(db, "handler1", "handler")
    second = make_actor(db, "handler2", "handler")
    calls.open_incident(
        db,
        first,
        calls.NewCall(
            phone="07700 900123",
            address="Flat 2, 14 Mill Road",
            postcode="CB1 2AD",
            victim_name="Jane Example",
            suspect_name="John Example",
        ),
    )
    calls.open_incident(
        db, first, calls.NewCall(address="22 Station Street", victim_name="Maria Placeholder")
    )
    calls.open_incident(
        db,
        second,
        calls.NewCall(phone="01632 960412", address="7 Orchard Close", victim_name="Priya Sample"),
    )
    widget = ControlRoomView(DatabaseDesk(db, inspector), inspector, worker)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    return widget


def shown_victims(view: ControlRoomView) -> list[str]:
    column = view.model.column_of(VICTIM)
    return sorted(view.proxy.index(r, column).data() for r in range(view.proxy.rowCount()))


def test_shows_every_handlers_incidents_with_real_counts(view: ControlRoomView) -> None:
    handlers = {
        view.model.index(r, view.model.column_of(HANDLER)).data()
        for r in range(view.model.rowCount())
    }
    assert handlers == {"Handler1", "Handler2"}
    assert view.model.rowCount() == 3
    assert view.open_count.value.text() == "3"
    assert view.total_count.value.text() == "3"
    assert view.da_count.value.text() == "0"
    assert view.showing.text() == "Showing 3 of 3"


def test_text_filter_narrows_the_list(qtbot, view: ControlRoomView) -> None:
    qtbot.keyClicks(view.filter_edit, "orchard")
    assert shown_victims(view) == ["Priya Sample"]
    assert view.showing.text() == "Showing 1 of 3"
    view.filter_edit.clear()
    qtbot.keyClicks(view.filter_edit, "handler1")
    assert shown_victims(view) == ["Jane Example", "Maria Placeholder"]
    qtbot.keyClicks(view.filter_edit, " mill")
    assert shown_victims(view) == ["Jane Example"]
    assert view.total_count.value.text() == "3"  # counts are for the whole shift


def test_status_filter_offers_the_statuses_present(qtbot, view: ControlRoomView) -> None:
    labels = [view.status_combo.itemText(i) for i in range(view.status_combo.count())]
    assert labels == ["All statuses", "Open"]
    view.status_combo.setCurrentIndex(1)
    assert view.proxy.status == "open"
    assert view.proxy.rowCount() == 3


def test_refresh_picks_up_a_new_incident(qtbot, db, worker, view: ControlRoomView) -> None:
    third = make_actor(db, "handler3", "handler")
    calls.open_incident(db, third, calls.NewCall(phone="07700 900555"))
    view.refresh()
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    assert view.total_count.value.text() == "4"


def test_a_handler_is_refused_and_told_why(qtbot, db, worker, handler) -> None:
    widget = ControlRoomView(
        DatabaseDesk(db, handler), handler, worker
    )  # the service enforces the role
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    assert widget.model.rowCount() == 0
    assert widget.problem.isVisible()
    assert "Only inspectors" in widget.problem.text()


def test_sorting_by_a_column(qtbot, view: ControlRoomView) -> None:
    column = view.model.column_of(VICTIM)
    view.view.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    victims = [view.proxy.index(r, column).data() for r in range(view.proxy.rowCount())]
    assert victims == ["Jane Example", "Maria Placeholder", "Priya Sample"]
