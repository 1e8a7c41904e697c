"""Dates of birth on the new-call form, and the victim typed against the people on record:
linked when name and date of birth agree, asked in one key press when only the name does."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from builders import add_incident
from call_window import handler_window, workspace_of
from callhandler.services import calls, people
from callhandler.storage.engine import Database
from callhandler.storage.models import IncidentPerson
from ui.call.call_workspace import CallWorkspace
from ui.main_window import MainWindow
from uitools import WAIT_MS

CTRL = Qt.KeyboardModifier.ControlModifier
NOW = dt.datetime.now(dt.UTC)
DOB = dt.date(1991, 3, 4)
NEW_NUMBER = "07700 900222"


@pytest.fixture
def window(qtbot, db, worker, handler) -> MainWindow:
    return handler_window(qtbot, db, worker, handler)


@pytest.fixture
def known_victim(db: Database) -> None:
    """Jane Example, born 04/03/1991, victim in two imported incidents at another number."""
    for ref, days in (("OLD-1", 40), ("OLD-2", 10)):
        add_incident(
            db,
            ref,
            days_ago=days,
            now=NOW,
            phone="07700 900111",
            people=[("victim", "Jane Example", DOB)],
        )


def focused():
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifiers)


def tab_to(qtbot, workspace: CallWorkspace, field: str) -> None:
    """Tab from the number to ``field``, as the handler would."""
    editor = workspace.form.editors[field]
    for _ in range(12):
        if focused() is editor:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {field}")


def type_victim(qtbot, workspace: CallWorkspace, dob: str = "") -> None:
    """The new number, then the victim's name (and date of birth) with Tab between."""
    qtbot.keyClicks(focused(), NEW_NUMBER)
    tab_to(qtbot, workspace, "victim_name")
    with qtbot.waitSignal(workspace.history.result_shown, timeout=WAIT_MS):
        qtbot.keyClicks(focused(), "Jane Example")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is workspace.form.editors["victim_dob"]
    if dob:
        with qtbot.waitSignal(workspace.history.result_shown, timeout=WAIT_MS):
            qtbot.keyClicks(focused(), dob)


def open_incident(qtbot, workspace: CallWorkspace) -> calls.IncidentRow:
    with qtbot.waitSignal(workspace.form.incident_opened, timeout=WAIT_MS) as opened:
        press(qtbot, Qt.Key.Key_Return, CTRL)
    row: calls.IncidentRow = opened.args[0]
    return row


def on_record(db: Database, handler) -> people.PersonCandidate:
    """Jane Example as imported (born 04/03/1991), with her incidents counted now."""
    [known] = [c for c in people.possible_people(db, handler, "Jane Example") if c.dob == DOB]
    return known


def victims_named(db: Database, handler, name: str = "Jane Example") -> dict[int, int]:
    """Person id → incidents they are the victim of, for everyone with that name."""
    found = people.possible_people(db, handler, name)
    with db.read() as session:
        return {
            c.person_id: len(
                session.execute(
                    select(IncidentPerson.id).where(
                        IncidentPerson.person_id == c.person_id, IncidentPerson.role == "victim"
                    )
                ).all()
            )
            for c in found
        }


