"""The server goes down in the middle of a call on two workstations and comes back.

A private PostgreSQL 15 cluster (tests/pg_cluster.py) is started for this test alone, so
stopping it disturbs nobody. Two workstation processes (workstation_driver.py) take calls
against it; the server is stopped with ``pg_ctl stop -m fast`` while one waits in the
middle of a call and the other is busy taking calls (so some of its actions are cut off
mid-transaction); both carry on offline; the server is started again and both catch up.
Every incident and answer must be on the server exactly once, the offline incidents must
have real refs, nothing may be left queued, and the audit chain must verify.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select

from callhandler.storage.engine import Database
from callhandler.storage.migrate import upgrade
from callhandler.storage.models import AuditEvent, Incident
from callhandler.storage.sync_models import AppliedOp
from callhandler.storage.triage_models import GradeDecision, TriageAnswer
from callhandler.sync.cache import open_cache
from callhandler.sync.keys import new_key
from callhandler.sync.workstation import Workstation, server_database
from closure_helpers import PASSWORD, make_staff
from outage_helpers import CALL, conversation
from pg_cluster import PgCluster, required_cluster

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("workstation_driver.py")
CALLHANDLER = Path(sys.executable).with_name("callhandler")
TIMEOUT_S = 45
ONLINE_CALLS = 2
OFFLINE_CALLS = 3
EXPECTED_ANSWERS = ["da_abuse_types", "da_codeword", "da_coercive_behaviours", "da_weapon"]


@pytest.fixture
def cluster() -> Iterator[PgCluster]:
    with required_cluster() as started:
        yield started


class Driver:
    """One workstation process and its output, line by line, read on a thread."""

    def __init__(self, config: dict[str, Any], errors: Path) -> None:
        self.errors = errors
        env = dict(os.environ, PYTHONPATH=f"{ROOT}{os.pathsep}{ROOT / 'tests'}")
        with errors.open("w") as stderr:
            self.process = subprocess.Popen(
                [sys.executable, str(DRIVER), json.dumps(config)],
                cwd=ROOT,
                env=env,
                stdout=subprocess.PIPE,
                stderr=stderr,
                text=True,
            )
        self.lines: queue.Queue[str] = queue.Queue()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line)
        self.lines.put("")

    def expect(self, event: str) -> dict[str, Any]:
        try:
            line = self.lines.get(timeout=TIMEOUT_S)
        except queue.Empty:
            line = ""
        assert line, f"the workstation stopped before {event!r}:\n{self.errors.read_text()}"
        message: dict[str, Any] = json.loads(line)
        assert message["event"] == event, f"{message} instead of {event}"
        return message

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=TIMEOUT_S)
        self.reader.join(timeout=TIMEOUT_S)
        if self.process.stdout is not None:
            self.process.stdout.close()


def count(db: Database, model: type, *where: Any) -> int:
    with db.read_connection() as conn:
        return int(conn.execute(select(func.count()).select_from(model).where(*where)).scalar())  # type: ignore[arg-type]


def test_two_workstations_work_through_a_server_outage_and_everything_arrives_once(
    cluster: PgCluster, tmp_path: Path
) -> None:
    url = cluster.create_database("callhandler")
    server = Database(url)
    upgrade(server)
    staff = make_staff(server)
    control = tmp_path / "control"
    control.mkdir()
    drivers = [
        Driver(
            {
                "server": url,
                "username": actor.username,
                "password": PASSWORD,
                "workstation": f"ws-{number}",
                "number": number,
                "cache": str(tmp_path / f"cache-{number}.sqlite3"),
                "key": new_key(),
                "control": str(control),
                "online_calls": ONLINE_CALLS,
                "offline_calls": OFFLINE_CALLS,
                "busy": number == 2,
            },
            tmp_path / f"ws-{number}.err",
        )
        for number, actor in ((1, staff.handler), (2, staff.handler2))
    ]
    try:
        for d in drivers:
            d.expect("ready")
        for d in drivers:
            d.expect("mid-call")
        server.dispose()
        cluster.stop("fast")  # both are in the middle of a call
        (control / "stopped").touch()
        for d in drivers:
            offline = d.expect("offline-done")
            assert offline["online"] is False and offline["pending"] >= 4 * OFFLINE_CALLS
        cluster.start()
        (control / "restarted").touch()
        reports = [d.expect("done") for d in drivers]
        for d in drivers:
            assert d.process.wait(timeout=TIMEOUT_S) == 0, d.errors.read_text()
    finally:
        for d in drivers:
            d.close()

    calls = [call for report in reports for call in report["calls"]]
    ops = [op for report in reports for op in report["ops"]]
    assert len(calls) >= 2 * (ONLINE_CALLS + 1 + OFFLINE_CALLS)
    assert all(r["conflicts"] == 0 for r in reports)
    # Each cache caught up: the provisional rows were replaced by the server's.
    for report in reports:
        assert report["sync_problem"] == "" and report["synced"]
        assert not [ref for ref in report["cached_refs"] if ref.startswith("PENDING")]
        assert {c["ref"] for c in report["calls"]} <= set(report["cached_refs"])
    assert {op["status"] for op in ops} == {"applied"}, ops  # nothing left pending
    assert len(ops) == len({op["op_id"] for op in ops})

    offline_calls = [c for c in calls if not c["opened_online"]]
    assert len(offline_calls) == 2 * OFFLINE_CALLS
    assert all(c["provisional_ref"].startswith("PENDING-ws-") for c in offline_calls)
    assert all(c["ref"].startswith("CH") for c in calls), calls  # real refs, every one

    with server.read_connection() as conn:
        incidents = {
            row.ref: row
            for row in conn.execute(
                select(Incident.id, Incident.ref, Incident.grade, Incident.client_uuid)
            )
        }
        create_events = conn.execute(
            select(AuditEvent.entity_id, func.count())
            .where(AuditEvent.action == "create", AuditEvent.entity == "incident")
            .group_by(AuditEvent.entity_id)
        ).all()
        applied = set(conn.execute(select(AppliedOp.op_id)).scalars())
        offline_events = (
            conn.execute(select(AuditEvent.detail).where(AuditEvent.action == "offline_operation"))
            .scalars()
            .all()
        )
    # Every incident exactly once: no more on the server than the handlers opened.
    assert sorted(incidents) == sorted(c["ref"] for c in calls)
    assert all(n == 1 for _, n in create_events) and len(create_events) == len(calls)
    assert all(incidents[c["ref"]].client_uuid for c in offline_calls)
    for call in calls:
        incident_id = incidents[call["ref"]].id
        current = count(
            server,
            TriageAnswer,
            TriageAnswer.incident_id == incident_id,
            TriageAnswer.superseded_at.is_(None),
        )
        assert call["answers"] == EXPECTED_ANSWERS
        assert current == len(EXPECTED_ANSWERS), call
        assert count(server, TriageAnswer, TriageAnswer.incident_id == incident_id) == 4, call
        assert count(server, GradeDecision, GradeDecision.incident_id == incident_id) == 1, call
        assert incidents[call["ref"]].grade == call["grade"]
    # Every queued operation applied exactly once (op_id is applied_ops' primary key),
    # and audited once as made offline.
    assert {op["op_id"] for op in ops} <= applied
    made_offline = [json.loads(detail)["op_id"] for detail in offline_events]
    assert sorted(made_offline) == sorted(op["op_id"] for op in ops)

    verify = subprocess.run(
        [str(CALLHANDLER), "audit", "verify", "--db", url],
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
    )
    assert verify.returncode == 0, verify.stdout + verify.stderr
    server.dispose()


def test_a_server_stopped_inside_an_action_keeps_the_action_and_applies_it_once(
    cluster: PgCluster, tmp_path: Path
) -> None:
    url = cluster.create_database("callhandler")
    admin = Database(url)
    upgrade(admin)
    staff = make_staff(admin)
    admin.dispose()
    server = server_database(url)
    cache = open_cache(tmp_path / "cache.sqlite3", new_key())
    ws = Workstation(server, cache, staff.handler, probe_every_s=0.1)
    row = ws.open_call(CALL)
    assert ws.online and row.ref.startswith("CH")

    stopped: list[str] = []

    def stop_before_the_commit_goes(_conn: Any) -> None:
        if not stopped:  # the answers are written; the server dies before they commit
            stopped.append(row.ref)
            cluster.stop("fast")

    event.listen(server.engine, "commit", stop_before_the_commit_goes)
    answers = ws.record_answers(row.id, conversation())
    event.remove(server.engine, "commit", stop_before_the_commit_goes)
    assert stopped and answers.added == 4  # kept here: the handler noticed nothing but this
    state = ws.state()
    assert not state.online and state.pending == 1 and "OFFLINE" in state.describe()
    assert "Cannot reach the database server" in state.last_error

    cluster.start()
    deadline = time.monotonic() + TIMEOUT_S  # the workstation probes every 0.1 s
    while ws.tick().pending and time.monotonic() < deadline:
        time.sleep(0.02)
    assert ws.state().pending == 0 and ws.online
    with server.read_connection() as conn:
        assert conn.execute(select(func.count()).select_from(TriageAnswer)).scalar() == 4
        assert conn.execute(select(func.count()).select_from(AppliedOp)).scalar() == 2
        made_offline = conn.execute(
            select(func.count()).where(AuditEvent.action == "offline_operation")
        ).scalar()
    assert made_offline == 1
    cache.dispose()
    server.dispose()
