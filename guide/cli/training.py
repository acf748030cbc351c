"""`bindkracht training [CODE] [--flow SCENARIO] [--out PATH]`: a training's group view (guide/group_cli.py)."""

from __future__ import annotations

from pathlib import Path

from guide.i18n import t


def add(sub, common, lang: str) -> None:
    p = sub.add_parser("training", parents=[common], help=t("cli.training.help", lang))
    p.add_argument("code", nargs="?", metavar="CODE", help=t("cli.training.code", lang))
    p.add_argument("--flow", metavar="SCENARIO", help=t("cli.training.flow", lang))
    p.add_argument("--format", choices=("md", "html"), default=None, help=t("cli.sessions.format", lang))
    p.add_argument("--out", type=Path, metavar="PATH", help=t("cli.sessions.out", lang))
    p.set_defaults(run=run)


def run(args, lang: str) -> int:
    from guide.group_cli import cmd_training  # deferred: the store, the loader and the exports

    return cmd_training(args, lang)
