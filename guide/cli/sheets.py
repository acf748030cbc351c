"""`bindkracht sheets SCENARIO`: the persona card, the coach sheet and the observation sheet, ready to print."""

from __future__ import annotations

import sys
from pathlib import Path

from guide import paths
from guide.files import StoreError, make_private_dir, write_private
from guide.i18n import t


def add(sub, common, lang: str) -> None:
    p = sub.add_parser("sheets", parents=[common], help=t("cli.sheets.help", lang))
    p.add_argument("flow", metavar="SCENARIO")
    p.add_argument("--training", metavar="CODE", help=t("cli.opt.training", lang))
    p.add_argument("--out", type=Path, metavar="PATH", help=t("cli.sessions.out", lang))
    p.set_defaults(run=run)


def run(args, lang: str) -> int:
    from guide import library, markup  # deferred: the loader and markdown-it cost ~0.1 s of start-up

    lib = library.load(flow_dirs=args.flows)
    flow = lib.flows.get(args.flow)
    if flow is None:
        print(t("cli.unknown-flow", lang, flow=args.flow), file=sys.stderr)
        return 2
    from guide.training import printable_sheets

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
    page = markup.markdown_to_html(markdown, flow.title.get(lang), lang)
    page = page.replace("<hr />", '<hr class="page" />')
    target = args.out or paths.data_dir(args.data_dir) / "exports" / f"sheets-{flow.id}-{lang}.html"
    try:
        if args.out is None:
            make_private_dir(target.parent)
        write_private(target, page.encode("utf-8"))
    except StoreError as exc:
        print(t(exc.code, lang, **exc.params), file=sys.stderr)
        return 1
    print(t("export.written", lang, path=target))
    return 0
