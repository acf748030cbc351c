"""Strict YAML reading: text -> marked nodes, with every scalar kept as a string.

We build nodes from the parser's event stream ourselves (no recursion, no
constructors), so that deep nesting, alias bombs, duplicate keys and odd tags
become located problems instead of exceptions or silent surprises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import yaml

from guide.errors import LocatedError
from guide.speed import without_gc

try:  # libyaml is much faster; fall back to the pure-Python parser
    from yaml import CSafeLoader as _Loader

    LIBYAML = True
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

    LIBYAML = False

MAX_BYTES = 8 * 1024 * 1024
MAX_SCALAR = 64 * 1024
MAX_DEPTH = 64
MAX_NODES = 500_000  # counting every node an alias expands to
MAX_WRITTEN = 200_000  # nodes written out in the file: a 4,000-step flow has about 70,000

# the tags a node of each kind may carry ('!' is YAML's "no particular type")
_STR, _MAP, _SEQ = "tag:yaml.org,2002:str", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"
_SCALAR_TAGS = {_STR, "!"}
_COLLECTION_TAGS = {True: {_MAP, "!"}, False: {_SEQ, "!"}}  # keyed by "is a mapping"


class YamlProblem(LocatedError):
    """A located problem that stops reading a file."""


@dataclass(eq=False)
class Node:
    line: int  # 1-based
    col: int  # 1-based


@dataclass(eq=False)
class Scalar(Node):
    value: str
    plain: bool = True  # unquoted: offsets inside the text map onto the file


@dataclass(eq=False)
class Seq(Node):
    items: list = field(default_factory=list)


@dataclass(eq=False)
class Map(Node):
    items: list = field(default_factory=list)  # [(Scalar key, Node value)]

    def get(self, key: str):
        for k, v in self.items:
            if k.value == key:
                return v
        return None


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
def read(text: str) -> Node | None:
    """Parse one YAML document into nodes. Returns None for an empty file."""
    try:
        return _build(yaml.parse(text, Loader=_Loader), text)
    except YamlProblem:
        raise
    except yaml.MarkedYAMLError as exc:
        if "nesting depth" not in str(exc.problem):
            _problem(text, exc, LIBYAML)
    except yaml.YAMLError as exc:
        _problem(text, exc, LIBYAML)
    # libyaml 0.2.5 and later stop deep nesting in their scanner, ahead of the events we count;
    # the pure-Python reader has no such limit, so our own MAX_DEPTH speaks, at the same place.
    try:
        return _build(yaml.parse(text, Loader=yaml.SafeLoader), text)
    except YamlProblem:
        raise
    except yaml.YAMLError as exc:
        _problem(text, exc)
    return None


def _problem(text: str, exc: yaml.YAMLError, byte_offsets: bool = False) -> None:
    """Raise a reader's error as a located problem.

    libyaml gives a bad character's position in bytes of UTF-8, the Python reader in characters."""
    if isinstance(exc, yaml.reader.ReaderError):
        position = max(exc.position, 0)
        if byte_offsets:
            position = len(text.encode("utf-8")[:position].decode("utf-8", errors="ignore"))
        before = text[:position]
        line = before.count("\n") + 1
        col = len(before) - (before.rfind("\n") + 1) + 1
        raise YamlProblem("yaml-syntax", line, col, detail=f"character {exc.character!r} is not allowed")
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise YamlProblem("yaml-syntax", line, col, detail=exc.problem or exc.context or "?")
    raise YamlProblem("yaml-syntax", 1, 1, detail=str(exc).splitlines()[0])


_SCALAR, _ALIAS = yaml.ScalarEvent, yaml.AliasEvent
_SEQ_START, _MAP_START = yaml.SequenceStartEvent, yaml.MappingStartEvent
_SEQ_END, _MAP_END = yaml.SequenceEndEvent, yaml.MappingEndEvent
_DOC_START = yaml.DocumentStartEvent


def _split(lines: list[str], text: str) -> list[str]:
    """Fill `lines` with the text's lines, once, when a check first needs them."""
    lines.extend(text.split("\n"))
    return lines


def _no_glued_comment(lines: list[str], mark, style: str) -> None:
    """YAML starts a comment only after white space: `"1"#x`, `[a]#x` and `|#x` are errors,
    which PyYAML lets pass (yaml-test-suite). Marks count lines and characters in both readers."""
    line = lines[mark.line] if mark.line < len(lines) else ""
    col = mark.column
    if style in ("|", ">"):  # the block header: indicator, then indentation/chomping digits or signs
        col += 1
        while col < len(line) and line[col] in "+-0123456789":
            col += 1
    elif style == "]" and not (col and line[col - 1 : col] in ("]", "}")):
        return  # a block collection ends somewhere else: nothing glued to it
    if line[col : col + 1] == "#":
        raise YamlProblem("yaml-syntax", mark.line + 1, col + 1, detail="a comment needs a space before '#'")


