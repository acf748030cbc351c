"""Writes schema/flow.schema.json from the model's own lists, so they cannot drift.

Run: python schema/make_schema.py   (a test checks the file is up to date)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from guide.base.i18n import LANGS
from guide.flows.model import FOCI, JOBS, PHASES, STEP_KINDS, VAR_TYPES
from guide.flows.parse import COMMON_STEP_KEYS, REPORTS, STEP_KEYS

ID = {"type": "string", "pattern": "^[a-z][a-z0-9_-]{0,63}$"}
INT = {"anyOf": [{"type": "integer"}, {"type": "string", "pattern": "^-?(0|[1-9][0-9]{0,8})$"}]}
BOOL = {"anyOf": [{"type": "boolean"}, {"enum": ["true", "false"]}]}
EXPR = {"type": "string", "description": "A condition, e.g. acute == \"food\" and trust >= 3"}


def text(desc: str) -> dict:
    return {"$ref": "#/definitions/text", "description": desc}


FIELDS = {
    "id": {**ID, "description": "Stable step id, unique in the flow"},
    "kind": {"enum": list(STEP_KINDS)},
    "when": {**EXPR, "description": "Pass over this step unless the condition holds"},
    "next": {"$ref": "#/definitions/next"},
    "card": {**ID, "description": "Background card id (content/<lang>/<id>.md)"},
    "optional": {**BOOL, "description": "The user may skip this step"},
    "text": text("The prompt"),
    "why": text("Why ask it this way"),
    "style": {"enum": ["open", "closed"]},
    "focus": {"anyOf": [{"enum": list(FOCI)},
                        {"type": "array", "items": {"enum": list(FOCI)}, "minItems": 1}]},
    "set": {**ID, "description": "Variable that stores the answer"},
    "options": {"type": "array", "items": {"$ref": "#/definitions/option"}, "minItems": 1},
    "min": INT,
    "max": INT,
    "min_label": text("Label of the lowest value"),
    "max_label": text("Label of the highest value"),
    "speaker": {"type": "string"},
    "say": text("What the client says"),
    "think": text("What the client thinks but does not say"),
    "flow": {**ID, "description": "Flow to call"},
    "report": {"enum": list(REPORTS)},
    "short": {**BOOL, "description": "A one-line answer (a date, a time, a place): a short input"},
    "say_first": {**BOOL, "description": "The learner first types what they would say; never scored"},
    "early": {**BOOL, "description": "The client leaves: an early end, explained by `why` in the debrief"},
}
WHY_END = text("Why the conversation ended early (shown at the top of the debrief)")

def step_schema() -> dict:
    variants = []
    for kind in STEP_KINDS:
        keys = sorted(COMMON_STEP_KEYS | STEP_KEYS[kind].keys)
        variants.append({
            "if": {"properties": {"kind": {"const": kind}}, "required": ["kind"]},
            "then": {
                "properties": {k: WHY_END if (kind, k) == ("end", "why") else FIELDS[k] for k in keys},
                "required": ["id", "kind", *STEP_KEYS[kind].required],
                "additionalProperties": False,
            },
        })
    return {"type": "object", "required": ["id", "kind"], "properties": {"kind": FIELDS["kind"]},
            "allOf": variants}


def schema() -> dict:
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "$id": "https://bindkracht-gids.invalid/flow.schema.json",
        "title": "Bind-Kracht gids flow",
        "type": "object",
        "additionalProperties": False,
        "required": ["id", "version", "title", "languages", "phases"],
        "properties": {
            "id": ID,
            "version": {"type": ["string", "integer", "number"]},
            "title": text("Title of the flow"),
            "description": text("Short description"),
            "languages": {"type": "array", "items": {"enum": list(LANGS)}, "uniqueItems": True},
            "jobs": {"type": "array", "items": {"enum": list(JOBS)}},
            "persona": {
                "type": "object", "additionalProperties": False, "required": ["name"],
                "properties": {"name": {"type": "string"}, "card": ID, "coach": ID, "observer": ID},
            },
            "variables": {
                "type": "object",
                "propertyNames": ID,
                "additionalProperties": {
                    "type": "object", "additionalProperties": False, "required": ["type"],
                    "properties": {"type": {"enum": list(VAR_TYPES)},
                                   "values": {"type": "array", "items": {"type": "string"}}},
                },
            },
            "state": {
                "type": "object",
                "description": "The client's state: whole numbers with bounds that options change (effects)",
                "propertyNames": ID,
                "additionalProperties": {
                    "type": "object", "additionalProperties": False,
                    "required": ["min", "max", "start", "label"],
                    "properties": {"min": INT, "max": INT, "start": INT,
                                   "label": text("The state's name in the debrief")},
                },
            },
            "tags": {"type": "object", "propertyNames": ID,
                     "additionalProperties": {"$ref": "#/definitions/text"}},
            "phases": {
                "type": "array", "minItems": 1,
                "items": {
                    "type": "object", "additionalProperties": False, "required": ["id", "steps"],
                    "properties": {
                        "id": {"enum": list(PHASES)},
                        "when": EXPR,
                        "steps": {"type": "array", "minItems": 1, "items": {"$ref": "#/definitions/step"}},
                    },
                },
            },
        },
        "definitions": {
            "text": {
                "type": "object", "additionalProperties": False, "minProperties": 1,
                "properties": {lang: {"type": "string"} for lang in LANGS},
            },
            "option": {
                "type": "object", "additionalProperties": False, "required": ["value", "label"],
                "properties": {
                    "value": {"type": ["string", "integer", "boolean"]},
                    "label": text("What the user sees"),
                    "feedback": text("Shown after this choice"),
                    "think": text("The client's inner side after this choice"),
                    "scores": {"type": "object", "propertyNames": ID, "additionalProperties": INT},
                    "effects": {"type": "object", "propertyNames": ID, "additionalProperties": INT,
                                "description": "Added to the client's state on choosing, then clamped "
                                               "to its bounds"},
                    "next": ID,
                },
            },
            "next": {
                "anyOf": [
                    ID,
                    {
                        "type": "array", "minItems": 1,
                        "items": {
                            "anyOf": [
                                {"type": "object", "additionalProperties": False, "required": ["if", "goto"],
                                 "properties": {"if": EXPR, "goto": ID}},
                                {"type": "object", "additionalProperties": False, "required": ["else"],
                                 "properties": {"else": ID}},
                            ]
                        },
                    },
                ]
            },
            "step": step_schema(),
        },
    }


def render() -> str:
    return json.dumps(schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    target = Path(__file__).resolve().parent / "flow.schema.json"
    target.write_text(render(), encoding="utf-8")
    print(f"wrote {target}")
