"""Loading every flow, card and test plan the user can see, with all checks."""

from __future__ import annotations

from pathlib import Path

from guide.base import paths
from guide.base.files import ReadError, display_path, read_limited
from guide.base.record import Record
from guide.flows import terms
from guide.flows.cardchecks import check_rights_cards
from guide.flows.cards import card_problems, inside_folder
from guide.flows.checks import check_call_cycles, check_flow, texts
from guide.flows.model import NO_MARKS, Flow, FlowRefs
from guide.flows.parse import parse_flow
from guide.flows.problems import Problem, sort_key
from guide.flows.yamlnodes import MAX_BYTES

MAX_CARD_BYTES = 1024 * 1024  # a card is a page or two of markdown

PLAN_SUFFIX = ".plan.yaml"


class FlowFile(Record):
    __slots__ = ("path", "flow", "problems", "refs", "shipped")

    def __init__(self, path: Path, flow: Flow | None, problems: list[Problem],
                 refs: FlowRefs | None,  # the names the flow uses, until the library's checks have read them
                 shipped: bool = False) -> None:
        self.path, self.flow, self.problems, self.refs, self.shipped = path, flow, problems, refs, shipped

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


class Library(Record):
    """cards: lang -> id -> file; programs: compiled machines, see guide.run.engine; shipped_ids:
    load(shipped_ids_only=True)'s id -> file."""

    __slots__ = ("files", "flows", "cards", "plan_files", "programs", "card_problems", "shipped_ids")

    def __init__(self, files: list[FlowFile] | None = None, flows: dict[str, Flow] | None = None,
                 cards: dict[str, dict[str, Path]] | None = None, plan_files: list[Path] | None = None,
                 programs: dict | None = None, card_problems: list[Problem] | None = None,
                 shipped_ids: dict[str, Path] | None = None) -> None:
        self.files = [] if files is None else files
        self.flows = {} if flows is None else flows
        self.cards = {} if cards is None else cards
        self.plan_files = [] if plan_files is None else plan_files
        self.programs = {} if programs is None else programs
        self.card_problems = [] if card_problems is None else card_problems
        self.shipped_ids = {} if shipped_ids is None else shipped_ids

    @property
    def problems(self) -> list[Problem]:
        return sorted([*(p for f in self.files for p in f.problems), *self.card_problems], key=sort_key)

    def file_for(self, flow_id: str) -> FlowFile | None:
        for f in self.files:
            if f.flow is not None and f.flow.id == flow_id:
                return f
        return None

    def runnable(self, flow_id: str) -> bool:
        """A flow runs when it and every flow it calls have no errors."""
        seen: set[str] = set()
        todo = [flow_id]
        while todo:
            fid = todo.pop()
            if fid in seen:
                continue
            seen.add(fid)
            f = self.file_for(fid)
            if f is None or f.errors or f.flow is None:
                return False
            todo += [s.flow for s in f.flow.steps() if s.kind == "call" and s.flow]
        return True

    def card_text(self, card_id: str, lang: str) -> str | None:
        path = self.cards.get(lang, {}).get(card_id) or self.cards.get("nl", {}).get(card_id)
        if path is None or not inside_folder(path, path.parent):  # replaced by a link since loading
            return None
        try:
            return read_limited(path, MAX_CARD_BYTES).decode("utf-8")
        except (ReadError, UnicodeDecodeError):
            return None

    def card_title(self, card_id: str, lang: str) -> str:
        text = self.card_text(card_id, lang) or ""
        for line in text.splitlines():
            if line.startswith("# "):
                return line[2:].strip()
        return card_id


def _yaml_files(directory: Path) -> list[Path]:
    if not directory.is_dir():
        return []
    return sorted(p for p in directory.rglob("*.yaml") if "content" not in p.relative_to(directory).parts)


Stamps = dict[Path, tuple[int, int]]  # file -> (mtime, size), see file_stamps


def file_stamps(flow_dirs: list[Path], extra: list[Path] | None = None) -> Stamps:
    """mtime and size of every flow, plan and card file that loading reads: a change shows here."""
    roots = [paths.shipped_flows(), paths.user_flows(), *flow_dirs]
    files: list[Path] = []
    for root in roots:
        files += _yaml_files(root)
        if root.is_dir():
            files += sorted(root.glob("content/*/*.md"))
    for path in extra or []:
        files += (
            [path]
            if path.is_file()
            else (sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [])
        )
    stamps = {}
    for path in files:
        try:
            st = path.stat()
        except OSError:
            continue
        stamps[path] = (st.st_mtime_ns, st.st_size)
    return stamps


def load(
    flow_dirs: list[Path] | None = None,
    extra_files: list[Path] | None = None,
    include_shipped: bool = True,
    include_user: bool = True,
    shipped_ids_only: bool = False,
) -> Library:
    """Load the shipped flows, the user's flow directory and any extra dirs/files.

    shipped_ids_only: the shipped flows and cards are known by their ids without being read, for a
    command that checks the user's own files (a shipped flow's id is its file name, and shipped
    flows and cards have no problems: tests/test_check_fixtures.py holds both)."""
    lib = Library()
    sources, card_dirs = _sources(lib, flow_dirs, extra_files, include_shipped, include_user,
                                  shipped_ids_only)
    refused = _load_cards(lib, card_dirs)
    seen_paths: set[Path] = set()
    shared: dict[str, str] = {}  # one string per distinct value across the flows (parse.Parser)
    for path, shipped in sources:
        key = path.resolve()
        if key in seen_paths:
            continue
        seen_paths.add(key)
        if path.name.endswith(PLAN_SUFFIX):
            lib.plan_files.append(path)
            continue
        lib.files.append(_load_file(path, shipped, shared))
    _index_flows(lib)
    _check_library(lib, refused, shipped_ids_only)
    for f in lib.files:
        f.problems.sort(key=sort_key)
    return lib


