"""``person_latest``: each person's latest incident with an address and latest risk level.

The oversight lists show, on every row about a person, the address of that person's latest
incident with an address (any role), and the high-risk list each victim's latest recorded
risk level. Working those out at read time reads every incident of every listed person
(550,000 scattered incidents for the high-risk list on 10,000,000 incidents). This table
holds them, one row a person, kept in the same transaction as the change by triggers
(migration 0019), on SQLite and PostgreSQL alike:

- a link added (``incident_people`` INSERT, the bulk path): the incident is read by its
  key and the row upserted only where the incident is later (opened time, then id) than
  what the row holds. No index but the primary keys is needed, so it is also right while
  a bulk load has set the other indexes aside. SQLite: a trigger per row (about 10 us a
  link); PostgreSQL: one per statement over its transition table (a COPY in one pass).
- a link removed or changed, or an incident's opened time, address or risk level edited:
  the row of each person concerned is worked out again from their incidents.

"Latest" is ``ORDER BY opened_at DESC, id DESC`` over all time, the order the lists used;
a list asking as of an earlier ``now`` falls back to the incidents for the few people
whose latest is after it (``oversight_sql.high_risk``). A person without a row has
neither. ``rebuild_person_latest`` works the whole table out again in two set-based
statements (the migration's backfill, and bulk loads that set the link trigger aside:
``deferred_person_latest``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any, Protocol

TABLE = "person_latest"
COLUMNS = (
    "person_id",
    "address_incident_id",
    "address_opened_at",
    "address_id",
    "risk_incident_id",
    "risk_opened_at",
    "risk_level",
)
LINK_INSERT_TRIGGER = "person_latest_link_insert"
# (trigger, table) as migration 0019 makes them on either backend
TRIGGERS = (
    (LINK_INSERT_TRIGGER, "incident_people"),
    ("person_latest_link_delete", "incident_people"),
    ("person_latest_link_update", "incident_people"),
    ("person_latest_incident_update", "incidents"),
    ("person_latest_incident_adopted", "incidents"),
    ("person_latest_person_delete", "people"),
)
FUNCTIONS = (
    "person_latest_link",
    "person_latest_links_added",
    "person_latest_incident",
    "person_latest_forget",
)
_FORGET = f"DELETE FROM {TABLE} WHERE person_id = OLD.id"

_ADDRESS_PART = ("address_incident_id", "address_opened_at", "address_id")
_RISK_PART = ("risk_incident_id", "risk_opened_at", "risk_level")


def _latest_id(person: str, condition: str) -> str:
    return (
        "(SELECT li.id FROM incident_people AS lp JOIN incidents AS li ON li.id = lp.incident_id"
        f" WHERE lp.person_id = {person} AND {condition}"
        " ORDER BY li.opened_at DESC, li.id DESC LIMIT 1)"
    )


def _set_all(columns: tuple[str, ...]) -> str:
    return ", ".join(f"{c} = excluded.{c}" for c in columns)


def recompute_sql(persons: str) -> str:
    """Upsert the rows of the people ``persons`` (a SELECT giving a column ``pid``) worked
    out again from their incidents."""
    return (
        f"INSERT INTO {TABLE} ({', '.join(COLUMNS)})"
        " SELECT x.pid, a.id, a.opened_at, a.address_id, r.id, r.opened_at, r.risk_level"
        f" FROM ({persons}) AS x"
        f" LEFT JOIN incidents AS a ON a.id = {_latest_id('x.pid', 'li.address_id IS NOT NULL')}"
        " LEFT JOIN incidents AS r ON r.id = "
        + _latest_id("x.pid", "lp.role = 'victim' AND li.risk_level <> 'none'")
        + f" WHERE true ON CONFLICT (person_id) DO UPDATE SET {_set_all(COLUMNS[1:])}"
    )


def _newer(part: tuple[str, ...]) -> str:
    """SQL: the proposed (excluded) part is later than the row's (or the row has none)."""
    ident, at = part[0], part[1]
    mine = f"{TABLE}.{ident}"
    return (
        f"(excluded.{ident} IS NOT NULL AND ({mine} IS NULL OR excluded.{at} > {TABLE}.{at}"
        f" OR (excluded.{at} = {TABLE}.{at} AND excluded.{ident} > {mine})))"
    )