_QUOTED = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\']|\'\')*\'')


def _no_comment_after_comma(lines: list[str], start: tuple, end) -> None:
    """Inside [ ] or { } a ',' ends an item, so ',#' can only be a comment glued to it: an error."""
    for number in range(start[0], min(end.line, len(lines) - 1) + 1):
        line = lines[number]
        left = start[1] if number == start[0] else 0
        right = end.column if number == end.line else len(line)
        found = _QUOTED.sub(lambda m: " " * len(m.group()), line[left:right]).find(",#")
        if found >= 0:
            col = left + found + 1
            raise YamlProblem("yaml-syntax", number + 1, col + 1, detail="a comment needs a space before '#'")


def _build(events, text: str) -> Node | None:
    """Events -> nodes without recursion. This loop is the loader's hot path."""
    # one frame per open collection: [node, pending key or None, keys seen, size, anchor]
    stack: list[list] = []
    anchors: dict[str, tuple[Node, int]] = {}
    total = 0
    written = 0  # nodes in the file itself, not counting alias expansions
    lines: list[str] = []  # the text's lines, split on first need
    flow_from = None  # (line, col, depth) where the outermost [ or { opened
    root: Node | None = None
    documents = 0

    def attach(node: Node, size: int) -> None:
        nonlocal root
        if not stack:
            root = node
            return
        frame = stack[-1]
        frame[3] += size
        parent = frame[0]
        if parent.__class__ is Seq:
            parent.items.append(node)
        elif frame[1] is None:
            if node.__class__ is not Scalar:
                raise YamlProblem("complex-key", node.line, node.col)
            seen = frame[2]
            if node.value in seen:
                raise YamlProblem("duplicate-key", node.line, node.col, key=node.value, first=seen[node.value])
            seen[node.value] = node.line
            frame[1] = node
        else:
            parent.items.append((frame[1], node))
            frame[1] = None

    for ev in events:
        cls = ev.__class__
        if cls is _SCALAR:
            mark = ev.start_mark
            line, col = mark.line + 1, mark.column + 1
            if ev.tag and ev.tag not in _SCALAR_TAGS:
                raise YamlProblem("yaml-tag", line, col, tag=ev.tag)
            value = ev.value
            if len(value) > MAX_SCALAR:
                raise YamlProblem("too-long", line, col, limit=MAX_SCALAR)
            end = ev.end_mark
            if ev.style and end is not None:
                _no_glued_comment(lines or _split(lines, text), end if ev.style in ('"', "'") else mark, ev.style)
            # offsets inside the text map onto the file only for a one-line unquoted scalar
            plain = ev.style in (None, "") and (end is None or end.line == mark.line)
            node = Scalar(line, col, value, plain)
            total += 1
            written += 1
            if written > MAX_WRITTEN:
                raise YamlProblem("too-many-nodes", line, col, limit=MAX_WRITTEN)
            if ev.anchor:
                anchors[ev.anchor] = (node, 1)
            attach(node, 1)
        elif cls is _MAP_START or cls is _SEQ_START:
            mark = ev.start_mark
            line, col = mark.line + 1, mark.column + 1
            if ev.tag and ev.tag not in _COLLECTION_TAGS[cls is _MAP_START]:
                raise YamlProblem("yaml-tag", line, col, tag=ev.tag)
            if len(stack) >= MAX_DEPTH:
                raise YamlProblem("too-deep", line, col, limit=MAX_DEPTH)
            total += 1
            written += 1
            stack.append([Map(line, col) if cls is _MAP_START else Seq(line, col), None, {}, 1, ev.anchor])
            if ev.flow_style and flow_from is None:
                flow_from = (mark.line, mark.column, len(stack))
        elif cls is _MAP_END or cls is _SEQ_END:
            if ev.end_mark is not None:
                _no_glued_comment(lines or _split(lines, text), ev.end_mark, "]")
                if flow_from is not None and flow_from[2] == len(stack):
                    _no_comment_after_comma(lines or _split(lines, text), flow_from, ev.end_mark)
                    flow_from = None
            node, _, _, size, anchor = stack.pop()
            if anchor:
                anchors[anchor] = (node, size)
            attach(node, size)
        elif cls is _ALIAS:
            mark = ev.start_mark
            if ev.anchor not in anchors:
                raise YamlProblem("yaml-syntax", mark.line + 1, mark.column + 1, detail=f"unknown alias *{ev.anchor}")
            node, size = anchors[ev.anchor]
            total += size
            if total > MAX_NODES:
                raise YamlProblem("alias-limit", mark.line + 1, mark.column + 1, limit=MAX_NODES)
            attach(node, size)
        elif cls is _DOC_START:
            documents += 1
            if documents > 1:
                mark = ev.start_mark
                raise YamlProblem("many-documents", mark.line + 1, mark.column + 1)
    return root
