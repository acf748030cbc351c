"""`bindkracht check` against one small broken flow per problem code.

Every file in tests/fixtures/bad/ starts with a header naming the problems it
must produce, e.g. `# expect: no-else 12:9; unreachable 20:11`. Codes that need
more than one text file (encoding, too-large, two flows with the same id, a
card in one language only, test plans, ...) are built in a temporary directory
by the `test_gen_*` tests below.
"""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

from guide.base.i18n import all_keys
from guide.flows import library, yamlnodes
from guide.flows.parse import parse_flow
from guide.run.plans import coverage, run_plan_file

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "bad"
FIXTURE_FILES = sorted(FIXTURES.glob("*.yaml"))
WARNING_CODES = {"partial-languages", "uncovered", "card-source-stale", "longest-best", "one-good-option",
                 "term-variant", "warm-best", "question-best"}
LINE_RE = re.compile(r"^[^:]+:\d+:\d+: (error|warning)\[[a-z-]+\]: .+")
PLACEHOLDER_RE = re.compile(r"\{[a-z_]+\}")

# Codes produced by the generated cases below (each has a test_gen_<code> test).
GENERATED_CODES = {
    "encoding",
    "too-large",
    "too-long",
    "duplicate-flow",
    "card-translation",
    "unreadable",
    "not-a-file",
    "too-many-nodes",
    "uncovered",
    "plan-flow",
    "card-sources",
    "card-source-line",
    "card-source-stale",
    "card-outside",
    "card-remote",
}


# -- helpers -----------------------------------------------------------------


def expected(path: Path) -> list[tuple[str, int, int]]:
    first = path.read_text(encoding="utf-8", errors="replace").splitlines()[0]
    assert first.startswith("# expect: "), f"{path.name}: first line must be '# expect: CODE LINE:COL'"
    out = []
    for part in first[len("# expect: "):].split(";"):
        code, pos = part.split()
        line, col = pos.split(":")
        out.append((code, int(line), int(col)))
    return sorted(out)


def file_problems(lib, path: Path):
    matches = [f for f in lib.files if f.path.resolve() == path.resolve()]
    assert len(matches) == 1, f"{path} was not loaded"
    return matches[0].problems


def located(problems) -> list[tuple[str, int, int]]:
    return sorted((p.code, p.line, p.col) for p in problems)


def assert_well_formed(problem) -> None:
    line = problem.format("en")
    assert LINE_RE.match(line), line
    assert problem.line >= 1 and problem.col >= 1, line
    assert problem.severity == ("warning" if problem.code in WARNING_CODES else "error"), line
    for lang in ("nl", "en"):
        message = problem.message(lang)
        assert message and not message.startswith("check."), (lang, line)
        assert not PLACEHOLDER_RE.search(message), f"unfilled placeholder in {lang}: {message}"


