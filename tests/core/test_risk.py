"""Risk instruments: scoring at the thresholds, judgement, homicide patterns, MARAC criteria,
the swap, bad files."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from builders import add_incident
from callhandler.domain import risk
from callhandler.domain.datafiles import DataFileError
from callhandler.domain.risk_patterns import prompt_reason
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
PATTERNS = {6, 8, 9, 13, 14, 16, 17, 18, 25}  # the shipped homicide-pattern questions
PHONE = "07700 900444"


@pytest.fixture(scope="module")
def dash() -> risk.Instrument:
    return risk.shipped_instrument()


def answers_with_yes(instrument: risk.Instrument, yes: int) -> dict[object, object]:
    """``yes`` yes answers (serious-harm and homicide-pattern questions last), the rest no."""
    last = SERIOUS | PATTERNS
    order = [q.number for q in instrument.questions if q.number not in last]
    order += sorted(last)
    chosen = set(order[:yes])
    return {q.number: "yes" if q.number in chosen else "no" for q in instrument.questions}


def only_yes(instrument: risk.Instrument, *numbers: int) -> dict[object, object]:
    return {q.number: "yes" if q.number in numbers else "no" for q in instrument.questions}


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
    assert dash.marac.escalation_counts_current_incident is True  # SafeLives: this one counts
    assert dash.version == 2  # the rules changed: assessments say which rules they used
    assert dash.patterns is not None and dash.patterns.at_least == 3
    assert set(dash.patterns.questions) == PATTERNS
    assert {f.id: f.questions for f in dash.patterns.factors}["escalation"] == (13, 14)


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


def test_marac_potential_escalation_counts_this_call_out(dash: risk.Instrument) -> None:
    """SafeLives: three call-outs in 12 months counting this one; two earlier are enough."""
    answers = answers_with_yes(dash, 2)
    one = risk.assess(dash, answers, previous_da_incidents_12m=1)
    two = risk.assess(dash, answers, previous_da_incidents_12m=2)
    assert criteria(one)["potential_escalation"] is False and not one.marac_referral
    assert {c.id: c.reason for c in one.marac}["potential_escalation"].startswith(
        "2 domestic-abuse call-outs in the last 12 months counting this one (1 earlier)"
    )
    alone = risk.assess(dash, answers)
    assert (
        "1 domestic-abuse call-out in the last 12 months counting this one (0 earlier)"
        in ({c.id: c.reason for c in alone.marac}["potential_escalation"])
    )
    assert criteria(two)["potential_escalation"] is True and two.marac_referral
    reason = {c.id: c.reason for c in two.marac}["potential_escalation"]
    assert reason.startswith("3 domestic-abuse call-outs in the last 12 months counting this one")
    assert "(2 earlier)" in reason
    assert two.final_level == "standard"  # escalation refers to MARAC; it does not score


# -- homicide patterns ----------------------------------------------------------------


def test_three_homicide_patterns_prompt_a_judgement_below_fourteen(dash: risk.Instrument) -> None:
    answers = only_yes(dash, 18, 17, 6)  # strangled, threat to kill believed, separated
    live = risk.score(dash, answers)
    assert live.yes_count == 3 and live.level == "medium" and live.prompted
    assert live.patterns is not None and live.patterns.questions == (18, 17, 6)
    assert [f.id for f in live.patterns.fired] == [
        "strangulation",
        "threat_to_kill_believed",
        "separation",
    ]
    words = prompt_reason(live.patterns)
    assert words.startswith("3 homicide patterns (3 or more prompt a judgement): 18 strangulation;")
    assert "17 threat to kill believed; 6 separation. Consider high risk (professional" in words

    with pytest.raises(BadInput, match="consider high risk") as err:
        risk.assess(dash, answers)  # the prompt is a decision: it cannot be passed over
    assert "write why" in str(err.value)

    raised = risk.assess(
        dash,
        answers,
        judgement_level="high",
        rationale="Strangled last week and she believes he will kill her now she has left.",
    )
    assert raised.final_level == "high" and raised.pattern_decision == "raised_to_high"
    assert raised.patterns is not None and raised.patterns.questions == (18, 17, 6)
    judged = {c.id: c for c in raised.marac}["professional_judgement"]
    assert judged.met and raised.marac_referral
    assert judged.reason.startswith("Prompted to consider high risk by 3 homicide patterns")
    assert "Raised to high by professional judgement (MARAC referral)" in judged.reason

    kept = risk.assess(
        dash, answers, rationale="Separation was two years ago; he is in prison until 2027."
    )
    assert kept.final_level == "medium" and kept.pattern_decision == "not_raised"
    judged = {c.id: c for c in kept.marac}["professional_judgement"]
    assert not judged.met and "Not raised to high; the reason is recorded" in judged.reason
    assert kept.rationale.startswith("Separation was two years ago")


def test_three_unrelated_yes_answers_do_not_prompt(dash: risk.Instrument) -> None:
    result = risk.assess(dash, only_yes(dash, 2, 4, 23))  # frightened, isolated, money
    assert result.yes_count == 3 and not result.score.prompted
    assert result.patterns is not None and result.patterns.fired == ()
    assert result.pattern_decision == "" and result.final_level == "standard"


def test_escalation_is_one_pattern_whatever_its_two_questions_say(dash: risk.Instrument) -> None:
    two_patterns = risk.score(dash, only_yes(dash, 13, 14, 18))  # more often, worse, strangled
    assert two_patterns.patterns is not None and len(two_patterns.patterns.fired) == 2
    assert two_patterns.patterns.questions == (18, 13, 14) and not two_patterns.prompted
    three = risk.score(dash, only_yes(dash, 13, 14, 18, 25))
    assert three.prompted and three.patterns is not None
    assert "13 and 14 escalation (more often or worse)" in three.patterns.describe()


def test_patterns_do_not_prompt_when_the_count_already_gives_high(dash: risk.Instrument) -> None:
    answers = answers_with_yes(dash, 13) | {18: "yes", 17: "yes", 6: "yes"}
    result = risk.assess(dash, answers)  # 16 yes: high; nothing left for judgement to raise
    assert result.final_level == "high" and not result.score.prompted
    assert result.patterns is not None and result.patterns.questions == (18, 17, 6)
    assert result.pattern_decision == ""


# -- another instrument ---------------------------------------------------------------


def test_another_instrument_loads_from_a_dropped_file_and_scores_by_its_own_rules(
    tmp_path: Path,
) -> None:
    short = risk.load_instrument(DATA / "coercive_control_short.yaml")
    assert (short.id, short.version, len(short.questions)) == ("coercive_control_short", 3, 6)
    yes4 = {1: "yes", 2: "yes", 4: "yes", 5: "yes", 3: "no", 6: "no"}
    assert risk.assess(short, yes4).final_level == "high"
    assert risk.assess(short, {**yes4, 4: "no", 5: "no"}).final_level == "medium"
    # This instrument counts earlier call-outs only, and five of them.
    assert short.marac.escalation_counts_current_incident is False and short.patterns is None
    four = risk.assess(short, yes4, previous_da_incidents_12m=4)
    assert criteria(four)["potential_escalation"] is False
    assert (
        "4 earlier domestic-abuse call-outs in the last 12 months (this one not counted)"
        in ({c.id: c.reason for c in four.marac}["potential_escalation"])
    )
    five = risk.assess(short, yes4, previous_da_incidents_12m=5)
    assert criteria(five)["potential_escalation"] is True

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
WITH_PATTERNS = (
    VALID
    + """homicide_patterns:
  title: Homicide patterns
  at_least: 2
  explanation: Both together prompt a judgement.
  factors:
    - {id: first, title: the first, questions: [1]}
    - {id: second, title: the second, questions: [2]}
