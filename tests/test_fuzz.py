"""Whatever a user feeds `bindkracht check`, it answers with located problems,
never a traceback; conditions either compile or give a located ExprError."""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from guide.base.i18n import all_keys
from guide.flows import library
from guide.flows.expr import Compiled, ExprError, compile_expr
from guide.flows.parse import parse_flow

ROOT = Path(__file__).resolve().parent.parent
INTAKE = (ROOT / "flows" / "intake.yaml").read_bytes()
INTAKE_LINES = INTAKE.decode("utf-8").splitlines(keepends=True)
SCALAR_LINES = [
    i for i, line in enumerate(INTAKE_LINES) if re.match(r"^\s*(- )?[a-z_]+: \S", line)
]

# A quick budget by default; CI runs the long one (BINDKRACHT_FUZZ_BUDGET=long in .ci/run), and so can
# anyone: docs/development.md. The fuzz tests carry the `slow` marker either way.
LONG = os.environ.get("BINDKRACHT_FUZZ_BUDGET", "") == "long"
FUZZ = settings(
    deadline=None,
    max_examples=250 if LONG else 40,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def assert_located(problems, data_len: int | None = None) -> None:
    for p in problems:
        assert isinstance(p.line, int) and isinstance(p.col, int)
        assert p.line >= 1 and p.col >= 1, p.format("en")
        assert f"check.{p.code}" in all_keys(), p.code
        assert p.severity in ("error", "warning")
        for lang in ("nl", "en"):
            assert not p.message(lang).startswith("check."), p.code


def parse_ok(data: bytes):
    flow, problems, _ = parse_flow("f.yaml", data)
    assert_located(problems)
    if flow is None:
        # nothing usable came out: the user must be told why
        assert any(p.severity == "error" for p in problems)
    return flow, problems


@pytest.mark.slow
@FUZZ
@given(st.binary(max_size=2000))
def test_random_bytes(data: bytes):
    parse_ok(data)


@pytest.mark.slow
@FUZZ
@given(st.text(max_size=2000))
def test_random_text(text: str):
    parse_ok(text.encode("utf-8", "surrogatepass"))


YAMLISH = st.lists(
    st.sampled_from(list("abcnl :-[]{},&*!|>'\"#?%@\n\t ")
                    + ["id: ", "kind: ", "  ", "\n  - ", "&a ", "*a", "!!str "]),
    max_size=150,
).map("".join)


@pytest.mark.slow
@FUZZ
@given(YAMLISH)
def test_yaml_like_text(text: str):
    parse_ok(text.encode("utf-8"))


# -- mutations of a valid flow ---------------------------------------------------


@st.composite
def mutated_intake(draw) -> bytes:
    lines = list(INTAKE_LINES)
    kind = draw(st.sampled_from(["delete", "duplicate", "swap", "insert", "scalar", "scalar-quoted"]))
    if kind == "delete":
        data = INTAKE
        start = draw(st.integers(0, len(data) - 1))
        end = draw(st.integers(start, min(len(data), start + 400)))
        return data[:start] + data[end:]
    if kind == "duplicate":
        i = draw(st.integers(0, len(lines) - 1))
        lines.insert(i, lines[i])
    elif kind == "swap":
        i = draw(st.integers(0, len(lines) - 1))
        j = draw(st.integers(0, len(lines) - 1))
        lines[i], lines[j] = lines[j], lines[i]
    elif kind == "insert":
        text = "".join(lines)
        at = draw(st.integers(0, len(text)))
        junk = draw(st.text(max_size=20))
        text = text[:at] + junk + text[at:]
        return text.encode("utf-8", "surrogatepass")
    else:
        i = draw(st.sampled_from(SCALAR_LINES))
        key, _, _ = lines[i].partition(": ")
        value = draw(st.text(max_size=40))
        if kind == "scalar-quoted":
            value = json.dumps(value)
        else:
            value = value.replace("\n", " ")
        lines[i] = f"{key}: {value}\n"
    return "".join(lines).encode("utf-8", "surrogatepass")


@pytest.mark.slow
@FUZZ
@given(mutated_intake())
def test_mutated_intake(data: bytes):
    flow, problems = parse_ok(data)
    if flow is None or any(p.severity == "error" for p in problems):
        event("mutant has errors")
        return
    event("mutant parses cleanly: full check")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "mutant.yaml"
        path.write_bytes(data)
        lib = library.load(include_shipped=True, include_user=False, extra_files=[path])
        assert_located(lib.problems)
        mine = [f for f in lib.files if f.path.resolve() == path.resolve()]
        assert len(mine) == 1
        assert_located(mine[0].problems)


def test_intake_itself_is_clean():
    flow, problems = parse_ok(INTAKE)
    assert flow is not None and problems == []
    assert len(SCALAR_LINES) > 50


# -- extremes ------------------------------------------------------------------


def test_deep_nesting():
    for data in (b"[" * 10000, b"{a: " * 10000, b"- " * 10000 + b"x", b"id: x\nphases: " + b"[" * 10000):
        flow, problems = parse_ok(data)
        assert flow is None
        assert problems and problems[0].code == "too-deep", [p.code for p in problems]


def test_huge_scalar():
    big = "a" * 200_000
    for data in (big, "id: " + big, 'title: {nl: "' + big + '"}', "title: |\n  " + big + "\n"):
        flow, problems = parse_ok(data.encode())
        assert flow is None
        assert [p.code for p in problems] == ["too-long"]


# -- conditions ----------------------------------------------------------------

NAMES = ["x", "y", "acute", "worries", "welcome"]
EXPR_TOKENS = st.sampled_from(
    NAMES
    + ['"food"', '"a"', "1", "-2", "3.5", "true", "false", "[", "]", "(", ")", ",", "==", "!=", "<", "<=",
       ">", ">=", "in", "not", "and", "or", "answered", "count", "len", "+", "*", "is", "lambda", ":", ".",
       "if", "else", "1j", "...", "'", '"', "\\", "{", "}", "@", "=", "f'", "b'"]
)
EXPRESSIONS = st.one_of(
    st.text(max_size=60),
    st.lists(EXPR_TOKENS, max_size=12).map(" ".join),
)
VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-10**6, 10**6),
    st.text(max_size=10),
    st.sampled_from(["food", "a", "none", ""]),
    st.lists(st.sampled_from(["food", "a", "rent", "energy"]), max_size=4),
    st.lists(st.text(max_size=5), max_size=3),
)
VARIABLES = st.dictionaries(st.sampled_from(NAMES), VALUES, max_size=5)


