"""The editor schema: generated from the model, and it accepts every shipped flow."""

import json
from pathlib import Path

import jsonschema

from guide import yamlnodes
from guide.yamlnodes import Scalar, Seq

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
            "phases": [{"id": "intake", "steps": [{"id": "a", "kind": "ask", "text": {"nl": "a", "en": "a"}}]}]}
    assert list(validator.iter_errors(flow)) == []
    bad_kind = json.loads(json.dumps(flow))
    bad_kind["phases"][0]["steps"][0]["kind"] = "question"
    bad_key = json.loads(json.dumps(flow))
    bad_key["phases"][0]["steps"][0]["options"] = []  # options do not belong on an ask step
    bad_phase = json.loads(json.dumps(flow))
    bad_phase["phases"][0]["id"] = "later"
    for bad in (bad_kind, bad_key, bad_phase):
        assert list(validator.iter_errors(bad)), bad
