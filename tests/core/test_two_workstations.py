"""Two workstations (two processes) act on the same incident at once: exactly one wins."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from callhandler.storage.closure_models import SignOff
from callhandler.storage.engine import Database
from callhandler.storage.models import Incident
from closure_helpers import PASSWORD, make_staff, new_incident, to_awaiting_sign_off

WORKSTATION = r"""
import json, os, sys, time
from pathlib import Path
from callhandler.services import signoff
from callhandler.services.context import Actor
from callhandler.services.incident_changes import ConcurrentChange
from callhandler.storage.engine import Database

url, user_id, username, action, incident_id, version, go = sys.argv[1:8]
db = Database(url)
actor = Actor(int(user_id), username, username.upper(), "inspector", f"ws-{username}")
with db.read() as warm:  # connect before the race starts
    pass
Path(go + "." + username).touch()  # ready: connected, waiting for the start
while not Path(go).exists():
    time.sleep(0.001)
try:
    if action == "finalise":
        signoff.finalise(db, actor, int(incident_id), int(version), password=os.environ["PW"])
    else:
        signoff.return_to_handler(db, actor, int(incident_id), int(version),
                                  reason="Please record the children's names.", password=os.environ["PW"])
    print(json.dumps({"who": username, "result": "won"}))
except ConcurrentChange as exc:
    print(json.dumps({"who": username, "result": "conflict", "message": str(exc)}))
db.dispose()
"""


def test_two_inspectors_signing_at_once_exactly_one_wins(
    db: Database, db_url: str, tmp_path: Path
) -> None:
    staff = make_staff(db)
    row = new_incident(db, staff.handler)
    version = to_awaiting_sign_off(db, staff.handler, row.id, row.version)
    go = tmp_path / "go"
    env = dict(os.environ, PW=PASSWORD)
    runs = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                WORKSTATION,
                db_url,
                str(who.user_id),
                who.username,
                action,
                str(row.id),
                str(version),
                str(go),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for who, action in ((staff.inspector, "finalise"), (staff.inspector2, "return"))
    ]
    ready = [tmp_path / f"go.{who.username}" for who in (staff.inspector, staff.inspector2)]
    deadline = time.monotonic() + 60
    while not all(path.exists() for path in ready):  # both connected and waiting
        assert all(run.poll() is None for run in runs), "a workstation process ended early"
        assert time.monotonic() < deadline, "the workstation processes never got ready"
        time.sleep(0.01)
    go.touch()
    outcomes = []
    for run in runs:
        out, err = run.communicate(timeout=60)
        assert run.returncode == 0, err
        outcomes.append(json.loads(out.strip().splitlines()[-1]))
    results = sorted(o["result"] for o in outcomes)
    assert results == ["conflict", "won"]
    winner = next(o for o in outcomes if o["result"] == "won")
    loser = next(o for o in outcomes if o["result"] == "conflict")
    assert f"changed by {winner['who']}" in loser["message"]
    assert "NOT saved" in loser["message"]
    with db.read() as session:
        decisions = session.execute(select(SignOff.inspector, SignOff.decision)).all()
        status = session.execute(select(Incident.status).where(Incident.id == row.id)).scalar_one()
        assert session.execute(select(func.count()).select_from(SignOff)).scalar_one() == 1
    assert decisions[0][0] == winner["who"]
    assert status == ("finalised" if winner["who"] == "i1" else "returned")