def _sources(lib: Library, flow_dirs, extra_files, include_shipped: bool, include_user: bool,
             shipped_ids_only: bool) -> tuple[list[tuple[Path, bool]], list[Path]]:
    """[(flow or plan file, shipped)] and the card folders to read, in the order they are looked in.
    With shipped_ids_only the shipped flows, plans and cards go into `lib` by id, unread."""
    sources: list[tuple[Path, bool]] = []
    card_dirs: list[Path] = []
    if include_shipped and shipped_ids_only:
        shipped = _yaml_files(paths.shipped_flows())
        lib.shipped_ids = {
            p.name.removesuffix(".yaml"): p for p in shipped if not p.name.endswith(PLAN_SUFFIX)
        }
        lib.plan_files += [p for p in shipped if p.name.endswith(PLAN_SUFFIX)]
        _list_cards(lib, paths.shipped_content())
    elif include_shipped:
        sources += [(p, True) for p in _yaml_files(paths.shipped_flows())]
        card_dirs.append(paths.shipped_content())
    dirs = list(flow_dirs or [])
    if include_user:
        dirs.insert(0, paths.user_flows())
    for d in dirs:
        sources += [(p, False) for p in _yaml_files(d)]
        card_dirs.append(d / "content")
    sources += [(p, False) for p in extra_files or []]
    return sources, card_dirs


def _load_cards(lib: Library, card_dirs: list[Path]) -> dict[str, list[Problem]]:
    """Each card from the first folder that has it; returns card id -> why a file for it is not used."""
    refused: dict[str, list[Problem]] = {}
    for card_dir in card_dirs:
        for lang_dir in sorted(card_dir.glob("*")) if card_dir.is_dir() else []:
            if not lang_dir.is_dir():
                continue
            table = lib.cards.setdefault(lang_dir.name, {})
            for md in sorted(lang_dir.glob("*.md")):
                if md.stem in table:
                    continue
                problems = card_problems(md, lang_dir, display_path(md))
                if problems:
                    refused.setdefault(md.stem, []).extend(problems)
                    continue
                table[md.stem] = md
    return refused


def _index_flows(lib: Library) -> None:
    """Flows by id; a second flow with an id already taken (also by a shipped one)
    is a problem of its own file."""
    for f in lib.files:
        if f.flow is None or not f.flow.id:
            continue
        first = lib.flows[f.flow.id].path if f.flow.id in lib.flows else None
        shipped = lib.shipped_ids.get(f.flow.id)
        if first is None and shipped is not None and shipped.resolve() != f.path.resolve():
            first = display_path(shipped)  # (checking the shipped file itself is no second flow)
        if first is not None:
            m = f.flow.mark
            f.problems.append(Problem(m.file, m.line, m.col, "duplicate-flow",
                                      {"id": f.flow.id, "first": first}))
            continue
        lib.flows[f.flow.id] = f.flow


def _check_library(lib: Library, refused: dict[str, list[Problem]], shipped_ids_only: bool) -> None:
    """The checks that need the whole library: cards, the names each flow uses, call cycles."""
    checked_cards = lib.cards
    if shipped_ids_only:  # the shipped cards were not read
        unread = paths.shipped_content()
        checked_cards = {lang: {k: p for k, p in table.items() if not p.is_relative_to(unread)}
                         for lang, table in lib.cards.items()}
    lib.card_problems = check_rights_cards(checked_cards) + terms.card_problems(checked_cards)
    card_ids = {lang: set(table) for lang, table in lib.cards.items()}
    flow_ids = set(lib.flows) | set(lib.shipped_ids)
    for f in lib.files:
        if f.flow is not None and f.refs is not None:  # a file read has both, one that failed neither
            f.problems += check_flow(f.flow, f.refs, card_ids, flow_ids)
            used = {card for card, _mark in f.refs.cards}
            f.problems += [p for card in sorted(used) for p in refused.get(card, [])]
        f.refs = None  # only these checks read them: not kept while the flows stay loaded
    for problem in check_call_cycles(lib.flows):
        for f in lib.files:
            if f.flow is not None and f.flow.path == problem.file:
                f.problems.append(problem)
                break


def _list_cards(lib: Library, folder: Path) -> None:
    """The shipped cards by id, unread (shipped_ids_only)."""
    for lang_dir in sorted(folder.glob("*")) if folder.is_dir() else []:
        if lang_dir.is_dir():
            lib.cards.setdefault(lang_dir.name, {}).update(
                (md.stem, md) for md in sorted(lang_dir.glob("*.md"))
            )


def _load_file(path: Path, shipped: bool, shared: dict[str, str]) -> FlowFile:
    name = display_path(path)
    try:
        data = read_limited(path, MAX_BYTES)
    except ReadError as exc:
        return FlowFile(path, None, [Problem(name, 1, 1, exc.code, exc.params)], None, shipped)
    flow, problems, refs = parse_flow(name, data, shared)
    if flow is not None:
        problems += terms.flow_problems(flow, data.decode("utf-8", errors="replace"))
        for text in texts(flow):  # where each language's value starts: only that check needs it
            text.marks = NO_MARKS
    return FlowFile(path, flow, problems, refs, shipped)
