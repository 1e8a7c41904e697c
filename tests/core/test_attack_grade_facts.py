"""Attack on the grade check (red team): with no triage answers stored, the core grades on
the facts the caller passes with the decision (seeding and scripts need that). A handler
could so store a low grade from facts nobody answered, seen in no audit event: the
triage answers' own event carries the facts they give, the grade's carried none. The grade
event now records the facts it was decided on whenever no answers were stored, and says
so; with answers stored it names none (they are in the answers' events), SQLite and
PostgreSQL, on one database and through a workstation (the server's replay audits them)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from callhandler.desk import DatabaseDesk, Desk, WorkstationDesk
from callhandler.domain.facts import Facts
from callhandler.domain.grading import recommend
from callhandler.domain.policy import shipped_policy
from callhandler.storage.engine import Database
from callhandler.sync.workstation import Workstation
from closure_helpers import Staff, make_staff
from outage_helpers import CALL, conversation, copy_of, events, recommendation

INVENTED = {"relationship": "other", "weapon": "no", "injury": "none", "children_present": "no"}


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


def _detail(event: object) -> dict[str, object]:
    detail = event.detail  # type: ignore[attr-defined]
    return json.loads(detail) if isinstance(detail, str) else dict(detail)


def test_a_grade_decided_on_facts_with_no_answers_stored_audits_those_facts(
    db: Database, desk: Desk
) -> None:
    row = desk.open_call(CALL).value
    invented = recommend(Facts(INVENTED), None, shipped_policy())
    done = desk.decide_grade(row.id, invented, invented.grade, expected_version=row.version)
    assert done.value.chosen_grade == invented.grade
    [grade] = events(db, "grade")
    detail = _detail(grade)
    assert detail["facts"] == INVENTED
    assert detail["facts_from"] == "given with the decision: no triage answers stored"


def test_a_grade_decided_on_stored_answers_leaves_the_facts_to_their_own_event(
    db: Database, desk: Desk
) -> None:
    row = desk.open_call(CALL).value
    c = conversation().answer("da_relationship", "intimate_partner")
    desk.record_answers(row.id, c)
    honest = recommendation(c)
    desk.decide_grade(row.id, honest, honest.grade, expected_version=row.version)
    [grade] = events(db, "grade")
    assert "facts" not in _detail(grade) and "facts_from" not in _detail(grade)
    [answers] = events(db, "triage_answers")
    assert "intimate_partner" in json.dumps(_detail(answers))
