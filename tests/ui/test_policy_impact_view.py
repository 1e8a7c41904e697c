"""The Oversight tab's policy impact page: the inspector replays recorded calls through a new
policy file on the worker and sees the incidents that change; a refused file, a refused
role and a cancel each show one message."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from builders import add_incident
from callhandler.desk import DatabaseDesk
from callhandler.domain.facts import Facts
from callhandler.services import calls, triage
from callhandler.services.context import Actor
from callhandler.storage.engine import Database
from closure_helpers import Staff, make_staff, new_incident
from ui.oversight import policy_impact_view
from ui.oversight.oversight_view import POLICY_IMPACT, OversightView
from ui.oversight.policy_impact_model import (
    ADDED,
    DECIDED,
    DIRECTION,
    GRADE,
    MARAC,
    REF,
    REMOVED,
    ChangeRole,
)
from ui.oversight.policy_impact_view import PolicyImpactView
from uitools import WAIT_MS

POLICY_FILE = Path(__file__).parents[2] / "resources" / "policy" / "default.yaml"
PHONE = "07700 900777"


def graded_call(
    db: Database, staff: Staff, facts: dict[str, object], phone: str, address: str = ""
) -> str:
    """A call opened (at 3 Test Street unless ``address``) and graded as recommended."""
    if address:
        call = calls.NewCall(phone=phone, address=address, postcode="CB1 2AD")
        row = calls.open_incident(db, staff.handler, call)
    else:
        row = new_incident(db, staff.handler, phone)
    rec = triage.recommend_grade(db, staff.handler, Facts(facts), phone=phone).recommendation
    triage.decide_grade(db, staff.handler, row.id, rec, rec.grade)
    return row.ref


def recorded_calls(db: Database, staff: Staff) -> tuple[str, str]:
    """Two earlier call-outs to one number, then a graded DA call from it (third in 12
    months: Grade 1 with MARAC under the shipped policy), and an unrelated graded call.
    Returns (the third call's ref, the unrelated call's ref)."""
    for ref, days in (("E-1", 100), ("E-2", 40)):
        add_incident(db, ref, days_ago=days, phone=PHONE, now=dt.datetime.now(dt.UTC))
    third = graded_call(
        db,
        staff,
        {"relationship": "intimate_partner", "abuse_types": ["emotional"], "suspect_present": "no"},
        PHONE,
    )
    unchanged = graded_call(db, staff, {"relationship": "other"}, "07700 900778")
    return third, unchanged


def earlier_only_policy(folder: Path, *, default_grade: int = 3) -> Path:
    """A force that counts only earlier call-outs towards "three in 12 months" (and, with
    ``default_grade`` 2, sends someone within the hour to calls with nothing urgent)."""
    text = POLICY_FILE.read_text(encoding="utf-8")
    changed = (
        text.replace(
            "        - {history: domestic_abuse_12m, at_least: 2}\n",
            "        - {history: domestic_abuse_12m, at_least: 3}\n",
        )
        .replace("version: 2", "version: 3")
        .replace("default:\n  grade: 3\n", f"default:\n  grade: {default_grade}\n")
    )
    assert changed.count("\n") == text.count("\n") and "at_least: 3}" in changed
    path = folder / "earlier-only.yaml"
    path.write_text(changed, encoding="utf-8")
    return path


def make_view(qtbot, db: Database, worker, actor: Actor) -> PolicyImpactView:
    view = PolicyImpactView(DatabaseDesk(db, actor), worker)
    qtbot.addWidget(view)
    view.resize(1300, 700)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=WAIT_MS)
    return view


def back_to(qtbot, view: PolicyImpactView) -> None:
    """The progress dialog has closed: the page's window is active again (offscreen Qt does
    not always hand activation back by itself), so its focus widget can be read."""
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=WAIT_MS)


def shown_column(view: PolicyImpactView, column: int) -> list[str]:
    return [view.proxy.index(r, column).data() for r in range(view.proxy.rowCount())]


def test_inspector_replays_a_changed_policy_and_sees_exactly_the_incident_that_changes(
    qtbot, qtmodeltester, db, worker, tmp_path
) -> None:
    staff = make_staff(db)
    third, unchanged = recorded_calls(db, staff)
    new_policy = earlier_only_policy(tmp_path)
    view = make_view(qtbot, db, worker, staff.inspector)
    assert view.days.value() == 365 and not view.summary.isVisible()

    view.path_edit.setFocus()
    qtbot.keyClicks(view.path_edit, str(new_policy))
    with qtbot.waitSignal(view.finished, timeout=WAIT_MS):
        qtbot.keyClick(view.path_edit, Qt.Key.Key_Return)  # Enter runs
        assert view.running and view.progress is not None
        assert not view.run_button.isEnabled()
    assert not view.running and view.progress is None and view.run_button.isEnabled()
    assert not view.notice.isVisible(), view.notice.text()

    assert view.result is not None and view.result.impact.replayed == 2
    assert shown_column(view, REF) == [third]
    assert unchanged not in shown_column(view, REF)
    assert shown_column(view, GRADE) == ["1"]  # the same grade, without MARAC
    assert shown_column(view, MARAC) == ["Yes"]
    change = view.proxy.index(0, 0).data(ChangeRole)
    assert "marac_consideration" in change.flags_removed
    # Flag ids read as the policy's labels.
    assert (
        shown_column(view, REMOVED)[0]
        and "marac_consideration" not in shown_column(view, REMOVED)[0]
    )
    assert shown_column(view, DIRECTION) == ["Same grade"]
    summary = view.summary.text()
    assert "Replayed 2 graded incidents: 0 recommended grades change" in summary
    assert "(0 more urgent, 0 less urgent)" in summary
    assert "flags on 1, MARAC consideration on 1" in summary
    assert "below the new floor on" in summary
    assert "default v2 (in use) compared with default v3" in view.compared.text()
    assert str(new_policy) in view.compared.text() and "last 365 days" in view.compared.text()
    back_to(qtbot, view)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.table, timeout=WAIT_MS)
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.proxy)


def test_the_table_sorts_on_real_values_and_the_period_box_runs_on_enter(
    qtbot, db, worker, tmp_path
) -> None:
    staff = make_staff(db)
    third, unchanged = recorded_calls(db, staff)
    # A second repeat caller, somewhere else, with its own three call-outs.
    for ref, days in (("F-1", 200), ("F-2", 20)):
        add_incident(db, ref, days_ago=days, phone="07700 900779", now=dt.datetime.now(dt.UTC))
    fourth = graded_call(
        db,
        staff,
        {"relationship": "ex_partner", "abuse_types": ["emotional"], "suspect_present": "no"},
        "07700 900779",
        address="9 Other Road",
    )
    view = make_view(qtbot, db, worker, staff.inspector)
    view.path_edit.setText(str(earlier_only_policy(tmp_path, default_grade=2)))
    view.days.setFocus()
    view.days.selectAll()
    qtbot.keyClicks(view.days, "30")
    with qtbot.waitSignal(view.finished, timeout=WAIT_MS):
        qtbot.keyClick(view.days, Qt.Key.Key_Return)  # Enter in the period box runs
    assert view.result is not None and view.result.impact.days == 30
    assert "last 30 days" in view.compared.text()
    # Grade changes first (the unrelated call is now Grade 2), then oldest decision first.
    assert shown_column(view, REF) == [unchanged, third, fourth]
    assert shown_column(view, GRADE) == ["3 → 2", "1", "1"]
    assert shown_column(view, DIRECTION) == ["More urgent", "Same grade", "Same grade"]
    assert "1 more urgent, 0 less urgent" in view.summary.text()

    view.table.sortByColumn(DECIDED, Qt.SortOrder.DescendingOrder)  # newest first
    assert shown_column(view, REF) == [fourth, unchanged, third]
    view.table.sortByColumn(REF, Qt.SortOrder.AscendingOrder)
    assert shown_column(view, REF) == sorted([third, unchanged, fourth])
    view.table.sortByColumn(MARAC, Qt.SortOrder.DescendingOrder)
    assert shown_column(view, MARAC) == ["Yes", "Yes", ""]
    assert shown_column(view, ADDED) == ["", "", ""]


def test_a_refused_policy_file_shows_one_message_naming_the_file_and_line(
    qtbot, db, worker, tmp_path
) -> None:
    staff = make_staff(db)
    recorded_calls(db, staff)
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        POLICY_FILE.read_text(encoding="utf-8").replace("version: 2", "version: two", 1),
        encoding="utf-8",
    )
    view = make_view(qtbot, db, worker, staff.inspector)
    view.path_edit.setText(str(broken))
    with qtbot.waitSignal(view.finished, timeout=WAIT_MS):
        view.run_button.click()
    assert view.notice.isVisible() and view.notice.level == "error"
    message = view.notice.text()
    assert message.startswith("The policy impact could not be run: ")
    assert f"{broken}, line 27: version: 'two' is not of type 'integer'" in message
    assert "Traceback" not in message
    assert view.result is None and view.model.rowCount() == 0 and not view.summary.isVisible()
    back_to(qtbot, view)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.path_edit, timeout=WAIT_MS)

    view.path_edit.setText(str(tmp_path / "missing.yaml"))  # checked before any work
    view.run()
    assert not view.running and "missing.yaml: no such policy file" in view.notice.text()
    view.path_edit.clear()
    view.run()
    assert view.notice.text() == "Choose the new policy file to compare with."
    assert QApplication.focusWidget() is view.path_edit


def test_a_handler_is_refused_inline(qtbot, db, worker, tmp_path) -> None:
    staff = make_staff(db)
    view = make_view(qtbot, db, worker, staff.handler)
    view.path_edit.setText(str(earlier_only_policy(tmp_path)))
    with qtbot.waitSignal(view.finished, timeout=WAIT_MS):
        view.run()
    assert view.notice.level == "error"
    assert view.notice.text() == (
        "The policy impact could not be run: "
        "Only inspectors and administrators can replay calls through a policy."
    )


def test_cancelling_the_progress_dialog_stops_the_replay(qtbot, db, worker, tmp_path) -> None:
    staff = make_staff(db)
    recorded_calls(db, staff)
    view = make_view(qtbot, db, worker, staff.inspector)
    view.path_edit.setText(str(earlier_only_policy(tmp_path)))
    # Hold the worker so the cancel is pressed before the replay reads its first row.
    release = threading.Event()
    worker.submit(release.wait, WAIT_MS / 1000)
    with qtbot.waitSignal(view.finished, timeout=WAIT_MS):
        view.run()
        assert view.progress is not None
        cancel = next(
            b for b in view.progress.dialog.findChildren(QPushButton) if b.text() == "Cancel"
        )
        cancel.click()
        assert view.progress.dialog.labelText() == "Cancelling…"
        release.set()
    assert view.notice.level == "warning"
    assert view.notice.text() == "Policy impact cancelled: nothing was changed."
    assert view.result is None and view.run_button.isEnabled()


def test_browse_fills_the_path_and_the_oversight_tab_has_the_page(
    qtbot, db, worker, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    staff = make_staff(db)
    new_policy = earlier_only_policy(tmp_path)
    asked: list[str] = []

    def choose(_parent: object, start: str) -> str:
        asked.append(start)
        return str(new_policy)

    monkeypatch.setattr(policy_impact_view, "choose_policy_file", choose)
    oversight = OversightView(DatabaseDesk(db, staff.inspector), staff.inspector, worker)
    qtbot.addWidget(oversight)
    oversight.resize(1300, 800)
    oversight.show()
    oversight.activateWindow()
    qtbot.waitUntil(oversight.isActiveWindow, timeout=WAIT_MS)
    oversight.show_page(POLICY_IMPACT)
    assert oversight.pages.tabText(POLICY_IMPACT) == "Policy impact"
    page = oversight.policy_impact
    assert QApplication.focusWidget() is page.path_edit
    assert not worker.busy  # showing the page runs nothing
    qtbot.keyClick(page.path_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.browse_button
    qtbot.keyClick(page.browse_button, Qt.Key.Key_Space)
    assert asked and page.path_edit.text() == str(new_policy)
    assert QApplication.focusWidget() is page.days
    oversight.refresh()  # F5 on this page does not replay
    assert not worker.busy and page.result is None