def link_insert_sql() -> str:
    """The incremental upsert for a new link ``NEW`` (person_id, incident_id, role)."""
    has_address = "i.address_id IS NOT NULL"
    risky = "NEW.role = 'victim' AND i.risk_level <> 'none'"
    values = (
        f"CASE WHEN {has_address} THEN i.id END, CASE WHEN {has_address} THEN i.opened_at END,"
        f" i.address_id, CASE WHEN {risky} THEN i.id END,"
        f" CASE WHEN {risky} THEN i.opened_at END, CASE WHEN {risky} THEN i.risk_level END"
    )
    return (
        f"INSERT INTO {TABLE} ({', '.join(COLUMNS)}) SELECT NEW.person_id, {values}"
        " FROM incidents AS i WHERE i.id = NEW.incident_id"
        f" ON CONFLICT (person_id) DO UPDATE SET {_keep_newer(_ADDRESS_PART, _RISK_PART)}"
    )


def _keep_newer(*parts: tuple[str, ...]) -> str:
    """SET clauses: each part takes the proposed (excluded) values where they are later."""
    sets = []
    for part in parts:
        newer = _newer(part)
        sets += [f"{c} = CASE WHEN {newer} THEN excluded.{c} ELSE {TABLE}.{c} END" for c in part]
    return ", ".join(sets)


def links_added_sql() -> list[str]:
    """PostgreSQL: the upserts for all the links one statement added (transition table
    ``added``), each person's latest new incident per part (one row a person, as ON
    CONFLICT needs). A COPY of 100,000 links: one pass instead of a PL/pgSQL call a row
    (75-160 us a link at load 8, against 38 for the COPY itself)."""
    statements = []
    for part, condition in (
        (_ADDRESS_PART, "i.address_id IS NOT NULL"),
        (_RISK_PART, "n.role = 'victim' AND i.risk_level <> 'none'"),
    ):
        value = "i.address_id" if part is _ADDRESS_PART else "i.risk_level"
        statements.append(
            f"INSERT INTO {TABLE} (person_id, {', '.join(part)})"
            f" SELECT DISTINCT ON (n.person_id) n.person_id, i.id, i.opened_at, {value}"
            f" FROM added AS n JOIN incidents AS i ON i.id = n.incident_id WHERE {condition}"
            " ORDER BY n.person_id, i.opened_at DESC, i.id DESC"
            f" ON CONFLICT (person_id) DO UPDATE SET {_keep_newer(part)}"
        )
    return statements


_INCIDENT_CHANGED = (
    "OLD.opened_at IS DISTINCT FROM NEW.opened_at OR OLD.address_id IS DISTINCT FROM"
    " NEW.address_id OR OLD.risk_level IS DISTINCT FROM NEW.risk_level"
)
_LINK_CHANGED = (
    "OLD.person_id IS DISTINCT FROM NEW.person_id OR OLD.incident_id IS DISTINCT FROM"
    " NEW.incident_id OR OLD.role IS DISTINCT FROM NEW.role"
)
# An incident made with links already pointing at it: a workstation cache's pull adopting
# an incident opened offline points its links at the server's id before the row arrives
# (deferred foreign keys). Only such incidents carry a client uuid; seeded and imported
# ones do not, so a bulk load never probes incident_people here.
_ADOPTED = "NEW.client_uuid IS NOT NULL"
_PEOPLE_OF_NEW = "SELECT DISTINCT person_id AS pid FROM incident_people WHERE incident_id = NEW.id"


