"""Marked YAML nodes -> the flow model, converting every scalar by the schema.

Problems are collected, never raised: one run reports them all.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from guide.base.i18n import LANGS
from guide.base.record import FrozenRecord
from guide.base.speed import without_gc
from guide.base.textsafe import clean, first_control
from guide.flows import clientstate, otherwise, yamlnodes
from guide.flows.expr import Compiled, ExprError, compile_expr
from guide.flows.model import (
    JOBS,
    PHASES,
    STEP_KINDS,
    VAR_TYPES,
    Branch,
    Expr,
    Flow,
    FlowRefs,
    Mark,
    Option,
    Phase,
    Step,
    Text,
    Variable,
)
from guide.flows.problems import Problem
from guide.flows.yamlnodes import Map, Node, Scalar, Seq

try:  # the built-in sha256: hashlib would load OpenSSL first, ~5 ms of a command's start-up
    from _sha256 import sha256  # type: ignore[import-not-found]  # Python 3.11
except ImportError:  # pragma: no cover - depends on the Python version
    try:
        from _sha2 import sha256  # type: ignore[import-not-found]  # Python 3.12 and later
    except ImportError:
        from hashlib import sha256

ID_RE = re.compile(r"^[a-z][a-z0-9_-]{0,63}$")
INT_RE = re.compile(r"^-?(0|[1-9][0-9]{0,8})$")

REPORTS = ("plan", "debrief", "reflection")


class StepKind(FrozenRecord):
    """A step kind's own keys (beside COMMON_STEP_KEYS) and the keys it must have (beside id and kind)."""

    __slots__ = ("keys", "required")

    def __init__(self, keys: frozenset[str] = frozenset(), required: tuple[str, ...] = ()) -> None:
        self.keys, self.required = keys, required


COMMON_STEP_KEYS = frozenset({"id", "kind", "when", "next", "card", "optional", "text"})
# A new step kind: one line here (and its STEP_KINDS name in guide/flows/model.py);
# a new key: its reader below.
STEP_KEYS: dict[str, StepKind] = {
    "card": StepKind(frozenset(), ("card",)),
    "ask": StepKind(frozenset({"why", "style"}), ("text",)),
    "cue": StepKind(frozenset({"focus"}), ("text", "focus")),
    "choice": StepKind(frozenset({"set", "options", "say_first", "otherwise"}), ("text", "options")),
    "multi": StepKind(frozenset({"set", "options"}), ("text", "options")),
    "checklist": StepKind(frozenset({"set", "options"}), ("text", "options")),
    "scale": StepKind(frozenset({"set", "min", "max", "min_label", "max_label"}), ("text", "min", "max")),
    "text": StepKind(frozenset({"set", "short"}), ("text",)),
    "line": StepKind(frozenset({"speaker", "say", "think"}), ("say",)),
    "call": StepKind(frozenset({"flow"}), ("flow",)),
    "end": StepKind(frozenset({"report", "early", "why"})),
}
ANY_STEP_KEY = COMMON_STEP_KEYS.union(*(k.keys for k in STEP_KEYS.values()))
# per kind, worked out once: the keys a step may have, those it must have, and what problems call it
_STEP_RULES = {
    kind: (COMMON_STEP_KEYS | spec.keys | clientstate.STEP_KEYS, ("id", "kind", *spec.required),
           f"step ({kind})")
    for kind, spec in STEP_KEYS.items()
}
_UNKNOWN_KIND_RULES = (ANY_STEP_KEY, ("id", "kind"), "step")


