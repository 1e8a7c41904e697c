"""Every way a write reaches incidents / incident_people / people, and ``person_latest``
(migration 0019) following it: what an inspector's lists read as each person's latest
address and latest risk level as a victim must be what the incidents say.

Each test drives a path the application really uses (calls taken, details corrected, a
match confirmed, risk answered at closure and the record signed off, the CSV import of new
and changed rows, the synthetic seed topping up a database with live calls) and compares
the table with a plain recomputation from every link (``expected``). The PostgreSQL-only
tests at the end are attacks: two transactions at once, and a workstation's own database
role writing rows directly.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select, text, update
from sqlalchemy.engine import Connection, Engine, make_url

from builders import NOW, add_incident
from callhandler import cli
from callhandler.errors import DatabaseError
from callhandler.importing.run import import_file
from callhandler.services import calls, oversight, people, signoff
from callhandler.services.calls import NewCall
from callhandler.services.context import Actor, system_actor
from callhandler.storage.engine import Database
from callhandler.storage.models import Incident, IncidentPerson, Person
from callhandler.storage.person_latest import rebuild_person_latest
from callhandler.storage.roles import WORKSTATION_ROLE
from callhandler.sync.pull import sync_once
from callhandler.synthetic.seeding import seed
from closure_helpers import PASSWORD, Staff, make_staff, to_awaiting_sign_off

INSPECTOR = Actor(None, "insp", "Inspector Ives", "inspector", "test-ws")
Latest = tuple[Any, ...]  # address incident, its time, address; risk incident, time, level


def _utc(value: Any) -> Any:
    """A stored time as an aware UTC datetime (SQLite text, or naive UTC from a raw read)."""
    if value is None:
        return None
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def expected(db: Database) -> dict[int, Latest]:
    """Each person's latest incident with an address (any part) and latest risk level as
    a victim (a level other than 'none'), by opened time then id, from every link; people
    with neither are left out."""
    with db.read() as session:
        links = session.execute(
            select(
                IncidentPerson.person_id,
                IncidentPerson.role,
                Incident.opened_at,
                Incident.id,
                Incident.address_id,
                Incident.risk_level,
            ).join(Incident, Incident.id == IncidentPerson.incident_id)
        ).all()
    best: dict[int, list[Any]] = {}
    for pid, role, at, iid, address, risk in links:
        mine = best.setdefault(pid, [None, None])
        if address is not None and (mine[0] is None or (at, iid) > mine[0][:2]):
            mine[0] = (at, iid, address)
        if role == "victim" and risk != "none" and (mine[1] is None or (at, iid) > mine[1][:2]):
            mine[1] = (at, iid, risk)
    found: dict[int, Latest] = {}
    for pid, (a, r) in best.items():
        if a or r:
            found[pid] = (
                *((a[1], _utc(a[0]), a[2]) if a else (None, None, None)),
                *((r[1], _utc(r[0]), r[2]) if r else (None, None, None)),
            )
    return found


def stored(db: Database) -> dict[int, Latest]:
    """person_latest as the lists read it (rows with neither part left out)."""
    with db.read() as session:
        rows = session.execute(
            text(
                "SELECT person_id, address_incident_id, address_opened_at, address_id,"
                " risk_incident_id, risk_opened_at, risk_level FROM person_latest"
                " WHERE address_incident_id IS NOT NULL OR risk_incident_id IS NOT NULL"
            )
        ).all()
    return {r[0]: (r[1], _utc(r[2]), r[3], r[4], _utc(r[5]), r[6]) for r in rows}


def follows(db: Database) -> None:
    """person_latest says what the incidents say (the difference shown when not)."""
    have, want = stored(db), expected(db)
    wrong = {
        pid: {"stored": have.get(pid), "incidents say": want.get(pid)}
        for pid in set(have) | set(want)
        if have.get(pid) != want.get(pid)
    }
    assert not wrong, f"person_latest differs from the incidents: {wrong}"


def person_id(db: Database, name: str) -> int:
    with db.read() as session:
        return session.execute(select(Person.id).where(Person.name == name)).scalars().one()


def high_risk(db: Database, inspector: Actor) -> dict[str, str]:
    rows = oversight.high_risk_victims(db, inspector, now=dt.datetime.now(dt.UTC))
    return {r.name: r.latest_risk_level for r in rows}


# -- the call-taking services ---------------------------------------------------------


@pytest.fixture
def staff(db: Database) -> Staff:
    return make_staff(db)


def _call(
    db: Database, handler: Actor, victim: str, address: str, **more: str
) -> calls.IncidentRow:
    return calls.open_incident(
        db,
        handler,
        NewCall(
            phone="07700 900123", address=address, postcode="CB1 2AD", victim_name=victim, **more
        ),
    )


def test_calls_taken_and_their_details_corrected_keep_each_persons_latest(
    db: Database, staff: Staff
) -> None:
    dob = {"victim_dob": "01/02/1980"}
    first = _call(db, staff.handler, "Vera Vale", "1 Ash Road", **dob)
    follows(db)
    second = _call(db, staff.handler2, "Vera Vale", "2 Ash Road", suspect_name="Sam Sole", **dob)
    follows(db)
    vera = person_id(db, "Vera Vale")
    assert stored(db)[vera][0] == second.id  # the later call's address
    # The later call's address corrected away: Vera's latest address is the first call's.
    row = calls.update_call_details(
        db,
        staff.handler2,
        second.id,
        second.version,
        NewCall(phone="07700 900123", victim_name="Vera Vale", suspect_name="Sam Sole", **dob),
    )
    follows(db)
    assert stored(db)[vera][0] == first.id
    # The victim corrected to someone else: Vera keeps only the first call; the address back.
    row = calls.update_call_details(
        db,
        staff.handler2,
        second.id,
        row.version,
        NewCall(
            phone="07700 900123",
            address="7 Elm Road",
            postcode="CB1 2AD",
            victim_name="Wyn West",
            suspect_name="Sam Sole",
        ),
    )
    follows(db)
    assert stored(db)[person_id(db, "Wyn West")][0] == second.id
    assert stored(db)[vera][0] == first.id


def test_a_possible_match_confirmed_moves_the_link_to_the_person_on_record(
    db: Database, staff: Staff
) -> None:
    earlier = _call(db, staff.handler, "Una Umber", "1 Oak Road", victim_dob="03/04/1975")
    later = _call(db, staff.handler, "Una Umber", "9 Oak Road")  # no date of birth: a twin
    follows(db)
    with db.read() as session:
        on_record = session.execute(
            select(IncidentPerson.person_id).where(IncidentPerson.incident_id == earlier.id)
        ).scalar_one()
    people.link_person(
        db, staff.handler, later.id, later.version, role="victim", person_id=on_record
    )
    follows(db)
    assert stored(db)[on_record][0] == later.id  # the confirmed person's latest address


def test_risk_answered_at_closure_and_signed_off_reaches_the_victims_row(
    db: Database, staff: Staff
) -> None:
    incident = _call(db, staff.handler, "Rae Rook", "4 Birch Road", victim_dob="05/06/1990")
    rae = person_id(db, "Rae Rook")
    assert stored(db)[rae][3] is None  # no level yet ('none')
    version = to_awaiting_sign_off(db, staff.handler, incident.id, incident.version)
    follows(db)
    assert (stored(db)[rae][3], stored(db)[rae][5]) == (incident.id, "medium")
    assert high_risk(db, staff.inspector) == {}
    signoff.finalise(db, staff.inspector, incident.id, version, password=PASSWORD)
    follows(db)
    assert high_risk(db, staff.inspector) == {}  # medium: not on the high-risk list


def test_ties_no_address_no_level_and_times_in_the_future(db: Database) -> None:
    victim = [("victim", "Tia Tate")]
    add_incident(db, "t-1", days_ago=10, people=victim, address="1 Yew Road", risk_level="high")
    add_incident(db, "t-2", days_ago=10, people=victim, address="2 Yew Road")  # same moment
    follows(db)
    tia = person_id(db, "Tia Tate")
    with db.read() as session:
        t2 = session.execute(select(Incident.id).where(Incident.ref == "t-2")).scalar_one()
    assert stored(db)[tia][0] == t2 and stored(db)[tia][5] == "standard"  # the later id wins
    add_incident(db, "t-3", days_ago=5, people=victim, risk_level="none")  # neither part
    add_incident(db, "t-4", days_ago=-30, people=victim, address="4 Yew Road", risk_level="high")
    follows(db)
    # As of NOW the list shows the level recorded by then, not the one dated later.
    listed = oversight.high_risk_victims(db, INSPECTOR, now=NOW)
    assert {r.name: r.latest_risk_level for r in listed} == {}
    with db.write() as session:  # the future incident's time corrected to the past
        session.execute(
            update(Incident)
            .where(Incident.ref == "t-4")
            .values(opened_at=NOW - dt.timedelta(days=20))
        )
    follows(db)
    listed = oversight.high_risk_victims(db, INSPECTOR, now=NOW)
    assert {r.name: r.latest_risk_level for r in listed} == {}  # t-2's standard is later


@pytest.mark.backends("sqlite")
def test_an_offline_incident_deleted_takes_its_links_and_their_latest_along(
    db: Database,
) -> None:
    """Incidents are never deleted but in a workstation cache, and only those made offline
    (ids below zero, the 0009 safeguard): its links go by ON DELETE CASCADE, which fires
    the link trigger."""
    add_incident(db, "h-1", days_ago=9, people=[("victim", "Hal Hart")], address="1 Elder Way")
    hal = person_id(db, "Hal Hart")
    with db.write() as session:
        session.add(
            Incident(
                id=-1_000_001, ref="PENDING-ws-0001", opened_at=NOW, category="domestic abuse",
                risk_level="high",
            )
        )  # fmt: skip
        session.flush()
        session.add(
            IncidentPerson(id=-1_000_001, incident_id=-1_000_001, person_id=hal, role="victim")
        )
    assert stored(db)[hal][5] == "high"
    with db.write() as session:
        session.execute(Incident.__table__.delete().where(Incident.id == -1_000_001))
    follows(db)
    assert stored(db)[hal][5] == "standard"  # h-1's level again


# -- the CSV import, new and changed rows ----------------------------------------------

HEADER = (
    "incident_ref,opened_at,closed_at,phone,address,postcode,uprn,category,domestic_abuse,"
    "grade,risk_level,children_present,victim_name,victim_dob,suspect_name,suspect_dob,"
    "markers,summary\n"
)


def _row(ref: str, day: int, address: str, risk: str, victim: str, suspect: str = "") -> str:
    opened = f"2024-03-{day:02d}T10:00:00Z"
    closed = f"2024-03-{day:02d}T11:00:00Z"
    return (
        f"{ref},{opened},{closed},07700 900111,{address},CB1 2AD,,domestic,true,2,{risk},"
        f"false,{victim},1970-01-01,{suspect},,,Argument overheard.\n"
    )


def _import(db: Database, tmp_path: Path, name: str, lines: list[str]) -> None:
    path = tmp_path / name
    path.write_text(HEADER + "".join(lines), encoding="utf-8")
    result = import_file(db, system_actor("import"), path)
    assert not result.rejected, result.rejected


def test_an_import_and_a_reimport_of_changed_rows_keep_each_persons_latest(
    db: Database, tmp_path: Path
) -> None:
    rows = [
        _row("IMP-1", 1, "1 Mill Lane", "standard", "Ida Ince", "Ned Noon"),
        _row("IMP-2", 5, "2 Mill Lane", "high", "Ida Ince"),
        _row("IMP-3", 5, "3 Mill Lane", "medium", "Ida Ince"),  # same moment as IMP-2
        _row("IMP-4", 9, "", "none", "Ida Ince", "Ned Noon"),  # no address, no level
    ]
    _import(db, tmp_path, "first.csv", rows)
    follows(db)
    add_incident(db, "live-1", days_ago=0, people=[("victim", "Ida Ince")], address="9 Mill")
    follows(db)
    changed = [
        _row("IMP-1", 1, "1 Mill Lane", "standard", "Ida Ince", "Ned Noon"),  # unchanged
        _row("IMP-2", 2, "2 Mill Lane", "high", "Ida Ince"),  # earlier now
        _row("IMP-3", 5, "", "none", "Olga Orr"),  # address, level and victim changed
        _row("IMP-4", 12, "4 Mill Lane", "high", "Ida Ince", "Ned Noon"),
        _row("IMP-5", 3, "5 Mill Lane", "medium", "Ned Noon"),  # new row, the suspect a victim
    ]
    _import(db, tmp_path, "changed.csv", changed)
    follows(db)
    _import(db, tmp_path, "again.csv", changed)  # unchanged: nothing moves
    follows(db)


# -- the synthetic seed topping up a database with live history -------------------------


def test_a_seed_topping_up_a_database_with_live_calls_and_edits(db: Database) -> None:
    seed(db, 300, seed=21, now=NOW)
    add_incident(db, "live-a", days_ago=0.5, people=[("victim", "Lee Lamb")], address="1 Ivy")
    with db.write() as session:  # an edit the seed's next rows must not undo
        session.execute(update(Incident).where(Incident.id % 5 == 0).values(risk_level="high"))
    follows(db)
    seed(db, 300, seed=22, now=NOW)  # a small top-up: through the link trigger
    follows(db)


# -- PostgreSQL: two transactions at once --------------------------------------------

pg_only = pytest.mark.backends("postgresql")


@pytest.fixture
def raw(db: Database) -> Iterator[Engine]:
    """Plain connections to the test's database (two open transactions at once)."""
    engine = create_engine(db.engine.url.render_as_string(hide_password=False))
    yield engine
    engine.dispose()