def cli_env(tmp_path: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BINDKRACHT_")}
    env["BINDKRACHT_CONFIG_DIR"] = str(tmp_path / "config")
    env["BINDKRACHT_DATA_DIR"] = str(tmp_path / "data")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def run_cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    proc = subprocess.run(
        [sys.executable, "-m", "guide", *args],
        cwd=ROOT,
        env=cli_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "Traceback" not in proc.stdout and "Traceback" not in proc.stderr, proc.stderr
    return proc


def parse_lines(stdout: str) -> list[tuple[str, int, int]]:
    out = []
    for line in stdout.splitlines():
        m = re.match(r"^(.+?):(\d+):(\d+): (error|warning)\[([a-z-]+)\]: .+", line)
        assert m, f"not a problem line: {line!r}"
        out.append((m.group(5), int(m.group(2)), int(m.group(3))))
    return sorted(out)


FLOW = """\
id: {id}
version: "1"
title: {{nl: Test, en: Test}}
languages: [nl, en]
phases:
  - id: intake
    steps:
      - id: hello
        kind: ask
        card: {card}
        text: {{nl: Hallo, en: Hello}}
      - id: done
        kind: end
"""


# -- one file per code ---------------------------------------------------------


def test_there_are_fixtures():
    assert len(FIXTURE_FILES) >= 40


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=[p.stem for p in FIXTURE_FILES])
def test_fixture(path: Path):
    lib = library.load(include_shipped=True, include_user=False, extra_files=[path])
    problems = file_problems(lib, path)
    assert located(problems) == expected(path), "\n".join(p.format("en") for p in problems)
    for problem in problems:
        assert_well_formed(problem)
    # a broken file never spills problems onto the shipped flows
    others = [p for f in lib.files if f.path.resolve() != path.resolve() for p in f.problems]
    assert others == []


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=[p.stem for p in FIXTURE_FILES])
def test_fixture_checked_as_check_FILE_does_finds_the_same(path: Path):
    """`bindkracht check FILE` knows the shipped flows and cards by id only: the same problems, same words."""
    full = file_problems(library.load(include_shipped=True, include_user=False, extra_files=[path]), path)
    quick = library.load(include_shipped=True, include_user=False, extra_files=[path], shipped_ids_only=True)
    assert [f.path for f in quick.files] == [path] and not quick.flows.keys() & quick.shipped_ids.keys()
    assert [p.format("en") for p in file_problems(quick, path)] == [p.format("en") for p in full]


def test_shipped_flows_are_named_by_their_id():
    """What lets `check FILE` skip reading them: each shipped flow's id is its file name."""
    lib = library.load(include_shipped=True, include_user=False)
    shipped = {f.flow.id: f.path for f in lib.files if f.shipped}
    assert len(shipped) >= 18
    assert all(path.name == f"{flow_id}.yaml" for flow_id, path in shipped.items())
    assert (
        library.load(include_shipped=True, include_user=False, shipped_ids_only=True).shipped_ids == shipped
    )


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=[p.stem for p in FIXTURE_FILES])
def test_fixture_is_named_after_its_code(path: Path):
    assert path.stem in {code for code, _, _ in expected(path)}


def test_every_code_has_a_case():
    codes = {key[len("check."):] for key in all_keys() if key.startswith("check.")}
    covered = {code for path in FIXTURE_FILES for code, _, _ in expected(path)} | GENERATED_CODES
    assert codes - covered == set(), "problem codes without a fixture or generated case"
    assert covered - codes == set(), "fixtures name codes that have no message"
    for code in GENERATED_CODES:
        assert f"test_gen_{code.replace('-', '_')}" in globals(), code


def test_docs_example_is_valid(tmp_path: Path):
    doc = (ROOT / "docs" / "flow-format.md").read_text(encoding="utf-8")
    flow = re.search(r"## A complete small example\n\n```yaml\n(.*?)```", doc, re.S).group(1)
    plan = re.search(r"## Test plans.*?```yaml\n(.*?)```", doc, re.S).group(1)
    (tmp_path / "first-contact.yaml").write_text(flow, encoding="utf-8")
    (tmp_path / "first-contact.plan.yaml").write_text(plan, encoding="utf-8")
    lib = library.load(flow_dirs=[tmp_path], include_shipped=True, include_user=False)
    assert [p.format("en") for p in lib.problems] == []
    results, problems = run_plan_file(tmp_path / "first-contact.plan.yaml", lib, "plan", "en")
    assert problems == [] and [r.failures for r in results] == [[]]


# -- generated cases -----------------------------------------------------------


def _load_one(path: Path):
    lib = library.load(include_shipped=False, include_user=False, extra_files=[path])
    return file_problems(lib, path)


def test_gen_encoding(tmp_path: Path):
    path = tmp_path / "enc.yaml"
    path.write_bytes(b"id: x\n\xff\xfe")
    problems = _load_one(path)
    assert located(problems) == [("encoding", 2, 1)]
    assert_well_formed(problems[0])
    path.write_bytes("id: x\n".encode("utf-16"))  # a UTF-16 file from a Windows editor
    assert located(_load_one(path)) == [("encoding", 1, 1)]


