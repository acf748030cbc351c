"""`bindkracht live start SCENARIO` and `bindkracht live debrief CODE`: a live role-play from a
script (the app's palette "Live rollenspel" does the same on screen)."""

from __future__ import annotations

import sys
from pathlib import Path

from guide import paths
from guide.files import StoreError, make_private_dir, write_private
from guide.i18n import t


def add(sub, common, lang: str) -> None:
    p = sub.add_parser("live", parents=[common], help=t("cli.live.help", lang))
    actions = p.add_subparsers(dest="live_action", metavar="ACTION", required=True)
    start = actions.add_parser("start", parents=[common], help=t("cli.live.start", lang))
    start.add_argument("flow", metavar="SCENARIO")
    debrief = actions.add_parser("debrief", parents=[common], help=t("cli.live.debrief", lang))
    debrief.add_argument("code", metavar="CODE")
    debrief.add_argument("--out", type=Path, metavar="PATH", help=t("cli.sessions.out", lang))
    p.set_defaults(run=run)


def run(args, lang: str) -> int:
    from guide import library, live
    from guide.store import Store

    lib = library.load(flow_dirs=args.flows)
    try:
        store = Store(paths.data_dir(args.data_dir))
    except StoreError as exc:
        print(t(exc.code, lang, **exc.params), file=sys.stderr)
        return 1
    try:
        if args.live_action == "start":
            if args.flow not in {f.id for f in live.live_flows(lib)}:
                print(t("cli.live.not-live", lang, flow=args.flow), file=sys.stderr)
                return 2
            play, _role = live.start(store, args.flow, lang)
            print(t("cli.live.code", lang, code=play.code))
            return 0
        play_id = live.find(store, args.code)
        if play_id is None:
            print(t("live.error.code", lang, typed=live.normal_code(args.code) or "-"), file=sys.stderr)
            return 1
        play = live.read(store, play_id)
        target = args.out or paths.data_dir(args.data_dir) / "exports" / f"live-{play.code}.html"
        if args.out is None:
            make_private_dir(target.parent)
        write_private(target, live.debrief_html(lib, play, lang).encode("utf-8"))
        write_private(target.with_suffix(".md"), live.debrief_markdown(lib, play, lang).encode("utf-8"))
        print(t("export.written", lang, path=target))
        return 0
    except StoreError as exc:
        print(t(exc.code, lang, **exc.params), file=sys.stderr)
        return 1
    finally:
        store.close()