def sqlite_triggers() -> list[str]:
    """CREATE TRIGGER statements for SQLite (``IS NOT`` for IS DISTINCT FROM)."""
    incident_changed = _INCIDENT_CHANGED.replace("IS DISTINCT FROM", "IS NOT")
    link_changed = _LINK_CHANGED.replace("IS DISTINCT FROM", "IS NOT")
    return [
        f"CREATE TRIGGER {LINK_INSERT_TRIGGER} AFTER INSERT ON incident_people BEGIN "
        f"{link_insert_sql()}; END",
        "CREATE TRIGGER person_latest_link_delete AFTER DELETE ON incident_people BEGIN "
        f"{recompute_sql('SELECT OLD.person_id AS pid')}; END",
        "CREATE TRIGGER person_latest_link_update AFTER UPDATE OF person_id, incident_id, role"
        f" ON incident_people WHEN {link_changed} BEGIN "
        f"{recompute_sql('SELECT OLD.person_id AS pid UNION SELECT NEW.person_id')}; END",
        "CREATE TRIGGER person_latest_incident_update AFTER UPDATE OF opened_at, address_id,"
        f" risk_level ON incidents WHEN {incident_changed} BEGIN "
        f"{recompute_sql(_PEOPLE_OF_NEW)}; END",
        # A person deleted (a workstation cache's provisional people once the server's
        # copy arrives) takes its row along: a later person given the same id starts clean.
        f"CREATE TRIGGER person_latest_person_delete AFTER DELETE ON people BEGIN {_FORGET}; END",
        f"CREATE TRIGGER person_latest_incident_adopted AFTER INSERT ON incidents WHEN {_ADOPTED}"
        f" BEGIN {recompute_sql(_PEOPLE_OF_NEW)}; END",
    ]


def _lock(people: str) -> str:
    """PostgreSQL: wait for anyone else changing these people's rows (``people``: a
    SELECT of ids), so the statement after it (a fresh snapshot under READ COMMITTED)
    sees what they committed. A missing row is made first (waiting for another
    transaction's uncommitted one), else there would be nothing to lock."""
    return (
        f"INSERT INTO {TABLE} (person_id) {people} ORDER BY 1 ON CONFLICT DO NOTHING;"
        f" PERFORM 1 FROM {TABLE} WHERE person_id IN ({people}) ORDER BY person_id FOR UPDATE;"
    )


def _function(name: str, body: str) -> str:
    """A PL/pgSQL trigger function run with its owner's rights (the administrator who
    migrated): the workstation role only reads person_latest (``storage.roles``), so its
    rows cannot be rewritten with a workstation's credentials; the search path is fixed
    at creation."""
    return (
        f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER"
        f" SET search_path FROM CURRENT AS $$ BEGIN {body} RETURN NULL; END $$"
    )


def postgresql_ddl() -> list[str]:
    """The trigger functions and triggers for PostgreSQL."""
    old, new = "SELECT OLD.person_id", "SELECT NEW.person_id"
    link = _function(
        "person_latest_link",
        f"{_lock(old)} {recompute_sql(f'{old} AS pid')};"
        f" IF TG_OP = 'UPDATE' THEN {_lock(new)} {recompute_sql(f'{new} AS pid')}; END IF;",
    )
    people = "SELECT DISTINCT person_id FROM incident_people WHERE incident_id = NEW.id"
    incident = _function(
        "person_latest_incident", f"{_lock(people)} {recompute_sql(_PEOPLE_OF_NEW)};"
    )
    # The new links' incidents are share-locked first: a re-grade (or any edit) of one
    # in flight is waited for and then read as committed, and an edit starting later
    # waits for this transaction, whose links its recompute then sees.
    added = _function(
        "person_latest_links_added",
        "PERFORM 1 FROM incidents WHERE id IN (SELECT incident_id FROM added)"
        f" ORDER BY id FOR SHARE; {'; '.join(links_added_sql())};",
    )
    forget = _function("person_latest_forget", f"{_FORGET};")
    return [
        link,
        incident,
        added,
        forget,
        f"CREATE TRIGGER {LINK_INSERT_TRIGGER} AFTER INSERT ON incident_people"
        " REFERENCING NEW TABLE AS added FOR EACH STATEMENT"
        " EXECUTE FUNCTION person_latest_links_added()",
        "CREATE TRIGGER person_latest_link_delete AFTER DELETE ON incident_people"
        " FOR EACH ROW EXECUTE FUNCTION person_latest_link()",
        "CREATE TRIGGER person_latest_link_update AFTER UPDATE OF person_id, incident_id, role"
        f" ON incident_people FOR EACH ROW WHEN ({_LINK_CHANGED})"
        " EXECUTE FUNCTION person_latest_link()",
        "CREATE TRIGGER person_latest_incident_update AFTER UPDATE OF opened_at, address_id,"
        f" risk_level ON incidents FOR EACH ROW WHEN ({_INCIDENT_CHANGED})"
        " EXECUTE FUNCTION person_latest_incident()",
        "CREATE TRIGGER person_latest_person_delete AFTER DELETE ON people"
        " FOR EACH ROW EXECUTE FUNCTION person_latest_forget()",
        "CREATE TRIGGER person_latest_incident_adopted AFTER INSERT ON incidents"
        f" FOR EACH ROW WHEN ({_ADOPTED}) EXECUTE FUNCTION person_latest_incident()",
    ]


