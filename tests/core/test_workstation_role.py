"""PostgreSQL: workstations connect as a least-privilege role made by ``db upgrade``.

Measured before: the application's own role could ``TRUNCATE audit_events`` and disable
its triggers. The role ``callhandler db upgrade`` creates and grants can do the day's work
and none of that.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from callhandler import cli
from callhandler.errors import DatabaseError
from callhandler.services import audit, calls, drafts, signoff
from callhandler.storage.engine import Database
from callhandler.storage.roles import WORKSTATION_ROLE
from callhandler.sync.pull import sync_once
from closure_helpers import PASSWORD, make_staff, new_incident, to_awaiting_sign_off

pytestmark = pytest.mark.backends("postgresql")
LOGIN = "callhandler_ws_test"
LOGIN_PASSWORD = "ws-test-only-password"


@pytest.fixture
def workstation(db_url: str, capsys: pytest.CaptureFixture[str]) -> Iterator[Database]:
    """The shared database after ``db upgrade``, opened as a workstation's login role."""
    assert cli.main(["db", "upgrade", "--db", db_url]) == 0
    said = capsys.readouterr().out
    if f"Workstation role {WORKSTATION_ROLE}" not in said:
        pytest.fail(
            "db upgrade could not create the workstation role: the test server's owner role "
            f"needs CREATEROLE (scripts/start-postgres.sh grants it).\n{said}"
        )
    owner = create_engine(db_url)
    try:
        with owner.begin() as conn:
            if conn.execute(
                text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": LOGIN}
            ).first():
                conn.execute(text(f"ALTER ROLE {LOGIN} LOGIN PASSWORD '{LOGIN_PASSWORD}'"))
            else:
                conn.execute(text(f"CREATE ROLE {LOGIN} LOGIN PASSWORD '{LOGIN_PASSWORD}'"))
            conn.execute(text(f"GRANT {WORKSTATION_ROLE} TO {LOGIN}"))
    finally:
        owner.dispose()
    url = make_url(db_url).set(username=LOGIN, password=LOGIN_PASSWORD)
    database = Database(url.render_as_string(hide_password=False))
    yield database
    database.dispose()


@pytest.mark.parametrize(
    ("statement", "refusal"),
    [
        ("TRUNCATE audit_events", "permission denied"),
        ("TRUNCATE incidents CASCADE", "permission denied"),
        ("ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only", "must be owner"),
        ("ALTER TABLE incidents DISABLE TRIGGER USER", "must be owner"),
        ("ALTER TABLE audit_events DROP COLUMN hash", "must be owner"),
        ("DROP TABLE audit_events", "must be owner"),
        ("CREATE ROLE mallory LOGIN PASSWORD 'mallory-password'", "permission denied"),
        ("ALTER ROLE callhandler_ws_test CREATEROLE", "permission denied"),
        ("SET session_replication_role = replica", "permission denied"),
        ("DELETE FROM audit_events", "permission denied"),
        ("UPDATE audit_events SET username = 'mallory'", "permission denied"),
        ("DELETE FROM incidents", "permission denied"),
        ("UPDATE alembic_version SET version_num = '0001'", "permission denied"),
        ("CREATE TABLE mine (id integer)", "permission denied"),
    ],
)
def test_the_workstation_role_cannot_truncate_alter_or_create_users(
    workstation: Database, statement: str, refusal: str
) -> None:
    with pytest.raises(DatabaseError, match=refusal), workstation.write() as session:
        session.execute(text(statement))


def test_the_workstation_role_does_the_days_work(workstation: Database, cache: Database) -> None:
    staff = make_staff(workstation)
    row = new_incident(workstation, staff.handler)
    corrected = calls.update_call_details(
        workstation,
        staff.handler,
        row.id,
        row.version,
        calls.NewCall(phone="07700 900445", address="3 Test Street", victim_name="Jane Other"),
    )  # replaces the incident's people: the one DELETE it needs on them
    drafts.save_draft(workstation, staff.handler, "new-call", {"phone": "07700 900446"})
    drafts.discard_draft(workstation, staff.handler, "new-call")
    version = to_awaiting_sign_off(workstation, staff.handler, row.id, corrected.version)
    signoff.finalise(workstation, staff.inspector, row.id, version, password=PASSWORD)
    assert sync_once(workstation, cache).complete
    assert audit.verify(workstation).ok
    with workstation.read_connection() as conn:
        who = conn.execute(
            text("SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = current_user")
        ).one()
    assert tuple(who) == (False, False)
