"""Quality assurance through the desk (issue 17): the same sample, review and figures a
screen gets on one database; on a control-room workstation they need the server and say so
when it cannot be reached."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from callhandler.desk import DatabaseDesk, WorkstationDesk
from callhandler.domain.qa import week_start
from callhandler.errors import DatabaseError, PermissionDenied
from callhandler.storage.engine import Database
from callhandler.sync.workstation import Workstation, server_database
from closure_helpers import make_staff
from outage_helpers import closed_port_url, copy_of
from qa_history import all_compliant, seeded_history


def test_the_desk_draws_reviews_and_reports_quality_assurance(db: Database) -> None:
    staff = make_staff(db)
    week = week_start(dt.datetime.now(dt.UTC).date())
    seeded_history(db, ["h1", "h2"], calls_each=3, week=week)
    desk = DatabaseDesk(db, staff.inspector)
    drawn = desk.draw_qa_sample(week=week, per_handler=1, seed=7)
    assert drawn.changes.touches("qa") and drawn.value.seed == 7
    assert [c.ref for c in desk.qa_sample(week=week)] == [c.ref for c in drawn.value.calls]
    first = drawn.value.calls[0]
    form = desk.qa_review_form(first.id)
    assert form.ref == first.ref and len(form.items) == 7
    scores = all_compliant() | {"briefing_given": ("partial", "Children not mentioned.")}
    assert desk.save_qa_review(first.id, scores).changes.touches("qa")
    assert desk.qa_handlers() == ("h1", "h2")
    assert desk.qa_compliance(handler=None, weeks=4).reviews == 1
    own = DatabaseDesk(db, staff.handler if first.handler == "h1" else staff.handler2)
    [review] = own.qa_reviews()
    assert review.ref == first.ref and "Children not mentioned." in [i.note for i in review.items]
    with pytest.raises(PermissionDenied):
        own.qa_review_form(first.id)  # a handler does not review


@pytest.fixture
def cache(sqlite_template: Path, tmp_path: Path) -> Iterator[Database]:
    database = copy_of(sqlite_template, tmp_path)
    yield database
    database.dispose()


def test_on_a_workstation_quality_assurance_needs_the_server(db: Database, cache: Database) -> None:
    staff = make_staff(db)
    unreachable = server_database(closed_port_url())
    try:
        desk = WorkstationDesk(Workstation(unreachable, cache, staff.inspector, pull=None))
        with pytest.raises(DatabaseError, match="Drawing the QA sample needs the server"):
            desk.draw_qa_sample(week=dt.date(2026, 3, 2), per_handler=1)
    finally:
        unreachable.dispose()
