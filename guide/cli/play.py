"""`bindkracht play FLOW`: a flow in the plain terminal (guide/cli/player.py)."""

from __future__ import annotations

from guide.base.i18n import t


def add(sub, common, lang: str) -> None:
    p = sub.add_parser("play", parents=[common], help=t("cli.play.help", lang))
    p.add_argument("flow", metavar="FLOW", help=t("cli.play.flow", lang))
    p.add_argument("--label", help=t("cli.play.label", lang))
    p.add_argument("--job", choices=("prepare", "rehearse", "practise"), help=t("cli.play.job", lang))
    p.add_argument("--take-over", action="store_true", help=t("cli.play.take-over", lang))
    p.add_argument("--typed", action="store_true", help=t("cli.play.typed", lang))
    p.set_defaults(run=run)


def run(args, lang: str) -> int:
    from guide.cli.player import play  # deferred: the engine and the store

    return play(args, lang)
