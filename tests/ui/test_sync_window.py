"""The handler's window on a control-room workstation: the call through the encrypted cache,
through an outage and back, the status bar saying which, and conflicts resolved in a dialog.

PostgreSQL only (the shared server); skipped without CALLHANDLER_TEST_PG. The outage is a
workstation pointed at a local port nothing listens on (connecting is refused at once),
then back at the real server; and a private cluster (tests/pg_cluster.py) really stopped
and started under an idle window. tests/e2e/test_outage.py stops one mid-call.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from builders import add_incident
from callhandler.desk import WorkstationDesk
from callhandler.services import calls, triage
from callhandler.services.context import Actor
from callhandler.storage.engine import Database
from callhandler.storage.migrate import upgrade
from callhandler.storage.models import AuditEvent, Incident
from callhandler.storage.triage_models import GradeDecision
from callhandler.sync.cache import open_cache
from callhandler.sync.keys import new_key
from callhandler.sync.workstation import Workstation, server_database
from outage_helpers import closed_port_url, conversation, recommendation
from pg_cluster import PgCluster, required_cluster
from sync_helpers import PG_ENV, empty_pg
from ui.call.call_workspace import CallWorkspace
from ui.call.handler_view import HandlerView
from ui.main_window import MainWindow, build_main_window
from ui.worker import Worker
from uitools import WAIT_MS, make_actor

pytestmark = pytest.mark.skipif(not os.environ.get(PG_ENV), reason=f"needs {PG_ENV}")

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def server(request: pytest.FixtureRequest) -> Iterator[Database]:
    url: str = request.getfixturevalue("pg_database_url")
    empty_pg(url)
    database = server_database(url)
    yield database
    database.dispose()


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Database]:
    database = open_cache(tmp_path / "cache.sqlite3", new_key())
    yield database
    database.dispose()


@pytest.fixture
def worker(server: Database, cache: Database, qapp: object) -> Iterator[Worker]:
    """Shut down (jobs finished) before the databases go."""
    background = Worker()
    yield background
    assert background.shutdown(WAIT_MS)


@pytest.fixture
def unreachable() -> Iterator[Database]:
    database = server_database(closed_port_url())
    yield database
    database.dispose()


@pytest.fixture
def handler(server: Database) -> Actor:
    return make_actor(server, "handler1", "handler")


@pytest.fixture
def ws(server: Database, cache: Database, handler: Actor) -> Workstation:
    return Workstation(server, cache, handler, probe_every_s=0)


@pytest.fixture
def window(qtbot, server, worker, handler, ws) -> Iterator[MainWindow]:
    main = build_main_window(server, handler, worker, WorkstationDesk(ws))
    qtbot.addWidget(main)
    main.resize(1400, 850)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow, timeout=WAIT_MS)
    assert main.sync is not None
    qtbot.waitUntil(lambda: main.sync.state is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    yield main
    main.sync.stop()


def workspace_of(window: MainWindow) -> CallWorkspace:
    assert isinstance(window.view, HandlerView)
    return window.view.workspace


def keys(qtbot, text: str) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None, "nothing has the keyboard focus"
    qtbot.keyClicks(focused, text)


def press(qtbot, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None, "nothing has the keyboard focus"
    qtbot.keyClick(focused, key, modifiers)


def sync(qtbot, window: MainWindow, worker: Worker) -> str:
    """One tick now (on the worker); the indicator's text once it has answered."""
    assert window.sync is not None
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    with qtbot.waitSignal(window.sync.synced, timeout=WAIT_MS):
        window.sync.sync_now()
    return window.sync.indicator.text()


def set_server(qtbot, worker: Worker, ws: Workstation, database: Database) -> None:
    """The network goes or comes back (only while the worker is idle: not thread-safe)."""
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    ws.server = database


def take_call(qtbot, window: MainWindow, worker: Worker, number: str) -> object:
    """From the keyboard: number, open, four script answers, Ctrl+G at the recommended
    grade (1: a weapon); returns the IncidentRow the form opened."""
    workspace = workspace_of(window)
    workspace.form.editors["phone"].setFocus()
    keys(qtbot, number)
    with qtbot.waitSignal(workspace.form.incident_opened, timeout=WAIT_MS) as opened:
        press(qtbot, Qt.Key.Key_Return, CTRL)
    assert QApplication.focusWidget() is workspace.script.card
    keys(qtbot, "1yny")  # talking, can speak freely, suspect not there, a weapon
    assert workspace.recommendation.grade_number.text() == "1"
    press(qtbot, Qt.Key.Key_G, CTRL)
    dialog = workspace.override_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.radios[1], timeout=WAIT_MS)
    press(qtbot, Qt.Key.Key_Return, CTRL)  # the recommended grade: no reason needed
    qtbot.waitUntil(
        lambda: workspace.dispatch_dialog is not None and workspace.dispatch_dialog.isVisible(),
        timeout=WAIT_MS,
    )
    return opened.args[0]