def test_encoding_column_counts_characters(tmp_path: Path):
    # 'title: ' is 7 characters, then two 'é' (2 bytes each); the bad byte is character 10
    path = tmp_path / "enc.yaml"
    path.write_bytes(b"id: x\ntitle: \xc3\xa9\xc3\xa9\xff\n")
    assert located(_load_one(path)) == [("encoding", 2, 10)]


def test_gen_too_large(tmp_path: Path):
    path = tmp_path / "big.yaml"
    path.write_bytes(b"#" * (yamlnodes.MAX_BYTES + 1))
    problems = _load_one(path)
    assert located(problems) == [("too-large", 1, 1)]
    assert_well_formed(problems[0])
    assert "8" in problems[0].message("en")


def test_gen_too_long(tmp_path: Path):
    path = tmp_path / "long.yaml"
    limit = yamlnodes.MAX_SCALAR
    path.write_text('id: fx\ntitle: {nl: "' + "a" * (limit + 1) + '"}\n', encoding="utf-8")
    problems = _load_one(path)
    assert located(problems) == [("too-long", 2, 13)]
    assert_well_formed(problems[0])
    # exactly at the limit is still fine
    path.write_text('id: fx\ntitle: {nl: "' + "a" * limit + '"}\n', encoding="utf-8")
    assert "too-long" not in {p.code for p in _load_one(path)}


def test_gen_duplicate_flow(tmp_path: Path):
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    a.write_text(FLOW.format(id="twin", card="presentie"), encoding="utf-8")
    b.write_text(FLOW.format(id="twin", card="presentie"), encoding="utf-8")
    lib = library.load(include_shipped=True, include_user=False, extra_files=[a, b])
    assert located(file_problems(lib, a)) == []
    problems = file_problems(lib, b)
    assert located(problems) == [("duplicate-flow", 1, 5)]
    assert_well_formed(problems[0])
    assert "a.yaml" in problems[0].message("en")
    # the shipped intake flow plus a user flow that reuses its id
    c = tmp_path / "c.yaml"
    c.write_text(FLOW.format(id="intake", card="presentie"), encoding="utf-8")
    lib = library.load(include_shipped=True, include_user=False, extra_files=[c])
    assert located(file_problems(lib, c)) == [("duplicate-flow", 1, 5)]
    quick = library.load(include_shipped=True, include_user=False, extra_files=[c], shipped_ids_only=True)
    assert [p.format("en") for p in file_problems(quick, c)] == [
        p.format("en") for p in file_problems(lib, c)
    ]
    assert "intake.yaml" in file_problems(quick, c)[0].message("en")
    # checking the shipped file itself (`bindkracht check flows/intake.yaml` in a checkout) is no twin
    from guide.base import paths

    shipped = paths.shipped_flows() / "intake.yaml"
    quick = library.load(include_shipped=True, include_user=False, extra_files=[shipped],
                         shipped_ids_only=True)
    assert file_problems(quick, shipped) == []


def test_gen_card_translation(tmp_path: Path):
    (tmp_path / "content" / "nl").mkdir(parents=True)
    (tmp_path / "content" / "nl" / "only-nl.md").write_text("# Alleen Nederlands\n", encoding="utf-8")
    (tmp_path / "flow.yaml").write_text(FLOW.format(id="fx-card", card="only-nl"), encoding="utf-8")
    lib = library.load(flow_dirs=[tmp_path], include_shipped=True, include_user=False)
    problems = file_problems(lib, tmp_path / "flow.yaml")
    assert located(problems) == [("card-translation", 10, 15)]
    assert_well_formed(problems[0])
    assert problems[0].params["lang"] == "en"
    # the content/ folder is not mistaken for flows
    assert all("content" not in f.path.parts for f in lib.files)


