"""The `bindkracht` command. No Textual import unless the app itself starts."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from guide.files import StoreError
from guide.i18n import LANGS, pick_lang, t

# argparse's own words (usage, errors), in Dutch when the user works in Dutch
_ARGPARSE_NL = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "show this help message and exit": "toon deze hulp en stop",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ongeldige keuze: %(value)r (kies uit %(choices)s)",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "expected one argument": "verwacht één argument",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "invalid %(type)s value: %(value)r": "ongeldige %(type)s-waarde: %(value)r",
}


_lang_of_parse = "nl"  # the language argparse's type errors speak while parsing


def _localise_argparse(lang: str) -> None:
    global _lang_of_parse
    _lang_of_parse = lang
    argparse._ = (lambda text: _ARGPARSE_NL.get(text, text)) if lang == "nl" else (lambda text: text)


def _options(lang: str, top: bool) -> argparse.ArgumentParser:
    """The global options; on a subcommand they must not reset what was given before it."""
    common = argparse.ArgumentParser(add_help=False)
    keep = {} if top else {"default": argparse.SUPPRESS}
    common.add_argument("--lang", choices=LANGS, help=t("cli.opt.lang", lang), **keep)
    common.add_argument("--flows", action="append", type=Path, metavar="DIR", help=t("cli.opt.flows", lang),
                        **({"default": []} if top else keep))
    common.add_argument("--data-dir", metavar="DIR", help=t("cli.opt.data-dir", lang), **keep)
    return common


def _parser(lang: str) -> argparse.ArgumentParser:
    common = _options(lang, top=False)
    parser = argparse.ArgumentParser(
        prog="bindkracht", description=t("cli.description", lang), parents=[_options(lang, top=True)]
    )
    parser.add_argument("--version", action="version", version=f"bindkracht {_version()}",
                        help=t("cli.opt.version", lang))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("check", parents=[common], help=t("cli.check.help", lang))
    p.add_argument("paths", nargs="*", type=Path, metavar="PATH", help=t("cli.check.paths", lang))
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--coverage", action="store_true", help=t("cli.check.coverage", lang))
    p.add_argument("--strict", action="store_true", help=t("cli.check.strict", lang))
    p.add_argument("--watch", action="store_true", help=t("cli.check.watch", lang))

    sub.add_parser("flows", parents=[common], help=t("cli.flows.help", lang))

    p = sub.add_parser("play", parents=[common], help=t("cli.play.help", lang))
    p.add_argument("flow", metavar="FLOW", help=t("cli.play.flow", lang))
    p.add_argument("--label", help=t("cli.play.label", lang))
    p.add_argument("--job", choices=("prepare", "rehearse", "practise"), help=t("cli.play.job", lang))
    p.add_argument("--take-over", action="store_true", help=t("cli.play.take-over", lang))

    p = sub.add_parser("test", parents=[common], help=t("cli.test.help", lang))
    p.add_argument("plans", nargs="*", type=Path, metavar="PLAN")

    p = sub.add_parser("sessions", parents=[common], help=t("cli.sessions.help", lang))
    ssub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    ssub.add_parser("list", parents=[common], help=t("cli.sessions.list", lang))
    q = ssub.add_parser("show", parents=[common], help=t("cli.sessions.show", lang))
    q.add_argument("id", type=SESSION_ID)
    q = ssub.add_parser("export", parents=[common], help=t("cli.sessions.export", lang))
    q.add_argument("id", type=SESSION_ID)
    q.add_argument("--format", choices=("md", "html"), default=None, help=t("cli.sessions.format", lang))
    q.add_argument("--out", type=Path, metavar="PATH", help=t("cli.sessions.out", lang))
    q.add_argument("--private", action="store_true", help=t("cli.sessions.private", lang))
    q = ssub.add_parser("delete", parents=[common], help=t("cli.sessions.delete", lang))
    q.add_argument("ids", type=SESSION_ID, nargs="+", metavar="ID")
    q.add_argument("--yes", action="store_true", help=t("cli.sessions.yes", lang))
    q = ssub.add_parser("purge", parents=[common], help=t("cli.sessions.purge", lang))
    q.add_argument("--older-than", required=True, type=_duration, metavar="AGE", help=t("cli.sessions.age", lang))
    q.add_argument("--yes", action="store_true", help=t("cli.sessions.yes", lang))

    p = sub.add_parser("serve", parents=[common], help=t("cli.serve.help", lang))
    p.add_argument("--host", default="127.0.0.1", help=t("cli.serve.host", lang))
    p.add_argument("--port", type=PORT, default=8000, help=t("cli.serve.port", lang))
    p.add_argument("--max-tabs", type=TABS, default=30, metavar="N", help=t("cli.serve.max-tabs", lang))
    p.add_argument("--ahead", type=AHEAD, metavar="N", help=t("cli.serve.ahead", lang))
    p.add_argument("--no-code", action="store_true", help=t("cli.serve.no-code", lang))

    p = sub.add_parser("new", parents=[common], help=t("cli.new.help", lang))
    p.add_argument("kind", choices=("flow", "scenario"))
    p.add_argument("name", metavar="NAME", help=t("cli.new.name", lang))

    p = sub.add_parser("sheets", parents=[common], help=t("cli.sheets.help", lang))
    p.add_argument("flow", metavar="SCENARIO")
    p.add_argument("--out", type=Path, metavar="PATH", help=t("cli.sessions.out", lang))

    p = sub.add_parser("graph", parents=[common], help=t("cli.graph.help", lang))
    p.add_argument("flow", metavar="FLOW")
    p.add_argument("--format", choices=("mermaid", "dot"), default="mermaid")
    return parser


def _bounded(name: str, low: int, high: int):
    """An argparse type: a whole number from low to high, or a clear message."""

    def convert(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = None
        if value is None or not low <= value <= high:
            raise argparse.ArgumentTypeError(t(f"cli.bad-{name}", _lang_of_parse, value=text, low=low, high=high))
        return value

    convert.__name__ = name
    return convert


SESSION_ID = _bounded("id", 1, 2**63 - 1)  # SQLite's largest integer
PORT = _bounded("port", 1, 65535)
TABS = _bounded("tabs", 1, 1000)
AHEAD = _bounded("ahead", 0, 1000)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("bindkracht-gids")
    except PackageNotFoundError:  # run from a checkout without installing
        from guide import __version__

        return __version__


def _duration(text: str) -> float:
    """'90d', '12h', '2w' -> seconds."""
    units = {"h": 3600, "d": 86400, "w": 7 * 86400}
    text = text.strip().lower()
    if len(text) >= 2 and text[-1] in units and text[:-1].isdigit():
        return int(text[:-1]) * units[text[-1]]
    raise argparse.ArgumentTypeError(t("cli.bad-duration", _lang_of_parse, value=text))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = pick_lang(_peek_lang(argv))
    _localise_argparse(lang)
    args = _parser(lang).parse_args(argv)
    lang = pick_lang(args.lang)
    try:
        from guide.paths import data_dir

        data_dir(args.data_dir)
    except StoreError as exc:
        print(t(exc.code, lang, **exc.params), file=sys.stderr)
        return 2
    try:
        return _dispatch(args, lang)
    except KeyboardInterrupt:
        print()
        return 130
    except BrokenPipeError:
        return 0


def _peek_lang(argv: list[str]) -> str | None:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def _dispatch(args, lang: str) -> int:
    command = args.command
    if command == "check":
        if args.watch:
            return cmd_watch(args, lang)
        return cmd_check(args, lang)
    if command == "serve":
        from guide.serve import serve

        return serve(args, lang)
    if command == "new":
        return cmd_new(args, lang)
    if command == "sheets":
        return cmd_sheets(args, lang)
    if command == "flows":
        return cmd_flows(args, lang)
    if command == "play":
        from guide.play import play

        return play(args, lang)
    if command == "test":
        return cmd_test(args, lang)
    if command == "graph":
        return cmd_graph(args, lang)
    if command == "sessions":
        from guide.sessions_cli import cmd_sessions

        return cmd_sessions(args, lang)
    from guide.play import play_default

    return play_default(args, lang)


def _library(args, extra_files=None):
    from guide import library

    return library.load(flow_dirs=args.flows, extra_files=extra_files)


def cmd_check(args, lang: str) -> int:
    from guide import library as libmod
    from guide.problems import Problem, sort_key

    files, dirs = [], list(args.flows)
    for path in args.paths:
        if path.is_dir():
            dirs.append(path)
        elif path.exists():
            files.append(path)
        else:
            print(t("cli.no-such-path", lang, path=path), file=sys.stderr)
            return 2
    lib = libmod.load(flow_dirs=dirs, extra_files=files)
    if args.paths:
        wanted = {p.resolve() for p in files}
        chosen = [
            f for f in lib.files
            if f.path.resolve() in wanted or any(_inside(f.path, d) for d in dirs if d in args.paths)
        ]
    else:
        chosen = lib.files
    problems: list[Problem] = [p for f in chosen for p in f.problems]
    card_dirs = [d / "content" for d in dirs if d in args.paths]
    if not chosen and not any(d.is_dir() for d in card_dirs):
        print(t("cli.check.no-files", lang, paths=" ".join(str(p) for p in args.paths) or "."), file=sys.stderr)
        return 1
    problems += [
        p for p in lib.card_problems
        if not args.paths or any(_inside(Path(p.file), d) for d in card_dirs)
    ]
    summary = None
    if args.coverage:
        from guide.plans import coverage

        results, plan_problems = _run_plans(lib, lib.plan_files, lang)
        problems += plan_problems
        uncovered, covered, total = coverage(lib, results)
        chosen_paths = {f.path for f in chosen}
        for f, step in uncovered:
            if f.path in chosen_paths:
                problems.append(Problem(step.mark.file, step.mark.line, step.mark.col, "uncovered", {"id": step.id}, "warning"))
        pct = 100.0 * covered / total if total else 100.0
        summary = t("cli.check.coverage-summary", lang, pct=f"{pct:.1f}", covered=covered, total=total)
    problems.sort(key=sort_key)
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors
    if args.format == "json":
        out = {"problems": [p.as_dict(lang) for p in problems], "errors": errors, "warnings": warnings}
        if summary:
            out["coverage"] = summary
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        for p in problems:
            print(p.format(lang))
        if summary:
            print(summary)
        checked = len(chosen)
        print(t("cli.check.summary", lang, files=checked, errors=errors, warnings=warnings), file=sys.stderr)
    return 1 if errors or (args.strict and warnings) else 0


def _inside(path: Path, directory: Path) -> bool:
    """Found in that folder: by the path as listed, so a link to elsewhere (/dev/zero) still counts."""
    return path.absolute().is_relative_to(directory.absolute())


def cmd_watch(args, lang: str) -> int:
    """Check again on every save, until Ctrl+C."""
    import time

    from guide.library import file_stamps

    print(t("cli.watch.start", lang), flush=True)
    seen = None
    try:
        while True:
            now = file_stamps(args.flows, args.paths)
            if now != seen:
                time.sleep(0.2)  # let a save that is still being written finish first
                settled = file_stamps(args.flows, args.paths)
                if settled != now:
                    continue
                seen = now
                print(f"--- {time.strftime('%H:%M:%S')} ---", flush=True)
                cmd_check(args, lang)
                sys.stdout.flush()
                sys.stderr.flush()
            time.sleep(0.5)
    except KeyboardInterrupt:
        print()
        return 0


def cmd_new(args, lang: str) -> int:
    from guide import library, paths
    from guide.scaffold import ScaffoldError, create

    directory = args.flows[0] if args.flows else paths.user_flows()
    lib = library.load(flow_dirs=args.flows)
    taken = {fid: flow.path for fid, flow in lib.flows.items()}
    try:
        written = create(args.kind, args.name, directory, taken)
    except ScaffoldError as exc:
        print(t(exc.code, lang, **exc.params), file=sys.stderr)
        return 2 if exc.code == "new.bad-name" else 1
    for path in written:
        print(t("new.wrote", lang, path=path))
    extra = f" --flows {directory}" if args.flows else ""
    print(t("new.next", lang, path=written[0], plan=written[1], id=args.name, extra=extra))
    return 0


def cmd_sheets(args, lang: str) -> int:
    """The persona card, the coach sheet and the observation sheet of a scenario, ready to print."""
    from guide import markup, paths
    from guide.files import StoreError, make_private_dir, write_private

    lib = _library(args)
    flow = lib.flows.get(args.flow)
    if flow is None:
        print(t("cli.unknown-flow", lang, flow=args.flow), file=sys.stderr)
        return 2
    cards = [c for c in (flow.persona_card, flow.coach_card, flow.observer_card) if c]
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


def cmd_flows(args, lang: str) -> int:
    lib = _library(args)
    if not lib.files:
        print(t("cli.flows.none", lang))
        return 0
    rows = []
    for f in lib.files:
        if f.flow is None:
            rows.append(("?", f.path.name, "", "", t("cli.flows.broken", lang, n=len(f.errors))))
            continue
        flow = f.flow
        phases = ",".join(p.id for p in flow.phases)
        langs = ",".join(
            lg for lg in flow.languages
            if not any(p.code == "missing-translation" and p.params.get("lang") == lg for p in f.problems)
        )
        status = t("cli.flows.ok", lang) if not f.errors else t("cli.flows.broken", lang, n=len(f.errors))
        rows.append((flow.id, flow.title.get(lang), phases, langs, status))
    headers = tuple(t(f"cli.flows.col.{c}", lang) for c in ("id", "title", "phases", "langs", "status"))
    widths = [max(len(str(r[i])) for r in rows + [headers]) for i in range(5)]
    for row in [headers] + rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=False)).rstrip())
    return 0


def _run_plans(lib, plan_paths, lang):
    from guide.library import _display
    from guide.plans import run_plan_file

    results, problems = [], []
    for path in plan_paths:
        r, p = run_plan_file(path, lib, _display(path), lang)
        results += r
        problems += p
    return results, problems


def cmd_test(args, lang: str) -> int:
    lib = _library(args)
    for path in args.plans:
        if path.is_dir():
            print(t("cli.test.is-folder", lang, path=path), file=sys.stderr)
            return 2
        if not path.exists():
            print(t("cli.no-such-path", lang, path=path), file=sys.stderr)
            return 2
    plan_paths = args.plans or lib.plan_files
    results, problems = _run_plans(lib, plan_paths, lang)
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


def cmd_graph(args, lang: str) -> int:
    from guide import graph

    lib = _library(args)
    flow = lib.flows.get(args.flow)
    if flow is None:
        print(t("cli.unknown-flow", lang, flow=args.flow), file=sys.stderr)
        return 2
    render = graph.mermaid if args.format == "mermaid" else graph.dot
    sys.stdout.write(render(flow, lang))
    return 0
