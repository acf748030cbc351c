"""The YAML reader gives the same located problems whichever parser reads the file
(libyaml of any version, or PyYAML's own), and rejects what YAML itself forbids."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from guide.base.i18n import all_keys
from guide.flows import yamlnodes
from guide.flows.parse import parse_flow

ROOT = Path(__file__).resolve().parent.parent
SUITE = json.loads(
    (ROOT / "tests" / "fixtures" / "yaml-test-suite" / "errors.json").read_text(encoding="utf-8")
)
CASES = SUITE["cases"]
BAD = sorted((ROOT / "tests" / "fixtures" / "bad").glob("*.yaml"))
PATHS = [True, False] if yamlnodes.FAST_LOADER is not None else [False]


def outcome(text: str, fast: bool):
    try:
        yamlnodes.read(text, fast)
    except yamlnodes.YamlProblem as exc:
        assert f"check.{exc.code}" in all_keys(), exc.code
        return exc.code, exc.line, exc.col
    return None


def test_the_suite_is_all_there():
    assert len(CASES) >= 90 and len({c["id"] for c in CASES}) == len(CASES)


@pytest.mark.parametrize("fast", PATHS, ids=lambda f: "libyaml" if f else "pure")
@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_every_yaml_test_suite_error_is_rejected_with_a_place(case, fast):
    got = outcome(case["yaml"], fast)
    assert got is not None, f"{case['id']} ({case['name']}) was accepted"
    code, line, col = got
    lines = case["yaml"].split("\n")
    assert 1 <= line <= len(lines) and 1 <= col <= len(lines[line - 1]) + 1, got


DEEP = [b"[" * 10000, b"{a: " * 10000, b"- " * 10000 + b"x", b"id: x\nphases: " + b"[" * 10000,
        b"a:\n" + b"".join(b" " * i + b"b:\n" for i in range(1, 3000))]


@pytest.mark.parametrize("data", DEEP, ids=["flow-seq", "flow-map", "block-seq", "in-flow", "block-map"])
def test_deep_nesting_is_too_deep_on_both_paths(data):
    text = data.decode()
    results = {fast: outcome(text, fast) for fast in PATHS}
    assert {r[0] for r in results.values()} == {"too-deep"}, results
    assert len(set(results.values())) == 1, results


def test_both_paths_agree_on_every_fixture_and_suite_case():
    texts = [p.read_text(encoding="utf-8") for p in BAD] + [c["yaml"] for c in CASES]
    texts += [(ROOT / "flows" / name).read_text(encoding="utf-8") for name in ("intake.yaml", "rights.yaml")]
    differ = [t[:60] for t in texts if len({outcome(t, fast) for fast in PATHS}) != 1]
    assert differ == []


@pytest.mark.parametrize("fast", PATHS, ids=lambda f: "libyaml" if f else "pure")
def test_disallowed_character_after_non_ascii_text_is_placed_by_characters(fast):
    # 'title: ' then 'één ‘q’' (é, ‘ and ’ are 2-3 bytes in UTF-8), then a BEL: character 15 of line 2
    text = "id: x\ntitle: één ‘q’\x07\n"
    assert outcome(text, fast) == ("yaml-syntax", 2, 15)
    # at the very end of a file full of non-ASCII text, still inside the file
    text = "a: " + "é" * 50 + "\x07"
    assert outcome(text, fast) == ("yaml-syntax", 1, 54)


def test_tags_on_the_wrong_kind_of_node():
    for text, want in [("a: !!seq x\n", ("yaml-tag-kind", 1, 4)), ("a: !!map [x]\n", ("yaml-tag-kind", 1, 4)),
                       ("a: !!str {b: c}\n", ("yaml-tag-kind", 1, 4)),
                       ("!!seq\nb: c\n", ("yaml-tag-kind", 1, 1))]:
        for fast in PATHS:
            assert outcome(text, fast) == want, text
    for ok in ("a: !!str x\n", "a: !!seq [x]\n", "a: !!map {b: c}\n", "a: ! x\n"):
        assert outcome(ok, True) is None and outcome(ok, False) is None


def test_a_file_of_many_tiny_nodes_stops_quickly_at_the_node_limit():
    text = "- a\n" * (2 * 1024 * 1024)  # 8 MiB of one-letter items
    _, problems, _ = parse_flow("many.yaml", text.encode())
    assert [(p.code, p.line) for p in problems] == [("too-many-nodes", yamlnodes.MAX_WRITTEN)]
    assert str(yamlnodes.MAX_WRITTEN) in problems[0].message("en")
    # far above the largest shipped flow
    assert yamlnodes.MAX_WRITTEN >= 20 * 2300


def test_the_node_limit_is_not_reached_by_real_flows():
    for path in sorted((ROOT / "flows").rglob("*.yaml")):
        assert outcome(path.read_text(encoding="utf-8"), True) is None, path
