"""The briefing as a rich-text page: shown in the window, printed and written to PDF alike."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QCoreApplication, QRectF, QSizeF
from PySide6.QtGui import QFont, QPaintDevice, QPainter, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from callhandler.errors import BadInput
from callhandler.services.briefing import Briefing
from callhandler.services.briefing_call import LOCATION_WORDS, NEARBY, NOT_ASKED

NEARBY_WORDS = frozenset(LOCATION_WORDS[code] for code in NEARBY)

# Colours with a strong contrast on white and on paper printed in black and white (the
# boxes are also bold and labelled, so nothing depends on colour alone).
DANGER = "#991b1b"
DANGER_BG = "#fee2e2"
CAUTION_BG = "#fef3c7"
CAUTION = "#78350f"
INFO_BG = "#dbeafe"
INFO = "#1e3a8a"
MUTED = "#4b5563"
GRADE_COLOURS = {1: "#b91c1c", 2: "#c2410c", 3: "#1d4ed8", 4: "#374151"}
RISK_COLOURS = {"high": "#b91c1c", "medium": "#c2410c", "standard": "#374151"}

SCREEN_BASE_PT = 11.0
PRINT_BASE_PTS = (10.0, 9.0, 8.0, 7.5)  # tried in turn until the briefing fits one page


def _t(text: str) -> str:
    return QCoreApplication.translate("BriefingDocument", text)


def _e(text: object) -> str:
    return escape(str(text), quote=False)


def _local(stamp: dt.datetime, form: str = "%d %b %Y %H:%M") -> str:
    return stamp.astimezone().strftime(form)


class _Page:
    """Builds the HTML at one base size so print can shrink it to one page."""

    def __init__(self, base_pt: float) -> None:
        self.base = base_pt
        self.parts: list[str] = []

    def pt(self, factor: float) -> str:
        return f"{self.base * factor:.1f}pt"

    def box(self, title: str, lines: list[str], background: str, colour: str) -> None:
        """A labelled block with a coloured background; ``lines`` are HTML already."""
        body = "<br>".join(lines)
        self.parts.append(
            f'<table width="100%" cellspacing="0" cellpadding="5" bgcolor="{background}"'
            ' style="margin-top:5px;">'
            f'<tr><td><span style="font-size:{self.pt(0.9)}; font-weight:700; color:{colour};">'
            f"{_e(title.upper())}</span><br>"
            f'<span style="font-size:{self.pt(1.0)};">{body}</span></td></tr></table>'
        )

    def section(self, title: str, lines: list[str]) -> None:
        body = "<br>".join(lines)
        self.parts.append(
            f'<p style="margin-top:7px; margin-bottom:0px;">'
            f'<span style="font-size:{self.pt(0.9)}; font-weight:700; color:{MUTED};">'
            f"{_e(title.upper())}</span><br>"
            f'<span style="font-size:{self.pt(1.0)};">{body}</span></p>'
        )


def _strong(text: str, colour: str = DANGER) -> str:
    return f'<b style="color:{colour};">{_e(text)}</b>'


def _yes(value: str) -> bool:
    return value.strip().lower() == "yes"


def _header(page: _Page, b: Briefing) -> None:
    grade = (
        _t("GRADE %1 %2").replace("%1", str(b.grade)).replace("%2", b.grade_name.upper())
        if b.grade
        else _t("NOT GRADED")
    )
    if b.risk_level not in ("", "none"):
        risk = _t("RISK %1").replace("%1", b.risk_level.upper())
    else:
        risk = _t("RISK NOT ASSESSED")
    colour = GRADE_COLOURS.get(b.grade or 0, "#374151")
    page.parts.append(
        f'<p style="margin:0px;"><span style="font-size:{page.pt(1.5)}; font-weight:700;">'
        f"{_e(_t('Briefing'))} {_e(b.incident_ref)}</span></p>"
        f'<table width="100%" cellspacing="0" cellpadding="6" bgcolor="{colour}">'
        f'<tr><td><span style="font-size:{page.pt(1.35)}; font-weight:700; color:#ffffff;">'
        f"{_e(grade.strip())} &middot; {_e(risk)}</span></td></tr></table>"
    )
    facts = []
    for label, value in (
        (_t("At"), b.address),
        (_t("Caller is at"), b.caller_location),
        (_t("Victim"), b.victim),
        (_t("Suspect"), b.suspect),
        (_t("Phone"), b.phone),
        (_t("Officers"), b.officers_sent),
        (_t("Caller"), b.caller),
    ):
        if value:
            facts.append(f"<b>{_e(label)}:</b> {_e(value)}")
    if b.third_party_caller:
        facts.append(_e(_t("Someone else called: the victim may not know the police are coming.")))
    if b.suspect_nearby:
        facts.append(
            _strong(_t("The suspect is %1.").replace("%1", b.suspect_location))
            if b.suspect_location in NEARBY_WORDS
            else _strong(_t("The suspect is there now."))
        )
    if facts:
        page.section(_t("Where and who"), facts)


def _warnings(page: _Page, b: Briefing) -> None:
    lines = [f"&#9888; {_strong(m)}" for m in b.markers]
    if b.serial_perpetrators:
        lines.append(
            f"&#9888; {_strong(_t('Serial perpetrator: %1').replace('%1', ', '.join(b.serial_perpetrators)))}"
        )
    if lines:
        page.box(_t("Warning markers"), lines, DANGER_BG, DANGER)
    else:
        page.section(_t("Warning markers"), [_e(_t("None recorded"))])

    weapons = []
    armed = False
    for w in b.weapons:
        danger = w.startswith(("WEAPON", "FIREARMS", "Marker")) or "(risk assessment)" in w
        armed = armed or danger
        weapons.append(_strong(w) if danger else _e(w))
    page.box(
        _t("Weapons"),
        weapons or [_e(_t("None reported"))],
        DANGER_BG if armed else "#f3f4f6",
        DANGER if armed else MUTED,
    )

    flags = [_strong(f) for f in b.red_flags] + [_strong(f, CAUTION) for f in b.risk_factors]
    if flags:
        page.box(_t("Red flags and risk factors"), flags, DANGER_BG, DANGER)

    children_now = _yes(b.children_now)
    people = [
        f"<b>{_e(_t('Children now'))}:</b> "
        + (_strong(_t("YES")) if children_now else _e(b.children_now)),
    ]
    if b.children_live_there != NOT_ASKED:
        people.append(
            f"<b>{_e(_t('Children live there'))}:</b> "
            + (_strong(_t("YES")) if _yes(b.children_live_there) else _e(b.children_live_there))
        )
    if b.children_taken != NOT_ASKED:
        people.append(
            f"<b>{_e(_t('Children elsewhere or taken by the suspect'))}:</b> "
            + (_strong(_t("YES")) if _yes(b.children_taken) else _e(b.children_taken))
        )
    people += [
        f"<b>{_e(_t('Children here before'))}:</b> "
        + (_strong(_t("YES")) if b.children_before else _e(_t("no record"))),
        f"<b>{_e(_t('Vulnerable adult now'))}:</b> "
        + (_strong(_t("YES")) if _yes(b.vulnerable_adult_now) else _e(b.vulnerable_adult_now)),
    ]
    if b.vulnerable_adults_before:
        people.append(f"<b>{_e(_t('Vulnerable adult recorded before'))}:</b> {_strong(_t('YES'))}")
    involved = (
        children_now
        or b.children_before
        or _yes(b.vulnerable_adult_now)
        or _yes(b.children_live_there)
        or _yes(b.children_taken)
    )
    page.box(
        _t("Children and vulnerable adults"),
        people,
        CAUTION_BG if involved else "#f3f4f6",
        CAUTION if involved else MUTED,
    )

    if b.codeword:
        page.box(
            _t("Codeword"),
            [
                f'<span style="font-size:{page.pt(1.4)}; font-weight:700;">'
                f"&ldquo;{_e(b.codeword)}&rdquo;</span> {_e(_t('means the suspect is back'))}"
            ],
            INFO_BG,
            INFO,
        )
    else:
        page.section(_t("Codeword"), [_e(_t("None agreed"))])

    if b.orders:
        page.box(
            _t("Orders and bail"),
            [_strong(o) if "BREACHED" in o or "CONTACTING" in o else _e(o) for o in b.orders],
            CAUTION_BG,
            CAUTION,
        )


def _call(page: _Page, b: Briefing) -> None:
    said = f"&ldquo;{_e(b.callers_words)}&rdquo;" if b.callers_words else _e(_t("Not recorded"))
    page.section(_t("Caller said"), [f"<i>{said}</i>"])
    suspect = [
        f"<b>{_e(_t('Present now'))}:</b> "
        + (_strong(_t("YES")) if _yes(b.suspect_present) else _e(b.suspect_present)),
        f"<b>{_e(_t('Where now'))}:</b> "
        + (
            _strong(b.suspect_location)
            if b.suspect_location in NEARBY_WORDS
            else _e(b.suspect_location)
        ),
        _e(b.suspect_description or _t("No description recorded")),
    ]
    for label, value in (
        (_t("Vehicle"), b.suspect_vehicle),
        (_t("Direction of travel"), b.suspect_direction),
    ):
        if value:
            suspect.append(f"<b>{_e(label)}:</b> {_e(value)}")
    if b.suspect_returning != NOT_ASKED:
        suspect.append(
            f"<b>{_e(_t('Likely to come back'))}:</b> "
            + (_strong(_t("YES")) if _yes(b.suspect_returning) else _e(b.suspect_returning))
        )
    page.section(_t("Suspect"), suspect)
    details = []
    if b.injury != NOT_ASKED:
        details.append(f"<b>{_e(_t('Injury'))}:</b> {_e(b.injury)}")
    if b.abuse_types:
        kinds = ", ".join(kind.replace("_", " ") for kind in b.abuse_types)
        details.append(f"<b>{_e(_t('Abuse'))}:</b> {_e(kinds)} ({_e(b.abuse_when)})")
    if b.alcohol_or_drugs != NOT_ASKED:
        details.append(f"<b>{_e(_t('Alcohol or drugs'))}:</b> {_e(b.alcohol_or_drugs)}")
    if details:
        page.section(_t("On this call"), details)
    communication = [_strong(line, CAUTION) for line in b.barriers]
    if b.communication_needs:
        communication.append(_e(b.communication_needs))
    if communication:
        page.box(_t("Communication and barriers"), communication, CAUTION_BG, CAUTION)


def _risk(page: _Page, b: Briefing) -> None:
    r = b.risk
    if r is None:
        page.section(_t("Risk assessment"), [_e(_t("Not yet assessed"))])
        return
    colour = RISK_COLOURS.get(r.final_level, MUTED)
    lines = [
        f'<b style="color:{colour};">{_e(r.final_level.upper())}</b> '
        + _e(
            _t("%1 yes (%2), by %3, %4")
            .replace("%1", str(r.yes_count))
            .replace("%2", r.instrument_id)
            .replace("%3", r.officer_collar)
            .replace("%4", _local(r.assessed_at))
        )
    ]
    if r.judgement_level:
        lines.append(f"<b>{_e(_t('Professional judgement'))}:</b> {_e(r.rationale)}")
    if b.marac:
        reasons = "; ".join(m.split(":")[0] for m in b.marac)
        lines.append(_strong(_t("MARAC referral: %1").replace("%1", reasons)))
    page.section(_t("Risk assessment"), lines)


def _previous(page: _Page, b: Briefing) -> None:
    title = _t("Previous incidents (%1 domestic abuse in 12 months)").replace(
        "%1", str(b.previous_da_12m)
    )
    lines = []
    for p in b.previous:
        parts = [f"<b>{_e(p.ref)}</b>", _e(_local(p.opened_at, "%d %b %y"))]
        parts.append(_e(_t("G%1").replace("%1", str(p.grade or "-"))))
        parts.append(_e(_t("DA") if p.domestic_abuse else p.category))
        if p.risk_level not in ("", "none"):
            level = _t("risk %1").replace("%1", p.risk_level.upper())
            colour = RISK_COLOURS.get(p.risk_level, MUTED)
            parts.append(f'<b style="color:{colour};">{_e(level)}</b>')
        if p.children_present:
            parts.append(_e(_t("children")))
        lines.append(" &middot; ".join(parts))
    if b.previous_more:
        lines.append(_e(_t("and %1 more").replace("%1", str(b.previous_more))))
    page.section(title, lines or [_e(_t("None found"))])


def _grading(page: _Page, b: Briefing) -> None:
    lines = []
    if b.recommended_grade is not None:
        lines.append(
            f"<b>{_e(_t('Recommended %1, chosen %2').replace('%1', str(b.recommended_grade)).replace('%2', str(b.chosen_grade)))}</b>"
        )
        if b.grade_rationale:
            lines.append(f"<b>{_e(_t('Why changed'))}:</b> {_e(b.grade_rationale)}")
    if b.grade_reasons:
        # Titles only: the officers need why, in a line; the reasoning is in the incident.
        titles = "; ".join(r.title for r in b.grade_reasons)
        lines.append(f"<b>{_e(_t('Why'))}:</b> {_e(titles)}.")
    page.section(_t("Grade and why"), lines or [_e(_t("No grade decision recorded"))])


def briefing_html(b: Briefing, base_pt: float = SCREEN_BASE_PT) -> str:
    """The whole briefing as HTML for QTextDocument, the most dangerous facts first."""
    page = _Page(base_pt)
    _header(page, b)
    _warnings(page, b)
    _call(page, b)
    _risk(page, b)
    _previous(page, b)
    _grading(page, b)
    page.parts.append(
        f'<p style="margin-top:8px;"><span style="font-size:{page.pt(0.8)}; color:{MUTED};">'
        + _e(
            _t("Briefing built %1 by %2. Restricted: for the attending officers.")
            .replace("%1", _local(b.built_at))
            .replace("%2", b.built_by)
        )
        + "</span></p>"
    )
    return "".join(page.parts)


def briefing_document(b: Briefing, base_pt: float = SCREEN_BASE_PT) -> QTextDocument:
    """A QTextDocument of the briefing (not yet tied to a paint device or a width)."""
    doc = QTextDocument()
    font = QFont()
    font.setPointSizeF(base_pt)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setHtml(briefing_html(b, base_pt))
    doc.setMetaInformation(
        QTextDocument.MetaInformation.DocumentTitle, f"Briefing {b.incident_ref}"
    )
    return doc


def paged_document(b: Briefing, device: QPaintDevice, width: float, height: float) -> QTextDocument:
    """The briefing laid out for ``device`` in pages of ``width`` x ``height`` device pixels.

    The text is shrunk (down to 7.5 pt) until it fits one page; a briefing longer even
    then runs on to further pages, never cutting a line in two.
    """
    doc = None
    for base in PRINT_BASE_PTS:
        doc = briefing_document(b, base)
        doc.documentLayout().setPaintDevice(device)
        doc.setTextWidth(width)
        if doc.size().height() <= height:
            break
    assert doc is not None
    doc.setPageSize(QSizeF(width, height))
    return doc


def render(b: Briefing, device: QPdfWriter | QPrinter) -> int:
    """Paint the briefing on a printer or PDF writer already set up; returns the page count."""
    area = device.pageLayout().paintRectPixels(device.resolution())
    width, height = float(area.width()), float(area.height())
    doc = paged_document(b, device, width, height)
    pages = doc.pageCount()
    painter = QPainter()
    if not painter.begin(device):
        raise BadInput(_t("The briefing could not be drawn on the page (the printer refused it)."))
    try:
        for index in range(pages):
            if index:
                device.newPage()
            painter.save()
            painter.translate(0, -index * height)
            doc.drawContents(painter, QRectF(0, index * height, width, height))
            painter.restore()
    finally:
        painter.end()
    return pages
