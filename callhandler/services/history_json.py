"""Previous calls as JSON: ``callhandler lookup`` (SPEC section 5) and ``assess`` share it."""

from __future__ import annotations

from typing import Any

from callhandler.domain.history import HistorySummary, PreviousCall
from callhandler.services.history import HistoryResult, NormalisedQuery


def query_json(query: NormalisedQuery) -> dict[str, Any]:
    return {
        "phone": query.phone,
        "address_key": query.address_key,
        "postcode": query.postcode,
        "people": list(query.people),
        "problems": list(query.problems),
    }


def summary_json(s: HistorySummary) -> dict[str, Any]:
    return {
        "total_incidents": s.total_incidents,
        "incidents_12m": s.incidents_12m,
        "domestic_abuse_12m": s.domestic_abuse_12m,
        "repeat_victim": s.repeat_victim,
        "markers": [
            {
                "type": m.marker_type,
                "label": m.label,
                "on": m.on,
                "target": m.target,
                "text": m.text,
                "set_by": m.set_by,
                "set_at": m.set_at.isoformat(),
                "expires_at": m.expires_at.isoformat() if m.expires_at else None,
            }
            for m in s.markers
        ],
        "children_previously_present": s.children_previously_present,
        "last_risk_level": s.last_risk_level,
        "marac_case": s.marac_case,
        "serial_perpetrators": list(s.serial_perpetrators),
        "first_call": s.first_call,
        "safety_notes": [
            {
                "kind": n.kind,
                "text": n.text,
                "agreed_at": n.agreed_at.isoformat(),
                "incident_ref": n.incident_ref,
            }
            for n in s.safety_notes
        ],
    }


def match_json(call: PreviousCall) -> dict[str, Any]:
    return {
        "incident_ref": call.incident_ref,
        "opened_at": call.opened_at.isoformat(),
        "matched_on": list(call.matched_on),
        "match": "exact" if call.exact else "possible",
        "score": call.score,
        "category": call.category,
        "domestic_abuse": call.domestic_abuse,
        "grade": call.grade,
        "risk_level": call.risk_level,
        "children_present": call.children_present,
        "markers": list(call.markers),
        "status": call.status,
        "address": call.address,
        "phone": call.phone,
    }


def history_json(result: HistoryResult) -> dict[str, Any]:
    """The whole look-up: query, matches newest first (exact and possible, labelled), summary."""
    matches = sorted(
        (match_json(c) for c in result.exact + result.possible),
        key=lambda m: str(m["opened_at"]),
        reverse=True,
    )
    return {
        "query": query_json(result.query),
        "matches": matches,
        "summary": summary_json(result.summary),
        "elapsed_ms": round(result.elapsed_ms, 2),
    }
