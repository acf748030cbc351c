"""Marked YAML nodes -> the flow model, converting every scalar by the schema.

Problems are collected, never raised: one run reports them all.
"""

from __future__ import annotations

import hashlib
import re

from guide import clientstate, yamlnodes
from guide.expr import ExprError, compile_expr
from guide.model import (
    JOBS,
    PHASES,
    STEP_KINDS,
    VAR_TYPES,
    Branch,
    Expr,
    Flow,
    Mark,
    Option,
    Phase,
    Step,
    Text,
    Variable,
)
from guide.problems import Problem
from guide.speed import without_gc
from guide.textsafe import clean, first_control
from guide.yamlnodes import Map, Node, Scalar, Seq

ID_RE = re.compile(r"^[a-z][a-z0-9_-]{0,63}$")
INT_RE = re.compile(r"^-?(0|[1-9][0-9]{0,8})$")
LANG_CODES = ("nl", "en")

_STEP_KEYS = {
    "common": {"id", "kind", "when", "next", "card", "optional", "text"},
    "card": set(),
    "ask": {"why", "style"},
    "cue": {"focus"},
    "choice": {"set", "options", "say_first"},
    "multi": {"set", "options"},
    "checklist": {"set", "options"},
    "scale": {"set", "min", "max", "min_label", "max_label"},
    "text": {"set"},
    "line": {"speaker", "say", "think"},
    "call": {"flow"},
    "end": {"report", "early", "why"},
}
_NEEDS_TEXT = {"ask", "cue", "choice", "multi", "checklist", "scale", "text"}
REPORTS = ("plan", "debrief", "reflection")