class Parser:
    def __init__(self, path: str, clean_source: bool = False, shared: dict[str, str] | None = None) -> None:
        self.path = path
        # the file holds no control character and no backslash (so no escape makes one): neither
        # does any value read from it
        self.clean_source = clean_source
        self.compiled: dict[str, Compiled] = {}  # a condition written again is compiled once (read only)
        self.problems: list[Problem] = []
        self.refs = FlowRefs()
        # one string object per distinct value (ids, option values, languages) across the flows
        # loaded together: the flows stay loaded, and each repeat would be a string of its own
        self.shared: dict[str, str] = shared if shared is not None else {}
        for lang in LANGS:
            self.shared.setdefault(lang, lang)

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

    def unique(self, into: list, seq: Seq, read, attr: str, code: str) -> None:
        """Append what `read` makes of each item of `seq` to `into`; one whose `attr` (its id or
        value) came before is an error[code] with that `attr` and the first line, and kept all the same."""
        first: dict[str, int] = {}
        for item in seq.items:
            thing = read(item)
            if thing is None:
                continue
            key = getattr(thing, attr)
            if key in first:
                self.error(thing.mark, code, **{attr: key, "first": first[key]})
            first.setdefault(key, thing.mark.line)
            into.append(thing)

    def string(self, node, what: str) -> str | None:
        if isinstance(node, Scalar):
            if self.clean_source:
                return self.shared.setdefault(node.value, node.value)
            bad = first_control(node.value)
            if bad is not None:  # "\e[2J" in a quoted YAML string: would act on a terminal
                self.error(node, "control-char", what=what, char=f"\\x{ord(bad):02x}")
                return clean(node.value)  # an error already: no follow-up errors about it
            return self.shared.setdefault(node.value, node.value)
        self.error(node, "type", what=what, expected="text")
        return None

    def ident(self, node, what: str) -> str | None:
        value = self.string(node, what)
        if value is not None and not ID_RE.fullmatch(value):
            self.error(node, "bad-id", what=what, value=value)
            return None
        return value

    def scores(self, node) -> dict[str, int]:
        """A `scores:` mapping of krachtlijn tags to points; each tag is kept for the reference checks."""
        out: dict[str, int] = {}
        if (sm := self.mapping(node, "scores")) is None:
            return out
        for key, val in sm.items:
            points = self.integer(val, "score")
            if self.ident(key, "tag") and points is not None:
                out[key.value] = points
                self.refs.tags.append((key.value, self.mark(key)))
        return out

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
        marks: dict[str, Mark] = {}
        path, clean_source = self.path, self.clean_source
        for key, val in m.items:
            lang = key.value
            if lang not in LANGS:
                self.error(key, "unknown-lang", lang=lang, allowed=", ".join(LANGS))
                continue
            # self.string(val, what), without the call where the file holds no control character
            s = val.value if clean_source and val.__class__ is Scalar else self.string(val, what)
            if s is not None and s.strip():
                lang = self.shared[lang]
                values[lang] = s
                marks[lang] = Mark(path, val.line, val.col)
        return Text(values, Mark(path, node.line, node.col), marks)

    def keys(self, m: Map, allowed: AbstractSet[str], required: tuple[str, ...], what: str) -> dict:
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
            compiled = self.compiled.get(source) or self.compiled.setdefault(source, compile_expr(source))
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
            id=(self.ident(f["id"], "id") or "") if "id" in f else "",  # a bad id (an error): as none
            version=(self.string(f["version"], "version") or "") if "version" in f else "",
            title=(self.text(f["title"], "title") if "title" in f else None)
            # a stand-in, so a missing title is reported once and not again per language
            or Text({lang: "?" for lang in LANGS}, self.mark(m)),
            languages=[],
            path=self.path,
            mark=self.mark(f["id"]) if "id" in f else self.mark(m),
            content_hash=content_hash,
        )
        flow.id = flow.id or ""
        for key, read in FLOW_READERS.items():
            if key in f:
                read(self, flow, f[key])
        return flow

    def persona(self, flow: Flow, node: Node) -> None:
        if not (pm := self.mapping(node, "persona")):
            return
        p = self.keys(pm, {"name", "card", "coach", "observer"}, ("name",), "persona")
        if "name" in p:
            flow.persona = self.string(p["name"], "persona.name")
        for key, attr in (("card", "persona_card"), ("coach", "coach_card"), ("observer", "observer_card")):
            if key in p:
                card = self.ident(p[key], key)
                setattr(flow, attr, card)
                if card:
                    self.refs.cards.append((card, self.mark(p[key])))

    def phases(self, flow: Flow, node: Node) -> None:
        if not (ps := self.seq(node, "phases")):
            return
        self.unique(flow.phases, ps, self.phase, "id", "duplicate-phase")
        if not ps.items:
            self.error(ps, "empty", what="phases")

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
        s = self.keys(m, *(_STEP_RULES[kind] if kind is not None else _UNKNOWN_KIND_RULES))
        sid = self.ident(s["id"], "step id") if "id" in s else None
        if sid is None or kind is None:
            return None
        step = Step(sid, kind, self.mark(s["id"]), phase)
        for key, read in _KIND_READERS[kind]:
            if key in s:
                read(self, step, s[key])
        clientstate.read_step(self, s, step)  # state-dependent keys (guide/flows/clientstate.py)
        return step

    def card(self, step: Step, node: Node) -> None:
        step.card = self.ident(node, "card")
        step.card_mark = self.mark(node)
        if step.card:
            self.refs.cards.append((step.card, step.card_mark))

    def focus(self, step: Step, node: Node) -> None:
        step.focus_mark = self.mark(node)
        for item in node.items if isinstance(node, Seq) else [node]:
            fid = self.ident(item, "focus")
            if fid:
                step.focus.append(fid)
                self.refs.focus.append((fid, self.mark(item)))

    def options(self, step: Step, node: Node) -> None:
        if not (os_ := self.seq(node, "options")):
            return
        self.unique(step.options, os_, self.option, "value", "duplicate-option")
        if len(os_.items) < (1 if step.kind == "checklist" else 2):
            self.error(os_, "few-options", kind=step.kind)

    def maximum(self, step: Step, node: Node) -> None:
        step.max = self.integer(node, "max")
        if step.min is not None and step.max is not None and step.min >= step.max:
            self.error(node, "bad-range", min=step.min, max=step.max)

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
        if "scores" in o:
            opt.scores = self.scores(o["scores"])
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


