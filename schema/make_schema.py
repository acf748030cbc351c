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
TRUE = {"enum": [True, "true"], "description": "The client leaves: an early end, explained by `why`"}
# no control characters (an escape sequence would act on a terminal); tab and newline are fine
PLAIN = {"type": "string", "pattern": "^[^\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f]*$"}
EXPR = {"type": "string", "description": "A condition, e.g. acute == \"food\" and trust >= 3"}
STEP_ID = {**ID, "description": "The id of a step in this flow"}


def text(desc: str) -> dict:
    return {"$ref": "#/definitions/text", "description": desc}


def described(values, descriptions: dict[str, str], desc: str) -> dict:
    """An enum whose every value says what it means (editors show `enumDescriptions` on hover)."""
    values = list(values)
    return {"enum": values, "description": desc, "enumDescriptions": [descriptions[v] for v in values]}


KINDS = {
    "card": "Show a background card (content/<lang>/<card>.md) before going on",
    "ask": "A question to ask the person; the answer is not stored",
    "cue": "A reminder for the worker, linked to krachtlijnen, tensions or roles (focus)",
    "line": "The client speaks (say); `think` is what they feel but do not say",
    "choice": "Pick one option; options may score krachtlijnen and change the client's state",
    "multi": "Pick any number of options",
    "checklist": "Tick what was done; at least one item",
    "scale": "A number from min to max",
    "text": "Free text, kept for the plan or reflection, never scored",
    "call": "Run another flow here, then come back",
    "end": "The end of the flow (report: which report it opens; early: the client leaves)",
}
PHASE_NAMES = {
    "intake": "The first contact and the warm welcome",
    "rights": "Restoring basic rights, domain by domain",
    "process": "Working together on the way forward",
    "closure": "Closing with care, or a warm hand-over",
}
JOB_NAMES = {
    "prepare": "Listed to prepare a real conversation",
    "rehearse": "A role-play to rehearse (also playable live)",
    "practise": "A case to practise a whole process",
}
VAR_NAMES = {
    "text": "Free text", "number": "A whole number", "choice": "One value of a list",
    "set": "Several values of a list",
}
LANG_NAMES = {"nl": "Dutch (Flemish)", "en": "English"}
REPORT_NAMES = {
    "plan": "The plan of the conversation", "debrief": "The debrief of a role-play",
    "reflection": "A reflection report",
}

FIELDS = {
    "id": {**ID, "description": "Stable step id, unique in the flow"},
    "kind": described(STEP_KINDS, KINDS, "What the step does"),
    "when": {**EXPR, "description": "Pass over this step unless the condition holds"},
    "next": {"$ref": "#/definitions/next", "description": "Where to go next: a step id, or a branch list "
                                                          "that ends in an else"},
    "card": {**ID, "description": "Background card id (content/<lang>/<id>.md)"},
    "optional": {**BOOL, "description": "The user may skip this step"},
    "text": text("The prompt"),
    "why": text("Why ask it this way"),
    "style": described(["open", "closed"], {"open": "An open question", "closed": "A closed question"},
                       "Open or closed question"),
    "focus": {"anyOf": [{"enum": list(FOCI)},
                        {"type": "array", "items": {"enum": list(FOCI)}, "minItems": 1}],
              "description": "The krachtlijnen, tensions (spanning-…) or roles (rol-…) this cue is about"},
    "set": {**ID, "description": "Variable that stores the answer"},
    "options": {"type": "array", "items": {"$ref": "#/definitions/option"}, "minItems": 2,
                "description": "The options, at least two"},
    "min": {**INT, "description": "The lowest value"},
    "max": {**INT, "description": "The highest value (more than min)"},
    "min_label": text("Label of the lowest value"),
    "max_label": text("Label of the highest value"),
    "speaker": {**PLAIN, "description": "Who speaks (the persona's name when left out)"},
    "say": text("What the client says"),
    "think": text("What the client thinks but does not say"),
    "flow": {**ID, "description": "Flow to call"},
    "report": described(REPORTS, REPORT_NAMES, "The report the end opens"),
    "short": {**BOOL, "description": "A one-line answer (a date, a time, a place): a short input"},
    "say_first": {**BOOL, "description": "The learner first types what they would say; never scored"},
    "early": {**BOOL, "description": "The client leaves: an early end, explained by `why` in the debrief"},
    "otherwise": {"$ref": "#/definitions/otherwise",
                  "description": "What happens when the learner's own words match no option"},
}
WHY_END = text("Why the conversation ended early (shown at the top of the debrief)")
# the keys a kind allows beyond the parser's own list (another part of the app reads them)
EXTRA_KEYS = {"choice": {"otherwise"}}
# per kind, what JSON Schema can say beyond the allowed keys
OWN = {
    "multi": {"properties": {"options": {**FIELDS["options"],
                                         "items": {"$ref": "#/definitions/plain_option"}}}},
    "checklist": {"properties": {"options": {
        **FIELDS["options"], "items": {"$ref": "#/definitions/plain_option"}, "minItems": 1,
        "description": "The items to tick, at least one"}}},
    "end": {"allOf": [
        {"if": {"properties": {"early": TRUE}, "required": ["early"]}, "then": {"required": ["why"]}},
        {"if": {"required": ["why"]}, "then": {"properties": {"early": TRUE}, "required": ["early"]}},
    ]},
}


