"""`bindkracht check [PATH...]`: the problems in flows, cards and plans;
`--watch` checks again on every save."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from guide.base.i18n import t
from guide.flows.problems import Problem, sort_key


def add(sub, common, lang: str) -> None:
    p = sub.add_parser("check", parents=[common], help=t("cli.check.help", lang))
    p.add_argument("paths", nargs="*", type=Path, metavar="PATH", help=t("cli.check.paths", lang))
    p.add_argument("--format", choices=("text", "json"), default="text", help=t("cli.check.format", lang))
    p.add_argument("--coverage", action="store_true", help=t("cli.check.coverage", lang))
    p.add_argument("--strict", action="store_true", help=t("cli.check.strict", lang))
    p.add_argument("--watch", action="store_true", help=t("cli.check.watch", lang))
    p.set_defaults(run=run)


def run(args, lang: str) -> int:
    return watch(args, lang) if args.watch else check(args, lang)


def check(args, lang: str) -> int:
    from guide.flows import library  # deferred, as in every command: the loader costs ~0.1 s of start-up

    files, dirs = [], list(args.flows)
    for path in args.paths:
        if path.is_dir():
            dirs.append(path)
        elif path.exists():
            files.append(path)
        else:
            print(t("cli.no-such-path", lang, path=path), file=sys.stderr)
            return 2
    # checking your own files needs only the shipped flows' and cards' ids (coverage runs them)
    lib = library.load(flow_dirs=dirs, extra_files=files,
                       shipped_ids_only=bool(args.paths) and not args.coverage)
    given = [d for d in dirs if d in args.paths]
    chosen = _chosen_files(lib, args.paths, files, given)
    card_dirs = [d / "content" for d in given]
    if not chosen and not any(d.is_dir() for d in card_dirs):
        print(t("cli.check.no-files", lang, paths=" ".join(str(p) for p in args.paths) or "."),
              file=sys.stderr)
        return 1
    problems = [p for f in chosen for p in f.problems]
    problems += [
        p for p in lib.card_problems if not args.paths or any(_inside(Path(p.file), d) for d in card_dirs)
    ]
    summary = None
    if args.coverage:
        more, summary = _coverage(lib, chosen, lang)
        problems += more
    return _report(args, lang, problems, summary, len(chosen))


def _chosen_files(lib, paths, files, given_dirs):
    """The loaded files the user asked about: all of them when no path was given."""
    if not paths:
        return lib.files
    wanted = {p.resolve() for p in files}
    return [f for f in lib.files if f.path.resolve() in wanted or any(_inside(f.path, d) for d in given_dirs)]


def _inside(path: Path, directory: Path) -> bool:
    """Found in that folder: by the path as listed, so a link to elsewhere (/dev/zero) still counts."""
    return path.absolute().is_relative_to(directory.absolute())


def _coverage(lib, chosen, lang: str):
    """The plans' problems, a warning for each step of a chosen file no plan visits, and the summary line."""
    from guide.run.plans import coverage, run_plan_files  # deferred: the engine, only for --coverage

    results, problems = run_plan_files(lib, lib.plan_files, lang)
    uncovered, covered, total = coverage(lib, results)
    chosen_paths = {f.path for f in chosen}
    for f, step in uncovered:
        if f.path in chosen_paths:
            problems.append(Problem(step.mark.file, step.mark.line, step.mark.col, "uncovered",
                                    {"id": step.id}, "warning"))
    pct = 100.0 * covered / total if total else 100.0
    return problems, t("cli.check.coverage-summary", lang, pct=f"{pct:.1f}", covered=covered, total=total)


def _report(args, lang: str, problems, summary, checked: int) -> int:
    problems.sort(key=sort_key)
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors
    if args.format == "json":
        import json  # deferred: only for --format json

        out = {"problems": [p.as_dict(lang) for p in problems], "errors": errors, "warnings": warnings}
        if summary:
            out["coverage"] = summary
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        for p in problems:
            print(p.format(lang))
        if summary:
            print(summary)
        print(t("cli.check.summary", lang, files=checked, errors=errors, warnings=warnings), file=sys.stderr)
    return 1 if errors or (args.strict and warnings) else 0


def watch(args, lang: str) -> int:
    """Check again on every save, until Ctrl+C."""
    import signal  # deferred: only for --watch

    from guide.flows.library import file_stamps  # deferred: the loader

    # Ctrl+C (SIGINT) and SIGTERM stop the watch at once, also when it was started in the background
    # with SIGINT ignored (Python then keeps it ignored, and the watch would never stop)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, signal.default_int_handler)
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
                check(args, lang)
                sys.stdout.flush()
                sys.stderr.flush()
            time.sleep(0.5)
    except KeyboardInterrupt:
        print()
        return 0