@pytest.mark.slow
@FUZZ
@given(EXPRESSIONS, st.lists(VARIABLES, min_size=1, max_size=3))
def test_compile_expr(source: str, variable_sets):
    try:
        compiled = compile_expr(source)
    except ExprError as exc:
        assert f"check.{exc.code}" in all_keys()
        assert isinstance(exc.col, int) and 0 <= exc.col <= max(len(source), 1)
        return
    assert isinstance(compiled, Compiled)
    for variables in variable_sets:
        result = compiled(variables)
        assert isinstance(result, bool)


def test_compile_expr_known_cases():
    assert compile_expr('acute == "food"')({"acute": "food"}) is True
    assert compile_expr('acute == "food"')({}) is False  # unanswered is false
    assert compile_expr("not acute")({}) is True
    assert compile_expr('"rent" in worries and count(worries) >= 2')({"worries": ["rent", "food"]}) is True
    assert compile_expr("welcome <= 2")({"welcome": "x"}) is False  # mismatched types: false, no crash
    for bad, code in [("x >", "expr-syntax"), ("x + 1 > 2", "expr-unsupported"), ("len(x)", "expr-function"),
                      ("count(x, y)", "expr-args"), ("__import__('os')", "expr-function"),
                      ("x.y", "expr-unsupported")]:
        try:
            compile_expr(bad)
        except ExprError as exc:
            assert exc.code == code, bad
        else:
            raise AssertionError(f"{bad!r} compiled")