def dispatch(qtbot, workspace: CallWorkspace, worker: Worker) -> None:
    dialog = workspace.dispatch_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.officers_edit, "PC4521")
    qtbot.keyClick(dialog.officers_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)


def test_online_a_whole_call_from_the_keyboard_through_the_cache(
    qtbot, window, server, cache, worker, handler
) -> None:
    add_incident(server, "OLD-1", days_ago=30, phone="07700 900461", children=True)
    assert "Online · cache synced" in sync(qtbot, window, worker)
    workspace = workspace_of(window)
    with qtbot.waitSignal(workspace.history.result_shown, timeout=WAIT_MS) as shown:
        workspace.form.editors["phone"].setFocus()
        keys(qtbot, "07700 900461")
    assert [c.incident_ref for c in shown.args[0].exact] == ["OLD-1"]  # from the cache

    workspace.form.clear()
    row = take_call(qtbot, window, worker, "07700 900461")
    assert row.ref.startswith("CH") and not window.view.provisional.isVisible()
    dispatch(qtbot, workspace, worker)
    qtbot.waitUntil(lambda: workspace.incident is None, timeout=WAIT_MS)
    assert "dispatched" in workspace.form.message.text()
    on_server = next(r for r in calls.shift_incidents(server, handler) if r.id == row.id)
    assert (on_server.status, on_server.grade) == ("dispatched", 1)
    answers = {a.question_id for a in triage.answers_for(server, handler, row.id)}
    assert answers == {"fc_call_type", "fc_can_speak", "fc_suspect_present", "fc_weapon"}
    assert window.sync.state is not None and window.sync.state.pending == 0


def test_offline_the_call_goes_on_and_arrives_once_when_the_server_is_back(
    qtbot, window, server, worker, handler, ws, unreachable
) -> None:
    set_server(qtbot, worker, ws, unreachable)  # the network goes in the middle of a call
    workspace = workspace_of(window)
    row = take_call(qtbot, window, worker, "07700 900999")
    text = sync(qtbot, window, worker)
    assert text.startswith("OFFLINE since") and "working from the local cache" in text
    assert window.sync.indicator.property("tone") == "danger"  # red (theme), not missed
    assert row.ref.startswith("PENDING-") and row.id < 0
    assert "ON THIS WORKSTATION ONLY" in workspace.form.message.text()
    assert workspace.form.message.property("tone") == "warning"  # amber: provisional
    dispatch(qtbot, workspace, worker)  # dispatch needs the server: said plainly, kept
    decision = workspace.recommendation.decision.text()
    assert "Not dispatched" in decision and "needs the server" in decision
    assert workspace.incident is not None

    text = sync(qtbot, window, worker)  # the dispatch refusal left the state as it was
    pending = window.sync.state.pending  # what that tick found
    assert pending >= 3  # opened, answers, grade (and the audited look-ups)
    assert f"{pending} actions waiting to send" in text
    assert window.view.provisional.isVisible() and row.ref in window.view.provisional.text()
    # "My incidents" is the server's list: it waits, says why, and holds no provisional row.
    shift = window.view.shift
    assert not shift.problem.isHidden() and shift.problem.text().startswith("OFFLINE")
    assert not shift.poller.timer.isActive()
    assert all(not r.ref.startswith("PENDING") for r in shift.model.rows())
    with server.read() as session:
        assert session.execute(select(func.count()).select_from(Incident)).scalar() == 0

    set_server(qtbot, worker, ws, server)
    text = sync(qtbot, window, worker)
    assert text.startswith("Online · cache synced") and "waiting" not in text
    qtbot.waitUntil(lambda: not workspace.incident.ref.startswith("PENDING"), timeout=WAIT_MS)
    real = workspace.incident.ref
    assert real.startswith("CH") and "reached the server" in workspace.form.message.text()
    assert not window.view.provisional.isVisible()
    qtbot.waitUntil(lambda: [r.ref for r in shift.model.rows()] == [real], timeout=WAIT_MS)
    assert shift.problem.isHidden() and shift.poller.timer.isActive()
    with server.read() as session:
        incidents = session.execute(select(Incident.id, Incident.ref)).all()
        assert [ref for _id, ref in incidents] == [real]  # exactly once
        server_id = incidents[0][0]
        decisions = session.execute(
            select(GradeDecision.chosen_grade).where(GradeDecision.incident_id == server_id)
        ).all()
        assert [d for (d,) in decisions] == [1]
    answers = {a.question_id for a in triage.answers_for(server, handler, server_id)}
    assert answers == {"fc_call_type", "fc_can_speak", "fc_suspect_present", "fc_weapon"}

    # Back online, the handler can now dispatch the same call (Ctrl+D).
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    workspace.script.focus_question()
    press(qtbot, Qt.Key.Key_D, CTRL)
    dispatch(qtbot, workspace, worker)
    qtbot.waitUntil(lambda: workspace.incident is None, timeout=WAIT_MS)
    on_server = calls.shift_incidents(server, handler)[0]
    assert (on_server.ref, on_server.status) == (real, "dispatched")