def step_schema() -> dict:
    variants = []
    for kind in STEP_KINDS:
        keys = sorted((COMMON_STEP_KEYS | STEP_KEYS[kind].keys | EXTRA_KEYS.get(kind, set()))
                      - ({"next"} if kind == "end" else set()))  # an end goes nowhere
        then = {
            "properties": {k: WHY_END if (kind, k) == ("end", "why") else FIELDS[k] for k in keys},
            "required": ["id", "kind", *STEP_KEYS[kind].required],
            "additionalProperties": False,
        }
        own = OWN.get(kind, {})
        then["properties"].update(own.get("properties", {}))
        if "allOf" in own:
            then["allOf"] = own["allOf"]
        variants.append({"if": {"properties": {"kind": {"const": kind}}, "required": ["kind"]}, "then": then})
    return {"type": "object", "required": ["id", "kind"], "properties": {"kind": FIELDS["kind"]},
            "allOf": variants}


def option(effects: bool) -> dict:
    props = {
        "value": {"type": ["string", "integer", "boolean"],
                  "description": "What is stored; unique in the step"},
        "label": text("What the user sees"),
        "feedback": text("Shown after this choice"),
        "think": text("The client's inner side after this choice"),
        "scores": {"type": "object", "propertyNames": ID, "additionalProperties": INT,
                   "description": "Points per krachtlijn (krachtlijn-1 … krachtlijn-10) or tag"},
        "next": {**STEP_ID, "description": "The step this option leads to"},
    }
    if effects:
        props["effects"] = {"type": "object", "propertyNames": ID, "additionalProperties": INT,
                            "description": "Added to the client's state on choosing, then clamped to its "
                                           "bounds"}
    return {"type": "object", "additionalProperties": False, "required": ["value", "label"],
            "properties": props,
            "description": "One option" + ("" if effects else " (effects only on a choice)")}


