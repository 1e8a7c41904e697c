"""Every string the window shows is in each translation, and the translations keep what the
code needs: placeholders, and access keys that do not clash (issues 15 and 16)."""

from __future__ import annotations

import itertools
import re
import shutil
import string
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from test_welsh import translations_script

REPO = Path(__file__).resolve().parents[2]
TS_FILES = sorted((REPO / "resources" / "translations").glob("callhandler_*.ts"))
# Strings in ui/ that may stay untranslated in a language, with why. Only ever shrinks.
ALLOWED_UNFINISHED: dict[str, set[str]] = {"cy": set()}


def _messages(ts: Path) -> list[tuple[str, str, str]]:
    """(context, English, translation) of every current, translated message."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for item in context.iter("message"):
            translation = item.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            for text in forms or [translation.text or ""]:
                if text:
                    found.append((name, item.findtext("source") or "", text))
    return found


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_tr_string_in_ui_has_a_translation(ts: Path, tmp_path: Path) -> None:
    """pyside6-lupdate run over ui/ now: a string added without its translation fails here
    (add it with: python scripts/translations.py update <lang>, then translate it)."""
    script = translations_script()
    copy = tmp_path / ts.name
    shutil.copy(ts, copy)
    script.update_file(copy)
    tally = script.count(copy)
    lang = ts.stem.removeprefix("callhandler_")
    left = set(tally.unfinished_sources) - ALLOWED_UNFINISHED.get(lang, set())
    assert not left, (
        f"{len(left)} strings without a {lang} translation: {sorted(left)}. Add them with "
        f"`python scripts/translations.py update {lang}`, then translate them in Qt Linguist "
        "(README, Translations)."
    )
    assert script.count(ts).unfinished == 0, "the committed .ts is out of date: update it"


def _placeholders(text: str) -> set[str]:
    braces = set()
    try:
        braces = {f"{{{f}}}" for _, f, _, _ in string.Formatter().parse(text) if f is not None}
    except ValueError:  # a literal brace in a Qt-style string: only %n counts
        pass
    return braces | set(re.findall(r"%(?:\d+|n|s)", text))


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_translations_keep_every_placeholder(ts: Path) -> None:
    wrong = [
        (context, source, text)
        for context, source, text in _messages(ts)
        if _placeholders(source) != _placeholders(text)
        and not (context == "core" and _placeholders(text) < _placeholders(source))
    ]
    assert not wrong, wrong


def _key(text: str) -> str | None:
    """The access key of a label ('&File' -> 'f'), None without one ('&&' is a literal &)."""
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match[1].lower() if match else None


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_translated_access_keys_clash_no_more_than_the_english(ts: Path) -> None:
    """Within a context (a dialog, form or menu's class), two labels that have different
    access keys in English must have different ones in the translation too."""
    clashes = []
    by_context = itertools.groupby(sorted(_messages(ts)), key=lambda m: m[0])
    for context, group in by_context:
        keyed = [(s, t) for _, s, t in group if _key(s) and _key(t)]
        for (s1, t1), (s2, t2) in itertools.combinations(keyed, 2):
            if _key(t1) == _key(t2) and _key(s1) != _key(s2):
                clashes.append(f"{context}: {t1!r} and {t2!r} (English {s1!r}, {s2!r})")
    assert not clashes, "\n".join(clashes)


def test_the_build_compiles_each_translation(tmp_path: Path) -> None:
    made = translations_script().compile_all(tmp_path)
    assert sorted(qm.name for qm in made) == sorted(ts.with_suffix(".qm").name for ts in TS_FILES)
    assert all(qm.stat().st_size > 10_000 for qm in made)  # not an empty catalogue
    listed = subprocess.run(
        ["git", "ls-files", "*.qm"], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert listed.stdout == "", "a .qm is committed: it is built, never committed"
