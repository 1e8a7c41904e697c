"""Random sequences of actions by random users never break the sign-off rules."""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import func, select

from callhandler.errors import CallHandlerError
from callhandler.services import accounts, audit, calls, closure, lifecycle, signoff
from callhandler.services.context import Actor, system_actor
from callhandler.services.four_eyes import contributors
from callhandler.storage.closure_models import IncidentTransition, SignOff
from callhandler.storage.engine import Database
from callhandler.storage.models import AuditEvent, Incident
from closure_helpers import FULL_ANSWERS, NARRATIVE, PASSWORD, to_awaiting_sign_off

USERS = (
    ("h1", "handler"),
    ("h2", "handler"),
    ("i1", "inspector"),
    ("i2", "inspector"),
    ("a1", "admin"),
)
TRANSITION_ACTIONS = (
    "dispatch",
    "record_attendance",
    "start_closure",
    "resolve_without_deployment",
    "submit_for_sign_off",
    "finalise",
    "return_to_handler",
)


def test_no_sequence_of_actions_breaks_the_rules(sqlite_template: Path, tmp_path: Path) -> None:
    finalised_count: list[int] = []

    class Lifecycle(RuleBasedStateMachine):
        incidents = Bundle("incidents")

        @initialize()
        def open_database(self) -> None:
            path = tmp_path / f"{uuid.uuid4().hex}.sqlite3"
            shutil.copyfile(sqlite_template, path)
            self.db = Database(f"sqlite:///{path}")
            self.actors: dict[str, Actor] = {}
            for name, role in USERS:
                accounts.create_user(self.db, system_actor(), name, name.upper(), role, PASSWORD)
                self.actors[name] = accounts.authenticate(
                    self.db, name, PASSWORD, f"ws-{name}", failure_delay_s=0
                )
            self.frozen: dict[int, tuple[object, ...]] = {}

        def teardown(self) -> None:
            self.db.dispose()

        def _version(self, incident_id: int) -> int:
            with self.db.read() as session:
                return session.get(Incident, incident_id).version_id  # type: ignore[union-attr]

        def _try(self, fn, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
            try:
                fn(*args, **kwargs)
            except CallHandlerError:
                pass  # refused with a message: that is the rule working

        @rule(target=incidents, who=st.sampled_from([u for u, _ in USERS]))
        def open_call(self, who: str) -> int:
            try:
                return calls.open_incident(
                    self.db, self.actors[who], calls.NewCall(phone="07700 900123")
                ).id
            except CallHandlerError:
                return -1

        @rule(
            incident=incidents, who=st.sampled_from([u for u, _ in USERS]), grade=st.integers(1, 4)
        )
        def dispatch(self, incident: int, who: str, grade: int) -> None:
            if incident > 0:
                self._try(
                    lifecycle.dispatch,
                    self.db,
                    self.actors[who],
                    incident,
                    self._version(incident),
                    grade=grade,
                    officers=["PC1"],
                )

        @rule(incident=incidents, who=st.sampled_from([u for u, _ in USERS]))
        def attend_and_close(self, incident: int, who: str) -> None:
            if incident > 0:
                actor = self.actors[who]
                self._try(
                    lifecycle.record_attendance,
                    self.db,
                    actor,
                    incident,
                    self._version(incident),
                    officer="PC1",
                )
                self._try(
                    lifecycle.start_closure, self.db, actor, incident, self._version(incident)
                )

        @rule(incident=incidents, who=st.sampled_from([u for u, _ in USERS]), stale=st.booleans())
        def answer_everything(self, incident: int, who: str, stale: bool) -> None:
            if incident <= 0:
                return
            actor = self.actors[who]
            for item, value in FULL_ANSWERS.items():
                version = self._version(incident) - (1 if stale else 0)
                self._try(
                    closure.answer_item,
                    self.db,
                    actor,
                    incident,
                    version,
                    item_id=item,
                    value=value,
                    officer_collar="PC1",
                )
            for section, text in NARRATIVE.items():
                self._try(
                    closure.set_narrative,
                    self.db,
                    actor,
                    incident,
                    self._version(incident),
                    section=section,
                    text=text,
                )

        @rule(incident=incidents, who=st.sampled_from([u for u, _ in USERS]))
        def submit(self, incident: int, who: str) -> None:
            if incident > 0:
                self._try(
                    lifecycle.submit_for_sign_off,
                    self.db,
                    self.actors[who],
                    incident,
                    self._version(incident),
                )

        @rule(incident=incidents, who=st.sampled_from(["i1", "i2"]))
        def sign_as_an_inspector(self, incident: int, who: str) -> None:
            self.sign(incident, who, True, True)

        @rule(
            incident=incidents,
            who=st.sampled_from([u for u, _ in USERS]),
            right_password=st.booleans(),
            finalise=st.booleans(),
        )
        def sign(self, incident: int, who: str, right_password: bool, finalise: bool) -> None:
            if incident <= 0:
                return
            password = PASSWORD if right_password else "not-the-password"
            version = self._version(incident)
            with self.db.read() as session:
                handled_before = contributors(session, session.get(Incident, incident))  # type: ignore[arg-type]
            if finalise:
                self._try(
                    signoff.finalise,
                    self.db,
                    self.actors[who],
                    incident,
                    version,
                    password=password,
                )
                with self.db.read() as session:
                    now_final = session.get(Incident, incident).status == "finalised"  # type: ignore[union-attr]
                if now_final and incident not in self.frozen:
                    assert who not in handled_before, "an inspector signed their own incident"
                    assert right_password and self.actors[who].role == "inspector"
                    finalised_count.append(incident)
            else:
                self._try(
                    signoff.return_to_handler,
                    self.db,
                    self.actors[who],
                    incident,
                    version,
                    reason="Please add the children's names.",
                    password=password,
                )

        @rule(handler=st.sampled_from(["h1", "h2"]), inspector=st.sampled_from(["i1", "i2"]))
        def a_whole_call_signed_off(self, handler: str, inspector: str) -> None:
            """A fresh incident taken all the way: random runs always reach finalisation."""
            row = calls.open_incident(
                self.db, self.actors[handler], calls.NewCall(phone="07700 900124")
            )
            version = to_awaiting_sign_off(self.db, self.actors[handler], row.id, row.version)
            self.sign(row.id, inspector, True, True)
            assert self._version(row.id) > version  # finalised: the signature changed it

        @rule(incident=incidents, who=st.sampled_from(["h1", "h2", "i1"]))
        def walk_to_sign_off(self, incident: int, who: str) -> None:
            if incident > 0:
                self._try(
                    to_awaiting_sign_off,
                    self.db,
                    self.actors[who],
                    incident,
                    self._version(incident),
                )

        @rule(incident=incidents, who=st.sampled_from([u for u, _ in USERS]))
        def note(self, incident: int, who: str) -> None:
            if incident > 0:
                self._try(
                    signoff.add_note, self.db, self.actors[who], incident, "Later information."
                )

        @invariant()
        def finalised_only_by_another_inspector_and_never_changed(self) -> None:
            if not hasattr(self, "db"):
                return
            with self.db.read() as session:
                for incident in session.execute(
                    select(Incident).where(Incident.status == "finalised")
                ).scalars():
                    signs = (
                        session.execute(
                            select(SignOff.inspector).where(
                                SignOff.incident_id == incident.id, SignOff.decision == "finalised"
                            )
                        )
                        .scalars()
                        .all()
                    )
                    assert len(signs) == 1
                    assert self.actors[signs[0]].role == "inspector"
                    snapshot = (incident.version_id, incident.grade, incident.updated_at)
                    assert self.frozen.setdefault(incident.id, snapshot) == snapshot

        @invariant()
        def every_transition_is_audited_and_the_chain_holds(self) -> None:
            if not hasattr(self, "db"):
                return
            with self.db.read() as session:
                transitions = session.execute(
                    select(func.count()).select_from(IncidentTransition)
                ).scalar_one()
                audited = session.execute(
                    select(func.count())
                    .select_from(AuditEvent)
                    .where(AuditEvent.action.in_(TRANSITION_ACTIONS))
                ).scalar_one()
            assert transitions == audited
            assert audit.verify(self.db).ok

    run_state_machine_as_test(
        Lifecycle,
        settings=settings(
            max_examples=12,
            stateful_step_count=20,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        ),
    )
    assert finalised_count, "no run reached a finalised incident: the property proved nothing"


def test_signer_never_handled_the_incident(sqlite_template: Path, tmp_path: Path) -> None:
    """The invariant above cannot see who handled at signing time; check it directly."""
    path = tmp_path / "direct.sqlite3"
    shutil.copyfile(sqlite_template, path)
    db = Database(f"sqlite:///{path}")
    accounts.create_user(db, system_actor(), "i1", "I1", "inspector", PASSWORD)
    inspector = accounts.authenticate(db, "i1", PASSWORD, "ws", failure_delay_s=0)
    row = calls.open_incident(db, inspector, calls.NewCall(phone="07700 900123"))
    version = lifecycle.dispatch(db, inspector, row.id, row.version, grade=2, officers=["PC1"])
    with db.read() as session:
        assert "i1" in contributors(session, session.get(Incident, row.id))  # type: ignore[arg-type]
    with pytest.raises(CallHandlerError):
        signoff.finalise(db, inspector, row.id, version, password=PASSWORD)
    db.dispose()
