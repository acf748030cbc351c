"""The group view: what the sessions of one training chose in one scenario, counted.

Per moment (each choice of the scenario, in flow order): how many chose each option, what
the client said just before and thought after each option, and at a say-first moment how many
own turns of each kind (guide/moves) the group typed; per krachtlijn: the group's scores.
It names no one: no label, no typed text, only counts, and below MIN_GROUP sessions
not even those (a count of two points at a person). Plain data, no Textual;
group_page.py turns it into Markdown and HTML, guide/tui/presenter.py into a screen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from guide import moves as reader
from guide.artefacts import ownwords
from guide.flows import krachtlijnen
from guide.flows.model import KRACHTLIJNEN, Flow, Option, Step
from guide.run import scoring
from guide.run.engine import Engine, RestoreError

MIN_GROUP = 5  # fewer sessions than this: no counts per option and no scores, they would name people


def export_path(directory: Path, code: str, flow_id: str, fmt: str, lang: str) -> Path:
    """Where the group view of training `code` in scenario `flow_id` is written (app and command line)."""
    safe = "-".join(re.sub(r"[^A-Za-z0-9_-]+", "-", part).strip("-") or "x" for part in (code, flow_id))
    return directory / "exports" / f"groep-{safe}-{lang}.{fmt}"


@dataclass
class Moment:
    step: Step
    counts: list[tuple[Option, int]]  # every option, as written, with how many chose it
    before: list[tuple[Step, int]] = field(default_factory=list)  # client lines just before, how often seen
    # own turns typed here: (move, how many), never the text
    moves: list[tuple[str, int]] = field(default_factory=list)

    @property
    def typed(self) -> int:
        return sum(n for _m, n in self.moves)

    @property
    def answered(self) -> int:
        return sum(n for _o, n in self.counts)


@dataclass
class Score:
    tag: str
    tested: bool  # False: the scenario does not test this krachtlijn ("n.v.t.")
    mean: int | None = None  # the finished sessions' mean % of the best path (None: none finished)
    low: int | None = None
    high: int | None = None


@dataclass
class GroupView:
    training: str
    flow: Flow
    sessions: int  # sessions of this training and scenario that could be read
    finished: int  # of which finished: only these count in the scores
    moments: list[Moment]
    scores: list[Score]
    unreadable: int = 0  # sessions of a changed flow that no longer restore

    @property
    def too_small(self) -> bool:
        """Too few sessions to stay anonymous: the counts and scores are left out (see build)."""
        return self.sessions < MIN_GROUP


def letter(n: int) -> str:
    """A, B, C ... for option n (0-based): what a trainer points at."""
    return chr(ord("A") + n) if n < 26 else str(n + 1)


def choice_steps(flow: Flow) -> list[Step]:
    return [s for s in flow.steps() if s.kind == "choice" and s.options]


def trainings(store, lib) -> list[tuple[str, list[tuple[str, int]]]]:
    """(code, [(flow id, sessions and hand-ins)]) for every training with sessions of a scenario
    that has choices."""
    out = []
    for code, _n, _last in store.trainings():
        flows: dict[str, int] = {}
        for s in store.list(training=code):
            flow = lib.flows.get(s.flow_id)
            if flow is not None and choice_steps(flow):
                flows[s.flow_id] = flows.get(s.flow_id, 0) + 1
        for flow_id, n in store.handin_counts(code):  # imported hand-ins (classroom/handin.py)
            if flow_id in lib.flows:
                flows[flow_id] = flows.get(flow_id, 0) + n
        if flows:
            out.append((code, sorted(flows.items(), key=lambda kv: (-kv[1], kv[0]))))
    return out


def build(store, lib, training: str, flow_id: str) -> GroupView | None:
    """The view for one training and one scenario; None when the scenario is unknown.
    Counts the store's sessions with this code and the hand-ins imported into it (classroom/handin.py)."""
    flow = lib.flows.get(flow_id)
    if flow is None:
        return None
    steps = choice_steps(flow)
    keys = [f"{flow.id}/{s.id}" for s in steps]
    chosen: dict[str, dict[str, int]] = {k: {} for k in keys}
    before: dict[str, dict[str, int]] = {k: {} for k in keys}
    typed: dict[str, dict[str, int]] = {k: {} for k in keys}
    percents: dict[str, list[int | None]] = {}
    read = finished = unreadable = 0
    for s in store.list(training=training, flow_id=flow_id):
        full = store.get(s.id)
        try:
            engine = Engine.from_state(lib.flows, (full.state if full else None) or {}, lib.programs)
        except (RestoreError, KeyError, TypeError, ValueError):
            unreadable += 1
            continue
        try:
            read += 1
            _count(choices(engine, flow.id), flow.id, chosen, before)
            _add_moves(typed_moves(engine, flow.id, keys, s.lang), flow.id, typed)
            if engine.finished:
                finished += 1
                for tag, value in scores(engine).items():
                    percents.setdefault(tag, []).append(value)
        finally:
            engine.close()
    for handed in store.handins(training, flow_id):  # imported hand-ins (classroom/handin.py)
        read += 1
        _count(handed.get("choices", []), flow.id, chosen, before)
        _add_moves(handed.get("moves", {}), flow.id, typed)
        if handed.get("finished"):
            finished += 1
            for tag, value in handed.get("scores", {}).items():
                percents.setdefault(tag, []).append(value)
    if read < MIN_GROUP:  # nothing countable leaves this function: the options only, to talk about
        chosen = {k: {} for k in keys}
        before = {k: {} for k in keys}
        typed = {k: {} for k in keys}
        percents = {}
    moments = _moments(flow, steps, keys, chosen, before, typed)
    return GroupView(training, flow, read, finished, moments, _scores(steps, percents), unreadable)