"""
)
PATTERN_NO_QUESTION = WITH_PATTERNS.replace("questions: [2]}", "questions: [9]}")
PATTERN_TWICE = WITH_PATTERNS.replace("questions: [2]}", "questions: [1]}")
PATTERN_TOO_MANY = WITH_PATTERNS.replace("at_least: 2", "at_least: 3")
PATTERN_UNKNOWN_KEY = WITH_PATTERNS.replace("at_least: 2", "at_least: 2\n  at_most: 4")


def test_the_valid_base_of_the_broken_files_loads(tmp_path: Path) -> None:
    path = tmp_path / "small.yaml"
    path.write_text(VALID, encoding="utf-8")
    small = risk.load_instrument(path)
    assert small.follow_ups_for(1)[0].id == "1a" and small.patterns is None
    assert small.marac.escalation_counts_current_incident is True  # SafeLives when not said
    path.write_text(WITH_PATTERNS, encoding="utf-8")
    patterned = risk.load_instrument(path)
    assert patterned.patterns is not None and patterned.patterns.questions == (1, 2)
    assert risk.score(patterned, {1: "yes", 2: "no"}).prompted is False
    assert risk.score(patterned, {1: "yes", 2: "yes"}).level == "high"  # high: nothing to raise


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        (BROKEN_YAML, 7, "not valid YAML"),
        (DUPLICATE, 8, "question number 1 is used twice"),
        (UNKNOWN_FOLLOW_UP, 13, "attached to question 7, which does not exist"),
        (TOO_HIGH, 15, "only 2 questions"),
        (PATTERN_NO_QUESTION, 23, "names question 9, which does not exist"),
        (PATTERN_TWICE, 23, "question 1 is in factor 'first' and 'second'"),
        (PATTERN_TOO_MANY, 19, "at_least is 3 but only 2 factors are listed"),
        (PATTERN_UNKNOWN_KEY, 17, "'at_most' was unexpected"),
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


def test_two_earlier_da_incidents_plus_this_one_meet_potential_escalation(
    db: Database, dash: risk.Instrument
) -> None:
    """SafeLives: 3 call-outs in 12 months INCLUDING the current one; it is counted once."""
    staff = make_staff(db)
    now = dt.datetime.now(dt.UTC)
    for n, days in enumerate((20, 200)):
        add_incident(db, f"R-{n}", days_ago=days, phone=PHONE, now=now)
    add_incident(db, "R-old", days_ago=400, phone=PHONE, now=now)  # outside 12 months
    add_incident(  # at the number, but not domestic abuse: not a DA call-out
        db, "R-noise", days_ago=30, phone=PHONE, category="noise", domestic_abuse=False, now=now
    )
    row = new_incident(db, staff.handler, PHONE)
    with db.write() as session:  # this call is domestic abuse too: it must not count twice
        session.execute(update(Incident).where(Incident.id == row.id).values(domestic_abuse=True))
    result = risk_service.record_assessment(
        db, staff.handler, row.id, row.version, answers_with_yes(dash, 2), officer_collar="PC1"
    ).result
    escalation = {c.id: c for c in result.marac}["potential_escalation"]
    assert escalation.met and result.marac_referral and result.final_level == "standard"
    assert escalation.reason.startswith(
        "3 domestic-abuse call-outs in the last 12 months counting this one (2 earlier)"
    )
    stored = risk_service.latest_assessment(db, staff.handler, row.id)
    assert stored is not None and stored.previous_da_12m == 2  # earlier ones, as stored
    assert "Potential escalation: 3 domestic-abuse call-outs" in " ".join(stored.marac_reasons)


def test_one_earlier_incident_is_not_escalation_and_judgement_high_is(
    db: Database, dash: risk.Instrument
) -> None:
    staff = make_staff(db)
    now = dt.datetime.now(dt.UTC)
    add_incident(db, "R-0", days_ago=20, phone=PHONE, now=now)
    add_incident(db, "R-old", days_ago=380, phone=PHONE, now=now)
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


def test_the_homicide_pattern_prompt_and_decision_are_stored_for_the_inspector(
    db: Database, dash: risk.Instrument
) -> None:
    staff = make_staff(db)
    row = new_incident(db, staff.handler, PHONE)
    answers = only_yes(dash, 18, 17, 6)
    with pytest.raises(BadInput, match="consider high risk"):  # no decision: nothing stored
        risk_service.record_assessment(
            db, staff.handler, row.id, row.version, answers, officer_collar="PC1"
        )
    recorded = risk_service.record_assessment(
        db,
        staff.handler,
        row.id,
        row.version,
        answers,
        "high",
        "Hands round her neck on Friday; she left him and believes he will kill her.",
        officer_collar="PC4521",
    )
    result = recorded.result
    assert result.patterns is not None and result.patterns.questions == (18, 17, 6)
    assert result.pattern_decision == "raised_to_high" and result.final_level == "high"
    assert criteria(result)["professional_judgement"] and result.marac_referral

    stored = risk_service.latest_assessment(db, staff.handler, row.id)
    assert stored is not None and stored.patterns == result.patterns
    assert stored.pattern_decision == "raised_to_high" and stored.yes_count == 3
    assert stored.computed_level == "medium" and stored.final_level == "high"
    assert stored.pattern_prompt.startswith(
        "Prompted to consider high risk by 3 homicide patterns: 18 strangulation; "
        "17 threat to kill believed; 6 separation. Raised to high by professional judgement"
    )
    assert "h1's reason: \u201cHands round her neck on Friday" in stored.pattern_prompt
    with db.read() as session:
        detail = session.execute(
            select(AuditEvent.detail).where(AuditEvent.action == "risk_assessment")
        ).scalar_one()
    audited = json.loads(detail)["homicide_patterns"]
    assert audited["questions"] == [18, 17, 6] and audited["decision"] == "raised_to_high"
    assert audited["prompted"] is True and audited["at_least"] == 3

    # A reassessment that keeps the level: the decision and its reason are stored too.
    kept = risk_service.record_assessment(
        db,
        staff.handler,
        row.id,
        recorded.version,
        answers,
        rationale="Separation and threat were in 2019; he has since moved abroad.",
        officer_collar="PC4521",
    ).stored
    assert kept.pattern_decision == "not_raised" and kept.final_level == "medium"
    assert "Not raised to high; the reason is recorded. h1's reason:" in kept.pattern_prompt
    first, second = risk_service.assessments_for(db, staff.handler, row.id)
    assert (first.pattern_decision, second.pattern_decision) == ("raised_to_high", "not_raised")


def test_an_assessment_stored_before_the_prompt_existed_still_reads(
    db: Database, dash: risk.Instrument
) -> None:
    staff = make_staff(db)
    row = new_incident(db, staff.handler, PHONE)
    recorded = risk_service.record_assessment(
        db, staff.handler, row.id, row.version, answers_with_yes(dash, 2), officer_collar="PC1"
    )
    old_form = [
        {"id": "visible_high_risk", "title": "Visible high risk", "met": False, "reason": "2"}
    ]
    with db.write() as session:
        session.execute(
            update(RiskAssessment)
            .where(RiskAssessment.id == recorded.stored.id)
            .values(marac_json=json.dumps(old_form))
        )
    stored = risk_service.latest_assessment(db, staff.handler, row.id)
    assert stored is not None and [c.id for c in stored.marac] == ["visible_high_risk"]
    assert stored.patterns is None and stored.pattern_decision == "" and stored.pattern_prompt == ""


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
