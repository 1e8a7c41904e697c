"""Every theme's text is readable on the ground it is drawn on (WCAG AA), each theme
colours what the others do, the shared layout has no colour, and sizes scale."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ui.common import qss, theme

STYLES = Path(__file__).resolve().parents[2] / "resources" / "styles"
THEMES = theme.available_themes(STYLES)


def test_the_three_themes_are_offered_light_first() -> None:
    assert [(t.name, t.title) for t in THEMES[:3]] == [
        ("light", "Light"),
        ("night", "Night"),
        ("high-contrast", "High contrast"),
    ]


@pytest.mark.parametrize("chosen", THEMES, ids=[t.name for t in THEMES])
def test_every_text_colour_meets_wcag_aa_on_its_ground(chosen: theme.Theme) -> None:
    rules = qss.parse(theme.stylesheet(chosen.name, folder=STYLES))
    problems = qss.contrast_problems(chosen.name, rules)
    assert not problems, "\n".join(problems)


def test_the_check_fails_a_sheet_with_unreadable_text() -> None:
    sheet = """
        QWidget { color: #d4d4d8; }
        QMainWindow, QDialog { background: #ffffff; }
        QTableView { background: #ffffff; alternate-background-color: #f1f5f9; }
        *[ink="danger"] { color: #f87171; }
        QFrame#alert { background: #fde68a; }
        QFrame#banner { background: #b91c1c; }
        QFrame#banner QLabel { color: #7f1d1d; }
        QLabel#big { color: #8a8a8a; background: #ffffff; font-size: 18pt; }
        QLabel#small { color: #8a8a8a; background: #ffffff; font-size: 11pt; }
        QPushButton:disabled { color: #cccccc; background: #ffffff; }
    """
    problems = qss.contrast_problems("broken", qss.parse(sheet))
    joined = "\n".join(problems)
    # the default text on the window, an ink on the window, on a table's striped row,
    # a ground set without a colour, a colour inside a ground:
    assert "broken: QMainWindow (line 3): text #d4d4d8 on #ffffff is 1.48:1, needs 4.5:1" in joined
    assert '*[ink="danger"]' in joined and "on #f1f5f9" in joined
    assert "QFrame#alert (line 6): text #d4d4d8 on #fde68a" in joined
    assert "QFrame#banner QLabel (line 8): text #7f1d1d on #b91c1c" in joined
    # 3.5:1 is enough for 18 pt text, not for 11 pt; disabled buttons are exempt
    assert "QLabel#small" in joined and "QLabel#big" not in joined
    assert "disabled" not in joined


def test_wcag_ratios_match_the_published_examples() -> None:
    assert qss.contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert qss.contrast("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert qss.contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


def test_the_shared_layout_sheet_carries_no_colour() -> None:
    coloured = [
        f"{rule.selector} (line {rule.line}): {name}: {value}"
        for rule in qss.parse((STYLES / theme.BASE_SHEET).read_text(encoding="utf-8"))
        for name, value in rule.declarations.items()
        if qss.parse_colour(value) or "color" in name or name in ("background", "border")
    ]
    assert not coloured, "colour belongs in a theme's sheet:\n" + "\n".join(coloured)


def _coloured_selectors(sheet: str) -> set[str]:
    return {
        rule.selector
        for rule in qss.parse(sheet)
        if any(qss.parse_colour(value) for value in rule.declarations.values())
    }


@pytest.mark.parametrize("chosen", THEMES[1:], ids=[t.name for t in THEMES[1:]])
def test_every_theme_colours_everything_the_light_one_does(chosen: theme.Theme) -> None:
    """A theme that forgot a banner would leave it in another theme's colours (or Qt's)."""
    light = _coloured_selectors(THEMES[0].sheet())
    missing = sorted(light - _coloured_selectors(chosen.sheet()))
    assert not missing, f"{chosen.path.name} does not colour: {', '.join(missing)}"


def test_font_sizes_follow_the_users_percentage() -> None:
    at_150 = qss.merged(qss.parse(theme.stylesheet("night", 150, folder=STYLES)))
    assert at_150["QWidget"].declarations["font-size"] == "16.5pt"
    assert at_150["QLabel#gradeNumber"].declarations["font-size"] == "60pt"
    at_100 = qss.merged(qss.parse(theme.stylesheet("night", 100, folder=STYLES)))
    assert at_100["QWidget"].declarations["font-size"] == "11pt"
    assert qss.scale_fonts("QLabel { font-size: 15px; }", 130) == "QLabel { font-size: 20px; }"


UI = Path(__file__).resolve().parents[2] / "ui"
INLINE_COLOUR = re.compile(
    r"#[0-9a-fA-F]{6}\b"  # a hex colour in a style string or QColor
    r"|\b(?:color|background)\s*:\s*(?:white|black|red|green|blue|yellow|grey|gray)\b"
    r"|QColor\(\s*[\"']|Qt\.(?:GlobalColor\.)?(?:red|green|blue|white|black|yellow|darkRed)\b"
)
# Modules still allowed to carry colours, each with its reason. It only shrinks: the test
# fails when a listed module no longer needs its place.
ALLOWED = {
    "ui/briefing/document.py": "the printed briefing: paper is white whatever the screen theme",
    "ui/oversight/export.py": "the PDF export: printed on white paper",
    "ui/oversight/charts_view.py": "chart series colours, drawn on the chart's own ground",
    "ui/qa/compliance_view.py": "chart series colours, drawn on the chart's own ground",
    "ui/common/qss.py": "the stylesheet reader itself (colour names to #rrggbb)",
}


def _inline_colours() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted(UI.rglob("*.py")):
        name = path.relative_to(UI.parent).as_posix()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if INLINE_COLOUR.search(line) and not line.lstrip().startswith("#"):
                found.setdefault(name, []).append(f"{name}:{number}: {line.strip()}")
    return found


def test_no_widget_sets_a_colour_inline() -> None:
    """Colours live in the themes (resources/styles); a widget says what it is (an
    objectName, or tone=/ink=/grade=/risk=) so every theme, and the contrast test, reach it."""
    found = _inline_colours()
    inline = [line for name, lines in found.items() if name not in ALLOWED for line in lines]
    assert not inline, "set an objectName or tone=/ink= and colour it in each theme:\n" + (
        "\n".join(inline)
    )
    unneeded = sorted(n for n in ALLOWED if (UI.parent / n).exists() and n not in found)
    assert not unneeded, f"no colour left: remove from ALLOWED: {', '.join(unneeded)}"


def test_the_inline_colour_check_sees_the_usual_forms() -> None:
    for line in (
        'label.setStyleSheet("color:#b91c1c;")',
        'banner.setStyleSheet("background:white; color:black")',
        'return QBrush(QColor("#6b7280"))',
        "painter.setPen(Qt.GlobalColor.red)",
    ):
        assert INLINE_COLOUR.search(line), line
    assert not INLINE_COLOUR.search('label.setObjectName("heading")  # see #12')


def test_no_widget_sets_a_font_size_inline() -> None:
    """A size set on a widget would not follow the user's text size (Ctrl+= / Ctrl+-):
    sizes live in control-room.qss, by object name. Printed pages keep theirs."""
    printed = ("ui/briefing/document.py", "ui/oversight/export.py", "ui/common/qss.py")
    inline = [
        f"{path.relative_to(UI.parent).as_posix()}:{number}: {line.strip()}"
        for path in sorted(UI.rglob("*.py"))
        if path.relative_to(UI.parent).as_posix() not in printed
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"font-size\s*:", line)
    ]
    assert not inline, "give the widget an objectName and its size in control-room.qss:\n" + (
        "\n".join(inline)
    )
