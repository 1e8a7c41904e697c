"""Fuzzy address candidates: SQLite FTS5 trigram or PostgreSQL pg_trgm, ranked by rapidfuzz."""

from __future__ import annotations

import re

from rapidfuzz import fuzz
from sqlalchemy import text
from sqlalchemy.orm import Session

# Words that say nothing about which street it is; trigrams of these match half the county.
GENERIC_WORDS = frozenset(
    "FLAT ROAD STREET AVENUE CLOSE COURT LANE DRIVE CRESCENT PLACE SQUARE GARDENS GARDEN "
    "TERRACE GROVE PARK HOUSE WAY MOUNT HEIGHTS COTTAGES BUILDINGS THE AND OF NORTH SOUTH "
    "EAST WEST UPPER LOWER NEW OLD".split()
)
CANDIDATES = 150
MAX_TRIGRAMS = 16
MIN_SCORE = 80.0
MISSING_POSTCODE_SCORE = 95.0
POSTCODE_AT_END = re.compile(r" [A-Z]{1,2}[0-9][0-9A-Z]? [0-9][A-Z]{2}$")
RESULTS = 10


def query_trigrams(key: str) -> list[str]:
    """Trigrams of the distinctive words of a normalised key, rarest-looking (longest words) first."""
    words = [w for w in key.split() if len(w) >= 3 and w not in GENERIC_WORDS and not w.isdigit()]
    words.sort(key=len, reverse=True)
    grams: list[str] = []
    for word in words:
        for i in range(len(word) - 2):
            gram = word[i : i + 3]
            if gram not in grams:
                grams.append(gram)
    return grams[:MAX_TRIGRAMS]


def _sqlite_candidates(session: Session, key: str) -> list[tuple[int, str]]:
    grams = query_trigrams(key)
    if not grams:
        return []
    match = " OR ".join('"' + g.replace('"', '""') + '"' for g in grams)
    rows = session.execute(
        text(
            "SELECT rowid, key FROM address_trigrams WHERE address_trigrams MATCH :m "
            "ORDER BY rank LIMIT :n"
        ),
        {"m": match, "n": CANDIDATES},
    ).all()
    return [(int(r[0]), str(r[1])) for r in rows]


def _postgres_candidates(session: Session, key: str) -> list[tuple[int, str]]:
    rows = session.execute(
        text(
            "SELECT id, key FROM addresses WHERE key % :k "
            "ORDER BY similarity(key, :k) DESC LIMIT :n"
        ),
        {"k": key, "n": CANDIDATES},
    ).all()
    return [(int(r[0]), str(r[1])) for r in rows]


def fuzzy_addresses(session: Session, key: str) -> list[tuple[int, float]]:
    """Address ids that probably mean the same place as ``key``, with a 0-100 score."""
    if len(key.replace(" ", "")) < 3:
        return []
    if session.get_bind().dialect.name == "sqlite":
        candidates = _sqlite_candidates(session, key)
    else:
        candidates = _postgres_candidates(session, key)
    query_has_postcode = POSTCODE_AT_END.search(key) is not None
    scored = []
    for address_id, candidate in candidates:
        if not query_has_postcode and POSTCODE_AT_END.search(candidate):
            # Typed without a postcode: compare the rest, but never call it certain.
            bare = POSTCODE_AT_END.sub("", candidate)
            score = min(float(fuzz.token_sort_ratio(key, bare)), MISSING_POSTCODE_SCORE)
        else:
            score = float(fuzz.token_sort_ratio(key, candidate))
        scored.append((address_id, score))
    scored = [s for s in scored if s[1] >= MIN_SCORE]
    scored.sort(key=lambda s: -s[1])
    return scored[:RESULTS]
