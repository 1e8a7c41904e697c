"""``person_latest`` (migration 0019) stays what the incidents say after every kind of
change the lists could otherwise get wrong: a latest incident re-graded, its time edited,
its address removed, a link corrected or removed (incidents are never deleted), a bulk
load that sets the link trigger aside; and the lists built on it show what the incidents
show."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from typing import Any

import oversight_reference as before
import pytest
from alembic import command
from sqlalchemy import delete, inspect, select, text, update

from builders import NOW, add_incident
from callhandler.bench.importing import write_export
from callhandler.domain.oversight import DEFAULT_SETTINGS
from callhandler.importing.run import import_file
from callhandler.services import oversight
from callhandler.services import oversight_sql as sql
from callhandler.services.context import Actor, system_actor
from callhandler.storage import migrate, person_latest
from callhandler.storage.engine import Database
from callhandler.storage.models import Incident, IncidentPerson, Person
from callhandler.synthetic.seeding import seed

INSPECTOR = Actor(None, "insp", "Inspector Ives", "inspector", "test-ws")
Row = tuple[Any, ...]


def _latest(rows: list[Row]) -> Row | None:
    """The latest of (opened_at, id, value) rows, as the lists order them."""
    return max(rows, key=lambda r: (r[0], r[1]), default=None)


def expected(db: Database) -> dict[int, tuple[Any, ...]]:
    """Each person's latest incident with an address and latest risk as a victim, worked
    out here from every link (people with neither left out)."""
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
    people: dict[int, tuple[list[Row], list[Row]]] = {}
    for pid, role, at, iid, address, risk in links:
        addressed, risky = people.setdefault(pid, ([], []))
        if address is not None:
            addressed.append((at, iid, address))
        if role == "victim" and risk != "none":
            risky.append((at, iid, risk))
    found = {}
    for pid, (addressed, risky) in people.items():
        a, r = _latest(addressed), _latest(risky)
        if a or r:
            found[pid] = (
                a[1] if a else None,
                a[2] if a else None,
                r[1] if r else None,
                r[2] if r else None,
            )
    return found


def stored(db: Database) -> dict[int, tuple[Any, ...]]:
    with db.read() as session:
        rows = session.execute(
            text(
                "SELECT person_id, address_incident_id, address_id, risk_incident_id, risk_level"
                " FROM person_latest"
                " WHERE address_incident_id IS NOT NULL OR risk_incident_id IS NOT NULL"
            )
        ).all()
    return {r[0]: tuple(r[1:]) for r in rows}


def person(db: Database, name: str) -> int:
    with db.read() as session:
        return session.execute(select(Person.id).where(Person.name == name)).scalar_one()


def incident(db: Database, ref: str) -> int:
    with db.read() as session:
        return session.execute(select(Incident.id).where(Incident.ref == ref)).scalar_one()


def high_risk(db: Database) -> dict[str, str]:
    return {
        r.name: r.latest_risk_level for r in oversight.high_risk_victims(db, INSPECTOR, now=NOW)
    }


def addresses(db: Database) -> dict[str, str]:
    return {r.subject: r.address for r in oversight.repeat_victims(db, INSPECTOR, now=NOW)}


@pytest.fixture
def kim(db: Database) -> Database:
    """Kim Kay: three domestic-abuse incidents as a victim, the latest high risk at 2 Elm
    Road, the one before standard at 1 Elm Road."""
    add_incident(db, "k-0", days_ago=30, people=[("victim", "Kim Kay")], address="0 Elm Road")
    add_incident(db, "k-1", days_ago=20, people=[("victim", "Kim Kay")], address="1 Elm Road")
    add_incident(
        db,
        "k-2",
        days_ago=10,
        people=[("victim", "Kim Kay"), ("suspect", "Sid Sly")],
        address="2 Elm Road",
        risk_level="high",
    )
    assert high_risk(db) == {"Kim Kay": "high"}
    assert addresses(db)["Kim Kay"].startswith("2 Elm Road")
    assert stored(db) == expected(db)
    return db


def _edit(db: Database, statement: Any) -> None:
    with db.write() as session:
        session.execute(statement)


def test_a_latest_incident_regraded_leaves_the_high_risk_list(kim: Database) -> None:
    _edit(kim, update(Incident).where(Incident.ref == "k-2").values(risk_level="standard"))
    assert high_risk(kim) == {}
    assert stored(kim) == expected(kim)
    _edit(kim, update(Incident).where(Incident.ref == "k-1").values(risk_level="high"))
    assert high_risk(kim) == {}  # k-2 (standard) is still the later assessment
    _edit(kim, update(Incident).where(Incident.ref == "k-2").values(risk_level="none"))
    assert high_risk(kim) == {"Kim Kay": "high"}  # k-1 is now the latest with a level
    assert stored(kim) == expected(kim)


def test_a_latest_incident_moved_earlier_gives_way_to_the_one_before(kim: Database) -> None:
    earlier = NOW - dt.timedelta(days=25)
    _edit(kim, update(Incident).where(Incident.ref == "k-2").values(opened_at=earlier))
    assert addresses(kim)["Kim Kay"].startswith("1 Elm Road")
    assert high_risk(kim) == {}  # k-1's standard is her latest level now
    assert stored(kim) == expected(kim)


def test_an_address_taken_off_the_latest_incident(kim: Database) -> None:
    _edit(kim, update(Incident).where(Incident.ref == "k-2").values(address_id=None))
    assert addresses(kim)["Kim Kay"].startswith("1 Elm Road")
    assert stored(kim) == expected(kim)


def test_a_victim_taken_off_or_made_a_witness_when_details_are_corrected(kim: Database) -> None:
    k2, kay = incident(kim, "k-2"), person(kim, "Kim Kay")
    _edit(
        kim,
        update(IncidentPerson)
        .where(IncidentPerson.incident_id == k2, IncidentPerson.person_id == kay)
        .values(role="witness"),
    )
    assert high_risk(kim) == {}  # a witness's incident gives no risk level as a victim
    assert stored(kim)[kay][0] == k2  # the latest address: any part counts
    assert stored(kim) == expected(kim)
    _edit(kim, delete(IncidentPerson).where(IncidentPerson.incident_id == k2))
    assert stored(kim) == expected(kim)
    assert person(kim, "Sid Sly") not in stored(kim)
    # A person in no incident deleted (a workstation cache's provisional people) takes
    # the row along, so a later person given the same id starts with none.
    sly = person(kim, "Sid Sly")
    _edit(kim, delete(Person).where(Person.id == sly))
    with kim.read() as session:
        left = session.execute(text(f"SELECT COUNT(*) FROM person_latest WHERE person_id = {sly}"))
        assert left.scalar_one() == 0


def test_a_link_moved_to_another_person(kim: Database) -> None:
    add_incident(kim, "other", days_ago=200, people=[("victim", "Ola Other")])
    k2, kay, ola = incident(kim, "k-2"), person(kim, "Kim Kay"), person(kim, "Ola Other")
    _edit(
        kim,
        update(IncidentPerson)
        .where(IncidentPerson.incident_id == k2, IncidentPerson.person_id == kay)
        .values(person_id=ola),
    )
    assert high_risk(kim) == {"Ola Other": "high"}
    assert stored(kim) == expected(kim)


def test_a_later_incident_with_no_address_or_level_changes_nothing(kim: Database) -> None:
    add_incident(kim, "k-3", days_ago=1, people=[("victim", "Kim Kay")], risk_level="none")
    assert addresses(kim)["Kim Kay"].startswith("2 Elm Road")
    assert high_risk(kim) == {"Kim Kay": "high"}
    # The same moment as k-2: the later id wins, as in the lists' ORDER BY.
    add_incident(kim, "k-4", days_ago=10, people=[("victim", "Kim Kay")], address="4 Elm Road")
    assert addresses(kim)["Kim Kay"].startswith("4 Elm Road")
    assert high_risk(kim) == {}  # k-4's standard is her latest level
    assert stored(kim) == expected(kim)


def test_a_bulk_load_without_the_link_trigger_is_rebuilt_to_the_same_rows(
    db: Database,
) -> None:
    seed(db, 600, seed=3, now=NOW)
    kept = stored(db)
    assert kept == expected(db) and len(kept) > 100
    with db.write() as session:
        cursor = session.connection().connection.cursor()
        with person_latest.deferred_person_latest(cursor, db.is_sqlite):
            cursor.execute("DELETE FROM person_latest")  # as if loaded without it
            session.execute(
                text(
                    "INSERT INTO incident_people (incident_id, person_id, role)"
                    " SELECT MAX(i.id), MIN(p.id), 'victim' FROM incidents AS i, people AS p"
                )
            )
    assert stored(db) == expected(db)
    add_incident(db, "after", days_ago=0, people=[("victim", "Al After")], address="9 Oak")
    assert stored(db) == expected(db)  # the trigger is back


def test_the_lists_match_the_statements_before_after_edits(kim: Database) -> None:
    seed(kim, 400, seed=5, now=NOW)
    _edit(kim, update(Incident).where(Incident.id % 7 == 0).values(risk_level="high"))
    _edit(kim, update(Incident).where(Incident.id % 11 == 0).values(address_id=None))
    params = {"now": NOW, "marker_types": list(DEFAULT_SETTINGS.high_risk_markers)}
    dialect = "sqlite" if kim.is_sqlite else "postgresql"
    with kim.read() as session:
        now_rows = session.execute(sql.high_risk(dialect), params).all()
        old_rows = session.execute(before.HIGH_RISK, params).all()
    assert [tuple(r) for r in now_rows] == [tuple(r) for r in old_rows]
    assert stored(kim) == expected(kim)


def test_the_migration_goes_down_and_up_again_and_backfills(kim: Database) -> None:
    config = migrate._config()
    with kim.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0018")
        assert "person_latest" not in inspect(conn).get_table_names()
        command.upgrade(config, "head")
    assert stored(kim) == expected(kim)
    assert high_risk(kim) == {"Kim Kay": "high"}
    add_incident(kim, "k-9", days_ago=1, people=[("victim", "Kim Kay")], address="9 Elm Road")
    assert stored(kim) == expected(kim)  # the triggers are back


def test_a_big_seed_works_the_table_out_once_after_its_load(db: Database) -> None:
    seed(db, 20_000, seed=9, now=NOW)  # a big load: the link trigger set aside, rebuilt
    kept = stored(db)
    assert kept == expected(db) and len(kept) > 2000
    seed(db, 500, seed=10, now=NOW)  # a small top-up: row by row through the trigger
    assert stored(db) == expected(db)
    with db.read() as session:
        triggers = session.execute(
            text(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'"
                if db.is_sqlite
                else "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"
            )
        ).scalars()
        assert person_latest.LINK_INSERT_TRIGGER in set(triggers)


def test_an_import_updating_its_incidents_keeps_the_table(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    write_export(path, 400)
    import_file(db, system_actor("import"), path)
    assert stored(db) == expected(db) and stored(db)
    header, *body = path.read_text(encoding="utf-8").splitlines(keepends=True)
    for n in range(0, 400, 7):  # an earlier time, another address, another level, no victim
        fields = next(csv.reader([body[n]]))
        fields[1] = fields[1].replace("10:00:00", "09:30:00")
        fields[4] = f"{n} Changed Street, Sampleford"
        fields[10] = ("none", "standard", "high")[n % 3]
        if n % 2:  # no victim named any more
            fields[12:14] = ["", ""]
        out = io.StringIO()
        csv.writer(out).writerow(fields)
        body[n] = out.getvalue()
    path.write_text(header + "".join(body), encoding="utf-8")
    result = import_file(db, system_actor("import"), path)
    assert result.updated == len(range(0, 400, 7))
    assert stored(db) == expected(db)
