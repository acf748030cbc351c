"""`bindkracht new flow|scenario NAME`: a new flow or scenario to start from (guide/flows/scaffold.py)."""

from __future__ import annotations

import sys

from guide.base import paths
from guide.base.i18n import t
from guide.flows.scaffold import ScaffoldError, create


def add(sub, common, lang: str) -> None:
    p = sub.add_parser("new", parents=[common], help=t("cli.new.help", lang))
    p.add_argument("kind", choices=("flow", "scenario"), help=t("cli.new.kind", lang))
    p.add_argument("name", metavar="NAME", help=t("cli.new.name", lang))
    p.set_defaults(run=run)


def run(args, lang: str) -> int:
    from guide.flows import library  # deferred: the loader costs ~0.1 s of start-up

    directory = args.flows[0] if args.flows else paths.user_flows()
    lib = library.load(flow_dirs=args.flows)
    taken = {fid: flow.path for fid, flow in lib.flows.items()}
    try:
        written = create(args.kind, args.name, directory, taken)
    except ScaffoldError as exc:
        print(t(exc.code, lang, **exc.params), file=sys.stderr)
        return 2 if exc.code == "new.bad-name" else 1
    for path in written:
        print(t("new.wrote", lang, path=path))
    extra = f" --flows {directory}" if args.flows else ""
    print(t("new.next", lang, path=written[0], plan=written[1], id=args.name, extra=extra))
    return 0
