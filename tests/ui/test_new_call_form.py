"""Taking a call from the keyboard: type, Ctrl+Enter, and the incident is on the shift list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from callhandler.desk import DatabaseDesk
from callhandler.services import calls
from ui.call.handler_view import HandlerView
from ui.call.new_call_form import FIELDS, NewCallForm
from ui.main_window import MainWindow, build_main_window
from uitools import WAIT_MS, make_actor

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, db, worker, handler) -> MainWindow:
    main = build_main_window(db, handler, worker)
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(lambda: main.isActiveWindow(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)  # the first list refresh
    return main


def form_of(window: MainWindow) -> NewCallForm:
    assert isinstance(window.view, HandlerView)
    return window.view.form


def type_call(qtbot, form: NewCallForm, **values: str) -> None:
    for field, text in values.items():
        qtbot.keyClicks(form.editors[field], text)


def test_ctrl_enter_opens_the_incident_and_keeps_the_call_on_screen(
    qtbot, window, db, worker, handler
) -> None:
    form = form_of(window)
    assert QApplication.focusWidget() is form.editors["phone"]
    type_call(
        qtbot,
        form,
        phone="07700 900123",
        address="Flat 2, 14 Mill Road",
        postcode="cb1 2ad",
        caller_name="Jane Example",
        victim_name="Jane Example",
        suspect_name="John Example",
        summary="He has thrown a mug at me and I am in the bathroom.",
    )
    qtbot.keyClick(form.editors["summary"], Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)

    stored = calls.shift_incidents(db, handler)
    assert len(stored) == 1
    incident = stored[0]
    assert (incident.phone, incident.postcode) == ("07700 900123", "CB1 2AD")
    assert (incident.victim, incident.suspect) == ("Jane Example", "John Example")
    model = window.view.shift.model
    assert [r.ref for r in model.rows()] == [incident.ref]
    assert window.view.shift.heading.text().endswith("1")
    # the call goes on: the details stay on screen, recorded and read-only
    assert form.editors["phone"].text() == "07700 900123"
    assert all(editor.isReadOnly() for editor in form.editors.values())
    assert incident.ref in form.message.text()
    assert QApplication.focusWidget() is window.view.workspace.script.card  # on to the script
    # Ctrl+N: the next call, in an empty form (nothing to ask: the incident is stored)
    qtbot.keyClick(window.view.workspace.script.card, Qt.Key.Key_N, CTRL)
    assert not form.has_text()
    assert not form.editors["phone"].isReadOnly()
    assert QApplication.focusWidget() is form.editors["phone"]


def test_the_newest_incident_goes_on_top(qtbot, window, db, worker) -> None:
    form = form_of(window)
    for number in ("07700 900001", "07700 900002"):
        type_call(qtbot, form, phone=number)
        qtbot.keyClick(form.editors["phone"], Qt.Key.Key_Return, CTRL)
        qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
        qtbot.keyClick(form.editors["phone"], Qt.Key.Key_N, CTRL)
    phones = [r.phone for r in window.view.shift.model.rows()]
    assert phones == ["07700 900002", "07700 900001"]


def test_alt_o_opens_the_incident_too(qtbot, window, db, worker, handler) -> None:
    form = form_of(window)
    type_call(qtbot, form, address="22 Station Street")
    with qtbot.waitSignal(form.incident_opened, timeout=WAIT_MS):  # a mnemonic animates a click
        qtbot.keyClick(form.editors["address"], Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    assert [r.address for r in calls.shift_incidents(db, handler)] == ["22 Station Street"]


def test_bad_number_and_postcode_are_shown_inline_and_nothing_is_created(
    qtbot, window, db, worker, handler
) -> None:
    form = form_of(window)
    type_call(qtbot, form, phone="999", postcode="XX1", victim_name="Kim Example")
    qtbot.keyClick(form.editors["victim_name"], Qt.Key.Key_Return, CTRL)
    assert not worker.busy  # nothing was sent
    assert form.errors["phone"].isVisible()
    assert "service number" in form.errors["phone"].text()
    assert form.errors["postcode"].isVisible()
    assert "not a UK postcode" in form.errors["postcode"].text()
    assert not form.errors["victim_name"].isVisible()
    assert form.editors["victim_name"].text() == "Kim Example"
    assert QApplication.focusWidget() is form.editors["phone"]
    assert calls.shift_incidents(db, handler) == []
    assert window.view.shift.model.rowCount() == 0
    # correcting the field takes its message away
    qtbot.keyClicks(form.editors["phone"], "1")
    assert not form.errors["phone"].isVisible()


def test_leaving_a_bad_field_shows_its_problem_at_once(qtbot, window) -> None:
    form = form_of(window)
    type_call(qtbot, form, phone="call me maybe")
    qtbot.keyClick(form.editors["phone"], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.editors["address"]
    assert "Not a telephone number" in form.errors["phone"].text()
    assert not form.errors["address"].isVisible()


def test_tab_walks_the_form_in_order(qtbot, window) -> None:
    form = form_of(window)
    form.editors["phone"].setFocus()
    reached = [QApplication.focusWidget()]
    for _ in range(len(FIELDS) + 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    expected = [form.editors[f] for f in FIELDS] + [form.open_button, form.clear_button]
    assert reached == expected


def test_labels_have_mnemonics_for_their_fields(qtbot, window) -> None:
    form = form_of(window)
    for field in FIELDS:
        label = form.labels[field]
        assert "&" in label.text()
        assert label.buddy() is form.editors[field]
    qtbot.keyClick(form.editors["phone"], Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is form.editors["victim_name"]


def test_escape_keeps_what_was_typed(qtbot, window) -> None:
    form = form_of(window)
    type_call(qtbot, form, phone="07700 900123", summary="He is outside")
    qtbot.keyClick(form.editors["summary"], Qt.Key.Key_Escape)
    assert form.editors["summary"].toPlainText() == "He is outside"
    assert form.editors["phone"].text() == "07700 900123"
    assert window.isVisible()


def test_ctrl_n_asks_before_discarding_and_clears_an_empty_form_silently(
    qtbot, window, no_modal_prompts, monkeypatch
) -> None:
    form = form_of(window)
    qtbot.keyClick(form.editors["phone"], Qt.Key.Key_N, CTRL)
    assert no_modal_prompts == []
    type_call(qtbot, form, victim_name="Jane Example")
    qtbot.keyClick(form.editors["victim_name"], Qt.Key.Key_N, CTRL)
    assert [kind for kind, _ in no_modal_prompts] == ["confirm_discard"]
    assert form.editors["victim_name"].text() == "Jane Example"  # the answer was "keep"
    monkeypatch.setattr("ui.ask.confirm_discard", lambda *_: True)
    qtbot.keyClick(form.editors["victim_name"], Qt.Key.Key_N, CTRL)
    assert not form.has_text()
    assert QApplication.focusWidget() is form.editors["phone"]


def test_service_refusal_is_shown_in_the_form_and_nothing_typed_is_lost(qtbot, db, worker) -> None:
    admin = make_actor(db, "admin1", "admin")  # open_incident refuses administrators
    form = NewCallForm(DatabaseDesk(db, admin), worker)
    qtbot.addWidget(form)
    form.show()
    type_call(qtbot, form, phone="07700 900123", victim_name="Jane Example")
    form.submit()
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    assert form.message.isVisible()
    assert "Only call handlers and inspectors take calls" in form.message.text()
    assert form.call() == calls.NewCall(phone="07700 900123", victim_name="Jane Example")
    assert form.open_button.isEnabled()


def test_pressing_twice_opens_one_incident(qtbot, window, db, worker, handler) -> None:
    form = form_of(window)
    type_call(qtbot, form, phone="07700 900123")
    form.submit()
    form.submit()
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    assert len(calls.shift_incidents(db, handler)) == 1


def test_text_typed_while_saving_is_kept(qtbot, db, worker, handler) -> None:
    form = NewCallForm(
        DatabaseDesk(db, handler), worker
    )  # on its own: the form clears for the next call
    qtbot.addWidget(form)
    form.show()
    type_call(qtbot, form, phone="07700 900123")
    form.submit()
    qtbot.keyClicks(form.editors["victim_name"], "Jane")  # before the result arrives
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    assert len(calls.shift_incidents(db, handler)) == 1
    assert form.editors["victim_name"].text() == "Jane"
    assert "still in the form" in form.message.text()


def test_in_the_call_window_the_fields_wait_while_the_incident_opens(
    qtbot, window, db, worker, handler
) -> None:
    form = form_of(window)
    type_call(qtbot, form, phone="07700 900123")
    form.submit()
    assert form.editors["victim_name"].isReadOnly()  # typing now could not reach the incident
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    assert form.opened_ref == calls.shift_incidents(db, handler)[0].ref
