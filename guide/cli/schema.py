"""`bindkracht schema [--out FILE]`: the editor schema of flows, printed or written to a file."""

from __future__ import annotations

import sys
from pathlib import Path

from guide.base.errors import StoreError
from guide.base.files import write_private
from guide.base.i18n import t
from guide.base.paths import shipped_schema
from guide.cli.common import say


def add(sub, common, lang: str) -> None:
    p = sub.add_parser("schema", parents=[common], help=t("cli.schema.help", lang))
    p.add_argument("--out", type=Path, metavar="FILE", help=t("cli.schema.out", lang))
    p.set_defaults(run=run)


def run(args, lang: str) -> int:
    data = shipped_schema().read_bytes()
    if args.out is None:
        sys.stdout.write(data.decode("utf-8"))
        return 0
    try:
        write_private(args.out, data)
    except StoreError as exc:
        say(exc, lang)
        return 1
    print(t("export.written", lang, path=args.out))
    return 0
