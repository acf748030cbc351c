"""Strict YAML reading: text -> marked nodes, with every scalar kept as a string.

We build nodes from the parser's event stream ourselves (no recursion, no
constructors), so that deep nesting, alias bombs, duplicate keys and odd tags
become located problems instead of exceptions or silent surprises.
"""

from __future__ import annotations

import yaml

from guide.base.errors import LocatedError
from guide.base.speed import without_gc

FAST_LOADER: type[yaml.CSafeLoader] | None
try:  # libyaml is much faster; the pure-Python parser is the reference for problems
    FAST_LOADER = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    FAST_LOADER = None
PURE_LOADER = yaml.SafeLoader

MAX_BYTES = 8 * 1024 * 1024
MAX_SCALAR = 64 * 1024
MAX_DEPTH = 64
MAX_NODES = 500_000  # counting every node an alias expands to
# nodes written in the file: a 4,000-step flow has about 70,000, the largest shipped 2,300
MAX_WRITTEN = 200_000

_STANDARD_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
    "!",
}


class YamlProblem(LocatedError):
    """A located problem that stops reading a file."""


class Node:
    """Where a node starts, 1-based. Nodes compare by identity."""

    __slots__ = ("line", "col")

    def __init__(self, line: int, col: int) -> None:
        self.line, self.col = line, col

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{f}={getattr(self, f)!r}' for f in _FIELDS[type(self)])})"


class Scalar(Node):
    __slots__ = ("value", "plain")

    def __init__(self, line: int, col: int, value: str, plain: bool = True) -> None:
        self.line, self.col, self.value = line, col, value
        self.plain = plain  # unquoted: offsets inside the text map onto the file


class Seq(Node):
    __slots__ = ("items",)

    def __init__(self, line: int, col: int, items: list | None = None) -> None:
        self.line, self.col = line, col
        self.items = [] if items is None else items


class Map(Node):
    __slots__ = ("items",)

    def __init__(self, line: int, col: int, items: list | None = None) -> None:
        self.line, self.col = line, col
        self.items = [] if items is None else items  # [(Scalar key, Node value)]

    def get(self, key: str):
        for k, v in self.items:
            if k.value == key:
                return v
        return None


_FIELDS = {Node: ("line", "col"), Scalar: ("line", "col", "value", "plain"), Seq: ("line", "col", "items"),
           Map: ("line", "col", "items")}