def _set(attr: str, read, *args):
    """A reader that stores one converted value: `read` is a Parser method, `args` its extra arguments."""

    def reader(parser: Parser, target, node: Node) -> None:
        setattr(target, attr, read(parser, node, attr, *args))

    return reader


def _marked(attr: str):
    """An id that problems later point at: the value and its mark (`set`, `flow`)."""

    def reader(parser: Parser, step: Step, node: Node) -> None:
        setattr(step, attr, parser.ident(node, attr))
        setattr(step, attr + "_mark", parser.mark(node))

    return reader


def _languages(parser: Parser, flow: Flow, node: Node) -> None:
    if s := parser.seq(node, "languages"):
        flow.languages += [lang for lang in (parser.choice(i, "languages", LANGS) for i in s.items) if lang]


def _jobs(parser: Parser, flow: Flow, node: Node) -> None:
    if s := parser.seq(node, "jobs"):
        flow.jobs = [j for j in (parser.choice(i, "jobs", JOBS) for i in s.items) if j]


def _variables(parser: Parser, flow: Flow, node: Node) -> None:
    if vm := parser.mapping(node, "variables"):
        for key, val in vm.items:
            if var := parser.variable(key, val):
                flow.variables[var.name] = var


def _tags(parser: Parser, flow: Flow, node: Node) -> None:
    if tm := parser.mapping(node, "tags"):
        for key, val in tm.items:
            if parser.ident(key, "tag") and (label := parser.text(val, "tag")):
                flow.tags[key.value] = label


# What reads each key, in this order (the order problems are found in). id, version and title are read first.
FLOW_READERS = {
    "description": _set("description", Parser.text),
    "languages": _languages,
    "jobs": _jobs,
    "persona": Parser.persona,
    "variables": _variables,
    "state": lambda parser, flow, node: clientstate.read_state(parser, node, flow),
    "tags": _tags,
    "phases": Parser.phases,
}
STEP_READERS = {
    "text": _set("text", Parser.text),
    "card": Parser.card,
    "when": _set("when", Parser.expression),
    "optional": _set("optional", Parser.boolean),
    "short": _set("short", Parser.boolean),
    "next": lambda parser, step, node: setattr(step, "next", parser.branches(node)),
    "why": _set("why", Parser.text),
    "style": _set("style", Parser.choice, ("open", "closed")),
    "focus": Parser.focus,
    "set": _marked("set"),
    "options": Parser.options,
    "otherwise": otherwise.read,
    "min": _set("min", Parser.integer),
    "max": Parser.maximum,
    "min_label": _set("min_label", Parser.text),
    "max_label": _set("max_label", Parser.text),
    "speaker": _set("speaker", Parser.string),
    "say": _set("say", Parser.text),
    "think": _set("think", Parser.text),
    "flow": _marked("flow"),
    "report": _set("report", Parser.choice, REPORTS),
}
# per kind, the readers of the keys it may have, in the order above
_KIND_READERS = {
    kind: [(key, read) for key, read in STEP_READERS.items() if key in allowed]
    for kind, (allowed, _required, _what) in _STEP_RULES.items()
}


@without_gc
def parse_flow(path: str, data: bytes, shared: dict[str, str] | None = None,
               ) -> tuple[Flow | None, list[Problem], FlowRefs]:
    """`shared`: the texts of the flows read before (Parser.shared), for one string per value."""
    parser = Parser(path, shared=shared)
    try:
        text = yamlnodes.decode(data)
        root = yamlnodes.read(text)
        parser.clean_source = "\\" not in text and first_control(text) is None
    except yamlnodes.YamlProblem as exc:
        parser.problems.append(Problem(path, exc.line, exc.col, exc.code, exc.params))
        return None, parser.problems, parser.refs
    digest = sha256(data).hexdigest()[:16]
    flow = parser.flow(root, digest)
    return flow, parser.problems, parser.refs