def _ids(conn: Connection, sql: str, **params: Any) -> int:
    return int(conn.execute(text(sql), params).scalar_one())


def _setup_two(db: Database) -> tuple[int, int, int]:
    """Pat Peel, a victim in 'p-old' (no address, no level: no person_latest row after a
    rebuild), and 'p-new', a later incident with nobody linked yet."""
    add_incident(db, "p-old", days_ago=20, people=[("victim", "Pat Peel")], risk_level="none")
    add_incident(db, "p-new", days_ago=2, address="8 Fir Road", risk_level="standard")
    with db.read() as session:
        old, new = (
            session.execute(select(Incident.id).where(Incident.ref == ref)).scalar_one()
            for ref in ("p-old", "p-new")
        )
    return person_id(db, "Pat Peel"), old, new


LINK = "INSERT INTO incident_people (incident_id, person_id, role) VALUES (:i, :p, 'victim')"


def _blocked(engine: Engine, pid: int) -> bool:
    with engine.connect() as conn:
        return bool(
            conn.execute(
                text("SELECT cardinality(pg_blocking_pids(:p)) > 0"), {"p": pid}
            ).scalar_one()
        )


def _run_blocked(
    engine: Engine, conn: Connection, statement: str, **params: Any
) -> threading.Thread:
    """Run ``statement`` on ``conn`` in a thread and return once PostgreSQL has it waiting
    for a lock or it has finished (busy polling pg_blocking_pids: no sleep), so the
    caller's next commit can never deadlock the test, whichever way the triggers lock."""
    pid = _ids(conn, "SELECT pg_backend_pid()")
    failure: list[BaseException] = []

    def work() -> None:
        try:
            conn.execute(text(statement), params)
        except BaseException as exc:  # noqa: BLE001 (reported by the caller)
            failure.append(exc)

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    for _ in range(20_000):
        if not thread.is_alive() or _blocked(engine, pid):
            break
    else:
        pytest.fail("the statement neither finished nor waited for a lock")
    thread.failure = failure  # type: ignore[attr-defined]
    return thread


