"""`bindkracht sessions list | show | export | delete | purge`: each action's handler beside its arguments."""

from __future__ import annotations

import sys

from guide.base.i18n import t
from guide.cli.common import with_store, write_export


def add(sub, common, lang: str) -> None:
    import argparse  # deferred, as the options: `sessions list` is read without argparse (guide/cli/quick.py)
    from pathlib import Path  # deferred: only the arguments need it

    from guide.cli.options import SESSION_ID, duration, global_options  # deferred: argparse

    p = sub.add_parser("sessions", parents=[common], help=t("cli.sessions.help", lang))
    p.set_defaults(run=run)
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = actions.add_parser("list", parents=[common], help=t("cli.sessions.list", lang))
    q.set_defaults(act=list_sessions)
    q = actions.add_parser("show", parents=[common], help=t("cli.sessions.show", lang))
    q.add_argument("id", type=SESSION_ID, help=t("cli.sessions.id", lang))
    q.set_defaults(act=show)
    q = actions.add_parser("export", parents=[common], help=t("cli.sessions.export", lang))
    q.add_argument("id", type=SESSION_ID, help=t("cli.sessions.id", lang))
    q.add_argument("--format", choices=("md", "html"), default=None, help=t("cli.sessions.format", lang))
    q.add_argument("--out", type=Path, metavar="PATH", help=t("cli.sessions.out", lang))
    q.add_argument("--private", action="store_true", help=t("cli.sessions.private", lang))
    q.add_argument("--hand-in", action="store_true", help=t("cli.sessions.hand-in", lang))
    q.set_defaults(act=export_session)
    own = global_options(lang, top=False)  # its own copy: --training is resolved to what it does on delete
    q = actions.add_parser("delete", parents=[own], help=t("cli.sessions.delete", lang),
                           conflict_handler="resolve")
    q.add_argument("ids", type=SESSION_ID, nargs="*", metavar="ID", help=t("cli.sessions.id", lang))
    q.add_argument("--participant", metavar="PARTICIPANT", help=t("cli.sessions.participant", lang))
    q.add_argument("--training", metavar="CODE", help=t("cli.sessions.training", lang),
                   default=argparse.SUPPRESS)
    q.add_argument("--yes", action="store_true", help=t("cli.sessions.yes", lang))
    q.set_defaults(act=delete)
    q = actions.add_parser("purge", parents=[common], help=t("cli.sessions.purge", lang))
    q.add_argument("--older-than", required=True, type=duration, metavar="AGE",
                   help=t("cli.sessions.age", lang))
    q.add_argument("--yes", action="store_true", help=t("cli.sessions.yes", lang))
    q.set_defaults(act=purge)


def run(args, lang: str) -> int:
    return with_store(args, lang, lambda store: args.act(args, lang, store))


def list_sessions(args, lang: str, store) -> int:
    head = [t(f"cli.sessions.col.{c}", lang) for c in ("id", "label", "flow", "phase", "status", "training",
                                                       "updated")]
    table = store.listing_table(
        head, lambda phase: t("phase." + phase, lang),
        lambda status: t("export.status." + ("finished" if status == "finished" else "active"), lang))
    if not table:
        print(t("cli.sessions.empty", lang))
        return 0
    from guide.base.textsafe import visible  # deferred: its patterns, only when there is a list

    print(visible(table))  # labels come from users: no control character reaches the terminal
    return 0


def _stored(args, lang: str, store):
    """The session asked for and the flows, or (None, None) when there is no such session (said on stderr;
    the command then exits with 2, as for an unknown flow)."""
    from guide.flows import library  # deferred: the loader costs ~0.1 s of start-up

    session = store.get(args.id)
    if session is None:
        print(t("store.no-session", lang, id=args.id), file=sys.stderr)
        return None, None
    return session, library.load(flow_dirs=args.flows)


def show(args, lang: str, store) -> int:
    from guide.artefacts import export  # deferred: the exports and markdown-it
    from guide.base.textsafe import visible

    session, lib = _stored(args, lang, store)
    if session is None:
        return 2
    print(visible(export.render(session, lib, store.notes(session.id), lang, "md", store)), end="")
    return 0


def export_session(args, lang: str, store) -> int:
    from guide.artefacts import export  # deferred: the exports and markdown-it

    session, lib = _stored(args, lang, store)
    if session is None:
        return 2
    if args.hand_in:
        return hand_in(args, lang, store, lib, session)
    pages = export.render_all(session, lib, store.notes(session.id), lang, store)
    fmt = ("private-" if args.private else "") + export.format_for(args.out, args.format)
    if fmt not in pages:
        print(t("cli.sessions.no-private", lang), file=sys.stderr)
        return 1
    write_export(args, lambda data: export.default_path(data, session, fmt), pages[fmt], lang)
    return 0


def hand_in(args, lang: str, store, lib, session) -> int:
    """The session as a hand-in file (scenario, choices, scores; no typed text, label or time)."""
    from guide.classroom import handin  # deferred: the engine and the group view

    data = handin.export(store, lib, session.id)
    write_export(args,
                 lambda folder: folder / "exports" / handin.default_name(data), handin.dumps(data), lang)
    return 0


def delete(args, lang: str, store) -> int:
    chosen = [bool(args.ids), args.participant is not None, args.training is not None]
    if sum(chosen) != 1:
        print(t("cli.sessions.delete-which", lang), file=sys.stderr)
        return 2
    if args.participant is not None or args.training is not None:
        return delete_group(args, lang, store)
    ids = [i for i in args.ids if store.get(i) is not None]
    for i in args.ids:
        if i not in ids:
            print(t("store.no-session", lang, id=i), file=sys.stderr)
    if not ids:
        return 2  # none of them exists: a usage error, as an unknown flow
    return _remove(store, ids, args.yes, lang)


def delete_group(args, lang: str, store) -> int:
    """Every session of one participant (a browser of `serve`), or of one training with its hand-ins."""
    if args.participant is not None:
        ids = store.of_participant(args.participant.strip())
        handed = 0
    else:
        ids = store.of_training(args.training.strip())
        handed = len(store.handins(args.training.strip()))
    if not ids and not handed:
        print(t("cli.sessions.none-found", lang))
        return 0
    if not args.yes and not _confirm(t("cli.sessions.confirm", lang, n=len(ids) + handed)):
        print(t("cli.sessions.kept", lang))
        return 1
    n = store.delete(ids) if ids else 0
    if handed:
        n += store.delete_handins(args.training.strip())
        store.vacuum()
    print(t("cli.sessions.deleted", lang, n=n))
    return 0


def purge(args, lang: str, store) -> int:
    ids = store.older_than(args.older_than)
    if not ids:
        print(t("cli.sessions.nothing", lang))
        return 0
    return _remove(store, ids, args.yes, lang)


def _remove(store, ids: list[int], confirmed: bool, lang: str) -> int:
    """Delete for good (rows, then VACUUM), after asking unless --yes was given."""
    if not confirmed and not _confirm(t("cli.sessions.confirm", lang, n=len(ids))):
        print(t("cli.sessions.kept", lang))
        return 1
    n = store.delete(ids)
    print(t("cli.sessions.deleted", lang, n=n))
    return 0


def _confirm(question: str) -> bool:
    sys.stdout.write(question)
    sys.stdout.flush()
    answer = sys.stdin.readline()
    return answer.strip().lower() in ("j", "ja", "y", "yes")
