"""The server's fuzzy profile line (`bench --server`): what bounds the look-up, in words."""

from __future__ import annotations

from callhandler.bench.sync_fuzzy import format_fuzzy_profile


def test_the_profile_line_names_the_index_and_the_recheck() -> None:
    profile = {
        "queries": 20,
        "execution_ms_median": 57.1,
        "bitmap_scans": 20,
        "index_ms_median": 31.0,
        "recheck_ms_median": 26.0,
        "candidates_median": 4499,
        "candidates_max": 9100,
        "matches_median": 51,
        "recheck_us_per_candidate": 5.78,
    }
    (line,) = format_fuzzy_profile(profile)
    assert "EXPLAIN ANALYZE of 20 (medians): 57.1 ms" in line
    assert "GIN index 31.0 ms for 4,499 candidates (most 9,100)" in line
    assert "recheck 26.0 ms (5.8 us each) leaving 51" in line


def test_without_an_index_scan_the_line_says_so_and_without_queries_nothing() -> None:
    (line,) = format_fuzzy_profile({"queries": 3, "execution_ms_median": 1.0, "bitmap_scans": 0})
    assert "the planner read the table" in line
    assert format_fuzzy_profile(None) == []
