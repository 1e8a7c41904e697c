"""The history panel fills in from typed input, off the GUI thread, newest answer only."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from builders import add_incident
from callhandler.desk import DatabaseDesk
from callhandler.services import accounts
from callhandler.services.context import Actor, system_actor
from callhandler.services.history import HistoryQuery
from callhandler.storage.engine import Database
from signin_helpers import PASSWORD
from ui.call.history_panel import HistoryPanel
from ui.models.history_table import HistoryTableModel
from ui.worker import Worker

TODAY = dt.datetime.now(dt.UTC)


@pytest.fixture
def handler(db: Database) -> Actor:
    accounts.create_user(db, system_actor(), "h1", "Handler One", "handler", PASSWORD)
    return accounts.authenticate(db, "h1", PASSWORD, "ws-1", failure_delay_s=0)


@pytest.fixture
def panel(qtbot: QtBot, db: Database, handler: Actor) -> Iterator[HistoryPanel]:
    add_incident(
        db,
        "H-1",
        days_ago=300,
        now=TODAY,
        phone="07700 900123",
        address="Flat 2, 14 Mill Road",
        postcode="CB1 2AD",
        risk_level="medium",
        children=True,
        people=[("victim", "Jane Example"), ("suspect", "John Example")],
    )
    add_incident(
        db,
        "H-2",
        days_ago=20,
        now=TODAY,
        phone="07700 900123",
        address="14 Mill Rd Flat 2",
        postcode="CB1 2AD",
        risk_level="high",
        markers=[("address", "high_risk_da_victim")],
        people=[("victim", "Jane Example"), ("suspect", "John Example")],
    )
    worker = Worker()
    widget = HistoryPanel(DatabaseDesk(db, handler), worker)
    qtbot.addWidget(widget)
    yield widget
    worker.shutdown()


def test_typing_a_number_fills_the_panel_with_banners_first(
    qtbot: QtBot, panel: HistoryPanel
) -> None:
    with qtbot.waitSignal(panel.result_shown, timeout=5000) as shown:
        panel.set_query(HistoryQuery(phone="07700 900"))  # still typing: no full number yet
        panel.set_query(HistoryQuery(phone="07700 900 123"))
    result = shown.args[0]
    assert result.query.phone == "+447700900123"
    assert panel.exact_model.rowCount() == 2
    assert [c.incident_ref for c in panel.exact_model.rows()] == ["H-2", "H-1"]
    banners = panel.banner_texts()
    assert banners[0].startswith("⚠ HIGH-RISK DOMESTIC ABUSE VICTIM")
    assert any("REPEAT VICTIM" in b for b in banners)
    assert any("CHILDREN" in b for b in banners)
    assert any("HIGH" in b and "Last risk" in b for b in banners)


def test_the_gui_thread_keeps_running_while_the_look_up_works(
    qtbot: QtBot, panel: HistoryPanel
) -> None:
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    panel.set_query(HistoryQuery(address="flat 2 14 mill road", postcode="cb12ad"))
    # set_query only starts the pause timer: nothing was looked up on the GUI thread
    assert panel._timer.isActive() and panel.last_result is None and not panel._worker.busy
    with qtbot.waitSignal(panel.result_shown, timeout=5000):
        pass
    timer.stop()
    assert len(ticks) >= 5  # the event loop ticked while the history was fetched
    assert panel.exact_model.rowCount() == 2


def test_a_stale_answer_is_never_shown(qtbot: QtBot, panel: HistoryPanel) -> None:
    panel.set_query(HistoryQuery(phone="07700 900123"))
    panel.look_up_now()
    panel.set_query(HistoryQuery(phone="07700 900999"))  # typed on before the reply came
    with qtbot.waitSignal(panel.result_shown, timeout=5000) as shown:
        pass
    assert shown.args[0].query.phone == "+447700900999"
    assert panel.exact_model.rowCount() == 0
    assert "No previous calls" in panel.banner_texts()[-1]


def test_a_typo_shows_possible_matches_apart_from_exact_ones(
    qtbot: QtBot, panel: HistoryPanel
) -> None:
    with qtbot.waitSignal(panel.result_shown, timeout=5000):
        panel.set_query(HistoryQuery(address="Flat 2 14 Mil Road", postcode="CB1 2AD"))
    assert panel.exact_model.rowCount() == 0
    assert panel.possible_model.rowCount() == 2
    assert not panel.possible_view.isHidden()


def test_short_or_nasty_input_does_no_search(qtbot: QtBot, panel: HistoryPanel) -> None:
    with qtbot.waitSignal(panel._timer.timeout, timeout=5000):  # the pause has passed
        panel.set_query(HistoryQuery(address="ab"))
    assert not panel._worker.busy  # too short: nothing was sent to be looked up
    assert panel.last_result is None
    with qtbot.waitSignal(panel.result_shown, timeout=5000) as shown:
        panel.set_query(HistoryQuery(phone="'; DROP TABLE incidents; --", address="🏠" * 5000))
    assert shown.args[0].exact == ()
    assert "not a telephone number" in panel.status.text()


def test_history_models_pass_the_model_tester(
    qtmodeltester, qtbot: QtBot, panel: HistoryPanel
) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(HistoryTableModel())
    with qtbot.waitSignal(panel.result_shown, timeout=5000):
        panel.set_query(HistoryQuery(phone="07700900123"))
    qtmodeltester.check(panel.exact_model)
    qtmodeltester.check(panel.possible_model)
