<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
    <context>
        <name />
        <message>
            <location filename="../../ui/oversight/policy_impact_view.py" line="+361" />
            <source>Replayed {replayed} graded incidents: {changed} recommended grades change ({more} more urgent, {less} less urgent); floor changed on {floor}, flags on {flags}, MARAC consideration on {marac}; the handler's grade would be below the new floor on {below}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>{count} decisions with unreadable facts were skipped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>No incident's recommendation changes.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AnswerRow</name>
        <message>
            <location filename="../../ui/risk/answer_row.py" line="+87" />
            <source>Yes (Y)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>No (N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Not known (K)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Attendance</name>
        <message>
            <location filename="../../ui/models/incident_table.py" line="+53" />
            <source>sent %1 min ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>attended in %1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>OVER %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AttendanceDialog</name>
        <message>
            <location filename="../../ui/common/action_dialogs.py" line="+95" />
            <source>Record attendance: {ref}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Record attendance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>collar number, e.g. PC4521</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Officer attending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Arrived &amp;at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The time is now unless you change it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>The arrival time is in the future: check it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BriefingView</name>
        <message>
            <location filename="../../ui/briefing/briefing_view.py" line="+62" />
            <source>Briefing for the attending officers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Print the briefing (Ctrl+P)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Save as PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Save the briefing as a PDF (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+30" />
            <source>Building the briefing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <location line="+54" />
            <source>Briefing %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-47" />
            <source>The briefing could not be built: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Save the briefing as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Saved as %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Sent to the printer (%1 page(s)).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CallDraft</name>
        <message>
            <location filename="../../ui/drafts.py" line="+50" />
            <source>1 answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 answers</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CallWorkspace</name>
        <message>
            <location filename="../../ui/call/call_workspace.py" line="+219" />
            <source>The recommendation is now Grade %1, more urgent than the Grade %2 you decided: decide again (Ctrl+G).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>The answers could not be saved with the incident: %1. They are kept in the draft and saved again with the next answer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+30" />
            <source>The incident was not opened, so no grade yet: see the form.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+28" />
            <source>Opening the incident first…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Open the incident before deciding the grade: the form needs the number or the address (see the form).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Ready for the next call.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>This call has not been opened as an incident: what is typed and answered will be discarded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+40" />
            <source>The call could not be saved as a draft: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>A call you were taking was not finished (saved at %1): %2. Restore it (Alt+R) or discard it (Alt+I)?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>(%1 more after this one)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Finish or clear the call on screen first (Ctrl+N), then restore.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>These answers could not be put back (the script has changed): %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Restored: incident %1 was opened before the interruption.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Restored the call saved before the interruption.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CallerPanel</name>
        <message>
            <location filename="../../ui/training/caller_panel.py" line="+32" />
            <source>The caller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>What the caller has said</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>(no name given)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Calling from %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The caller: “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>You ask: %1

The caller: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChartsView</name>
        <message>
            <location filename="../../ui/oversight/charts_view.py" line="+105" />
            <source> weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Show the last</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Refresh  F5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+31" />
            <source>Domestic-abuse calls per week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Grade mix per week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sign-off turnaround</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Attendance within target, by grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+60" />
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Weeks from Monday (UTC) · generated {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>The charts could not be loaded: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Domestic abuse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Of which repeat victims (3+ in 12 months)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <location line="+13" />
            <source>Incidents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-12" />
            <source>no domestic-abuse incidents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <location line="+33" />
            <source>Grade {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-31" />
            <source>Not graded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>no incidents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Median</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>90th percentile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Hours from submission to sign-off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>nothing signed off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>% attended within target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>no dispatches with a target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>{title}: {what} in these weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>Week starting</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChecklistAnswersModel</name>
        <message>
            <location filename="../../ui/models/checklist_answers.py" line="+87" />
            <source>Section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Officer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Taken by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+38" />
            <source>MISSING</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChecklistPage</name>
        <message>
            <location filename="../../ui/closure/checklist_page.py" line="+98" />
            <source>Narrative (for the inspector and the next handler)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+52" />
            <source>saving…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Officer {collar} · taken by {who} at {when}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChoiceEditor</name>
        <message>
            <location filename="../../ui/closure/item_editors.py" line="+68" />
            <source>Y or N</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>digits tick or untick; several allowed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>digit 1–{n}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CloseTriggerDialog</name>
        <message>
            <location filename="../../ui/oversight/trigger_dialog.py" line="+193" />
            <source>Close trigger event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Close event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Reassessed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;No reassessment needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>e.g. DASH repeated with the victim by phone: still medium; bail conditions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>R&amp;ationale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Choose the outcome: reassessed, or no reassessment needed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClosureChecklistDialog</name>
        <message>
            <location filename="../../ui/closure/checklist_dialog.py" line="+77" />
            <location line="+109" />
            <source>Closure questions {ref}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-105" />
            <source>Closure questions for the attending officer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>Su&amp;bmit for sign-off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Close (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <location line="+46" />
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Closure questions for the attending officer: {ref}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>RETURNED by {who} at {when}: “{reason}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>{ref} is {status}: the closure answers cannot be changed now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>The closure questions could not be opened: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <location line="+42" />
            <source>&amp;Reload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Not saved: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Try again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>The attending officer's collar number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <source>Submitting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Not saved yet: give the officer's collar number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Saving…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Not saved: reload to see the other change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Every answer above is saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Answers are saved as you give them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+84" />
            <source>{n} answer(s) were not saved: no collar number was given.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClosureWords</name>
        <message>
            <location filename="../../ui/common/words.py" line="+91" />
            <source>{m} min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>{h} h {m:02d} min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>{d} d {h} h</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CollarField</name>
        <message>
            <location filename="../../ui/closure/checklist_parts.py" line="+32" />
            <source>e.g. PC4521</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Attending officer's collar number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Attending officer's &amp;collar number (required)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>recorded with every answer you take now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>Enter the attending officer's collar number: the answers are theirs.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <location filename="../../ui/sync/status.py" line="+236" />
            <source>Conflicts: actions the server refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The server refused these actions made on this workstation. Nothing is dropped: retry each one, or discard it with a reason (recorded in the audit log).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Server's message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Made</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Why this action is given up (needed to discard; at least a sentence)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Reason to discard:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Retry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Discard…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+46" />
            <source>No conflicts left.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Sending %1 again…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Discarding…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ControlRoomView</name>
        <message>
            <location filename="../../ui/inspector/control_room_view.py" line="+62" />
            <source>Control room: incidents this shift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Domestic abuse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>ref, number, address, name…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>All statuses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>Control room incidents this shift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+44" />
            <source>The list could not be refreshed: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+36" />
            <source>Showing {shown} of {total}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CorrectionMode</name>
        <message>
            <location filename="../../ui/call/correction_mode.py" line="+63" />
            <source>Correct details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Correct a mistyped number, address, name or date of birth in the incident (F6)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Save correction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Save the corrected details (Ctrl+Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Put the recorded details back (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>Correcting {ref}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Correcting incident {ref}: change what was mistyped, then Ctrl+Enter saves; Esc puts the recorded details back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Correction cancelled: the recorded details are unchanged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Nothing was changed: the recorded details stand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Saving the correction…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Incident {ref}: details corrected. Previous calls are now looked up for the corrected number and address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Not corrected: {reason}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DebriefDialog</name>
        <message>
            <location filename="../../ui/training/debrief_dialog.py" line="+73" />
            <source>Debrief: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Score %1 / 100 — %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>pass</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>not yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Mandatory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Asked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>asked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>MISSED</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Fact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Expected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>You recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Questions: asked and missed (mandatory first)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Facts: recorded against expected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Grade %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>no grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>no earlier calls on this number or address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>opened before grading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>NOT opened before grading (F4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Grade: you chose %1; expected Grade %2 (your answers would recommend Grade %3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The policy's reasons:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Flags expected: %1. Yours: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Time to grade: %1. History: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Teaching point: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Read: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DetailsCorrection</name>
        <message>
            <location filename="../../ui/call/details_correction.py" line="+44" />
            <source>Nothing to correct yet: the details are recorded once the incident is opened (Ctrl+Enter).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>the incident is no longer on screen.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DialogProgress</name>
        <message>
            <location filename="../../ui/progress_dialog.py" line="+27" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+46" />
            <source>Cancelling: undoing what was written…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DispatchDialog</name>
        <message>
            <location filename="../../ui/call/dispatch_dialog.py" line="+38" />
            <source>Dispatch %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>collar numbers, e.g. PC4521, PC3310</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Send %n officer(s): the recommendation asks for this many.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Officers sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Dispatch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>Name at least one officer (collar number).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DraftOffer</name>
        <message>
            <location filename="../../ui/drafts.py" line="+116" />
            <source>&amp;Restore it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>D&amp;iscard it</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DrillDownPanel</name>
        <message>
            <location filename="../../ui/oversight/drill_panel.py" line="+41" />
            <location line="+12" />
            <source>Incidents behind the selected row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Incidents behind the selected row: loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Incidents behind the selected row: {n} (Enter opens one, read-only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>The incidents behind this row could not be loaded: {reason}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExpireMarkerDialog</name>
        <message>
            <location filename="../../ui/inspector/markers_dialog.py" line="+35" />
            <source>Expire marker: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Expire marker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>{what} on {on} stops showing to handlers from now. Say why it is no longer needed: it is recorded in the audit log with your name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Why the marker is no longer needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Say why the marker is no longer needed (at least a sentence).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Grade</name>
        <message>
            <location filename="../../ui/common/words.py" line="-37" />
            <source>Not graded yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Grade %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GradeFlow</name>
        <message>
            <location filename="../../ui/call/grade_flow.py" line="+129" />
            <source>Saving the grade…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Graded %1 (%2), recommended %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Override recorded with your reason.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Below the policy floor: flagged for the inspector.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>The grade was not saved: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+34" />
            <source>Dispatching…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 dispatched at Grade %2: %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>%1 graded 4: resolved without deployment; no officers sent. The closure checklist is next (My incidents, Ctrl+2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Not dispatched: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HandlerView</name>
        <message>
            <location filename="../../ui/call/handler_view.py" line="+45" />
            <source>Call (Ctrl+1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>My reviews (Ctrl+7)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+41" />
            <source>My incidents: %1 (Ctrl+2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>OFFLINE: the server cannot be reached, so this list is as it was at %1 and its actions (closure, risk, attendance) wait until it is back. Calls carry on in the Call tab (Ctrl+1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>%1 (opened %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Provisional, on this workstation only until the server is back: %1. They are not in My incidents yet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <location filename="../../ui/call/history_panel.py" line="+81" />
            <source>Previous calls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <location line="+107" />
            <source>Type the caller's number or the address to see earlier calls.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-100" />
            <source>History warnings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Previous incidents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Possible matches — check with the caller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Possible matches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+67" />
            <source>Searching…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>Previous calls could not be checked: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>HISTORY NOT CHECKED — search again or use another system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>%1 previous incidents (newest %2 listed); %3 possible.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 previous incidents; %3 possible.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>SERIAL PERPETRATOR: %s is linked to two or more victims</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>REPEAT VICTIM: %1 domestic-abuse incidents in the last 12 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>CHILDREN recorded at this number or address before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Last risk assessment: %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Codeword agreed %1: %2 (%3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Safety plan agreed %1: %2 (%3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>No previous calls for this number or address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>%1 earlier incident(s), none domestic abuse in the last 12 months</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IncidentDialog</name>
        <message>
            <location filename="../../ui/oversight/incident_dialog.py" line="+32" />
            <location line="+19" />
            <source>Incident {ref} (read-only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-13" />
            <source>Loading the incident…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>The incident could not be shown: {reason}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IncidentStatus</name>
        <message>
            <location filename="../../ui/common/words.py" line="-50" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Dispatched</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Officer attended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Closure questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Awaiting sign-off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Returned by inspector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Finalised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Next: dispatch officers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Next: record the officer's attendance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Next: ask the officer the closure questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Next: finish the closure questions and submit for sign-off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>With the inspector for sign-off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The inspector sent it back: read the reason, then fix the closure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Signed off; later information goes in a note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Next: closure questions (resolved without deployment)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IncidentTableModel</name>
        <message>
            <location filename="../../ui/models/incident_table.py" line="+99" />
            <location line="+98" />
            <source>Domestic abuse identified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-96" />
            <source>Response grade (1 = emergency … 4 = no deployment)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+42" />
            <source>Ref</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Victim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Suspect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>DA</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Handler</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Attendance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>No</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ItemRow</name>
        <message>
            <location filename="../../ui/closure/item_editors.py" line="+169" />
            <source>Required now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>✓ Answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Optional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>{n} characters (at least {m})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JudgementBox</name>
        <message>
            <location filename="../../ui/risk/judgement_box.py" line="+37" />
            <source>Professional &amp;judgement (may raise the level, never lower it):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>None: use the level from the answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Raise to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+42" />
            <source>The homicide patterns ask for a decision: raise to high (Alt+H), or write why you keep the level (at least a sentence).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Write why you judge the risk to be %1 (at least a sentence).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+41" />
            <source>Why you keep the level despite the homicide patterns (required)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Why you judge the risk higher than the answers give (required)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <location filename="../../ui/lock/lock_screen.py" line="+48" />
            <source>This workstation is locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Username</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Signing in as someone else signs {name} out. The call {name} has in progress is kept as a draft and offered back when they next sign in here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Workstation {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+39" />
            <source>Locked at {time}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Locked at {time} after {minutes} without keyboard or mouse.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>{name} ({username}) is signed in; type the password to carry on where you left off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>1 minute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>{n} minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>1 second</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>{n} seconds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Type the password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Checking…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>&amp;Sign in and sign {name} out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Un&amp;lock</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../ui/login.py" line="+56" />
            <source>Sign in: call handler workstation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Username</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Workstation {workstation} · database {database}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Type your username and password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Checking…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="+83" />
            <source>Call handler workstation: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+36" />
            <source>Sign-off queue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Incidents waiting for your sign-off (Ctrl+1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Control room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Every handler's incidents this shift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Oversight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Safeguarding lists, performance reports and charts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+70" />
            <source>Sign-off queue ({n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Refresh lists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Lock the workstation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Sign &amp;out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Oversight lists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Oversight &amp;charts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;About</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Signed in: {name} ({role}) on {workstation}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Database: {url}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+49" />
            <source>About the call handler workstation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Call handler workstation {version}

For control-room staff taking domestic-abuse calls and the inspectors who sign incidents off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>A call is typed in the form but has not been opened as an incident.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MarkersDialog</name>
        <message>
            <location filename="../../ui/inspector/markers_dialog.py" line="+30" />
            <source>Warning markers: {ref}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Markers on this incident's number, address and victim, and those it placed. Active ones show to the next handler; an expired one no longer does.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Warning markers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Expire…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Expire the selected active marker (Alt+E)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+33" />
            <source>No markers on this incident's number, address or victim.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+63" />
            <source>Expired: {what} on {on}. It no longer shows to handlers.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MissingPanel</name>
        <message>
            <location filename="../../ui/closure/checklist_parts.py" line="+28" />
            <source>Still missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Enter on a line goes to it. F8: next missing item from anywhere.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Still &amp;missing ({n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Nothing &amp;missing: ready to submit</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MyReviewsView</name>
        <message>
            <location filename="../../ui/qa/my_reviews.py" line="+48" />
            <source>Checklist item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Compliance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Missed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>My compliance by checklist item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Call / checklist item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Reviewer's note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>My reviews with the reviewer's notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Loading your reviews…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>%1 review(s) of your calls in the last %2 weeks; a partial counts half. Read the notes: they say what to ask next time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>None of your calls has been reviewed yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>%1 (week of %2), reviewed by %3</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NarrativeRow</name>
        <message>
            <location filename="../../ui/closure/checklist_page.py" line="-103" />
            <source>{n} words (at least {m})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewCallForm</name>
        <message>
            <location filename="../../ui/call/new_call_form.py" line="+93" />
            <source>New call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+51" />
            <source>&amp;Open incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Open the incident (Ctrl+Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>C&amp;lear for a new call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Clear the form for the next call (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+40" />
            <source>&amp;Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>as the caller dialled, e.g. 07700 900123</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>where it is happening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Postcode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>e.g. CB1 2AD; blank if unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Whself.tr(</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>words, grid ref TL 45123 57890 or 52.2053, 0.1218</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Caller's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Victim's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Victim's date of &amp;birth, if known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <location line="+2" />
            <source>dd/mm/yyyy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-1" />
            <source>&amp;Suspect's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Suspec&amp;t's date of birth, if known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;What the caller says</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>In the caller's words: what is happening now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+60" />
            <source>Incident {old} reached the server: its reference is now {ref}. These details are recorded; carry on with the script (F2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+52" />
            <source>The form has text that has not been opened as an incident.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>Opening the incident…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Incident {ref} opened at {time}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Opened at {time} ON THIS WORKSTATION ONLY (server unreachable): provisional reference {ref}, replaced by the real one when the server is back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>These details are recorded. Carry on with the script (F2); Ctrl+N starts the next call.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>What you typed since is still in the form.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Not opened: {reason}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NoteDialog</name>
        <message>
            <location filename="../../ui/common/action_dialogs.py" line="+19" />
            <source>Add a note: {ref}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Add note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>{ref} is finalised and cannot change. A note is added to it with your name and the time (Ctrl+Enter adds it).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Write the note first.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OverdueAlert</name>
        <message>
            <location filename="../../ui/attendance/overdue_alert.py" line="+96" />
            <source>Record &amp;decision…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Record the inspector's decision on the selected incident (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Your decision, e.g. nearest unit 3 min away, keep Grade 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+80" />
            <source>The overdue list could not be checked: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>%1 rural</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>OVERDUE: %1 Grade %2, %3 min since dispatch (target %4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>OVERDUE ATTENDANCE: %1 incident(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+33" />
            <source>Decision on %1:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+41" />
            <source>Decision not recorded: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OverrideDialog</name>
        <message>
            <location filename="../../ui/call/override_dialog.py" line="+43" />
            <source>Decide the response grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Recommended: Grade %1, %2. Policy floor: Grade %3, %4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>(recommended)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Why? (required when you choose another grade)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Your professional judgement, in a sentence or more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>&amp;Confirm grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>You chose Grade %1 instead of the recommended Grade %2: write why (at least a sentence) before confirming.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Grade %1 is less urgent than the policy floor (Grade %2, %3). You may choose it, but it will be FLAGGED FOR THE INSPECTOR at sign-off.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OversightListsView</name>
        <message>
            <location filename="../../ui/oversight/lists_view.py" line="+80" />
            <source>Choose a &amp;list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>name, address, ref, handler…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+28" />
            <source>The list's rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Export CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Export PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Open incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Close trigger event…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+128" />
            <source>The list could not be loaded: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>{shown} of {total} rows · generated {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+88" />
            <source>Trigger event closed: {outcome}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Text filter: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>ascending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>descending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Sorted by {column}, {order}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+31" />
            <source>{rows} rows exported to {path}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OversightView</name>
        <message>
            <location filename="../../ui/oversight/oversight_view.py" line="+44" />
            <source>Lists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Charts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Policy impact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>QA compliance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>QA review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Safeguarding and performance lists (Ctrl+3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Weekly charts (Ctrl+4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Replay recorded calls through a new grading policy</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PatternPrompt</name>
        <message>
            <location filename="../../ui/risk/pattern_prompt.py" line="+34" />
            <source>Consider HIGH risk (professional judgement)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Raise to &amp;high…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>High by professional judgement, a MARAC referral; then write why (Alt+H)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>%1 homicide patterns (%2 or more prompt a judgement): %3. High refers to MARAC; keeping the level needs a reason too.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Homicide-pattern prompt shown: raised to high by professional judgement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Homicide-pattern prompt shown: not raised to high</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Reason: “%1”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PersonMatch</name>
        <message>
            <location filename="../../ui/call/person_match.py" line="+166" />
            <source>Not checked against the people on record: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>born %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>no date of birth on record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 (%2), %3 — is this the victim?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+89" />
            <source>Not linked: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Linked to an existing person: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>(linked when the incident is opened)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PersonMatchBar</name>
        <message>
            <location line="-241" />
            <source>Yes, link (Y)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Not them (N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>F7 comes here from anywhere in the call window</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PolicyImpactView</name>
        <message>
            <location filename="../../ui/oversight/policy_impact_view.py" line="-311" />
            <source>Choose the new policy file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Policy files (*.yaml *.yml);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+49" />
            <source>Policy impact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Replays the calls graded in the period through the current grading policy and a new policy file, and lists the incidents whose recommendation would change. Nothing recorded is changed; each run is written to the audit log.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>the new policy's YAML file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>New policy file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>New &amp;policy file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source> days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Period to replay, in days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Replay the &amp;last</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Run  Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>Incidents whose recommendation changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+50" />
            <source>Choose the new policy file to compare with.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>{path}: no such policy file (give the path of a policy YAML file).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Replaying recorded calls through the new policy…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Cancelling…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Policy impact cancelled: nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The policy impact could not be run: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>{current} (in use) compared with {new} from {path} · calls graded in the last {days} days · run {when}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreviousCallDialog</name>
        <message>
            <location filename="../../ui/call/history_panel.py" line="+40" />
            <source>Previous incident %s (read-only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Found by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Domestic abuse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <location line="+5" />
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-5" />
            <location line="+5" />
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-4" />
            <source>Grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Risk level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Children present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Markers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QAComplianceView</name>
        <message>
            <location filename="../../ui/qa/compliance_view.py" line="+62" />
            <source>Team (every handler)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Whose compliance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Weeks: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Export CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Export PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>QA compliance by checklist item (%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Checklist item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Compliance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Missed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Handler:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Items most often missed (partial or not compliant):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>the team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 review(s) of %2 since %3; a partial counts half.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Sample week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Compliance %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+43" />
            <source>QA compliance</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QAReviewView</name>
        <message>
            <location filename="../../ui/qa/review_view.py" line="+62" />
            <source>Sample week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>random</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Seed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source> per handler</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Draw the week's sample</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Sampled calls (Enter opens)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Save review (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Week:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>S&amp;eed:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Sampled calls (Enter opens the review):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>Loading the sample…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>The seed is a whole number, or leave it empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Drawing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Week of %1 drawn with seed %2: %3 call(s) of %4 finalised.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Week of %1: %2 sampled call(s), %3 reviewed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The week of %1 has not been drawn: press Alt+D to draw it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>override</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>repeat victim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <location line="+64" />
            <source>reviewed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-49" />
            <source>Opening %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>&lt;b&gt;Review of %1&lt;/b&gt;, taken by %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>&lt;b&gt;%1&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Saving…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Review of %1 saved (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Not saved: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuestionCard</name>
        <message>
            <location filename="../../ui/call/question_card.py" line="+142" />
            <source>SCRIPT COMPLETE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Every question in this script has an answer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Go back to any question to change it (Ctrl+Up, or the list below).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Decide the grade when you are ready: Ctrl+G.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>MANDATORY</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>optional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Listen for: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Answer: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Not answered yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Ask: "%1" The caller presses %2 on their phone for yes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>CALLER CANNOT SPEAK: Y or 1 when you hear the caller's key (yes); N or 2 when you do not (no). Enter: skip · Delete: clear · Ctrl+Up/Down: previous/next question.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source> The caller cannot speak: an account is optional (Enter skips).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Type the answer. Enter saves it and moves on; Shift+Enter starts a new line; Esc goes back; Ctrl+Up/Down: previous/next question.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Press the key of everything you hear, as you hear it (again to take it back); the recommendation counts it at once. Enter when you have finished listening.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Press every key that applies (again to take it back). Enter: next question · Delete: clear · Ctrl+Up/Down: previous/next question.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Press the key beside the answer. Enter: next question · Delete: clear · Ctrl+Up/Down: previous/next question.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>Press %s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QueueTableModel</name>
        <message>
            <location filename="../../ui/models/queue_table.py" line="+103" />
            <source>Risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ref</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Look at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Handler</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Time since the handler submitted it for sign-off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Grade overrides, downgrades below the policy floor, earlier returns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+59" />
            <source>Submitted {when}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecommendationPane</name>
        <message>
            <location filename="../../ui/call/recommendation_pane.py" line="+115" />
            <source>RECOMMENDED RESPONSE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+45" />
            <source>Decide grade… (Ctrl+G)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Dispatch… (Ctrl+D)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>NO CALL YET</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The recommendation appears as soon as the call is typed or answered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+39" />
            <source>GRADE %1 · %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Domestic abuse identified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Domestic abuse not identified (yet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>DASH risk assessment required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Officers recommended: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+41" />
            <source>the facts above</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Grade %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RegradeDialog</name>
        <message>
            <location filename="../../ui/common/action_dialogs.py" line="+12" />
            <source>Change the grade: {ref}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Change grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Why the grade changes (audited)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>New &amp;grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>A dispatched incident's attendance clock starts again now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Say why the grade changes: it is audited and the inspector reads it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportChooser</name>
        <message>
            <location filename="../../ui/oversight/report_chooser.py" line="+19" />
            <source>Oversight lists</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResultsDialog</name>
        <message>
            <location filename="../../ui/training/results_dialog.py" line="+42" />
            <source>Trainees' results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>%1 attempt(s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>no</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReviewFormPanel</name>
        <message>
            <location filename="../../ui/qa/review_form.py" line="+79" />
            <source>Choose a sampled call and press Enter to review it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <location filename="../../ui/inspector/review_page.py" line="+72" />
            <source>Incident for sign-off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+58" />
            <source>Opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Handler</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Officers sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Attended by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Risk level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>(nothing recorded)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>What the caller said</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Grade decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>No grade decision was recorded in the call.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>DOWNGRADED BELOW THE POLICY FLOOR: Grade {chosen} chosen where policy allows no lower than Grade {floor} (recommended Grade {rec}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>GRADE OVERRIDDEN: Grade {chosen} chosen, Grade {rec} recommended.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>{who}'s rationale: “{why}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>(none given)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Why the policy recommended it:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Recommended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Chosen by the handler</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Policy floor (lowest allowed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Closure checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>{n} required answer(s) or narrative section(s) missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Closure checklist answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Narrative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>— not written —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>History of the number and address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>No number or address to look up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>{n} earlier incident(s) at this number or address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Earlier incidents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>No earlier calls for this number or address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>{n} possible match(es) on a similar address or name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Earlier sign-offs and notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>RESUBMITTED UNCHANGED: nothing was changed since it was returned. The handler's reason: “{reason}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>The handler's note with the submission: “{reason}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Returned by {who} at {when}: “{reason}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Finalised by {who} at {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Note by {who} at {when}: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>None: this is its first sign-off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Recorded on it by: {people}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReviewPanel</name>
        <message>
            <location filename="../../ui/inspector/review_panel.py" line="+50" />
            <location line="+58" />
            <source>Review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-54" />
            <source>Fi&amp;nalise…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Sign the incident off (Alt+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Return to handler…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Send it back with what to fix (Alt+R)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Mar&amp;kers…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The warning markers on its number, address and victim; expire one (Alt+K)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Queue (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Back to the sign-off queue (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+43" />
            <source>Choose an incident in the queue and press Enter to read it here before you sign.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+28" />
            <source>{ref} — {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>You can read it, not finalise or return it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+74" />
            <source>Re&amp;load</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RiskAssessmentDialog</name>
        <message>
            <location filename="../../ui/risk/assessment_dialog.py" line="+76" />
            <source>Risk assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+43" />
            <source>Attending officer's &amp;collar number:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>e.g. PC4521</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>&amp;Save assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Save (Ctrl+Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+102" />
            <source>Answer every question ("not known" is an answer): still to answer %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Enter the attending officer's collar number (e.g. PC4521).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Ready to save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>Saving…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+28" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Not saved: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>The risk assessment answers are not saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RiskSummary</name>
        <message>
            <location filename="../../ui/risk/summary.py" line="+61" />
            <source>by judgement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>%1 yes · %2 no · %3 not known · %4 of %5 answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>visible high risk (%1 or more yes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>professional judgement of high risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>MARAC referral: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>MARAC: the homicide patterns offer a referral by professional judgement (raise to high); escalation is checked against the history when saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>MARAC: no criterion met by the answers so far (escalation is checked against the history when saved).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Saved. MARAC referral criteria met:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Saved. No MARAC referral criterion met:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <location filename="../../ui/main_window.py" line="-290" />
            <source>Call handler</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Inspector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Administrator</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ScriptPane</name>
        <message>
            <location filename="../../ui/call/script_pane.py" line="+68" />
            <source>Ask the domestic-abuse questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Ctrl+Shift+D</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>Questions in this script</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+243" />
            <source>Script: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Mandatory questions still to ask: %1 (F3 for the list)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Every mandatory question is answered (F3 for the list)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Ask the %s questions (Ctrl+Shift+D)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>LINE OPEN, NOBODY SPEAKING: listen, and tick what you hear as you hear it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>CALLER CANNOT SPEAK: every question is asked for a yes or no key press.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShiftIncidentsPanel</name>
        <message>
            <location filename="../../ui/call/shift_incidents.py" line="+96" />
            <source>My incidents this shift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Dispatch…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Record attendance…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Closure questions…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Submit for sign-off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Add note…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+28" />
            <source>Briefing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Risk assessment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Change grade…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Trigger event…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Enter: the next step for the selected incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+72" />
            <source>The list could not be refreshed: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>My incidents this shift: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>{ref} was RETURNED by {who} at {when}: “{reason}” — Ctrl+K opens the closure questions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+69" />
            <source>Trigger event recorded for {ref}: due {due}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>{ref} is now {grade}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>{ref} dispatched: {grade}, {officers}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>{ref}: officer {officer} attended. Next: the closure questions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <location line="+29" />
            <source>{ref} submitted for the inspector's sign-off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-24" />
            <source>Not every closure answer for {ref} was saved: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+36" />
            <source>Note added to {ref}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignDialog</name>
        <message>
            <location filename="../../ui/inspector/sign_dialog.py" line="+28" />
            <source>Return {ref} to the handler</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Return to handler</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Finalise {ref}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Finalise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Say what the handler must do before it comes back to you (at least {n} characters). Then type your password to sign as {signer}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Finalising signs {ref} off: after this it cannot change, and later information can only be added as a note. Type your password to sign as {signer}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Reason for the handler</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>R&amp;eason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Your password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Your &amp;password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Write what the handler must do: at least {n} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Type your password to sign.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignOffView</name>
        <message>
            <location filename="../../ui/inspector/sign_off_view.py" line="+47" />
            <location line="+24" />
            <source>Sign-off queue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-21" />
            <source>Highest risk first, then the longest waiting. Enter opens the review.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+113" />
            <source>The queue could not be refreshed: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Sign-off queue: {n} waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>{ref} finalised.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{ref} returned to the handler with your reason.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message>
            <location filename="../../ui/sync/status.py" line="-289" />
            <source>%1 s ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 min ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 h ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+38" />
            <source>Connecting to the server…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Actions the server refused: retry or discard each ({keys})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>⚠ Cache key not in a keyring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+42" />
            <source>Sync failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>cache never synced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>cache synced %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Online · %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>OFFLINE since %1 — working from the local cache (synced %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>1 action waiting to send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 actions waiting to send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>last sync failed (see tooltip)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Server: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Server error: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>1 conflict (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 conflicts (%2)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ThresholdFilters</name>
        <message>
            <location filename="../../ui/oversight/thresholds.py" line="+79" />
            <location line="+4" />
            <location line="+2" />
            <location line="+2" />
            <source> days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-7" />
            <source>How far back the list looks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The fewest incidents, calls or victims that count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No calls for at least this long</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Trigger events falling due within this many days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>How far back the performance figures look</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Minimum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Quiet for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Due within</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Look &amp;back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>This list has no thresholds to set.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+50" />
            <source>Window: {n} days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Minimum: {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Quiet for: {n} days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Due within: {n} days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Look back: {n} days</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TrainingBand</name>
        <message>
            <location filename="../../ui/training/band.py" line="+27" />
            <source>TRAINING — a made-up call; nothing here reaches live records or the server</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TrainingWindow</name>
        <message>
            <location filename="../../ui/training/training_window.py" line="+81" />
            <source>Call handler workstation — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>Choose a training call and press Enter:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Trainees' results: Ctrl+R</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Finish: debrief (Ctrl+Shift+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+40" />
            <source>Preparing the call…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TriggerDialog</name>
        <message>
            <location filename="../../ui/oversight/trigger_dialog.py" line="+32" />
            <source>{kind}, due {due}{who}; recorded by {by} {at}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>{kind}, due {due}{who}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TriggerEventDialog</name>
        <message>
            <location line="-228" />
            <source>Trigger event for reassessment: {ref}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Record event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>The &amp;incident {ref}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The &amp;victim (loading…)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>e.g. Suspect released on bail; conditions not to contact the victim.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Due on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>About</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The reassessment-due list shows it from then until someone closes it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>The &amp;victim, {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The &amp;victim (none recorded on this incident)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Tick the incident, the victim or both: say whom the event is about.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WindowLock</name>
        <message>
            <location filename="../../ui/lock/window_lock.py" line="+188" />
            <source>Call handler workstation: locked</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Worker</name>
        <message>
            <location filename="../../ui/worker.py" line="+192" />
            <source>An unexpected error stopped this action; it was written to the log. Try again, and tell your supervisor if it happens again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../ui/app.py" line="+76" />
            <source>Call handler workstation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Preparing the demo database (first use only)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>The demo database could not be prepared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>Copying the history this workstation needs from the server (first use)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+88" />
            <source>The server cannot be reached, and signing in needs it (this workstation cannot sign anyone in offline). Anything kept on this workstation during an outage is safe in its cache and is sent after the next sign-in. Check the network cable or ask the administrator whether the server is running, then start again.

Details: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>The call handler workstation cannot start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>The idle lock setting was not used</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ask</name>
        <message>
            <location filename="../../ui/ask.py" line="+13" />
            <source>Discard what you typed?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Discard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Keep it</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>context</name>
        <message>
            <location filename="../../ui/call/person_match.py" line="+271" />
            <source>1 earlier incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 earlier incidents</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>login</name>
        <message>
            <location filename="../../ui/training/app.py" line="+45" />
            <source>Sign in to training</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>parent</name>
        <message>
            <location filename="../../ui/qa/review_form.py" line="-41" />
            <source>Record: %1 (suggests %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Record: nothing to read for this item; judge it from the call.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Note (required unless compliant)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Note on %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>self._form</name>
        <message>
            <location filename="../../ui/call/correction_mode.py" line="+7" />
            <source>New call</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>training</name>
        <message>
            <location filename="../../ui/training/band.py" line="-11" />
            <source>TRAINING</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>core</name>
        <message>
            <source>A display name is required (the name colleagues know you by).</source>
            <comment>accounts.display_name_needed</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role {role!r} is unknown: choose one of {roles}.</source>
            <comment>accounts.role_unknown</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Username {username!r} is not allowed: use 2-64 lower-case letters, digits, dots, hyphens or underscores, starting with a letter or digit.</source>
            <comment>accounts.username_not_allowed</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The username {username!r} is already in use: choose another.</source>
            <comment>accounts.username_taken</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value!r} is in the future: check the date of birth.</source>
            <comment>call.dob_in_future</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value!r} is not a date of birth: type it as day/month/year, e.g. 04/03/1991.</source>
            <comment>call.dob_not_a_date</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value!r} would make them over {oldest}: check the year.</source>
            <comment>call.dob_too_old</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too long or not text: at most {limit} characters.</source>
            <comment>call.field_too_long</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not a telephone number: type it as dialled, e.g. 07700 900123 or +44 20 7946 0123.</source>
            <comment>call.not_a_phone</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{postcode!r} is not a UK postcode, e.g. CB1 2AD; leave it blank if unknown.</source>
            <comment>call.not_a_postcode</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the caller's number or the address (or both) to open an incident.</source>
            <comment>call.number_or_address</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only inspectors see the whole control room's incidents.</source>
            <comment>call.only_inspectors_see_all</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the handler who took incident {ref} (or an inspector) can correct its details: ask them, or add a note.</source>
            <comment>call.only_own_handler_corrects</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only call handlers and inspectors take calls.</source>
            <comment>call.only_takers</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That is a service number, not the caller's: type the number they called from.</source>
            <comment>call.service_number</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no narrative section {section!r}.</source>
            <comment>closure.no_narrative_section</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no closure question {item!r}.</source>
            <comment>closure.no_question</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incident {ref} is {status}: closure answers can be changed only after an officer attended and before it goes for sign-off.</source>
            <comment>closure.not_editable</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The attendance time is before the dispatch time: check the time.</source>
            <comment>dispatch.attended_before_sent</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dispatch needs Grade 1, 2 or 3; Grade 4 is resolved without deployment.</source>
            <comment>dispatch.grade</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name at least one officer sent (collar number).</source>
            <comment>dispatch.no_officer</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{text!r} is not a collar number: up to four letters then up to six digits, e.g. PC4521.</source>
            <comment>dispatch.not_a_collar</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incident {ref} is not graded 4: only a Grade 4 incident is resolved without sending officers.</source>
            <comment>dispatch.not_grade_4</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grade {grade} does not exist: choose 1 to {least}.</source>
            <comment>grade.missing</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The grade must be a number from 1 to {least}.</source>
            <comment>grade.not_a_number</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grade {grade} differs from the recommended grade {recommended}: write why (at least a sentence) before confirming.</source>
            <comment>grade.override_needs_why</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The rationale is too long ({length} characters; {limit} at most).</source>
            <comment>grade.rationale_too_long</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no incident {incident_id}.</source>
            <comment>incident.missing</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The incident was removed by another workstation.</source>
            <comment>incident.removed_elsewhere</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no person {person_id} on record.</source>
            <comment>lookup.no_person</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{role!r} is not a part in a call ({parts}).</source>
            <comment>lookup.not_a_part</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is not the {role} named on this call; correct the name first.</source>
            <comment>lookup.not_the_named</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only call handlers and inspectors look people up.</source>
            <comment>lookup.only_takers</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only call handlers and inspectors link people to a call.</source>
            <comment>lookup.only_takers_link</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} on record has another date of birth.</source>
            <comment>lookup.other_dob</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That marker has already expired.</source>
            <comment>markers.already_expired</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no marker {marker_id}.</source>
            <comment>markers.missing</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only inspectors and administrators can expire a warning marker.</source>
            <comment>markers.only_inspectors_expire</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your role cannot see warning markers.</source>
            <comment>markers.role_cannot_see</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say why the marker is no longer needed (at least a sentence).</source>
            <comment>markers.why</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A note needs some text.</source>
            <comment>notes.empty</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only handlers and inspectors add notes to incidents.</source>
            <comment>notes.only_takers</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your role ({role}) cannot {doing}.</source>
            <comment>role.cannot</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only call handlers and inspectors can {doing}.</source>
            <comment>role.only_takers_can</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign-in failed: the username or password is not right. Check Caps Lock and try again, or ask an administrator to reset your password.</source>
            <comment>signin.failed</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The password is not right, so the {purpose} was not made. Type your own password again to sign.</source>
            <comment>signin.password_to_sign</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incident {ref} is not complete ({missing} closure answers or narrative sections missing): return it to the handler.</source>
            <comment>signoff.not_complete</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only an inspector or an administrator can read an incident's review.</source>
            <comment>signoff.only_inspectors_review</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only handlers and inspectors read return reasons.</source>
            <comment>signoff.only_takers_read_returns</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say what the handler must do (at least {minimum} characters): the reason goes back to them with the incident.</source>
            <comment>signoff.return_reason</comment>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
