"""The Oversight filter finds a row by address, as its hint says (issue 16), and still by
name and reference."""

from __future__ import annotations

import os

from builders import NOW, add_incident
from callhandler.desk import DatabaseDesk
from closure_helpers import make_staff, new_incident, to_awaiting_sign_off
from ui.oversight.lists_view import OversightListsView
from uitools import WAIT_MS


def shown(view: OversightListsView, name: str) -> list[str]:
    column = view.model.columns().index(name)
    return [view.proxy.index(r, column).data() for r in range(view.proxy.rowCount())]


def test_an_address_word_finds_the_victim_living_there(qtbot, db, worker) -> None:
    for n, (name, address) in enumerate(
        (("Jane Example", "14 Larkspur Close"), ("Ann Sample", "2 Orchard Way"))
    ):
        for days in (10, 40, 90):
            add_incident(
                db,
                f"R-{n}-{days}",
                days_ago=days,
                address=address,
                postcode="CB1 2AD",
                people=[("victim", name)],
            )
    staff = make_staff(db)
    backlog = new_incident(db, staff.handler, "07700 900700")
    to_awaiting_sign_off(db, staff.handler, backlog.id, backlog.version)

    view = OversightListsView(DatabaseDesk(db, staff.inspector), worker, clock=lambda: NOW)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        view.choose("repeat-victims")
    assert sorted(shown(view, "subject")) == ["Ann Sample", "Jane Example"]
    assert "14 Larkspur Close, CB1 2AD" in shown(view, "address")

    qtbot.keyClicks(view.filter_edit, "larkspur")
    assert shown(view, "subject") == ["Jane Example"]
    if os.environ.get("OVERSIGHT_FILTER_SCREENSHOT"):  # =/tmp/filter.png
        assert view.grab().save(os.environ["OVERSIGHT_FILTER_SCREENSHOT"])
    view.filter_edit.clear()
    qtbot.keyClicks(view.filter_edit, "orchard ann")  # words in the address and the name
    assert shown(view, "subject") == ["Ann Sample"]
    view.filter_edit.clear()
    qtbot.keyClicks(view.filter_edit, "Example")
    assert shown(view, "subject") == ["Jane Example"]

    view.filter_edit.clear()
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        view.choose("sign-off-backlog")
    qtbot.keyClicks(view.filter_edit, "test street")  # closure_helpers' address
    assert shown(view, "ref") == [backlog.ref]
    view.filter_edit.clear()
    qtbot.keyClicks(view.filter_edit, backlog.ref.lower())
    assert shown(view, "ref") == [backlog.ref]
    view.filter_edit.clear()
    qtbot.keyClicks(view.filter_edit, "larkspur")
    assert shown(view, "ref") == []
