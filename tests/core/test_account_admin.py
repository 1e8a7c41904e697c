"""Account administration, and every service call re-reading the account (issue 13: "A
disabled user's session keeps working; an inspector demoted to handler still finalises")."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from callhandler.errors import AuthenticationFailed, BadInput, PermissionDenied
from callhandler.services import (
    account_admin,
    accounts,
    calls,
    cli_tokens,
    history,
    lifecycle,
    signoff,
    triage,
)
from callhandler.services.context import SessionEnded, current_actor
from callhandler.storage.engine import Database
from callhandler.storage.models import AuditEvent
from closure_helpers import make_staff, new_incident, to_awaiting_sign_off
from signin_helpers import PASSWORD, make_user


def _actions(db: Database, action: str) -> list[tuple[str, str]]:
    with db.read() as session:
        rows = session.execute(
            select(AuditEvent.username, AuditEvent.detail)
            .where(AuditEvent.action == action)
            .order_by(AuditEvent.id)
        ).all()
    return [(r.username, r.detail) for r in rows]


def test_a_disabled_users_open_session_stops_at_its_next_action(db: Database) -> None:
    admin = make_user(db, "boss", "admin")
    handler = make_user(db, "h1", "handler")  # signed in, window open
    opened = calls.open_incident(db, handler, calls.NewCall(phone="07700 900123"))
    account_admin.disable(db, admin, "h1")
    with pytest.raises(SessionEnded, match="disabled"):
        calls.open_incident(db, handler, calls.NewCall(phone="07700 900124"))
    with pytest.raises(PermissionDenied, match="disabled"):
        history.find_previous_calls(db, handler, history.HistoryQuery(phone="07700 900123"))
    # Every audited write, whichever service makes it, stops too (audit.record re-reads
    # the account): triage answers, a grade, a marker expiry.
    from callhandler.domain.conversation import Conversation
    from callhandler.domain.scripts import shipped_script

    answers = Conversation.start(shipped_script("domestic_abuse")).answer("da_children", "yes")
    with pytest.raises(PermissionDenied, match="disabled"):
        triage.record_answers(db, handler, opened.id, answers)
    with pytest.raises(AuthenticationFailed):
        accounts.authenticate(db, "h1", PASSWORD, "ws", failure_delay_s=0)
    assert [u for u, _ in _actions(db, "disable")] == ["boss"]
    account_admin.enable(db, admin, "h1")
    again = accounts.authenticate(db, "h1", PASSWORD, "ws", failure_delay_s=0)
    calls.open_incident(db, again, calls.NewCall(phone="07700 900125"))


def test_a_demoted_inspector_cannot_finalise(db: Database) -> None:
    staff = make_staff(db)
    admin = make_user(db, "boss", "admin")
    row = new_incident(db, staff.handler)
    version = to_awaiting_sign_off(db, staff.handler, row.id, row.version)
    account_admin.set_role(db, admin, "i1", "handler")  # i1's window still says inspector
    with pytest.raises(PermissionDenied, match="changed the role"):
        signoff.finalise(db, staff.inspector, row.id, version, password=PASSWORD)
    # Signed in again, i1 is a handler and the service refuses the signature as such.
    demoted = accounts.authenticate(db, "i1", PASSWORD, "ws-i1", failure_delay_s=0)
    assert demoted.role == "handler"
    with pytest.raises(PermissionDenied):
        signoff.finalise(db, demoted, row.id, version, password=PASSWORD)
    # Another inspector still can.
    signoff.finalise(db, staff.inspector2, row.id, version, password=PASSWORD)
    assert [d for _, d in _actions(db, "set_role")] == [
        '{"from": "inspector", "to": "handler", "username": "i1"}'
    ]


def test_the_recheck_is_one_query_per_transaction(db: Database) -> None:
    handler = make_user(db, "h1", "handler")
    queries: list[str] = []
    from sqlalchemy import event

    def count(*args: object) -> None:
        queries.append(str(args[2]))

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        with db.read() as session:
            for _ in range(100):
                current_actor(session, handler)
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    assert sum("FROM users" in q for q in queries) == 1


def test_only_administrators_administer_accounts(db: Database) -> None:
    make_user(db, "boss", "admin")
    handler = make_user(db, "h1", "handler")
    inspector = make_user(db, "i1", "inspector")
    for actor in (handler, inspector):
        for attempt in (
            lambda a: account_admin.disable(db, a, "boss"),
            lambda a: account_admin.set_role(db, a, "h1", "inspector"),
            lambda a: account_admin.reset_password(db, a, "boss", "Owl-Lantern-Fjord-7"),
            lambda a: account_admin.unlock(db, a, username="boss"),
            lambda a: accounts.create_user(db, a, "mallory", "M", "inspector", PASSWORD),
            lambda a: accounts.list_users(db, a),
        ):
            with pytest.raises(PermissionDenied):
                attempt(actor)
    assert [u.username for u in accounts.list_users(db, make_user(db, "boss2", "admin"))] == [
        "boss",
        "boss2",
        "h1",
        "i1",
    ]


def test_the_last_administrator_is_kept_and_nobody_disables_themselves(db: Database) -> None:
    boss = make_user(db, "boss", "admin")
    with pytest.raises(PermissionDenied, match="your own account"):
        account_admin.disable(db, boss, "boss")
    second = make_user(db, "boss2", "admin")
    account_admin.disable(db, second, "boss")
    with pytest.raises(PermissionDenied, match="your own"):
        account_admin.set_role(db, second, "boss2", "handler")
    with pytest.raises(BadInput, match="no account"):
        account_admin.disable(db, second, "nobody")


def test_a_reset_password_follows_the_rules_and_ends_command_line_sign_ins(db: Database) -> None:
    admin = make_user(db, "boss", "admin")
    handler = make_user(db, "h1", "handler", workstation="ws-7")
    token, _ = cli_tokens.issue(db, handler)
    assert cli_tokens.actor_for(db, token, "ws-7").username == "h1"
    with pytest.raises(BadInput, match="at least 12"):
        account_admin.reset_password(db, admin, "h1", "short")
    account_admin.reset_password(db, admin, "h1", "Fjord-Velvet-Orbit-8")
    with pytest.raises(AuthenticationFailed, match="login"):
        cli_tokens.actor_for(db, token, "ws-7")
    with pytest.raises(AuthenticationFailed):
        accounts.authenticate(db, "h1", PASSWORD, "ws", failure_delay_s=0)
    assert accounts.authenticate(db, "h1", "Fjord-Velvet-Orbit-8", "ws", failure_delay_s=0)
    ((username, detail),) = _actions(db, "reset_password")
    assert username == "boss" and "Fjord" not in detail


def test_command_line_tokens_expire_stay_on_their_workstation_and_end_at_logout(
    db: Database,
) -> None:
    admin = make_user(db, "boss", "admin")
    handler = make_user(db, "h1", "handler", workstation="ws-7")
    now = dt.datetime.now(dt.UTC)
    token, expires = cli_tokens.issue(db, handler, hours=8, now=now)
    assert expires == now + dt.timedelta(hours=8)
    assert cli_tokens.actor_for(db, token, "ws-7", now=now).role == "handler"
    with pytest.raises(AuthenticationFailed):
        cli_tokens.actor_for(db, token, "ws-8", now=now)  # copied to another workstation
    with pytest.raises(AuthenticationFailed):
        cli_tokens.actor_for(db, token, "ws-7", now=expires)
    with pytest.raises(AuthenticationFailed):
        cli_tokens.actor_for(db, "not-a-token", "ws-7", now=now)
    account_admin.set_role(db, admin, "h1", "inspector")  # the role is read afresh
    assert cli_tokens.actor_for(db, token, "ws-7", now=now).role == "inspector"
    assert cli_tokens.revoke(db, token, now=now)
    with pytest.raises(AuthenticationFailed):
        cli_tokens.actor_for(db, token, "ws-7", now=now)
    with pytest.raises(BadInput):
        cli_tokens.issue(db, handler, hours=24)


def test_every_change_to_an_incident_reads_the_account_again(db: Database) -> None:
    staff = make_staff(db)
    admin = make_user(db, "boss", "admin")
    row = new_incident(db, staff.handler)
    account_admin.disable(db, admin, "h1")
    with pytest.raises(SessionEnded):
        lifecycle.dispatch(db, staff.handler, row.id, row.version, grade=2, officers=["PC1"])
    account_admin.enable(db, admin, "h1")
    account_admin.set_role(db, admin, "h1", "inspector")
    with pytest.raises(SessionEnded, match="changed the role"):
        lifecycle.dispatch(db, staff.handler, row.id, row.version, grade=2, officers=["PC1"])