def _rights_card_problems(tmp_path: Path, text: str):
    (tmp_path / "content" / "nl").mkdir(parents=True)
    (tmp_path / "content" / "nl" / "recht-fx.md").write_text(text, encoding="utf-8")
    lib = library.load(flow_dirs=[tmp_path], include_shipped=True, include_user=False)
    return [p for p in lib.card_problems if p.file.endswith("recht-fx.md")]


def test_gen_card_sources(tmp_path: Path):
    problems = _rights_card_problems(tmp_path, "# Recht\n\nGeen bronnen.\n")
    assert located(problems) == [("card-sources", 1, 1)]
    assert_well_formed(problems[0])


def test_gen_card_source_line(tmp_path: Path):
    problems = _rights_card_problems(tmp_path, "# Recht\n\n## Bronnen\n\n- FOD, zonder link of datum\n")
    assert located(problems) == [("card-source-line", 5, 1)]
    assert_well_formed(problems[0])


def test_a_safety_card_needs_sources_like_a_rights_card(tmp_path: Path):
    (tmp_path / "content" / "nl").mkdir(parents=True)
    (tmp_path / "content" / "nl" / "veiligheid-fx.md").write_text("# Veilig\n\nGeen bronnen.\n",
                                                                  encoding="utf-8")
    lib = library.load(flow_dirs=[tmp_path], include_shipped=True, include_user=False)
    assert located([p for p in lib.card_problems if p.file.endswith("veiligheid-fx.md")]) == [
        ("card-sources", 1, 1)
    ]


def test_a_card_with_another_name_for_a_settled_term_is_flagged_at_the_word(tmp_path: Path):
    for lang, text in (("en", "# Card\n\nFirst the OCMW, then the\nhealth insurer and the PCSW.\n"),
                       ("nl", "# Kaart\n\nLees de kaart hiernaast. Een health insurer telt hier niet.\n")):
        (tmp_path / "content" / lang).mkdir(parents=True)
        (tmp_path / "content" / lang / "krachtlijn-fx.md").write_text(text, encoding="utf-8")
    lib = library.load(flow_dirs=[tmp_path], include_shipped=True, include_user=False)
    problems = [p for p in lib.card_problems if "krachtlijn-fx" in p.file]
    # English names only in English cards, Dutch ones only in Dutch cards
    assert sorted((Path(p.file).parent.name, p.line, p.col, p.params["found"]) for p in problems) == [
        ("en", 4, 1, "health insurer"), ("en", 4, 24, "PCSW"), ("nl", 3, 9, "kaart hiernaast")]
    for problem in problems:
        assert_well_formed(problem)
    assert "health insurance fund" in problems[0].message("en") and "writing-flows" in problems[0].message(
        "nl"
    )
    # the shipped flows and cards use the settled terms
    shipped = library.load(include_shipped=True, include_user=False)
    assert [p.format("en") for p in shipped.problems if p.code == "term-variant"] == []


def test_gen_card_source_stale(tmp_path: Path):
    problems = _rights_card_problems(tmp_path,
                                     "# Recht\n\n## Bronnen\n\n- FOD: https://example.org (gecheckt "
                                     "2020-01-31)\n")
    assert located(problems) == [("card-source-stale", 5, 38)]
    assert_well_formed(problems[0])
    (tmp_path / "flow.yaml").write_text(FLOW.format(id="fx-stale", card="presentie"), encoding="utf-8")
    # shown by `bindkracht check` on that folder, as a warning that does not fail the run
    out = subprocess.run([sys.executable, "-m", "guide", "--lang", "en", "check", str(tmp_path)],
                         capture_output=True, text=True, timeout=120, env=cli_env(tmp_path))
    assert "warning[card-source-stale]" in out.stdout and out.returncode == 0, out.stdout + out.stderr