def decode(data: bytes) -> str:
    """Bytes -> text, or a located problem for non-UTF-8 input."""
    if len(data) > MAX_BYTES:
        raise YamlProblem("too-large", 1, 1, limit=MAX_BYTES // (1024 * 1024))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        last = before[before.rfind(b"\n") + 1 :]
        col = len(last.decode("utf-8", errors="replace")) + 1  # columns count characters
        raise YamlProblem("encoding", line, col) from None


@without_gc
def read(text: str, fast: bool = True) -> Node | None:
    """Parse one YAML document into nodes. Returns None for an empty file.

    libyaml reads fast, but where it finds a syntax problem (or our own strict
    checks do) the file is read again with the pure-Python parser, so every
    problem's code and place are the same whichever libyaml (if any) is installed:
    libyaml's own nesting limit, its byte offsets and its grammar quirks never show.
    """
    if fast and FAST_LOADER is not None:
        try:
            return _read(text, FAST_LOADER)
        except YamlProblem as exc:
            if exc.code not in _REREAD:
                raise
    return _read(text, PURE_LOADER)


def _read(text: str, loader) -> Node | None:
    parser = None
    try:
        parser = loader(text)  # the pure reader refuses a character here already
        # get_event itself, not yaml.parse: that calls check_event before each event, a sixth of
        # libyaml's reading time
        return _build(parser.get_event, text)
    except YamlProblem:
        raise
    except yaml.reader.ReaderError as exc:
        # the pure reader gives a character index (libyaml a byte offset: never used)
        before = text[: max(exc.position, 0)]
        line = before.count("\n") + 1
        col = len(before) - (before.rfind("\n") + 1) + 1
        raise YamlProblem(
            "yaml-syntax", line, col, detail=f"character {exc.character!r} is not allowed"
        ) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        detail = exc.problem or exc.context or "?"
        raise YamlProblem("yaml-syntax", line, col, detail=detail) from None
    except yaml.YAMLError as exc:
        raise YamlProblem("yaml-syntax", 1, 1, detail=str(exc).splitlines()[0]) from None
    finally:
        if parser is not None:
            parser.dispose()


_STREAM_END = yaml.StreamEndEvent
_SCALAR, _ALIAS = yaml.ScalarEvent, yaml.AliasEvent
_SEQ_START, _MAP_START = yaml.SequenceStartEvent, yaml.MappingStartEvent
_SEQ_END, _MAP_END = yaml.SequenceEndEvent, yaml.MappingEndEvent
_DOC_START = yaml.DocumentStartEvent


_TAG_KIND = {"tag:yaml.org,2002:str": Scalar, "tag:yaml.org,2002:seq": Seq, "tag:yaml.org,2002:map": Map}
_KIND_NAME = {Scalar: "text", Seq: "list", Map: "mapping"}
_FLOW_INDICATORS = ",[]{}"
_LONE = ("-", "?", ":")  # indicators that may not stand alone in a flow collection
_SPACE = " \t\r\n"
# problems where parsers may disagree: read again with the pure-Python parser
_REREAD = {"yaml-syntax", "yaml-comment", "yaml-indent", "yaml-indicator"}


def _check_kind(tag: str | None, kind: type, line: int, col: int) -> None:
    if not tag:
        return
    if tag not in _STANDARD_TAGS:
        raise YamlProblem("yaml-tag", line, col, tag=tag)
    want = _TAG_KIND.get(tag)
    if want is not None and want is not kind:
        raise YamlProblem("yaml-tag-kind", line, col, tag="!!" + tag.rsplit(":", 1)[1], kind=_KIND_NAME[kind])


def _where(text: str, index: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, index) + 1
    return text.count("\n", 0, index) + 1, index - line_start + 1


def _check_gap(text: str, start: int, end: int) -> None:
    """Text between two events holds indicators, spaces and comments: a '#' needs a space before it."""
    i = text.find("#", start, end)
    while i != -1:
        if i > 0 and text[i - 1] not in _SPACE:
            raise YamlProblem("yaml-comment", *_where(text, i))
        nl = text.find("\n", i, end)
        if nl == -1:
            return
        i = text.find("#", nl, end)


def _check_indent(text: str, first_line: int, last_line: int, need: int) -> None:
    """Lines 2.. of a flow value in a block must be indented further than that block (spaces only)."""
    pos = 0
    for _ in range(first_line + 1):  # first_line is 0-based: skip to the line after it
        pos = text.find("\n", pos) + 1
    for _ in range(first_line + 1, last_line + 1):
        end = text.find("\n", pos)
        end = len(text) if end == -1 else end
        line = text[pos:end]
        content = line.lstrip(" \t\r")
        # blank and comment lines may sit anywhere; a closing bracket may line up with its key
        if content and content[0] not in "#]}":
            spaces = len(line) - len(line.lstrip(" "))
            if spaces < need:
                raise YamlProblem("yaml-indent", *_where(text, pos + spaces))
        pos = end + 1


def _check_block_start(text: str, header_end: int, need: int) -> None:
    """A block text guesses its indent from its first line: blank lines before it may not be deeper."""
    pos = text.find("\n", header_end) + 1
    deepest, deepest_at = -1, 0
    while 0 < pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end == -1 else end
        line = text[pos:end].rstrip("\r")
        spaces = len(line) - len(line.lstrip(" "))
        if line.strip(" "):
            if spaces >= need and deepest > spaces:
                raise YamlProblem("yaml-block-indent", *_where(text, deepest_at))
            return
        if spaces > deepest:
            deepest, deepest_at = spaces, pos
        pos = end + 1


def _check_scalar_text(text: str, ev, frame: list | None) -> None:
    """The YAML rules for one scalar's text that libyaml lets through: '-', '?' or ':' alone
    in a flow collection, a comment glued to a block scalar's header, lines not indented
    under their key."""
    mark, end, style, value = ev.start_mark, ev.end_mark, ev.style, ev.value
    flow = frame[5] if frame else 0
    if flow and not style and value in _LONE and text[end.index:end.index + 1] in _FLOW_INDICATORS:
        raise YamlProblem("yaml-indicator", mark.line + 1, mark.column + 1, char=value)
    if style in ("|", ">"):
        i = text.find(style, mark.index)
        j = i + 1
        while j < len(text) and text[j] in "0123456789+-":
            j += 1
        if text[j:j + 1] == "#":
            raise YamlProblem("yaml-comment", *_where(text, j))
        if not any(c.isdigit() for c in text[i:j]):
            _check_block_start(text, j, frame[6] + 1 if frame else 0)
    elif not flow and style and end.line > mark.line and frame:
        _check_indent(text, mark.line, end.line, frame[6] + 1)


# One loop over the event kinds with the state they share (stack, anchors, counts): split up,
# the pieces would pass that state around on the loader's hot path. Hence its length.
def _build(next_event, text: str) -> Node | None:
    """Events -> nodes without recursion. This loop is the loader's hot path.

    Besides building, it holds the YAML rules that libyaml and PyYAML let through
    (from the yaml-test-suite's error cases): a comment glued to a value, flow
    lines not indented under their key, a lone '-' in a flow list, a tag on the
    wrong kind of node.
    """
    # one frame per open collection: [node, pending key or None, keys seen (None in a list),
    # its items, anchor, flow depth, block column, start mark, nodes counted before it]
    stack: list[list] = []
    top: list | None = None  # stack[-1]
    anchors: dict[str, tuple[Node, int]] = {}
    written = 0  # nodes written in the file
    aliased = 0  # nodes that aliases expand to
    root: Node | None = None
    documents = 0
    done = 0  # text before this index has been checked

    def attach(node: Node) -> None:
        nonlocal root
        if top is None:
            root = node
        elif top[2] is None:
            top[3].append(node)
        elif top[1] is None:
            if node.__class__ is not Scalar:
                raise YamlProblem("complex-key", node.line, node.col)
            seen = top[2]
            if node.value in seen:
                raise YamlProblem("duplicate-key", node.line, node.col, key=node.value,
                                  first=seen[node.value])
            seen[node.value] = node.line
            top[1] = node
        else:
            top[3].append((top[1], node))
            top[1] = None

    # the first '#' at or after `done` (once `done` passes it, found again): most gaps hold none
    hash_at = text.find("#")
    if hash_at == -1:
        hash_at = len(text) + 1

    while True:
        ev = next_event()
        cls = ev.__class__
        mark = ev.start_mark
        if mark.index > hash_at:
            if hash_at < done:
                hash_at = text.find("#", done)
                if hash_at == -1:
                    hash_at = len(text) + 1
            if done <= hash_at < mark.index:
                _check_gap(text, done, mark.index)
        if cls is _SCALAR:
            line, col = mark.line + 1, mark.column + 1
            if ev.tag:  # libyaml gives most scalars no tag: nothing to check
                _check_kind(ev.tag, Scalar, line, col)
            value = ev.value
            if len(value) > MAX_SCALAR:
                raise YamlProblem("too-long", line, col, limit=MAX_SCALAR)
            end = ev.end_mark
            style = ev.style
            # a plain scalar breaks none of these rules, but for a lone indicator in a flow collection
            if style or (value in _LONE and top is not None and top[5]):
                _check_scalar_text(text, ev, top)
            if end.index > done:
                done = end.index
            # offsets inside the text map onto the file only for a one-line unquoted scalar
            node: Node = Scalar(line, col, value, not style and end.line == mark.line)
            written += 1
            if written > MAX_WRITTEN:
                raise YamlProblem("too-many-nodes", line, col, limit=MAX_WRITTEN)
            if ev.anchor:
                anchors[ev.anchor] = (node, 1)
            # attach(node), written out: this is the commonest node
            if top is None:
                root = node
            elif top[2] is None:
                top[3].append(node)
            elif top[1] is None:
                seen = top[2]
                if value in seen:
                    raise YamlProblem("duplicate-key", line, col, key=value, first=seen[value])
                seen[value] = line
                top[1] = node
            else:
                top[3].append((top[1], node))
                top[1] = None
        elif cls is _MAP_START or cls is _SEQ_START:
            line, col = mark.line + 1, mark.column + 1
            kind = Map if cls is _MAP_START else Seq
            _check_kind(ev.tag, kind, line, col)
            if len(stack) >= MAX_DEPTH:
                raise YamlProblem("too-deep", line, col, limit=MAX_DEPTH)
            before = written + aliased
            written += 1
            if written > MAX_WRITTEN:
                raise YamlProblem("too-many-nodes", line, col, limit=MAX_WRITTEN)
            outer_flow = top[5] if top is not None else 0
            block_col = top[6] if top is not None else -1
            if ev.flow_style:
                flow = outer_flow + 1
            else:
                flow, block_col = 0, mark.column
            collection = kind(line, col)
            top = [collection, None, {} if kind is Map else None, collection.items, ev.anchor, flow,
                   block_col, mark, before]
            stack.append(top)
            end_index = ev.end_mark.index
            if end_index > done:
                done = end_index
        elif cls is _MAP_END or cls is _SEQ_END:
            node, _, _, _, anchor, flow, block_col, start, before = stack.pop()
            top = stack[-1] if stack else None
            end = ev.end_mark
            if flow == 1 and top is not None and end.line > start.line:
                _check_indent(text, start.line, end.line, block_col + 1)
            if end.index > done:
                done = end.index
            if anchor:
                anchors[anchor] = (node, written + aliased - before)
            attach(node)
        elif cls is _ALIAS:
            if ev.anchor not in anchors:
                raise YamlProblem("yaml-syntax", mark.line + 1, mark.column + 1,
                                  detail=f"unknown alias *{ev.anchor}")
            node, size = anchors[ev.anchor]
            aliased += size
            if written + aliased > MAX_NODES:
                raise YamlProblem("alias-limit", mark.line + 1, mark.column + 1, limit=MAX_NODES)
            end_index = ev.end_mark.index
            if end_index > done:
                done = end_index
            attach(node)
        elif cls is _DOC_START:
            documents += 1
            if documents > 1:
                raise YamlProblem("many-documents", mark.line + 1, mark.column + 1)
        elif cls is _STREAM_END:
            break
    if done < len(text):
        _check_gap(text, done, len(text))
    return root
