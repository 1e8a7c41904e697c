"""The grading policy and the call scripts, read off the GUI thread before anyone signs in.

Reading them (YAML and schema checks, about 0.3 s each for the policy and the first
script) was most of the GUI thread's work in building a signed-in window: the handler
waited for it after the password (issue 18: ready 1.8 s after sign-in). The application
starts the read as it starts, on a thread of its own (the worker is kept for the sign-in),
and the window waits for what is left of it, if anything, before it is built. A file that
cannot be read is reported as before: by the window that reads it again.
"""

from __future__ import annotations

import logging
import threading

from callhandler.domain.policy import shipped_policy
from ui.call.script_pane import load_handover_scripts

log = logging.getLogger(__name__)
_reader: threading.Thread | None = None


def _read() -> None:
    try:
        shipped_policy()
        load_handover_scripts()  # the first script and the one it hands over to
    except Exception:  # the window reads it again and says what is wrong with it
        log.debug("reading the rules ahead failed; the window reads them itself", exc_info=True)


def read_rules_ahead() -> None:
    """Start reading the rules (once at a time; cached, so a second read is instant)."""
    global _reader
    if _reader is None or not _reader.is_alive():
        _reader = threading.Thread(target=_read, name="rules-ahead", daemon=True)
        _reader.start()


def rules_read() -> None:
    """Wait for the read started by ``read_rules_ahead`` to end (at once if none is running)."""
    if _reader is not None:
        _reader.join()
