"""Runs a validated flow on a flat `transitions` machine.

One Engine per running conversation. It owns what `transitions` lacks: the
answers, the shared variables, the history for back/undo and the call stack
for sub-flows. Its whole state is plain JSON.
"""

from __future__ import annotations

import os
import random
import secrets
from dataclasses import dataclass

from transitions import Machine

from guide.base import typed
from guide.base.errors import AnswerError, CodedError  # AnswerError: callers read it from here too
from guide.base.i18n import LANGS, t
from guide.flows import clientstate
from guide.flows.model import Flow, Option, Step, Text
from guide.flows.successors import END, Edge, flow_edges
from guide.run.statelog import Delta

TYPE_CHECKING = False  # typing's flag, without importing typing (start-up time)

END_STATE = END  # past the last step: the flow has ended
STATE_VERSION = 1
SEED_ENV = "BINDKRACHT_SEED"  # fixes the option order of new sessions (demos, tests); 0 = as written


def new_seed() -> int:
    """The seed of a new session: from BINDKRACHT_SEED when set, else random."""
    fixed = os.environ.get(SEED_ENV, "").strip()
    if fixed.isdigit():
        return int(fixed)
    return secrets.randbelow(2**31 - 1) + 1


def shuffles(step: Step) -> bool:
    """Scored choices are shown in a per-session order, so place gives nothing away."""
    return step.kind == "choice" and any(o.scores for o in step.options)


def ordered_options(step: Step, seed: int, flow_id: str) -> list[Option]:
    if not seed or not shuffles(step):
        return list(step.options)
    options = list(step.options)
    random.Random(f"{seed}/{flow_id}/{step.id}").shuffle(options)
    return options


class RestoreError(CodedError, ValueError):
    """A saved state that no longer fits the flow."""


class _FlatMachine(Machine):
    # We never use the is_<state>() helpers; skipping them keeps adding a model
    # to a machine of thousands of states cheap.
    def _add_model_to_state(self, state, model):
        pass


class _Cond:
    """A transition condition; its __name__ is the expression text, for diagrams."""

    __slots__ = ("fn", "__name__")

    def __init__(self, fn, name: str) -> None:
        self.fn = fn
        self.__name__ = name

    def __call__(self, ctx) -> bool:
        return self.fn(ctx)


class _Ctx:
    __slots__ = ("vars", "chosen")

    def __init__(self, variables: dict, chosen) -> None:
        self.vars = variables
        self.chosen = chosen


class Program:
    """A flow compiled to a machine. Built once per flow, shared by engines."""

    def __init__(self, flow: Flow) -> None:
        self.flow = flow
        self.steps: list[Step] = list(flow.steps())
        self.by_id = {s.id: s for s in self.steps}
        self.guards = {}
        transitions: list[dict] = []
        for step, edges in flow_edges(flow):
            for edge in edges:
                t = _transition(step.id, edge)
                if t is not None:
                    transitions.append(t)
                if edge.kind == "when-skip":
                    trees = [e.tree for e in edge.exprs if e.tree]
                    if trees:
                        self.guards[step.id] = trees
        self.machine = _FlatMachine(
            model=None,
            states=[s.id for s in self.steps] + [END_STATE],
            initial=None,
            auto_transitions=False,
            send_event=False,
            ignore_invalid_triggers=False,
        )
        self.machine.add_transitions(transitions)

    def guard_ok(self, step_id: str, variables: dict) -> bool:
        return all(cond(variables) for cond in self.guards.get(step_id, ()))


def _transition(source: str, edge: Edge) -> dict | None:
    """The machine transition for one way out of a step (None: the engine handles it itself)."""
    if edge.kind == "when-skip":
        return {"trigger": "pass_over", "source": source, "dest": edge.target}
    if edge.kind == "end":
        return None  # an end step finishes its flow in Engine._settle
    if edge.kind == "otherwise":  # Engine.submit_otherwise: a typed turn that means none of the options
        return {"trigger": "go_otherwise", "source": source, "dest": edge.target}
    t: dict[str, object] = {"trigger": "advance", "source": source, "dest": edge.target}
    if edge.value is not None:
        value = edge.value
        t["conditions"] = [_Cond(lambda c, v=value: c.chosen == v, edge.cond)]
    elif edge.exprs:
        tree = edge.exprs[0].tree
        t["conditions"] = [_Cond(lambda c, e=tree: e(c.vars), edge.cond)]
    return t


