"""Keep the window's translations: extract, add the core's messages, build, count.

    python scripts/translations.py update cy     extract ui/ (pyside6-lupdate, and the
                                                 strings passed to _tr-style helpers, which
                                                 lupdate cannot see) into
                                                 resources/translations/callhandler_cy.ts and
                                                 write its "core" context from the catalogue
    python scripts/translations.py build [DIR]   compile every callhandler_*.ts into a .qm
                                                 (pyside6-lrelease) in DIR, by default
                                                 resources/translations (never committed)
    python scripts/translations.py status        each language: finished / unfinished

``pyside6-lupdate`` reads only the window's code; the core (``callhandler/``, no Qt) raises
catalogue messages (``callhandler/messages.py``), which the window translates in the
context "core" with the message id as the disambiguation (``ui.worker.core_text``). This
script writes that context: one message per id, keeping a finished translation while its
English stays the same, marking it unfinished when the English changed, and dropping ids
that no longer exist. The build (setup.py, dev.sh, scripts/build-workstation.sh) calls
``compile_all``.
"""

from __future__ import annotations

import argparse
import ast
import copy
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FOLDER = REPO / "resources" / "translations"
PREFIX = "callhandler_"
CORE = "core"


def qt_tool(name: str) -> Path:
    """pyside6's own lupdate/lrelease binary (next to the PySide6 package)."""
    try:
        import PySide6
    except ImportError as exc:
        raise SystemExit(
            f"{name} comes with PySide6, which is not installed here: install the project's "
            "packages first (bash dev.sh test, or pip install -c constraints.txt -e .)"
        ) from exc
    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return candidate
    raise SystemExit(f"{name} is not in {folder}: reinstall PySide6-Essentials")


def sources() -> list[Path]:
    return sorted((REPO / "ui").rglob("*.py"))


def ts_files(folder: Path = FOLDER) -> list[Path]:
    return sorted(folder.glob(f"{PREFIX}*.ts"))


def compile_all(out: Path, folder: Path = FOLDER) -> list[Path]:
    """Every callhandler_<lang>.ts in ``folder`` compiled into ``out``; the .qm files made.
    Unfinished translations are left out of the .qm (the window shows the English)."""
    out.mkdir(parents=True, exist_ok=True)
    made = []
    for ts in ts_files(folder):
        qm = out / ts.with_suffix(".qm").name
        done = subprocess.run(
            [str(qt_tool("lrelease")), "-silent", str(ts), "-qm", str(qm)],
            capture_output=True,
            text=True,
        )
        if done.returncode != 0 or not qm.exists():
            raise SystemExit(f"lrelease could not compile {ts}: {done.stderr.strip()}")
        made.append(qm)
    return made


