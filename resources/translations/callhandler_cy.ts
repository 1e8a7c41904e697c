<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
    <context>
        <name />
        <message>
            <location filename="../../ui/oversight/policy_impact_view.py" line="+365" />
            <source>Replayed {replayed} graded incidents: {changed} recommended grades change ({more} more urgent, {less} less urgent); floor changed on {floor}, flags on {flags}, MARAC consideration on {marac}; the handler's grade would be below the new floor on {below}.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ailchwaraewyd {replayed} o ddigwyddiadau a raddiwyd: mae {changed} gradd a argymhellir yn newid ({more} yn fwy brys, {less} yn llai brys); newidiodd y llawr ar {floor}, y baneri ar {flags}, ystyried MARAC ar {marac}; byddai gradd yr ymdriniwr islaw'r llawr newydd ar {below}.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>{count} decisions with unreadable facts were skipped.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Hepgorwyd {count} penderfyniad â ffeithiau na ellid eu darllen.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No incident's recommendation changes.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid yw argymhelliad unrhyw ddigwyddiad yn newid.</translation>
        </message>
    </context>
    <context>
        <name>AnswerRow</name>
        <message>
            <location filename="../../ui/risk/answer_row.py" line="+60" />
            <source>Question %1: %2</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cwestiwn %1: %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Y: yes, N: no, K: not known; Delete clears; Up and Down move between questions.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Y: ie, N: na, K: ddim yn gwybod; mae Delete yn clirio; mae Up a Down yn symud rhwng cwestiynau.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Yes (Y)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ie (Y)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No (N)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Na (N)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not known (K)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ddim yn gwybod (K)</translation>
        </message>
    </context>
    <context>
        <name>AppearanceMenu</name>
        <message>
            <location filename="../../ui/common/theme.py" line="+318" />
            <source>&amp;Theme</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Thema</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Next theme</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Thema &amp;nesaf</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Larger text</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Testun &amp;mwy</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Smaller text</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Testun &amp;llai</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Actual size (100 %)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Maint &amp;gwirioneddol (100 %)</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Text is already at %1 %</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae'r testun eisoes ar %1 %</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The look is used but could not be kept for next time: %1</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae'r wedd yn cael ei defnyddio ond nid oedd modd ei chadw ar gyfer y tro nesaf: %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Theme: %1 · text %2 %</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Thema: %1 · testun %2 %</translation>
        </message>
        <message>
            <location filename="../../resources/styles/high-contrast.qss" line="1" />
            <source>High contrast</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cyferbyniad uchel</translation>
        </message>
        <message>
            <location filename="../../resources/styles/light.qss" line="1" />
            <source>Light</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Golau</translation>
        </message>
        <message>
            <location filename="../../resources/styles/night.qss" line="1" />
            <source>Night</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nos</translation>
        </message>
    </context>
    <context>
        <name>AssignDialog</name>
        <message>
            <location filename="../../ui/training/assign_dialog.py" line="+44" />
            <source>Assign a training call</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Neilltuo galwad hyfforddi</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Trainees</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Hyfforddeion</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter assigns the call to the trainee.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae Enter yn neilltuo'r alwad i'r hyfforddai.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Loading…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn llwytho…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Assign “%1” to:</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Neilltuo “%1” i:</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1 training account(s).</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>%1 cyfrif hyfforddi.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>%1 already has this call.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae gan %1 yr alwad hon eisoes.</translation>
        </message>
    </context>
    <context>
        <name>Attendance</name>
        <message>
            <location filename="../../ui/models/incident_table.py" line="+51" />
            <source>sent %1 min ago</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>anfonwyd %1 mun yn ôl</translation>
        </message>
        <message>
            <location line="+4" />
            <source>attended in %1 min</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>mynychwyd mewn %1 mun</translation>
        </message>
        <message>
            <location line="+5" />
            <source>OVER %1</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>DROS %1</translation>
        </message>
    </context>
    <context>
        <name>AttendanceDialog</name>
        <message>
            <location filename="../../ui/common/action_dialogs.py" line="+97" />
            <source>Record attendance: {ref}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cofnodi presenoldeb: {ref}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Record attendance</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Cofnodi presenoldeb</translation>
        </message>
        <message>
            <location line="+4" />
            <source>collar number, e.g. PC4521</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>rhif coler, e.e. PC4521</translation>
        </message>
        <message>
            <location line="+5" />
            <source>When the officer arrived: now unless you change it.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Pryd y cyrhaeddodd y swyddog: nawr oni bai eich bod yn ei newid.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Officer attending</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Swyddog sy'n mynychu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Arrived &amp;at</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cyrraedd &amp;am</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The time is now unless you change it.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yr amser yw nawr oni bai eich bod yn ei newid.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The arrival time is in the future: check it.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae'r amser cyrraedd yn y dyfodol: gwiriwch ef.</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <location filename="../../ui/call/history_panel.py" line="+41" />
            <source>Danger</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Perygl</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Warning</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Rhybudd</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Note</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nodyn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All clear</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dim pryder</translation>
        </message>
    </context>
    <context>
        <name>BriefingView</name>
        <message>
            <location filename="../../ui/briefing/briefing_view.py" line="+62" />
            <source>Briefing for the attending officers</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Briff i'r swyddogion sy'n mynychu</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Briefing page</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Tudalen y briff</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The briefing for the attending officers, as it prints; read-only.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Y briff i'r swyddogion sy'n mynychu, fel y mae'n argraffu; darllen yn unig.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Print…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Argraffu…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print the briefing (Ctrl+P)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Argraffu'r briff (Ctrl+P)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Save as PDF…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Cadw fel PDF…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the briefing as a PDF (Ctrl+S)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cadw'r briff fel PDF (Ctrl+S)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Close</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cau</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Building the briefing…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn llunio'r briff…</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+54" />
            <source>Briefing %1</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Briff %1</translation>
        </message>
        <message>
            <location line="-47" />
            <source>The briefing could not be built: %1</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid oedd modd llunio'r briff: %1</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Save the briefing as PDF</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cadw'r briff fel PDF</translation>
        </message>
        <message>
            <location line="+0" />
            <source>PDF files (*.pdf)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ffeiliau PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Saved as %1</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Wedi'i gadw fel %1</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Sent to the printer (%1 page(s)).</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Anfonwyd i'r argraffydd (%1 tudalen).</translation>
        </message>
    </context>
    <context>
        <name>CallClock</name>
        <message>
            <location filename="../../ui/call/call_clock.py" line="+40" />
            <source>Call timer</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Amserydd yr alwad</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Time now</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yr amser nawr</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Time {time}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Amser {time}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No call</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dim galwad</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Call {length}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Galwad {length}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Last call {length}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Galwad ddiwethaf {length}</translation>
        </message>
    </context>
    <context>
        <name>CallDraft</name>
        <message>
            <location filename="../../ui/drafts.py" line="+49" />
            <source>1 answer</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>1 ateb</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 answers</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>%1 ateb</translation>
        </message>
    </context>
    <context>
        <name>CallWorkspace</name>
        <message>
            <location filename="../../ui/call/call_workspace.py" line="+143" />
            <source>New call form</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ffurflen galwad newydd</translation>
        </message>
        <message>
            <location line="+95" />
            <source>The recommendation is now Grade %1, more urgent than the Grade %2 you decided: decide again (Ctrl+G).</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gradd %1 yw'r argymhelliad bellach, yn fwy brys na'r Radd %2 a benderfynoch: penderfynwch eto (Ctrl+G).</translation>
        </message>
        <message>
            <location line="+26" />
            <source>The answers could not be saved with the incident: %1. They are kept in the draft and saved again with the next answer.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid oedd modd cadw'r atebion gyda'r digwyddiad: %1. Maen nhw'n cael eu cadw yn y drafft ac yn cael eu cadw eto gyda'r ateb nesaf.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>The incident was not opened, so no grade yet: see the form.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ni agorwyd y digwyddiad, felly does dim gradd eto: gweler y ffurflen.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Opening the incident first…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn agor y digwyddiad yn gyntaf…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Open the incident before deciding the grade: the form needs the number or the address (see the form).</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Agorwch y digwyddiad cyn penderfynu ar y radd: mae angen y rhif neu'r cyfeiriad ar y ffurflen (gweler y ffurflen).</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Ready for the next call.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn barod am yr alwad nesaf.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>This call has not been opened as an incident: what is typed and answered will be discarded.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid yw'r alwad hon wedi'i hagor fel digwyddiad: bydd yr hyn a deipiwyd ac a atebwyd yn cael ei daflu.</translation>
        </message>
        <message>
            <location line="+41" />
            <source>The call could not be saved as a draft: %1</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid oedd modd cadw'r alwad fel drafft: %1</translation>
        </message>
        <message>
            <location line="+20" />
            <source>A call you were taking was not finished (saved at %1): %2. Restore it (Alt+R) or discard it (Alt+I)?</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ni orffennwyd galwad yr oeddech yn ei chymryd (cadwyd am %1): %2. Ei hadfer (Alt+R) neu ei thaflu (Alt+I)?</translation>
        </message>
        <message>
            <location line="+7" />
            <source>(%1 more after this one)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>(%1 arall ar ôl hon)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Finish or clear the call on screen first (Ctrl+N), then restore.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gorffennwch neu glirio'r alwad ar y sgrin yn gyntaf (Ctrl+N), yna adfer.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>These answers could not be put back (the script has changed): %1</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid oedd modd rhoi'r atebion hyn yn ôl (mae'r sgript wedi newid): %1</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Restored: incident %1 was opened before the interruption.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Adferwyd: agorwyd digwyddiad %1 cyn y toriad.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Restored the call saved before the interruption.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Adferwyd yr alwad a gadwyd cyn y toriad.</translation>
        </message>
    </context>
    <context>
        <name>CallerAnswers</name>
        <message>
            <location filename="../../ui/training/scenario_answers.py" line="+69" />
            <source>Fact the caller answers</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Y ffaith y mae'r galwr yn ei hateb</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The caller's answer</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ateb y galwr</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The caller's answers (Space ticks)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Atebion y galwr (mae Space yn ticio)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The caller's answer in words</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ateb y galwr mewn geiriau</translation>
        </message>
        <message>
            <location line="+8" />
            <source>What the caller says</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yr hyn y mae'r galwr yn ei ddweud</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What the caller says when asked</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yr hyn y mae'r galwr yn ei ddweud pan ofynnir</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add (Enter)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ychwanegu (Enter)</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Ans&amp;wer</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ate&amp;b</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Fact</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ffaith</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Answer</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ateb</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Says</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn dweud</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The caller's answers</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Atebion y galwr</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter loads an answer into the row above to change it; Delete removes it.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae Enter yn llwytho ateb i'r rhes uchod i'w newid; mae Delete yn ei dynnu.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Fact</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Ffaith</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sa&amp;ys</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn &amp;dweud</translation>
        </message>
    </context>
    <context>
        <name>CallerPanel</name>
        <message>
            <location filename="../../ui/training/caller_panel.py" line="+32" />
            <source>The caller</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Y galwr</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The caller's reply</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ateb y galwr</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What the caller says to the question on screen.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yr hyn y mae'r galwr yn ei ddweud wrth y cwestiwn ar y sgrin.</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+2" />
            <source>What the caller has said</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yr hyn y mae'r galwr wedi'i ddweud</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Everything the caller has said so far, in order.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Popeth y mae'r galwr wedi'i ddweud hyd yma, yn eu trefn.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>(no name given)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>(dim enw wedi'i roi)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Calling from %1: %2</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn galw o %1: %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The caller: “%1”</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Y galwr: “%1”</translation>
        </message>
        <message>
            <location line="+12" />
            <source>You ask: %1

The caller: %2</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Rydych yn gofyn: %1

Y galwr: %2</translation>
        </message>
    </context>
    <context>
        <name>ChartsView</name>
        <message>
            <location filename="../../ui/oversight/charts_view.py" line="+106" />
            <source> weeks</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation> wythnos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>How many weeks back the charts cover.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Sawl wythnos yn ôl y mae'r siartiau'n eu cwmpasu.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Show the last</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Dangos yr olaf</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Refresh  F5</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Adnewyddu  F5</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Domestic-abuse calls per week</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Galwadau cam-drin domestig yr wythnos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Grade mix per week</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cymysgedd graddau yr wythnos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sign-off turnaround</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Amser cymeradwyo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attendance within target, by grade</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mynychu o fewn y targed, fesul gradd</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Loading…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn llwytho…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Weeks from Monday (UTC) · generated {when}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Wythnosau o ddydd Llun (UTC) · lluniwyd {when}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The charts could not be loaded: {reason}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid oedd modd llwytho'r siartiau: {reason}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Domestic abuse</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cam-drin domestig</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Of which repeat victims (3+ in 12 months)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ac o'r rheini, dioddefwyr mynych (3+ mewn 12 mis)</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+13" />
            <source>Incidents</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Digwyddiadau</translation>
        </message>
        <message>
            <location line="-12" />
            <source>no domestic-abuse incidents</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>dim digwyddiadau cam-drin domestig</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+33" />
            <source>Grade {n}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gradd {n}</translation>
        </message>
        <message>
            <location line="-31" />
            <source>Not graded</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Heb ei raddio</translation>
        </message>
        <message>
            <location line="+3" />
            <source>no incidents</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>dim digwyddiadau</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Median</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Canolrif</translation>
        </message>
        <message>
            <location line="+3" />
            <source>90th percentile</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>90fed canradd</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Hours from submission to sign-off</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Oriau o'u cyflwyno i'w cymeradwyo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>nothing signed off</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>dim wedi'i gymeradwyo</translation>
        </message>
        <message>
            <location line="+14" />
            <source>% attended within target</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>% a fynychwyd o fewn y targed</translation>
        </message>
        <message>
            <location line="+2" />
            <source>no dispatches with a target</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>dim anfoniadau â tharged</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{title}: {what} in these weeks</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>{title}: {what} yn yr wythnosau hyn</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Week starting</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Wythnos yn dechrau</translation>
        </message>
    </context>
    <context>
        <name>ChecklistAnswersModel</name>
        <message>
            <location filename="../../ui/models/checklist_answers.py" line="+64" />
            <source>Section</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Adran</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Question</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cwestiwn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answer</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ateb</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Officer</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Swyddog</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Taken by</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cymerwyd gan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Pryd</translation>
        </message>
        <message>
            <location line="+24" />
            <source>MISSING</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>AR GOLL</translation>
        </message>
    </context>
    <context>
        <name>ChecklistPage</name>
        <message>
            <location filename="../../ui/closure/checklist_page.py" line="+98" />
            <source>Narrative (for the inspector and the next handler)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Naratif (i'r arolygydd a'r ymdriniwr nesaf)</translation>
        </message>
        <message>
            <location line="+52" />
            <source>saving…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>yn cadw…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Officer {collar} · taken by {who} at {when}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Swyddog {collar} · cymerwyd gan {who} am {when}</translation>
        </message>
    </context>
    <context>
        <name>ChoiceEditor</name>
        <message>
            <location filename="../../ui/closure/item_editors.py" line="+63" />
            <source>Y or N</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Y neu N</translation>
        </message>
        <message>
            <location line="+2" />
            <source>digits tick or untick; several allowed</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>digidau i dicio neu ddad-dicio; caniateir sawl un</translation>
        </message>
        <message>
            <location line="+2" />
            <source>digit 1–{n}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>digid 1–{n}</translation>
        </message>
    </context>
    <context>
        <name>CloseTriggerDialog</name>
        <message>
            <location filename="../../ui/oversight/trigger_dialog.py" line="+199" />
            <source>Close trigger event</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cau digwyddiad sbardun</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Close event</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Cau'r digwyddiad</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Reassessed</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Ailasesu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;No reassessment needed</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Dim angen ailasesu</translation>
        </message>
        <message>
            <location line="+14" />
            <source>e.g. DASH repeated with the victim by phone: still medium; bail conditions</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>e.e. ailadroddwyd DASH gyda'r dioddefwr dros y ffôn: canolig o hyd; amodau mechnïaeth</translation>
        </message>
        <message>
            <location line="+3" />
            <source>R&amp;ationale</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>R&amp;hesymeg</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Outcome</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Canlyniad</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Choose the outcome: reassessed, or no reassessment needed.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dewiswch y canlyniad: ailaseswyd, neu dim angen ailasesu.</translation>
        </message>
    </context>
    <context>
        <name>ClosureChecklistDialog</name>
        <message>
            <location filename="../../ui/closure/checklist_dialog.py" line="+77" />
            <location line="+109" />
            <source>Closure questions {ref}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cwestiynau cau {ref}</translation>
        </message>
        <message>
            <location line="-105" />
            <source>Closure questions for the attending officer</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cwestiynau cau i'r swyddog sy'n mynychu</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Su&amp;bmit for sign-off</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cyflwyno i'w &amp;gymeradwyo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Close (Esc)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cau (Esc)</translation>
        </message>
        <message>
            <location line="+18" />
            <location line="+46" />
            <source>Loading…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn llwytho…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Closure questions for the attending officer: {ref}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cwestiynau cau i'r swyddog sy'n mynychu: {ref}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>RETURNED by {who} at {when}: “{reason}”</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>DYCHWELWYD gan {who} am {when}: “{reason}”</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{ref} is {status}: the closure answers cannot be changed now.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae {ref} yn {status}: ni ellir newid yr atebion cau nawr.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The closure questions could not be opened: {reason}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid oedd modd agor y cwestiynau cau: {reason}</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+42" />
            <source>&amp;Reload</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Ail-lwytho</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Not saved: {reason}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Heb ei gadw: {reason}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Try again</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Rhoi cynnig arall</translation>
        </message>
        <message>
            <location line="+24" />
            <source>The attending officer's collar number</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Rhif coler y swyddog sy'n mynychu</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Submitting…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn cyflwyno…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not saved yet: give the officer's collar number.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Heb ei gadw eto: rhowch rif coler y swyddog.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Saving…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn cadw…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not saved: reload to see the other change.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Heb ei gadw: ail-lwythwch i weld y newid arall.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Every answer above is saved.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae pob ateb uchod wedi'i gadw.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answers are saved as you give them.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae atebion yn cael eu cadw wrth i chi eu rhoi.</translation>
        </message>
        <message>
            <location line="+84" />
            <source>{n} answer(s) were not saved: no collar number was given.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ni chadwyd {n} ateb: ni roddwyd rhif coler.</translation>
        </message>
    </context>
    <context>
        <name>ClosureWords</name>
        <message>
            <location filename="../../ui/common/words.py" line="+91" />
            <source>{m} min</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>{m} mun</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{h} h {m:02d} min</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>{h} awr {m:02d} mun</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{d} d {h} h</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>{d} d {h} awr</translation>
        </message>
        <message>
            <location filename="../../ui/closure/words.py" line="18" />
            <source>Yes</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ie</translation>
        </message>
        <message>
            <location filename="../../ui/closure/words.py" line="20" />
            <source>No</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Na</translation>
        </message>
        <message>
            <location filename="../../ui/closure/words.py" line="43" />
            <source>Narrative: {title} (at least {words} words)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Naratif: {title} (o leiaf {words} gair)</translation>
        </message>
    </context>
    <context>
        <name>CollarField</name>
        <message>
            <location filename="../../ui/closure/checklist_parts.py" line="+33" />
            <source>e.g. PC4521</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>e.e. PC4521</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Attending officer's collar number</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Rhif coler y swyddog sy'n mynychu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attending officer's &amp;collar number (required)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Rhif &amp;coler y swyddog sy'n mynychu (gofynnol)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>recorded with every answer you take now</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>wedi'i gofnodi gyda phob ateb a gymerwch nawr</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Enter the attending officer's collar number: the answers are theirs.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Rhowch rif coler y swyddog sy'n mynychu: eu hatebion nhw yw'r rhain.</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <location filename="../../ui/sync/status.py" line="+236" />
            <source>Conflicts: actions the server refused</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gwrthdaro: camau a wrthodwyd gan y gweinydd</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The server refused these actions made on this workstation. Nothing is dropped: retry each one, or discard it with a reason (recorded in the audit log).</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gwrthododd y gweinydd y camau hyn a wnaed ar y weithfan hon. Does dim yn cael ei ollwng: rhowch gynnig arall ar bob un, neu ei daflu gyda rheswm (a gofnodir yn y log archwilio).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Incident</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Digwyddiad</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Refused</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gwrthodwyd</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Server's message</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Neges y gweinydd</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Made</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gwnaed</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Conflicts</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gwrthdaro</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Work the server refused after an outage, one a row; Retry or Discard with a reason.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gwaith a wrthododd y gweinydd ar ôl toriad, un i bob rhes; Rhoi cynnig arall neu Daflu gyda rheswm.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Why this action is given up (needed to discard; at least a sentence)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Pam y rhoddir y gorau i'r cam hwn (angen i'w daflu; o leiaf brawddeg)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Reason to discard:</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Rheswm dros daflu:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Retry</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Rhoi &amp;cynnig arall</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Discard…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Taflu…</translation>
        </message>
        <message>
            <location line="+46" />
            <source>No conflicts left.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dim gwrthdaro ar ôl.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Sending %1 again…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn anfon %1 eto…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Discarding…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn taflu…</translation>
        </message>
    </context>
    <context>
        <name>ControlRoomView</name>
        <message>
            <location filename="../../ui/inspector/control_room_view.py" line="+63" />
            <source>Control room: incidents this shift</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ystafell reoli: digwyddiadau'r shifft hon</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Agored</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Total</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cyfanswm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Domestic abuse</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cam-drin domestig</translation>
        </message>
        <message>
            <location line="+7" />
            <source>ref, number, address, name…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>cyf, rhif, cyfeiriad, enw…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Filter</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Hidlo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Shows only the incidents with this status.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn dangos dim ond y digwyddiadau sydd â'r statws hwn.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>All statuses</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Pob statws</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Status</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Statws</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Control room incidents this shift</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Digwyddiadau'r ystafell reoli y shifft hon</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Every incident this shift, newest first, with its grade and status in words.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Pob digwyddiad y shifft hon, y mwyaf diweddar yn gyntaf, gyda'i radd a'i statws mewn geiriau.</translation>
        </message>
        <message>
            <location line="+55" />
            <source>The list could not be refreshed: {reason}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid oedd modd adnewyddu'r rhestr: {reason}</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Showing {shown} of {total}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn dangos {shown} o {total}</translation>
        </message>
    </context>
    <context>
        <name>CorrectionMode</name>
        <message>
            <location filename="../../ui/call/correction_mode.py" line="+66" />
            <source>Correct details</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cywiro manylion</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Correct a mistyped number, address, name or date of birth in the incident (F6)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cywiro rhif, cyfeiriad, enw neu ddyddiad geni a gamdeipiwyd yn y digwyddiad (F6)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Save correction</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cadw'r cywiriad</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the corrected details (Ctrl+Enter)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cadw'r manylion wedi'u cywiro (Ctrl+Enter)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Diddymu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Put the recorded details back (Esc)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Rhoi'r manylion a gofnodwyd yn ôl (Esc)</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Correcting {ref}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn cywiro {ref}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Correcting incident {ref}: change what was mistyped, then Ctrl+Enter saves; Esc puts the recorded details back.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn cywiro digwyddiad {ref}: newidiwch yr hyn a gamdeipiwyd, yna mae Ctrl+Enter yn cadw; mae Esc yn rhoi'r manylion a gofnodwyd yn ôl.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Correction cancelled: the recorded details are unchanged.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Diddymwyd y cywiriad: nid yw'r manylion a gofnodwyd wedi newid.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Nothing was changed: the recorded details stand.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ni newidiwyd dim: mae'r manylion a gofnodwyd yn sefyll.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Saving the correction…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn cadw'r cywiriad…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Incident {ref}: details corrected. Previous calls are now looked up for the corrected number and address.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Digwyddiad {ref}: cywirwyd y manylion. Mae galwadau blaenorol bellach yn cael eu chwilio ar gyfer y rhif a'r cyfeiriad wedi'u cywiro.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Not corrected: {reason}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Heb ei gywiro: {reason}</translation>
        </message>
    </context>
    <context>
        <name>DebriefDialog</name>
        <message>
            <location filename="../../ui/training/debrief_dialog.py" line="+80" />
            <source>Debrief: %1</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ôl-drafodaeth: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Score %1 / 100 — %2</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Sgôr %1 / 100 — %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>pass</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>llwyddo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>not yet</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>ddim eto</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Question</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cwestiwn</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Mandatory</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gorfodol</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Asked</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gofynnwyd</translation>
        </message>
        <message>
            <location line="+5" />
            <source>yes</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>ie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>asked</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>gofynnwyd</translation>
        </message>
        <message>
            <location line="+0" />
            <source>MISSED</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>WEDI'I FETHU</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Fact</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ffaith</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Expected</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Disgwyliedig</translation>
        </message>
        <message>
            <location line="+0" />
            <source>You recorded</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cofnodwyd gennych</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Questions: asked and missed</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cwestiynau: a ofynnwyd ac a fethwyd</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Each question, whether it is mandatory, and asked or MISSED.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Pob cwestiwn, a yw'n orfodol, ac a ofynnwyd neu a FETHWYD.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Each fact: what the call should have recorded, what you recorded, right or wrong.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Pob ffaith: yr hyn y dylai'r alwad fod wedi'i gofnodi, yr hyn a gofnodwyd gennych, cywir neu anghywir.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Questions: asked and missed (mandatory first)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cwestiynau: a ofynnwyd ac a fethwyd (gorfodol yn gyntaf)</translation>
        </message>
        <message>
            <location line="-16" />
            <location line="+17" />
            <source>Facts: recorded against expected</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ffeithiau: a gofnodwyd o'u cymharu â'r disgwyl</translation>
        </message>
        <message>
            <location line="-86" />
            <source>right</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>cywir</translation>
        </message>
        <message>
            <location line="+2" />
            <source>missed or wrong</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>wedi'i fethu neu'n anghywir</translation>
        </message>
        <message>
            <location line="+105" />
            <source>Grade %1</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gradd %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>no grade</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>dim gradd</translation>
        </message>
        <message>
            <location line="+4" />
            <source>no earlier calls on this number or address</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>dim galwadau cynharach ar y rhif neu'r cyfeiriad hwn</translation>
        </message>
        <message>
            <location line="+2" />
            <source>opened before grading</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>agorwyd cyn graddio</translation>
        </message>
        <message>
            <location line="+2" />
            <source>NOT opened before grading (F4)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>HEB ei agor cyn graddio (F4)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Grade: you chose %1; expected Grade %2 (your answers would recommend Grade %3).</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gradd: dewisoch %1; disgwylid Gradd %2 (byddai eich atebion yn argymell Gradd %3).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The policy's reasons:</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Rhesymau'r polisi:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Flags expected: %1. Yours: %2.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Baneri disgwyliedig: %1. Eich rhai chi: %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Time to grade: %1. History: %2.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Amser i raddio: %1. Hanes: %2.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Teaching point: %1</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Pwynt dysgu: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Read: %1</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Darllenwch: %1</translation>
        </message>
    </context>
    <context>
        <name>DetailsCorrection</name>
        <message>
            <location filename="../../ui/call/details_correction.py" line="+48" />
            <source>Nothing to correct yet: the details are recorded once the incident is opened (Ctrl+Enter).</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dim i'w gywiro eto: cofnodir y manylion unwaith y bydd y digwyddiad wedi'i agor (Ctrl+Enter).</translation>
        </message>
        <message>
            <location line="+11" />
            <source>the incident is no longer on screen.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>nid yw'r digwyddiad ar y sgrin mwyach.</translation>
        </message>
    </context>
    <context>
        <name>DialogProgress</name>
        <message>
            <location filename="../../ui/progress_dialog.py" line="+27" />
            <source>Cancel</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Diddymu</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Cancelling: undoing what was written…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn diddymu: yn dadwneud yr hyn a ysgrifennwyd…</translation>
        </message>
    </context>
    <context>
        <name>DispatchDialog</name>
        <message>
            <location filename="../../ui/call/dispatch_dialog.py" line="+39" />
            <source>Dispatch %s</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Anfon %s</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The grade the officers are sent at; it starts at the grade decided.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Y radd y caiff y swyddogion eu hanfon arni; mae'n dechrau ar y radd a benderfynwyd.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>collar numbers, e.g. PC4521, PC3310</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>rhifau coler, e.e. PC4521, PC3310</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Send %n officer(s): the recommendation asks for this many.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>
                <numerusform>Anfonwch %n swyddog: mae'r argymhelliad yn gofyn am y nifer hwn.</numerusform>
                <numerusform>Anfonwch %n swyddog: mae'r argymhelliad yn gofyn am y nifer hwn.</numerusform>
                <numerusform>Anfonwch %n swyddog: mae'r argymhelliad yn gofyn am y nifer hwn.</numerusform>
                <numerusform>Anfonwch %n swyddog: mae'r argymhelliad yn gofyn am y nifer hwn.</numerusform>
                <numerusform>Anfonwch %n swyddog: mae'r argymhelliad yn gofyn am y nifer hwn.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Grade</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Gradd</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Officers sent</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>S&amp;wyddogion a anfonwyd</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Dispatch</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Anfon</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Name at least one officer (collar number).</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Enwch o leiaf un swyddog (rhif coler).</translation>
        </message>
    </context>
    <context>
        <name>DraftOffer</name>
        <message>
            <location filename="../../ui/drafts.py" line="+114" />
            <source>&amp;Restore it</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Ei hadfer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>D&amp;iscard it</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>E&amp;i thaflu</translation>
        </message>
    </context>
    <context>
        <name>DrillDownPanel</name>
        <message>
            <location filename="../../ui/oversight/drill_panel.py" line="+41" />
            <location line="+13" />
            <source>Incidents behind the selected row</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Digwyddiadau y tu ôl i'r rhes a ddewiswyd</translation>
        </message>
        <message>
            <location line="-12" />
            <source>Enter opens the incident, read-only.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae Enter yn agor y digwyddiad, darllen yn unig.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Incidents behind the selected row: loading…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Digwyddiadau y tu ôl i'r rhes a ddewiswyd: yn llwytho…</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Incidents behind the selected row: {n} (Enter opens one, read-only)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Digwyddiadau y tu ôl i'r rhes a ddewiswyd: {n} (mae Enter yn agor un, darllen yn unig)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The incidents behind this row could not be loaded: {reason}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid oedd modd llwytho'r digwyddiadau y tu ôl i'r rhes hon: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ExpireMarkerDialog</name>
        <message>
            <location filename="../../ui/inspector/markers_dialog.py" line="+33" />
            <source>Expire marker: {what}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dod â marciwr i ben: {what}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Expire marker</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Dod â'r marciwr i ben</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{what} on {on} stops showing to handlers from now. Say why it is no longer needed: it is recorded in the audit log with your name.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ni fydd {what} ar {on} yn cael ei ddangos i ymdrinwyr o hyn ymlaen. Dywedwch pam nad oes ei angen mwyach: fe'i cofnodir yn y log archwilio gyda'ch enw.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Why the marker is no longer needed</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Pam nad oes angen y marciwr mwyach</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Why</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Pam</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Say why the marker is no longer needed (at least a sentence).</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dywedwch pam nad oes angen y marciwr mwyach (o leiaf brawddeg).</translation>
        </message>
    </context>
    <context>
        <name>Grade</name>
        <message>
            <location filename="../../ui/common/words.py" line="-37" />
            <source>Not graded yet</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Heb ei raddio eto</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Grade %1: %2</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gradd %1: %2</translation>
        </message>
        <message>
            <location filename="../../resources/policy/default.yaml" line="1" />
            <source>Emergency</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Argyfwng</translation>
        </message>
        <message>
            <location filename="../../resources/policy/default.yaml" line="1" />
            <source>Priority</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Blaenoriaeth</translation>
        </message>
        <message>
            <location filename="../../resources/policy/default.yaml" line="1" />
            <source>Scheduled</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Wedi'i drefnu</translation>
        </message>
        <message>
            <location filename="../../resources/policy/default.yaml" line="1" />
            <source>Resolution without deployment</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Datrys heb anfon neb</translation>
        </message>
    </context>
    <context>
        <name>GradeFlow</name>
        <message>
            <location filename="../../ui/call/grade_flow.py" line="+129" />
            <source>Saving the grade…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn cadw'r radd…</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Graded %1 (%2), recommended %3.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Graddiwyd %1 (%2), argymhellwyd %3.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Override recorded with your reason.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cofnodwyd y newid gyda'ch rheswm.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Below the policy floor: flagged for the inspector.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Islaw llawr y polisi: wedi'i fflagio i'r arolygydd.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The grade was not saved: %1</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ni chadwyd y radd: %1</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Dispatching…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn anfon…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 dispatched at Grade %2: %3.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Anfonwyd %1 ar Radd %2: %3.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>%1 graded 4: resolved without deployment; no officers sent. The closure checklist is next (My incidents, Ctrl+2).</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Graddiwyd %1 yn 4: datryswyd heb anfon neb; ni anfonwyd swyddogion. Y rhestr gwirio cau sydd nesaf (Fy nigwyddiadau, Ctrl+2).</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Not dispatched: %1</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Heb ei anfon: %1</translation>
        </message>
    </context>
    <context>
        <name>HandlerView</name>
        <message>
            <location filename="../../ui/call/handler_view.py" line="+45" />
            <source>Call (Ctrl+1)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Galwad (Ctrl+1)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>My reviews (Ctrl+7)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Fy adolygiadau (Ctrl+7)</translation>
        </message>
        <message>
            <location line="+44" />
            <source>My incidents: %1 (Ctrl+2)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Fy nigwyddiadau: %1 (Ctrl+2)</translation>
        </message>
        <message>
            <location line="+25" />
            <source>OFFLINE: the server cannot be reached, so this list is as it was at %1 and its actions (closure, risk, attendance) wait until it is back. Calls carry on in the Call tab (Ctrl+1).</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>ALL-LEIN: ni ellir cyrraedd y gweinydd, felly mae'r rhestr hon fel yr oedd am %1 ac mae ei chamau (cau, risg, presenoldeb) yn aros nes iddo ddod yn ôl. Mae galwadau'n parhau yn y tab Galwad (Ctrl+1).</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1 (opened %2)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>%1 (agorwyd %2)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Provisional, on this workstation only until the server is back: %1. They are not in My incidents yet.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dros dro, ar y weithfan hon yn unig nes i'r gweinydd ddod yn ôl: %1. Nid ydynt yn Fy nigwyddiadau eto.</translation>
        </message>
    </context>
    <context>
        <name>HistoryLines</name>
        <message>
            <location filename="../../ui/training/scenario_history.py" line="+59" />
            <source>Domestic abuse</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cam-drin domestig</translation>
        </message>
        <message>
            <location line="+4" />
            <source>none</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>dim</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Add line (Enter)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ychwanegu llinell (Enter)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Summary</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Crynodeb</translation>
        </message>
        <message>
            <location line="+2" />
            <source>History lines</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Llinellau hanes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter loads a line into the boxes above to change it; Delete removes it.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae Enter yn llwytho llinell i'r blychau uchod i'w newid; mae Delete yn ei thynnu.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Ref (&amp;N)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cyf (&amp;N)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Days ago</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Diwrnodau yn ôl</translation>
        </message>
        <message>
            <location line="+1" />
            <source>On</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Category</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Categori</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Grade</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gradd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Risk</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Risg</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Victim</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dioddefwr</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Suspect</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Un a ddrwgdybir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Markers</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Marcwyr</translation>
        </message>
        <message>
            <location line="+1" />
            <source>S&amp;ummary</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>C&amp;rynodeb</translation>
        </message>
        <message>
            <location line="+76" />
            <source>yes</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>ie</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>na</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <location filename="../../ui/call/history_panel.py" line="+34" />
            <source>Previous calls</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Galwadau blaenorol</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+115" />
            <source>Type the caller's number or the address to see earlier calls.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Teipiwch rif y galwr neu'r cyfeiriad i weld galwadau cynharach.</translation>
        </message>
        <message>
            <location line="-108" />
            <source>History warnings</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Rhybuddion hanes</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Previous incidents</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Digwyddiadau blaenorol</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Earlier incidents at this number or address, newest first; Enter opens one.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Digwyddiadau cynharach yn y rhif neu'r cyfeiriad hwn, y mwyaf diweddar yn gyntaf; mae Enter yn agor un.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Possible matches — check with the caller</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cyfatebiaethau posibl — gwiriwch gyda'r galwr</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Possible matches</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cyfatebiaethau posibl</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Incidents that may be the same people or place: check with the caller.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Digwyddiadau a allai fod yr un bobl neu'r un lle: gwiriwch gyda'r galwr.</translation>
        </message>
        <message>
            <location line="+69" />
            <source>Searching…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn chwilio…</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Previous calls could not be checked: %s</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid oedd modd gwirio galwadau blaenorol: %s</translation>
        </message>
        <message>
            <location line="+2" />
            <source>HISTORY NOT CHECKED — search again or use another system</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>HANES HEB EI WIRIO — chwiliwch eto neu defnyddiwch system arall</translation>
        </message>
        <message>
            <location line="+17" />
            <source>%1 previous incidents (newest %2 listed); %3 possible.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>%1 digwyddiad blaenorol (rhestrir y %2 mwyaf diweddar); %3 posibl.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 previous incidents; %3 possible.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>%1 digwyddiad blaenorol; %3 posibl.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>address</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>cyfeiriad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>number</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>rhif</translation>
        </message>
        <message>
            <location line="+1" />
            <source>person</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>person</translation>
        </message>
        <message>
            <location line="+6" />
            <source>SERIAL PERPETRATOR: %s is linked to two or more victims</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>TROSEDDWR CYFRESOL: mae %s yn gysylltiedig â dau ddioddefwr neu fwy</translation>
        </message>
        <message>
            <location line="+8" />
            <source>REPEAT VICTIM: %1 domestic-abuse incidents in the last 12 months</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>DIODDEFWR MYNYCH: %1 digwyddiad cam-drin domestig yn y 12 mis diwethaf</translation>
        </message>
        <message>
            <location line="+6" />
            <source>CHILDREN recorded at this number or address before</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>PLANT wedi'u cofnodi yn y rhif neu'r cyfeiriad hwn o'r blaen</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Last risk assessment: %1 (%2)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Asesiad risg diwethaf: %1 (%2)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Codeword agreed %1: %2 (%3)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gair cod wedi'i gytuno %1: %2 (%3)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Safety plan agreed %1: %2 (%3)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cynllun diogelwch wedi'i gytuno %1: %2 (%3)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>No previous calls for this number or address</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dim galwadau blaenorol ar gyfer y rhif neu'r cyfeiriad hwn</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 earlier incident(s), none domestic abuse in the last 12 months</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>%1 digwyddiad cynharach, dim un yn gam-drin domestig yn y 12 mis diwethaf</translation>
        </message>
    </context>
    <context>
        <name>IncidentDialog</name>
        <message>
            <location filename="../../ui/oversight/incident_dialog.py" line="+32" />
            <location line="+19" />
            <source>Incident {ref} (read-only)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Digwyddiad {ref} (darllen yn unig)</translation>
        </message>
        <message>
            <location line="-13" />
            <source>Loading the incident…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn llwytho'r digwyddiad…</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The incident could not be shown: {reason}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid oedd modd dangos y digwyddiad: {reason}</translation>
        </message>
    </context>
    <context>
        <name>IncidentStatus</name>
        <message>
            <location filename="../../ui/common/words.py" line="-50" />
            <source>Open</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Agored</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dispatched</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Wedi anfon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Officer attended</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Swyddog wedi mynychu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Closure questions</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cwestiynau cau</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Closed</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Wedi cau</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Awaiting sign-off</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn aros am gymeradwyaeth</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Returned by inspector</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dychwelwyd gan yr arolygydd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Finalised</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Terfynol</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Next: dispatch officers</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nesaf: anfon swyddogion</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next: record the officer's attendance</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nesaf: cofnodi presenoldeb y swyddog</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Next: ask the officer the closure questions</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nesaf: gofyn y cwestiynau cau i'r swyddog</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Next: finish the closure questions and submit for sign-off</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nesaf: gorffen y cwestiynau cau a'u cyflwyno i'w cymeradwyo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>With the inspector for sign-off</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gyda'r arolygydd i'w gymeradwyo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The inspector sent it back: read the reason, then fix the closure</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Anfonodd yr arolygydd ef yn ôl: darllenwch y rheswm, yna cywirwch y cau</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Signed off; later information goes in a note</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Wedi'i gymeradwyo; mae gwybodaeth ddiweddarach yn mynd mewn nodyn</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Next: closure questions (resolved without deployment)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nesaf: cwestiynau cau (datryswyd heb anfon neb)</translation>
        </message>
    </context>
    <context>
        <name>IncidentTableModel</name>
        <message>
            <location filename="../../ui/models/incident_table.py" line="+93" />
            <location line="+86" />
            <source>Domestic abuse identified</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cam-drin domestig wedi'i nodi</translation>
        </message>
        <message>
            <location line="-84" />
            <source>Response grade (1 = emergency … 4 = no deployment)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gradd ymateb (1 = argyfwng … 4 = dim anfon)</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Ref</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cyf</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Opened</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Agorwyd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Statws</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Number</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Rhif</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cyfeiriad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Victim</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dioddefwr</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Suspect</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Un a ddrwgdybir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Grade</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gradd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>DA</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>CD</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Handler</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ymdriniwr</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attendance</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Presenoldeb</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Yes</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ie</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Na</translation>
        </message>
    </context>
    <context>
        <name>ItemRow</name>
        <message>
            <location filename="../../ui/closure/item_editors.py" line="+139" />
            <source>Your answer in words, at least %1 characters.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Eich ateb mewn geiriau, o leiaf %1 nod.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Required now</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gofynnol nawr</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Required</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gofynnol</translation>
        </message>
        <message>
            <location line="+4" />
            <source>✓ Answered</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>✓ Wedi'i ateb</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Optional</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dewisol</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{n} characters (at least {m})</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>{n} nod (o leiaf {m})</translation>
        </message>
    </context>
    <context>
        <name>JudgementBox</name>
        <message>
            <location filename="../../ui/risk/judgement_box.py" line="+37" />
            <source>Professional &amp;judgement (may raise the level, never lower it):</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Barn &amp;broffesiynol (gall godi'r lefel, byth ei gostwng):</translation>
        </message>
        <message>
            <location line="+4" />
            <source>None: use the level from the answers</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dim: defnyddio'r lefel o'r atebion</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Raise to %1</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Codi i %1</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Reason for raising the level</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Rheswm dros godi'r lefel</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Required when you raise the level by judgement: what makes the risk higher.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gofynnol pan fyddwch yn codi'r lefel drwy farn: beth sy'n gwneud y risg yn uwch.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>The homicide patterns ask for a decision: raise to high (Alt+H), or write why you keep the level (at least a sentence).</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae'r patrymau dynladdiad yn gofyn am benderfyniad: codi i uchel (Alt+H), neu ysgrifennu pam rydych yn cadw'r lefel (o leiaf brawddeg).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Write why you judge the risk to be %1 (at least a sentence).</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ysgrifennwch pam rydych yn barnu bod y risg yn %1 (o leiaf brawddeg).</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Why you keep the level despite the homicide patterns (required)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Pam rydych yn cadw'r lefel er gwaethaf y patrymau dynladdiad (gofynnol)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Why you judge the risk higher than the answers give (required)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Pam rydych yn barnu bod y risg yn uwch nag y mae'r atebion yn ei roi (gofynnol)</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <location filename="../../ui/language.py" line="+147" />
            <source>Lan&amp;guage</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Iaith</translation>
        </message>
        <message>
            <location line="+2" />
            <source>System language</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Iaith y system</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Language</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Iaith</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The new language is used from your next sign-in: a call is in the form now.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Defnyddir yr iaith newydd o'ch mewngofnodi nesaf: mae galwad yn y ffurflen nawr.</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <location filename="../../ui/lock/lock_screen.py" line="+44" />
            <source>This workstation is locked</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae'r weithfan hon wedi'i chloi</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Username</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Enw defnyddiwr</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Password</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Cyfrinair</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Signing in as someone else signs {name} out. The call {name} has in progress is kept as a draft and offered back when they next sign in here.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae mewngofnodi fel rhywun arall yn allgofnodi {name}. Cedwir yr alwad sydd gan {name} ar y gweill fel drafft a'i chynnig yn ôl pan fyddant yn mewngofnodi yma nesaf.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Workstation {name}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gweithfan {name}</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Locked at {time}.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Wedi'i chloi am {time}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Locked at {time} after {minutes} without keyboard or mouse.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Wedi'i chloi am {time} ar ôl {minutes} heb fysellfwrdd na llygoden.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{name} ({username}) is signed in; type the password to carry on where you left off.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae {name} ({username}) wedi mewngofnodi; teipiwch y cyfrinair i barhau o'r man lle roeddech chi.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>1 minute</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>1 munud</translation>
        </message>
        <message>
            <location line="+0" />
            <source>{n} minutes</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>{n} munud</translation>
        </message>
        <message>
            <location line="+2" />
            <source>1 second</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>1 eiliad</translation>
        </message>
        <message>
            <location line="+0" />
            <source>{n} seconds</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>{n} eiliad</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Type the password.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Teipiwch y cyfrinair.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Checking…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn gwirio…</translation>
        </message>
        <message>
            <location line="+27" />
            <source>&amp;Sign in and sign {name} out</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Mewngofnodi ac allgofnodi {name}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Un&amp;lock</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Datgloi</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../ui/login.py" line="+56" />
            <source>Sign in: call handler workstation</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mewngofnodi: gweithfan ymdriniwr galwadau</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sign in</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mewngofnodi</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Username</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Enw defnyddiwr</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Password</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Cyfrinair</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Workstation {workstation} · database {database}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gweithfan {workstation} · cronfa ddata {database}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Sign in</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Mewngofnodi</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Type your username and password.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Teipiwch eich enw defnyddiwr a'ch cyfrinair.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Checking…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn gwirio…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="+88" />
            <source>Call handler workstation: {name}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gweithfan ymdriniwr galwadau: {name}</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Sign-off queue</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ciw cymeradwyo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Incidents waiting for your sign-off (Ctrl+1)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Digwyddiadau sy'n aros i chi eu cymeradwyo (Ctrl+1)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Control room</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ystafell reoli</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every handler's incidents this shift</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Digwyddiadau pob ymdriniwr y shifft hon</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Oversight</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Goruchwylio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Safeguarding lists, performance reports and charts</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Rhestrau diogelu, adroddiadau perfformiad a siartiau</translation>
        </message>
        <message>
            <location line="+70" />
            <source>Sign-off queue ({n})</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ciw cymeradwyo ({n})</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;File</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Ffeil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Refresh lists</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Adnewyddu rhestrau</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Lock the workstation</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Cloi'r weithfan</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sign &amp;out</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>A&amp;llgofnodi</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Quit</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gada&amp;el</translation>
        </message>
        <message>
            <location filename="../../ui/language.py" line="-49" />
            <location filename="../../ui/main_window.py" line="+8" />
            <source>&amp;View</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Golwg</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="+3" />
            <source>&amp;Oversight lists</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Rhestrau goruchwylio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Oversight &amp;charts</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Siartiau goruchwylio</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Help</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>C&amp;ymorth</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;About</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Y&amp;nghylch</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Signed in: {name} ({role}) on {workstation}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Wedi mewngofnodi: {name} ({role}) ar {workstation}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Database: {url}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cronfa ddata: {url}</translation>
        </message>
        <message>
            <location line="+49" />
            <source>About the call handler workstation</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ynghylch gweithfan yr ymdriniwr galwadau</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Call handler workstation {version}

For control-room staff taking domestic-abuse calls and the inspectors who sign incidents off.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gweithfan ymdriniwr galwadau {version}

Ar gyfer staff ystafell reoli sy'n cymryd galwadau cam-drin domestig a'r arolygwyr sy'n cymeradwyo digwyddiadau.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>A call is typed in the form but has not been opened as an incident.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae galwad wedi'i theipio yn y ffurflen ond heb ei hagor fel digwyddiad.</translation>
        </message>
    </context>
    <context>
        <name>MarkersDialog</name>
        <message>
            <location filename="../../ui/inspector/markers_dialog.py" line="+30" />
            <source>Warning markers: {ref}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Marcwyr rhybudd: {ref}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Markers on this incident's number, address and victim, and those it placed. Active ones show to the next handler; an expired one no longer does.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Marcwyr ar rif, cyfeiriad a dioddefwr y digwyddiad hwn, a'r rhai a osododd. Mae rhai gweithredol yn ymddangos i'r ymdriniwr nesaf; nid yw un sydd wedi dod i ben yn ymddangos mwyach.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Warning markers</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Marcwyr rhybudd</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The incident's warning markers, one a row; select an active one to expire it.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Marcwyr rhybudd y digwyddiad, un i bob rhes; dewiswch un gweithredol i ddod ag ef i ben.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Expire…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Dod i ben…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expire the selected active marker (Alt+E)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dod â'r marciwr gweithredol a ddewiswyd i ben (Alt+E)</translation>
        </message>
        <message>
            <location line="+33" />
            <source>No markers on this incident's number, address or victim.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dim marcwyr ar rif, cyfeiriad na dioddefwr y digwyddiad hwn.</translation>
        </message>
        <message>
            <location line="+63" />
            <source>Expired: {what} on {on}. It no longer shows to handlers.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Wedi dod i ben: {what} ar {on}. Nid yw'n ymddangos i ymdrinwyr mwyach.</translation>
        </message>
    </context>
    <context>
        <name>MissingPanel</name>
        <message>
            <location filename="../../ui/closure/checklist_parts.py" line="+29" />
            <source>Still missing</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ar goll o hyd</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What the checklist still needs before closure; Enter goes to the item.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yr hyn sydd ei angen ar y rhestr wirio o hyd cyn cau; mae Enter yn mynd at yr eitem.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Enter on a line goes to it. F8: next missing item from anywhere.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae Enter ar linell yn mynd ati. F8: yr eitem nesaf sydd ar goll o unrhyw le.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Still &amp;missing ({n})</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ar &amp;goll o hyd ({n})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nothing &amp;missing: ready to submit</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dim ar &amp;goll: yn barod i'w gyflwyno</translation>
        </message>
    </context>
    <context>
        <name>MyReviewsView</name>
        <message>
            <location filename="../../ui/qa/my_reviews.py" line="+48" />
            <source>Checklist item</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Eitem y rhestr wirio</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Compliance</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cydymffurfiaeth</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Missed</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Methwyd</translation>
        </message>
        <message>
            <location line="+8" />
            <source>My compliance by checklist item</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Fy nghydymffurfiaeth fesul eitem y rhestr wirio</translation>
        </message>
        <message>
            <location line="+2" />
            <source>One row per checklist item: your compliance and how many times it was missed.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Un rhes i bob eitem y rhestr wirio: eich cydymffurfiaeth a sawl gwaith y'i methwyd.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Call / checklist item</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Galwad / eitem y rhestr wirio</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Score</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Sgôr</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reviewer's note</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nodyn yr adolygydd</translation>
        </message>
        <message>
            <location line="+4" />
            <source>My reviews with the reviewer's notes</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Fy adolygiadau gyda nodiadau'r adolygydd</translation>
        </message>
        <message>
            <location line="+2" />
            <source>One branch per reviewed call; open it for each item's score and note.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Un gangen i bob galwad a adolygwyd; agorwch hi i weld sgôr a nodyn pob eitem.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Loading your reviews…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn llwytho eich adolygiadau…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 review(s) of your calls in the last %2 weeks; a partial counts half. Read the notes: they say what to ask next time.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>%1 adolygiad o'ch galwadau yn y %2 wythnos diwethaf; mae rhannol yn cyfrif hanner. Darllenwch y nodiadau: maen nhw'n dweud beth i'w ofyn y tro nesaf.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>None of your calls has been reviewed yet.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid oes yr un o'ch galwadau wedi'i hadolygu eto.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 (week of %2), reviewed by %3</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>%1 (wythnos %2), adolygwyd gan %3</translation>
        </message>
    </context>
    <context>
        <name>NarrativeRow</name>
        <message>
            <location filename="../../ui/closure/checklist_page.py" line="-122" />
            <source>In your own words, at least %1 words.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn eich geiriau eich hun, o leiaf %1 gair.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>{n} words (at least {m})</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>{n} gair (o leiaf {m})</translation>
        </message>
    </context>
    <context>
        <name>NewCallForm</name>
        <message>
            <location filename="../../ui/call/new_call_form.py" line="+90" />
            <source>New call</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Galwad newydd</translation>
        </message>
        <message>
            <location line="+54" />
            <source>&amp;Open incident</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Agor digwyddiad</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open the incident (Ctrl+Enter)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Agor y digwyddiad (Ctrl+Enter)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>C&amp;lear for a new call</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>C&amp;lirio'r ffurflen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clear the form for the next call (Ctrl+N)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Clirio'r ffurflen ar gyfer yr alwad nesaf (Ctrl+N)</translation>
        </message>
        <message>
            <location line="+40" />
            <source>&amp;Number</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Rhif</translation>
        </message>
        <message>
            <location line="+0" />
            <source>as the caller dialled, e.g. 07700 900123</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>fel y deialodd y galwr, e.e. 07700 900123</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Address</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>C&amp;yfeiriad</translation>
        </message>
        <message>
            <location line="+0" />
            <source>where it is happening</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>lle mae'n digwydd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Postcode</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cod &amp;post</translation>
        </message>
        <message>
            <location line="+0" />
            <source>e.g. CB1 2AD; blank if unknown</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>e.e. CB1 2AD; gwag os nad yw'n hysbys</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Wh&amp;ere the caller is, if not at the address</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ble mae'r galwr, os nad yw yn y cyf&amp;eiriad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. bus stop, TL 45123 57890</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>e.e. arhosfan bws, TL 45123 57890</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Caller's name</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Enw'r &amp;galwr</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Victim's name</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Enw'r &amp;dioddefwr</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Victim's date of &amp;birth, if known</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dyddiad geni'r dioddefwr, os yn &amp;hysbys</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+2" />
            <source>dd/mm/yyyy</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>dd/mm/bbbb</translation>
        </message>
        <message>
            <location line="-1" />
            <source>&amp;Suspect's name</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Enw'r &amp;un a ddrwgdybir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Suspec&amp;t's date of birth, if known</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dyddiad geni'r un a ddrwgdybir, os yn hy&amp;sbys</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;What the caller says</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yr hyn y mae'r galwr yn ei ddweud (&amp;w)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In the caller's words: what is happening now</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yng ngeiriau'r galwr: beth sy'n digwydd nawr</translation>
        </message>
        <message>
            <location line="+60" />
            <source>Incident {old} reached the server: its reference is now {ref}. These details are recorded; carry on with the script (F2).</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cyrhaeddodd digwyddiad {old} y gweinydd: ei gyfeirnod bellach yw {ref}. Mae'r manylion hyn wedi'u cofnodi; parhewch gyda'r sgript (F2).</translation>
        </message>
        <message>
            <location line="+52" />
            <source>The form has text that has not been opened as an incident.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae testun yn y ffurflen nad yw wedi'i agor fel digwyddiad.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Opening the incident…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn agor y digwyddiad…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Incident {ref} opened at {time}.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Agorwyd digwyddiad {ref} am {time}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Opened at {time} ON THIS WORKSTATION ONLY (server unreachable): provisional reference {ref}, replaced by the real one when the server is back.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Agorwyd am {time} AR Y WEITHFAN HON YN UNIG (ni ellir cyrraedd y gweinydd): cyfeirnod dros dro {ref}, i'w newid am yr un go iawn pan ddaw'r gweinydd yn ôl.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>These details are recorded. Carry on with the script (F2); Ctrl+N starts the next call.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae'r manylion hyn wedi'u cofnodi. Parhewch gyda'r sgript (F2); mae Ctrl+N yn dechrau'r alwad nesaf.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>What you typed since is still in the form.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae'r hyn a deipioch ers hynny yn dal yn y ffurflen.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not opened: {reason}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Heb ei agor: {reason}</translation>
        </message>
    </context>
    <context>
        <name>NoteDialog</name>
        <message>
            <location filename="../../ui/common/action_dialogs.py" line="+19" />
            <source>Add a note: {ref}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ychwanegu nodyn: {ref}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Add note</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Ychwanegu nodyn</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{ref} is finalised and cannot change. A note is added to it with your name and the time (Ctrl+Enter adds it).</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae {ref} yn derfynol ac ni all newid. Ychwanegir nodyn ato gyda'ch enw a'r amser (mae Ctrl+Enter yn ei ychwanegu).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Note</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nodyn</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Added to the finalised incident with your name and the time.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn cael ei ychwanegu at y digwyddiad terfynol gyda'ch enw a'r amser.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Write the note first.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ysgrifennwch y nodyn yn gyntaf.</translation>
        </message>
    </context>
    <context>
        <name>OverdueAlert</name>
        <message>
            <location filename="../../ui/attendance/overdue_alert.py" line="+80" />
            <source>Overdue incidents</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Digwyddiadau hwyr</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Incidents past their attendance target, most overdue first; Enter opens one.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Digwyddiadau sydd wedi mynd heibio i'w targed presenoldeb, y mwyaf hwyr yn gyntaf; mae Enter yn agor un.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Record &amp;decision…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cofnodi &amp;penderfyniad…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Record the inspector's decision on the selected incident (%1)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cofnodi penderfyniad yr arolygydd ar y digwyddiad a ddewiswyd (%1)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Your decision, e.g. nearest unit 3 min away, keep Grade 1</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Eich penderfyniad, e.e. yr uned agosaf 3 mun i ffwrdd, cadw Gradd 1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Record</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cofnodi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Diddymu</translation>
        </message>
        <message>
            <location line="+80" />
            <source>The overdue list could not be checked: %1</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid oedd modd gwirio'r rhestr hwyr: %1</translation>
        </message>
        <message>
            <location line="+19" />
            <source>%1 rural</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>%1 gwledig</translation>
        </message>
        <message>
            <location line="+2" />
            <source>OVERDUE: %1 Grade %2, %3 min since dispatch (target %4)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>HWYR: %1 Gradd %2, %3 mun ers anfon (targed %4)</translation>
        </message>
        <message>
            <location line="+21" />
            <source>OVERDUE ATTENDANCE: %1 incident(s)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>PRESENOLDEB HWYR: %1 digwyddiad</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Decision on %1:</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Penderfyniad ar %1:</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Decision not recorded: %1</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ni chofnodwyd y penderfyniad: %1</translation>
        </message>
    </context>
    <context>
        <name>OverrideDialog</name>
        <message>
            <location filename="../../ui/call/override_dialog.py" line="+43" />
            <source>Decide the response grade</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Penderfynu ar y radd ymateb</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Recommended: Grade %1, %2. Policy floor: Grade %3, %4.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Argymhellir: Gradd %1, %2. Llawr y polisi: Gradd %3, %4.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>(recommended)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>(argymhellir)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Why? (required when you choose another grade)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Pam? (gofynnol pan ddewiswch radd arall)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Your professional judgement for choosing a grade other than recommended.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Eich barn broffesiynol dros ddewis gradd heblaw'r un a argymhellwyd.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Your professional judgement, in a sentence or more</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Eich barn broffesiynol, mewn brawddeg neu fwy</translation>
        </message>
        <message>
            <location line="+20" />
            <source>&amp;Confirm grade</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Cadarnhau'r radd</translation>
        </message>
        <message>
            <location line="+35" />
            <source>You chose Grade %1 instead of the recommended Grade %2: write why (at least a sentence) before confirming.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dewisoch Radd %1 yn lle'r Radd %2 a argymhellwyd: ysgrifennwch pam (o leiaf brawddeg) cyn cadarnhau.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Grade %1 is less urgent than the policy floor (Grade %2, %3). You may choose it, but it will be FLAGGED FOR THE INSPECTOR at sign-off.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae Gradd %1 yn llai brys na llawr y polisi (Gradd %2, %3). Gallwch ei dewis, ond bydd yn cael ei FFLAGIO I'R AROLYGYDD wrth gymeradwyo.</translation>
        </message>
    </context>
    <context>
        <name>OversightListsView</name>
        <message>
            <location filename="../../ui/oversight/lists_view.py" line="+80" />
            <source>Choose a &amp;list</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dewis &amp;rhestr</translation>
        </message>
        <message>
            <location line="+10" />
            <source>name, address, ref, handler…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>enw, cyfeiriad, cyf, ymdriniwr…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Filter</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Hidlo</translation>
        </message>
        <message>
            <location line="+28" />
            <source>The list's rows</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Rhesi'r rhestr</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The chosen list's rows; Enter shows the incidents behind a row.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Rhesi'r rhestr a ddewiswyd; mae Enter yn dangos y digwyddiadau y tu ôl i res.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Refresh</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Adnewyddu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export CSV…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Allforio CSV…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export PDF…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Allforio PDF…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open incident</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Agor digwyddiad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close trigger event…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cau digwyddiad sbardun…</translation>
        </message>
        <message>
            <location line="+128" />
            <source>The list could not be loaded: {reason}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid oedd modd llwytho'r rhestr: {reason}</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Loading…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn llwytho…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{shown} of {total} rows · generated {when}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>{shown} o {total} rhes · lluniwyd {when}</translation>
        </message>
        <message>
            <location line="+87" />
            <source>Trigger event closed: {outcome}.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Caewyd y digwyddiad sbardun: {outcome}.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Text filter: {text}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Hidlydd testun: {text}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>ascending</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>esgynnol</translation>
        </message>
        <message>
            <location line="+2" />
            <source>descending</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>disgynnol</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sorted by {column}, {order}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Wedi'u trefnu yn ôl {column}, {order}</translation>
        </message>
        <message>
            <location line="+31" />
            <source>{rows} rows exported to {path}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Allforiwyd {rows} rhes i {path}</translation>
        </message>
    </context>
    <context>
        <name>OversightView</name>
        <message>
            <location filename="../../ui/oversight/oversight_view.py" line="+44" />
            <source>Lists</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Rhestrau</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Charts</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Siartiau</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Policy impact</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Effaith polisi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>QA compliance</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cydymffurfiaeth SA</translation>
        </message>
        <message>
            <location line="+3" />
            <source>QA review</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Adolygiad SA</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Safeguarding and performance lists (Ctrl+3)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Rhestrau diogelu a pherfformiad (Ctrl+3)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Weekly charts (Ctrl+4)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Siartiau wythnosol (Ctrl+4)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Replay recorded calls through a new grading policy</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ailchwarae galwadau a gofnodwyd drwy bolisi graddio newydd</translation>
        </message>
    </context>
    <context>
        <name>PatternPrompt</name>
        <message>
            <location filename="../../ui/risk/pattern_prompt.py" line="+28" />
            <source>Consider HIGH risk (professional judgement)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ystyried risg UCHEL (barn broffesiynol)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Raise to &amp;high…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Codi i &amp;uchel…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>High by professional judgement, a MARAC referral; then write why (Alt+H)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Uchel drwy farn broffesiynol, atgyfeiriad MARAC; yna ysgrifennwch pam (Alt+H)</translation>
        </message>
        <message>
            <location line="+23" />
            <source>%1 homicide patterns (%2 or more prompt a judgement): %3. High refers to MARAC; keeping the level needs a reason too.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>%1 patrwm dynladdiad (mae %2 neu fwy yn galw am farn): %3. Mae uchel yn atgyfeirio at MARAC; mae angen rheswm i gadw'r lefel hefyd.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Homicide-pattern prompt shown: raised to high by professional judgement</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dangoswyd anogwr y patrymau dynladdiad: codwyd i uchel drwy farn broffesiynol</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Homicide-pattern prompt shown: not raised to high</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dangoswyd anogwr y patrymau dynladdiad: ni chodwyd i uchel</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reason: “%1”</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Rheswm: “%1”</translation>
        </message>
    </context>
    <context>
        <name>PersonMatch</name>
        <message>
            <location filename="../../ui/call/person_match.py" line="+167" />
            <source>Not checked against the people on record: %1</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Heb ei wirio yn erbyn y bobl ar gofnod: %1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>born %1</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>ganwyd %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>no date of birth on record</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>dim dyddiad geni ar gofnod</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 (%2), %3 — is this the victim?</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>%1 (%2), %3 — ai hwn yw'r dioddefwr?</translation>
        </message>
        <message>
            <location line="+89" />
            <source>Not linked: %1</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Heb ei gysylltu: %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Linked to an existing person: %1</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Wedi'i gysylltu â pherson sy'n bodoli: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>(linked when the incident is opened)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>(cysylltir pan agorir y digwyddiad)</translation>
        </message>
    </context>
    <context>
        <name>PersonMatchBar</name>
        <message>
            <location line="-244" />
            <source>Yes, link (Y)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ie, cysylltu (Y)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not them (N)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid nhw (N)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>F7 comes here from anywhere in the call window</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae F7 yn dod yma o unrhyw le yn ffenestr yr alwad</translation>
        </message>
    </context>
    <context>
        <name>PolicyImpactView</name>
        <message>
            <location filename="../../ui/oversight/policy_impact_view.py" line="-315" />
            <source>Choose the new policy file</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dewiswch y ffeil polisi newydd</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Policy files (*.yaml *.yml);;All files (*)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ffeiliau polisi (*.yaml *.yml);;Pob ffeil (*)</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Policy impact</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Effaith polisi</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Replays the calls graded in the period through the current grading policy and a new policy file, and lists the incidents whose recommendation would change. Nothing recorded is changed; each run is written to the audit log.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn ailchwarae'r galwadau a raddiwyd yn y cyfnod drwy'r polisi graddio presennol a ffeil polisi newydd, ac yn rhestru'r digwyddiadau y byddai eu hargymhelliad yn newid. Ni newidir dim a gofnodwyd; ysgrifennir pob rhediad i'r log archwilio.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>the new policy's YAML file</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>ffeil YAML y polisi newydd</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New policy file</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ffeil polisi newydd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New &amp;policy file</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ffeil polisi &amp;newydd</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Browse…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Pori…</translation>
        </message>
        <message>
            <location line="+5" />
            <source> days</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation> diwrnod</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Period to replay, in days</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Y cyfnod i'w ailchwarae, mewn diwrnodau</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How many days of past calls to replay.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Sawl diwrnod o alwadau blaenorol i'w hailchwarae.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replay the &amp;last</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ailchwarae'r &amp;olaf</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Run  Enter</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Rhedeg  Enter</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Incidents whose recommendation changes</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Digwyddiadau y mae eu hargymhelliad yn newid</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Each row: the grade recommended then and under the new policy.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Pob rhes: y radd a argymhellwyd bryd hynny ac o dan y polisi newydd.</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Choose the new policy file to compare with.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dewiswch y ffeil polisi newydd i gymharu â hi.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{path}: no such policy file (give the path of a policy YAML file).</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>{path}: does dim ffeil polisi o'r fath (rhowch lwybr ffeil YAML polisi).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Replaying recorded calls through the new policy…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn ailchwarae galwadau a gofnodwyd drwy'r polisi newydd…</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Cancelling…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn diddymu…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Policy impact cancelled: nothing was changed.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Diddymwyd effaith y polisi: ni newidiwyd dim.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The policy impact could not be run: {reason}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid oedd modd rhedeg effaith y polisi: {reason}</translation>
        </message>
        <message>
            <location line="+35" />
            <source>{current} (in use) compared with {new} from {path} · calls graded in the last {days} days · run {when}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>{current} (yn cael ei ddefnyddio) o'i gymharu â {new} o {path} · galwadau a raddiwyd yn y {days} diwrnod diwethaf · rhedwyd {when}</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/policy_impact_view.py" line="364" />
            <source>Replayed {replayed} graded incidents: {changed} recommended grades change ({more} more urgent, {less} less urgent); floor changed on {floor}, flags on {flags}, MARAC consideration on {marac}; the handler's grade would be below the new floor on {below}.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ailchwaraewyd {replayed} o ddigwyddiadau a raddiwyd: mae {changed} gradd a argymhellir yn newid ({more} yn fwy brys, {less} yn llai brys); newidiodd y llawr ar {floor}, y baneri ar {flags}, ystyried MARAC ar {marac}; byddai gradd yr ymdriniwr islaw'r llawr newydd ar {below}.</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/policy_impact_view.py" line="384" />
            <source>No incident's recommendation changes.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid yw argymhelliad unrhyw ddigwyddiad yn newid.</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/policy_impact_view.py" line="380" />
            <source>{count} decisions with unreadable facts were skipped.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Hepgorwyd {count} penderfyniad â ffeithiau na ellid eu darllen.</translation>
        </message>
    </context>
    <context>
        <name>PreviousCallDialog</name>
        <message>
            <location filename="../../ui/call/history_panel.py" line="+41" />
            <source>Previous incident %s (read-only)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Digwyddiad blaenorol %s (darllen yn unig)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Reference</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cyfeirnod</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Opened</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Agorwyd</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Found by</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Canfuwyd drwy</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Beth</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Domestic abuse</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cam-drin domestig</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+5" />
            <source>Yes</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ie</translation>
        </message>
        <message>
            <location line="-5" />
            <location line="+5" />
            <source>No</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Na</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Grade</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gradd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Risk level</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Lefel risg</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Children present</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Plant yn bresennol</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Outcome</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Canlyniad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Number</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Rhif</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cyfeiriad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Markers</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Marcwyr</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+6" />
            <source>Summary</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Crynodeb</translation>
        </message>
        <message>
            <location line="-5" />
            <source>What was recorded about the call; read-only.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yr hyn a gofnodwyd am yr alwad; darllen yn unig.</translation>
        </message>
    </context>
    <context>
        <name>QAComplianceView</name>
        <message>
            <location filename="../../ui/qa/compliance_view.py" line="+64" />
            <source>Team (every handler)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Tîm (pob ymdriniwr)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Whose compliance</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cydymffurfiaeth pwy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The whole team, or one handler.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Y tîm cyfan, neu un ymdriniwr.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Weeks: </source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Wythnosau: </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Weeks shown</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Wythnosau a ddangosir</translation>
        </message>
        <message>
            <location line="+2" />
            <source>How many weeks back the chart and table cover.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Sawl wythnos yn ôl y mae'r siart a'r tabl yn eu cwmpasu.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export CSV…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Allforio CSV…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export PDF…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Allforio PDF…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>QA compliance by checklist item (%)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cydymffurfiaeth SA fesul eitem y rhestr wirio (%)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>QA compliance chart</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Siart cydymffurfiaeth SA</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Compliance by checklist item; the table below gives the same figures.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cydymffurfiaeth fesul eitem y rhestr wirio; mae'r tabl isod yn rhoi'r un ffigurau.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Checklist item</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Eitem y rhestr wirio</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Compliance</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cydymffurfiaeth</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Missed</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Methwyd</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Compliance by checklist item</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cydymffurfiaeth fesul eitem y rhestr wirio</translation>
        </message>
        <message>
            <location line="+2" />
            <source>One row per checklist item: compliance and how many times it was missed.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Un rhes i bob eitem y rhestr wirio: cydymffurfiaeth a sawl gwaith y'i methwyd.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Handler:</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Ymdriniwr:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Items most often missed (partial or not compliant):</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yr eitemau a fethir amlaf (rhannol neu heb gydymffurfio):</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Loading…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn llwytho…</translation>
        </message>
        <message>
            <location line="+22" />
            <source>the team</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>y tîm</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 review(s) of %2 since %3; a partial counts half.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>%1 adolygiad o %2 ers %3; mae rhannol yn cyfrif hanner.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Sample week</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Wythnos y sampl</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Compliance %</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cydymffurfiaeth %</translation>
        </message>
        <message>
            <location line="+44" />
            <source>QA compliance</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cydymffurfiaeth SA</translation>
        </message>
    </context>
    <context>
        <name>QAReviewView</name>
        <message>
            <location filename="../../ui/qa/review_view.py" line="+63" />
            <source>Sample week</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Wythnos y sampl</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The week whose calls are sampled for review.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yr wythnos y mae ei galwadau'n cael eu samplu i'w hadolygu.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>random</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>ar hap</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Seed</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Hedyn</translation>
        </message>
        <message>
            <location line="+4" />
            <source> per handler</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation> i bob ymdriniwr</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Calls per handler</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Galwadau i bob ymdriniwr</translation>
        </message>
        <message>
            <location line="+2" />
            <source>How many calls to sample from each handler.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Sawl galwad i'w samplu gan bob ymdriniwr.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Draw the week's sample</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Tynnu sampl yr wythnos</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Sampled calls (Enter opens)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Galwadau yn y sampl (mae Enter yn agor)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The week's sample, one call a row; Enter opens its review form.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Sampl yr wythnos, un alwad i bob rhes; mae Enter yn agor ei ffurflen adolygu.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Save review (Ctrl+S)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Cadw'r adolygiad (Ctrl+S)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Week:</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Wythnos:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>S&amp;eed:</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Hedyn:</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Sampled calls (Enter opens the review):</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Galwadau yn y sampl (mae Enter yn agor yr adolygiad):</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Loading the sample…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn llwytho'r sampl…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The seed is a whole number, or leave it empty.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae'r hedyn yn rhif cyfan, neu gadewch ef yn wag.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Drawing…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn tynnu…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Week of %1 drawn with seed %2: %3 call(s) of %4 finalised.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Tynnwyd wythnos %1 gyda hedyn %2: %3 galwad o %4 terfynol.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Week of %1: %2 sampled call(s), %3 reviewed.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Wythnos %1: %2 galwad yn y sampl, %3 wedi'u hadolygu.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The week of %1 has not been drawn: press Alt+D to draw it.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid yw wythnos %1 wedi'i thynnu: pwyswch Alt+D i'w thynnu.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>override</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>newid gradd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>repeat victim</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>dioddefwr mynych</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+64" />
            <source>reviewed</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>wedi'i adolygu</translation>
        </message>
        <message>
            <location line="-49" />
            <source>Opening %1…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn agor %1…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&lt;b&gt;Review of %1&lt;/b&gt;, taken by %2</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&lt;b&gt;Adolygiad o %1&lt;/b&gt;, cymerwyd gan %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&lt;b&gt;%1&lt;/b&gt;</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Saving…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn cadw…</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Review of %1 saved (%2).</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cadwyd adolygiad %1 (%2).</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Not saved: %1</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Heb ei gadw: %1</translation>
        </message>
    </context>
    <context>
        <name>QuestionCard</name>
        <message>
            <location filename="../../ui/call/question_card.py" line="+74" />
            <source>Answer in words</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ateb mewn geiriau</translation>
        </message>
        <message>
            <location line="+55" />
            <source>SCRIPT COMPLETE</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>SGRIPT WEDI'I CHWBLHAU</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every question in this script has an answer.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae ateb i bob cwestiwn yn y sgript hon.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Go back to any question to change it (Ctrl+Up, or the list below).</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ewch yn ôl at unrhyw gwestiwn i'w newid (Ctrl+Up, neu'r rhestr isod).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Decide the grade when you are ready: Ctrl+G.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Penderfynwch ar y radd pan fyddwch yn barod: Ctrl+G.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>MANDATORY</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>GORFODOL</translation>
        </message>
        <message>
            <location line="+0" />
            <source>optional</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>dewisol</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Listen for: %s</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gwrandewch am: %s</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Answer: %s</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ateb: %s</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Not answered yet.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Heb ei ateb eto.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Ask: "%1" The caller presses %2 on their phone for yes.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gofynnwch: "%1" Mae'r galwr yn pwyso %2 ar ei ffôn am ie.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>CALLER CANNOT SPEAK: Y or 1 when you hear the caller's key (yes); N or 2 when you do not (no). Enter: skip · Delete: clear · Ctrl+Up/Down: previous/next question.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>NI ALL Y GALWR SIARAD: Y neu 1 pan glywch chi fysell y galwr (ie); N neu 2 pan na wnewch (na). Enter: hepgor · Delete: clirio · Ctrl+Up/Down: cwestiwn blaenorol/nesaf.</translation>
        </message>
        <message>
            <location line="+6" />
            <source> The caller cannot speak: an account is optional (Enter skips).</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation> Ni all y galwr siarad: mae adroddiad yn ddewisol (mae Enter yn hepgor).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Type the answer. Enter saves it and moves on; Shift+Enter starts a new line; Esc goes back; Ctrl+Up/Down: previous/next question.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Teipiwch yr ateb. Mae Enter yn ei gadw ac yn symud ymlaen; mae Shift+Enter yn dechrau llinell newydd; mae Esc yn mynd yn ôl; Ctrl+Up/Down: cwestiwn blaenorol/nesaf.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Press the key of everything you hear, as you hear it (again to take it back); the recommendation counts it at once. Enter when you have finished listening.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Pwyswch fysell popeth a glywch, wrth i chi ei glywed (eto i'w dynnu'n ôl); mae'r argymhelliad yn ei gyfrif ar unwaith. Enter pan fyddwch wedi gorffen gwrando.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Press every key that applies (again to take it back). Enter: next question · Delete: clear · Ctrl+Up/Down: previous/next question.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Pwyswch bob bysell sy'n berthnasol (eto i'w dynnu'n ôl). Enter: cwestiwn nesaf · Delete: clirio · Ctrl+Up/Down: cwestiwn blaenorol/nesaf.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Press the key beside the answer. Enter: next question · Delete: clear · Ctrl+Up/Down: previous/next question.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Pwyswch y fysell wrth ymyl yr ateb. Enter: cwestiwn nesaf · Delete: clirio · Ctrl+Up/Down: cwestiwn blaenorol/nesaf.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Press %s</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Pwyswch %s</translation>
        </message>
    </context>
    <context>
        <name>QueueTableModel</name>
        <message>
            <location filename="../../ui/models/queue_table.py" line="+71" />
            <source>Risk</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Risg</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ref</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cyf</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Waiting</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn aros</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Grade</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gradd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Look at</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Edrychwch ar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Handler</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ymdriniwr</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cyfeiriad</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Time since the handler submitted it for sign-off</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Amser ers i'r ymdriniwr ei gyflwyno i'w gymeradwyo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Grade overrides, downgrades below the policy floor, earlier returns</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Newidiadau gradd, israddio islaw llawr y polisi, dychweliadau cynharach</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Submitted {when}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cyflwynwyd {when}</translation>
        </message>
    </context>
    <context>
        <name>RecommendationPane</name>
        <message>
            <location filename="../../ui/call/recommendation_pane.py" line="+105" />
            <source>RECOMMENDED RESPONSE</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>YMATEB A ARGYMHELLIR</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Flags</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Baneri</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Decide grade… (Ctrl+G)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Penderfynu ar radd… (Ctrl+G)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Dispatch… (Ctrl+D)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Anfon… (Ctrl+D)</translation>
        </message>
        <message>
            <location line="+24" />
            <source>NO CALL YET</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>DIM GALWAD ETO</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No recommended grade: no call yet</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dim gradd a argymhellir: dim galwad eto</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The recommendation appears as soon as the call is typed or answered.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae'r argymhelliad yn ymddangos cyn gynted ag y caiff yr alwad ei theipio neu ei hateb.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>GRADE %1 · %2</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>GRADD %1 · %2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Recommended grade %1, %2</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gradd a argymhellir %1, %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Domestic abuse identified</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cam-drin domestig wedi'i nodi</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Domestic abuse not identified (yet)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cam-drin domestig heb ei nodi (eto)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>DASH risk assessment required</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Angen asesiad risg DASH</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Officers recommended: %1</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Swyddogion a argymhellir: %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Danger</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Perygl</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Warning</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Rhybudd</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Note</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nodyn</translation>
        </message>
        <message>
            <location line="+36" />
            <source>the facts above</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>y ffeithiau uchod</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Grade %1</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gradd %1</translation>
        </message>
        <message>
            <location filename="../../ui/call/recommendation_pane.py" line="62" />
            <source>nothing urgent recorded yet</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>dim byd brys wedi'i gofnodi eto</translation>
        </message>
        <message>
            <location filename="../../ui/call/recommendation_pane.py" line="80" />
            <source>history: children recorded at this number or address before</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>hanes: plant wedi'u cofnodi yn y rhif neu'r cyfeiriad hwn o'r blaen</translation>
        </message>
        <message>
            <location filename="../../ui/call/recommendation_pane.py" line="73" />
            <source>history: %1 domestic-abuse incident(s) in 12 months</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>hanes: %1 digwyddiad cam-drin domestig mewn 12 mis</translation>
        </message>
        <message>
            <location filename="../../ui/call/recommendation_pane.py" line="83" />
            <source>history: linked to two or more victims: %1</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>hanes: yn gysylltiedig â dau ddioddefwr neu fwy: %1</translation>
        </message>
        <message>
            <location filename="../../ui/call/recommendation_pane.py" line="85" />
            <source>history: last risk assessment %1</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>hanes: asesiad risg diwethaf %1</translation>
        </message>
        <message>
            <location filename="../../ui/call/recommendation_pane.py" line="77" />
            <source>(refs %1)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>(cyf %1)</translation>
        </message>
        <message>
            <location filename="../../ui/call/recommendation_pane.py" line="65" />
            <source>marker: %1 on %2 %3</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>marciwr: %1 ar %2 %3</translation>
        </message>
    </context>
    <context>
        <name>RegradeDialog</name>
        <message>
            <location filename="../../ui/common/action_dialogs.py" line="+12" />
            <source>Change the grade: {ref}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Newid y radd: {ref}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Change grade</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Newid y radd</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The grade from now on; the attendance clock restarts.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Y radd o hyn ymlaen; mae cloc y presenoldeb yn ailddechrau.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Why the grade changes (audited)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Pam mae'r radd yn newid (archwilir)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Why the grade changes: audited, and the inspector reads it.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Pam mae'r radd yn newid: caiff ei archwilio, ac mae'r arolygydd yn ei ddarllen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New &amp;grade</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Gradd newydd</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Reason</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Rheswm</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A dispatched incident's attendance clock starts again now.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae cloc presenoldeb digwyddiad a anfonwyd yn dechrau eto nawr.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Say why the grade changes: it is audited and the inspector reads it.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dywedwch pam mae'r radd yn newid: caiff ei archwilio ac mae'r arolygydd yn ei ddarllen.</translation>
        </message>
    </context>
    <context>
        <name>ReportChooser</name>
        <message>
            <location filename="../../ui/oversight/report_chooser.py" line="+19" />
            <source>Oversight lists</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Rhestrau goruchwylio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a list; its rows show in the table beside.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dewiswch restr; mae ei rhesi'n ymddangos yn y tabl wrth ei ymyl.</translation>
        </message>
    </context>
    <context>
        <name>ResultsDialog</name>
        <message>
            <location filename="../../ui/training/results_dialog.py" line="+46" />
            <location line="+3" />
            <source>Trainees' results</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Canlyniadau hyfforddeion</translation>
        </message>
        <message>
            <location line="+3" />
            <source>One row per training call: who, which scenario, the score, the grade against expected.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Un rhes i bob galwad hyfforddi: pwy, pa senario, y sgôr, y radd o'i chymharu â'r disgwyl.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Assigned training calls</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Galwadau hyfforddi a neilltuwyd</translation>
        </message>
        <message>
            <location line="+2" />
            <source>One row per call a trainer assigned: taken or not yet, the best score.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Un rhes i bob galwad a neilltuodd hyfforddwr: wedi'i chymryd neu ddim eto, y sgôr orau.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Loading…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn llwytho…</translation>
        </message>
        <message>
            <location line="+18" />
            <source>%1 attempt(s).</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>%1 ymgais.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>yes</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>ie</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>na</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Assigned calls: %1, taken %2, not yet %3.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Galwadau a neilltuwyd: %1, wedi'u cymryd %2, ddim eto %3.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>yes (%1)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>ie (%1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>not yet</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>ddim eto</translation>
        </message>
    </context>
    <context>
        <name>ReturnedNotice</name>
        <message>
            <location filename="../../ui/call/returned_notice.py" line="+72" />
            <source>and {n} more</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>a {n} arall</translation>
        </message>
        <message>
            <location line="+2" />
            <source>RETURNED to you: {refs} (Ctrl+2)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>DYCHWELWYD atoch: {refs} (Ctrl+2)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Open each in My incidents (Ctrl+2), correct it and submit it again.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Agorwch bob un yn Fy nigwyddiadau (Ctrl+2), ei gywiro a'i gyflwyno eto.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{ref}: returned by {who} at {when}: “{reason}”</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>{ref}: dychwelwyd gan {who} am {when}: “{reason}”</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Incidents returned to you</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Digwyddiadau a ddychwelwyd atoch</translation>
        </message>
        <message>
            <location line="+2" />
            <source>An inspector returned an incident to you: correct it and submit it again.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dychwelodd arolygydd ddigwyddiad atoch: cywirwch ef a'i gyflwyno eto.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Inspectors returned {count} incidents to you: correct them and submit them again.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dychwelodd arolygwyr {count} digwyddiad atoch: cywirwch nhw a'u cyflwyno eto.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>…and {n} more in My incidents.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>…a {n} arall yn Fy nigwyddiadau.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Open in My incidents</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Agor yn Fy nigwyddiadau</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Later</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Wedyn</translation>
        </message>
    </context>
    <context>
        <name>ReviewFormPanel</name>
        <message>
            <location filename="../../ui/qa/review_form.py" line="+80" />
            <source>Review form</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ffurflen adolygu</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose a sampled call and press Enter to review it.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dewiswch alwad o'r sampl a phwyswch Enter i'w hadolygu.</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <location filename="../../ui/inspector/review_page.py" line="+60" />
            <source>Incident for sign-off</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Digwyddiad i'w gymeradwyo</translation>
        </message>
        <message>
            <location line="+63" />
            <source>Opened</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Agorwyd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Handler</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ymdriniwr</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Number</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Rhif</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cyfeiriad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Grade</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gradd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Officers sent</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Swyddogion a anfonwyd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attended by</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mynychwyd gan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Risk level</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Lefel risg</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Caller was at</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Roedd y galwr yn</translation>
        </message>
        <message>
            <location line="+4" />
            <source>(nothing recorded)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>(dim wedi'i gofnodi)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Incident</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Digwyddiad</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What the caller said</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yr hyn a ddywedodd y galwr</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Grade decision</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Penderfyniad gradd</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No grade decision was recorded in the call.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ni chofnodwyd penderfyniad gradd yn yr alwad.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>DOWNGRADED BELOW THE POLICY FLOOR: Grade {chosen} chosen where policy allows no lower than Grade {floor} (recommended Grade {rec}).</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>WEDI'I ISRADDIO ISLAW LLAWR Y POLISI: dewiswyd Gradd {chosen} lle nad yw'r polisi'n caniatáu is na Gradd {floor} (argymhellwyd Gradd {rec}).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>GRADE OVERRIDDEN: Grade {chosen} chosen, Grade {rec} recommended.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>NEWIDIWYD Y RADD: dewiswyd Gradd {chosen}, argymhellwyd Gradd {rec}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{who}'s rationale: “{why}”</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Rhesymeg {who}: “{why}”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(none given)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>(dim wedi'i roi)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Why the policy recommended it:</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Pam yr argymhellodd y polisi hyn:</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Recommended</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Argymhellwyd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chosen by the handler</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dewiswyd gan yr ymdriniwr</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Policy floor (lowest allowed)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Llawr y polisi (yr isaf a ganiateir)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Closure checklist</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Rhestr wirio cau</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{n} required answer(s) or narrative section(s) missing.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>{n} ateb neu adran naratif gofynnol ar goll.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Closure checklist answers</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Atebion y rhestr wirio cau</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Each closure question with the handler's answer.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Pob cwestiwn cau gydag ateb yr ymdriniwr.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Narrative</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Naratif</translation>
        </message>
        <message>
            <location line="+7" />
            <source>— not written —</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>— heb ei ysgrifennu —</translation>
        </message>
        <message>
            <location line="+4" />
            <source>History of the number and address</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Hanes y rhif a'r cyfeiriad</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No number or address to look up.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dim rhif na chyfeiriad i'w chwilio.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{n} earlier incident(s) at this number or address:</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>{n} digwyddiad cynharach yn y rhif neu'r cyfeiriad hwn:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Earlier incidents</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Digwyddiadau cynharach</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Earlier incidents at the same number or address.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Digwyddiadau cynharach yn yr un rhif neu gyfeiriad.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No earlier calls for this number or address</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dim galwadau cynharach ar gyfer y rhif neu'r cyfeiriad hwn</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{n} possible match(es) on a similar address or name.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>{n} cyfatebiaeth bosibl ar gyfeiriad neu enw tebyg.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Earlier sign-offs and notes</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cymeradwyaethau a nodiadau cynharach</translation>
        </message>
        <message>
            <location line="+4" />
            <source>RESUBMITTED UNCHANGED: nothing was changed since it was returned. The handler's reason: “{reason}”</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>AILGYFLWYNWYD HEB NEWID: ni newidiwyd dim ers iddo gael ei ddychwelyd. Rheswm yr ymdriniwr: “{reason}”</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The handler's note with the submission: “{reason}”</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nodyn yr ymdriniwr gyda'r cyflwyniad: “{reason}”</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Returned by {who} at {when}: “{reason}”</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dychwelwyd gan {who} am {when}: “{reason}”</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Finalised by {who} at {when}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gwnaed yn derfynol gan {who} am {when}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Note by {who} at {when}: {text}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nodyn gan {who} am {when}: {text}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>None: this is its first sign-off.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dim: dyma'r tro cyntaf iddo gael ei gymeradwyo.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Recorded on it by: {people}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cofnodwyd arno gan: {people}</translation>
        </message>
    </context>
    <context>
        <name>ReviewPanel</name>
        <message>
            <location filename="../../ui/inspector/review_panel.py" line="+51" />
            <location line="+57" />
            <source>Review</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Adolygu</translation>
        </message>
        <message>
            <location line="-53" />
            <source>Fi&amp;nalise…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Cwblhau…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sign the incident off (Alt+N)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cymeradwyo'r digwyddiad (Alt+N)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Return to handler…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Dychwelyd i'r ymdriniwr…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Send it back with what to fix (Alt+R)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ei anfon yn ôl gyda'r hyn i'w gywiro (Alt+R)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mar&amp;kers…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Marcwyr…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The warning markers on its number, address and victim; expire one (Alt+K)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Y marcwyr rhybudd ar ei rif, ei gyfeiriad a'i ddioddefwr; dod ag un i ben (Alt+K)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Queue (Esc)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ciw (Esc)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back to the sign-off queue (Esc)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn ôl i'r ciw cymeradwyo (Esc)</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Choose an incident in the queue and press Enter to read it here before you sign.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dewiswch ddigwyddiad yn y ciw a phwyswch Enter i'w ddarllen yma cyn i chi ei lofnodi.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>{ref} — {status}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>{ref} — {status}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>You can read it, not finalise or return it.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gallwch ei ddarllen, ond nid ei gwblhau na'i ddychwelyd.</translation>
        </message>
        <message>
            <location line="+75" />
            <source>Re&amp;load</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>A&amp;il-lwytho</translation>
        </message>
    </context>
    <context>
        <name>RiskAssessmentDialog</name>
        <message>
            <location filename="../../ui/risk/assessment_dialog.py" line="+74" />
            <source>Risk assessment</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Asesiad risg</translation>
        </message>
        <message>
            <location line="+33" />
            <source>DASH questions</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cwestiynau DASH</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Attending officer's &amp;collar number:</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Rhif &amp;coler y swyddog sy'n mynychu:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>e.g. PC4521</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>e.e. PC4521</translation>
        </message>
        <message>
            <location line="+24" />
            <source>&amp;Save assessment</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>C&amp;adw'r asesiad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save (Ctrl+Enter)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cadw (Ctrl+Enter)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cancel</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Diddymu</translation>
        </message>
        <message>
            <location line="+104" />
            <source>Answer every question ("not known" is an answer): still to answer %1.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Atebwch bob cwestiwn (mae "ddim yn gwybod" yn ateb): i'w hateb o hyd %1.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Enter the attending officer's collar number (e.g. PC4521).</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Rhowch rif coler y swyddog sy'n mynychu (e.e. PC4521).</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Ready to save.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn barod i'w gadw.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Saving…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn cadw…</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Close</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cau</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Not saved: %1</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Heb ei gadw: %1</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The risk assessment answers are not saved.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid yw atebion yr asesiad risg wedi'u cadw.</translation>
        </message>
    </context>
    <context>
        <name>RiskSummary</name>
        <message>
            <location filename="../../ui/risk/summary.py" line="+55" />
            <source>by judgement</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>drwy farn</translation>
        </message>
        <message>
            <location line="+4" />
            <source>DASH risk level: %1%2</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Lefel risg DASH: %1%2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>, by judgement</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>, drwy farn</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 yes · %2 no · %3 not known · %4 of %5 answered</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>%1 ie · %2 na · %3 ddim yn gwybod · %4 o %5 wedi'u hateb</translation>
        </message>
        <message>
            <location line="+15" />
            <source>visible high risk (%1 or more yes)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>risg uchel weladwy (%1 ie neu fwy)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>professional judgement of high risk</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>barn broffesiynol o risg uchel</translation>
        </message>
        <message>
            <location line="+2" />
            <source>MARAC referral: %1.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Atgyfeiriad MARAC: %1.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>MARAC: the homicide patterns offer a referral by professional judgement (raise to high); escalation is checked against the history when saved.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>MARAC: mae'r patrymau dynladdiad yn cynnig atgyfeiriad drwy farn broffesiynol (codi i uchel); gwirir uwchgyfeirio yn erbyn yr hanes wrth gadw.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>MARAC: no criterion met by the answers so far (escalation is checked against the history when saved).</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>MARAC: dim maen prawf wedi'i fodloni gan yr atebion hyd yma (gwirir uwchgyfeirio yn erbyn yr hanes wrth gadw).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Saved. MARAC referral criteria met:</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cadwyd. Bodlonwyd meini prawf atgyfeirio MARAC:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Saved. No MARAC referral criterion met:</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cadwyd. Ni fodlonwyd unrhyw faen prawf atgyfeirio MARAC:</translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <location filename="../../ui/main_window.py" line="-309" />
            <source>Call handler</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ymdriniwr galwadau</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inspector</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Arolygydd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Administrator</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gweinyddwr</translation>
        </message>
    </context>
    <context>
        <name>ScenarioEditor</name>
        <message>
            <location filename="../../ui/training/scenario_editor.py" line="+73" />
            <source>Training scenario</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Senario hyfforddi</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Opening words</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Geiriau agoriadol</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Silent caller: answers only by &amp;keypress</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Galwr tawel: yn at&amp;eb drwy bwyso bysell yn unig</translation>
        </message>
        <message>
            <location line="+7" />
            <source>MARAC consideration</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ystyried MARAC</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Take it from the &amp;policy (Ctrl+P)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ei gymryd &amp;o'r polisi (Ctrl+P)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Teaching point</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Pwynt dysgu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What to read, one per line</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Beth i'w ddarllen, un i bob llinell</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Message</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Neges</translation>
        </message>
        <message>
            <location line="-13" />
            <source>Domestic a&amp;buse</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ca&amp;m-drin domestig</translation>
        </message>
        <message>
            <location line="+1" />
            <source>DASH re&amp;quired</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Angen &amp;DASH</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Save (Ctrl+S)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cadw (Ctrl+S)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel (Esc)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Diddymu (Esc)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Id (a_b_c)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Id (a_b_c)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Title</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Teitl</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sou&amp;rce</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ffy&amp;nhonnell</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Version</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Fersi&amp;wn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>P&amp;hone</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Ffôn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Address</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>C&amp;yfeiriad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Post&amp;code</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cod &amp;post</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Caller's na&amp;me</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Enw'r ga&amp;lwr</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Opening words</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Geiriau &amp;agoriadol</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Grade</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Gradd</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Officer&amp;s</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Swyddogion</translation>
        </message>
        <message>
            <location line="+9" />
            <source>F&amp;lags (comma)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Baneri (&amp;coma)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>T&amp;eaching point</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Pwynt dysg&amp;u</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rea&amp;ding</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Da&amp;rllen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The call</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yr alwad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expected result</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Canlyniad disgwyliedig</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Teaching</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dysgu</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The caller's answers</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Atebion y galwr</translation>
        </message>
        <message>
            <location line="+1" />
            <source>History lines</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Llinellau hanes</translation>
        </message>
        <message>
            <location line="+99" />
            <source>Asking the policy…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn gofyn i'r polisi…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The expected result is the policy's for these answers.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Y canlyniad disgwyliedig yw un y polisi ar gyfer yr atebion hyn.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Saving…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn cadw…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Saved as %1.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Wedi'i gadw fel %1.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Not saved: Esc again closes without saving; Ctrl+S saves it.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Heb ei gadw: mae Esc eto'n cau heb gadw; mae Ctrl+S yn ei gadw.</translation>
        </message>
    </context>
    <context>
        <name>ScriptPane</name>
        <message>
            <location filename="../../ui/call/script_pane.py" line="+66" />
            <source>Ask the domestic-abuse questions</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gofyn y cwestiynau cam-drin domestig</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ctrl+Shift+D</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ctrl+Shift+D</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Questions in this script</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cwestiynau yn y sgript hon</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Every question, asked or not, with its answer; Enter goes to the question.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Pob cwestiwn, wedi'i ofyn neu beidio, gyda'i ateb; mae Enter yn mynd at y cwestiwn.</translation>
        </message>
        <message>
            <location line="+244" />
            <source>Script: %s</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Sgript: %s</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Mandatory questions still to ask: %1 (F3 for the list)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cwestiynau gorfodol i'w gofyn o hyd: %1 (F3 am y rhestr)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Every mandatory question is answered (F3 for the list)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae pob cwestiwn gorfodol wedi'i ateb (F3 am y rhestr)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Ask the %s questions (Ctrl+Shift+D)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gofyn y cwestiynau %s (Ctrl+Shift+D)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>LINE OPEN, NOBODY SPEAKING: listen, and tick what you hear as you hear it.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>LLINELL AR AGOR, NEB YN SIARAD: gwrandewch, a thiciwch yr hyn a glywch wrth i chi ei glywed.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>CALLER CANNOT SPEAK: every question is asked for a yes or no key press.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>NI ALL Y GALWR SIARAD: gofynnir pob cwestiwn am bwysiad bysell ie neu na.</translation>
        </message>
    </context>
    <context>
        <name>ShiftIncidentsPanel</name>
        <message>
            <location filename="../../ui/call/shift_incidents.py" line="+96" />
            <source>My incidents this shift</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Fy nigwyddiadau y shifft hon</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Your incidents this shift, grade and status in words; Enter takes the next step.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Eich digwyddiadau y shifft hon, gradd a statws mewn geiriau; mae Enter yn cymryd y cam nesaf.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Dispatch…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Anfon…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record attendance…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cofnodi presenoldeb…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Closure questions…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cwestiynau cau…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Submit for sign-off</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cyflwyno i'w gymeradwyo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add note…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ychwanegu nodyn…</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Briefing…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Briff…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Risk assessment…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Asesiad risg…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change grade…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Newid y radd…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trigger event…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Digwyddiad sbardun…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Enter: the next step for the selected incident</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Enter: y cam nesaf ar gyfer y digwyddiad a ddewiswyd</translation>
        </message>
        <message>
            <location line="+74" />
            <source>The list could not be refreshed: {reason}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid oedd modd adnewyddu'r rhestr: {reason}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>My incidents this shift: {count}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Fy nigwyddiadau y shifft hon: {count}</translation>
        </message>
        <message>
            <location line="+24" />
            <source>{ref} was RETURNED by {who} at {when}: “{reason}” — Ctrl+K opens the closure questions.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>DYCHWELWYD {ref} gan {who} am {when}: “{reason}” — mae Ctrl+K yn agor y cwestiynau cau.</translation>
        </message>
        <message>
            <location line="+69" />
            <source>Trigger event recorded for {ref}: due {due}.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cofnodwyd digwyddiad sbardun ar gyfer {ref}: erbyn {due}.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>{ref} is now {grade}.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae {ref} bellach yn {grade}.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>{ref} dispatched: {grade}, {officers}.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Anfonwyd {ref}: {grade}, {officers}.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{ref}: officer {officer} attended. Next: the closure questions.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>{ref}: mynychodd swyddog {officer}. Nesaf: y cwestiynau cau.</translation>
        </message>
        <message>
            <location line="+35" />
            <location line="+29" />
            <source>{ref} submitted for the inspector's sign-off.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cyflwynwyd {ref} i'r arolygydd ei gymeradwyo.</translation>
        </message>
        <message>
            <location line="-24" />
            <source>Not every closure answer for {ref} was saved: {reason}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ni chadwyd pob ateb cau ar gyfer {ref}: {reason}</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Note added to {ref}.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ychwanegwyd nodyn at {ref}.</translation>
        </message>
    </context>
    <context>
        <name>SignDialog</name>
        <message>
            <location filename="../../ui/inspector/sign_dialog.py" line="+28" />
            <source>Return {ref} to the handler</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dychwelyd {ref} i'r ymdriniwr</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Return to handler</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Dychwelyd i'r ymdriniwr</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Finalise {ref}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cwblhau {ref}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Finalise</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>C&amp;wblhau</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Say what the handler must do before it comes back to you (at least {n} characters). Then type your password to sign as {signer}.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dywedwch beth mae'n rhaid i'r ymdriniwr ei wneud cyn iddo ddod yn ôl atoch (o leiaf {n} nod). Yna teipiwch eich cyfrinair i lofnodi fel {signer}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Finalising signs {ref} off: after this it cannot change, and later information can only be added as a note. Type your password to sign as {signer}.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae cwblhau yn cymeradwyo {ref}: ar ôl hyn ni all newid, a dim ond fel nodyn y gellir ychwanegu gwybodaeth ddiweddarach. Teipiwch eich cyfrinair i lofnodi fel {signer}.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Reason for the handler</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Rheswm i'r ymdriniwr</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What the handler must put right before resubmitting; they see it.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yr hyn y mae'n rhaid i'r ymdriniwr ei gywiro cyn ailgyflwyno; maen nhw'n ei weld.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>R&amp;eason</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Rh&amp;eswm</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Your password</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Eich cyfrinair</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your &amp;password</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Eich c&amp;yfrinair</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Write what the handler must do: at least {n} characters.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ysgrifennwch beth mae'n rhaid i'r ymdriniwr ei wneud: o leiaf {n} nod.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Type your password to sign.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Teipiwch eich cyfrinair i lofnodi.</translation>
        </message>
    </context>
    <context>
        <name>SignOffView</name>
        <message>
            <location filename="../../ui/inspector/sign_off_view.py" line="+44" />
            <location line="+10" />
            <source>Sign-off queue</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ciw cymeradwyo</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Highest risk first, then the longest waiting. Enter opens the review.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Y risg uchaf yn gyntaf, yna'r rhai sydd wedi aros hiraf. Mae Enter yn agor yr adolygiad.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Waiting for sign-off, highest risk then longest waiting first; Enter reviews one.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn aros am gymeradwyaeth, y risg uchaf ac yna'r hiraf yn aros yn gyntaf; mae Enter yn adolygu un.</translation>
        </message>
        <message>
            <location line="+94" />
            <source>The queue could not be refreshed: {reason}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid oedd modd adnewyddu'r ciw: {reason}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sign-off queue: {n} waiting</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ciw cymeradwyo: {n} yn aros</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{ref} finalised.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cwblhawyd {ref}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{ref} returned to the handler with your reason.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dychwelwyd {ref} i'r ymdriniwr gyda'ch rheswm.</translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message>
            <location filename="../../ui/sync/status.py" line="-295" />
            <source>%1 s ago</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>%1 e yn ôl</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 min ago</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>%1 mun yn ôl</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 h ago</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>%1 awr yn ôl</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Connecting to the server…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn cysylltu â'r gweinydd…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Actions the server refused: retry or discard each ({keys})</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Camau a wrthodwyd gan y gweinydd: rhowch gynnig arall ar bob un neu ei daflu ({keys})</translation>
        </message>
        <message>
            <location line="+6" />
            <source>⚠ Cache key not in a keyring</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>⚠ Allwedd y storfa ddim mewn cylch allweddi</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Sync failed: %1</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Methodd y cysoni: %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>cache never synced</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>ni chysonwyd y storfa erioed</translation>
        </message>
        <message>
            <location line="+3" />
            <source>cache synced %1</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>cysonwyd y storfa %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Online · %1</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ar-lein · %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>OFFLINE since %1 — working from the local cache (synced %2)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>ALL-LEIN ers %1 — yn gweithio o'r storfa leol (cysonwyd %2)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>never</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>byth</translation>
        </message>
        <message>
            <location line="+4" />
            <source>1 action waiting to send</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>1 cam yn aros i'w anfon</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 actions waiting to send</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>%1 cam yn aros i'w hanfon</translation>
        </message>
        <message>
            <location line="+3" />
            <source>last sync failed (see tooltip)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>methodd y cysoni diwethaf (gweler y cyngor offer)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Server: %1</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gweinydd: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Server error: %1</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gwall y gweinydd: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>1 conflict (%1)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>1 gwrthdaro (%1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 conflicts (%2)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>%1 gwrthdaro (%2)</translation>
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
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation> diwrnod</translation>
        </message>
        <message>
            <location line="-7" />
            <source>How far back the list looks</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Pa mor bell yn ôl mae'r rhestr yn edrych</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The fewest incidents, calls or victims that count</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Y nifer lleiaf o ddigwyddiadau, galwadau neu ddioddefwyr sy'n cyfrif</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No calls for at least this long</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dim galwadau am o leiaf y cyfnod hwn</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Trigger events falling due within this many days</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Digwyddiadau sbardun sy'n ddyledus o fewn y nifer hwn o ddiwrnodau</translation>
        </message>
        <message>
            <location line="+2" />
            <source>How far back the performance figures look</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Pa mor bell yn ôl mae'r ffigurau perfformiad yn edrych</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Window</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Ffenestr</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Minimum</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Lleiafswm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Quiet for</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Tawel am</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Due within</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Erbyn o fewn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Look &amp;back</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Edrych &amp;yn ôl</translation>
        </message>
        <message>
            <location line="+23" />
            <source>This list has no thresholds to set.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid oes gan y rhestr hon drothwyon i'w gosod.</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Window: {n} days</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ffenestr: {n} diwrnod</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minimum: {n}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Lleiafswm: {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quiet for: {n} days</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Tawel am: {n} diwrnod</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Due within: {n} days</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Erbyn o fewn: {n} diwrnod</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Look back: {n} days</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Edrych yn ôl: {n} diwrnod</translation>
        </message>
    </context>
    <context>
        <name>TrainerTools</name>
        <message>
            <location filename="../../ui/training/trainer_tools.py" line="+76" />
            <source>Trainers: Ctrl+N new scenario · Ctrl+E edit (a shipped one: a copy) · Ctrl+G assign to a trainee · Ctrl+R trainees' results</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Hyfforddwyr: Ctrl+N senario newydd · Ctrl+E golygu (un a gyflenwyd: copi) · Ctrl+G neilltuo i hyfforddai · Ctrl+R canlyniadau hyfforddeion</translation>
        </message>
    </context>
    <context>
        <name>Training</name>
        <message>
            <location filename="../../ui/training/launch.py" line="+44" />
            <source>&amp;Training mode…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Modd &amp;hyfforddi…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Training mode is opening in a window of its own (its own sign-in and database; nothing reaches live records).</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae'r modd hyfforddi'n agor mewn ffenestr ei hun (ei fewngofnodi a'i gronfa ddata ei hun; nid oes dim yn cyrraedd cofnodion byw).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Training mode could not be started: run `callhandler training start`.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid oedd modd dechrau'r modd hyfforddi: rhedwch `callhandler training start`.</translation>
        </message>
    </context>
    <context>
        <name>TrainingBand</name>
        <message>
            <location filename="../../ui/training/band.py" line="+24" />
            <source>TRAINING — a made-up call; nothing here reaches live records or the server</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>HYFFORDDIANT — galwad ffug; nid oes dim yma yn cyrraedd cofnodion byw na'r gweinydd</translation>
        </message>
    </context>
    <context>
        <name>TrainingWindow</name>
        <message>
            <location filename="../../ui/training/training_window.py" line="+71" />
            <source>Call handler workstation — %1</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gweithfan ymdriniwr galwadau — %1</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Training scenarios</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Senarios hyfforddi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter starts the chosen training call.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae Enter yn dechrau'r alwad hyfforddi a ddewiswyd.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Choose a training call and press Enter:</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dewiswch alwad hyfforddi a phwyswch Enter:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Finish: debrief (Ctrl+Shift+F)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Gorffen: ôl-drafodaeth (Ctrl+Shift+F)</translation>
        </message>
        <message>
            <location line="+74" />
            <source>%1 (trainer's scenario)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>%1 (senario'r hyfforddwr)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>★ ASSIGNED TO YOU — %1</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>★ WEDI'I NEILLTUO I CHI — %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>✓ Assigned, taken (best %1/100) — %2</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>✓ Wedi'i neilltuo, wedi'i gymryd (gorau %1/100) — %2</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Preparing the call…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn paratoi'r alwad…</translation>
        </message>
    </context>
    <context>
        <name>TriggerDialog</name>
        <message>
            <location filename="../../ui/oversight/trigger_dialog.py" line="+32" />
            <source>{kind}, due {due}{who}; recorded by {by} {at}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>{kind}, erbyn {due}{who}; cofnodwyd gan {by} {at}</translation>
        </message>
        <message>
            <location line="+26" />
            <source>{kind}, due {due}{who}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>{kind}, erbyn {due}{who}</translation>
        </message>
    </context>
    <context>
        <name>TriggerEventDialog</name>
        <message>
            <location line="-234" />
            <source>Trigger event for reassessment: {ref}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Digwyddiad sbardun ar gyfer ailasesu: {ref}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Record event</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Cofnodi'r digwyddiad</translation>
        </message>
        <message>
            <location line="+10" />
            <source>What makes the risk worth reassessing.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Beth sy'n gwneud y risg yn werth ei hailasesu.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The day the reassessment becomes due.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Y diwrnod y daw'r ailasesiad yn ddyledus.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The &amp;incident {ref}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Y &amp;digwyddiad {ref}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The &amp;victim (loading…)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Y dioddef&amp;wr (yn llwytho…)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Optional: what happened, for whoever reassesses.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dewisol: beth ddigwyddodd, i bwy bynnag sy'n ailasesu.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>e.g. Suspect released on bail; conditions not to contact the victim.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>e.e. Rhyddhawyd yr un a ddrwgdybir ar fechnïaeth; amodau i beidio â chysylltu â'r dioddefwr.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Kind</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Math</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Due on</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Erbyn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ynghylch</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Note</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Nodyn</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The reassessment-due list shows it from then until someone closes it.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae'r rhestr ailasesu sy'n ddyledus yn ei ddangos o hynny ymlaen nes i rywun ei gau.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>The &amp;victim, {name}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Y dioddef&amp;wr, {name}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The &amp;victim (none recorded on this incident)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Y dioddef&amp;wr (dim wedi'i gofnodi ar y digwyddiad hwn)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Tick the incident, the victim or both: say whom the event is about.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ticiwch y digwyddiad, y dioddefwr neu'r ddau: dywedwch am bwy mae'r digwyddiad.</translation>
        </message>
    </context>
    <context>
        <name>WindowLock</name>
        <message>
            <location filename="../../ui/lock/window_lock.py" line="+187" />
            <source>Call handler workstation: locked</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gweithfan ymdriniwr galwadau: wedi'i chloi</translation>
        </message>
    </context>
    <context>
        <name>Worker</name>
        <message>
            <location filename="../../ui/worker.py" line="+193" />
            <source>An unexpected error stopped this action; it was written to the log. Try again, and tell your supervisor if it happens again.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ataliodd gwall annisgwyl y weithred hon; fe'i hysgrifennwyd i'r log. Rhowch gynnig arall arni, a dywedwch wrth eich goruchwyliwr os yw'n digwydd eto.</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../ui/app.py" line="+77" />
            <source>Call handler workstation</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gweithfan ymdriniwr galwadau</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Preparing the demo database (first use only)…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn paratoi'r gronfa ddata arddangos (y defnydd cyntaf yn unig)…</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The demo database could not be prepared</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid oedd modd paratoi'r gronfa ddata arddangos</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Copying the history this workstation needs from the server (first use)…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn copïo'r hanes sydd ei angen ar y weithfan hon o'r gweinydd (y defnydd cyntaf)…</translation>
        </message>
        <message>
            <location line="+95" />
            <source>The server cannot be reached, and signing in needs it (this workstation cannot sign anyone in offline). Anything kept on this workstation during an outage is safe in its cache and is sent after the next sign-in. Check the network cable or ask the administrator whether the server is running, then start again.

Details: %1</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ni ellir cyrraedd y gweinydd, ac mae ei angen i fewngofnodi (ni all y weithfan hon fewngofnodi neb all-lein). Mae unrhyw beth a gadwyd ar y weithfan hon yn ystod toriad yn ddiogel yn ei storfa ac yn cael ei anfon ar ôl y mewngofnodi nesaf. Gwiriwch gebl y rhwydwaith neu gofynnwch i'r gweinyddwr a yw'r gweinydd yn rhedeg, yna dechreuwch eto.

Manylion: %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The call handler workstation cannot start</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ni all gweithfan yr ymdriniwr galwadau ddechrau</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The idle lock setting was not used</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ni ddefnyddiwyd y gosodiad cloi segur</translation>
        </message>
    </context>
    <context>
        <name>ask</name>
        <message>
            <location filename="../../ui/ask.py" line="+13" />
            <source>Discard what you typed?</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Taflu'r hyn a deipioch?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Discard</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Taflu</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Keep it</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Ei gadw</translation>
        </message>
    </context>
    <context>
        <name>context</name>
        <message>
            <location filename="../../ui/call/person_match.py" line="+274" />
            <source>1 earlier incident</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>1 digwyddiad cynharach</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 earlier incidents</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>%1 digwyddiad cynharach</translation>
        </message>
    </context>
    <context>
        <name>login</name>
        <message>
            <location filename="../../ui/training/app.py" line="+40" />
            <source>Sign in to training</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mewngofnodi i hyfforddiant</translation>
        </message>
    </context>
    <context>
        <name>parent</name>
        <message>
            <location filename="../../ui/qa/review_form.py" line="-45" />
            <source>Record: %1 (suggests %2)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cofnod: %1 (yn awgrymu %2)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Record: nothing to read for this item; judge it from the call.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cofnod: dim i'w ddarllen ar gyfer yr eitem hon; barnwch o'r alwad.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Compliant, partial or not compliant: type C, P or N.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn cydymffurfio, yn rhannol neu heb gydymffurfio: teipiwch C, P neu N.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Note (required unless compliant)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nodyn (gofynnol oni bai ei fod yn cydymffurfio)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note on %1</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nodyn ar %1</translation>
        </message>
    </context>
    <context>
        <name>self._form</name>
        <message>
            <location filename="../../ui/call/correction_mode.py" line="+7" />
            <source>New call</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Galwad newydd</translation>
        </message>
    </context>
    <context>
        <name>training</name>
        <message>
            <location filename="../../ui/training/band.py" line="-11" />
            <source>TRAINING</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>HYFFORDDIANT</translation>
        </message>
    </context>
    <context>
        <name>BriefingDocument</name>
        <message>
            <location filename="../../ui/briefing/document.py" line="89" />
            <source>NOT GRADED</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>HEB EI RADDIO</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="94" />
            <source>RISK NOT ASSESSED</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>RISG HEB EI HASESU</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="145" />
            <source>Weapons</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Arfau</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="186" />
            <source>Children and vulnerable adults</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Plant ac oedolion sy'n agored i niwed</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="216" />
            <source>Caller said</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dywedodd y galwr</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="239" />
            <source>Suspect</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Un a ddrwgdybir</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="278" />
            <source>Risk assessment</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Asesiad risg</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="314" />
            <source>Grade and why</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gradd a pham</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="105" />
            <source>At</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="106" />
            <source>Caller is at</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae'r galwr yn</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="107" />
            <source>Victim</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dioddefwr</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="109" />
            <source>Phone</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ffôn</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="110" />
            <source>Officers</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Swyddogion</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="111" />
            <source>Caller</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Galwr</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="124" />
            <source>Where and who</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ble a phwy</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="134" />
            <source>Warning markers</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Marcwyr rhybudd</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="153" />
            <source>Red flags and risk factors</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Baneri coch a ffactorau risg</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="194" />
            <source>Codeword</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gair cod</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="207" />
            <source>Orders and bail</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gorchmynion a mechnïaeth</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="215" />
            <source>Not recorded</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Heb ei gofnodi</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="229" />
            <source>Vehicle</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cerbyd</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="230" />
            <source>Direction of travel</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cyfeiriad teithio</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="249" />
            <source>On this call</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ar yr alwad hon</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="254" />
            <source>Communication and barriers</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cyfathrebu a rhwystrau</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="282" />
            <source>Previous incidents (%1 domestic abuse in 12 months)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Digwyddiadau blaenorol (%1 cam-drin domestig mewn 12 mis)</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="378" />
            <source>The briefing could not be drawn on the page (the printer refused it).</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid oedd modd llunio'r briff ar y dudalen (gwrthododd yr argraffydd ef).</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="92" />
            <source>RISK %1</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>RISG %1</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="116" />
            <source>Someone else called: the victim may not know the police are coming.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Galwodd rhywun arall: efallai nad yw'r dioddefwr yn gwybod bod yr heddlu'n dod.</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="226" />
            <source>No description recorded</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dim disgrifiad wedi'i gofnodi</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="98" />
            <source>Briefing</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Briff</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="121" />
            <source>The suspect is there now.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae'r un a ddrwgdybir yno nawr.</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="136" />
            <source>None recorded</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dim wedi'u cofnodi</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="146" />
            <source>None reported</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dim wedi'u hadrodd</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="158" />
            <source>YES</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>IE</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="172" />
            <source>no record</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>dim cofnod</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="203" />
            <source>None agreed</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dim wedi'i gytuno</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="260" />
            <source>Not yet assessed</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Heb ei asesu eto</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="289" />
            <source>DA</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>CD</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="291" />
            <source>risk %1</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>risg %1</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="295" />
            <source>children</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>plant</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="299" />
            <source>None found</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dim wedi'u canfod</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="314" />
            <source>No grade decision recorded</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dim penderfyniad gradd wedi'i gofnodi</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="87" />
            <source>GRADE %1 %2</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>GRADD %1 %2</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="157" />
            <source>Children now</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Plant nawr</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="171" />
            <source>Children here before</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Plant yma o'r blaen</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="173" />
            <source>Vulnerable adult now</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Oedolyn sy'n agored i niwed nawr</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="177" />
            <source>Vulnerable adult recorded before</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Oedolyn sy'n agored i niwed wedi'i gofnodi o'r blaen</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="218" />
            <source>Present now</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn bresennol nawr</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="220" />
            <source>Where now</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ble nawr</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="242" />
            <source>Injury</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Anaf</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="245" />
            <source>Abuse</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cam-drin</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="247" />
            <source>Alcohol or drugs</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Alcohol neu gyffuriau</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="274" />
            <source>Professional judgement</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Barn broffesiynol</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="277" />
            <source>MARAC referral: %1</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Atgyfeiriad MARAC: %1</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="288" />
            <source>G%1</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>G%1</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="298" />
            <source>and %1 more</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>a %1 arall</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="313" />
            <source>Why</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Pam</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="119" />
            <source>The suspect is %1.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae'r un a ddrwgdybir %1.</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="162" />
            <source>Children live there</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae plant yn byw yno</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="167" />
            <source>Children elsewhere or taken by the suspect</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Plant mewn man arall neu wedi'u cymryd gan yr un a ddrwgdybir</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="197" />
            <source>means the suspect is back</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>yn golygu bod yr un a ddrwgdybir yn ôl</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="236" />
            <source>Likely to come back</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn debygol o ddod yn ôl</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="309" />
            <source>Why changed</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Pam y newidiwyd</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="131" />
            <source>Serial perpetrator: %1</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Troseddwr cyfresol: %1</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="329" />
            <source>Briefing built %1 by %2. Restricted: for the attending officers.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Lluniwyd y briff %1 gan %2. Cyfyngedig: i'r swyddogion sy'n mynychu.</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="306" />
            <source>Recommended %1, chosen %2</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Argymhellwyd %1, dewiswyd %2</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/document.py" line="266" />
            <source>%1 yes (%2), by %3, %4</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>%1 ie (%2), gan %3, %4</translation>
        </message>
    </context>
    <context>
        <name>BriefingPdf</name>
        <message>
            <location filename="../../ui/briefing/pdf_export.py" line="25" />
            <source>Choose a file name for the PDF.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dewiswch enw ffeil ar gyfer y PDF.</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/pdf_export.py" line="36" />
            <source>%1 is a file, not a folder</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ffeil yw %1, nid ffolder</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/pdf_export.py" line="38" />
            <source>the folder %1 does not exist</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>nid yw'r ffolder %1 yn bodoli</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/pdf_export.py" line="29" />
            <source>%1 is a folder, not a file: choose a file name for the PDF.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ffolder yw %1, nid ffeil: dewiswch enw ffeil ar gyfer y PDF.</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/pdf_export.py" line="41" />
            <source>The PDF cannot be saved there: %1. Choose another folder.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ni ellir cadw'r PDF yno: %1. Dewiswch ffolder arall.</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/pdf_export.py" line="75" />
            <source>Briefing %1</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Briff %1</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/pdf_export.py" line="61" />
            <source>The PDF cannot be written to %1 (%2). Choose another folder.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ni ellir ysgrifennu'r PDF i %1 (%2). Dewiswch ffolder arall.</translation>
        </message>
        <message>
            <location filename="../../ui/briefing/pdf_export.py" line="87" />
            <source>The PDF could not be finished at %1 (%2); nothing was saved.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid oedd modd gorffen y PDF yn %1 (%2); ni chadwyd dim.</translation>
        </message>
    </context>
    <context>
        <name>ReviewAnswers</name>
        <message>
            <location filename="../../ui/inspector/review_answers.py" line="55" />
            <source>Question</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cwestiwn</translation>
        </message>
        <message>
            <location filename="../../ui/inspector/review_answers.py" line="55" />
            <source>Answer</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ateb</translation>
        </message>
        <message>
            <location filename="../../ui/inspector/review_answers.py" line="55" />
            <source>Recorded by</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cofnodwyd gan</translation>
        </message>
        <message>
            <location filename="../../ui/inspector/review_answers.py" line="37" />
            <source>DASH answers</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Atebion DASH</translation>
        </message>
        <message>
            <location filename="../../ui/inspector/review_answers.py" line="42" />
            <source>{level}: {yes} yes of {n}, by {by} at {when}</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>{level}: {yes} ie o {n}, gan {by} am {when}</translation>
        </message>
        <message>
            <location filename="../../ui/inspector/review_answers.py" line="36" />
            <source>No script question was answered in the call.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ni atebwyd unrhyw gwestiwn sgript yn yr alwad.</translation>
        </message>
        <message>
            <location filename="../../ui/inspector/review_answers.py" line="39" />
            <source>No risk assessment was recorded.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ni chofnodwyd asesiad risg.</translation>
        </message>
        <message>
            <location filename="../../ui/inspector/review_answers.py" line="31" />
            <source>Call answers ({n})</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Atebion yr alwad ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/inspector/review_answers.py" line="62" />
            <source>not counted: a later answer closed it</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>heb ei gyfrif: caeodd ateb diweddarach ef</translation>
        </message>
        <message>
            <location filename="../../ui/inspector/review_answers.py" line="60" />
            <source>before: </source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>cyn: </translation>
        </message>
    </context>
    <context>
        <name>HistoryTable</name>
        <message>
            <location filename="../../ui/models/history_table.py" line="32" />
            <source>number</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>rhif</translation>
        </message>
        <message>
            <location filename="../../ui/models/history_table.py" line="33" />
            <source>address</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>cyfeiriad</translation>
        </message>
        <message>
            <location filename="../../ui/models/history_table.py" line="34" />
            <source>UPRN</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>UPRN</translation>
        </message>
        <message>
            <location filename="../../ui/models/history_table.py" line="35" />
            <source>person</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>person</translation>
        </message>
        <message>
            <location filename="../../ui/models/history_table.py" line="36" />
            <source>similar address</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>cyfeiriad tebyg</translation>
        </message>
        <message>
            <location filename="../../ui/models/history_table.py" line="37" />
            <source>same name</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>yr un enw</translation>
        </message>
        <message>
            <location filename="../../ui/models/history_table.py" line="61" />
            <source>When</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Pryd</translation>
        </message>
        <message>
            <location filename="../../ui/models/history_table.py" line="62" />
            <source>What</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Beth</translation>
        </message>
        <message>
            <location filename="../../ui/models/history_table.py" line="63" />
            <source>DA</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>CD</translation>
        </message>
        <message>
            <location filename="../../ui/models/history_table.py" line="64" />
            <source>Grade</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gradd</translation>
        </message>
        <message>
            <location filename="../../ui/models/history_table.py" line="65" />
            <source>Risk</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Risg</translation>
        </message>
        <message>
            <location filename="../../ui/models/history_table.py" line="66" />
            <source>Children</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Plant</translation>
        </message>
        <message>
            <location filename="../../ui/models/history_table.py" line="67" />
            <source>Outcome</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Canlyniad</translation>
        </message>
        <message>
            <location filename="../../ui/models/history_table.py" line="68" />
            <source>Matched on</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn cyfateb ar</translation>
        </message>
        <message>
            <location filename="../../ui/models/history_table.py" line="69" />
            <source>Score</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Sgôr</translation>
        </message>
        <message>
            <location filename="../../ui/models/history_table.py" line="108" />
            <source>Yes</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ie</translation>
        </message>
    </context>
    <context>
        <name>MarkerTable</name>
        <message>
            <location filename="../../ui/models/marker_table.py" line="29" />
            <source>number</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>rhif</translation>
        </message>
        <message>
            <location filename="../../ui/models/marker_table.py" line="29" />
            <source>address</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>cyfeiriad</translation>
        </message>
        <message>
            <location filename="../../ui/models/marker_table.py" line="29" />
            <source>person</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>person</translation>
        </message>
        <message>
            <location filename="../../ui/models/marker_table.py" line="50" />
            <source>State</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cyflwr</translation>
        </message>
        <message>
            <location filename="../../ui/models/marker_table.py" line="51" />
            <source>Marker</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Marciwr</translation>
        </message>
        <message>
            <location filename="../../ui/models/marker_table.py" line="52" />
            <source>On</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ar</translation>
        </message>
        <message>
            <location filename="../../ui/models/marker_table.py" line="53" />
            <source>Why</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Pam</translation>
        </message>
        <message>
            <location filename="../../ui/models/marker_table.py" line="54" />
            <source>Set by</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gosodwyd gan</translation>
        </message>
        <message>
            <location filename="../../ui/models/marker_table.py" line="55" />
            <source>Set</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gosodwyd</translation>
        </message>
        <message>
            <location filename="../../ui/models/marker_table.py" line="56" />
            <source>Expires</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn dod i ben</translation>
        </message>
        <message>
            <location filename="../../ui/models/marker_table.py" line="84" />
            <source>no end date</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>dim dyddiad gorffen</translation>
        </message>
        <message>
            <location filename="../../ui/models/marker_table.py" line="72" />
            <source>ACTIVE</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>GWEITHREDOL</translation>
        </message>
        <message>
            <location filename="../../ui/models/marker_table.py" line="72" />
            <source>expired</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>wedi dod i ben</translation>
        </message>
    </context>
    <context>
        <name>QuestionTable</name>
        <message>
            <location filename="../../ui/models/question_table.py" line="57" />
            <source>None of these</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dim un o'r rhain</translation>
        </message>
        <message>
            <location filename="../../ui/models/question_table.py" line="136" />
            <source>still to ask</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>i'w ofyn o hyd</translation>
        </message>
        <message>
            <location filename="../../ui/models/question_table.py" line="138" />
            <source>optional</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>dewisol</translation>
        </message>
        <message>
            <location filename="../../ui/models/question_table.py" line="114" />
            <source>Question</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cwestiwn</translation>
        </message>
        <message>
            <location filename="../../ui/models/question_table.py" line="114" />
            <source>Answer</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ateb</translation>
        </message>
    </context>
    <context>
        <name>QueueTable</name>
        <message>
            <location filename="../../ui/models/queue_table.py" line="35" />
            <source>HIGH</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>UCHEL</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_table.py" line="36" />
            <source>Medium</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Canolig</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_table.py" line="37" />
            <source>Standard</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Safonol</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_table.py" line="39" />
            <source>Not assessed</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Heb ei asesu</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_table.py" line="46" />
            <source>Below policy floor</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Islaw llawr y polisi</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_table.py" line="48" />
            <source>Grade overridden</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gradd wedi'i newid</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_table.py" line="50" />
            <source>Returned {n}× before</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dychwelwyd {n}× o'r blaen</translation>
        </message>
    </context>
    <context>
        <name>OversightExport</name>
        <message>
            <location filename="../../ui/oversight/export.py" line="234" />
            <source>Generated</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Lluniwyd</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/export.py" line="309" />
            <source>The PDF could not be started; nothing was saved.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid oedd modd dechrau'r PDF; ni chadwyd dim.</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/export.py" line="113" />
            <source>Writing the PDF of %1…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn ysgrifennu PDF %1…</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/export.py" line="233" />
            <source>Filters</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Hidlyddion</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/export.py" line="233" />
            <source>none</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>dim</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/export.py" line="175" />
            <source>Choose a file name for the %1 file.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dewiswch enw ffeil ar gyfer y ffeil %1.</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/export.py" line="186" />
            <source>%1 is a file, not a folder</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ffeil yw %1, nid ffolder</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/export.py" line="188" />
            <source>the folder %1 does not exist</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>nid yw'r ffolder %1 yn bodoli</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/export.py" line="328" />
            <source>Filters: %1</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Hidlyddion: %1</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/export.py" line="342" />
            <source>Writing %1 pages…</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn ysgrifennu %1 tudalen…</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/export.py" line="378" />
            <source>No rows match these filters.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid oes unrhyw res yn cyfateb i'r hidlyddion hyn.</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/export.py" line="244" />
            <source>The CSV file could not be written (%1); nothing was saved.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid oedd modd ysgrifennu'r ffeil CSV (%1); ni chadwyd dim.</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/export.py" line="105" />
            <source>Export %1 as %2</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Allforio %1 fel %2</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/export.py" line="179" />
            <source>%1 is a folder, not a file: choose a file name for the %2 file.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ffolder yw %1, nid ffeil: dewiswch enw ffeil ar gyfer y ffeil %2.</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/export.py" line="191" />
            <source>The %1 file cannot be saved there: %2. Choose another folder.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ni ellir cadw'r ffeil %1 yno: %2. Dewiswch ffolder arall.</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/export.py" line="329" />
            <source>Generated %1 · %2 rows</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Lluniwyd %1 · %2 rhes</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/export.py" line="203" />
            <source>The %1 file cannot be written to %2 (%3). Choose another folder.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ni ellir ysgrifennu'r ffeil %1 i %2 (%3). Dewiswch ffolder arall.</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/export.py" line="217" />
            <source>The %1 file could not be finished at %2 (%3); nothing was saved.</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid oedd modd gorffen y ffeil %1 yn %2 (%3); ni chadwyd dim.</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/export.py" line="384" />
            <source>%1 · page %2 of %3</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>%1 · tudalen %2 o %3</translation>
        </message>
    </context>
    <context>
        <name>OversightColumns</name>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="41" />
            <source>Kind</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Math</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="42" />
            <source>Subject</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Testun</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="43" />
            <source>DA incidents in window</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Digwyddiadau CD yn y ffenestr</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="44" />
            <source>Last incident</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Digwyddiad diwethaf</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="45" />
            <source>Last risk level</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Lefel risg ddiwethaf</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="46" />
            <source>Risk assessed</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Risg wedi'i hasesu</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="47" />
            <source>Name</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Enw</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="48" />
            <source>Calls before</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Galwadau o'r blaen</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="49" />
            <source>Last call</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Galwad ddiwethaf</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="50" />
            <source>Days quiet</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Diwrnodau tawel</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="51" />
            <source>Victims</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dioddefwyr</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="52" />
            <source>Incidents</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Digwyddiadau</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="53" />
            <source>Latest risk level</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Lefel risg ddiweddaraf</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="54" />
            <source>Assessed</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Aseswyd</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="55" />
            <source>Marker</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Marciwr</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="56" />
            <source>Ref</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cyf</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="58" />
            <source>Submitted</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cyflwynwyd</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="59" />
            <source>Waiting (hours)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn aros (oriau)</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="60" />
            <source>Grade</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gradd</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="61" />
            <source>Risk level</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Lefel risg</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="62" />
            <source>DA</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>CD</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="63" />
            <source>Handler</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ymdriniwr</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="64" />
            <source>User</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Defnyddiwr</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="66" />
            <source>Decisions</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Penderfyniadau</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="67" />
            <source>Overridden</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Newidiwyd</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="68" />
            <source>Downgraded</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Israddiwyd</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="69" />
            <source>Below floor</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Islaw'r llawr</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="70" />
            <source>Last override</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Newid diwethaf</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="71" />
            <source>Address</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cyfeiriad</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="72" />
            <source>Dispatched</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Wedi anfon</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="73" />
            <source>Target (min)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Targed (mun)</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="74" />
            <source>Overdue (min)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Hwyr (mun)</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="75" />
            <source>Opened</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Agorwyd</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="76" />
            <source>Status</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Statws</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="77" />
            <source>What</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Beth</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="78" />
            <source>Due</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Erbyn</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="79" />
            <source>Note</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nodyn</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="80" />
            <source>Recorded by</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cofnodwyd gan</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="81" />
            <source>Recorded</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cofnodwyd</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="82" />
            <source>Role</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Rôl</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="83" />
            <source>Days until due</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Diwrnodau tan y dyddiad</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="84" />
            <source>Why listed</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Pam ei restru</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="85" />
            <source>Finalised</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Terfynol</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="86" />
            <source>Awaiting</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Yn aros</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="87" />
            <source>Returned</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dychwelwyd</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="88" />
            <source>In closure</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Wrthi'n cau</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="89" />
            <source>Checklist gaps</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Bylchau yn y rhestr wirio</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="90" />
            <source>Thin narrative</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Naratif tenau</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="92" />
            <source>Within target</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>O fewn y targed</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="93" />
            <source>Late</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Hwyr</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="94" />
            <source>Not attended</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Heb ei fynychu</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="95" />
            <source>Within target (%)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>O fewn y targed (%)</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="96" />
            <source>Median (min)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Canolrif (mun)</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="97" />
            <source>Week starting</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Wythnos yn dechrau</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="98" />
            <source>Median (hours)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Canolrif (oriau)</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="99" />
            <source>90th percentile (hours)</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>90fed canradd (oriau)</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="112" />
            <source>Incidents awaiting an inspector's sign-off</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Digwyddiadau sy'n aros i arolygydd eu cymeradwyo</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="113" />
            <source>Incidents an inspector returned at least once</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Digwyddiadau a ddychwelodd arolygydd o leiaf unwaith</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="114" />
            <source>Attended, closure in progress or returned: not yet submitted</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Wedi'u mynychu, wrthi'n cau neu wedi'u dychwelyd: heb eu cyflwyno eto</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="115" />
            <source>Live incidents whose closure checklist lacks a required answer</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Digwyddiadau byw y mae ateb gofynnol ar goll o'u rhestr wirio cau</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="116" />
            <source>Live incidents whose narrative is below the minimum</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Digwyddiadau byw y mae eu naratif islaw'r lleiafswm</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="117" />
            <source>Negative when the reassessment is overdue</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Negyddol pan fydd yr ailasesiad yn hwyr</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="118" />
            <source>Domestic-abuse incidents within the window</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Digwyddiadau cam-drin domestig o fewn y ffenestr</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="119" />
            <source>Of the incidents whose clock has run out</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>O'r digwyddiadau y mae eu cloc wedi dod i ben</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="120" />
            <source>Grades chosen below the policy floor</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Graddau a ddewiswyd islaw llawr y polisi</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="142" />
            <source>Yes</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ie</translation>
        </message>
        <message>
            <location filename="../../ui/oversight/report_model.py" line="142" />
            <source>No</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Na</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Iawn</translation>
        </message>
        <message>
            <source>Save</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cadw</translation>
        </message>
        <message>
            <source>Save All</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cadw'r cyfan</translation>
        </message>
        <message>
            <source>Open</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Agor</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Ie</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ie i'r c&amp;yfan</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>&amp;Na</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Na i'r cyf&amp;an</translation>
        </message>
        <message>
            <source>Abort</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Terfynu</translation>
        </message>
        <message>
            <source>Retry</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ceisio eto</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Anwybyddu</translation>
        </message>
        <message>
            <source>Close</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cau</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Diddymu</translation>
        </message>
        <message>
            <source>Discard</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Taflu</translation>
        </message>
        <message>
            <source>Help</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cymorth</translation>
        </message>
        <message>
            <source>Apply</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gweithredu</translation>
        </message>
        <message>
            <source>Reset</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ailosod</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Adfer y rhagosodiadau</translation>
        </message>
    </context>
    <context>
        <name>core</name>
        <message>
            <source>A display name is required (the name colleagues know you by).</source>
            <comment>accounts.display_name_needed</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae angen enw arddangos (yr enw y mae cydweithwyr yn eich adnabod wrtho).</translation>
        </message>
        <message>
            <source>Role {role!r} is unknown: choose one of {roles}.</source>
            <comment>accounts.role_unknown</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid yw rôl {role!r} yn hysbys: dewiswch un o {roles}.</translation>
        </message>
        <message>
            <source>Username {username!r} is not allowed: use 2-64 lower-case letters, digits, dots, hyphens or underscores, starting with a letter or digit.</source>
            <comment>accounts.username_not_allowed</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ni chaniateir yr enw defnyddiwr {username!r}: defnyddiwch 2-64 o lythrennau bach, digidau, atalnodau llawn, cysylltnodau neu danlinellau, gan ddechrau gyda llythyren neu ddigid.</translation>
        </message>
        <message>
            <source>The username {username!r} is already in use: choose another.</source>
            <comment>accounts.username_taken</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae'r enw defnyddiwr {username!r} eisoes yn cael ei ddefnyddio: dewiswch un arall.</translation>
        </message>
        <message>
            <source>Incident {ref} is {status}: a decision on attendance is for an incident dispatched and not yet attended.</source>
            <comment>attendance.decision_not_dispatched</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae digwyddiad {ref} yn {status}: mae penderfyniad ar bresenoldeb ar gyfer digwyddiad a anfonwyd ac na fynychwyd eto.</translation>
        </message>
        <message>
            <source>Only an inspector can record a decision on late attendance.</source>
            <comment>attendance.only_inspector_decides</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dim ond arolygydd all gofnodi penderfyniad ar bresenoldeb hwyr.</translation>
        </message>
        <message>
            <source>Only call handlers and inspectors watch attendance.</source>
            <comment>attendance.only_takers</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dim ond ymdrinwyr galwadau ac arolygwyr sy'n gwylio presenoldeb.</translation>
        </message>
        <message>
            <source>Write the {what} (at least {minimum} characters).</source>
            <comment>attendance.write_the</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ysgrifennwch y {what} (o leiaf {minimum} nod).</translation>
        </message>
        <message>
            <source>{value!r} is in the future: check the date of birth.</source>
            <comment>call.dob_in_future</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae {value!r} yn y dyfodol: gwiriwch y dyddiad geni.</translation>
        </message>
        <message>
            <source>{value!r} is not a date of birth: type it as day/month/year, e.g. 04/03/1991.</source>
            <comment>call.dob_not_a_date</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid yw {value!r} yn ddyddiad geni: teipiwch ef fel diwrnod/mis/blwyddyn, e.e. 04/03/1991.</translation>
        </message>
        <message>
            <source>{value!r} would make them over {oldest}: check the year.</source>
            <comment>call.dob_too_old</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Byddai {value!r} yn eu gwneud yn hŷn na {oldest}: gwiriwch y flwyddyn.</translation>
        </message>
        <message>
            <source>Too long or not text: at most {limit} characters.</source>
            <comment>call.field_too_long</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Rhy hir neu ddim yn destun: {limit} nod ar y mwyaf.</translation>
        </message>
        <message>
            <source>Caller's location: {typed} is not a grid reference: after the two letters give two halves with the same number of digits (up to 5 each), e.g. {example}.</source>
            <comment>call.location_not_a_grid</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Lleoliad y galwr: nid yw {typed} yn gyfeirnod grid: ar ôl y ddwy lythyren rhowch ddau hanner â'r un nifer o ddigidau (hyd at 5 yr un), e.e. {example}.</translation>
        </message>
        <message>
            <source>Caller's location: {letters} is not an Ordnance Survey 100 km square (Great Britain's run from SV to TW, NA to OW and HL to JW), e.g. {example}.</source>
            <comment>call.location_not_a_square</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Lleoliad y galwr: nid yw {letters} yn sgwâr 100 km yr Arolwg Ordnans (mae rhai Prydain Fawr yn rhedeg o SV i TW, NA i OW a HL i JW), e.e. {example}.</translation>
        </message>
        <message>
            <source>Caller's location: {latitude}, {longitude} is not in the United Kingdom. Give latitude first, then longitude, e.g. {example}.</source>
            <comment>call.location_not_in_uk</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Lleoliad y galwr: nid yw {latitude}, {longitude} yn y Deyrnas Unedig. Rhowch y lledred yn gyntaf, yna'r hydred, e.e. {example}.</translation>
        </message>
        <message>
            <source>Caller's location: give one grid reference, e.g. {example}; put any other place in words.</source>
            <comment>call.location_one_grid</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Lleoliad y galwr: rhowch un cyfeirnod grid, e.e. {example}; rhowch unrhyw le arall mewn geiriau.</translation>
        </message>
        <message>
            <source>Caller's location: at most {limit} characters; put the rest in the account.</source>
            <comment>call.location_too_long</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Lleoliad y galwr: {limit} nod ar y mwyaf; rhowch y gweddill yn yr adroddiad.</translation>
        </message>
        <message>
            <source>Not a telephone number: type it as dialled, e.g. 07700 900123 or +44 20 7946 0123.</source>
            <comment>call.not_a_phone</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid yw'n rhif ffôn: teipiwch ef fel y'i deialwyd, e.e. 07700 900123 neu +44 20 7946 0123.</translation>
        </message>
        <message>
            <source>{postcode!r} is not a UK postcode, e.g. CB1 2AD; leave it blank if unknown.</source>
            <comment>call.not_a_postcode</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid yw {postcode!r} yn god post yn y DU, e.e. CB1 2AD; gadewch ef yn wag os nad yw'n hysbys.</translation>
        </message>
        <message>
            <source>Give the caller's number or the address (or both) to open an incident.</source>
            <comment>call.number_or_address</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Rhowch rif y galwr neu'r cyfeiriad (neu'r ddau) i agor digwyddiad.</translation>
        </message>
        <message>
            <source>Only inspectors see the whole control room's incidents.</source>
            <comment>call.only_inspectors_see_all</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dim ond arolygwyr sy'n gweld digwyddiadau'r ystafell reoli gyfan.</translation>
        </message>
        <message>
            <source>Only the handler who took incident {ref} (or an inspector) can correct its details: ask them, or add a note.</source>
            <comment>call.only_own_handler_corrects</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dim ond yr ymdriniwr a gymerodd ddigwyddiad {ref} (neu arolygydd) all gywiro ei fanylion: gofynnwch iddynt, neu ychwanegwch nodyn.</translation>
        </message>
        <message>
            <source>Only call handlers and inspectors take calls.</source>
            <comment>call.only_takers</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dim ond ymdrinwyr galwadau ac arolygwyr sy'n cymryd galwadau.</translation>
        </message>
        <message>
            <source>That is a service number, not the caller's: type the number they called from.</source>
            <comment>call.service_number</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Rhif gwasanaeth yw hwnnw, nid rhif y galwr: teipiwch y rhif y gwnaethant alw ohono.</translation>
        </message>
        <message>
            <source>{item}: answer one of {choices}</source>
            <comment>checklist.answer_one_of</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>{item}: atebwch un o {choices}</translation>
        </message>
        <message>
            <source>{item}: at most 20,000 characters</source>
            <comment>checklist.at_most</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>{item}: 20,000 nod ar y mwyaf</translation>
        </message>
        <message>
            <source>{item}: choose one or more of {options}</source>
            <comment>checklist.choose_options</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>{item}: dewiswch un neu fwy o {options}</translation>
        </message>
        <message>
            <source>{item}: choose one or more of {options} (not {bad})</source>
            <comment>checklist.choose_options_not</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>{item}: dewiswch un neu fwy o {options} (nid {bad})</translation>
        </message>
        <message>
            <source>{item}: 'none' cannot be chosen with other answers</source>
            <comment>checklist.none_with_others</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>{item}: ni ellir dewis 'none' gydag atebion eraill</translation>
        </message>
        <message>
            <source>{item}: write at least {minimum} characters (this is read by the inspector and the next handler)</source>
            <comment>checklist.write_at_least</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>{item}: ysgrifennwch o leiaf {minimum} nod (mae'r arolygydd a'r ymdriniwr nesaf yn darllen hyn)</translation>
        </message>
        <message>
            <source>There is no narrative section {section!r}.</source>
            <comment>closure.no_narrative_section</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid oes adran naratif {section!r}.</translation>
        </message>
        <message>
            <source>There is no closure question {item!r}.</source>
            <comment>closure.no_question</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid oes cwestiwn cau {item!r}.</translation>
        </message>
        <message>
            <source>Incident {ref} is {status}: closure answers can be changed only after an officer attended and before it goes for sign-off.</source>
            <comment>closure.not_editable</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae digwyddiad {ref} yn {status}: dim ond ar ôl i swyddog fynychu a chyn iddo fynd i'w gymeradwyo y gellir newid atebion cau.</translation>
        </message>
        <message>
            <source>The attendance time is before the dispatch time: check the time.</source>
            <comment>dispatch.attended_before_sent</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae'r amser presenoldeb cyn yr amser anfon: gwiriwch yr amser.</translation>
        </message>
        <message>
            <source>Dispatch needs Grade 1, 2 or 3; Grade 4 is resolved without deployment.</source>
            <comment>dispatch.grade</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae anfon angen Gradd 1, 2 neu 3; mae Gradd 4 yn cael ei datrys heb anfon neb.</translation>
        </message>
        <message>
            <source>Name at least one officer sent (collar number).</source>
            <comment>dispatch.no_officer</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Enwch o leiaf un swyddog a anfonwyd (rhif coler).</translation>
        </message>
        <message>
            <source>{text!r} is not a collar number: up to four letters then up to six digits, e.g. PC4521.</source>
            <comment>dispatch.not_a_collar</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid yw {text!r} yn rhif coler: hyd at bedair llythyren yna hyd at chwe digid, e.e. PC4521.</translation>
        </message>
        <message>
            <source>Incident {ref} is not graded 4: only a Grade 4 incident is resolved without sending officers.</source>
            <comment>dispatch.not_grade_4</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid yw digwyddiad {ref} wedi'i raddio'n 4: dim ond digwyddiad Gradd 4 sy'n cael ei ddatrys heb anfon swyddogion.</translation>
        </message>
        <message>
            <source>It is awaiting sign-off, so its {what} can no longer change until an inspector returns it; add a note saying what is wrong (or ask the inspector to return it to you).</source>
            <comment>freeze.awaiting</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae'n aros am gymeradwyaeth, felly ni all ei {what} newid mwyach nes i arolygydd ei ddychwelyd; ychwanegwch nodyn yn dweud beth sydd o'i le (neu gofynnwch i'r arolygydd ei ddychwelyd atoch).</translation>
        </message>
        <message>
            <source>It is finalised and cannot change; add a note for later information.</source>
            <comment>freeze.finalised</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae'n derfynol ac ni all newid; ychwanegwch nodyn ar gyfer gwybodaeth ddiweddarach.</translation>
        </message>
        <message>
            <source>Incident {ref} is already Grade {grade} ({name}).</source>
            <comment>grade.already</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae digwyddiad {ref} eisoes yn Radd {grade} ({name}).</translation>
        </message>
        <message>
            <source>Grade {grade} does not exist: choose 1 to {least}.</source>
            <comment>grade.missing</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid yw Gradd {grade} yn bodoli: dewiswch 1 i {least}.</translation>
        </message>
        <message>
            <source>The grade must be a number from 1 to {least}.</source>
            <comment>grade.not_a_number</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Rhaid i'r radd fod yn rhif o 1 i {least}.</translation>
        </message>
        <message>
            <source>Grade {grade} differs from the recommended grade {recommended}: write why (at least a sentence) before confirming.</source>
            <comment>grade.override_needs_why</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae Gradd {grade} yn wahanol i'r radd a argymhellir, {recommended}: ysgrifennwch pam (o leiaf brawddeg) cyn cadarnhau.</translation>
        </message>
        <message>
            <source>The rationale is too long ({length} characters; {limit} at most).</source>
            <comment>grade.rationale_too_long</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae'r rhesymeg yn rhy hir ({length} nod; {limit} ar y mwyaf).</translation>
        </message>
        <message>
            <source>Grade {grade} ({name}) sends nobody, but officers are on the way: record their attendance or choose a deployed grade.</source>
            <comment>grade.regrade_sends_nobody</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid yw Gradd {grade} ({name}) yn anfon neb, ond mae swyddogion ar eu ffordd: cofnodwch eu presenoldeb neu dewiswch radd sy'n anfon swyddogion.</translation>
        </message>
        <message>
            <source>Incident {ref} is {status}: the grade can change only before an officer attends.</source>
            <comment>grade.regrade_too_late</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae digwyddiad {ref} yn {status}: dim ond cyn i swyddog fynychu y gall y radd newid.</translation>
        </message>
        <message>
            <source>There is no incident {incident_id}.</source>
            <comment>incident.missing</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid oes digwyddiad {incident_id}.</translation>
        </message>
        <message>
            <source>The incident was removed by another workstation.</source>
            <comment>incident.removed_elsewhere</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Tynnwyd y digwyddiad gan weithfan arall.</translation>
        </message>
        <message>
            <source>Cannot {doing} while the incident is {state} (only when {allowed}).</source>
            <comment>lifecycle.cannot_while</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ni ellir {doing} tra bo'r digwyddiad yn {state} (dim ond pan fo {allowed}).</translation>
        </message>
        <message>
            <source>The incident is finalised and cannot change; add a note for later information.</source>
            <comment>lifecycle.finalised</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae'r digwyddiad yn derfynol ac ni all newid; ychwanegwch nodyn ar gyfer gwybodaeth ddiweddarach.</translation>
        </message>
        <message>
            <source>Only {article} {who} can {doing}.</source>
            <comment>lifecycle.only_role_can</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dim ond {who} all {doing}.</translation>
        </message>
        <message>
            <source>Incident {ref}:</source>
            <comment>lifecycle.refused</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Digwyddiad {ref}:</translation>
        </message>
        <message>
            <source>Unknown action {action!r}.</source>
            <comment>lifecycle.unknown_action</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Cam anhysbys {action!r}.</translation>
        </message>
        <message>
            <source>There is no person {person_id} on record.</source>
            <comment>lookup.no_person</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid oes person {person_id} ar gofnod.</translation>
        </message>
        <message>
            <source>{role!r} is not a part in a call ({parts}).</source>
            <comment>lookup.not_a_part</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid yw {role!r} yn rhan mewn galwad ({parts}).</translation>
        </message>
        <message>
            <source>{name} is not the {role} named on this call; correct the name first.</source>
            <comment>lookup.not_the_named</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid {name} yw'r {role} a enwir ar yr alwad hon; cywirwch yr enw yn gyntaf.</translation>
        </message>
        <message>
            <source>Only call handlers and inspectors look people up.</source>
            <comment>lookup.only_takers</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dim ond ymdrinwyr galwadau ac arolygwyr sy'n chwilio am bobl.</translation>
        </message>
        <message>
            <source>Only call handlers and inspectors link people to a call.</source>
            <comment>lookup.only_takers_link</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dim ond ymdrinwyr galwadau ac arolygwyr sy'n cysylltu pobl â galwad.</translation>
        </message>
        <message>
            <source>{name} on record has another date of birth.</source>
            <comment>lookup.other_dob</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae gan {name} ar gofnod ddyddiad geni arall.</translation>
        </message>
        <message>
            <source>That marker has already expired.</source>
            <comment>markers.already_expired</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae'r marciwr hwnnw eisoes wedi dod i ben.</translation>
        </message>
        <message>
            <source>There is no marker {marker_id}.</source>
            <comment>markers.missing</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid oes marciwr {marker_id}.</translation>
        </message>
        <message>
            <source>Only inspectors and administrators can expire a warning marker.</source>
            <comment>markers.only_inspectors_expire</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dim ond arolygwyr a gweinyddwyr all ddod â marciwr rhybudd i ben.</translation>
        </message>
        <message>
            <source>Your role cannot see warning markers.</source>
            <comment>markers.role_cannot_see</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ni all eich rôl weld marcwyr rhybudd.</translation>
        </message>
        <message>
            <source>Say why the marker is no longer needed (at least a sentence).</source>
            <comment>markers.why</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dywedwch pam nad oes angen y marciwr mwyach (o leiaf brawddeg).</translation>
        </message>
        <message>
            <source>A note needs some text.</source>
            <comment>notes.empty</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae angen rhywfaint o destun mewn nodyn.</translation>
        </message>
        <message>
            <source>Only handlers and inspectors add notes to incidents.</source>
            <comment>notes.only_takers</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dim ond ymdrinwyr ac arolygwyr sy'n ychwanegu nodiadau at ddigwyddiadau.</translation>
        </message>
        <message>
            <source>{what} needs the server, which cannot be reached now. What this workstation can keep is kept and sent when the server is back; follow the outage procedure (radio) and try again once the status bar says Online.</source>
            <comment>outage.needs_server</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae angen y gweinydd ar gyfer {what}, ac ni ellir ei gyrraedd nawr. Mae'r hyn y gall y weithfan hon ei gadw yn cael ei gadw a'i anfon pan ddaw'r gweinydd yn ôl; dilynwch y drefn ar gyfer toriad (radio) a rhowch gynnig arall arni pan fydd y bar statws yn dweud Ar-lein.</translation>
        </message>
        <message>
            <source>{what}: incident {ref} has work kept on this workstation during the outage that has not reached the server yet (the server's copy is not up to date). Wait until the status bar says Online and nothing is waiting, then try again.</source>
            <comment>outage.not_yet_sent</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>{what}: mae gan ddigwyddiad {ref} waith a gadwyd ar y weithfan hon yn ystod y toriad nad yw wedi cyrraedd y gweinydd eto (nid yw copi'r gweinydd yn gyfredol). Arhoswch nes bydd y bar statws yn dweud Ar-lein a dim yn aros, yna rhowch gynnig arall arni.</translation>
        </message>
        <message>
            <source>A chart covers 1 to {largest} weeks (five years), not {weeks!r}.</source>
            <comment>oversight.chart_weeks</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae siart yn cwmpasu 1 i {largest} wythnos (pum mlynedd), nid {weeks!r}.</translation>
        </message>
        <message>
            <source>Only inspectors and administrators see the oversight lists.</source>
            <comment>oversight.only_inspectors</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dim ond arolygwyr a gweinyddwyr sy'n gweld y rhestrau goruchwylio.</translation>
        </message>
        <message>
            <source>The week of {week} was already drawn by {who} (seed {seed}); review that sample, or add --dry-run to see another draw.</source>
            <comment>qa.already_drawn</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Tynnwyd wythnos {week} eisoes gan {who} (hedyn {seed}); adolygwch y sampl honno, neu ychwanegwch --dry-run i weld tyniad arall.</translation>
        </message>
        <message>
            <source>No account {handler!r}: give a handler's username.</source>
            <comment>qa.no_account</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dim cyfrif {handler!r}: rhowch enw defnyddiwr ymdriniwr.</translation>
        </message>
        <message>
            <source>No sampled call {call}: choose one from the week's sample.</source>
            <comment>qa.no_sampled_call</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dim galwad sampl {call}: dewiswch un o sampl yr wythnos.</translation>
        </message>
        <message>
            <source>A handler sees only their own {doing}, not {handler}'s.</source>
            <comment>qa.only_own</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dim ond eu {doing} eu hunain y mae ymdriniwr yn eu gweld, nid rhai {handler}.</translation>
        </message>
        <message>
            <source>You took {ref}: another inspector must review it.</source>
            <comment>qa.own_call</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Chi gymerodd {ref}: rhaid i arolygydd arall ei adolygu.</translation>
        </message>
        <message>
            <source>Your role ({role}) cannot see {doing}.</source>
            <comment>qa.role_cannot_see</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ni all eich rôl ({role}) weld {doing}.</translation>
        </message>
        <message>
            <source>The sample size must be 1 to 50 calls per handler.</source>
            <comment>qa.sample_size</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Rhaid i faint y sampl fod yn 1 i 50 galwad i bob ymdriniwr.</translation>
        </message>
        <message>
            <source>Score every item of the checklist; not scored: {missing}.</source>
            <comment>qa.score_every</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Rhowch sgôr i bob eitem y rhestr wirio; heb sgôr: {missing}.</translation>
        </message>
        <message>
            <source>The seed must be a whole number from 0 to {largest}.</source>
            <comment>qa.seed</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Rhaid i'r hedyn fod yn rhif cyfan o 0 i {largest}.</translation>
        </message>
        <message>
            <source>Give a number of weeks from 1 to {largest}.</source>
            <comment>qa.weeks</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Rhowch nifer o wythnosau o 1 i {largest}.</translation>
        </message>
        <message>
            <source>Answer every question before saving the risk assessment ("not known" is an answer, a blank is not): still to answer {missing}.</source>
            <comment>risk.answer_every</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Atebwch bob cwestiwn cyn cadw'r asesiad risg (mae "ddim yn gwybod" yn ateb, nid yw bwlch): i'w hateb o hyd {missing}.</translation>
        </message>
        <message>
            <source>Write the reason for your professional judgement (at least {minimum} characters): the inspector and the MARAC read it.</source>
            <comment>risk.judgement_why</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ysgrifennwch y rheswm dros eich barn broffesiynol (o leiaf {minimum} nod): mae'r arolygydd a'r MARAC yn ei ddarllen.</translation>
        </message>
        <message>
            <source>Professional judgement may raise the risk level but never lower it: the answers give {computed}, so it cannot be recorded as {level}. Record {computed} or higher, and write down anything that makes you think the risk is lower.</source>
            <comment>risk.never_lower</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gall barn broffesiynol godi lefel y risg ond byth ei gostwng: mae'r atebion yn rhoi {computed}, felly ni ellir ei chofnodi fel {level}. Cofnodwch {computed} neu uwch, ac ysgrifennwch unrhyw beth sy'n gwneud i chi feddwl bod y risg yn is.</translation>
        </message>
        <message>
            <source>{level!r} is not a risk level: choose standard, medium or high.</source>
            <comment>risk.not_a_level</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid yw {level!r} yn lefel risg: dewiswch safonol, canolig neu uchel.</translation>
        </message>
        <message>
            <source>{value!r} is not an answer: answer yes, no or not known.</source>
            <comment>risk.not_an_answer</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid yw {value!r} yn ateb: atebwch ie, na neu ddim yn gwybod.</translation>
        </message>
        <message>
            <source>The rationale is too long: {limit} characters at most.</source>
            <comment>risk.rationale_too_long</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae'r rhesymeg yn rhy hir: {limit} nod ar y mwyaf.</translation>
        </message>
        <message>
            <source>Your role ({role}) cannot {doing}.</source>
            <comment>role.cannot</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Ni all eich rôl ({role}) {doing}.</translation>
        </message>
        <message>
            <source>Only call handlers and inspectors can {doing}.</source>
            <comment>role.only_takers_can</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dim ond ymdrinwyr galwadau ac arolygwyr all {doing}.</translation>
        </message>
        <message>
            <source>The account {username} has been disabled by an administrator: this session has ended and nothing was saved. Sign in again (ask an administrator if the account should be enabled).</source>
            <comment>session.disabled</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae gweinyddwr wedi analluogi'r cyfrif {username}: mae'r sesiwn hon wedi dod i ben ac ni chadwyd dim. Mewngofnodwch eto (gofynnwch i weinyddwr a ddylai'r cyfrif gael ei alluogi).</translation>
        </message>
        <message>
            <source>An administrator changed the role of {username} from {old} to {new}: this session has ended and nothing was saved. Sign in again.</source>
            <comment>session.role_changed</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Newidiodd gweinyddwr rôl {username} o {old} i {new}: mae'r sesiwn hon wedi dod i ben ac ni chadwyd dim. Mewngofnodwch eto.</translation>
        </message>
        <message>
            <source>Sign-in refused: too many wrong passwords for this account, so it is locked until {until}. Try again then, or ask an administrator to unlock it now (callhandler users unlock NAME).</source>
            <comment>signin.account_locked</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gwrthodwyd y mewngofnodi: gormod o gyfrineiriau anghywir ar gyfer y cyfrif hwn, felly mae wedi'i gloi tan {until}. Rhowch gynnig arall arni bryd hynny, neu gofynnwch i weinyddwr ei ddatgloi nawr (callhandler users unlock NAME).</translation>
        </message>
        <message>
            <source>Sign-in failed: the username or password is not right. Check Caps Lock and try again, or ask an administrator to reset your password.</source>
            <comment>signin.failed</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Methodd y mewngofnodi: nid yw'r enw defnyddiwr na'r cyfrinair yn gywir. Gwiriwch Caps Lock a rhowch gynnig arall arni, neu gofynnwch i weinyddwr ailosod eich cyfrinair.</translation>
        </message>
        <message>
            <source>The password is not right, so the {purpose} was not made. Type your own password again to sign.</source>
            <comment>signin.password_to_sign</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid yw'r cyfrinair yn gywir, felly ni wnaed y {purpose}. Teipiwch eich cyfrinair eich hun eto i lofnodi.</translation>
        </message>
        <message>
            <source>Sign-in refused: too many failed sign-ins from this workstation ({workstation}), so it is locked until {until}. Try again then, or ask an administrator to unlock it (callhandler users unlock --workstation NAME).</source>
            <comment>signin.workstation_locked</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Gwrthodwyd y mewngofnodi: gormod o fewngofnodi aflwyddiannus o'r weithfan hon ({workstation}), felly mae wedi'i chloi tan {until}. Rhowch gynnig arall arni bryd hynny, neu gofynnwch i weinyddwr ei datgloi (callhandler users unlock --workstation NAME).</translation>
        </message>
        <message>
            <source>{ref} is already finalised.</source>
            <comment>signoff.already_finalised</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae {ref} eisoes yn derfynol.</translation>
        </message>
        <message>
            <source>You recorded something on {ref} (answers, grade, risk, checklist, narrative, details or its handling), so another inspector must sign it off.</source>
            <comment>signoff.contributed</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Fe gofnodoch chi rywbeth ar {ref} (atebion, gradd, risg, rhestr wirio, naratif, manylion neu ei drin), felly rhaid i arolygydd arall ei gymeradwyo.</translation>
        </message>
        <message>
            <source>{ref} is {state}, not awaiting sign-off.</source>
            <comment>signoff.not_awaiting</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae {ref} yn {state}, nid yn aros am gymeradwyaeth.</translation>
        </message>
        <message>
            <source>Incident {ref} is not complete ({missing} closure answers or narrative sections missing): return it to the handler.</source>
            <comment>signoff.not_complete</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid yw digwyddiad {ref} yn gyflawn ({missing} ateb cau neu adran naratif ar goll): dychwelwch ef i'r ymdriniwr.</translation>
        </message>
        <message>
            <source>Only an inspector can sign incidents off.</source>
            <comment>signoff.only_inspector</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dim ond arolygydd all gymeradwyo digwyddiadau.</translation>
        </message>
        <message>
            <source>Only an inspector can {doing}.</source>
            <comment>signoff.only_inspector_can</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dim ond arolygydd all {doing}.</translation>
        </message>
        <message>
            <source>Only an inspector or an administrator can read an incident's review.</source>
            <comment>signoff.only_inspectors_review</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dim ond arolygydd neu weinyddwr all ddarllen adolygiad digwyddiad.</translation>
        </message>
        <message>
            <source>Only handlers and inspectors have incidents returned to them.</source>
            <comment>signoff.only_takers_have_returns</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dim ond ymdrinwyr ac arolygwyr sy'n cael digwyddiadau wedi'u dychwelyd atynt.</translation>
        </message>
        <message>
            <source>Only handlers and inspectors read return reasons.</source>
            <comment>signoff.only_takers_read_returns</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dim ond ymdrinwyr ac arolygwyr sy'n darllen rhesymau dychwelyd.</translation>
        </message>
        <message>
            <source>Say what the handler must do (at least {minimum} characters): the reason goes back to them with the incident.</source>
            <comment>signoff.return_reason</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dywedwch beth mae'n rhaid i'r ymdriniwr ei wneud (o leiaf {minimum} nod): mae'r rheswm yn mynd yn ôl atynt gyda'r digwyddiad.</translation>
        </message>
        <message>
            <source>Your account is disabled: sign in again or ask an administrator.</source>
            <comment>signoff.signer_disabled</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae eich cyfrif wedi'i analluogi: mewngofnodwch eto neu gofynnwch i weinyddwr.</translation>
        </message>
        <message>
            <source>Say whom the trigger event is about: an incident, a person, or both.</source>
            <comment>trigger.about_whom</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dywedwch am bwy mae'r digwyddiad sbardun: digwyddiad, person, neu'r ddau.</translation>
        </message>
        <message>
            <source>Trigger event {event_id} was already closed by {who} ({outcome}); record a new event if something else is due.</source>
            <comment>trigger.already_closed</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Caewyd digwyddiad sbardun {event_id} eisoes gan {who} ({outcome}); cofnodwch ddigwyddiad newydd os oes rhywbeth arall yn ddyledus.</translation>
        </message>
        <message>
            <source>Give the due date as a date (YYYY-MM-DD).</source>
            <comment>trigger.due_as_a_date</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Rhowch y dyddiad dyledus fel dyddiad (BBBB-MM-DD).</translation>
        </message>
        <message>
            <source>The due date {text!r} is not a date: write it as YYYY-MM-DD, for example 2026-12-03.</source>
            <comment>trigger.due_not_a_date</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid yw'r dyddiad dyledus {text!r} yn ddyddiad: ysgrifennwch ef fel BBBB-MM-DD, er enghraifft 2026-12-03.</translation>
        </message>
        <message>
            <source>The due date {due} is more than {years} years from today ({today}): check the year.</source>
            <comment>trigger.due_too_far</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Mae'r dyddiad dyledus {due} fwy na {years} blynedd o heddiw ({today}): gwiriwch y flwyddyn.</translation>
        </message>
        <message>
            <source>There is no trigger event {event_id}.</source>
            <comment>trigger.missing</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Nid oes digwyddiad sbardun {event_id}.</translation>
        </message>
        <message>
            <source>Only handlers, inspectors and administrators can {doing}.</source>
            <comment>trigger.only_staff_can</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dim ond ymdrinwyr, arolygwyr a gweinyddwyr all {doing}.</translation>
        </message>
        <message>
            <source>Say why (at least {minimum} characters): the rationale is what the next inspector reads.</source>
            <comment>trigger.say_why</comment>
            <translatorcomment>DRAFT: written without a fluent Welsh speaker's review; check before a force ships it, then delete this note.</translatorcomment>
            <translation>Dywedwch pam (o leiaf {minimum} nod): y rhesymeg yw'r hyn y mae'r arolygydd nesaf yn ei ddarllen.</translation>
        </message>
    </context>
</TS>
