"""Practising at home, discussing in class: a session handed in as a small file, and imported
into a training's group view.

A hand-in holds the scenario, the option chosen at each moment (and the client line just
before it), the scores of a finished session and, per say-first moment, how many own turns of
each kind of move the reader found (guide/moves). Never typed text, never the label, no date
finer than the day. A file without "moves" (an older one) is taken as well. Each
session has one random id (kept in the store), so a trainer imports it once however often it
is handed in. No Textual here.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from guide import moves as reader
from guide.base.codes import clean_training
from guide.base.errors import AnswerError
from guide.classroom import group
from guide.run.engine import Engine, RestoreError
from guide.storage.store import StoreError

KIND = "bindkracht-hand-in"
VERSION = 1
MAX_BYTES = 256 * 1024  # a hand-in is a few kB; anything far bigger is not one
SCORE_RANGE = (-1000, 1000)


class HandInError(StoreError):
    """A file that cannot be handed in or imported; the code names why (strings/classroom.py)."""


def export(store, lib, session_id: int) -> dict:
    """The hand-in of one of the store's sessions."""
    session = store.get(session_id)
    if session is None:
        raise HandInError("store.no-session", id=session_id)
    if session.flow_id not in lib.flows or not group.choice_steps(lib.flows[session.flow_id]):
        raise HandInError("handin.no-choices", flow=session.flow_id)
    try:
        engine = Engine.from_state(lib.flows, session.state or {}, lib.programs)
    except (RestoreError, KeyError, TypeError, ValueError):
        raise HandInError("handin.unreadable", id=session_id) from None
    flow_id = session.flow_id
    keys = [f"{flow_id}/{s.id}" for s in group.choice_steps(lib.flows[flow_id])]
    try:
        return {"kind": KIND, "version": VERSION, "id": store.handin_token(session_id),
                "training": session.training, "flow": flow_id,
                "day": time.strftime("%Y-%m-%d", time.localtime(session.updated)),
                "finished": bool(engine.finished), "choices": group.choices(engine, flow_id),
                "scores": group.scores(engine) if engine.finished else {},
                "moves": group.typed_moves(engine, flow_id, keys, session.lang)}
    finally:
        engine.close()


def default_name(data: dict) -> str:
    return f"inlevering-{data['flow']}-{data['id'][:8]}.json"


def dumps(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def read(path: Path, lib) -> dict:
    """A hand-in file, checked against the flows; HandInError says what is wrong with it."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise HandInError("handin.foreign")
        raw = path.read_bytes()
    except OSError as exc:
        raise HandInError("handin.unreadable-file", detail=exc.strerror or str(exc)) from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise HandInError("handin.foreign") from None
    if not isinstance(data, dict) or data.get("kind") != KIND:
        raise HandInError("handin.foreign")
    if data.get("version") != VERSION:
        raise HandInError("handin.version", version=str(data.get("version")))
    flow = lib.flows.get(data.get("flow")) if isinstance(data.get("flow"), str) else None
    if flow is None:
        raise HandInError("handin.unknown-flow", flow=str(data.get("flow"))[:60])
    _check(data, flow)
    return data


def _check(data: dict, flow) -> None:
    """Every field as a hand-in writes it, every choice an option of the scenario, else damaged."""
    steps = {s.id: s for s in flow.steps()}
    token, choices, scores = data.get("id"), data.get("choices"), data.get("scores")
    ok = (isinstance(token, str) and 8 <= len(token) <= 64 and token.isalnum()
          and isinstance(data.get("training"), str) and isinstance(data.get("finished"), bool)
          and isinstance(choices, list) and isinstance(scores, dict))
    for c in choices if ok and isinstance(choices, list) else []:
        step = steps.get(c.get("step")) if isinstance(c, dict) else None
        before = c.get("before") if isinstance(c, dict) else None
        ok = ok and (step is not None and step.kind == "choice"
                     and c.get("option") in {o.value for o in step.options}
                     and (before is None or (before in steps and steps[before].kind == "line")))
    for tag, value in scores.items() if ok and isinstance(scores, dict) else []:
        ok = ok and isinstance(tag, str) and (value is None or (
            type(value) is int and SCORE_RANGE[0] <= value <= SCORE_RANGE[1]))
    moves = data.get("moves", {})  # {choice step: {move: turns}}
    ok = ok and isinstance(moves, dict) and all(
        k in steps and steps[k].kind == "choice" and isinstance(kinds, dict)
        and all(m in reader.MOVES and type(n) is int and n >= 0 for m, n in kinds.items())
        for k, kinds in moves.items())
    if not ok:
        raise HandInError("handin.damaged")


def import_files(store, lib, paths: list[Path], code: str | None = None) -> list[tuple[Path, str, dict]]:
    """Add hand-ins to a training's group view: per file (path, outcome message key, its params).
    The code given wins over the one in the file; a file without either is refused."""
    try:
        given = clean_training(code) if code else ""
    except AnswerError as exc:
        raise HandInError(exc.code, **exc.params) from None
    out = []
    for path in paths:
        try:
            data = read(path, lib)
            try:
                training = given or clean_training(data["training"])
            except AnswerError:
                training = ""
            if not training:
                raise HandInError("handin.no-training")
            data = {k: v for k, v in data.items() if k != "training"}
            if store.add_handin(data["id"], training, data["flow"], data):
                out.append((path, "handin.imported", {"code": training, "flow": data["flow"]}))
            else:
                out.append((path, "handin.doubled", {}))
        except HandInError as exc:
            out.append((path, exc.code, exc.params))
    return out
