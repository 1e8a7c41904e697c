"""Where the caller is now, when not at the address: free text, optionally holding an
Ordnance Survey grid reference (``TL 45123 57890``) or coordinates (``52.2053, 0.1218``).

Only the parts that look like a grid reference or coordinates are checked; the rest is the
caller's own words ("in the car park behind the Co-op") and is never refused. A grid
reference needs one of Great Britain's 100 km squares (two letters: SV to TW, NA to OW,
HL to JW) and two equal halves of 1 to 5 digits each; coordinates are latitude, longitude
in decimal degrees, inside the United Kingdom (a swapped pair lands outside it).
Qt-free: the new-call form shows the message under the field, the core refuses the same.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from callhandler import messages

LIMIT = 300  # characters, as the address

# Great Britain's 100 km squares (the OS National Grid), by their two letters.
_SQUARES = frozenset(
    "HL HM HN HO HP JL JM HQ HR HS HT HU JQ JR HV HW HX HY HZ JV JW "
    "NA NB NC ND NE OA OB NF NG NH NJ NK OF OG NL NM NN NO NP OL OM "
    "NQ NR NS NT NU OQ OR NV NW NX NY NZ OV OW SA SB SC SD SE TA TB "
    "SF SG SH SJ SK TF TG SL SM SN SO SP TL TM SQ SR SS ST SU TQ TR "
    "SV SW SX SY SZ TV TW".split()
)
# Two letters then digits, in one run or two groups: "TL4512357890", "TL 45123 57890".
_GRID = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{2}) ?(\d{2,10})(?: (\d{1,5}))?(?![0-9A-Za-z])")
# Two decimal numbers with a comma (or a space) between: "52.2053, 0.1218".
_COORDS = re.compile(r"(?<![\d.])(-?\d{1,3}\.\d+)\s*[, ]\s*(-?\d{1,3}\.\d+)(?![\d.])")
_UK_LATITUDE = (49.8, 60.9)
_UK_LONGITUDE = (-8.7, 1.8)
GRID_EXAMPLE = "TL 45123 57890"
COORDS_EXAMPLE = "52.2053, 0.1218"


@dataclass(frozen=True)
class CallerLocation:
    """The location as typed (cleaned) and what was recognised in it."""

    text: str
    grid_reference: str | None = None  # normalised: "TL 45123 57890"
    latitude: float | None = None
    longitude: float | None = None

    @property
    def coordinates(self) -> str | None:
        if self.latitude is None or self.longitude is None:
            return None
        return f"{self.latitude:.5f}, {self.longitude:.5f}"

    def describe(self) -> str:
        """One line for the briefing: the words, then what they locate."""
        found = []
        if self.grid_reference:
            found.append(f"OS grid {self.grid_reference}")
        if self.coordinates:
            found.append(f"lat/long {self.coordinates}")
        if not found or all(part in self.text for part in found):
            return self.text
        return f"{self.text} ({'; '.join(found)})"


def parse_caller_location(typed: str) -> CallerLocation:
    """The caller's location from what the handler typed; ValueError with one message
    saying what is wrong and how to write it when a grid reference or coordinates in it
    are malformed (its argument is a catalogue message, which the window translates).
    Blank is allowed (the caller is at the address)."""
    text = " ".join((typed or "").replace("\x00", " ").split())
    if len(text) > LIMIT:
        raise ValueError(messages.LOCATION_TOO_LONG(limit=LIMIT))
    latitude = longitude = None
    coords = _COORDS.search(text)
    if coords:
        latitude, longitude = _coordinates(coords.group(1), coords.group(2))
    rest = text if coords is None else text[: coords.start()] + " " + text[coords.end() :]
    grid = None
    for match in _GRID.finditer(rest):
        found = _grid_reference(match)
        if found is not None:
            if grid is not None:
                raise ValueError(messages.LOCATION_ONE_GRID(example=GRID_EXAMPLE))
            grid = found
    return CallerLocation(text, grid, latitude, longitude)


def _coordinates(lat_text: str, lon_text: str) -> tuple[float, float]:
    latitude, longitude = float(lat_text), float(lon_text)
    low_lat, high_lat = _UK_LATITUDE
    low_lon, high_lon = _UK_LONGITUDE
    if not (low_lat <= latitude <= high_lat and low_lon <= longitude <= high_lon):
        raise ValueError(
            messages.LOCATION_NOT_IN_UK(
                latitude=lat_text, longitude=lon_text, example=COORDS_EXAMPLE
            )
        )
    return latitude, longitude


def _grid_reference(match: re.Match[str]) -> str | None:
    """The normalised reference; None when the match is ordinary words ("at 12");
    ValueError when it is meant as a grid reference but malformed."""
    letters, first, second = match.group(1).upper(), match.group(2), match.group(3)
    digits = first + (second or "")
    if len(digits) < 4 and second is None:
        return None  # "No 12", "at 7": a house number, not a grid reference
    looks_meant = letters in _SQUARES or len(digits) >= 6
    if not looks_meant:
        return None
    if letters not in _SQUARES:
        raise ValueError(messages.LOCATION_NOT_A_SQUARE(letters=letters, example=GRID_EXAMPLE))
    uneven = second is not None and len(first) != len(second)
    if uneven or len(digits) % 2 or not 2 <= len(digits) <= 10:
        raise ValueError(messages.LOCATION_NOT_A_GRID(typed=match.group(0), example=GRID_EXAMPLE))
    half = len(digits) // 2
    return f"{letters} {digits[:half]} {digits[half:]}"
