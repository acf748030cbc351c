"""`bindkracht live start SCENARIO` and `bindkracht live debrief CODE`: a live role-play from a
script (the app's palette "Live rollenspel" does the same on screen)."""

from __future__ import annotations

import sys
from pathlib import Path

from guide.base import codes
from guide.base.i18n import t
from guide.cli.common import with_store, write_export


def add(sub, common, lang: str) -> None:
    p = sub.add_parser("live", parents=[common], help=t("cli.live.help", lang))
    actions = p.add_subparsers(dest="live_action", metavar="ACTION", required=True)
    start = actions.add_parser("start", parents=[common], help=t("cli.live.start", lang))
    start.add_argument("flow", metavar="SCENARIO", help=t("cli.live.flow", lang))
    start.set_defaults(act=start_play)
    debrief = actions.add_parser("debrief", parents=[common], help=t("cli.live.debrief", lang))
    debrief.add_argument("code", metavar="CODE", help=t("cli.live.code-arg", lang))
    debrief.add_argument("--out", type=Path, metavar="PATH", help=t("cli.sessions.out", lang))
    debrief.set_defaults(act=debrief_play)
    p.set_defaults(run=run)


def run(args, lang: str) -> int:
    from guide.flows import library  # deferred: the loader costs ~0.1 s of start-up

    lib = library.load(flow_dirs=args.flows)
    return with_store(args, lang, lambda store: args.act(args, lang, lib, store))


def start_play(args, lang: str, lib, store) -> int:
    from guide.classroom import live  # deferred: the engine and the store

    if args.flow not in {f.id for f in live.live_flows(lib)}:
        print(t("cli.live.not-live", lang, flow=args.flow), file=sys.stderr)
        return 2
    play, _role = live.start(store, args.flow, lang)
    print(t("cli.live.code", lang, code=play.code))
    return 0


def debrief_play(args, lang: str, lib, store) -> int:
    from guide.classroom import live  # deferred: the engine and the store

    play_id = live.find(store, args.code)
    if play_id is None:
        print(t("live.error.code", lang, typed=codes.normal_live_code(args.code) or "-"), file=sys.stderr)
        return 1
    play = live.read(store, play_id)
    write_export(args, lambda data: data / "exports" / f"live-{play.code}.html",
                 live.debrief_html(lib, play, lang), lang, live.debrief_markdown(lib, play, lang))
    return 0
