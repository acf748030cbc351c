"""`bindkracht moves "tekst"` reads one turn in words;
`bindkracht moves --jsonl` reads JSON lines for scripts, and with a role-play's flow and choice step
also says which option the turn means (guide/moves/options.py)."""

from __future__ import annotations

import json
import sys

from guide.base.i18n import LANGS, t
from guide.base.textsafe import visible
from guide.base.typed import undecodable
from guide.moves import describe, read
from guide.moves.options import match


def add(sub, common, lang: str) -> None:
    p = sub.add_parser("moves", parents=[common], help=t("cli.moves.help", lang),
                       description=t("cli.moves.description", lang))
    p.add_argument("turn", nargs="?", metavar=t("cli.moves.turn-name", lang), help=t("cli.moves.turn", lang))
    p.add_argument("--context", metavar=t("cli.moves.context-name", lang), help=t("cli.moves.context", lang))
    p.add_argument("--jsonl", action="store_true", help=t("cli.moves.jsonl", lang))
    p.set_defaults(run=run)


def run(args, lang: str) -> int:
    if args.jsonl == (args.turn is not None):
        print(t("cli.moves.one-of", lang), file=sys.stderr)
        return 2
    if args.jsonl:
        return jsonl(lang, args.flows)
    if undecodable(args.turn) or (args.context is not None and undecodable(args.context)):
        print(t("cli.moves.err.bytes", lang), file=sys.stderr)  # as --jsonl says of such a line
        return 2
    reading = read(args.turn, lang, args.context)
    print(visible(t("cli.moves.move", lang, name=describe(reading.move, lang), move=reading.move)))
    if reading.secondary:
        print(visible(t("cli.moves.secondary", lang, name=describe(reading.secondary, lang),
                        move=reading.secondary)))
    print(visible(t("cli.moves.why", lang, why=reading.why)))
    return 0


class Choices:
    """The choice steps of the shipped and user flows, loaded on the first line that names one."""

    def __init__(self, flow_dirs) -> None:
        self.flow_dirs = flow_dirs
        self.flows: dict | None = None

    def find(self, flow: object, step: object, lang: str):
        """(the choice step, None) or (None, an error saying what is wrong)."""
        if not isinstance(flow, str) or not isinstance(step, str):
            return None, t("cli.moves.err.flow-step", lang)
        if self.flows is None:
            from guide.flows import library  # deferred: only lines that name a flow need the library

            self.flows = library.load(flow_dirs=self.flow_dirs).flows
        found = self.flows.get(flow)
        if found is None:
            return None, t("cli.moves.err.flow", lang, flow=flow)
        target = found.step_map().get(step)
        if target is None:
            return None, t("cli.moves.err.step", lang, flow=flow, step=step)
        if target.kind != "choice" or not target.options:
            return None, t("cli.moves.err.not-choice", lang, step=step, kind=target.kind)
        return target, None


def answer(line: bytes, lang: str, choices: Choices | None = None) -> dict:
    """One input line -> the reading (and with "flow" and "step", the option it means),
    or {"error": ...} saying what is wrong with the line."""
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        return {"error": t("cli.moves.err.bytes", lang)}
    try:
        item = json.loads(text)
    except (ValueError, RecursionError):  # RecursionError: arrays nested thousands deep
        return {"error": t("cli.moves.err.json", lang)}
    if not isinstance(item, dict):
        return {"error": t("cli.moves.err.object", lang)}
    turn, turn_lang, context = item.get("turn"), item.get("lang", lang), item.get("context")
    if not isinstance(turn, str):
        return {"error": t("cli.moves.err.turn", lang)}
    if turn_lang not in LANGS:
        return {"error": t("cli.moves.err.lang", lang, langs=", ".join(LANGS))}
    if context is not None and not isinstance(context, str):
        return {"error": t("cli.moves.err.context", lang)}
    if choices is not None and ("flow" in item or "step" in item):
        step, error = choices.find(item.get("flow"), item.get("step"), lang)
        if error is not None:
            return {"error": error}
        persona = choices.flows[item["flow"]].persona if choices.flows else None
        found = match(turn, step, turn_lang, context, persona=persona, flow=item["flow"])
        reading = found.reading
        return {"move": reading.move, "secondary": reading.secondary, "why": reading.why,
                "option": found.option, "understood": found.understood}
    reading = read(turn, turn_lang, context)
    return {"move": reading.move, "secondary": reading.secondary, "why": reading.why}


def jsonl(lang: str, flow_dirs=None) -> int:
    """One JSON line out per line in, in order, each written as soon as it is read."""
    out = sys.stdout.buffer
    choices = Choices(flow_dirs or [])
    for line in sys.stdin.buffer:
        result = answer(line.rstrip(b"\r\n"), lang, choices)
        out.write(json.dumps(result, ensure_ascii=False).encode("utf-8") + b"\n")
        out.flush()
    return 0
