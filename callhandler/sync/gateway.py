"""What is left of the call gateways once the desk absorbed them (callhandler.desk: the
workstation desk decides what may be queued offline): the provisional reference of an
incident opened offline, the connect timeout of a server URL, and sending a refused
operation again.
"""

from __future__ import annotations

from sqlalchemy import select

from callhandler.storage.engine import parse_url
from callhandler.storage.models import Incident
from callhandler.sync import outbox, replay
from callhandler.sync.local_store import PROVISIONAL
from callhandler.sync.workstation import CONNECT_TIMEOUT_S, Workstation, WorkstationState


def is_provisional(ref: str) -> bool:
    """An incident opened offline, not yet given its real reference by the server."""
    return ref.startswith(PROVISIONAL + "-")


def with_connect_timeout(url: str) -> str:
    """A PostgreSQL URL with a short connect timeout (a dead host must not freeze a call);
    any other URL unchanged."""
    parsed = parse_url(url)
    if parsed.get_backend_name() != "postgresql" or "connect_timeout" in parsed.query:
        return url
    parsed = parsed.update_query_dict({"connect_timeout": str(CONNECT_TIMEOUT_S)})
    return parsed.render_as_string(hide_password=False)


def retry_conflict(workstation: Workstation, seq: int) -> WorkstationState:
    """Send a refused operation again. A grade (or a correction of the call details)
    refused because the incident changed meanwhile is sent on the version the server
    holds now: the handler has read the server's message in the Conflicts dialog and
    confirmed their decision stands."""
    entry = outbox.entry(workstation.cache, seq)
    version: int | None = None
    if entry.kind in replay.VERSIONED:
        known = (
            Incident.client_uuid == entry.client_uuid
            if entry.client_uuid
            else Incident.id == entry.incident_id
        )
        with workstation.server.read() as session:
            version = session.execute(select(Incident.version_id).where(known)).scalar()
    return workstation.retry(seq, expected_version=version)
