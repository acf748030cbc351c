"""The package as a user installs it: a wheel used from elsewhere, the console command, user flow folders."""

import os
import subprocess
import sys
import zipfile

from tests.conftest import MINI, ROOT, write_flow


def _run(args, cwd, env=None, stdin=""):
    return subprocess.run([sys.executable, *args], cwd=cwd, env=env or os.environ.copy(), input=stdin,
                          capture_output=True, text=True)


def test_a_wheel_installed_elsewhere_finds_its_flows_and_cards(tmp_path):
    wheels = tmp_path / "wheels"
    built = _run(["-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w", str(wheels), str(ROOT)],
                 tmp_path)
    if built.returncode != 0:  # hatchling not in this environment: let pip fetch the build backend
        built = _run(["-m", "pip", "wheel", "--no-deps", "-w", str(wheels), str(ROOT)], tmp_path)
    assert built.returncode == 0, built.stderr[-2000:]
    wheel = next(wheels.glob("bindkracht_gids-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "guide/_shipped/flows/intake.yaml" in names
    assert "guide/_shipped/content/nl/krachtlijn-1.md" in names
    assert "guide/_shipped/schema/flow.schema.json" in names
    assert "guide/tui/app.tcss" in names and "guide/web/templates/app_index.html" in names
    assert "guide/_shipped/docs/flow-format.md" in names and "guide/_shipped/docs/authoring.md" in names
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    meta = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    assert "License-Expression: MIT" in meta and "Classifier: Natural Language :: Dutch" in meta

    site = tmp_path / "site"
    installed = _run(["-m", "pip", "install", "--no-deps", "--target", str(site), str(wheel)], tmp_path)
    assert installed.returncode == 0, installed.stderr[-2000:]
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = dict(os.environ, PYTHONPATH=str(site), BINDKRACHT_CONFIG_DIR=str(tmp_path / "cfg"))
    where = _run(["-c", "import guide.base.paths as p; print(p.shipped_root())"], elsewhere, env)
    assert where.stdout.strip() == str(site / "guide" / "_shipped")
    flows = _run(["-m", "guide", "flows"], elsewhere, env)
    assert flows.returncode == 0 and "intake" in flows.stdout and "full-process" in flows.stdout
    check = _run(["-m", "guide", "check"], elsewhere, env)
    assert check.returncode == 0, check.stdout + check.stderr
    new = _run(["-m", "guide", "new", "flow", "mine"], elsewhere, env)
    assert new.returncode == 0, new.stderr
    header = (tmp_path / "cfg" / "flows" / "mine.yaml").read_text(encoding="utf-8")
    doc = site / "guide" / "_shipped" / "docs" / "flow-format.md"
    assert str(doc) in header and doc.is_file()  # a new flow points to documentation that is there


def test_flows_in_the_user_config_folder_and_with_flows_load_beside_the_shipped_ones(tmp_path):
    config = tmp_path / "cfg"
    write_flow(config / "flows", "mini.yaml", MINI)
    other = tmp_path / "other"
    write_flow(other, "second.yaml", MINI.replace("id: mini", "id: second"))
    env = dict(os.environ, BINDKRACHT_CONFIG_DIR=str(config))
    out = _run(["-m", "guide", "flows", "--flows", str(other)], ROOT, env)
    ids = [line.split()[0] for line in out.stdout.splitlines()[1:]]
    assert {"mini", "second", "intake", "rights"} <= set(ids)
    clash = tmp_path / "clash"
    write_flow(clash, "intake.yaml", MINI.replace("id: mini", "id: intake"))
    out = _run(["-m", "guide", "check", "--flows", str(clash), "--lang", "en"], ROOT, env)
    assert out.returncode == 1 and "error[duplicate-flow]: flow id 'intake' already exists" in out.stdout


def test_play_walks_the_intake_in_english_to_the_end(tmp_path):
    env = dict(os.environ, BINDKRACHT_DATA_DIR=str(tmp_path / "d"), BINDKRACHT_CONFIG_DIR=str(tmp_path / "c"))
    # card, cue, language=1 (Dutch works), opening, acute=1 (none), role, trusted person, the end,
    # notes=1 (yes), two questions, worries, summary, after registration, checklist, next contact,
    # in between, card, three cues, welcome=4
    answers = "\n".join(["", "", "1", "", "1", "", "", "", "1", "", "", "1,2", "", "", "1 2 3 4",
                         "Tuesday at ten", "", "", "", "", "", "4"]) + "\n"
    out = _run(["-m", "guide", "play", "intake", "--lang", "en", "--label", "EN-1"], ROOT, env, answers)
    assert out.returncode == 0, out.stdout[-1500:]
    assert "What brings you here today?" in out.stdout
    assert "The first conversation is done." in out.stdout
    assert "Done. Export with: bindkracht sessions export 1" in out.stdout
    nl = _run(["-m", "guide", "play", "intake", "--label", "NL-1"], ROOT,
              dict(env, BINDKRACHT_DATA_DIR=str(tmp_path / "d2")), answers)
    assert "Het eerste gesprek is rond." in nl.stdout


def test_usage_errors_exit_2_without_traceback():
    for args in (["bogus-command"], ["play"], ["graph"], ["sessions", "nothing"], ["--lang", "fr", "flows"]):
        out = _run(["-m", "guide", *args], ROOT)
        assert out.returncode == 2, args
        assert "Traceback" not in out.stderr and "gebruik:" in out.stderr


def test_graph_shows_conditions_on_edges():
    out = _run(["-m", "guide", "graph", "intake"], ROOT)
    assert out.returncode == 0
    assert 'acute == \\"none\\"' not in out.stdout  # quotes are escaped for Mermaid
    assert 's_acute -->|"acute == #34;none#34;"| s_explain_role' in out.stdout
    assert 's_low_welcome -.->|"overslaan tenzij welcome #60;= 2"| s_done' in out.stdout
    assert "s_done --> flow_end" in out.stdout
    dot = _run(["-m", "guide", "graph", "intake", "--format", "dot"], ROOT)
    assert '"s_acute" -> "s_acute_first" [label="else"];' in dot.stdout
    assert _run(["-m", "guide", "graph", "nope"], ROOT).returncode == 2


def test_textual_and_textual_serve_are_pinned_exactly_and_installed_at_that_version():
    """Private names of both are used (guide/tui/textual_compat.py, the overrides in guide/web/): an
    upgrade must be a decision, made by changing these pins and reading those places again."""
    import tomllib
    from importlib.metadata import version

    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    pins = dict(d.split("==") for d in deps if d.startswith(("textual==", "textual-serve==")))
    assert pins == {"textual": "8.2.8", "textual-serve": "1.1.3"}
    assert version("textual") == pins["textual"] and version("textual-serve") == pins["textual-serve"]
