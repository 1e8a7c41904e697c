"""One handler's workstation in a process of its own, for test_outage.

``python workstation_driver.py CONFIG_JSON``: sign in to the server, open the encrypted
cache, take calls online, open one more and answer its first questions, print
``mid-call`` and wait for the file ``stopped`` (the test stops the server; a ``busy``
workstation does not wait but keeps taking calls), carry on offline (the rest of that
call and new calls until some were opened offline), print ``offline-done``, wait for
``restarted``, tick until everything queued has reached the server, and print one JSON
line of what was done: every incident (its ref, the answers and grade given) and every
queued operation.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

from sqlalchemy import select

from callhandler.domain.conversation import Conversation
from callhandler.domain.grading import recommend
from callhandler.domain.policy import shipped_policy
from callhandler.domain.scripts import shipped_script
from callhandler.services import accounts
from callhandler.services.calls import NewCall
from callhandler.services.history import HistoryQuery
from callhandler.storage.models import Incident
from callhandler.sync import outbox
from callhandler.sync.cache import open_cache
from callhandler.sync.workstation import Workstation, server_database

FIRST = (("da_weapon", "n"), ("da_abuse_types", "3"))
SECOND = (("da_coercive_behaviours", "2"),)
CODEWORD = ("da_codeword", "bluebell")


def say(event: str, **more: Any) -> None:
    print(json.dumps({"event": event, **more}), flush=True)


def wait_for(path: Path, ws: Workstation, timeout_s: float = 60) -> None:
    deadline = time.monotonic() + timeout_s
    while not path.exists():
        if time.monotonic() > deadline:
            raise SystemExit(f"gave up waiting for {path}")
        ws.tick()
        time.sleep(0.05)


class Handler:
    """Takes calls through the workstation and remembers what it gave."""

    def __init__(self, ws: Workstation, number: int) -> None:
        self.ws = ws
        self.number = number
        self.calls: list[dict[str, Any]] = []

    def open(self) -> dict[str, Any]:
        n = len(self.calls) + 1
        row = self.ws.open_call(
            NewCall(
                phone=f"07700 9{self.number}{n:04d}",
                address=f"{n} Outage Road",
                postcode="CB1 2AD",
                victim_name=f"Victim {self.number}-{n}",
            )
        )
        self.ws.previous_calls(HistoryQuery(phone=f"07700 9{self.number}{n:04d}"))
        call = {
            "id": row.id,
            "ref": row.ref,
            "version": row.version,
            "online": row.id > 0,  # on the server; offline ones are provisional (< 0)
            "conversation": Conversation.start(shipped_script("domestic_abuse")),
        }
        self.calls.append(call)
        return call

    def answer(self, call: dict[str, Any], keys: tuple[tuple[str, str], ...]) -> None:
        c: Conversation = call["conversation"]
        for question, key in keys:
            c = c.press(question, key)
        if keys is SECOND:
            c = c.answer(*CODEWORD)  # free text: the codeword agreed with the caller
        call["conversation"] = c
        self.ws.record_answers(call["id"], c)

    def grade(self, call: dict[str, Any]) -> None:
        c: Conversation = call["conversation"]
        rec = recommend(c.facts, None, shipped_policy())
        decision = self.ws.decide_grade(
            call["id"], rec, rec.grade, expected_version=call["version"]
        )
        call["grade"] = decision.chosen_grade

    def whole_call(self) -> None:
        call = self.open()
        self.answer(call, FIRST)
        self.ws.tick()
        self.answer(call, SECOND)
        self.grade(call)
        self.ws.tick()

    def report(self) -> list[dict[str, Any]]:
        done = []
        for call in self.calls:
            known = self.ws.server_incident(call["id"]) if call["id"] < 0 else None
            done.append(
                {
                    "id": call["id"],
                    "ref": known[1] if known else call["ref"],
                    "provisional_ref": call["ref"] if call["id"] < 0 else None,
                    "opened_online": call["online"],
                    "answers": sorted(a.question_id for a in call["conversation"].all_answers),
                    "grade": call.get("grade"),
                }
            )
        return done


def main() -> None:
    config = json.loads(sys.argv[1])
    control = Path(config["control"])
    server = server_database(config["server"])
    actor = accounts.authenticate(
        server, config["username"], config["password"], config["workstation"], failure_delay_s=0
    )
    cache = open_cache(config["cache"], config["key"])
    ws = Workstation(server, cache, actor, probe_every_s=0.5)
    ws.tick(force=True)
    handler = Handler(ws, config["number"])
    say("ready")
    for _ in range(config["online_calls"]):
        handler.whole_call()
    assert ws.online, "the server was up: these calls went straight to it"

    call = handler.open()
    handler.answer(call, FIRST)
    say("mid-call", ref=call["ref"])
    if not config["busy"]:
        wait_for(control / "stopped", ws)  # the server is gone: the next action finds out
    handler.answer(call, SECOND)
    handler.grade(call)
    # A busy workstation keeps taking calls while the server stops under it: some of its
    # actions are cut off mid-transaction, or committed without the answer coming back.
    deadline = time.monotonic() + 30
    while sum(1 for c in handler.calls if not c["online"]) < config["offline_calls"]:
        if time.monotonic() > deadline:
            raise SystemExit("the server never went away")
        handler.whole_call()
    state = ws.state()
    say("offline-done", online=state.online, pending=state.pending)

    wait_for(control / "restarted", ws)
    deadline = time.monotonic() + 30
    while True:
        state = ws.tick()
        if state.online and state.pending == 0:
            break
        if time.monotonic() > deadline:
            raise SystemExit(f"not caught up after 30 s: {state.describe()}")
        time.sleep(0.1)
    ops = [
        {"op_id": e.op_id, "kind": e.kind, "status": e.status, "message": e.message}
        for e in outbox.entries(cache)
    ]
    with cache.read_connection() as conn:
        cached = sorted(conn.execute(select(Incident.ref)).scalars())
    say(
        "done",
        calls=handler.report(),
        ops=ops,
        conflicts=len(state.conflicts),
        sync_problem=state.sync_problem,
        synced=state.last_synced_at is not None,
        cached_refs=cached,
    )
    cache.dispose()
    server.dispose()


if __name__ == "__main__":
    main()
