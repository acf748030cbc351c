"""`bindkracht training [CODE] [--flow SCENARIO] [--out PATH]`: the group view as a file
(its arguments: guide/cli/training.py).

Without a code it lists the trainings in the store; with one scenario in the training the
--flow may be left out.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from guide.i18n import t


def default_path(directory: Path, code: str, flow_id: str, fmt: str, lang: str) -> Path:
    safe = "-".join(re.sub(r"[^A-Za-z0-9_-]+", "-", part).strip("-") or "x" for part in (code, flow_id))
    return directory / "exports" / f"groep-{safe}-{lang}.{fmt}"


def cmd_training(args, lang: str) -> int:
    from guide import export, group, group_page, library
    from guide.paths import data_dir
    from guide.store import Store, StoreError, make_private_dir, write_private

    try:
        store = Store(data_dir(args.data_dir))
    except StoreError as exc:
        print(t(exc.code, lang, **exc.params), file=sys.stderr)
        return 1
    try:
        lib = library.load(flow_dirs=args.flows)
        known = group.trainings(store, lib)
        if not args.code:
            if not known:
                print(t("group.none", lang))
                return 0
            print(t("cli.training.list", lang))
            for code, flows in known:
                print(f"  {code}: " + ", ".join(f"{fid} ({n})" for fid, n in flows))
            return 0
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
        path = args.out or default_path(data_dir(args.data_dir), code, flow_id, fmt, lang)
        if args.out is None:
            make_private_dir(path.parent)
        write_private(path, text.encode("utf-8"))
        print(t("export.written", lang, path=path))
        return 0
    except StoreError as exc:
        print(t(exc.code, lang, **exc.params), file=sys.stderr)
        return 1
    finally:
        store.close()
