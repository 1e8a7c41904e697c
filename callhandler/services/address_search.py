"""Fuzzy address candidates: SQLite FTS5 trigram or PostgreSQL pg_trgm, ranked by rapidfuzz."""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process

from callhandler.services.history_raw import Raw

# Words that say nothing about which street it is; trigrams of these match half the county.
GENERIC_WORDS = frozenset(
    "FLAT ROAD STREET AVENUE CLOSE COURT LANE DRIVE CRESCENT PLACE SQUARE GARDENS GARDEN "
    "TERRACE GROVE PARK HOUSE WAY MOUNT HEIGHTS COTTAGES BUILDINGS THE AND OF NORTH SOUTH "
    "EAST WEST UPPER LOWER NEW OLD".split()
)
CANDIDATES = 2000
MIN_SCORE = 80.0
MISSING_POSTCODE_SCORE = 95.0
POSTCODE_AT_END = re.compile(r" [A-Z]{1,2}[0-9][0-9A-Z]? [0-9][A-Z]{2}$")
RESULTS = 10
# The server's candidates: pg_trgm's % (similarity >= pg_trgm.similarity_threshold, set on
# connect) through the GIN index, best first. `bench --server` profiles this very statement.
POSTGRES_CANDIDATES = (
    "SELECT id, key FROM addresses WHERE key % :k ORDER BY similarity(key, :k) DESC LIMIT :n"
)


def _pieces(word: str) -> list[str]:
    """Substrings of a word of which at least one survives any single typo in it."""
    n = len(word)
    if n >= 6:
        return [word[: n // 2], word[n // 2 :]]
    if n >= 4:
        return [word[:3], word[-3:]]
    return [word] if n == 3 else []


def match_expression(key: str) -> str | None:
    """An FTS5 trigram query: (pieces of word 1) AND (pieces of word 2).

    The two most distinctive words (longest, not a street type or a number) must both
    appear, each allowed one typo; that keeps the candidate set small enough to rank.
    """
    words = [w for w in key.split() if len(w) >= 3 and w not in GENERIC_WORDS and not w.isdigit()]
    words = sorted(dict.fromkeys(words), key=len, reverse=True)[:2]
    groups = []
    for word in words:
        pieces = _pieces(word)
        if pieces:
            groups.append("(" + " OR ".join('"' + p.replace('"', '""') + '"' for p in pieces) + ")")
    return " AND ".join(groups) or None


def _sqlite_candidates(raw: Raw, key: str) -> list[tuple[int, str]]:
    match = match_expression(key)
    if match is None:
        return []
    rows = raw.rows(
        "SELECT rowid, key FROM address_trigrams WHERE address_trigrams MATCH :m LIMIT :n",
        m=match,
        n=CANDIDATES,
    )
    return [(int(r[0]), str(r[1])) for r in rows]


def _postgres_candidates(raw: Raw, key: str) -> list[tuple[int, str]]:
    rows = raw.rows(POSTGRES_CANDIDATES, k=key, n=CANDIDATES)
    return [(int(r[0]), str(r[1])) for r in rows]


def fuzzy_addresses(raw: Raw, key: str) -> list[tuple[int, float]]:
    """Address ids that probably mean the same place as ``key``, with a 0-100 score."""
    if len(key.replace(" ", "")) < 3:
        return []
    if raw.sqlite:
        candidates = _sqlite_candidates(raw, key)
    else:
        candidates = _postgres_candidates(raw, key)
    if not candidates:
        return []
    if POSTCODE_AT_END.search(key) is None:
        # Typed without a postcode: compare the rest, but never call it certain.
        choices = {aid: POSTCODE_AT_END.sub("", cand) for aid, cand in candidates}
        cap = MISSING_POSTCODE_SCORE
    else:
        choices = dict(candidates)
        cap = 100.0
    best = process.extract(
        key, choices, scorer=fuzz.token_sort_ratio, limit=RESULTS, score_cutoff=MIN_SCORE
    )
    return [(int(aid), min(float(score), cap)) for _choice, score, aid in best]
