"""`bindkracht test [PLAN...]`: run the test plans (guide/run/plans.py)."""

from __future__ import annotations

import sys
from pathlib import Path

from guide.base.i18n import t


def add(sub, common, lang: str) -> None:
    p = sub.add_parser("test", parents=[common], help=t("cli.test.help", lang))
    p.add_argument("plans", nargs="*", type=Path, metavar="PLAN", help=t("cli.test.plans", lang))
    p.set_defaults(run=run)


def run(args, lang: str) -> int:
    from guide.flows import library  # deferred: the loader and the engine cost ~0.1 s of start-up
    from guide.run.plans import run_plan_files  # deferred: the engine and the store

    lib = library.load(flow_dirs=args.flows)
    for path in args.plans:
        if path.is_dir():
            print(t("cli.test.is-folder", lang, path=path), file=sys.stderr)
            return 2
        if not path.exists():
            print(t("cli.no-such-path", lang, path=path), file=sys.stderr)
            return 2
    results, problems = run_plan_files(lib, args.plans or lib.plan_files, lang)
    for p in problems:
        print(p.format(lang))
    failed = 0
    for r in results:
        if r.ok:
            print(f"ok    {r.flow}: {r.name}")
        else:
            failed += 1
            print(f"FAIL  {r.file}:{r.line}:{r.col}: {r.flow}: {r.name}")
            for line in r.messages(lang):
                print(f"      - {line}")
    print(t("cli.test.summary", lang, passed=len(results) - failed, failed=failed))
    return 1 if failed or problems or not results else 0