@pg_only
def test_two_transactions_linking_the_same_person_at_once(db: Database, raw: Engine) -> None:
    pat, old, new = _setup_two(db)
    add_incident(db, "p-mid", days_ago=10, address="5 Fir Road", risk_level="high")
    with db.read() as session:
        mid = session.execute(select(Incident.id).where(Incident.ref == "p-mid")).scalar_one()
    link = "INSERT INTO incident_people (incident_id, person_id, role) VALUES (:i, :p, 'victim')"
    with raw.connect() as one, raw.connect() as two:
        one.execute(text(link), {"i": new, "p": pat})  # the later incident first
        waiting = _run_blocked(raw, two, link, i=mid, p=pat)
        one.commit()
        waiting.join()
        assert not waiting.failure  # type: ignore[attr-defined]
        two.commit()
    follows(db)
    assert stored(db)[pat][0] == new


@pg_only
def test_a_link_added_while_its_incident_is_regraded(db: Database, raw: Engine) -> None:
    pat, _old, new = _setup_two(db)
    with raw.connect() as regrade, raw.connect() as linking:
        regrade.execute(text("UPDATE incidents SET risk_level = 'high' WHERE id = :i"), {"i": new})
        # Without a lock on the incident the link is not even held up (the foreign key's
        # KEY SHARE lock allows the re-grade's row lock) and reads the old level.
        waiting = _run_blocked(raw, linking, LINK, i=new, p=pat)
        regrade.commit()
        waiting.join()
        assert not waiting.failure  # type: ignore[attr-defined]
        linking.commit()
    follows(db)


