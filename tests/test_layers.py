"""The code's own rules: ruff is clean, the import layers hold (pyproject's contracts) and an import
inside a function says why it is there."""

import ast
import io
import os
import subprocess
import sys
import tokenize
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from tests import tmuxkit
from tests.test_browser_e2e import CHROMIUM, FLAGS

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def test_ruff_is_clean():
    done = subprocess.run(
        [str(BIN / "ruff"), "check", "guide", "tests", "benchmarks", "schema"],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_no_module_imports_itself_round_a_circle():
    """Counting the imports deferred inside functions too: a circle would make the order of imports matter."""
    import grimp  # the graph import-linter reads

    graph = grimp.build_graph("guide", exclude_type_checking_imports=True)  # type-only imports never run
    circles = sorted((a, b) for a in graph.modules for b in graph.find_modules_directly_imported_by(a)
                     if b != a and graph.chain_exists(importer=b, imported=a))
    assert circles == [], circles


def test_import_layers_hold():
    done = subprocess.run(
        [str(BIN / "lint-imports"), "--no-cache"],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


def uncommented_function_imports(path: Path, root: Path = ROOT) -> list[str]:
    """`file:line` of each import inside a function with no comment on its line or the line before."""
    source = path.read_text(encoding="utf-8")
    commented = {tok.start[0] for tok in tokenize.generate_tokens(io.StringIO(source).readline)
                 if tok.type == tokenize.COMMENT}
    found = set()
    for node in ast.walk(ast.parse(source, filename=str(path))):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for inner in ast.walk(node):
                if (
                    isinstance(inner, (ast.Import, ast.ImportFrom))
                    and not {inner.lineno, inner.lineno - 1} & commented
                ):
                    found.add(inner.lineno)
    return [f"{path.relative_to(root)}:{line}" for line in sorted(found)]


def test_imports_inside_functions_say_why():
    """An import inside a function defers a heavy or optional module, and a comment says so
    (e.g. `# deferred: the loader`); any other import belongs at the top of the module."""
    bad = [
        where
        for path in sorted((ROOT / "guide").rglob("*.py"))
        for where in uncommented_function_imports(path)
    ]
    assert not bad, "imports inside a function without a comment saying why:\n" + "\n".join(bad)


def test_the_import_rule_finds_a_bare_import(tmp_path):
    """The rule above can fail: bare imports in a function and a nested method are named,
    commented ones not."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import re\n\n\ndef f():\n    import json\n\n\n"
        "class C:\n    def g(self):\n        def h():\n            from os import path\n"
        "        return h\n\n\n"
        "def ok():\n    import csv  # deferred: only for the file\n    # deferred: only when asked\n"
        "    import zipfile\n",
        encoding="utf-8",
    )
    assert uncommented_function_imports(sample, tmp_path) == ["sample.py:5", "sample.py:11"]


def _contracts() -> list[dict]:
    import tomllib

    return (tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
            ["tool"]["importlinter"]["contracts"])


def _modules() -> list[str]:
    """Every module of the package, from the files (guide/a/b.py -> guide.a.b,
    guide/a/__init__.py -> guide.a)."""
    found = []
    for path in sorted((ROOT / "guide").rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        found.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return found


def _covered(module: str, by: list[str]) -> bool:
    return any(module == name or module.startswith(name + ".") for name in by)


def test_every_module_sits_in_a_layer():
    """A new module (or folder) that no layer names fails here,
    so the layers contract grows with the house."""
    layers = next(c for c in _contracts() if c["type"] == "layers")["layers"]
    names = [name.strip() for layer in layers for name in layer.split(":")]
    outside = [m for m in _modules() if m != "guide" and not _covered(m, names)]
    assert outside == [], f"modules in no layer of pyproject's layers contract: {outside}"


# What may import Textual: the app, the web server that starts it per tab, and the commands that start them.
STARTS_THE_APP = ["guide", "guide.__main__", "guide.tui", "guide.web", "guide.cli", "guide.cli.serve"]


def test_no_textual_below_the_app_covers_every_module():
    """Every module other than the app and what starts it is a source of the no-Textual contract."""
    rule = next(c for c in _contracts() if "textual" in c.get("forbidden_modules", []))
    uncovered = [m for m in _modules()
                 if m not in STARTS_THE_APP and not m.startswith(("guide.tui.", "guide.web."))
                 and not _covered(m, rule["source_modules"])]
    assert uncovered == [], f"modules the no-Textual contract does not cover: {uncovered}"


def test_the_layer_rules_can_fail():
    assert _covered("guide.flows.parse", ["guide.flows"]) and not _covered("guide.flowsx", ["guide.flows"])
    assert "guide.flows.parse" in _modules() and "guide.flows" in _modules()


def test_the_architecture_page_shows_the_layers_of_the_contract():
    """docs/architecture.md's layer table lists the contract's layers, top down, as folders or files."""
    import re

    layers = next(c for c in _contracts() if c["type"] == "layers")["layers"]
    wanted = [[name.strip() for name in layer.split(":")] for layer in layers]
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    table = text.split("## The folders are the layers", 1)[1].split("\n\n", 2)[2].split("\n\n", 1)[0]
    rows = [line for line in table.splitlines() if line.startswith("|") and "`guide/" in line]
    shown = [[re.sub(r"(/|\.py)$", "", p).replace("/", ".")
              for p in re.findall(r"`(guide/[\w/.]+)`", row.split("|")[2])]
             for row in rows]
    assert shown == wanted, f"docs/architecture.md shows {shown}, the contract has {wanted}"


def test_only_the_storage_folder_speaks_sql():
    """Tables are read and written through guide/storage's API (store.py, live_rows.py, ...),
    never by raw SQL elsewhere."""
    import re

    sql = re.compile(r"\.execute\(|\.executemany\(|\.rows\(|\.transaction\(|"
                     r"[\"'](SELECT|INSERT|UPDATE|DELETE|PRAGMA) ")
    found = [f"{path.relative_to(ROOT)}:{n}" for path in sorted((ROOT / "guide").rglob("*.py"))
             if "storage" not in path.parts
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if sql.search(line)]
    assert found == [], "SQL outside guide/storage:\n" + "\n".join(found)


def test_a_test_without_its_marker_fails_when_it_starts_chromium_or_tmux():
    """The markers stay true: this test has neither `browser` nor `tmux`, so the helpers refuse it
    before anything starts (the tmux session and Chromium are never launched)."""
    with pytest.raises(AssertionError, match="uses tmux: mark it @pytest.mark.tmux"):
        tmuxkit.start(tmuxkit.session_name("unmarked"), 80, 24, "true")
    with sync_playwright() as pw, pytest.raises(AssertionError, match="uses browser: mark it @pytest.mark"):
        pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS)


def test_every_marker_used_is_registered():
    """A misspelt marker (`@pytest.mark.brower`) would select nothing: pytest refuses unknown ones."""
    selected = "browser or tmux or slow"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_XDIST")}  # a run of its own
    done = subprocess.run([sys.executable, "-m", "pytest", "--co", "-q", "-n", "0", "-m", selected],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "PytestUnknownMarkWarning" not in done.stdout + done.stderr
    for kind in ("test_browser_e2e.py", "test_tmux_e2e.py", "test_fuzz.py::test_mutated_intake"):
        assert kind in done.stdout
