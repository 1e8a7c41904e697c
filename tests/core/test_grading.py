"""The grading policy: properties over random facts and histories, the definition of
domestic abuse, policy files refused with file and line, and the override rules."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from callhandler.domain.datafiles import DataFileError, resource
from callhandler.domain.facts import CANONICAL, Facts
from callhandler.domain.grading import EMPTY_HISTORY, Recommendation, choose_grade, recommend
from callhandler.domain.history import (
    MARKER_LABELS,
    HistoryCounts,
    HistorySummary,
    MarkerView,
    summarise,
)
from callhandler.domain.policy import load_policy_file, shipped_policy
from callhandler.errors import BadInput

POLICY = shipped_policy()
SET_AT = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def grade(facts: Mapping[str, object], history: HistorySummary | None = None) -> Recommendation:
    return recommend(Facts(facts), history, POLICY)


def history(
    da_12m: int = 0,
    *,
    markers: tuple[tuple[str, str], ...] = (),
    serial: tuple[str, ...] = (),
    children: bool = False,
    last_risk: str | None = None,
    other_12m: int = 0,
) -> HistorySummary:
    counts = HistoryCounts(
        total=da_12m + other_12m,
        incidents_12m=da_12m + other_12m,
        domestic_abuse_12m=da_12m,
        children_ever=children,
        last_risk_level=last_risk,
        last_risk_at=SET_AT if last_risk else None,
    )
    views = [
        MarkerView(kind, MARKER_LABELS.get(kind, kind), "", on, f"{on}-1", "test", SET_AT, None)
        for kind, on in markers
    ]
    return summarise(counts, views, serial)


# -- hypothesis: monotonic, never grade 4 for DA, reasons point at what exists ------------


@st.composite
def fact_sets(draw: st.DrawFn) -> Facts:
    values: dict[str, object] = {}
    for fact_id, spec in CANONICAL.items():
        if not draw(st.booleans()):
            continue
        if spec.kind == "list":
            values[fact_id] = draw(st.lists(st.sampled_from(spec.values), unique=True, max_size=4))
        else:
            values[fact_id] = draw(st.sampled_from(spec.values))
    return Facts(values)


@st.composite
def histories(draw: st.DrawFn) -> HistorySummary:
    markers = draw(
        st.lists(
            st.tuples(
                st.sampled_from(sorted(MARKER_LABELS)),
                st.sampled_from(["address", "phone", "person"]),
            ),
            max_size=3,
            unique=True,
        )
    )
    return history(
        draw(st.integers(0, 5)),
        markers=tuple(markers),
        serial=tuple(draw(st.lists(st.sampled_from(["Sam Example", "Alex Sample"]), unique=True))),
        children=draw(st.booleans()),
        last_risk=draw(st.sampled_from([None, "none", "standard", "medium", "high"])),
        other_12m=draw(st.integers(0, 3)),
    )


def one_more_da_incident(summary: HistorySummary) -> HistorySummary:
    counts = HistoryCounts(
        summary.total_incidents + 1,
        summary.incidents_12m + 1,
        summary.domestic_abuse_12m + 1,
        summary.children_previously_present,
        summary.last_risk_level,
        summary.last_risk_at,
    )
    return summarise(counts, summary.markers, summary.serial_perpetrators)


RISK_FACTS = [
    ("weapon", "yes"),
    ("strangulation", "yes"),
    ("threat_to_kill", "yes"),
    ("children_present", "yes"),
    ("order_or_bail_breached", "yes"),
    ("injury", "serious"),
    # the judgement additions: what is happening now, and the homicide risk factors
    ("suspect_present", "yes"),
    ("suspect_location", "outside_or_nearby"),
    ("suspect_location", "on_the_way"),
    ("suspect_contacting_now", "yes"),
    ("order_or_bail_in_force", "yes"),
    ("caller_can_speak_freely", "no"),
    ("call_type", "cut_off"),
    ("abuse_when", "now"),
    ("weapon_when", "now"),
    ("strangulation_when", "today"),
    ("threat_to_kill_when", "now"),
    ("sexual_assault_when", "today"),
    ("firearms_access", "yes"),
    ("suspect_suicide_threat", "yes"),
    ("separation", "yes"),
    ("pregnant_or_new_baby", "yes"),
    ("children_taken", "yes"),
    ("children_live_there", "yes"),
    ("abuse_types", "+sexual"),
    ("abuse_types", "+stalking_harassment"),
    ("abuse_types", "+psychological"),
    ("coercive_behaviours", "+restricting_movement"),
]


def with_danger(facts: Facts, fact_id: str, value: str) -> Facts:
    """The facts with one more danger: a list gains the value, a choice takes it."""
    if value.startswith("+"):
        current = facts.get(fact_id)
        listed = list(current) if isinstance(current, tuple) else []
        return facts.with_value(fact_id, [*listed, value[1:]])
    return facts.with_value(fact_id, value)


@settings(max_examples=600, deadline=None)
@given(
    facts=fact_sets(), summary=histories(), added=st.sampled_from([*RISK_FACTS, ("history", "+1")])
)
def test_adding_a_risk_never_makes_the_grade_less_urgent(
    facts: Facts, summary: HistorySummary, added: tuple[str, str]
) -> None:
    before = recommend(facts, summary, POLICY)
    if added[0] == "history":
        after = recommend(facts, one_more_da_incident(summary), POLICY)
    else:
        after = recommend(with_danger(facts, *added), summary, POLICY)
    assert after.grade <= before.grade, (added, before.reasons, after.reasons)
    assert after.policy_floor <= before.policy_floor
    if facts.get("injury") in (None, "none", "unknown"):
        minor = recommend(facts.with_value("injury", "minor"), summary, POLICY)
        assert minor.grade <= before.grade
        assert (
            recommend(facts.with_value("injury", "serious"), summary, POLICY).grade <= minor.grade
        )


def _cause_exists(cause: object, facts: Facts, summary: HistorySummary, rule: str) -> bool:
    kind, item, value = cause.kind, cause.item, cause.value  # type: ignore[attr-defined]
    if kind == "fact":
        return isinstance(value, str) and facts.has(item, value)
    if kind == "history":
        return bool(getattr(summary, item) == value)
    if kind == "marker":
        return any(
            (m.marker_type, m.on, m.target) == (item, cause.on, cause.target)  # type: ignore[attr-defined]
            for m in summary.markers
        )
    return rule == "default_grade"  # only the default may point at the policy itself


@settings(max_examples=300, deadline=None)
@given(facts=fact_sets(), summary=histories())
def test_every_recommendation_has_reasons_that_point_at_facts_or_history_that_exist(
    facts: Facts, summary: HistorySummary
) -> None:
    rec = recommend(facts, summary, POLICY)
    assert rec.reasons
    assert 1 <= rec.grade <= rec.policy_floor <= 4
    assert rec.grade_name == POLICY.grade(rec.grade).name
    for reason in rec.reasons:
        assert reason.causes, reason.rule
        for cause in reason.causes:
            assert _cause_exists(cause, facts, summary, reason.rule), (reason.rule, cause)
    if rec.domestic_abuse:
        assert rec.grade <= 2 and rec.policy_floor <= 3
        assert rec.dash_required
    grading_rules = [r for r in rec.reasons if r.grade is not None]
    assert min(r.grade for r in grading_rules if r.grade) >= rec.grade


@settings(max_examples=200, deadline=None)
@given(facts=fact_sets(), summary=histories())
def test_domestic_abuse_is_never_grade_4_even_when_the_default_is_4(
    facts: Facts, summary: HistorySummary
) -> None:
    lenient = dataclasses.replace(POLICY, default_grade=4, default_floor=4)
    rec = recommend(facts, summary, lenient)
    if rec.domestic_abuse:
        assert rec.grade < 4 and rec.policy_floor < 4
    if rec.grade == 4:
        assert rec.officers_recommended == 0


# -- the definition of domestic abuse ----------------------------------------------------


@pytest.mark.parametrize(
    "facts",
    [
        {"relationship": "intimate_partner", "abuse_types": ["coercive_control"]},
        {"relationship": "ex_partner", "abuse_types": ["coercive_control"]},
        {
            "relationship": "family_member",
            "victim_16_or_over": "yes",
            "suspect_16_or_over": "yes",
            "abuse_types": ["coercive_control"],
        },
        {"relationship": "intimate_partner", "abuse_types": ["emotional"]},
        {"relationship": "intimate_partner", "abuse_types": ["psychological"]},
        {"relationship": "family_member", "coercive_behaviours": ["isolation"]},
        {"relationship": "intimate_partner", "abuse_types": ["financial"]},
    ],
)
def test_control_and_emotional_abuse_alone_are_domestic_abuse(facts: dict[str, object]) -> None:
    rec = grade(facts)
    assert rec.domestic_abuse
    assert rec.grade == 2 and rec.grade_name == "Priority"
    assert rec.dash_required
    reason = rec.reason("domestic_abuse")
    assert reason is not None
    assert any(c.item == "relationship" for c in reason.causes)
    if "coercive_behaviours" in facts or "coercive_control" in facts.get("abuse_types", []):  # type: ignore[operator]
        assert "coercive_control" in rec.abuse_types


def test_unknown_age_counts_as_possibly_16_but_no_rules_it_out() -> None:
    base = {"relationship": "family_member", "abuse_types": ["physical"]}
    assert grade({**base, "victim_16_or_over": "unknown"}).domestic_abuse
    assert grade(base).domestic_abuse
    child = grade({**base, "victim_16_or_over": "no", "suspect_16_or_over": "yes"})
    assert not child.domestic_abuse
    assert child.grade == 2
    assert "child_safeguarding" in child.flag_ids
    assert not child.dash_required


def test_not_domestic_abuse_without_a_relationship_or_behaviour() -> None:
    assert not grade({"relationship": "other", "abuse_types": ["physical"]}).domestic_abuse
    assert not grade({"relationship": "intimate_partner"}).domestic_abuse
    assert not grade({"relationship": "intimate_partner", "abuse_types": []}).domestic_abuse


def test_nothing_urgent_gets_the_default_with_a_reason() -> None:
    rec = grade({"call_type": "normal", "relationship": "other"})
    assert rec.grade == 3 and rec.policy_floor == 4
    assert [r.rule for r in rec.reasons] == ["default_grade"]
    assert "default" in rec.reasons[0].text
    assert rec.officers_recommended == 1


def test_repeat_victim_is_one_grade_more_urgent_and_three_means_marac() -> None:
    da = {"relationship": "intimate_partner", "abuse_types": ["emotional"]}
    assert grade(da, EMPTY_HISTORY).grade == 2
    once = grade(da, history(1))
    assert once.grade == 1 and "repeat_victim" in once.flag_ids and not once.marac_consideration
    neighbour = grade({"relationship": "other"}, history(1))
    assert neighbour.grade == 3  # a noise complaint is not upgraded by domestic-abuse history
    assert "repeat_victim" not in neighbour.flag_ids
    third = grade(da, history(2))  # two earlier call-outs plus this one (SafeLives counts it)
    assert third.grade == 1 and third.marac_consideration
    assert third.reason("potential_escalation") is not None
    assert "this call counts" in third.reason("potential_escalation").text  # type: ignore[union-attr]
    assert not grade({"relationship": "other"}, history(2)).marac_consideration
    three = grade({"relationship": "other"}, history(3))
    assert three.grade == 1 and three.marac_consideration
    assert "marac_consideration" in three.flag_ids
    label = dict((f.id, f.label) for f in three.flags)["marac_consideration"]
    assert label == "MARAC referral to be considered (potential escalation)"


def test_dash_policy_option_keeps_the_2014_rule_available_but_not_default() -> None:
    assert POLICY.dash_policy == "all_domestic_abuse"
    old = dataclasses.replace(POLICY, dash_policy="crime_or_previous_12m")
    first = Facts({"relationship": "intimate_partner", "abuse_types": ["coercive_control"]})
    assert recommend(first, None, POLICY).dash_required
    assert not recommend(first, None, old).dash_required
    assert recommend(first.with_value("offence_disclosed", "yes"), None, old).dash_required
    assert recommend(first, history(1), old).dash_required


def test_officers_two_where_suspect_or_children_present() -> None:
    assert grade({"relationship": "other", "suspect_present": "yes"}).officers_recommended == 2
    assert grade({"relationship": "other", "children_present": "yes"}).officers_recommended == 2
    assert grade({"relationship": "other", "suspect_present": "no"}).officers_recommended == 1
    da_unknown = grade({"relationship": "intimate_partner", "abuse_types": ["physical"]})
    assert da_unknown.officers_recommended == 2  # the suspect may be there: parties to separate


# -- policy files with errors are refused with file and line ---------------------------

DEFAULT_TEXT = resource("policy", "default.yaml").read_text(encoding="utf-8")


def test_unquoted_yes_is_a_value_not_a_boolean(tmp_path: Path) -> None:
    text = DEFAULT_TEXT.replace('{fact: weapon, equals: "yes"}', "{fact: weapon, equals: yes}")
    path = tmp_path / "policy.yaml"
    path.write_text(text, encoding="utf-8")
    policy = load_policy_file(path)
    assert recommend(Facts({"weapon": "yes"}), None, policy).grade == 1


@pytest.mark.parametrize(
    ("old", "new", "words"),
    [
        (
            '{fact: weapon, equals: "yes"}',
            '{fact: weapons, equals: "yes"}',
            "unknown fact 'weapons'",
        ),
        (
            "{fact: injury, equals: serious}",
            "{fact: injury, equals: critical}",
            "'critical' is not a value of fact 'injury'",
        ),
        (
            "flags: [weapons], officers: 2}",
            "flags: [weapon], officers: 2}",
            "flag 'weapon' has no label",
        ),
        (
            "when: {is: immediate_threat}",
            "when: {is: immediate_thret}",
            "must name a definition",
        ),
        (
            "{history: domestic_abuse_12m, at_least: 3}",
            "{history: da_in_12_months, at_least: 3}",
            "unknown history item 'da_in_12_months'",
        ),
        ("effect: {grade: 2, floor: 3}", "effect: {grade: 5, floor: 5}", "grade 5 does not exist"),
        ("dash_policy: all_domestic_abuse", "dash_policy: sometimes", "'sometimes' is not one of"),
        (
            "{history_marker: [vulnerable_adult]}",
            "{history_marker: [fragile]}",
            "unknown marker type 'fragile'",
        ),
        (
            "{fact: abuse_types, contains: sexual}",
            "{fact: abuse_types, equals: sexual}",
            "test it with contains",
        ),
        ("  - id: strangulation\n", "  - id: weapon\n", "rule id 'weapon' is used twice"),
    ],
)
def test_a_broken_policy_names_the_file_the_line_and_the_problem(
    tmp_path: Path, old: str, new: str, words: str
) -> None:
    assert old in DEFAULT_TEXT
    text = DEFAULT_TEXT.replace(old, new, 1)
    path = tmp_path / "force_policy.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        load_policy_file(path)
    message = str(err.value)
    assert str(path) in message and words in message, message
    line = DEFAULT_TEXT.count("\n", 0, DEFAULT_TEXT.index(old)) + 1  # where the change is
    assert err.value.first_line == line, message
    assert shipped_policy() is POLICY  # nothing half-applied to the policy in use


def test_a_policy_with_bad_yaml_is_refused_with_its_line(tmp_path: Path) -> None:
    text = DEFAULT_TEXT.replace("  - id: threat_to_kill\n", "  - id: threat_to_kill\n  bad: [\n", 1)
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError, match=r"p\.yaml, line \d+: not valid YAML"):
        load_policy_file(path)


# -- overriding the recommendation ---------------------------------------------------


def test_override_needs_a_rationale_and_a_downgrade_below_the_floor_is_flagged() -> None:
    rec = grade({"relationship": "intimate_partner", "abuse_types": ["coercive_control"]})
    assert (rec.grade, rec.policy_floor) == (2, 3)
    same = choose_grade(rec, 2)
    assert not same.overridden and not same.below_floor and same.direction == "as recommended"
    with pytest.raises(BadInput, match="write why"):
        choose_grade(rec, 3)
    with pytest.raises(BadInput, match="write why"):
        choose_grade(rec, 3, "   too    short ")
    within = choose_grade(rec, 3, "Victim safe at sister's; appointment agreed with her.")
    assert within.overridden and not within.below_floor and within.direction == "downgrade"
    below = choose_grade(rec, 4, "Caller says she only wants advice and a call back.")
    assert below.below_floor
    up = choose_grade(rec, 1, "Caller whispering, sounds terrified; suspect returning.")
    assert up.direction == "upgrade" and not up.below_floor
    with pytest.raises(BadInput, match="does not exist"):
        choose_grade(rec, 5, "a rationale long enough")
    with pytest.raises(BadInput, match="must be a number"):
        choose_grade(rec, True, "a rationale long enough")
