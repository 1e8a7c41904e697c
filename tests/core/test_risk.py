"""Risk instruments: scoring at the thresholds, judgement, MARAC criteria, the swap, bad files."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from builders import add_incident
from callhandler.domain import risk
from callhandler.domain.datafiles import DataFileError
from callhandler.errors import BadInput, PermissionDenied
from callhandler.services import risk as risk_service
from callhandler.services.context import system_actor
from callhandler.services.history import HistoryQuery, find_previous_calls
from callhandler.services.incident_changes import ConcurrentChange
from callhandler.storage.engine import Database
from callhandler.storage.models import AuditEvent, Incident
from callhandler.storage.risk_models import RiskAssessment
from closure_helpers import make_staff, new_incident

DATA = Path(__file__).parent.parent / "data" / "instruments"
SERIOUS = {14, 16, 17, 18}
PHONE = "07700 900444"


@pytest.fixture(scope="module")
def dash() -> risk.Instrument:
    return risk.shipped_instrument()


def answers_with_yes(
    instrument: risk.Instrument, yes: int, *, avoid_serious: bool = True
) -> dict[object, object]:
    """``yes`` yes answers (serious-harm questions last), the rest no."""
    order = [q.number for q in instrument.questions if not (avoid_serious and q.number in SERIOUS)]
    order += [n for n in sorted(SERIOUS) if avoid_serious]
    chosen = set(order[:yes])
    return {q.number: "yes" if q.number in chosen else "no" for q in instrument.questions}


def criteria(result: risk.RiskResult) -> dict[str, bool]:
    return {c.id: c.met for c in result.marac}


# -- the shipped instrument -----------------------------------------------------------


def test_dash_has_27_numbered_questions_and_the_stalking_and_hbv_follow_ups(
    dash: risk.Instrument,
) -> None:
    assert [q.number for q in dash.questions] == list(range(1, 28))
    assert dash.question(18).topic == "strangulation"
    assert len(dash.follow_ups_for(8)) >= 5  # stalking
    assert len(dash.follow_ups_for(20)) >= 3  # so-called honour-based violence
    assert dash.scoring.high_at_yes == 14 and set(dash.scoring.medium_if_yes_to) == SERIOUS
    assert dash.marac.escalation_incidents_12m == 3


# -- scoring --------------------------------------------------------------------------


def test_13_yes_is_medium_and_14_yes_is_visible_high_risk(dash: risk.Instrument) -> None:
    thirteen = risk.assess(dash, answers_with_yes(dash, 13))
    assert thirteen.yes_count == 13 and thirteen.final_level == "medium"
    assert criteria(thirteen)["visible_high_risk"] is False
    fourteen = risk.assess(dash, answers_with_yes(dash, 14))
    assert fourteen.yes_count == 14 and fourteen.final_level == "high"
    assert criteria(fourteen)["visible_high_risk"] is True and fourteen.marac_referral
    assert "14 or more" in fourteen.score.reasons[0]


def test_the_medium_rule_is_a_count_or_a_serious_harm_question(dash: risk.Instrument) -> None:
    assert risk.assess(dash, answers_with_yes(dash, 9)).final_level == "standard"
    assert risk.assess(dash, answers_with_yes(dash, 10)).final_level == "medium"
    strangled = {q.number: "no" for q in dash.questions} | {18: "yes"}
    result = risk.assess(dash, strangled)
    assert result.yes_count == 1 and result.final_level == "medium"
    assert "18 (strangulation)" in " ".join(result.score.reasons)


def test_every_question_needs_an_answer_and_not_known_is_one(dash: risk.Instrument) -> None:
    answers: dict[object, object] = {q.number: "not known" for q in dash.questions}
    result = risk.assess(dash, answers)
    assert result.score.not_known_count == 27 and result.final_level == "standard"
    assert any("not known" in r for r in result.score.reasons)
    del answers[5]
    with pytest.raises(BadInput, match="still to answer 5"):
        risk.assess(dash, answers)
    with pytest.raises(BadInput, match="no question '99'"):
        risk.assess(dash, {**answers, 5: "no", "99": "yes"})
    with pytest.raises(BadInput, match="Question 5"):
        risk.assess(dash, {**answers, 5: "maybe"})


def test_follow_ups_count_only_when_their_question_is_yes(dash: risk.Instrument) -> None:
    answers = answers_with_yes(dash, 0)
    answers["8a"] = "yes"
    assert "8a" not in risk.assess(dash, answers).answers  # question 8 is no: not asked
    answers[8] = "yes"
    result = risk.assess(dash, answers)
    assert result.answers["8a"] == "yes" and result.yes_count == 1  # follow-ups do not score


# -- professional judgement -----------------------------------------------------------


def test_judgement_raises_the_level_with_a_rationale(dash: risk.Instrument) -> None:
    result = risk.assess(
        dash,
        answers_with_yes(dash, 3),
        judgement_level="high",
        rationale="Victim minimises; neighbours report nightly screaming.",
    )
    assert result.computed_level == "standard" and result.final_level == "high"
    assert result.raised_by_judgement and criteria(result)["professional_judgement"] is True


def test_judgement_never_lowers_the_level(dash: risk.Instrument) -> None:
    with pytest.raises(BadInput, match="never lower it") as err:
        risk.assess(
            dash,
            answers_with_yes(dash, 15),
            judgement_level="medium",
            rationale="She says it was a one-off argument.",
        )
    assert "the answers give high" in str(err.value)


def test_judgement_needs_a_rationale_of_ten_characters(dash: risk.Instrument) -> None:
    for rationale in ("", "   ", "too short"):
        with pytest.raises(BadInput, match="at least 10 characters"):
            risk.assess(
                dash, answers_with_yes(dash, 2), judgement_level="medium", rationale=rationale
            )
    with pytest.raises(BadInput, match="not a risk level"):
        risk.assess(dash, answers_with_yes(dash, 2), judgement_level="severe", rationale="x" * 20)


# -- MARAC ----------------------------------------------------------------------------


def test_marac_potential_escalation_at_three_earlier_incidents(dash: risk.Instrument) -> None:
    answers = answers_with_yes(dash, 2)
    two = risk.assess(dash, answers, previous_da_incidents_12m=2)
    three = risk.assess(dash, answers, previous_da_incidents_12m=3)
    assert criteria(two)["potential_escalation"] is False and not two.marac_referral
    assert criteria(three)["potential_escalation"] is True and three.marac_referral
    assert three.final_level == "standard"  # escalation refers to MARAC; it does not score


# -- another instrument ---------------------------------------------------------------


def test_another_instrument_loads_from_a_dropped_file_and_scores_by_its_own_rules(
    tmp_path: Path,
) -> None:
    short = risk.load_instrument(DATA / "coercive_control_short.yaml")
    assert (short.id, short.version, len(short.questions)) == ("coercive_control_short", 3, 6)
    yes4 = {1: "yes", 2: "yes", 4: "yes", 5: "yes", 3: "no", 6: "no"}
    assert risk.assess(short, yes4).final_level == "high"
    assert risk.assess(short, {**yes4, 4: "no", 5: "no"}).final_level == "medium"
    assert (
        criteria(risk.assess(short, yes4, previous_da_incidents_12m=4))["potential_escalation"]
        is False
    )  # this instrument's threshold is 5

    folder = tmp_path / "instruments"
    folder.mkdir()
    (folder / "ours.yaml").write_bytes((DATA / "coercive_control_short.yaml").read_bytes())
    ids = [i.id for i in risk.available_instruments(folder)]
    assert ids == ["dash2009", "coercive_control_short"]
    assert risk.instrument_by_id("coercive_control_short", folder).title == short.title


BROKEN_YAML = """id: broken
version: 1
title: Broken
questions:
  - number: 1
    topic: first
   text: Mis-indented question?
