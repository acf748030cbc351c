"""The editor schema: generated from the model, and it accepts every shipped flow."""

import json
from pathlib import Path

import jsonschema

from guide.flows import yamlnodes
from guide.flows.yamlnodes import Scalar, Seq

ROOT = Path(__file__).resolve().parent.parent


def _plain(node):
    if isinstance(node, Scalar):
        return node.value
    if isinstance(node, Seq):
        return [_plain(i) for i in node.items]
    return {k.value: _plain(v) for k, v in node.items}


def test_schema_file_is_up_to_date_with_the_model():
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_schema", ROOT / "schema" / "make_schema.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert (ROOT / "schema" / "flow.schema.json").read_text(encoding="utf-8") == module.render(), \
        "run: python schema/make_schema.py"


def test_every_shipped_flow_is_valid_for_the_editor_schema(lib):
    schema = json.loads((ROOT / "schema" / "flow.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft7Validator(schema)
    for f in lib.files:
        data = _plain(yamlnodes.read(yamlnodes.decode(f.path.read_bytes())))
        errors = [f"{list(e.path)}: {e.message}" for e in validator.iter_errors(data)]
        assert errors == [], (f.path.name, errors[:3])


def test_the_schema_rejects_what_check_rejects():
    schema = json.loads((ROOT / "schema" / "flow.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft7Validator(schema)
    flow = {"id": "x", "version": "1", "title": {"nl": "X", "en": "X"}, "languages": ["nl", "en"],
            "phases": [{"id": "intake",
                        "steps": [{"id": "a", "kind": "ask", "text": {"nl": "a", "en": "a"}}]}]}
    assert list(validator.iter_errors(flow)) == []
    bad_kind = json.loads(json.dumps(flow))
    bad_kind["phases"][0]["steps"][0]["kind"] = "question"
    bad_key = json.loads(json.dumps(flow))
    bad_key["phases"][0]["steps"][0]["options"] = []  # options do not belong on an ask step
    bad_phase = json.loads(json.dumps(flow))
    bad_phase["phases"][0]["id"] = "later"
    for bad in (bad_kind, bad_key, bad_phase):
        assert list(validator.iter_errors(bad)), bad


def test_the_schema_knows_client_state_effects_early_ends_and_say_first():
    schema = json.loads((ROOT / "schema" / "flow.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft7Validator(schema)
    label = {"nl": "Vertrouwen", "en": "Trust"}
    flow = {
        "id": "x", "version": "1", "title": {"nl": "X", "en": "X"}, "languages": ["nl", "en"],
        "state": {"trust": {"min": 0, "max": 4, "start": 1, "label": label}},
        "phases": [{"id": "intake", "steps": [
            {"id": "c", "kind": "choice", "say_first": True, "text": {"nl": "a", "en": "a"},
             "options": [{"value": "a", "label": {"nl": "a", "en": "a"}, "effects": {"trust": 1}},
                         {"value": "b", "label": {"nl": "b", "en": "b"}, "effects": {"trust": "-1"}}]},
            {"id": "gone", "kind": "end", "early": True, "why": {"nl": "w", "en": "w"}},
        ]}],
    }
    assert [e.message for e in validator.iter_errors(flow)] == []

    def broken(change):
        bad = json.loads(json.dumps(flow))
        change(bad)
        return list(validator.iter_errors(bad))

    steps = lambda f: f["phases"][0]["steps"]  # noqa: E731
    assert broken(lambda f: f["state"]["trust"].pop("label"))  # a state needs its label
    assert broken(lambda f: f["state"]["trust"].update(start="one"))  # whole numbers only
    assert broken(lambda f: steps(f)[0]["options"][0]["effects"].update(trust="x"))
    assert broken(lambda f: steps(f).insert(0, {"id": "q", "kind": "ask", "say_first": True,
                                                 "text": {"nl": "a", "en": "a"}}))  # say_first: choices only
    assert broken(lambda f: steps(f).insert(0, {"id": "l", "kind": "line", "early": True,
                                                 "say": {"nl": "a", "en": "a"}}))  # early: ends only


# -- how many common mistakes an editor with the schema underlines ---------------------------------

FIXTURES = ROOT / "tests" / "fixtures" / "bad"


def _node_at(node, path):
    for part in path:
        if isinstance(node, Seq):
            node = node.items[part]
        else:
            node = node.get(part) if hasattr(node, "get") else None
        if node is None:
            return None
    return node


def _last_line(node) -> int:
    if isinstance(node, Seq):
        return max([node.line, *(_last_line(i) for i in node.items)])
    if isinstance(node, Scalar):
        return node.line
    return max([node.line, *(max(k.line, _last_line(v)) for k, v in node.items)])


def common_mistakes() -> list[tuple[str, int, object]]:
    """(name, line of the mistake, the document) of each broken flow in tests/fixtures/bad that
    `bindkracht check` rejects with an error and that reads as one YAML mapping (what a schema sees)."""
    from tests.test_check_fixtures import WARNING_CODES, expected

    out = []
    for path in sorted(FIXTURES.glob("*.yaml")):
        errors = [(code, line) for code, line, _col in expected(path) if code not in WARNING_CODES]
        try:
            doc = yamlnodes.read(yamlnodes.decode(path.read_bytes()))
        except yamlnodes.YamlProblem:
            continue  # the YAML itself is broken: the editor's YAML support says so, not the schema
        if errors and isinstance(doc, yamlnodes.Map):
            out.append((path.stem, errors[0][1], doc))
    return out


def flagged_at_the_mistake(validator, doc, line: int) -> bool:
    """True when the schema finds a problem in the part of the file that holds the mistake (a
    missing `title` at the top of a small test file is not the mistake it was written for)."""
    for error in validator.iter_errors(_plain(doc)):
        node = _node_at(doc, error.absolute_path)
        if error.absolute_path and node is not None and node.line <= line <= _last_line(node):
            return True
    return False


def _schema() -> dict:
    return json.loads((ROOT / "schema" / "flow.schema.json").read_text(encoding="utf-8"))


# what JSON Schema can say about a flow on its own; the rest needs the whole flow (bindkracht check):
# references (unknown-*, undefined-var), uniqueness, bounds between two values, expressions, the graph
SCHEMA_CAN_SAY = {
    "bad-bool", "bad-id", "bad-int", "bad-value", "control-char", "early-kind", "early-no-why",
    "effects-kind", "else-mixed", "empty", "few-options", "missing-key", "next-on-end", "no-else",
    "say-first-kind", "text-form", "type", "unknown-focus", "unknown-key", "unknown-lang", "values-on-type",
    "why-not-early",
}
FLAGGED_BEFORE = 14  # the schema before it knew per kind what options, ends and branch lists need


def test_an_editor_with_the_schema_underlines_each_mistake_json_schema_can_express():
    validator = jsonschema.Draft7Validator(_schema())
    mistakes = common_mistakes()
    flagged = {name for name, line, doc in mistakes if flagged_at_the_mistake(validator, doc, line)}
    print(f"the schema underlines {len(flagged)} of {len(mistakes)} common mistakes "
          f"(was {FLAGGED_BEFORE}); the others need bindkracht check")
    assert flagged == SCHEMA_CAN_SAY
    assert len(mistakes) >= 45  # the list is the fixtures of bindkracht check: it grows with them


def _properties(node, path="#"):
    """(path, schema) of every named property an editor can show, however deep (a condition's
    `if` only tests a value)."""
    if isinstance(node, dict):
        for name, sub in node.get("properties", {}).items():
            yield f"{path}/{name}", sub
        for key, sub in node.items():
            if key != "if":
                yield from _properties(sub, f"{path}/{key}")
    elif isinstance(node, list):
        for i, sub in enumerate(node):
            yield from _properties(sub, f"{path}/{i}")


def test_every_property_and_every_kind_says_what_it_means():
    schema = _schema()
    undescribed = [path for path, sub in _properties(schema) if not sub.get("description")]
    assert undescribed == []
    kind = schema["definitions"]["step"]["properties"]["kind"]
    assert len(kind["enumDescriptions"]) == len(kind["enum"]) and all(kind["enumDescriptions"])
    phase = schema["properties"]["phases"]["items"]["properties"]["id"]
    assert len(phase["enumDescriptions"]) == len(phase["enum"])


def test_a_choice_may_say_what_happens_when_no_option_matches():
    validator = jsonschema.Draft7Validator(_schema())
    both = {"nl": "a", "en": "a"}
    choice = {"id": "c", "kind": "choice", "text": both,
              "options": [{"value": "a", "label": both}, {"value": "b", "label": both}],
              "otherwise": {"say": both, "think": both, "effects": {"trust": -1},
                            "scores": {"krachtlijn-7": -1}, "next": "done"}}
    flow = {"id": "x", "version": "1", "title": both, "languages": ["nl", "en"],
            "phases": [{"id": "intake", "steps": [choice, {"id": "done", "kind": "end"}]}]}
    assert [e.message for e in validator.iter_errors(flow)] == []

    def broken(change):
        bad = json.loads(json.dumps(flow))
        change(bad["phases"][0]["steps"])
        return list(validator.iter_errors(bad))

    assert broken(lambda s: s[0]["otherwise"].update(label=both))  # not an option: no label
    assert broken(lambda s: s[0]["otherwise"].update(next="Done"))  # a step id
    assert broken(lambda s: s[0]["otherwise"]["scores"].update({"krachtlijn-7": "veel"}))
    assert broken(lambda s: s.insert(0, {"id": "q", "kind": "ask", "text": both, "otherwise": {"say": both}}))


# -- the link from a flow to its schema ------------------------------------------------------------

MODELINE = "# yaml-language-server: $schema="


def _linked_schema(flow: Path) -> Path:
    first = flow.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith(MODELINE), flow
    return (flow.parent / first[len(MODELINE):]).resolve()


def test_every_shipped_flow_names_the_schema_from_where_it_lies(lib):
    shipped = [f.path for f in lib.files if (ROOT / "flows") in f.path.parents]
    assert len(shipped) >= 10
    for path in shipped:
        assert _linked_schema(path) == (ROOT / "schema" / "flow.schema.json").resolve(), path.name


def test_a_new_flow_names_a_schema_beside_it_that_it_passes(tmp_path):
    from guide.flows.scaffold import create

    mine = tmp_path / "any" / "folder"
    written = create("scenario", "oefening", mine)
    schema_path = _linked_schema(mine / "oefening.yaml")
    assert schema_path == (mine / "flow.schema.json").resolve() and schema_path in written
    assert schema_path.read_bytes() == (ROOT / "schema" / "flow.schema.json").read_bytes()
    validator = jsonschema.Draft7Validator(json.loads(schema_path.read_text(encoding="utf-8")))
    doc = yamlnodes.read(yamlnodes.decode((mine / "oefening.yaml").read_bytes()))
    assert [e.message for e in validator.iter_errors(_plain(doc))] == []
    schema_path.write_text("{}", encoding="utf-8")  # an old copy: the next new flow brings it up to date
    assert schema_path in create("flow", "tweede", mine)
    assert schema_path.read_bytes() == (ROOT / "schema" / "flow.schema.json").read_bytes()


def test_the_schema_command_prints_it_or_writes_it(tmp_path):
    import subprocess
    import sys

    def cli(*args):
        return subprocess.run([sys.executable, "-m", "guide", "schema", *args, "--lang", "en"],
                              capture_output=True, text=True, cwd=ROOT, timeout=120)

    printed = cli()
    assert printed.returncode == 0 and json.loads(printed.stdout) == _schema()
    out = tmp_path / "flow.schema.json"
    written = cli("--out", str(out))
    assert written.returncode == 0 and str(out) in written.stdout
    assert json.loads(out.read_text(encoding="utf-8"))["$id"] == "https://bindkracht-gids.invalid/flow.schema.json"
    refused = cli("--out", str(tmp_path / "no" / "such" / "folder" / "x.json"))
    assert refused.returncode == 1 and "Traceback" not in refused.stderr and "x.json" in refused.stderr
