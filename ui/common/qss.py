"""Read a Qt stylesheet's rules and colours, scale its font sizes, and measure WCAG contrast
(no Qt: the theme switcher and the contrast test both use it)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_FONT_SIZE = re.compile(r"(font-size\s*:\s*)(\d+(?:\.\d+)?)(pt|px)")
_HEX = re.compile(r"#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})\b")
_NAMED = {"white": "#ffffff", "black": "#000000", "transparent": ""}


@dataclass(frozen=True)
class Rule:
    """One selector of a rule (``a, b { … }`` gives two) and its declarations, in order."""

    selector: str
    declarations: dict[str, str]
    line: int

    def colour(self, name: str) -> str | None:
        """The colour a property sets (``background`` may hold more than a colour), as
        ``#rrggbb``; None when the property is absent or names no colour."""
        value = self.declarations.get(name)
        if value is None:
            return None
        return parse_colour(value)

    @property
    def background(self) -> str | None:
        return self.colour("background-color") or self.colour("background")

    @property
    def ancestor(self) -> str:
        """``QFrame#x QLabel`` → ``QFrame#x`` (the widget this one is drawn inside)."""
        parts = self.selector.replace(">", " ").split()
        return " ".join(parts[:-1])

    @property
    def large_text(self) -> bool:
        """WCAG's large text: at least 18 pt, or 14 pt and bold."""
        size = self.declarations.get("font-size", "")
        match = re.fullmatch(r"(\d+(?:\.\d+)?)(pt|px)", size.strip())
        if not match:
            return False
        points = float(match[1]) * (0.75 if match[2] == "px" else 1.0)
        weight = self.declarations.get("font-weight", "400").strip()
        bold = weight == "bold" or (weight.isdigit() and int(weight) >= 700)
        return points >= 18 or (points >= 14 and bold)


def parse_colour(value: str) -> str | None:
    """The first colour in a declaration's value, as lower-case ``#rrggbb``."""
    match = _HEX.search(value)
    if match:
        digits = match[1].lower()
        if len(digits) == 3:
            digits = "".join(c * 2 for c in digits)
        return "#" + digits
    for word in value.replace(",", " ").split():
        named = _NAMED.get(word.lower())
        if named is not None:
            return named or None
    return None


def parse(text: str) -> list[Rule]:
    """Every selector's rule in the sheet, in order (comments dropped)."""

    def blank(match: re.Match[str]) -> str:  # keep line numbers
        return "\n" * match[0].count("\n")

    text = _COMMENT.sub(blank, text)
    rules = []
    for match in _RULE.finditer(text):
        selectors = match[1]
        leading = selectors[: len(selectors) - len(selectors.lstrip())]
        line = text.count("\n", 0, match.start()) + leading.count("\n") + 1
        declarations = {}
        for item in match[2].split(";"):
            name, colon, value = item.partition(":")
            if colon:
                declarations[name.strip().lower()] = value.strip()
        for selector in selectors.split(","):
            rules.append(Rule(" ".join(selector.split()), declarations, line))
    return rules


def scale_fonts(text: str, percent: int) -> str:
    """The sheet with every ``font-size`` multiplied by ``percent`` / 100."""
    if percent == 100:
        return text

    def scaled(match: re.Match[str]) -> str:
        size = float(match[2]) * percent / 100
        shown = f"{size:.1f}".rstrip("0").rstrip(".") if match[3] == "pt" else str(round(size))
        return f"{match[1]}{shown}{match[3]}"

    return _FONT_SIZE.sub(scaled, text)


def luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of ``#rrggbb``."""
    channels = []
    for start in (1, 3, 5):
        value = int(colour[start : start + 2], 16) / 255
        linear = value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4
        channels.append(linear)
    red, green, blue = channels
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(foreground: str, background: str) -> float:
    """WCAG 2.x contrast ratio (1 to 21) of two ``#rrggbb`` colours."""
    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


GROUNDS = ("QMainWindow", "QDialog", "QTableView")  # what a rule without a ground is drawn on
TEXTLESS = ("::handle", "::pane", "::indicator", "::groove", "::chunk")  # parts with no text
AA_NORMAL = 4.5
AA_LARGE = 3.0


def merged(rules: list[Rule]) -> dict[str, Rule]:
    """One rule per selector, later declarations overriding earlier ones (Qt's cascade for
    equal selectors)."""
    result: dict[str, Rule] = {}
    for rule in rules:
        before = result.get(rule.selector)
        if before is None:
            result[rule.selector] = rule
        else:
            declarations = {**before.declarations, **rule.declarations}
            result[rule.selector] = Rule(rule.selector, declarations, before.line)
    return result


def contrast_problems(theme: str, rules: list[Rule]) -> list[str]:
    """Every text colour drawn on a ground below WCAG AA (4.5:1, or 3:1 for large text),
    one line each naming the theme, the selector, the two colours and the ratio.

    A rule with a colour and no ground is checked against the ground of the widget it sits
    in (``QFrame#x QLabel`` on ``QFrame#x``), else against every window and table ground
    (table rows alternate). A ground with no colour of its own is checked with the
    sheet's text colour (``QWidget``), unless a rule inside it sets one. Disabled controls
    are exempt (WCAG 1.4.3 does not cover inactive components)."""
    rules_by = merged(rules)
    text = rules_by["QWidget"].colour("color") if "QWidget" in rules_by else None
    grounds = [g for s in GROUNDS if s in rules_by for g in _grounds(rules_by[s])]
    problems = []
    for rule in rules_by.values():
        if ":disabled" in rule.selector or any(part in rule.selector for part in TEXTLESS):
            continue
        needed = AA_LARGE if rule.large_text else AA_NORMAL
        for ink, ground in _pairs(rule, rules_by, text, grounds):
            ratio = contrast(ink, ground)
            if ratio < needed:
                problems.append(
                    f"{theme}: {rule.selector} (line {rule.line}): text {ink} on {ground} "
                    f"is {ratio:.2f}:1, needs {needed}:1"
                )
    return problems


def _grounds(rule: Rule) -> list[str]:
    found = [rule.background, rule.colour("alternate-background-color")]
    return [g for g in found if g]


def _pairs(
    rule: Rule, rules_by: dict[str, Rule], text: str | None, grounds: list[str]
) -> list[tuple[str, str]]:
    """The (text, ground) colour pairs one rule draws."""
    pairs = []
    selection = (rule.colour("selection-color"), rule.colour("selection-background-color"))
    if selection[0] and selection[1]:
        pairs.append((selection[0], selection[1]))
    ink = rule.colour("color")
    own = _grounds(rule)
    if ink and own:
        pairs += [(ink, g) for g in own]
    elif ink:
        ancestor = rules_by.get(rule.ancestor)
        around = _grounds(ancestor) if ancestor else []
        pairs += [(ink, g) for g in (around or grounds)]
    elif own and text:
        labels = rules_by.get(rule.selector + " QLabel")  # every label inside coloured
        if labels is None or not labels.colour("color"):
            pairs += [(text, g) for g in own]
    return pairs