def test_dates_of_birth_follow_each_name_and_a_bad_one_is_shown_inline(
    qtbot, window, worker
) -> None:
    workspace = workspace_of(window)
    form = workspace.form
    assert form.labels["victim_dob"].buddy() is form.editors["victim_dob"]
    qtbot.keyClicks(focused(), NEW_NUMBER)
    tab_to(qtbot, workspace, "victim_name")
    qtbot.keyClicks(focused(), "Kim Example")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.editors["victim_dob"]  # right after the name
    qtbot.keyClicks(focused(), "31/02/1991")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.editors["suspect_name"]  # no question: nothing matched
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.editors["suspect_dob"]
    error = form.errors["victim_dob"]
    assert error.isVisible()
    assert "day/month/year" in error.text() and "31/02/1991" in error.text()  # the core's words

    press(qtbot, Qt.Key.Key_Return, CTRL)  # not opened: the date is wrong, and says so
    assert not worker.busy and form.opened_ref is None
    assert focused() is form.editors["victim_dob"]
    qtbot.keyClick(form.editors["victim_dob"], Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(form.editors["victim_dob"], "04/03/1991")
    assert not error.isVisible()  # typing takes the message away
    tab_to(qtbot, workspace, "suspect_dob")
    qtbot.keyClicks(focused(), "1980-13-01")
    press(qtbot, Qt.Key.Key_Tab)
    assert "not a date of birth" in form.errors["suspect_dob"].text()
    qtbot.keyClick(form.editors["suspect_dob"], Qt.Key.Key_A, CTRL)
    qtbot.keyClick(form.editors["suspect_dob"], Qt.Key.Key_Delete)  # optional: blank is fine

    row = open_incident(qtbot, workspace)
    assert row.victim_dob == "04/03/1991" and row.suspect_dob == ""
    assert form.editors["victim_dob"].isReadOnly()


def test_a_victim_on_record_by_name_and_date_of_birth_is_linked_and_the_history_says_so(
    qtbot, window, db, worker, handler, known_victim
) -> None:
    workspace = workspace_of(window)
    type_victim(qtbot, workspace, "4/3/1991")
    line = workspace.history.person_line
    qtbot.waitUntil(line.isVisible, timeout=WAIT_MS)
    assert line.text() == "Linked to an existing person: 2 earlier incidents"
    assert workspace.person_match.bar.isHidden()  # nothing to ask
    shown = workspace.history.last_result
    assert shown is not None
    assert sorted(c.incident_ref for c in shown.exact) == ["OLD-1", "OLD-2"]

    row = open_incident(qtbot, workspace)
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    [person] = people.possible_people(db, handler, "Jane Example", DOB)
    assert (person.incidents, person.exact) == (3, True)  # one person, this call with them
    assert victims_named(db, handler) == {person.person_id: 3}
    assert row.victim_dob == "04/03/1991"
    assert line.text() == "Linked to an existing person: 2 earlier incidents"


def test_a_name_only_match_is_asked_and_y_links_it(
    qtbot, window, db, worker, handler, known_victim
) -> None:
    workspace = workspace_of(window)
    bar = workspace.person_match.bar
    type_victim(qtbot, workspace)
    qtbot.waitUntil(bar.isVisible, timeout=WAIT_MS)
    assert bar.text.text() == (
        "Jane Example (born 04/03/1991), 2 earlier incidents — is this the victim?"
    )
    assert not workspace.history.person_line.isVisible()

    row = open_incident(qtbot, workspace)  # never linked silently: asked, not answered
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    known = on_record(db, handler)
    assert known.incidents == 2
    assert bar.isVisible()

    assert focused() is workspace.script.card
    press(qtbot, Qt.Key.Key_F7)  # to the question from anywhere
    assert focused() is bar.yes_button
    version = workspace.grading.version
    with qtbot.waitSignal(workspace.person_match.linked, timeout=WAIT_MS):
        press(qtbot, Qt.Key.Key_Y)
    assert focused() is workspace.script.card  # back where F7 was pressed
    assert bar.isHidden()
    assert workspace.grading.version == (version or 0) + 1
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    line = workspace.history.person_line
    assert line.text() == "Linked to an existing person: 2 earlier incidents"
    assert {pid: n for pid, n in victims_named(db, handler).items() if n} == {
        known.person_id: 3
    }  # one person: the victim of all three calls
    assert calls.shift_incidents(db, handler)[0].victim_dob == "04/03/1991"
    shown = workspace.history.last_result
    assert shown is not None and {c.incident_ref for c in shown.exact} >= {"OLD-1", "OLD-2"}
    assert row.ref not in {c.incident_ref for c in shown.exact}


def test_y_before_the_incident_is_opened_links_it_once_opened(
    qtbot, window, db, worker, handler, known_victim
) -> None:
    workspace = workspace_of(window)
    bar = workspace.person_match.bar
    type_victim(qtbot, workspace)
    qtbot.waitUntil(bar.isVisible, timeout=WAIT_MS)
    press(qtbot, Qt.Key.Key_Tab)  # from the date of birth, Tab reaches the question
    assert focused() is bar.yes_button
    with qtbot.waitSignal(workspace.history.result_shown, timeout=WAIT_MS):
        press(qtbot, Qt.Key.Key_Y)
    assert focused() is workspace.form.editors["suspect_name"]  # on to the next field
    assert "(linked when the incident is opened)" in workspace.history.person_line.text()

    with qtbot.waitSignal(workspace.person_match.linked, timeout=WAIT_MS):
        open_incident(qtbot, workspace)
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    known = on_record(db, handler)
    assert known.incidents == 3
    assert workspace.history.person_line.text() == (
        "Linked to an existing person: 2 earlier incidents"
    )


def test_n_says_not_them_and_leaves_the_victim_unlinked(
    qtbot, window, db, worker, handler, known_victim
) -> None:
    workspace = workspace_of(window)
    bar = workspace.person_match.bar
    type_victim(qtbot, workspace)
    qtbot.waitUntil(bar.isVisible, timeout=WAIT_MS)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_N)
    assert bar.isHidden()
    assert focused() is workspace.form.editors["suspect_name"]
    with qtbot.waitSignal(workspace.history.result_shown, timeout=WAIT_MS):
        qtbot.keyClicks(focused(), "John Example")  # more look-ups: not asked again
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    assert bar.isHidden()

    row = open_incident(qtbot, workspace)
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    assert bar.isHidden() and not workspace.history.person_line.isVisible()
    known = on_record(db, handler)
    assert known.incidents == 2  # not linked
    others = {pid: n for pid, n in victims_named(db, handler).items() if pid != known.person_id}
    assert list(others.values()) == [1]  # this call's victim is another person
    assert row.victim == "Jane Example"