"""

VALID = """id: small
version: 1
title: Two questions
questions:
  - number: 1
    topic: first
    text: First question?
  - number: 2
    topic: second
    text: Second question?
follow_ups:
  - id: 1a
    after: 1
    text: Fine follow-up?
scoring: {high_at_yes: 2, medium_at_yes: 1, medium_if_yes_to: [], explanation: Count only.}
marac: {visible_high_risk_at_yes: 2, escalation_incidents_12m: 3}
"""
DUPLICATE = VALID.replace("  - number: 2\n", "  - number: 1\n")
UNKNOWN_FOLLOW_UP = VALID.replace("    after: 1\n", "    after: 7\n")
TOO_HIGH = VALID.replace("high_at_yes: 2,", "high_at_yes: 30,")


def test_the_valid_base_of_the_broken_files_loads(tmp_path: Path) -> None:
    path = tmp_path / "small.yaml"
    path.write_text(VALID, encoding="utf-8")
    assert risk.load_instrument(path).follow_ups_for(1)[0].id == "1a"


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        (BROKEN_YAML, 7, "not valid YAML"),
        (DUPLICATE, 8, "question number 1 is used twice"),
        (UNKNOWN_FOLLOW_UP, 13, "attached to question 7, which does not exist"),
        (TOO_HIGH, 15, "only 2 questions"),
    ],
)
def test_a_broken_instrument_is_refused_whole_with_file_and_line(
    tmp_path: Path, text: str, line: int, words: str
) -> None:
    path = tmp_path / "force.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        risk.load_instrument(path)
    assert err.value.first_line == line
    assert words in str(err.value)
    assert str(path) in str(err.value) and "the whole file was refused" in str(err.value)
    with pytest.raises(DataFileError):  # a broken dropped file is refused, not skipped
        risk.available_instruments(tmp_path)


# -- recording ------------------------------------------------------------------------


def test_recording_sets_the_incident_level_which_later_calls_see(
    db: Database, dash: risk.Instrument
) -> None:
    staff = make_staff(db)
    row = new_incident(db, staff.handler, PHONE)
    recorded = risk_service.record_assessment(
        db,
        staff.handler,
        row.id,
        row.version,
        answers_with_yes(dash, 14),
        officer_collar="pc 4521",
        notes={16: "Kitchen knife, now in the sink"},
    )
    assert recorded.result.final_level == "high" and recorded.version > row.version
    stored = risk_service.latest_assessment(db, staff.handler, row.id)
    assert stored is not None and stored.officer_collar == "PC4521"
    assert stored.final_level == "high" and stored.yes_count == 14 and stored.marac_referral
    assert stored.notes["16"].startswith("Kitchen knife")
    assert stored.answers["1"] == "yes" and stored.instrument_id == "dash2009"
    with db.read() as session:
        assert session.get(Incident, row.id).risk_level == "high"  # type: ignore[union-attr]
        detail = session.execute(
            select(AuditEvent.detail).where(AuditEvent.action == "risk_assessment")
        ).scalar_one()
    assert json.loads(detail)["final_level"] == "high"
    later = find_previous_calls(db, staff.handler2, HistoryQuery(phone=PHONE))
    assert later.summary.last_risk_level == "high"


def test_three_earlier_da_incidents_meet_potential_escalation_not_counting_this_one(
    db: Database, dash: risk.Instrument
) -> None:
    staff = make_staff(db)
    now = dt.datetime.now(dt.UTC)
    for n, days in enumerate((20, 90, 200)):
        add_incident(db, f"R-{n}", days_ago=days, phone=PHONE, now=now)
    add_incident(db, "R-old", days_ago=400, phone=PHONE, now=now)  # outside 12 months
    row = new_incident(db, staff.handler, PHONE)
    with db.write() as session:  # this call is domestic abuse too: it must not count itself
        session.execute(update(Incident).where(Incident.id == row.id).values(domestic_abuse=True))
    result = risk_service.record_assessment(
        db, staff.handler, row.id, row.version, answers_with_yes(dash, 2), officer_collar="PC1"
    ).result
    assert criteria(result)["potential_escalation"] is True
    assert result.final_level == "standard" and result.marac_referral
    assert risk_service.latest_assessment(db, staff.handler, row.id).previous_da_12m == 3  # type: ignore[union-attr]


def test_two_earlier_incidents_are_not_escalation_and_judgement_high_is(
    db: Database, dash: risk.Instrument
) -> None:
    staff = make_staff(db)
    now = dt.datetime.now(dt.UTC)
    for n, days in enumerate((20, 90)):
        add_incident(db, f"R-{n}", days_ago=days, phone=PHONE, now=now)
    row = new_incident(db, staff.handler, PHONE)
    recorded = risk_service.record_assessment(
        db,
        staff.handler,
        row.id,
        row.version,
        answers_with_yes(dash, 5),
        "high",
        "Separated last week and he has a new address nearby.",
        officer_collar="PC1",
    )
    met = criteria(recorded.result)
    assert met["potential_escalation"] is False and met["professional_judgement"] is True
    assert (
        recorded.stored.judgement_level == "high" and recorded.stored.computed_level == "standard"
    )


def test_a_refused_assessment_stores_nothing_and_consults_nothing(
    db: Database, dash: risk.Instrument
) -> None:
    staff = make_staff(db)
    row = new_incident(db, staff.handler, PHONE)
    with pytest.raises(BadInput, match="never lower"):
        risk_service.record_assessment(
            db,
            staff.handler,
            row.id,
            row.version,
            answers_with_yes(dash, 14),
            "standard",
            "The victim does not want any help.",
            officer_collar="PC1",
        )
    with pytest.raises(BadInput, match="collar"):
        risk_service.record_assessment(
            db, staff.handler, row.id, row.version, answers_with_yes(dash, 1), officer_collar="?"
        )
    with pytest.raises(PermissionDenied):
        risk_service.record_assessment(
            db, system_actor(), row.id, row.version, answers_with_yes(dash, 1), officer_collar="PC1"
        )
    with pytest.raises(ConcurrentChange):
        risk_service.record_assessment(
            db,
            staff.handler,
            row.id,
            row.version + 5,
            answers_with_yes(dash, 1),
            officer_collar="PC1",
        )
    with db.read() as session:
        assert session.execute(select(func.count()).select_from(RiskAssessment)).scalar_one() == 0
        consultations = session.execute(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "consultation")
        ).scalar_one()
    assert consultations == 1  # only the stale-version attempt got as far as the history


def test_a_swapped_instrument_is_recorded_with_its_id_and_version(db: Database) -> None:
    staff = make_staff(db)
    row = new_incident(db, staff.handler, PHONE)
    short = risk.load_instrument(DATA / "coercive_control_short.yaml")
    answers = {1: "yes", 2: "yes", 3: "no", 4: "yes", 5: "yes", 6: "yes", "6a": "no"}
    recorded = risk_service.record_assessment(
        db, staff.handler, row.id, row.version, answers, officer_collar="PC1", instrument=short
    )
    stored = recorded.stored
    assert (stored.instrument_id, stored.instrument_version) == ("coercive_control_short", 3)
    assert stored.final_level == "high" and stored.answers["6a"] == "no"
    assert [a.id for a in risk_service.assessments_for(db, staff.handler, row.id)] == [stored.id]


def test_an_instrument_dropped_into_the_config_folder_is_installed(private_folders: Path) -> None:
    folder = private_folders / "config" / "instruments"
    folder.mkdir(parents=True)
    (folder / "force.yaml").write_bytes((DATA / "coercive_control_short.yaml").read_bytes())
    ids = [i.id for i in risk_service.installed_instruments()]
    assert ids == ["dash2009", "coercive_control_short"]


def test_the_assessment_answers_the_closure_checklists_risk_questions(
    db: Database, dash: risk.Instrument
) -> None:
    from callhandler.services import closure, lifecycle

    staff = make_staff(db)
    row = new_incident(db, staff.handler)
    version = lifecycle.dispatch(db, staff.handler, row.id, row.version, grade=1, officers=["PC1"])
    version = lifecycle.record_attendance(db, staff.handler, row.id, version, officer="PC1")
    before = closure.closure_view(db, staff.handler, row.id)
    assert "risk_assessment_completed" in before.checklist_status.missing
    risk_service.record_assessment(
        db, staff.handler, row.id, version, answers_with_yes(dash, 14), officer_collar="PC1"
    )
    after = closure.closure_view(db, staff.handler, row.id)
    assert after.answers["risk_level"].value == "high"
    assert after.answers["risk_level"].officer_collar == "PC1"
    assert "risk_assessment_completed" not in after.checklist_status.missing
    assert {"idva_referral", "marac_referral"} <= set(after.checklist_status.missing)