DEEP_AND_ODD = [
    b"[" * 10000,
    b"{a: " * 10000,
    b"- " * 10000 + b"x",
    b"id: x\nphases: " + b"[" * 10000,
    "id: x\ntitle: ééé€ \x07\n".encode(),  # a bad character after non-ASCII text
    "é: \x07".encode(),
    "id: x\n# één opmerking\nsteps: [a, \x1b]\n".encode(),
]


def test_same_problem_at_the_same_place_with_libyaml_and_without(monkeypatch):
    """libyaml 0.2.5+ stops deep nesting itself and counts bad characters in bytes; the pure-Python
    reader does neither. Whichever reads the file, the user sees the same code at the same place."""
    import yaml

    from guide.flows import yamlnodes

    def problems():
        return [[(p.code, p.line, p.col) for p in parse_ok(data)[1]][:1] for data in DEEP_AND_ODD]

    with_libyaml = problems()
    monkeypatch.setattr(yamlnodes, "FAST_LOADER", yaml.SafeLoader)
    assert problems() == with_libyaml
    assert [p[0][0] for p in with_libyaml[:4]] == ["too-deep"] * 4
    assert with_libyaml[4] == [("yaml-syntax", 2, 13)] and with_libyaml[5] == [("yaml-syntax", 1, 4)]


# Invalid YAML that PyYAML (with or without libyaml) accepts. 9JBA and CVW2 are from the public
# yaml-test-suite (fail: true); the others are the same rule in other places: YAML starts a
# comment only after white space.
GLUED_COMMENTS = {
    "9JBA": ("---\n[ a, b, c, ]#invalid\n", 2, 13),
    "CVW2": ("---\n[ a, b, c,#invalid\n]\n", 2, 11),
    "after a double-quoted value": ('version: "1"#not-a-comment\n', 1, 13),
    "after a single-quoted value": ("id: 'x'#no\n", 1, 8),
    "after a flow mapping": ("title: {nl: a, en: b}#no\n", 1, 22),
    "after a comma in a flow mapping": ("title: {nl: a,#no\n  en: b}\n", 1, 15),
    "after a block scalar indicator": ("text: |#no\n  body\n", 1, 8),
    "after a block scalar with chomping": ("text: >-#no\n  body\n", 1, 9),
}


@pytest.mark.parametrize("name", list(GLUED_COMMENTS))
def test_a_comment_glued_to_a_value_is_refused_at_its_place(name):
    text, line, col = GLUED_COMMENTS[name]
    flow, problems = parse_ok(text.encode())
    assert flow is None
    assert [(p.line, p.col) for p in problems][:1] == [(line, col)]
    assert problems[0].code in ("yaml-comment", "yaml-syntax")  # the readers themselves refuse '|#'
    assert problems[0].code == "yaml-comment" or name.startswith("after a block scalar")


def test_comments_with_a_space_and_hashes_inside_values_still_pass():
    text = ('id: x   # ok\ntitle: {nl: "a,#b", en: \'c#d\'} # ok\nlanguages: [nl, en] # ok\n'
            "note: a,#b\nbody: |  # ok\n  text #1\n")
    _, problems = parse_ok(text.encode())
    assert not {"yaml-syntax", "yaml-comment"} & {p.code for p in problems}


@pytest.mark.parametrize("text, col", [("id: !!seq x\n", 5), ("id: !!map x\n", 5), ("phases: !!str [a]\n", 9),
                                       ("phases: !!map [a]\n", 9), ("title: !!seq {nl: a}\n", 8)])
def test_a_type_tag_on_the_wrong_kind_of_node_is_refused(text, col):
    flow, problems = parse_ok(text.encode())
    assert flow is None and [(p.code, p.line, p.col) for p in problems] == [("yaml-tag-kind", 1, col)]


def test_a_file_of_millions_of_tiny_nodes_stops_at_the_node_limit():
    from guide.flows import yamlnodes

    data = b"- a\n" * (2 * 1024 * 1024)  # 8 MiB, within the size limit
    flow, problems = parse_ok(data)
    assert flow is None
    assert [(p.code, p.line) for p in problems] == [("too-many-nodes", yamlnodes.MAX_WRITTEN)]