def _ranked(condition: str) -> str:
    return (
        "SELECT lp.person_id AS pid, li.id, li.opened_at, li.address_id, li.risk_level,"
        " ROW_NUMBER() OVER (PARTITION BY lp.person_id ORDER BY li.opened_at DESC, li.id DESC)"
        " AS rn FROM incident_people AS lp JOIN incidents AS li ON li.id = lp.incident_id"
        f" WHERE {condition}"
    )


def rebuild_statements() -> list[str]:
    """The whole table worked out again: emptied, then each part in one set-based pass."""
    address = _ranked("li.address_id IS NOT NULL")
    risk = _ranked("lp.role = 'victim' AND li.risk_level <> 'none'")
    return [
        f"DELETE FROM {TABLE}",
        f"INSERT INTO {TABLE} (person_id, {', '.join(_ADDRESS_PART)})"
        f" SELECT pid, id, opened_at, address_id FROM ({address}) AS t WHERE rn = 1",
        f"INSERT INTO {TABLE} (person_id, {', '.join(_RISK_PART)})"
        f" SELECT pid, id, opened_at, risk_level FROM ({risk}) AS t WHERE rn = 1"
        f" ON CONFLICT (person_id) DO UPDATE SET {_set_all(_RISK_PART)}",
    ]


class Cursor(Protocol):
    """A DB-API cursor (sqlite3's or psycopg's), as bulk loaders hold one."""

    def execute(self, sql: str, *args: Any) -> Any: ...

    def fetchall(self) -> list[Any]: ...


def rebuild_person_latest(cursor: Cursor) -> None:
    """Work ``person_latest`` out again from the incidents, in the caller's transaction.

    For bulk loads that set the link trigger aside (``deferred_person_latest``); on
    10,000,000 incidents about as long as building one index over incident_people."""
    for statement in rebuild_statements():
        cursor.execute(statement)


@contextlib.contextmanager
def deferred_person_latest(cursor: Cursor, is_sqlite: bool) -> Iterator[None]:
    """A bulk load without the per-link trigger: it is dropped, and after the load the
    table is rebuilt and the trigger restored (its own stored SQL), all in the caller's
    transaction (an error leaves both as they were once it rolls back)."""
    if is_sqlite:
        cursor.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
            (LINK_INSERT_TRIGGER,),
        )
    else:
        cursor.execute(
            "SELECT pg_get_triggerdef(oid) FROM pg_trigger WHERE tgname = %s"
            " AND tgrelid = 'incident_people'::regclass",
            (LINK_INSERT_TRIGGER,),
        )
    found = cursor.fetchall()
    if not found:  # not migrated this far, or already set aside by an outer load
        yield
        return
    on = "" if is_sqlite else " ON incident_people"
    cursor.execute(f"DROP TRIGGER {LINK_INSERT_TRIGGER}{on}")
    yield
    rebuild_person_latest(cursor)
    cursor.execute(str(found[0][0]))
