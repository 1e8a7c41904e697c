"""Incremental pull from a shared PostgreSQL into a workstation's encrypted cache.

PostgreSQL only (the server side of a control room); skipped without CALLHANDLER_TEST_PG.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from builders import NOW, add_incident
from callhandler.cli import main
from callhandler.importing.run import import_file
from callhandler.services import accounts, history
from callhandler.services.context import Actor, system_actor
from callhandler.storage.engine import Database
from callhandler.storage.models import Incident, IncidentPerson, Marker, Phone, User
from callhandler.sync.cache import open_cache
from callhandler.sync.keys import new_key
from callhandler.sync.pull import NO_LOGIN_HASH, read_cursors, sync_once
from signin_helpers import PASSWORD
from sync_helpers import PG_ENV, empty_pg

pytestmark = pytest.mark.skipif(not os.environ.get(PG_ENV), reason=f"needs {PG_ENV}")

Q = history.HistoryQuery
DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture
def server(request: pytest.FixtureRequest) -> Iterator[Database]:
    url: str = request.getfixturevalue("pg_database_url")
    empty_pg(url)
    database = Database(url)
    yield database
    database.dispose()


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Database]:
    database = open_cache(tmp_path / "cache.sqlite3", new_key())
    yield database
    database.dispose()


@pytest.fixture
def handler(server: Database) -> Actor:
    accounts.create_user(server, system_actor(), "h1", "Handler One", "handler", PASSWORD)
    return accounts.authenticate(server, "h1", PASSWORD, "ws-1", failure_delay_s=0)


def mill_road(server: Database) -> None:
    victim = ("victim", "Jane Example", dt.date(1990, 5, 17))
    suspect = ("suspect", "John Example", dt.date(1988, 1, 2))
    for ref, days, phone, address in (
        ("A-1", 400, "07700 900123", "Flat 2, 14 Mill Road"),
        ("A-2", 120, "07700900123", "14 Mill Rd Flat 2"),
        ("A-3", 30, "+44 7700 900123", "2/14 Mill Road"),
    ):
        add_incident(
            server,
            ref,
            days_ago=days,
            phone=phone,
            address=address,
            postcode="CB1 2AD",
            people=[victim, suspect],
            markers=[("address", "high_risk_da_victim")] if ref == "A-2" else [],
        )
    add_incident(server, "B-1", days_ago=10, phone="07700 900555", address="99 Other Street")


def refs(db: Database, actor: Actor, query: history.HistoryQuery) -> tuple[list[str], list[str]]:
    result = history.find_previous_calls(db, actor, query, now=NOW, audit_consultation=False)
    return [c.incident_ref for c in result.exact], [c.incident_ref for c in result.possible]


def incident_rows(db: Database) -> list[tuple[object, ...]]:
    with db.read() as session:
        rows = session.execute(select(Incident).order_by(Incident.id)).scalars()
        return [
            (i.ref, i.opened_at, i.closed_at, i.domestic_abuse, i.grade, i.risk_level,
             i.children_present, i.status, i.phone_id, i.address_id,
             sorted((p.role, p.person.name, p.person.dob) for p in i.people))
            for i in rows
        ]  # fmt: skip


def count(db: Database, model: type) -> int:
    with db.read() as session:
        return int(session.execute(select(func.count()).select_from(model)).scalar_one())


def test_first_sync_copies_everything_and_lookups_agree(
    server: Database, cache: Database, handler: Actor
) -> None:
    mill_road(server)
    stats = sync_once(server, cache)
    assert stats.complete and stats.incidents == 4
    for model in (Incident, IncidentPerson, Marker, User):
        assert count(cache, model) == count(server, model)
    assert incident_rows(cache) == incident_rows(server)  # times, dates, flags as stored
    for query in (
        Q(phone="07700 900123"),
        Q(address="flat 2 14 mill rd", postcode="CB1 2AD"),  # exact (variant spelling)
        Q(address="Flat 2 14 Mil Road"),  # fuzzy: trigram on the cache, pg_trgm on the server
    ):
        on_server = refs(server, handler, query)
        assert on_server[0] or on_server[1]
        assert refs(cache, handler, query) == on_server
    assert refs(cache, handler, Q(address="Flat 2 14 Mil Road"))[1] == ["A-3", "A-2", "A-1"]


def test_users_arrive_without_a_password_anyone_could_use(
    server: Database, cache: Database, handler: Actor
) -> None:
    sync_once(server, cache)
    with cache.read() as session:
        user = session.execute(select(User).where(User.username == "h1")).scalar_one()
        assert user.password_hash == NO_LOGIN_HASH
    with pytest.raises(Exception, match="Sign-in failed"):
        accounts.authenticate(cache, "h1", PASSWORD, "ws-1", failure_delay_s=0)


def test_only_changed_rows_travel_on_the_next_sync(
    server: Database, cache: Database, handler: Actor
) -> None:
    mill_road(server)
    sync_once(server, cache)
    assert sync_once(server, cache).total_rows == 0  # nothing changed, nothing sent
    with server.write() as session:
        row = session.execute(select(Incident).where(Incident.ref == "A-1")).scalar_one()
        row.summary = "Reviewed: new information"
    add_incident(
        server,
        "A-4",
        days_ago=1,
        phone="07700 900123",
        address="2/14 Mill Road",
        postcode="CB1 2AD",
        people=[("victim", "Jane Example", dt.date(1990, 5, 17))],
    )
    stats = sync_once(server, cache)
    assert stats.rows == {"incidents": 2, "incident_people": 1}
    assert refs(cache, handler, Q(phone="07700900123"))[0] == ["A-4", "A-3", "A-2", "A-1"]
    with cache.read() as session:
        summary = session.execute(select(Incident.summary).where(Incident.ref == "A-1"))
        assert summary.scalar_one() == "Reviewed: new information"


def test_links_deleted_by_a_re_import_disappear_from_the_cache(
    server: Database, cache: Database, tmp_path: Path
) -> None:
    actor = system_actor("import")
    good = DATA / "history_good.csv"
    import_file(server, actor, good)
    sync_once(server, cache)
    changed = tmp_path / "history_changed.csv"
    changed.write_text(
        good.read_text(encoding="utf-8").replace(
            "domestic abuse,true,2,medium,yes,Jane Example,1985-07-23,John Example,1982-02-11,"
            "domestic_abuse;children_at_address",
            "domestic abuse,true,1,high,yes,Jane Example,1985-07-23,Jon Exampel,1982-02-11,marac",
        ),
        encoding="utf-8",
    )
    assert import_file(server, actor, changed).updated == 1
    stats = sync_once(server, cache)
    assert stats.deleted >= 2  # the old links and markers of the re-imported incident
    for model in (IncidentPerson, Marker, Incident):
        assert count(cache, model) == count(server, model)
    with cache.read() as session:
        names = (
            session.execute(
                text(
                    "SELECT p.name FROM incident_people ip JOIN people p ON p.id = ip.person_id "
                    "JOIN incidents i ON i.id = ip.incident_id WHERE i.ref = 'FX-2024-000101' "
                    "ORDER BY p.name"
                )
            )
            .scalars()
            .all()
        )
    assert names == ["Jane Example", "Jon Exampel"]


def test_a_late_commit_is_never_skipped(server: Database, cache: Database) -> None:
    """Transaction 1 holds change N open while transaction 2 commits N+1: the cursor must
    not pass N, so N arrives once transaction 1 commits."""
    add_incident(server, "OLD-1", days_ago=5, phone="07700 900001")
    sync_once(server, cache)
    slow = server.engine.connect()
    try:
        slow.begin()
        slow.execute(
            text(
                "INSERT INTO incidents (ref, opened_at, category, domestic_abuse, risk_level, "
                "children_present, status, summary, source, version_id) VALUES ('SLOW-1', "
                "now(), 'domestic abuse', true, 'none', false, 'open', '', 'live', 1)"
            )
        )
        held = slow.execute(text("SELECT change_seq FROM incidents WHERE ref = 'SLOW-1'"))
        n = int(held.scalar_one())
        add_incident(server, "FAST-1", days_ago=0, phone="07700 900002")  # commits N+1…
        stats = sync_once(server, cache)
        assert stats.held_back  # no safe mark while a change is in flight
        with cache.read() as session:
            have = set(session.execute(select(Incident.ref)).scalars())
        assert "FAST-1" in have and "SLOW-1" not in have  # what is committed still arrives
        assert read_cursors(cache)["incidents"] < n
        slow.commit()
    finally:
        slow.close()
    stats = sync_once(server, cache)
    assert not stats.held_back
    with cache.read() as session:
        have = set(session.execute(select(Incident.ref)).scalars())
    assert {"OLD-1", "FAST-1", "SLOW-1"} <= have
    assert read_cursors(cache)["incidents"] >= n


def test_a_cancelled_sync_keeps_what_it_pulled_and_the_next_run_carries_on(
    server: Database, cache: Database
) -> None:
    for i in range(12):
        add_incident(server, f"C-{i:02d}", days_ago=i, phone=f"07700 9001{i:02d}")
    seen: list[int] = []

    def stop_after_first_incident_batch() -> bool:
        seen.append(count(cache, Incident))
        return seen[-1] >= 5

    first = sync_once(server, cache, batch=5, cancel=stop_after_first_incident_batch)
    assert not first.complete and first.incidents == 5
    assert count(cache, Incident) == 5  # whole batches only, nothing half-written
    second = sync_once(server, cache, batch=5)
    assert second.complete and second.incidents == 7  # only the rest travelled
    assert count(cache, Incident) == 12


def test_the_sync_command_fills_the_cache_and_refuses_a_wrong_key(
    server: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # this machine has no keyring: the env key is used
    try:
        mill_road(server)
        url = server.url.render_as_string(hide_password=False)
        path = tmp_path / "ws-cache.sqlite3"
        monkeypatch.setenv("CALLHANDLER_CACHE_KEY", "1f" * 32)
        argv = ["sync", "--quiet", "--db", url, "--cache", str(path)]
        assert main(argv) == 0
        out, err = capsys.readouterr()
        assert "is up to date" in out and "4 incidents" in out
        assert "CALLHANDLER_CACHE_KEY" in err and "Secret Service" in err  # the warning

        monkeypatch.setenv("CALLHANDLER_CACHE_KEY", "2e" * 32)  # someone changed the key
        assert main(argv) == 1
        err = capsys.readouterr().err
        assert "cannot be opened with this workstation's key" in err and path.exists()

        assert main([*argv, "--rebuild-cache"]) == 0  # the documented way out
        out, err = capsys.readouterr()
        assert "moved to" in err and "4 incidents" in out
        assert len(list(tmp_path.glob("ws-cache.sqlite3.unreadable-*"))) == 1
    finally:
        keyring.set_keyring(previous)


def test_a_number_first_typed_offline_is_joined_to_the_servers_own(
    server: Database, cache: Database
) -> None:
    """An incident opened offline made a provisional number row (id below zero); the server
    meanwhile has that number: the pull points the offline incident at the server's row."""
    with cache.write() as session:
        session.add(Phone(id=-1_000_001, e164="+447700900999", valid=True))
        session.flush()
        session.add(
            Incident(
                id=-1_000_001, ref="PENDING-ws-0001", opened_at=NOW, category="domestic abuse",
                phone_id=-1_000_001, client_uuid="0b7e1f52-4d47-4b8f-9a57-5f1f4c1d2e3a",
            )
        )  # fmt: skip
    add_incident(server, "S-1", days_ago=1, phone="07700 900999")
    stats = sync_once(server, cache)
    assert stats.complete
    with cache.read() as session:
        phones = session.execute(select(Phone.id).where(Phone.e164 == "+447700900999")).all()
        assert len(phones) == 1 and phones[0][0] > 0
        offline = session.get(Incident, -1_000_001)
        assert offline is not None and offline.phone_id == phones[0][0]