def _card_flow(tmp_path: Path, card: str) -> None:
    (tmp_path / "flow.yaml").write_text(FLOW.format(id="fx-card", card=card), encoding="utf-8")


def test_gen_card_outside(tmp_path: Path, capsys):
    from guide.cli import main

    for lang in ("nl", "en"):
        (tmp_path / "content" / lang).mkdir(parents=True)
        (tmp_path / "content" / lang / "passwd.md").symlink_to("/etc/passwd")
    _card_flow(tmp_path, "passwd")
    lib = library.load(flow_dirs=[tmp_path], include_shipped=True, include_user=False)
    problems = [p for p in file_problems(lib, tmp_path / "flow.yaml") if p.code == "card-outside"]
    assert located(problems) == [("card-outside", 1, 1), ("card-outside", 1, 1)]
    assert_well_formed(problems[0])
    assert lib.card_text("passwd", "nl") is None and not lib.runnable("fx-card")
    assert main(["--lang", "en", "check", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "passwd.md:1:1: error[card-outside]" in out and "root:" not in out


def test_gen_card_remote(tmp_path: Path):
    for lang in ("nl", "en"):
        (tmp_path / "content" / lang).mkdir(parents=True)
        (tmp_path / "content" / lang / "remote.md").write_text(
            "# Kaart\n\nTekst met een [gewone link](https://example.org) mag.\n\n"
            "![](https://tracker.example/pixel.png)\n"
            'Ook <img alt="x" src="//cdn.example/a.png"> en ![a][logo] niet.\n\n'
            "[logo]: http://example.org/logo.png\n", encoding="utf-8")
    _card_flow(tmp_path, "remote")
    lib = library.load(flow_dirs=[tmp_path], include_shipped=True, include_user=False)
    problems = [p for p in file_problems(lib, tmp_path / "flow.yaml")
                if p.code == "card-remote" and p.file.endswith("en/remote.md")]
    assert located(problems) == [("card-remote", 5, 5), ("card-remote", 6, 23), ("card-remote", 8, 9)]
    assert_well_formed(problems[0])
    assert not lib.runnable("fx-card")


def test_gen_unreadable(tmp_path: Path):
    dangling = tmp_path / "x.yaml"
    dangling.symlink_to(tmp_path / "gone.yaml")
    problems = _load_one(dangling)
    assert located(problems) == [("unreadable", 1, 1)]
    assert_well_formed(problems[0])


def test_gen_too_many_nodes(tmp_path: Path):
    path = tmp_path / "many.yaml"
    path.write_bytes(b"- a\n" * (yamlnodes.MAX_WRITTEN + 1))
    problems = _load_one(path)
    assert located(problems) == [("too-many-nodes", yamlnodes.MAX_WRITTEN, 3)]  # the list itself counts too
    assert_well_formed(problems[0])


def test_gen_not_a_file(tmp_path: Path):
    folder = tmp_path / "x.yaml"
    folder.mkdir()
    os.mkfifo(tmp_path / "pipe.yaml")
    for path in (folder, tmp_path / "pipe.yaml"):
        problems = _load_one(path)
        assert located(problems) == [("not-a-file", 1, 1)]
        assert_well_formed(problems[0])


COVERED_FLOW = """\
id: fx-covered
version: "1"
title: {nl: Test, en: Test}
languages: [nl, en]
variables:
  c: {type: choice}
phases:
  - id: intake
    steps:
      - id: pick
        kind: choice
        set: c
        text: {nl: Kies, en: Pick}
        options:
          - {value: a, label: {nl: A, en: A}, next: left}
          - {value: b, label: {nl: B, en: B}, next: right}
      - id: left
        kind: ask
        text: {nl: Links, en: Left}
        next: done
      - id: right
        kind: ask
        text: {nl: Rechts, en: Right}
      - id: done
        kind: end
"""

COVERED_PLAN = """\
flow: fx-covered
plans:
  - name: left only
    answers: {pick: a}
    expect:
      visits: [left]
      avoids: [right]
      finished: true
"""


def test_gen_uncovered(tmp_path: Path):
    flows = tmp_path / "flows"
    flows.mkdir()
    (flows / "covered.yaml").write_text(COVERED_FLOW, encoding="utf-8")
    (flows / "covered.plan.yaml").write_text(COVERED_PLAN, encoding="utf-8")

    lib = library.load(flow_dirs=[flows], include_shipped=False, include_user=False)
    results, problems = run_plan_file(flows / "covered.plan.yaml", lib, "plan", "en")
    assert problems == [] and [r.failures for r in results] == [[]]
    uncovered, covered, total = coverage(lib, results)
    assert [(step.id, step.mark.line, step.mark.col) for _, step in uncovered] == [("right", 21, 13)]
    assert (covered, total) == (3, 4)

    proc = run_cli(tmp_path, "check", "--coverage", "--lang", "en", str(flows))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = [line for line in proc.stdout.splitlines() if "[uncovered]" in line]
    assert len(lines) == 1 and LINE_RE.match(lines[0]), proc.stdout
    assert lines[0].endswith("covered.yaml:21:13: warning[uncovered]: step 'right' is not visited by "
                             "any test plan")
    strict = run_cli(tmp_path, "check", "--coverage", "--strict", str(flows))
    assert strict.returncode == 1


def test_gen_plan_flow(tmp_path: Path):
    plan = tmp_path / "ghost.plan.yaml"
    plan.write_text("flow: no-such-flow\nplans:\n  - name: x\n    answers: {}\n", encoding="utf-8")
    lib = library.load(include_shipped=True, include_user=False)
    results, problems = run_plan_file(plan, lib, "ghost.plan.yaml", "en")
    assert results == [] and located(problems) == [("plan-flow", 1, 7)]
    assert_well_formed(problems[0])

    # a plan for a flow that exists but has errors is refused the same way
    broken = tmp_path / "broken.yaml"
    broken.write_text(FLOW.format(id="fx-broken", card="no-such-card"), encoding="utf-8")
    plan2 = tmp_path / "broken.plan.yaml"
    plan2.write_text("flow: fx-broken\nplans:\n  - name: x\n", encoding="utf-8")
    lib = library.load(include_shipped=False, include_user=False, extra_files=[broken])
    _, problems = run_plan_file(plan2, lib, "broken.plan.yaml", "en")
    assert located(problems) == [("plan-flow", 1, 7)]

    proc = run_cli(tmp_path, "test", str(plan))
    assert proc.returncode == 1
    assert any(":1:7: error[plan-flow]:" in line for line in proc.stdout.splitlines()), proc.stdout


# -- one mistake, one located problem ----------------------------------------------


def test_control_character_is_located():
    data = b"id: a\nversion: '1'\ntitle: x\x07y\n"
    _, problems, _ = parse_flow("f.yaml", data)
    assert located(problems) == [("yaml-syntax", 3, 9)]


def test_id_with_trailing_newline_is_bad():
    # a quoted id with a newline is not `[a-z][a-z0-9_-]*`; `next: hello` could never reach it
    src = (FIXTURES / "bad-id.yaml").read_text(encoding="utf-8").replace("id: Hello-World", 'id: "hello\\n"')
    _, problems, _ = parse_flow("f.yaml", src.encode())
    assert [p.code for p in problems] == ["bad-id"]


@pytest.mark.parametrize(
    "change, want",
    [
        (("title: {nl: Test, en: Test}", "title: Test"), [("text-form", 3, 8)]),
        (("title: {nl: Test, en: Test}\n", ""), [("missing-key", 1, 1)]),
    ],
    ids=["title-text-form", "title-missing"],
)
def test_title_mistake_is_reported_once(tmp_path: Path, change, want):
    path = tmp_path / "t.yaml"
    path.write_text(FLOW.format(id="fx-title", card="presentie").replace(*change), encoding="utf-8")
    lib = library.load(include_shipped=True, include_user=False, extra_files=[path])
    assert located(file_problems(lib, path)) == want


# -- the command line ------------------------------------------------------------

CLI_FIXTURES = ["unknown-target", "yaml-tag", "duplicate-key", "no-else", "alias-limit", "empty-file"]


@pytest.mark.parametrize("name", CLI_FIXTURES)
def test_cli_check_fixture(tmp_path: Path, name: str):
    path = FIXTURES / f"{name}.yaml"
    rel = str(path.relative_to(ROOT))
    text = run_cli(tmp_path, "check", rel)
    assert text.returncode == 1, text.stdout + text.stderr
    assert parse_lines(text.stdout) == expected(path)
    for line in text.stdout.splitlines():
        assert line.startswith(rel + ":") and LINE_RE.match(line)
        assert "check." not in line

    js = run_cli(tmp_path, "check", "--format", "json", rel)
    assert js.returncode == 1
    report = json.loads(js.stdout)
    assert sorted((p["code"], p["line"], p["col"]) for p in report["problems"]) == expected(path)
    assert report["errors"] == len(expected(path)) and report["warnings"] == 0
    assert all(p["severity"] == "error" and p["file"] == rel for p in report["problems"])


def test_cli_warning_only_exits_zero_unless_strict(tmp_path: Path):
    rel = str((FIXTURES / "partial-languages.yaml").relative_to(ROOT))
    proc = run_cli(tmp_path, "check", rel)
    assert proc.returncode == 0
    assert parse_lines(proc.stdout) == [("partial-languages", 2, 5)]
    assert "warning[partial-languages]" in proc.stdout
    assert run_cli(tmp_path, "check", "--strict", rel).returncode == 1


def test_cli_lang_switches_messages(tmp_path: Path):
    rel = str((FIXTURES / "unknown-target.yaml").relative_to(ROOT))
    nl = run_cli(tmp_path, "check", "--lang", "nl", rel).stdout
    en = run_cli(tmp_path, "check", "--lang", "en", rel).stdout
    assert "is geen stap in deze flow" in nl
    assert "is not a step in this flow" in en


def test_cli_shipped_flows_pass(tmp_path: Path):
    proc = run_cli(tmp_path, "check")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.strip() == ""
    proc = run_cli(tmp_path, "check", "--coverage", "--strict")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_cli_usage_errors(tmp_path: Path):
    bogus = run_cli(tmp_path, "check", "--bogus")
    assert bogus.returncode == 2 and "--bogus" in bogus.stderr
    missing = run_cli(tmp_path, "check", "does-not-exist.yaml")
    assert missing.returncode == 2 and "does-not-exist.yaml" in missing.stderr
    assert missing.stdout == ""


_rng = random.Random(20240531)
GARBAGE = {
    "random-bytes": _rng.randbytes(4096),
    "random-utf8": "".join(chr(_rng.randrange(32, 0x2FFF)) for _ in range(3000)).encode("utf-8"),
    "punctuation": bytes(_rng.choice(b"{}[]:,&*!|>'\"%@`#-? \n") for _ in range(2000)),
    "nul-bytes": b"\x00" * 64,
    "png-header": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
    "deep": b"[" * 10000,
}


@pytest.mark.parametrize("name", sorted(GARBAGE))
def test_cli_check_garbage(tmp_path: Path, name: str):
    path = tmp_path / "garbage.yaml"
    path.write_bytes(GARBAGE[name])
    proc = run_cli(tmp_path, "check", str(path))
    assert proc.returncode == 1, proc.stdout + proc.stderr
    problems = parse_lines(proc.stdout)
    assert problems, proc.stdout
    assert all(line >= 1 and col >= 1 for _, line, col in problems)
    for line in proc.stdout.splitlines():
        assert line.startswith(str(path) + ":") and LINE_RE.match(line)
