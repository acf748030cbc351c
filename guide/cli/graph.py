"""`bindkracht graph FLOW`: the flow's steps and where they lead,
as Mermaid or Graphviz (guide/flows/graph.py)."""

from __future__ import annotations

import sys

from guide.base.i18n import t
from guide.cli.common import load_flow


def add(sub, common, lang: str) -> None:
    p = sub.add_parser("graph", parents=[common], help=t("cli.graph.help", lang))
    p.add_argument("flow", metavar="FLOW", help=t("cli.graph.flow", lang))
    p.add_argument("--format", choices=("mermaid", "dot"), default="mermaid",
                   help=t("cli.graph.format", lang))
    p.set_defaults(run=run)


def run(args, lang: str) -> int:
    from guide.flows import graph  # deferred: the model and its dataclasses, ~20 ms, only here

    _lib, flow = load_flow(args, lang, args.flow)
    if flow is None:
        return 2
    render = graph.mermaid if args.format == "mermaid" else graph.dot
    sys.stdout.write(render(flow, lang))
    return 0
