"""When the window looks up previous calls, and how much of a query counts: one place for
the history panel, the look-up service and the benchmark that times them.

A handler types the number, the address and names while the caller talks; the panel waits
``DEBOUNCE_MS`` after the last key, then looks up only a query worth searching: a number,
an address of at least ``MIN_QUERY_CHARS`` characters, or someone named. Shorter fragments
match half the county and are never searched fuzzily.
"""

from __future__ import annotations

DEBOUNCE_MS = 150  # the bench adds this to the look-up p95 for the 200 ms target
MIN_QUERY_CHARS = 3  # the shortest address or name key searched (fuzzily) at all
MAX_QUERY_CHARS = 300  # longer input is cut before it is normalised


def worth_searching(*, phone: str, address: str, people: int) -> bool:
    """Whether a query as typed is worth a look-up: a number, an address of at least
    ``MIN_QUERY_CHARS`` characters, or at least one person named."""
    return bool(phone.strip()) or len(address.strip()) >= MIN_QUERY_CHARS or people > 0


def long_enough(key: str) -> bool:
    """Whether a normalised address or name key is long enough to search fuzzily."""
    return len(key) >= MIN_QUERY_CHARS