class _Frame:
    """The machine's model for one flow on the call stack."""

    __slots__ = ("flow_id", "state", "__dict__")

    def __init__(self, flow_id: str) -> None:
        self.flow_id = flow_id

    if TYPE_CHECKING:  # what the machine gives its model (transitions.Machine.add_model)
        state: str

        def advance(self, ctx: _Ctx) -> bool: ...

        def pass_over(self) -> bool: ...

        def go_otherwise(self) -> bool: ...


@dataclass
class Event:
    """Something to show after an answer: feedback, inner side, a sub-flow's end."""

    # feedback | think | call (a sub-flow starts) | end (a sub-flow ended); typed play:
    # say (an otherwise: line of the client) | react (the client's neutral reaction, it names the client)
    kind: str
    text: Text | None
    step: Step
    flow: str = ""


class Engine:
    def __init__(self, flows: dict[str, Flow], root: str, programs: dict | None = None,
                 seed: int | None = None, typed: bool = False) -> None:
        if root not in flows:
            raise RestoreError("engine.unknown-flow", flow=root)
        self.seed = new_seed() if seed is None else seed
        self.flows = flows
        self.root = root
        self.programs = programs if programs is not None else {}
        self.stack: list[_Frame] = []
        self.answers: dict[str, object] = {}
        self.vars: dict[str, object] = {}
        self.history: list[dict] = []
        self.state: dict[str, int] = {}  # the client's state (guide.flows.clientstate), e.g. {"trust": 2}
        self.said: dict[str, str] = {}  # say-first choices: the learner's own words, by step key
        self.typed = typed  # typed play: the learner types every turn at a choice (say, then submit)
        self.unsaved: list[list] = []  # changes since the last save, as statelog ops
        self.finished = False
        self.end_step: Step | None = None
        self.end_flow: str | None = None

    # -- set-up ----------------------------------------------------------
    def program(self, flow_id: str) -> Program:
        prog = self.programs.get(flow_id)
        if prog is None or prog.flow is not self.flows[flow_id]:
            prog = self.programs[flow_id] = Program(self.flows[flow_id])
        return prog

    def start(self) -> list[Event]:
        events: list[Event] = []
        self._push(self.root)
        self._settle(events)
        return events

    def _push(self, flow_id: str, at: str | None = None) -> None:
        prog = self.program(flow_id)
        frame = _Frame(flow_id)
        for name, var in prog.flow.state.items():
            self.state.setdefault(name, var.start)
        first = at or (prog.steps[0].id if prog.steps else END_STATE)
        prog.machine.add_model(frame, initial=first)
        self.stack.append(frame)

    def _pop(self) -> None:
        frame = self.stack.pop()
        self.program(frame.flow_id).machine.remove_model(frame)

    def close(self) -> None:
        """Release the machines' references to this conversation."""
        while self.stack:
            self._pop()

    # -- where we are --------------------------------------------------------
    @property
    def flow(self) -> Flow:
        return self.flows[self.stack[-1].flow_id] if self.stack else self.flows[self.root]

    @property
    def current(self) -> Step | None:
        if self.finished or not self.stack:
            return None
        frame = self.stack[-1]
        return self.program(frame.flow_id).by_id.get(frame.state)

    @property
    def phase(self) -> str | None:
        step = self.current or self.end_step
        return step.phase if step else None

    def key(self, step: Step | None = None, flow_id: str | None = None) -> str:
        step = step or self.current
        if step is None:
            raise AnswerError("engine.finished")
        return f"{flow_id or self.stack[-1].flow_id}/{step.id}"

    def ordered(self, step: Step) -> list[Option]:
        """A step's options in this session's order."""
        flow_id = self.stack[-1].flow_id if self.stack else self.root
        return ordered_options(step, self.seed, flow_id)

    def options(self, step: Step | None = None) -> list[Option]:
        """The current step's options in this session's order."""
        step = step or self.current
        return self.ordered(step) if step is not None else []

    def scope(self) -> dict:
        """What conditions read: the variables and the client's state."""
        return {**self.vars, **self.state} if self.state else self.vars

    @property
    def ended_early(self) -> bool:
        """The client left: the session finished at an end marked `early`."""
        return self.finished and self.end_step is not None and self.end_step.early

    @property
    def report(self) -> str | None:
        """plan / debrief / reflection when the session finished at an end that asks for one. The client
        walked out (an early end naming none): the report of the scenario's own end, its full debrief."""
        end = self.end_step
        if not self.finished or end is None:
            return None
        if end.report or not end.early:
            return end.report
        flow = self.flows.get(self.end_flow or "") or self.flows[self.root]
        return next((s.report for s in flow.steps() if s.kind == "end" and s.report), None)

    def needs_words(self, step: Step | None = None) -> bool:
        """A say-first choice whose own words are not typed yet."""
        step = step or self.current
        return step is not None and step.say_first and self.key(step) not in self.said

    def say(self, text: str) -> str:
        """The learner's own words at a say-first choice, before its options appear, or (typed play)
        at any choice, before the option it means is submitted. Never scored."""
        step = self.current
        if step is None or not (step.say_first or (self.typed and step.kind == "choice")):
            raise AnswerError("engine.finished" if step is None else "engine.pick-one")
        words = typed.take(text, typed.TURN)
        self.said[self.key(step)] = words
        self.unsaved.append(["s", self.key(step), words])
        return words

    def current_key_said(self) -> str | None:
        """The own words typed at the open say-first choice, if any."""
        step = self.current
        return self.said.get(self.key(step)) if step is not None and step.say_first else None

    def timeline(self) -> list[tuple[str, dict[str, int]]]:
        """The client's state over the moments: ("", at the start), then (step key, after it) per choice."""
        if not self.state:
            return []
        first = self.history[0].get("state") if self.history else None
        out = [("", dict(first or self.state))]
        for entry in self.history:
            if "after" in entry:
                out.append((entry["key"], dict(entry["after"])))
        return out

    def position(self) -> list[list[str]]:
        return [[f.flow_id, f.state] for f in self.stack]

    # -- moving ------------------------------------------------------------
    def _settle(self, events: list[Event], chosen=None, fire: bool = False) -> None:
        """Move on from the top frame until a step that waits for the user."""
        while self.stack:
            frame = self.stack[-1]
            prog = self.program(frame.flow_id)
            if fire:
                frame.advance(_Ctx(self.scope(), chosen))
                fire = False
                chosen = None
            state = frame.state
            if state != END_STATE and not prog.guard_ok(state, self.scope()):
                frame.pass_over()
                continue
            if state == END_STATE or prog.by_id[state].kind == "end":
                step = prog.by_id.get(state)
                if len(self.stack) == 1:
                    self.finished = True
                    self.end_step = step
                    self.end_flow = frame.flow_id
                    return
                if step is not None:
                    events.append(Event("end", step.text, step, frame.flow_id))
                self._pop()
                fire = True  # the caller moves on from its call step
                continue
            step = prog.by_id[state]
            if step.kind == "call":  # a loop, not recursion: a chain of calls may be long
                events.append(Event("call", step.text, step, frame.flow_id))
                assert step.flow is not None  # a call names its flow (the parser requires it)
                self._push(step.flow)
                continue
            return

    def submit(self, value=None) -> list[Event]:
        """Answer the current step (None for steps that only need a continue)."""
        step = self.current
        if step is None:
            raise AnswerError("engine.finished")
        clean = self._validate(step, value)
        return self._record(step, clean, skipped=False)

    def skip(self) -> list[Event]:
        step = self.current
        if step is None:
            raise AnswerError("engine.finished")
        if step.needs_input and not step.optional:
            raise AnswerError("engine.not-optional")
        return self._record(step, None, skipped=True)

    def _record(self, step: Step, value, skipped: bool) -> list[Event]:
        key = self.key(step)
        entry = {"at": self.position(), "key": key, "had": key in self.answers, "old": self.answers.get(key)}
        if step.set:
            entry.update(var=step.set, var_had=step.set in self.vars, var_old=self.vars.get(step.set))
        if self.state:
            entry["state"] = dict(self.state)
        typed_turn = self.typed and step.kind == "choice" and key in self.said and not skipped
        if typed_turn:  # the words move into the history: the turn is on the path, the choice open no more
            entry.update(typed=self.said.pop(key), option=value)
        self.history.append(entry)
        self.unsaved.append(["h+", entry])
        if typed_turn:
            self.unsaved.append(["s-", key])
        events: list[Event] = []
        if step.needs_input:
            self._put(self.answers, "a", key, not skipped, value)
            if step.set:
                self._put(self.vars, "v", step.set, not skipped, value)
            if not skipped:
                events += self.option_events(step, value)
                if step.kind == "choice" and self.state:
                    for opt in step.options:
                        if opt.value == value and opt.effects:
                            clientstate.apply(self.state, self.flow.state, opt.effects)
                    entry["after"] = dict(self.state)
        chosen = value if step.kind == "choice" else None
        self._settle(events, chosen=chosen, fire=True)
        return events

    def submit_otherwise(self) -> list[Event]:
        """The learner's turn at the current choice means none of its options ("something else").

        With an `otherwise:` block its line and inner side are shown and its effects apply, then it
        goes to its `next`, or the same choice is asked again. Without one the client reacts neutrally
        and nothing changes. Never falls back to an option. Back undoes it like an answer."""
        step = self.current
        if step is None:
            raise AnswerError("engine.finished")
        if step.kind != "choice":
            raise AnswerError("engine.pick-one")
        key = self.key(step)
        entry = {"at": self.position(), "key": key, "had": key in self.answers, "old": self.answers.get(key),
                 "otherwise": True}
        if self.state:
            entry["state"] = dict(self.state)
        if self.typed and key in self.said:
            entry.update(typed=self.said.pop(key), option=None)
            self.unsaved.append(["s-", key])
        block = step.otherwise
        events = self.otherwise_events(step, key, len(self.history))
        if block is not None:
            if self.state and block.effects:
                clientstate.apply(self.state, self.flow.state, block.effects)
            if block.next:
                entry["left"] = True
        if self.state:
            entry["after"] = dict(self.state)
        self.history.append(entry)
        self.unsaved.append(["h+", entry])
        if entry.get("left"):
            self.stack[-1].go_otherwise()
            self._settle(events)
        return events

    def otherwise_events(self, step: Step, key: str, at: int) -> list[Event]:
        """What the client does at a turn that means none of the options, the one at history[at]:
        the `otherwise:` line and inner side, or the persona's neutral reaction (it asks what you mean,
        and the next time at this choice it waits)."""
        flow_id = key.partition("/")[0]
        block = step.otherwise
        if block is not None:
            return [Event(kind, text, step, flow_id)
                    for kind, text in (("say", block.say), ("think", block.think)) if text is not None]
        before = sum(1 for e in self.history[:at] if e.get("otherwise") and e["key"] == key)
        which = ("engine.otherwise.asks", "engine.otherwise.waits")[before % 2]
        flow = self.flows.get(flow_id) or self.flow
        values = {lang: t(which, lang, name=flow.persona or t("engine.otherwise.someone", lang))
                  for lang in LANGS}
        return [Event("react", Text(values, flow.mark), step, flow_id)]

    def typed_turns(self) -> list[dict]:
        """The turns typed in typed play, in order: {"key", "text", "option": value or None}."""
        return [{"key": e["key"], "text": e["typed"], "option": e.get("option")}
                for e in self.history if "typed" in e]

    def option_events(self, step: Step, value) -> list[Event]:
        """The feedback and inner side that the chosen options carry."""
        chosen = value if isinstance(value, list) else [value]
        events = []
        for opt in step.options:
            if opt.value in chosen:
                if opt.feedback:
                    events.append(Event("feedback", opt.feedback, step, self.stack[-1].flow_id))
                if opt.think:
                    events.append(Event("think", opt.think, step, self.stack[-1].flow_id))
        return events

    def back(self) -> bool:
        """Undo the last answer (or continue) and return to that step.

        At a say-first choice whose words are typed, back first takes the words back."""
        step = self.current
        if step is not None and step.say_first and self.key(step) in self.said:
            del self.said[self.key(step)]
            self.unsaved.append(["s-", self.key(step)])
            return True
        if not self.history:
            return False
        entry = self.history.pop()
        if "state" in entry:
            self.state = dict(entry["state"])
        self.unsaved.append(["h-"])
        self._put(self.answers, "a", entry["key"], entry["had"], entry["old"])
        if "var" in entry:
            self._put(self.vars, "v", entry["var"], entry["var_had"], entry["var_old"])
        self._restore_stack(entry["at"])
        self.finished = False
        self.end_step = None
        self.end_flow = None
        return True

    def _put(self, values: dict, code: str, name: str, present: bool, value=None) -> None:
        """Set (`present`) or clear one answer (code "a") or variable ("v"), and log it for the store."""
        if present:
            values[name] = value
            self.unsaved.append([code, name, value])
        else:
            values.pop(name, None)
            self.unsaved.append([code + "-", name])

    def _restore_stack(self, at: list[list[str]]) -> None:
        self.close()
        for flow_id, step_id in at:
            if flow_id not in self.flows or (
                step_id != END_STATE and step_id not in self.program(flow_id).by_id
            ):
                raise RestoreError("engine.missing-step", flow=flow_id, step=step_id)
            self._push(flow_id, step_id)

    # -- validation ------------------------------------------------------
    def _validate(self, step: Step, value):
        kind = step.kind
        if kind in ("card", "ask", "cue", "line"):
            return None
        if kind == "choice":
            if value not in {o.value for o in step.options}:
                raise AnswerError("engine.pick-one")
            return value
        if kind in ("multi", "checklist"):
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, (list, tuple, set)):
                raise AnswerError("engine.pick-some")
            allowed = [o.value for o in step.options]
            unknown = [v for v in value if v not in allowed]
            if unknown:
                raise AnswerError("engine.unknown-option", value=unknown[0])
            if kind == "multi" and not value and not step.optional:
                raise AnswerError("engine.pick-some")
            return [v for v in allowed if v in value]  # stable, option order
        if kind == "scale":
            try:
                number = int(str(value).strip())
            except (TypeError, ValueError):
                raise AnswerError("engine.scale", min=step.min, max=step.max) from None
            assert step.min is not None and step.max is not None  # a scale has both (parse checks)
            if not step.min <= number <= step.max:
                raise AnswerError("engine.scale", min=step.min, max=step.max)
            return number
        if kind == "text":
            text = typed.take(value, typed.ANSWER)
            if not text:
                raise AnswerError("engine.empty-text")
            return text
        raise AnswerError("engine.finished")

    # -- results -----------------------------------------------------------
    def path(self) -> list[str]:
        keys = [e["key"] for e in self.history]
        if self.current is not None:
            keys.append(self.key())
        return keys

    def path_steps(self, among) -> list[tuple[str, Step]]:
        """(key, step) for each key on the path that is in `among` (the answers, the words said),
        once, in order; a key whose step no flow has any more is left out."""
        return [(key, step) for key in dict.fromkeys(self.path())
                if key in among and (step := self.step_for(key)) is not None]

    def step_for(self, key: str) -> Step | None:
        flow_id, _, step_id = key.partition("/")
        if flow_id not in self.flows:
            return None
        return self.program(flow_id).by_id.get(step_id)

    def scores(self) -> dict[str, tuple[int, int]]:
        """Per tag: (points earned, best possible) over the choices answered.

        Only single choices count: ticking "I did this" on a checklist or a
        multi-choice is self-report, and never earns points. A score shown to
        the learner sets the earned points against the whole scenario's best
        (guide.run.scoring), not against this best of the path walked.
        """
        totals: dict[str, list[int]] = {}
        for key, value in self.answers.items():
            step = self.step_for(key)
            if step is None or step.kind != "choice" or not step.options:
                continue
            tags = {tag for o in step.options for tag in o.scores}
            for tag in tags:
                got = sum(o.scores.get(tag, 0) for o in step.options if o.value == value)
                best = max(o.scores.get(tag, 0) for o in step.options)
                pair = totals.setdefault(tag, [0, 0])
                pair[0] += got
                pair[1] += best
        for key in dict.fromkeys(e["key"] for e in self.history if e.get("left")):
            step = self.step_for(key)  # a choice left through its otherwise: its scores count
            if key in self.answers or step is None or step.otherwise is None:
                continue
            for tag in {tag for o in step.options for tag in o.scores} | set(step.otherwise.scores):
                got = step.otherwise.scores.get(tag, 0)
                best = max(got, *(o.scores.get(tag, 0) for o in step.options))
                pair = totals.setdefault(tag, [0, 0])
                pair[0] += got
                pair[1] += best
        return {tag: (got, best) for tag, (got, best) in sorted(totals.items())}

    # -- persistence -------------------------------------------------------
    def head(self) -> dict:
        """The small part of the state that every change may replace: where the conversation is, and
        the client's state (a few declared numbers, however long the conversation)."""
        return {
            "stack": self.position(),
            "finished": self.finished,
            "end": [self.end_flow, self.end_step.id] if self.end_step is not None else None,
            "state": dict(self.state),
        }

    def to_state(self) -> dict:
        return {
            "version": STATE_VERSION,
            "root": self.root,
            "seed": self.seed,
            "stack": self.position(),
            "finished": self.finished,
            "end": [self.end_flow, self.end_step.id] if self.end_step is not None else None,
            "answers": dict(self.answers),
            "vars": dict(self.vars),
            "state": dict(self.state),
            "said": dict(self.said),
            "history": list(self.history),
            "typed": self.typed,
        }

    def delta(self) -> Delta:
        """What changed since the last save (`saved`): its size does not grow with the history."""
        return Delta(list(self.unsaved), self.head())

    def saved(self, delta: Delta) -> None:
        """`delta` is on disk: its ops are no longer unsaved."""
        del self.unsaved[: len(delta.ops)]

    @classmethod
    def from_state(cls, flows: dict[str, Flow], state: dict, programs: dict | None = None) -> Engine:
        if not isinstance(state, dict) or state.get("version") != STATE_VERSION:
            raise RestoreError("engine.bad-state")
        # sessions from before the shuffle keep the order they were shown in
        seed = state.get("seed", 0)
        engine = cls(flows, state["root"], programs, seed=seed if isinstance(seed, int) else 0)
        engine.answers = dict(state.get("answers") or {})
        engine.vars = dict(state.get("vars") or {})
        engine.history = list(state.get("history") or [])
        engine.said = {str(k): str(v) for k, v in (state.get("said") or {}).items()}
        engine.typed = state.get("typed") is True
        saved = state.get("state")
        if isinstance(saved, dict):  # sessions from before client state start from the flows' starts
            engine.state = {str(k): v for k, v in saved.items() if isinstance(v, int)}
        engine._restore_stack(state.get("stack") or [])
        engine.finished = bool(state.get("finished"))
        end = state.get("end")
        if end:
            flow_id, step_id = end
            engine.end_flow = flow_id
            engine.end_step = engine.program(flow_id).by_id.get(step_id) if flow_id in flows else None
        return engine