def test_a_corrected_date_of_birth_links_the_person_on_record(
    qtbot, window, db, worker, handler, known_victim
) -> None:
    workspace = workspace_of(window)
    type_victim(qtbot, workspace, "05/03/1991")  # mistyped: another person
    row = open_incident(qtbot, workspace)
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    assert row.victim_dob == "05/03/1991"

    press(qtbot, Qt.Key.Key_F6)
    tab_to(qtbot, workspace, "victim_dob")
    press(qtbot, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(focused(), "04/03/1991")
    with qtbot.waitSignal(workspace.correction.saved, timeout=WAIT_MS) as saved:
        press(qtbot, Qt.Key.Key_Return, CTRL)
    assert saved.args[0].victim_dob == "04/03/1991"
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    known = on_record(db, handler)
    assert known.incidents == 3
    qtbot.waitUntil(workspace.history.person_line.isVisible, timeout=WAIT_MS)
    assert workspace.history.person_line.text() == (
        "Linked to an existing person: 2 earlier incidents"
    )


def test_a_link_refused_is_said_in_the_question_and_nothing_is_linked(
    qtbot, window, db, worker, handler, known_victim
) -> None:
    workspace = workspace_of(window)
    bar = workspace.person_match.bar
    type_victim(qtbot, workspace)
    row = open_incident(qtbot, workspace)
    qtbot.waitUntil(bar.isVisible, timeout=WAIT_MS)
    # Meanwhile another workstation corrects the incident: the version this one holds is old.
    calls.update_call_details(
        db,
        handler,
        row.id,
        row.version,
        calls.NewCall(phone=NEW_NUMBER, victim_name="Jane Example", summary="Changed elsewhere."),
    )
    press(qtbot, Qt.Key.Key_F7)
    press(qtbot, Qt.Key.Key_Y)
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)  # the link, then a look-up
    assert bar.isVisible()
    assert bar.text.text().startswith("Not linked: Incident ")
    assert "NOT saved" in bar.text.text() and "is this the victim?" in bar.text.text()
    assert not workspace.history.person_line.isVisible()
    assert on_record(db, handler).incidents == 2
