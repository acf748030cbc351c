"""`bindkracht sessions list | show | export | delete | purge`."""

from __future__ import annotations

import sys
import time

from guide.i18n import t
from guide.paths import data_dir
from guide.store import Store, StoreError, make_private_dir, write_private
from guide.textsafe import visible


def _confirm(question: str) -> bool:
    sys.stdout.write(question)
    sys.stdout.flush()
    answer = sys.stdin.readline()
    return answer.strip().lower() in ("j", "ja", "y", "yes")


def cmd_sessions(args, lang: str) -> int:
    try:
        store = Store(data_dir(args.data_dir))
    except StoreError as exc:
        print(t(exc.code, lang, **exc.params), file=sys.stderr)
        return 1
    if store.moved_aside:
        print(t("store.moved-aside", lang, path=store.moved_aside), file=sys.stderr)
    try:
        return _run(args, lang, store)
    except StoreError as exc:
        print(t(exc.code, lang, **exc.params), file=sys.stderr)
        return 1
    finally:
        store.close()


def _run(args, lang: str, store: Store) -> int:
    action = args.action
    if action == "list":
        sessions = store.list()
        if not sessions:
            print(t("cli.sessions.empty", lang))
            return 0
        head = [t(f"cli.sessions.col.{c}", lang) for c in ("id", "label", "flow", "phase", "status", "updated")]
        rows = [
            [str(s.id), s.label, s.flow_id, t("phase." + s.phase, lang) if s.phase else "-",
             t("export.status." + ("finished" if s.status == "finished" else "active"), lang),
             time.strftime("%Y-%m-%d %H:%M", time.localtime(s.updated))]
            for s in sessions
        ]
        widths = [max(len(r[i]) for r in rows + [head]) for i in range(len(head))]
        for row in [head] + rows:
            print(visible("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=False)).rstrip()))
        return 0

    if action in ("show", "export"):
        from guide import export, library

        session = store.get(args.id)
        if session is None:
            print(t("store.no-session", lang, id=args.id), file=sys.stderr)
            return 1
        lib = library.load(flow_dirs=args.flows)
        notes = store.notes(session.id)
        if action == "show":
            print(visible(export.render(session, lib, notes, lang, "md")), end="")
            return 0
        pages = export.render_all(session, lib, notes, lang, store)
        fmt = ("private-" if args.private else "") + export.format_for(args.out, args.format)
        if fmt not in pages:
            print(t("cli.sessions.no-private", lang), file=sys.stderr)
            return 1
        text = pages[fmt]
        directory = data_dir(args.data_dir)
        path = args.out or export.default_path(directory, session, fmt)
        if args.out is None:
            make_private_dir(path.parent)
        write_private(path, text.encode("utf-8"))
        print(t("export.written", lang, path=path))
        return 0

    if action == "delete":
        ids = [i for i in args.ids if store.get(i) is not None]
        missing = [i for i in args.ids if i not in ids]
        for i in missing:
            print(t("store.no-session", lang, id=i), file=sys.stderr)
        if not ids:
            return 1
        return _remove(store, ids, args.yes, lang)

    if action == "purge":
        ids = store.older_than(args.older_than)
        if not ids:
            print(t("cli.sessions.nothing", lang))
            return 0
        return _remove(store, ids, args.yes, lang)
    return 2


def _remove(store: Store, ids: list[int], confirmed: bool, lang: str) -> int:
    """Delete for good (rows, then VACUUM), after asking unless --yes was given."""
    if not confirmed and not _confirm(t("cli.sessions.confirm", lang, n=len(ids))):
        print(t("cli.sessions.kept", lang))
        return 1
    n = store.delete(ids)
    print(t("cli.sessions.deleted", lang, n=n))
    return 0