def choices(engine: Engine, flow_id: str) -> list[dict]:
    """What one session chose at each moment on its path: the choice's step id, the option's value,
    and the client line just before it (its step id, or None). No typed text."""
    path = engine.path()
    out = []
    for key in path:
        if not key.startswith(flow_id + "/"):
            continue
        step = engine.step_for(key)
        if step is None or step.kind != "choice" or not step.options or key not in engine.answers:
            continue
        at = path.index(key)
        previous = engine.step_for(path[at - 1]) if at > 0 else None
        out.append({"step": step.id, "option": str(engine.answers[key]),
                    "before": previous.id if previous is not None and previous.kind == "line" else None})
    return out


def scores(engine: Engine) -> dict[str, int | None]:
    """A finished session's % of the best path per krachtlijn."""
    return {tag: krachtlijnen.percent(got, best) for tag, (got, best) in scoring.table(engine).items()}


def _count(picked: list[dict], flow_id: str, chosen: dict[str, dict[str, int]],
           before: dict[str, dict[str, int]]) -> None:
    """Count one session's choices: the option chosen at each moment, and the client line just before."""
    for c in picked:
        key = f"{flow_id}/{c['step']}"
        if key not in chosen:
            continue
        chosen[key][c["option"]] = chosen[key].get(c["option"], 0) + 1
        if c.get("before"):
            before[key][c["before"]] = before[key].get(c["before"], 0) + 1


def typed_moves(engine: Engine, flow_id: str, keys: list[str], lang: str) -> dict[str, dict[str, int]]:
    """One session's own turns at its choices (say-first words, and every turn of a typed play), by the
    kind of move read in them: {step id: {move: n}}. The words stay here."""
    path = engine.path()
    turns = [(key, engine.said.get(key, "")) for key in keys if key in path]
    turns += [(turn["key"], turn["text"]) for turn in engine.typed_turns() if turn["key"] in keys]
    out: dict[str, dict[str, int]] = {}
    for key, words in turns:
        if words.strip():
            move = reader.read(words, lang, ownwords.client_line(engine, key, lang)).move
            step = out.setdefault(key[len(flow_id) + 1:], {})
            step[move] = step.get(move, 0) + 1
    return out


def _add_moves(counted: dict[str, dict[str, int]], flow_id: str, typed: dict[str, dict[str, int]]) -> None:
    for step_id, kinds in counted.items():
        key = f"{flow_id}/{step_id}"
        if key in typed:
            for move, n in kinds.items():
                typed[key][move] = typed[key].get(move, 0) + n


def _moments(flow: Flow, steps: list[Step], keys: list[str], chosen: dict[str, dict[str, int]],
             before: dict[str, dict[str, int]], typed: dict[str, dict[str, int]]) -> list[Moment]:
    by_id = flow.step_map()
    moments = []
    for step, key in zip(steps, keys, strict=True):
        counts = [(o, chosen[key].get(o.value, 0)) for o in step.options]
        lines = sorted(((by_id[i], n) for i, n in before[key].items() if i in by_id), key=lambda p: -p[1])
        kinds = [(m, typed[key][m]) for m in reader.MOVES if typed[key].get(m)]
        moments.append(Moment(step, counts, lines, kinds))
    return moments


def _scores(steps: list[Step], percents: dict[str, list[int | None]]) -> list[Score]:
    """Per krachtlijn: the finished sessions' mean, lowest and highest %, or n.v.t. when not tested."""
    scores = []
    for tag in KRACHTLIJNEN:
        # within -100..100, also for a hand-in made before percentages were bounded
        values = [max(-100, min(100, v)) for v in percents.get(tag, []) if v is not None]
        is_tested = any(o.scores.get(tag, 0) > 0 for st in steps for o in st.options)
        if not is_tested or not values:
            scores.append(Score(tag, is_tested))
        else:
            scores.append(Score(tag, True, round(sum(values) / len(values)), min(values), max(values)))
    return scores
