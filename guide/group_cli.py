"""`bindkracht training [CODE] [--flow SCENARIO] [--out PATH]`: the group view as a file
(its arguments: guide/cli/training.py, which imports this module only when the command runs).

Without a code it lists the trainings in the store; with one scenario in the training the
--flow may be left out.
"""

from __future__ import annotations

import sys

from guide.artefacts import export
from guide.classroom import group, group_page
from guide.cli.common import with_store, write_export
from guide.flows import library
from guide.i18n import t


def cmd_training(args, lang: str) -> int:
    return with_store(args, lang, lambda store: training(args, lang, store))


def training(args, lang: str, store) -> int:
    """The trainings in the store (no code given), or one training's group view written to a file."""
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