@pg_only
def test_an_incident_edited_while_a_later_call_links_the_same_person(
    db: Database, raw: Engine
) -> None:
    pat, old, new = _setup_two(db)
    with db.write() as session:  # as after a bulk seed or the migration's backfill
        rebuild_person_latest(session.connection().connection.cursor())
    assert pat not in stored(db)
    with raw.connect() as linking, raw.connect() as editing:
        linking.execute(
            text(
                "INSERT INTO incident_people (incident_id, person_id, role)"
                " VALUES (:i, :p, 'victim')"
            ),
            {"i": new, "p": pat},
        )
        address = _ids(editing, "SELECT address_id FROM incidents WHERE id = :i", i=new)
        waiting = _run_blocked(
            raw, editing, "UPDATE incidents SET address_id = :a WHERE id = :i", a=address, i=old
        )
        linking.commit()
        waiting.join()
        assert not waiting.failure  # type: ignore[attr-defined]
        editing.commit()
    follows(db)


# -- PostgreSQL: the workstation's own role ------------------------------------------

LOGIN, LOGIN_PASSWORD = "callhandler_ws_latest_test", "ws-latest-test-only-password"


@pytest.fixture
def workstation(db_url: str, capsys: pytest.CaptureFixture[str]) -> Iterator[Database]:
    """The database after ``db upgrade``, opened as a login member of the workstation role
    (as tests/core/test_workstation_role.py does)."""
    assert cli.main(["db", "upgrade", "--db", db_url]) == 0
    assert f"Workstation role {WORKSTATION_ROLE}" in capsys.readouterr().out
    owner = create_engine(db_url)
    try:
        with owner.begin() as conn:
            known = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": LOGIN})
            verb = "ALTER" if known.first() else "CREATE"
            conn.execute(text(f"{verb} ROLE {LOGIN} LOGIN PASSWORD '{LOGIN_PASSWORD}'"))
            conn.execute(text(f"GRANT {WORKSTATION_ROLE} TO {LOGIN}"))
    finally:
        owner.dispose()
    url = make_url(db_url).set(username=LOGIN, password=LOGIN_PASSWORD)
    database = Database(url.render_as_string(hide_password=False))
    yield database
    database.dispose()


