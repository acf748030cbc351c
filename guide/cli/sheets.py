"""`bindkracht sheets SCENARIO`: the persona card, the coach sheet and the observation sheet,
ready to print."""

from __future__ import annotations

import sys
from pathlib import Path

from guide.base import paths
from guide.base.errors import StoreError
from guide.base.i18n import t
from guide.cli.common import load_flow, say, write_export


def add(sub, common, lang: str) -> None:
    p = sub.add_parser("sheets", parents=[common], help=t("cli.sheets.help", lang))
    p.add_argument("flow", metavar="SCENARIO", help=t("cli.sheets.flow", lang))
    p.add_argument("--out", type=Path, metavar="PATH", help=t("cli.sessions.out", lang))
    p.set_defaults(run=run)


def run(args, lang: str) -> int:
    from guide.artefacts import markup  # deferred: markdown-it costs start-up time
    from guide.classroom.training import printable_sheets  # deferred: it imports the engine

    lib, flow = load_flow(args, lang, args.flow)
    if flow is None:
        return 2
    cards, note = printable_sheets(flow, args.training)
    if note:
        print(t(note, lang, path=paths.config_dir() / "settings.toml", max=40), file=sys.stderr)
    if note == "training.bad-code":
        return 2
    if not cards:
        print(t("cli.sheets.none", lang, flow=args.flow), file=sys.stderr)
        return 1
    parts = [lib.card_text(c, lang) or "" for c in cards]
    markdown = "\n\n---\n\n".join(p.strip() for p in parts) + "\n"
    page = markup.markdown_to_html(markdown, flow.title.get(lang), lang, page="sheets")
    page = markup.writing_room(page.replace("<hr />", '<hr class="page" />'),
                               [c.startswith("observe-") for c in cards])
    try:
        write_export(args, lambda data: data / "exports" / f"sheets-{flow.id}-{lang}.html", page, lang)
    except StoreError as exc:
        say(exc, lang)
        return 1
    return 0