class Parser:
    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []

    # -- reporting -------------------------------------------------------
    def mark(self, node: Node) -> Mark:
        return Mark(self.path, node.line, node.col)

    def error(self, node: Node | Mark, code: str, **params) -> None:
        self.problems.append(Problem(self.path, node.line, node.col, code, params))

    # -- typed readers ---------------------------------------------------
    def mapping(self, node, what: str) -> Map | None:
        if isinstance(node, Map):
            return node
        self.error(node, "type", what=what, expected="mapping")
        return None

    def seq(self, node, what: str) -> Seq | None:
        if isinstance(node, Seq):
            return node
        self.error(node, "type", what=what, expected="list")
        return None

    def string(self, node, what: str) -> str | None:
        if isinstance(node, Scalar):
            bad = first_control(node.value)
            if bad is not None:  # "\e[2J" in a quoted YAML string: would act on a terminal
                self.error(node, "control-char", what=what, char=f"\\x{ord(bad):02x}")
                return clean(node.value)  # an error already: no follow-up errors about it
            return node.value
        self.error(node, "type", what=what, expected="text")
        return None

    def ident(self, node, what: str) -> str | None:
        value = self.string(node, what)
        if value is not None and not ID_RE.fullmatch(value):
            self.error(node, "bad-id", what=what, value=value)
            return None
        return value

    def integer(self, node, what: str) -> int | None:
        value = self.string(node, what)
        if value is None:
            return None
        if not INT_RE.fullmatch(value.strip()):
            self.error(node, "bad-int", what=what, value=value)
            return None
        return int(value)

    def boolean(self, node, what: str) -> bool:
        value = self.string(node, what)
        if value is None:
            return False
        if value in ("true", "false"):
            return value == "true"
        self.error(node, "bad-bool", what=what, value=value)
        return False

    def choice(self, node, what: str, allowed) -> str | None:
        value = self.string(node, what)
        if value is not None and value not in allowed:
            self.error(node, "bad-value", what=what, value=value, allowed=", ".join(allowed))
            return None
        return value

    def text(self, node, what: str) -> Text | None:
        if isinstance(node, Scalar):
            self.error(node, "text-form", what=what)
            return None
        m = self.mapping(node, what)
        if m is None:
            return None
        values: dict[str, str] = {}
        for key, val in m.items:
            if key.value not in LANG_CODES:
                self.error(key, "unknown-lang", lang=key.value, allowed=", ".join(LANG_CODES))
                continue
            s = self.string(val, what)
            if s is not None and s.strip():
                values[key.value] = s
        return Text(values, self.mark(node))

    def keys(self, m: Map, allowed: set[str], required: tuple[str, ...], what: str) -> dict:
        found: dict[str, Node] = {}
        for key, val in m.items:
            if key.value in allowed:
                found[key.value] = val
            else:
                self.error(key, "unknown-key", key=key.value, what=what)
        for name in required:
            if name not in found:
                self.error(m, "missing-key", key=name, what=what)
        return found

    def expression(self, node, what: str) -> Expr | None:
        source = self.string(node, what)
        if source is None:
            return None
        offset = node.col - 1 if node.plain and "\n" not in source else None
        expr = Expr(source, self.mark(node), offset or 0)
        try:
            compiled = compile_expr(source)
        except ExprError as exc:
            col = node.col + exc.col if offset is not None else node.col
            self.problems.append(
                Problem(self.path, node.line, col, exc.code, dict(exc.params, expr=source))
            )
            return None
        expr.tree = compiled
        expr.names = compiled.names
        return expr

    # -- the flow --------------------------------------------------------
    def flow(self, root: Node | None, content_hash: str) -> Flow | None:
        if root is None:
            self.problems.append(Problem(self.path, 1, 1, "empty-file"))
            return None
        m = self.mapping(root, "flow")
        if m is None:
            return None
        allowed = {
            "id", "version", "title", "description", "languages", "jobs",
            "persona", "variables", "state", "tags", "phases",
        }
        f = self.keys(m, allowed, ("id", "version", "title", "languages", "phases"), "flow")
        flow = Flow(
            id=self.ident(f["id"], "id") if "id" in f else "",
            version=(self.string(f["version"], "version") or "") if "version" in f else "",
            title=(self.text(f["title"], "title") if "title" in f else None)
            # a stand-in, so a missing title is reported once and not again per language
            or Text({lang: "?" for lang in LANG_CODES}, self.mark(m)),
            languages=[],
            path=self.path,
            mark=self.mark(f["id"]) if "id" in f else self.mark(m),
            content_hash=content_hash,
        )
        flow.id = flow.id or ""
        if "description" in f:
            flow.description = self.text(f["description"], "description")
        if "languages" in f and (s := self.seq(f["languages"], "languages")):
            for item in s.items:
                lang = self.choice(item, "languages", LANG_CODES)
                if lang:
                    flow.languages.append(lang)
        if "jobs" in f and (s := self.seq(f["jobs"], "jobs")):
            flow.jobs = [j for j in (self.choice(i, "jobs", JOBS) for i in s.items) if j]
        if "persona" in f and (pm := self.mapping(f["persona"], "persona")):
            p = self.keys(pm, {"name", "card", "coach", "observer"}, ("name",), "persona")
            if "name" in p:
                flow.persona = self.string(p["name"], "persona.name")
            for key, attr in (("card", "persona_card"), ("coach", "coach_card"), ("observer", "observer_card")):
                if key in p:
                    card = self.ident(p[key], key)
                    setattr(flow, attr, card)
                    if card:
                        self.card_refs.append((card, self.mark(p[key])))
        if "variables" in f and (vm := self.mapping(f["variables"], "variables")):
            for key, val in vm.items:
                var = self.variable(key, val)
                if var:
                    flow.variables[var.name] = var
        if "state" in f:
            clientstate.read_state(self, f["state"], flow)
        if "tags" in f and (tm := self.mapping(f["tags"], "tags")):
            for key, val in tm.items:
                if self.ident(key, "tag") and (label := self.text(val, "tag")):
                    flow.tags[key.value] = label
        if "phases" in f and (ps := self.seq(f["phases"], "phases")):
            seen: dict[str, int] = {}
            for item in ps.items:
                phase = self.phase(item)
                if phase is None:
                    continue
                if phase.id in seen:
                    self.error(phase.mark, "duplicate-phase", id=phase.id, first=seen[phase.id])
                seen.setdefault(phase.id, phase.mark.line)
                flow.phases.append(phase)
            if not ps.items:
                self.error(ps, "empty", what="phases")
        return flow

    card_refs: list

    def variable(self, key: Scalar, val: Node) -> Variable | None:
        name = self.ident(key, "variable")
        vm = self.mapping(val, "variable")
        if name is None or vm is None:
            return None
        v = self.keys(vm, {"type", "values"}, ("type",), "variable")
        vtype = self.choice(v["type"], "type", VAR_TYPES) if "type" in v else None
        if vtype is None:
            return None
        var = Variable(name, vtype, self.mark(key))
        if "values" in v and (s := self.seq(v["values"], "values")):
            if vtype not in ("choice", "set"):
                self.error(v["values"], "values-on-type", type=vtype)
            var.values = [x for x in (self.string(i, "values") for i in s.items) if x is not None]
        return var

    def phase(self, node: Node) -> Phase | None:
        m = self.mapping(node, "phase")
        if m is None:
            return None
        p = self.keys(m, {"id", "when", "steps"}, ("id", "steps"), "phase")
        pid = self.choice(p["id"], "phase id", PHASES) if "id" in p else None
        if pid is None:
            return None
        phase = Phase(pid, self.mark(p["id"]))
        if "when" in p:
            phase.when = self.expression(p["when"], "when")
        if "steps" in p and (s := self.seq(p["steps"], "steps")):
            if not s.items:
                self.error(s, "empty", what="steps")
            for item in s.items:
                step = self.step(item, pid)
                if step is not None:
                    phase.steps.append(step)
        return phase

    def step(self, node: Node, phase: str) -> Step | None:
        m = self.mapping(node, "step")
        if m is None:
            return None
        kind_node = m.get("kind")
        kind = self.choice(kind_node, "kind", STEP_KINDS) if kind_node is not None else None
        allowed = _STEP_KEYS["common"] | _STEP_KEYS.get(kind or "", set()) | clientstate.STEP_KEYS
        if kind is None:
            allowed = set().union(*_STEP_KEYS.values())
        required: tuple[str, ...] = ("id", "kind")
        if kind in _NEEDS_TEXT:
            required += ("text",)
        required += {
            "card": ("card",),
            "cue": ("focus",),
            "choice": ("options",),
            "multi": ("options",),
            "checklist": ("options",),
            "scale": ("min", "max"),
            "line": ("say",),
            "call": ("flow",),
        }.get(kind or "", ())
        s = self.keys(m, allowed, required, f"step ({kind})" if kind else "step")
        sid = self.ident(s["id"], "step id") if "id" in s else None
        if sid is None or kind is None:
            return None
        step = Step(sid, kind, self.mark(s["id"]), phase)
        if "text" in s:
            step.text = self.text(s["text"], "text")
        if "card" in s:
            step.card = self.ident(s["card"], "card")
            step.card_mark = self.mark(s["card"])
            if step.card:
                self.card_refs.append((step.card, step.card_mark))
        if "when" in s:
            step.when = self.expression(s["when"], "when")
        if "optional" in s:
            step.optional = self.boolean(s["optional"], "optional")
        if "next" in s:
            step.next = self.branches(s["next"])
        if "why" in s:
            step.why = self.text(s["why"], "why")
        if "style" in s:
            step.style = self.choice(s["style"], "style", ("open", "closed"))
        if "focus" in s:
            step.focus_mark = self.mark(s["focus"])
            items = s["focus"].items if isinstance(s["focus"], Seq) else [s["focus"]]
            for item in items:
                fid = self.ident(item, "focus")
                if fid:
                    step.focus.append(fid)
                    self.focus_refs.append((fid, self.mark(item)))
        if "set" in s:
            step.set = self.ident(s["set"], "set")
            step.set_mark = self.mark(s["set"])
        if "options" in s and (os_ := self.seq(s["options"], "options")):
            seen: dict[str, int] = {}
            for item in os_.items:
                opt = self.option(item)
                if opt is None:
                    continue
                if opt.value in seen:
                    self.error(opt.mark, "duplicate-option", value=opt.value, first=seen[opt.value])
                seen.setdefault(opt.value, opt.mark.line)
                step.options.append(opt)
            if len(os_.items) < (1 if kind == "checklist" else 2):
                self.error(os_, "few-options", kind=kind)
        if "min" in s:
            step.min = self.integer(s["min"], "min")
        if "max" in s:
            step.max = self.integer(s["max"], "max")
        if step.min is not None and step.max is not None and step.min >= step.max:
            self.error(s["max"], "bad-range", min=step.min, max=step.max)
        if "min_label" in s:
            step.min_label = self.text(s["min_label"], "min_label")
        if "max_label" in s:
            step.max_label = self.text(s["max_label"], "max_label")
        if "speaker" in s:
            step.speaker = self.string(s["speaker"], "speaker")
        if "say" in s:
            step.say = self.text(s["say"], "say")
        if "think" in s:
            step.think = self.text(s["think"], "think")
        if "flow" in s:
            step.flow = self.ident(s["flow"], "flow")
            step.flow_mark = self.mark(s["flow"])
        if "report" in s:
            step.report = self.choice(s["report"], "report", REPORTS)
        clientstate.read_step(self, s, step)
        return step

    def option(self, node: Node) -> Option | None:
        m = self.mapping(node, "option")
        if m is None:
            return None
        allowed = {"value", "label", "feedback", "think", "scores", "effects", "next"}
        o = self.keys(m, allowed, ("value", "label"), "option")
        value = self.string(o["value"], "value") if "value" in o else None
        label = self.text(o["label"], "label") if "label" in o else None
        if value is None or label is None:
            return None
        if not value.strip():
            self.error(o["value"], "empty", what="value")
            return None
        opt = Option(value, label, self.mark(o["value"]))
        if "feedback" in o:
            opt.feedback = self.text(o["feedback"], "feedback")
        if "think" in o:
            opt.think = self.text(o["think"], "think")
        if "next" in o:
            opt.next = self.ident(o["next"], "next")
            opt.next_mark = self.mark(o["next"])
        if "scores" in o and (sm := self.mapping(o["scores"], "scores")):
            for key, val in sm.items:
                points = self.integer(val, "score")
                if self.ident(key, "tag") and points is not None:
                    opt.scores[key.value] = points
                    self.tag_refs.append((key.value, self.mark(key)))
        if "effects" in o:
            clientstate.read_effects(self, o["effects"], opt)
        return opt

    def branches(self, node: Node) -> list[Branch]:
        if isinstance(node, Scalar):
            target = self.ident(node, "next")
            return [Branch(target, self.mark(node))] if target else []
        s = self.seq(node, "next")
        if s is None:
            return []
        out: list[Branch] = []
        for item in s.items:
            m = self.mapping(item, "branch")
            if m is None:
                continue
            b = self.keys(m, {"if", "goto", "else"}, (), "branch")
            if "else" in b:
                if "if" in b or "goto" in b:
                    self.error(m, "else-mixed")
                target = self.ident(b["else"], "else")
                if target:
                    out.append(Branch(target, self.mark(b["else"])))
                continue
            if "if" not in b or "goto" not in b:
                self.error(m, "missing-key", key="goto" if "if" in b else "if", what="branch")
                continue
            cond = self.expression(b["if"], "if")
            target = self.ident(b["goto"], "goto")
            if cond and target:
                out.append(Branch(target, self.mark(b["goto"]), cond))
        if out and isinstance(s, Seq):
            # the else rule is checked here, where the list's own mark is known
            elses = [i for i, b in enumerate(out) if b.cond is None]
            if not elses:
                self.error(s, "no-else")
            elif elses[0] != len(out) - 1:
                self.error(out[elses[0]].mark, "else-not-last")
        return out


@without_gc
def parse_flow(path: str, data: bytes) -> tuple[Flow | None, list[Problem], Parser]:
    parser = Parser(path)
    parser.card_refs = []
    parser.focus_refs = []
    parser.tag_refs = []
    parser.effect_refs = []
    try:
        text = yamlnodes.decode(data)
        root = yamlnodes.read(text)
    except yamlnodes.YamlProblem as exc:
        parser.problems.append(Problem(path, exc.line, exc.col, exc.code, exc.params))
        return None, parser.problems, parser
    digest = hashlib.sha256(data).hexdigest()[:16]
    flow = parser.flow(root, digest)
    return flow, parser.problems, parser
