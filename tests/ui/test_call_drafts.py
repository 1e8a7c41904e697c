"""Nothing typed is lost: the call in progress is saved as a draft and offered back."""

from __future__ import annotations

from PySide6.QtCore import Qt

from builders import DRAFT_FORM
from callhandler.desk import DatabaseDesk
from callhandler.services import drafts, triage
from ui.call.call_workspace import CallWorkspace
from uitools import WAIT_MS


def test_the_call_in_progress_is_offered_back_and_restored(qtbot, db, worker, handler) -> None:
    first = CallWorkspace(DatabaseDesk(db, handler), worker)
    qtbot.addWidget(first)
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    assert first.offer.isHidden()  # nothing to offer yet
    with qtbot.waitSignal(first.draft_saved, timeout=WAIT_MS):  # saved once typing pauses
        qtbot.keyClicks(first.form.editors["phone"], DRAFT_FORM["phone"])
    first.form.set_values(DRAFT_FORM)
    first.script.focus_question()
    with qtbot.waitSignal(first.draft_saved, timeout=WAIT_MS):  # an answer is saved at once
        qtbot.keyClicks(first.script.card, "1yny")
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)  # one save per answer
    saved = drafts.drafts_for(db, handler)
    assert len(saved) == 1 and saved[0].payload["form"] == DRAFT_FORM
    assert [a["question_id"] for a in saved[0].payload["answers"]] == [
        "fc_call_type",
        "fc_can_speak",
        "fc_suspect_present",
        "fc_weapon",
    ]

    # the workstation restarts (the first window is simply abandoned, as in a crash)
    second = CallWorkspace(DatabaseDesk(db, handler), worker)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitUntil(lambda: not second.offer.isHidden(), timeout=WAIT_MS)
    assert "07700 900318, 41 Riverside Walk, Kim Example, 4 answers" in second.offer.text.text()
    second.offer.restore_button.click()
    assert second.form.values() == DRAFT_FORM
    assert second.script.conversation.facts["weapon"] == "yes"
    assert second.script.current_question.id == "fc_weapon_when"  # asked after the yes
    assert second.recommendation.grade_number.text() == "1"
    assert second.offer.isHidden()
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    assert len(drafts.drafts_for(db, handler)) == 1  # the same draft, still kept


def test_an_opened_incident_comes_back_with_its_answers_recorded(
    qtbot, db, worker, handler
) -> None:
    first = CallWorkspace(DatabaseDesk(db, handler), worker)
    qtbot.addWidget(first)
    qtbot.keyClicks(first.form.editors["phone"], "07700 900999")
    with qtbot.waitSignal(first.form.incident_opened, timeout=WAIT_MS) as opened:
        first.form.submit()
    incident = opened.args[0]
    first.script.press("2")  # a silent line
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)

    second = CallWorkspace(DatabaseDesk(db, handler), worker)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitUntil(lambda: second.offered is not None, timeout=WAIT_MS)
    assert incident.ref in second.offer.text.text()
    second.offer.restore_button.click()
    assert second.incident is not None and second.incident.ref == incident.ref
    assert second.form.opened_ref == incident.ref
    assert second.form.editors["phone"].isReadOnly()
    assert "Restored" in second.form.message.text()
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    stored = triage.answers_for(db, handler, incident.id)
    assert [(a.question_id, a.value) for a in stored] == [("fc_call_type", "silent")]


def test_discarding_the_offer_and_clearing_a_call_remove_the_draft(
    qtbot, db, worker, handler, no_modal_prompts, monkeypatch
) -> None:
    first = CallWorkspace(DatabaseDesk(db, handler), worker)
    qtbot.addWidget(first)
    with qtbot.waitSignal(first.draft_saved, timeout=WAIT_MS):
        qtbot.keyClicks(first.form.editors["address"], "22 Station Street")
    second = CallWorkspace(DatabaseDesk(db, handler), worker)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitUntil(lambda: second.offered is not None, timeout=WAIT_MS)
    qtbot.keyClicks(second.form.editors["phone"], "07700 900111")  # a new call meanwhile
    second.restore_offered()  # would overwrite the new call: refused, and said why
    assert "Finish or clear the call on screen first" in second.offer.text.text()
    assert second.form.values()["phone"] == "07700 900111"
    second.offer.discard_button.click()
    assert second.offer.isHidden()
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    addresses = [d.payload["form"]["address"] for d in drafts.drafts_for(db, handler)]
    assert "22 Station Street" not in addresses

    # Ctrl+N on a call not yet opened asks first; "keep" keeps it, "discard" removes it
    second.drafts.save_now()
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    assert len(drafts.drafts_for(db, handler)) == 1
    qtbot.keyClick(second.form.editors["phone"], Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert [kind for kind, _ in no_modal_prompts] == ["confirm_discard"]
    assert second.form.values()["phone"] == "07700 900111"
    monkeypatch.setattr("ui.ask.confirm_discard", lambda *_: True)
    second.new_call()
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    assert not second.form.has_text()
    assert drafts.drafts_for(db, handler) == []


def test_a_call_discarded_on_closing_is_not_offered_again(
    qtbot, db, worker, handler, monkeypatch
) -> None:
    from ui import ask
    from ui.main_window import build_main_window

    window = build_main_window(db, handler, worker)
    qtbot.addWidget(window)
    workspace = window.view.workspace
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    with qtbot.waitSignal(workspace.draft_saved, timeout=WAIT_MS):
        qtbot.keyClicks(workspace.form.editors["phone"], DRAFT_FORM["phone"])
    assert len(drafts.drafts_for(db, handler)) == 1
    monkeypatch.setattr(ask, "confirm_discard", lambda _parent, _what: True)
    window.close()
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    assert drafts.drafts_for(db, handler) == []