@pg_only
def test_calls_taken_as_the_workstation_role_keep_person_latest(
    db: Database, workstation: Database
) -> None:
    """The triggers run with the workstation role's own rights: a call opened and its
    victim corrected away (a link deleted: the recompute locks and upserts) still work."""
    staff = make_staff(db)
    dob = {"victim_dob": "07/08/1985"}
    _call(workstation, staff.handler, "Gil Gray", "1 Bay Road", **dob)
    later = _call(workstation, staff.handler, "Gil Gray", "2 Bay Road", **dob)
    follows(db)
    calls.update_call_details(
        workstation, staff.handler, later.id, later.version, NewCall(phone="07700 900123")
    )
    follows(db)
    assert stored(db)[person_id(db, "Gil Gray")][0] != later.id


@pg_only
def test_the_workstation_role_cannot_rewrite_person_latest(
    db: Database, workstation: Database
) -> None:
    add_incident(db, "w-1", days_ago=3, people=[("victim", "Wes Wade")], risk_level="high")
    with pytest.raises(DatabaseError, match="permission denied"), workstation.write() as s:
        s.execute(text("UPDATE person_latest SET risk_level = 'standard'"))
    follows(db)


# -- PostgreSQL server -> a workstation's cache (SQLite) --------------------------------


@pg_only
def test_a_workstation_cache_follows_what_the_pull_brings(db: Database, cache: Database) -> None:
    """Rows pulled from the server (upserts by id, tombstones last) keep the cache's own
    person_latest (its triggers) what the cache's incidents say."""
    victim = [("victim", "Cal Cole"), ("suspect", "Dee Dunn")]
    add_incident(db, "c-1", days_ago=9, people=victim, address="1 Lime Road", risk_level="high")
    add_incident(db, "c-2", days_ago=4, people=victim, address="2 Lime Road")
    assert sync_once(db, cache).complete
    follows(cache)
    with db.write() as session:  # re-graded, moved earlier, a person taken off
        session.execute(update(Incident).where(Incident.ref == "c-2").values(risk_level="none"))
        session.execute(
            update(Incident)
            .where(Incident.ref == "c-1")
            .values(opened_at=NOW - dt.timedelta(days=30), address_id=None)
        )
        c2 = session.execute(select(Incident.id).where(Incident.ref == "c-2")).scalar_one()
        session.execute(
            IncidentPerson.__table__.delete().where(
                IncidentPerson.incident_id == c2, IncidentPerson.role == "suspect"
            )
        )
    add_incident(db, "c-3", days_ago=1, people=[("suspect", "Dee Dunn")], address="3 Lime Road")
    assert sync_once(db, cache).complete
    follows(cache)
    assert stored(cache) == stored(db)  # the same ids on both sides


@pg_only
def test_an_offline_incident_adopted_by_the_pull(db: Database, cache: Database) -> None:
    uuid = "0b7e1f52-4d47-4b8f-9a57-5f1f4c1d2e3b"
    with cache.write() as session:  # opened offline: provisional rows below zero
        session.add(Person(id=-1_000_001, name="Fay Ford", name_key="fay ford"))
        session.flush()
        session.add(
            Incident(
                id=-1_000_001, ref="PENDING-ws-0001", opened_at=NOW, category="domestic abuse",
                client_uuid=uuid,
            )
        )  # fmt: skip
        session.flush()
        session.add(
            IncidentPerson(
                id=-1_000_001, incident_id=-1_000_001, person_id=-1_000_001, role="victim"
            )
        )
    add_incident(db, "S-9", days_ago=0, people=[("victim", "Fay Ford")], address="6 Pine Road")
    with db.write() as session:
        session.execute(update(Incident).where(Incident.ref == "S-9").values(client_uuid=uuid))
    assert sync_once(db, cache).complete
    follows(cache)
