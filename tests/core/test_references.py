"""Live references come from a per-day counter; nothing imported can stop calls being opened.

Measured before: the next reference was the text maximum of the day's references plus one,
so one imported ``CH<today>-ZZZZ`` (or ``-9999``) stopped every new call for the rest of
the day, and the 10,001st call of a day failed (``-10000`` sorts below ``-9999``).
"""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from sqlalchemy import insert, text

from callhandler.importing.run import import_file
from callhandler.services import audit_key, calls
from callhandler.services.context import Actor, system_actor
from callhandler.storage.engine import Database
from callhandler.storage.models import Incident

ACTOR = Actor(None, "h1", "H1", "handler", "ws-1")
HEADER = (
    "incident_ref,opened_at,closed_at,phone,address,postcode,uprn,category,domestic_abuse,"
    "grade,risk_level,children_present,victim_name,victim_dob,suspect_name,suspect_dob,"
    "markers,summary"
)


def import_refs(db: Database, refs: list[str], folder: Path) -> None:
    """The force's export, imported: one earlier incident per reference given."""
    lines = [HEADER] + [
        f"{ref},2026-10-01T09:00:00Z,,07700 900{n:03d},{n} Mill Road,CB1 2AD,,domestic abuse,"
        "true,2,standard,no,Jane Example,,John Example,,,"
        for n, ref in enumerate(refs)
    ]
    path = folder / "export.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = import_file(db, system_actor("import"), path)
    assert (result.imported, len(result.rejected)) == (len(refs), 0), result.rejected


def today() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%d")


def open_call(db: Database, n: int = 0) -> str:
    return calls.open_incident(db, ACTOR, calls.NewCall(phone=f"07700 900{n % 1000:03d}")).ref


@pytest.mark.parametrize("imported", ["ZZZZ", "9999", "0002"])
def test_an_imported_reference_of_today_does_not_stop_calls(
    db: Database, imported: str, tmp_path: Path
) -> None:
    import_refs(db, [f"CH{today()}-{imported}"], tmp_path)
    refs = [open_call(db, n) for n in range(3)]
    assert len(set(refs)) == 3
    assert f"CH{today()}-{imported}" not in refs
    expected = ["0001", "0003", "0004"] if imported == "0002" else ["0001", "0002", "0003"]
    assert refs == [f"CH{today()}-{n}" for n in expected]


def test_the_ten_thousand_and_first_call_of_a_day_opens(db: Database) -> None:
    day = today()
    opened = dt.datetime.now(dt.UTC)
    rows = [
        {
            "ref": f"CH{day}-{n:04d}",
            "opened_at": opened,
            "category": "call in progress",
            "domestic_abuse": False,
            "risk_level": "none",
            "children_present": False,
            "status": "open",
            "summary": "",
            "source": "live",
            "version_id": 1,
        }
        for n in range(1, 10_001)
    ]
    with db.write() as session:
        session.execute(insert(Incident), rows)  # ten thousand calls already taken today
        session.execute(
            text("INSERT INTO incident_ref_counters (day, last_number) VALUES (:d, 10000)"),
            {"d": day},
        )
    assert [open_call(db, 1), open_call(db, 2)] == [f"CH{day}-10001", f"CH{day}-10002"]


def test_an_imported_reference_past_the_counter_is_stepped_over(
    db: Database, tmp_path: Path
) -> None:
    day = today()
    with db.write() as session:
        session.execute(
            text("INSERT INTO incident_ref_counters (day, last_number) VALUES (:d, 9998)"),
            {"d": day},
        )
    import_refs(db, [f"CH{day}-9999", f"CH{day}-10000"], tmp_path)
    assert [open_call(db, 1), open_call(db, 2)] == [f"CH{day}-10001", f"CH{day}-10002"]


def test_a_call_that_fails_gives_its_number_back(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = open_call(db, 1)
    # Refused inside its transaction, after its number was taken (the audit key is wrong).
    monkeypatch.setenv(audit_key.KEY_ENV, "ab" * 32)
    with pytest.raises(audit_key.AuditKeyMismatch):
        open_call(db, 2)
    monkeypatch.delenv(audit_key.KEY_ENV)
    assert open_call(db, 3) == first[:-4] + "0002"


def test_workstations_opening_calls_at_once_never_share_a_number(db: Database) -> None:
    refs: list[str] = []
    problems: list[BaseException] = []

    def take_calls(worker: int) -> None:
        try:
            for n in range(15):
                refs.append(open_call(db, worker * 100 + n))
        except BaseException as exc:  # reported below, not lost in the thread
            problems.append(exc)

    threads = [threading.Thread(target=take_calls, args=(w,)) for w in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert problems == []
    assert sorted(refs) == [f"CH{today()}-{n:04d}" for n in range(1, 46)]
