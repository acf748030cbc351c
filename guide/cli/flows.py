"""`bindkracht flows`: the flows found, their phases and languages, and whether they load."""

from __future__ import annotations

from guide.base.i18n import t


def add(sub, common, lang: str) -> None:
    p = sub.add_parser("flows", parents=[common], help=t("cli.flows.help", lang))
    p.set_defaults(run=run)


def run(args, lang: str) -> int:
    from guide.flows import library  # deferred: the loader costs ~0.1 s of start-up

    lib = library.load(flow_dirs=args.flows)
    if not lib.files:
        print(t("cli.flows.none", lang))
        return 0
    rows = [_row(f, lang) for f in lib.files]
    headers = tuple(t(f"cli.flows.col.{c}", lang) for c in ("id", "title", "phases", "langs", "status"))
    widths = [max(len(str(r[i])) for r in rows + [headers]) for i in range(5)]
    for row in [headers] + rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=False)).rstrip())
    return 0


def _row(f, lang: str) -> tuple:
    broken = t("cli.flows.broken", lang, n=len(f.errors))
    if f.flow is None:
        return ("?", f.path.name, "", "", broken)
    flow = f.flow
    phases = ",".join(p.id for p in flow.phases)
    langs = ",".join(
        lg for lg in flow.languages
        if not any(p.code == "missing-translation" and p.params.get("lang") == lg for p in f.problems)
    )
    return (flow.id, flow.title.get(lang), phases, langs, t("cli.flows.ok", lang) if not f.errors else broken)
