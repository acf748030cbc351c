"""`bindkracht serve`: the app in a browser (guide/web/server.py)."""

from __future__ import annotations

from guide.base.i18n import t
from guide.cli.options import AHEAD, FONT_SIZE, IDLE, PORT, TABS


def add(sub, common, lang: str) -> None:
    p = sub.add_parser("serve", parents=[common], help=t("cli.serve.help", lang))
    p.add_argument("--host", default="127.0.0.1", help=t("cli.serve.host", lang))
    p.add_argument("--port", type=PORT, default=8000, help=t("cli.serve.port", lang))
    p.add_argument("--max-tabs", type=TABS, default=30, metavar="N", help=t("cli.serve.max-tabs", lang))
    p.add_argument("--ahead", type=AHEAD, metavar="N", help=t("cli.serve.ahead", lang))
    p.add_argument("--per-address", type=TABS, metavar="N", help=t("cli.serve.per-address", lang))
    p.add_argument("--idle-timeout", type=IDLE, metavar="S", help=t("cli.serve.idle-timeout", lang))
    p.add_argument("--font-size", type=FONT_SIZE, default=16, metavar="N",
                   help=t("cli.serve.font-size", lang))
    p.add_argument("--no-code", action="store_true", help=t("cli.serve.no-code", lang))
    p.set_defaults(run=run)


def run(args, lang: str) -> int:
    from guide.web.server import serve  # deferred: the web server and textual-serve

    return serve(args, lang)
