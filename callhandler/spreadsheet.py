"""Cells that are safe to open in a spreadsheet (CSV exports from the window and the CLI)."""

from __future__ import annotations

# A cell starting with one of these is run as a formula by Excel, LibreOffice and Sheets
# ("=HYPERLINK(…)" sends data away); tab and CR start one in some importers.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(text: str) -> str:
    """A cell a spreadsheet will not run: text starting like a formula gets a leading
    apostrophe (names and notes come from the public). Numbers are left alone."""
    if text.startswith(FORMULA_STARTS):
        try:
            float(text.replace(",", ""))
        except ValueError:
            return "'" + text
    return text


def safe_value(value: object) -> object:
    """``safe_cell`` for text; numbers, booleans and None as they are."""
    return safe_cell(value) if isinstance(value, str) else value