def schema() -> dict:
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "$id": "https://bindkracht-gids.invalid/flow.schema.json",
        "title": "Bind-Kracht gids flow",
        "description": "A flow or role-play scenario of the Bind-Kracht gids (check it with "
                       "`bindkracht check`)",
        "type": "object",
        "additionalProperties": False,
        "required": ["id", "version", "title", "languages", "phases"],
        "properties": {
            "id": {**ID, "description": "The flow's id: lower case, digits, - and _; unique among all flows"},
            "version": {"type": ["string", "integer", "number"],
                        "description": "Raise it when you change the flow; running sessions are told"},
            "title": text("Title of the flow"),
            "description": text("Short description"),
            "languages": {"type": "array", "items": {"enum": list(LANGS)}, "uniqueItems": True,
                          "description": "The languages every text has (nl first)"},
            "jobs": {"type": "array", "items": described(JOBS, JOB_NAMES, "Where the app lists the flow"),
                     "description": "Where the app lists the flow: prepare, rehearse, practise"},
            "persona": {
                "type": "object", "additionalProperties": False, "required": ["name"],
                "description": "The client of a role-play, and the cards about them",
                "properties": {"name": {**PLAIN, "description": "The client's first name (fictional)"},
                               "card": {**ID, "description": "The persona card's id"},
                               "coach": {**ID, "description": "The coach sheet's id (for whoever plays "
                                                              "the client)"},
                               "observer": {**ID, "description": "The observation sheet's id"}},
            },
            "variables": {
                "type": "object",
                "description": "Everything a condition may read, by name",
                "propertyNames": ID,
                "additionalProperties": {
                    "type": "object", "additionalProperties": False, "required": ["type"],
                    "properties": {"type": described(VAR_TYPES, VAR_NAMES, "What the variable holds"),
                                   "values": {"type": "array", "items": PLAIN,
                                              "description": "The values a choice or set may take"}},
                    "if": {"properties": {"type": {"enum": ["text", "number"]}}, "required": ["type"]},
                    "then": {"not": {"required": ["values"]}},
                },
            },
            "state": {
                "type": "object",
                "description": "The client's state: whole numbers with bounds that options change (effects)",
                "propertyNames": ID,
                "additionalProperties": {
                    "type": "object", "additionalProperties": False,
                    "required": ["min", "max", "start", "label"],
                    "properties": {"min": {**INT, "description": "The lowest value"},
                                   "max": {**INT, "description": "The highest value"},
                                   "start": {**INT, "description": "The value at the start"},
                                   "label": text("The state's name in the debrief")},
                },
            },
            "tags": {"type": "object", "propertyNames": ID,
                     "description": "Own score names beside the krachtlijnen, with their label",
                     "additionalProperties": {"$ref": "#/definitions/text"}},
            "phases": {
                "type": "array", "minItems": 1,
                "description": "The phases of the help process this flow covers, in order",
                "items": {
                    "type": "object", "additionalProperties": False, "required": ["id", "steps"],
                    "properties": {
                        "id": described(PHASES, PHASE_NAMES, "The phase"),
                        "when": {**EXPR, "description": "Pass over this phase unless the condition holds"},
                        "steps": {"type": "array", "minItems": 1, "items": {"$ref": "#/definitions/step"},
                                  "description": "The steps of the phase, in order"},
                    },
                },
            },
        },
        "definitions": {
            "text": {
                "type": "object", "additionalProperties": False, "minProperties": 1,
                "description": "A text in each language of the flow",
                "properties": {lang: {**PLAIN, "description": LANG_NAMES[lang]} for lang in LANGS},
            },
            "option": option(effects=True),
            "plain_option": option(effects=False),
            "otherwise": {
                "type": "object", "additionalProperties": False,
                "description": "The client's reaction when the learner's own words match no option",
                "properties": {
                    "say": text("What the client says then"),
                    "think": text("What the client thinks then but does not say"),
                    "effects": {"type": "object", "propertyNames": ID, "additionalProperties": INT,
                                "description": "Added to the client's state, then clamped to its bounds"},
                    "scores": {"type": "object", "propertyNames": ID, "additionalProperties": INT,
                               "description": "Points per krachtlijn (krachtlijn-1 … krachtlijn-10) or tag"},
                    "next": {**STEP_ID, "description": "The step it leads to"},
                },
            },
            "next": {
                "anyOf": [
                    STEP_ID,
                    {
                        "type": "array", "minItems": 1,
                        "description": "Branches tried in order; the last one is an else",
                        "contains": {"type": "object", "required": ["else"]},
                        "items": {
                            "anyOf": [
                                {"type": "object", "additionalProperties": False, "required": ["if", "goto"],
                                 "properties": {"if": {**EXPR, "description": "Go there when this holds"},
                                                "goto": {**STEP_ID, "description": "The step to go to"}}},
                                {"type": "object", "additionalProperties": False, "required": ["else"],
                                 "properties": {"else": {**STEP_ID, "description": "Where to go when no "
                                                                                   "branch holds"}}},
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
