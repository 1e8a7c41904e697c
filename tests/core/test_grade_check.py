"""The recommendation belongs to the core: a grade decision from the window is checked
against the recommendation the core makes from the stored answers and the history; a
tampered one is refused and nothing is stored; an honest one is stored with the core's
own reasons and flags. On one database and through a workstation, SQLite and PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select

from callhandler.desk import DatabaseDesk, Desk, WorkstationDesk
from callhandler.domain.grading import Recommendation
from callhandler.errors import BadInput
from callhandler.services import calls
from callhandler.services.grade_check import core_recommendation
from callhandler.storage.engine import Database
from callhandler.storage.models import Incident
from callhandler.storage.triage_models import GradeDecision
from callhandler.sync.workstation import Workstation
from closure_helpers import Staff, make_staff
from outage_helpers import CALL, conversation, copy_of, events, recommendation

ADVICE = "Caller asked for advice only; the suspect has left."


@pytest.fixture
def staff(db: Database) -> Staff:
    return make_staff(db)


@pytest.fixture(params=["one database", "workstation"])
def desk(
    request: pytest.FixtureRequest,
    db: Database,
    staff: Staff,
    sqlite_template: Path,
    tmp_path: Path,
) -> Iterator[Desk]:
    if request.param == "one database":
        yield DatabaseDesk(db, staff.handler)
        return
    cache = copy_of(sqlite_template, tmp_path)
    yield WorkstationDesk(Workstation(db, cache, staff.handler, pull=None))
    cache.dispose()


def answered_call(desk: Desk) -> tuple[int, int, Recommendation]:
    """A call with children present, answered: the window's honest recommendation."""
    row = desk.open_call(CALL).value
    c = conversation().answer("da_relationship", "intimate_partner").answer("da_children", "yes")
    desk.record_answers(row.id, c)
    rec = recommendation(c)
    return row.id, row.version, rec


def nothing_stored(db: Database) -> None:
    with db.read() as session:
        assert session.execute(select(func.count()).select_from(GradeDecision)).scalar() == 0
        assert session.execute(select(Incident.grade)).scalar() is None
    assert events(db, "grade") == []


@pytest.mark.parametrize(
    ("tamper", "chosen", "rationale"),
    [
        pytest.param({"grade": 3, "grade_name": "Priority"}, 3, "", id="lower grade"),
        pytest.param({"flags": ()}, 2, "", id="flags left out"),
        pytest.param({"policy_floor": 4}, 4, ADVICE, id="below the floor hidden"),
    ],
)
def test_a_tampered_recommendation_is_refused_and_nothing_is_stored(
    db: Database, desk: Desk, tamper: dict[str, object], chosen: int, rationale: str
) -> None:
    incident_id, version, honest = answered_call(desk)
    assert (honest.grade, honest.policy_floor, honest.flag_ids) == (2, 3, ("children",))
    tampered = replace(honest, **tamper)  # type: ignore[arg-type]
    with pytest.raises(BadInput, match="The recommendation changed: Grade 2") as refused:
        desk.decide_grade(incident_id, tampered, chosen, rationale, expected_version=version)
    assert "Nothing was stored" in str(refused.value) and "decide again" in str(refused.value)
    nothing_stored(db)


def test_an_honest_recommendation_is_stored_with_the_core_s_reasons(
    db: Database, desk: Desk
) -> None:
    incident_id, version, honest = answered_call(desk)
    # The window's reasons carry its own words; what is stored is the core's.
    shown = replace(honest, reasons=tuple(replace(r, text="(window)") for r in honest.reasons))
    done = desk.decide_grade(incident_id, shown, 4, ADVICE, expected_version=version)
    assert (done.value.recommended_grade, done.value.chosen_grade) == (2, 4)
    assert done.value.below_floor and done.value.policy_floor == 3
    with db.read() as session:
        row = session.execute(select(GradeDecision)).scalar_one()
        reasons = json.loads(row.reasons_json)
        assert json.loads(row.flags_json) == ["children"] and row.below_floor
    assert [r["rule"] for r in reasons] == [r.rule for r in honest.reasons]
    assert "(window)" not in json.dumps(reasons)
    [shift] = calls.shift_incidents(db, desk.actor)
    assert shift.grade == 4


def test_a_recommendation_made_before_the_history_was_seen_is_refused(
    db: Database, desk: Desk
) -> None:
    """The same number called about domestic abuse twice before: the core's recommendation
    counts that history; one shown without it is out of date: the window looks again."""
    for _ in range(2):
        incident_id, version, honest = answered_call(desk)
        seen = core_recommendation(db, desk.actor, incident_id, honest)  # what the window shows
        desk.decide_grade(incident_id, seen, seen.grade, expected_version=version)
    incident_id, version, without_history = answered_call(desk)
    with pytest.raises(BadInput, match="The recommendation changed: Grade 1") as refused:
        desk.decide_grade(incident_id, without_history, 2, expected_version=version)
    assert "repeat_victim" in str(refused.value)
    assert len(events(db, "grade")) == 2  # the earlier two only
