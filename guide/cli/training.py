"""`bindkracht training [CODE] [--flow SCENARIO] [--out PATH]`: a training's group view as a file.

Without a code it lists the trainings in the store; with one scenario in the training the
--flow may be left out. `bindkracht training import FILE... [--code CODE]` adds hand-ins
(`sessions export ID --hand-in`) to a training's group view.
"""

from __future__ import annotations

import sys
from pathlib import Path

from guide.base.i18n import t
from guide.base.textsafe import visible
from guide.cli.common import with_store, write_export


def add(sub, common, lang: str) -> None:
    p = sub.add_parser("training", parents=[common], help=t("cli.training.help", lang))
    p.add_argument("code", nargs="?", metavar="CODE", help=t("cli.training.code", lang))
    p.add_argument("files", nargs="*", type=Path, metavar="FILE", help=t("cli.training.files", lang))
    p.add_argument("--code", dest="into", metavar="CODE", help=t("cli.training.into", lang))
    p.add_argument("--flow", metavar="SCENARIO", help=t("cli.training.flow", lang))
    p.add_argument("--format", choices=("md", "html"), default=None, help=t("cli.sessions.format", lang))
    p.add_argument("--out", type=Path, metavar="PATH", help=t("cli.sessions.out", lang))
    p.set_defaults(run=run)


def run(args, lang: str) -> int:
    return with_store(args, lang, lambda store: training(args, lang, store))


def training(args, lang: str, store) -> int:
    """The trainings in the store (no code given), or one training's group view written to a file."""
    if args.code == "import":
        return import_files(args, lang, store)
    if args.files:
        print(t("cli.training.extra", lang, what=" ".join(map(str, args.files))), file=sys.stderr)
        return 2
    from guide.artefacts import export  # deferred: the exports
    from guide.classroom import group, group_page  # deferred: the engine and the group view
    from guide.flows import library  # deferred: the loader

    lib = library.load(flow_dirs=args.flows)
    known = group.trainings(store, lib)
    if not args.code:
        return list_trainings(known, lang)
    code, flows = next(((c, f) for c, f in known if c.lower() == args.code.lower()), (args.code, []))
    flow_id = args.flow or (flows[0][0] if len(flows) == 1 else None)
    if flow_id is None:
        listed = ", ".join(fid for fid, _n in flows) or "-"
        print(t("cli.training.pick-flow", lang, code=code, flows=listed), file=sys.stderr)
        return 2
    if flow_id not in lib.flows:
        print(t("cli.unknown-flow", lang, flow=flow_id), file=sys.stderr)
        return 2
    view = group.build(store, lib, code, flow_id)
    assert view is not None  # the flow is known (checked above)
    if view.sessions == 0:
        print(t("cli.training.empty", lang, code=code, flow=flow_id), file=sys.stderr)
        return 1
    fmt = export.format_for(args.out, args.format)
    text = group_page.markdown(view, lib, lang) if fmt == "md" else group_page.page(view, lib, lang)
    write_export(args, lambda data: group.export_path(data, code, flow_id, fmt, lang), text, lang)
    return 0


def list_trainings(known: list[tuple[str, list]], lang: str) -> int:
    if not known:
        print(t("group.none", lang))
        return 0
    print(t("cli.training.list", lang))
    for code, flows in known:
        print(f"  {code}: " + ", ".join(f"{fid} ({n})" for fid, n in flows))
    return 0


def import_files(args, lang: str, store) -> int:
    """`training import FILE...`: each file imported, or said why not; 1 when any was refused."""
    from guide.classroom import handin  # deferred: the engine and the group view
    from guide.flows import library  # deferred: the loader

    if not args.files:
        print(t("cli.training.import-none", lang), file=sys.stderr)
        return 2
    lib = library.load(flow_dirs=args.flows)
    refused = 0
    for path, code, params in handin.import_files(store, lib, args.files, args.into):
        line = f"{visible(str(path))}: {t(code, lang, **params)}"
        if code == "handin.imported":
            print(line)
        else:
            refused += 1
            print(line, file=sys.stderr)
    return 1 if refused else 0