def extract(ts: Path) -> None:
    """Run lupdate over ui/ into ``ts`` (new strings added, finished ones kept)."""
    files = [str(p.relative_to(REPO)) for p in sources()]
    done = subprocess.run(
        [str(qt_tool("lupdate")), "-no-obsolete", "-locations", "relative", *files, "-ts", str(ts)],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    if done.returncode != 0:
        raise SystemExit(f"lupdate failed on {ts}: {done.stderr.strip()}")


def _helpers(tree: ast.Module) -> dict[str, str]:
    """``def _tr(text): return QCoreApplication.translate("Context", text)`` helpers (at
    module level or nested), by name: their context."""
    found = {}
    for node in ast.walk(tree):  # module level, or nested in the function that uses it
        if not isinstance(node, ast.FunctionDef) or len(node.args.args) != 1:
            continue
        body = [n for n in node.body if not isinstance(n, ast.Expr)]  # skip a docstring
        call = body[0].value if len(body) == 1 and isinstance(body[0], ast.Return) else None
        if (
            isinstance(call, ast.Call)
            and isinstance(call.func, ast.Attribute)
            and call.func.attr == "translate"
            and len(call.args) == 2
            and isinstance(call.args[0], ast.Constant)
            and isinstance(call.args[0].value, str)
            and isinstance(call.args[1], ast.Name)
            and call.args[1].id == node.args.args[0].arg
        ):
            found[node.name] = call.args[0].value
    return found


def helper_strings() -> list[tuple[str, str, str, int]]:
    """(context, text, file, line) of every literal passed to such a helper in ui/: lupdate
    sees only the helper's own ``translate(context, text)``, whose text is a variable."""
    found = []
    for path in sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        helpers = _helpers(tree)
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in helpers
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                where = str(path.relative_to(REPO))
                found.append((helpers[node.func.id], node.args[0].value, where, node.lineno))
    return found


# Qt's own words on standard dialog buttons (QPlatformTheme::defaultStandardButtonText):
# translated here because Qt ships no qtbase translation for some languages, Welsh among them.
STANDARD_BUTTONS = (
    "OK", "Save", "Save All", "Open", "&Yes", "Yes to &All", "&No", "N&o to All", "Abort",
    "Retry", "Ignore", "Close", "Cancel", "Discard", "Help", "Apply", "Reset", "Restore Defaults",
)  # fmt: skip


def data_strings() -> list[tuple[str, str, str, int]]:
    """Words the window translates from data rather than code: the policy's grade names
    (ui.common.words.grade_label, context "Grade"), the themes' titles (the View menu,
    context "AppearanceMenu", from each stylesheet's "/* Theme: …" line) and Qt's standard
    button texts."""
    import yaml

    found = []
    policy = REPO / "resources" / "policy" / "default.yaml"
    for grade in yaml.safe_load(policy.read_text(encoding="utf-8")).get("grades", []):
        found.append(("Grade", str(grade["name"]), str(policy.relative_to(REPO)), 1))
    for text in STANDARD_BUTTONS:  # no qtbase_<lang>.qm for every language (none for Welsh)
        found.append(("QPlatformTheme", text, "(Qt's standard buttons)", 1))
    for sheet in sorted((REPO / "resources" / "styles").glob("*.qss")):
        title = re.search(r"/\*\s*Theme:\s*([^\n*]+)", sheet.read_text(encoding="utf-8")[:400])
        if title:
            found.append(("AppearanceMenu", title[1].strip(), str(sheet.relative_to(REPO)), 1))
    return found


def remember(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """Every message of ``ts`` by (context, English), to give back what lupdate drops."""
    if not ts.exists():
        return {}
    memory = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for item in context.iter("message"):
            memory[(context.findtext("name") or "", item.findtext("source") or "")] = item
    return memory


def add_helper_strings(ts: Path, memory: dict[tuple[str, str], ET.Element]) -> int:
    """Add the helpers' and the data's strings lupdate cannot see, with their earlier
    translations."""
    tree = ET.parse(ts)
    root = tree.getroot()
    contexts = {c.findtext("name") or "": c for c in root.iter("context")}
    added = 0
    for name, text, where, line in helper_strings() + data_strings():
        context = contexts.get(name)
        if context is None:
            context = contexts[name] = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = name
        if any(m.findtext("source") == text for m in context.iter("message")):
            continue
        before = memory.get((name, text))
        if before is not None:
            item = copy.deepcopy(before)
            for old in item.findall("location"):
                item.remove(old)
        else:
            item = ET.Element("message")
            ET.SubElement(item, "source").text = text
            ET.SubElement(item, "translation").set("type", "unfinished")
        if not where.startswith("("):  # a file of the repository
            location = ET.Element("location", filename=f"../../{where}", line=str(line))
            item.insert(0, location)
        context.append(item)
        added += 1
    _write(ts, tree)
    return added


def update_file(ts: Path) -> tuple[int, int]:
    """Extract ui/ into ``ts``: lupdate, the helpers' strings, the core's messages (keeping
    every translation already made); returns (helper strings, core messages)."""
    memory = remember(ts)
    kept = core_messages(ts)  # lupdate drops them: they are not in ui/
    extract(ts)
    helpers = add_helper_strings(ts, memory)
    return helpers, merge_core(ts, kept)


def _write(ts: Path, tree: ET.ElementTree) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def core_messages(ts: Path) -> dict[str, ET.Element]:
    """The "core" context's messages of ``ts`` by id (read before lupdate drops them)."""
    if not ts.exists():
        return {}
    root = ET.parse(ts).getroot()
    context = next((c for c in root.iter("context") if c.findtext("name") == CORE), None)
    if context is None:
        return {}
    return {item.findtext("comment") or "": item for item in context.findall("message")}


def merge_core(ts: Path, old: dict[str, ET.Element] | None = None) -> int:
    """Write the "core" context of ``ts`` from the catalogue, keeping the translations in
    ``old`` (by default the file's own); returns how many messages."""
    sys.path.insert(0, str(REPO))
    from callhandler.messages import catalogue

    if old is None:
        old = core_messages(ts)
    tree = ET.parse(ts)
    root = tree.getroot()
    for stale in [c for c in root.iter("context") if c.findtext("name") == CORE]:
        root.remove(stale)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CORE
    entries = catalogue()
    for message_id in sorted(entries):
        text = entries[message_id].text
        item = ET.SubElement(context, "message")
        ET.SubElement(item, "source").text = text
        ET.SubElement(item, "comment").text = message_id
        before = old.get(message_id)
        note = before.findtext("translatorcomment") if before is not None else None
        if note:  # e.g. "DRAFT: …" until a fluent speaker has checked it
            ET.SubElement(item, "translatorcomment").text = note
        translation = ET.SubElement(item, "translation")
        kept = before.find("translation") if before is not None else None
        if before is not None and kept is not None and kept.text:
            translation.text = kept.text
            if before.findtext("source") != text or kept.get("type") == "unfinished":
                translation.set("type", "unfinished")  # the English changed: check it again
        else:
            translation.set("type", "unfinished")
    _write(ts, tree)
    return len(entries)


@dataclass(frozen=True)
class Count:
    finished: int
    unfinished: int
    unfinished_sources: tuple[str, ...]


def count(ts: Path) -> Count:
    """Finished and unfinished (current, not vanished or obsolete) messages of ``ts``."""
    finished, missing = 0, []
    for item in ET.parse(ts).getroot().iter("message"):
        translation = item.find("translation")
        kind = translation.get("type") if translation is not None else "unfinished"
        if kind in ("vanished", "obsolete"):
            continue
        texts = [translation.text or ""] if translation is not None else []
        if translation is not None and item.get("numerus") == "yes":
            texts = [form.text or "" for form in translation.iter("numerusform")]
        if kind == "unfinished" or not texts or not all(t.strip() for t in texts):
            missing.append(item.findtext("source") or "")
        else:
            finished += 1
    return Count(finished, len(missing), tuple(missing))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    update = sub.add_parser("update", help="extract ui/ and the core's messages into .ts")
    update.add_argument("languages", nargs="*", help="e.g. cy (default: every existing .ts)")
    build = sub.add_parser("build", help="compile every .ts into a .qm")
    build.add_argument("out", nargs="?", type=Path, default=FOLDER)
    sub.add_parser("status", help="finished and unfinished messages per language")
    args = parser.parse_args(argv)
    if args.command == "update":
        targets = [FOLDER / f"{PREFIX}{lang}.ts" for lang in args.languages] or ts_files()
        for ts in targets:
            helpers, core = update_file(ts)
            print(
                f"{ts.relative_to(REPO)}: extracted ui/ ({helpers} through _tr-style helpers) "
                f"and {core} core messages"
            )
    elif args.command == "build":
        for qm in compile_all(args.out):
            print(qm)
    for ts in ts_files():
        tally = count(ts)
        print(f"{ts.name}: {tally.finished} finished, {tally.unfinished} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