def make_conflict(
    qtbot, window: MainWindow, server: Database, worker: Worker, ws: Workstation, unreachable
) -> str:
    """A grade decided here offline on an incident another workstation graded meanwhile."""
    other = make_actor(server, "handler2", "handler", workstation="ws-2")
    shared = calls.open_incident(server, other, calls.NewCall(phone="07700 900321"))
    c = conversation()
    rec = recommendation(c)
    sync(qtbot, window, worker)  # the cache has the incident
    set_server(qtbot, worker, ws, unreachable)
    done: list[object] = []
    worker.submit(
        ws.decide_grade,
        shared.id,
        rec,
        rec.grade,
        expected_version=shared.version,
        on_done=done.append,
    )
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT_MS)
    triage.decide_grade(
        server, other, shared.id, rec, 1, "Caller rang back: he is at the door now.",
        expected_version=shared.version,
    )  # fmt: skip
    set_server(qtbot, worker, ws, server)
    sync(qtbot, window, worker)
    return shared.ref


def test_a_conflict_is_listed_and_discarding_it_needs_a_reason(
    qtbot, window, server, worker, ws, unreachable
) -> None:
    ref = make_conflict(qtbot, window, server, worker, ws, unreachable)
    status = window.sync
    assert status is not None
    assert status.conflicts_button.isVisible()
    assert status.conflicts_button.text() == "1 conflict (F9)"

    press(qtbot, Qt.Key.Key_F9)
    dialog = status.dialog
    assert dialog is not None and dialog.isVisible()
    cells = [dialog.table.item(0, c).text() for c in range(4)]
    assert cells[0] == ref and cells[1] == "decide the grade"
    assert cells[2]  # the server's own words
    assert dialog.table.rowCount() == 1

    dialog.reason.setText("no")
    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)  # the core checks the reason
    assert "Write why" in dialog.message.text() and dialog.message.property("error")
    assert QApplication.focusWidget() is dialog.reason
    assert len(ws.state().conflicts) == 1  # never dropped without a reason

    dialog.reason.setText("The other handler's Grade 1 stands; mine was superseded.")
    with qtbot.waitSignal(status.synced, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 0 and "No conflicts left" in dialog.message.text()
    assert not status.conflicts_button.isVisible()
    with server.read() as session:
        detail = session.execute(
            select(AuditEvent.detail).where(AuditEvent.action == "discard_offline_operation")
        ).scalar_one()
    assert "superseded" in json.dumps(json.loads(detail))


def test_retrying_a_refused_grade_sends_it_on_the_servers_version(
    qtbot, window, server, worker, ws, unreachable
) -> None:
    make_conflict(qtbot, window, server, worker, ws, unreachable)
    window.sync.show_conflicts()
    dialog = window.sync.dialog
    with qtbot.waitSignal(window.sync.synced, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 0
    with server.read() as session:
        grades = session.execute(select(GradeDecision.chosen_grade)).scalars().all()
    mine = recommendation(conversation()).grade
    assert sorted(grades) == sorted([1, mine])  # theirs, then this workstation's, both kept


@pytest.fixture
def cluster() -> Iterator[PgCluster]:
    with required_cluster() as started:
        yield started


def test_a_real_server_stopping_turns_the_window_offline_and_starting_it_brings_it_back(
    qtbot, cluster: PgCluster, tmp_path: Path, qapp
) -> None:
    """No action needed: the status bar notices on its own, from the periodic sync."""
    url = cluster.create_database("callhandler")
    server = server_database(url)
    cache = open_cache(tmp_path / "own-cache.sqlite3", new_key())
    worker = Worker()
    try:
        upgrade(server)
        handler = make_actor(server, "handler1", "handler")
        ws = Workstation(server, cache, handler, probe_every_s=0)
        window = build_main_window(server, handler, worker, WorkstationDesk(ws))
        qtbot.addWidget(window)
        window.show()
        status = window.sync
        assert status is not None
        status.poller.timer.setInterval(100)
        qtbot.waitUntil(lambda: status.text().startswith("Online · cache synced"), timeout=WAIT_MS)

        cluster.stop()
        qtbot.waitUntil(lambda: status.text().startswith("OFFLINE since"), timeout=WAIT_MS)
        assert "last sync failed" not in status.text()
        assert not window.view.shift.poller.timer.isActive()

        cluster.start()
        qtbot.waitUntil(lambda: status.text().startswith("Online · cache synced"), timeout=WAIT_MS)
        assert window.view.shift.poller.timer.isActive()
        status.stop()
        window.view.stop()
        window.overdue.stop()
    finally:
        assert worker.shutdown(WAIT_MS)
        cache.dispose()
        server.dispose()
