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
