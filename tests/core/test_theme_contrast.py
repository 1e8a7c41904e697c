"""Every theme's text is readable on the ground it is drawn on (WCAG AA), each theme
colours what the others do, the shared layout has no colour, and sizes scale."""

from __future__ import annotations

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
