"""What the commands' handlers share: a coded error said on stderr, the store opened and closed
around an action, the flow named on the command line, an export written to its file.

Light to import (the command modules import it at the top): the loader and the store load when a handler runs.
"""

from __future__ import annotations

import sys

from guide.base.errors import StoreError
from guide.base.files import write_pages
from guide.base.i18n import t
from guide.base.paths import data_dir


def say(problem, lang: str) -> None:
    """A coded error or notice (its `code` and `params`) on stderr, in the user's language."""
    print(t(problem.code, lang, **problem.params), file=sys.stderr)


def with_store(args, lang: str, act) -> int:
    """`act(store)` with the store of --data-dir open (and closed after): its exit code, or 1 when
    the store cannot be opened or written (said on stderr, as is a damaged file moved aside)."""
    from guide.storage.store import open_store  # deferred: sqlite3

    store, notices = open_store(args.data_dir)
    for notice in notices:
        say(notice, lang)
    if store is None:
        return 1
    try:
        return act(store)
    except StoreError as exc:
        say(exc, lang)
        return 1
    finally:
        store.close()


def load_flow(args, lang: str, flow_id: str):
    """(the flows of --flows, the flow `flow_id`); the flow is None, said on stderr, when it is unknown."""
    from guide.flows import library  # deferred: the loader costs ~0.1 s of start-up

    lib = library.load(flow_dirs=args.flows)
    flow = lib.flows.get(flow_id)
    if flow is None:
        print(t("cli.unknown-flow", lang, flow=flow_id), file=sys.stderr)
    return lib, flow


def write_export(args, default, text: str, lang: str, markdown: str | None = None) -> None:
    """Write `text` to --out, or else to `default(data folder)` (its folder made first, closed to
    others), and say where; with `markdown`, a .md beside it. Raises StoreError when it cannot be written."""
    target = args.out or default(data_dir(args.data_dir))
    write_pages(target, text, markdown, make_dir=args.out is None)
    print(t("export.written", lang, path=target))
