"""Test plans: scripted answers and the steps and variables expected.

    flow: intake
    plans:
      - name: acute need first
        lang: nl                       # optional
        seed: 7                        # optional: the session's option order (0, the default: as written)
        answers:                       # by step id; "flow/step" inside a called flow
          acute: food
          worries: [rent, energy]
        expect:
          visits: [acute_help]         # these steps are shown
          avoids: [notes_consent]      # these are not
          path: [...]                  # optional: exactly these steps, in order
          vars: {acute: food}
          scores: {krachtlijn-3: 2}
          finished: true
          order: {c_first: [b, a, c]}  # the options in the order shown (with this seed)
          state: {trust: 3}            # the client's state at the end
          ended: early                 # early (the client left) | normal
        said: {c_first: "own words"}   # optional: what is typed first at a say-first choice
        otherwise: [c_first, c_first]  # optional: "something else" at these choices, once per mention,
                                       # before their answer (typed play, the choice's otherwise:)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from guide.base.files import ReadError, display_path, read_limited
from guide.base.i18n import t
from guide.flows import yamlnodes
from guide.flows.library import Library
from guide.flows.parse import Parser
from guide.flows.problems import Problem
from guide.flows.yamlnodes import Map, Scalar, Seq
from guide.run.engine import AnswerError, Engine, RestoreError

MAX_STEPS = 5000


@dataclass
class PlanResult:
    file: str
    line: int
    col: int
    flow: str
    name: str
    failures: list[tuple[str, dict]] = field(default_factory=list)  # (i18n key, params)
    visited: set[str] = field(default_factory=set)  # "flow/step" keys

    @property
    def ok(self) -> bool:
        return not self.failures

    def messages(self, lang: str) -> list[str]:
        return [t(key, lang, **params) for key, params in self.failures]


def _plain(node):
    """Nodes -> str / list / dict of str, for answers and expectations."""
    if isinstance(node, Scalar):
        return node.value
    if isinstance(node, Seq):
        return [_plain(i) for i in node.items]
    if isinstance(node, Map):
        return {k.value: _plain(v) for k, v in node.items}
    return None


def run_plan_files(lib: Library, paths: list[Path], lang: str) -> tuple[list[PlanResult], list[Problem]]:
    """Every plan in these files: their results and the problems found reading them."""
    results, problems = [], []
    for path in paths:
        r, p = run_plan_file(path, lib, display_path(path), lang)
        results += r
        problems += p
    return results, problems


def run_plan_file(
    path: Path, lib: Library, display: str, lang: str
) -> tuple[list[PlanResult], list[Problem]]:
    parser = Parser(display)
    try:
        root = yamlnodes.read(yamlnodes.decode(read_limited(path, yamlnodes.MAX_BYTES)))
    except yamlnodes.YamlProblem as exc:
        return [], [Problem(display, exc.line, exc.col, exc.code, exc.params)]
    except ReadError as exc:
        return [], [Problem(display, 1, 1, exc.code, exc.params)]
    if root is None:
        return [], [Problem(display, 1, 1, "empty-file")]
    m = parser.mapping(root, "plan file")
    if m is None:
        return [], parser.problems
    top = parser.keys(m, {"flow", "plans"}, ("flow", "plans"), "plan file")
    flow_id = parser.string(top["flow"], "flow") if "flow" in top else None
    plans = parser.seq(top["plans"], "plans") if "plans" in top else None
    if flow_id is None or plans is None:
        return [], parser.problems
    if flow_id not in lib.flows or not lib.runnable(flow_id):
        node = top["flow"]
        return [], parser.problems + [Problem(display, node.line, node.col, "plan-flow", {"flow": flow_id})]
    results = []
    for item in plans.items:
        pm = parser.mapping(item, "plan")
        if pm is None:
            continue
        p = parser.keys(pm, {"name", "lang", "seed", "answers", "said", "expect", "otherwise"}, ("name",),
                        "plan")
        name = parser.string(p["name"], "name") if "name" in p else "?"
        seed = parser.integer(p["seed"], "seed") if "seed" in p else 0
        answers = _plain(p.get("answers")) or {}
        expect = _plain(p.get("expect")) or {}
        said = _plain(p.get("said")) or {}
        if not isinstance(answers, dict) or not isinstance(expect, dict) or not isinstance(said, dict):
            parser.error(pm, "type", what="answers/expect", expected="mapping")
            continue
        other = _plain(p.get("otherwise")) or []
        if not isinstance(other, list) or not all(isinstance(x, str) for x in other):
            parser.error(p["otherwise"], "type", what="otherwise", expected="list")
            continue
        result = PlanResult(display, item.line, item.col, flow_id, name or "?")
        _run(lib, flow_id, answers, expect, result, seed or 0, said, other)
        results.append(result)
    return results, parser.problems


def _run(lib: Library, flow_id: str, answers: dict, expect: dict, result: PlanResult, seed: int = 0,
         said: dict | None = None, otherwise: list[str] | None = None) -> None:
    engine = Engine(lib.flows, flow_id, lib.programs, seed=seed)
    orders: dict[str, list[str]] = {}
    other = list(otherwise or [])
    try:
        shown = _walk(engine, flow_id, answers, said or {}, result, orders, other)
    except RestoreError as exc:
        result.failures.append(("plan.engine", {"code": exc.code}))
        return
    finally:
        engine.close()
    if shown is not None:
        _compare(engine, shown, expect, result, orders)
        if other:  # a "something else" the walk never came to: a typo, or a choice not on the path
            result.failures.append(("plan.otherwise-left", {"steps": ", ".join(other)}))


def _passed(result: PlanResult, events) -> None:
    for ev in events:
        if ev.kind in ("call", "end"):
            result.visited.add(f"{ev.flow}/{ev.step.id}")


def _walk(engine: Engine, flow_id: str, answers: dict, said: dict, result: PlanResult,
          orders: dict[str, list[str]], otherwise: list[str]) -> list[str] | None:
    """The plan played to the end: the steps shown (short ids), or None when it failed on the way."""
    _passed(result, engine.start())
    shown: list[str] = []
    for _ in range(MAX_STEPS):
        step = engine.current
        if step is None:
            if engine.end_step is not None:
                result.visited.add(f"{engine.end_flow}/{engine.end_step.id}")
            return shown
        key = engine.key()
        short = step.id if engine.stack[-1].flow_id == flow_id else key
        shown.append(short)
        result.visited.add(key)
        if step.options:
            orders[short] = [o.value for o in engine.options(step)]
        if not _play_step(engine, step, short, key, answers, said, result, otherwise):
            return None
    result.failures.append(("plan.loops", {"n": MAX_STEPS}))
    return None


def _play_step(engine: Engine, step, short: str, key: str, answers: dict, said: dict,
               result: PlanResult, otherwise: list[str]) -> bool:
    """Pass, answer or skip one step as the plan says; False (the failure noted) when it cannot.
    `otherwise`: the choices still to get a "something else" turn (taken off as they are played)."""
    if not step.needs_input:
        _passed(result, engine.submit())
        return True
    for name in (short, key):
        if step.kind == "choice" and name in otherwise:  # something else first, then (still here) the answer
            otherwise.remove(name)
            _passed(result, engine.submit_otherwise())
            return True
    if short in answers or key in answers:
        value = answers.get(short, answers.get(key))
        try:
            if engine.needs_words(step):  # say-first: the own words (or nothing) come first
                engine.say(str(said.get(short, said.get(key, "")) or ""))
            _passed(result, engine.submit(value))
        except AnswerError as exc:
            result.failures.append(("plan.refused", {"step": short, "value": repr(value), "why": exc.code}))
            return False
        return True
    if step.optional:
        _passed(result, engine.skip())
        return True
    result.failures.append(("plan.no-answer", {"step": short}))
    return False


def _compare(engine: Engine, shown: list[str], expect: dict, result: PlanResult, orders: dict) -> None:
    fail = result.failures.append
    for step, want in (expect.get("order") or {}).items():
        got = orders.get(step)
        if got != want:
            fail(("plan.order", {"step": step, "want": ", ".join(want or []),
                                 "got": ", ".join(got) if got else "-"}))
    if "finished" in expect and (expect["finished"] == "true") != engine.finished:
        fail(("plan.finished", {"want": expect["finished"], "got": str(engine.finished).lower()}))
    reached = set(shown) | {k.split("/", 1)[1] for k in result.visited if k.startswith(f"{result.flow}/")}
    reached |= set(result.visited)
    for step in expect.get("visits") or []:
        if step not in reached:
            fail(("plan.visit", {"step": step, "path": " > ".join(shown)}))
    for step in expect.get("avoids") or []:
        if step in reached:
            fail(("plan.avoid", {"step": step}))
    if "path" in expect and expect["path"] != shown:
        fail(("plan.path", {"want": " > ".join(expect["path"]), "got": " > ".join(shown)}))
    for name, want in (expect.get("vars") or {}).items():
        got = engine.vars.get(name)
        if isinstance(got, int):
            got = str(got)
        if got != want:
            fail(("plan.var", {"name": name, "want": repr(want), "got": repr(got)}))
    for name, want in (expect.get("state") or {}).items():
        got = engine.state.get(name)
        if str(got) != str(want):
            fail(("plan.state", {"name": name, "want": want, "got": "-" if got is None else got}))
    if "ended" in expect:
        got = "early" if engine.ended_early else "normal" if engine.finished else "-"
        if expect["ended"] != got:
            fail(("plan.ended", {"want": expect["ended"], "got": got}))
    scores = engine.scores()
    for tag, want in (expect.get("scores") or {}).items():
        got = scores.get(tag, (0, 0))[0]
        if str(got) != str(want):
            fail(("plan.score", {"tag": tag, "want": want, "got": got}))


def coverage(lib: Library, results: list[PlanResult]) -> tuple[list, int, int]:
    """(uncovered steps as (file, step)), covered count, total count)."""
    visited = set().union(*(r.visited for r in results)) if results else set()
    uncovered = []
    total = 0
    for f in lib.files:
        if f.flow is None:
            continue
        for step in f.flow.steps():
            total += 1
            if f"{f.flow.id}/{step.id}" not in visited:
                uncovered.append((f, step))
    return uncovered, total - len(uncovered), total
